"""A bulk-insert path for generated data: plain executemany in one transaction.

The repositories write one row at a time with an audit event each (one user edit,
DESIGN §9). Generated data for benchmarks and demos needs hundreds of thousands of
rows in seconds, without audit events, so it goes through here instead. Rows are
tuples in the column order given; the caller guarantees they are consistent
(foreign keys point at rows it inserted itself or at the library).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from koll_desktop.storage.db import Db, translate

Row = Sequence[Any]

PERSON_COLUMNS = (
    "id", "given_name", "family_name", "personnummer", "birth_year", "gender", "languages",
    "email", "phone", "accessibility_needs", "created_at", "updated_at",
)
CASE_COLUMNS = (
    "id", "reference", "person_id", "counsellor", "organisation", "goal", "status",
    "consent_date", "consent_scope", "consent_method", "retention_until",
    "labour_market_status", "education_level", "created_at", "updated_at",
)
CASE_FRAMEWORK_COLUMNS = ("case_id", "framework_id", "position")
ASSESSMENT_COLUMNS = (
    "id", "case_id", "requirement_id", "status", "methods", "evidence_ids", "rule_valid",
    "rule_sufficient", "rule_authentic", "rule_current", "assessor", "assessed_on",
    "rationale", "created_at", "updated_at",
)
# The same columns CaseRepository.reindex_person writes, with the person's rowid as the rowid.
SEARCH_INSERT = (
    "INSERT INTO person_search (rowid, person_id, name, personnummer, refs) "
    "VALUES ((SELECT rowid FROM person WHERE id = ?1), ?1, ?2, ?3, ?4)"
)

# Page cache while loading (KiB, negative as SQLite wants it): big enough that the
# random-UUID primary-key indexes stay in memory instead of thrashing a 2 MB cache.
BULK_CACHE_KIB = 512 * 1024


class BulkWriter:
    """Inserts row batches into known tables; counts what it wrote.

    (A writer thread does not pay off: the GIL hand-over between the thread that
    builds rows and the one binding them to SQLite costs more than the overlap wins.)
    """

    def __init__(self, db: Db) -> None:
        self.db = db
        self.counts: dict[str, int] = {}

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Row]) -> int:
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        return self._run(table, f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)

    def _run(self, table: str, sql: str, rows: Iterable[Row]) -> int:
        batch = rows if isinstance(rows, list) else list(rows)
        if batch:
            self.db.conn.executemany(sql, batch)
            self.counts[table] = self.counts.get(table, 0) + len(batch)
        return len(batch)

    def persons(self, rows: Iterable[Row]) -> int:
        return self.insert("person", PERSON_COLUMNS, rows)

    def cases(self, rows: Iterable[Row]) -> int:
        return self.insert("case", CASE_COLUMNS, rows)

    def case_frameworks(self, rows: Iterable[Row]) -> int:
        return self.insert("case_framework", CASE_FRAMEWORK_COLUMNS, rows)

    def assessments(self, rows: Iterable[Row]) -> int:
        return self.insert("assessment", ASSESSMENT_COLUMNS, rows)

    def search_rows(self, rows: Iterable[Row]) -> int:
        """Rows of (person_id, name, personnummer, refs) for persons inserted before.

        Each gets the person's own rowid as its rowid, and the person row remembers it in
        `search_rowid` (what the search joins on, as `CaseRepository.reindex_person` keeps).
        """
        count = self._run("person_search", SEARCH_INSERT, rows)
        self.db.execute("UPDATE person SET search_rowid = rowid WHERE search_rowid IS NULL "
                        "AND rowid IN (SELECT rowid FROM person_search)")
        return count


def _pragma(db: Db, name: str) -> Any:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


@contextmanager
def bulk_load(db: Db) -> Iterator[BulkWriter]:
    """One transaction for the whole load (all or nothing), with loading-friendly pragmas.

    Foreign-key checks are off while loading (the caller's rows are consistent by
    construction) and the page cache is large; both are restored afterwards. The
    search index is merged into one segment at the end.
    """
    if db.conn.in_transaction:
        raise RuntimeError("bulk_load needs a connection outside any transaction")
    saved_fk, saved_cache = _pragma(db, "foreign_keys"), _pragma(db, "cache_size")
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        writer = BulkWriter(db)
        try:
            yield writer
        except BaseException:
            db.conn.rollback()
            raise
        db.conn.commit()
    except sqlite3.OperationalError as exc:
        raise translate(exc) from exc
    finally:
        db.execute(f"PRAGMA cache_size = {saved_cache}")
        db.execute(f"PRAGMA foreign_keys = {int(saved_fk)}")
    if writer.counts:
        finish(db)


def finish(db: Db) -> None:
    """After a load: the search index merged into one segment, the WAL emptied.

    No ANALYZE: the app never runs it, so generated databases keep the query plans
    a real one gets.
    """
    with db.conn:
        db.conn.execute("INSERT INTO person_search(person_search) VALUES ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
