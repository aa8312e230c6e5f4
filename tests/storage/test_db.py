"""Opening, migrating and refusing databases (DESIGN §9)."""

from __future__ import annotations

import sqlite3

import pytest

from koll_desktop.errors import DatabaseDamaged, DatabaseTooNew
from koll_desktop.storage import migrations as schema
from koll_desktop.storage.db import applied_version, open_db


def _use(monkeypatch, name: str, fn) -> None:
    """The migration steps as a newer KoLL would have them: every known step, then `fn`."""
    monkeypatch.setattr(schema, "_STEPS", [*schema.steps(), (name, fn)])


def test_new_database_is_wal_with_foreign_keys(data_paths):
    db = open_db(data_paths.database)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert applied_version(db) == schema.schema_version()
    assert {"framework", "requirement", "case", "person", "audit_event",
            "person_search"} <= set(db.table_names())
    db.close()


def test_reopening_applies_nothing_and_keeps_data(data_paths):
    db = open_db(data_paths.database)
    db.execute("INSERT INTO setting VALUES ('k', 'v', 'x', 'x')")
    db.conn.commit()
    db.close()
    again = open_db(data_paths.database, backup_dir=data_paths.backups)
    assert again.execute("SELECT value FROM setting WHERE key = 'k'").fetchone()[0] == "v"
    assert list(data_paths.backups.iterdir()) == []  # nothing pending, no backup taken
    again.close()


def test_database_from_a_newer_version_is_refused(data_paths):
    db = open_db(data_paths.database)
    db["_sqlite_migrations"].insert({"migration_set": schema.MIGRATION_SET,
                                     "name": "9999_from_the_future", "applied_at": "2030"})
    db.close()
    with pytest.raises(DatabaseTooNew, match="nyare version"):
        open_db(data_paths.database)


def test_damaged_file_is_refused(data_paths):
    data_paths.database.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseDamaged) as caught:
        open_db(data_paths.database)
    assert str(data_paths.database) in str(caught.value)


def test_a_copy_is_taken_before_migrating(data_paths, monkeypatch):
    db = open_db(data_paths.database)
    db.execute("INSERT INTO setting VALUES ('before', 'migration', 'x', 'x')")
    db.conn.commit()
    db.close()

    def _second(database):
        database.execute("CREATE TABLE added_by_step (x TEXT)")

    _use(monkeypatch, "9001_test_step", _second)
    migrated = open_db(data_paths.database, backup_dir=data_paths.backups)
    assert "added_by_step" in migrated.table_names()
    migrated.close()
    copies = list(data_paths.backups.glob("fore-migrering-*.sqlite3"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT value FROM setting WHERE key='before'").fetchone()[0] == "migration"
    assert "added_by_step" not in {r[0] for r in old.execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    old.close()


def test_a_failing_migration_step_leaves_the_database_as_it_was(data_paths, monkeypatch):
    open_db(data_paths.database).close()
    def _fails(database):
        database.execute("CREATE TABLE half_done (x TEXT)")
        raise sqlite3.OperationalError("simulated failure")

    _use(monkeypatch, "9002_broken", _fails)
    with pytest.raises(Exception, match="simulated failure"):
        open_db(data_paths.database, backup_dir=data_paths.backups)
    check = sqlite3.connect(data_paths.database)
    tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    check.close()
    assert "half_done" not in tables


# The handle KoLL works through: sqlite-utils' semantics, without importing it until needed.

def test_a_write_outside_a_transaction_is_committed_at_once(data_paths):
    db = open_db(data_paths.database)
    db.execute("INSERT INTO setting VALUES ('k', 'v', 'x', 'x')")
    assert not db.conn.in_transaction
    other = sqlite3.connect(data_paths.database)  # another connection sees it now
    assert other.execute("SELECT value FROM setting WHERE key = 'k'").fetchone() == ("v",)
    other.close()
    db.close()


def test_a_failed_write_leaves_no_transaction_open(data_paths):
    db = open_db(data_paths.database)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO setting VALUES (NULL, NULL, NULL, NULL)")
    assert not db.conn.in_transaction
    db.close()


def test_atomic_nests_as_savepoints_and_rolls_back_only_the_inner_block(data_paths):
    db = open_db(data_paths.database)
    with db.atomic():
        db.execute("INSERT INTO setting VALUES ('outer', '1', 'x', 'x')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO setting VALUES ('inner', '2', 'x', 'x')")
            raise ValueError("undo the inner block")
        assert db.conn.in_transaction
    with pytest.raises(ValueError), db.atomic():
        db.execute("INSERT INTO setting VALUES ('whole', '3', 'x', 'x')")
        raise ValueError("undo all of it")
    assert [r["key"] for r in db.query("SELECT key FROM setting ORDER BY key")] == ["outer"]
    db.close()


def test_query_gives_dictionaries_and_refuses_statements_without_rows(data_paths):
    db = open_db(data_paths.database)
    db.execute("INSERT INTO setting VALUES ('k', 'v', 'c', 'u')")
    assert list(db.query("SELECT key, value FROM setting")) == [{"key": "k", "value": "v"}]
    assert list(db.query("-- a comment first\n SELECT count(*) AS n FROM setting")) == [{"n": 1}]
    with pytest.raises(ValueError):
        db.query("DELETE FROM setting")  # sqlite-utils' guard: rolled back, not run
    assert db.execute("SELECT count(*) FROM setting").fetchone()[0] == 1
    db.close()


def test_sqlite_utils_is_made_only_for_what_needs_it(data_paths):
    open_db(data_paths.database).close()  # a new database is migrated: that needs it
    db = open_db(data_paths.database)
    assert list(db.query("SELECT count(*) AS n FROM setting")) == [{"n": 0}]
    assert db._full is None  # opening a migrated database and plain SQL need none
    db["setting"].insert({"key": "k", "value": "v", "created_at": "c", "updated_at": "u"})
    assert db._full is not None and db._full.conn is db.conn  # the same connection
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    db.close()
