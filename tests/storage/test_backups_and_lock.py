"""Rolling backups with the backup API, restore, and the single-instance lock."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from koll_desktop.errors import AlreadyRunning, KnownError
from koll_desktop.storage.backups import daily_backup, list_backups, restore_backup, take_backup
from koll_desktop.storage.lock import InstanceLock
from koll_desktop.storage.settings import Settings


def test_backups_roll_and_keep_n(db, data_paths):
    for day in range(1, 6):
        take_backup(db, data_paths.backups, keep=3, now=datetime(2026, 11, day, 9, 0, 0))
    kept = list_backups(data_paths.backups)
    assert [b.taken.day for b in kept] == [5, 4, 3]
    assert not list(data_paths.backups.glob("*.part"))


def test_daily_backup_only_once_a_day(db, data_paths):
    assert daily_backup(db, data_paths.backups, keep=5) is not None
    assert daily_backup(db, data_paths.backups, keep=5) is None
    assert daily_backup(db, data_paths.backups, keep=5, today=date(2999, 1, 1)) is not None


def test_restore_round_trip_while_the_database_is_open(db, data_paths):
    settings = Settings(db)
    settings.set("organisation", "Före")
    backup = take_backup(db, data_paths.backups, keep=5)
    settings.set("organisation", "Efter")
    restore_backup(db, backup)
    assert settings.get("organisation") == "Före"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_a_file_that_is_not_a_backup(db, tmp_path):
    Settings(db).set("organisation", "Kvar")
    fake = tmp_path / "koll-20260101-000000.sqlite3"
    fake.write_text("nope")
    with pytest.raises(KnownError, match="ingen KoLL-säkerhetskopia"):
        restore_backup(db, fake)
    assert Settings(db).get("organisation") == "Kvar"


def test_second_lock_on_the_same_folder_is_refused(data_paths):
    with InstanceLock(data_paths.lock_file), pytest.raises(AlreadyRunning, match="redan öppet"):
        InstanceLock(data_paths.lock_file).acquire()
    InstanceLock(data_paths.lock_file).acquire().release()  # free again after release
