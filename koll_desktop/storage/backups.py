"""Rolling backups with the SQLite backup API: one a day, keep N, restore."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from koll_desktop.errors import KnownError
from koll_desktop.storage.db import SQLITE_HEADER, Db, copy_database
from koll_desktop.storage.migrations import MIGRATION_SET, known_names

PREFIX = "koll-"
SUFFIX = ".sqlite3"
_STAMP = re.compile(r"[0-9]{8}-[0-9]{6}")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def list_backups(folder: Path) -> list[BackupFile]:
    """Rolling backups, newest first."""
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        taken = _taken(path.name[len(PREFIX):-len(SUFFIX)])
        if taken is not None:
            found.append(BackupFile(path, taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _taken(stamp: str) -> datetime | None:
    """The time in a backup's name, YYYYMMDD-HHMMSS (without strptime, which costs the
    start-up check about 5 ms to import)."""
    if not _STAMP.fullmatch(stamp):
        return None
    try:
        return datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]),
                        int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))
    except ValueError:
        return None


def take_backup(db: Db, folder: Path, keep: int, *, now: datetime | None = None) -> Path:
    """A new backup now; the oldest beyond `keep` are removed."""
    now = now or datetime.now()
    target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}{SUFFIX}"
    copy_database(db, target)
    for old in list_backups(folder)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)
    return target


def daily_backup(db: Db, folder: Path, keep: int, *,
                 today: date | None = None) -> Path | None:
    """Take a backup unless one was already taken today."""
    today = today or date.today()
    existing = list_backups(folder)
    if existing and existing[0].taken.date() >= today:
        return None
    return take_backup(db, folder, keep)


def _unknown_steps(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchall()
    return [name for (name,) in rows if name not in known_names()]


def restore_backup(db: Db, backup: Path) -> None:
    """Replace the open database's content with the backup's, in place.

    Uses the backup API in the other direction, so open connections see the
    restored data and the WAL stays consistent.
    """
    with backup.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise KnownError("filen är ingen KoLL-säkerhetskopia", place=str(backup))
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        result = source.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise KnownError("säkerhetskopian är skadad", place=str(backup))
        if _unknown_steps(source):
            raise KnownError("säkerhetskopian är från en nyare version av KoLL", place=str(backup))
        source.backup(db.conn)
    except sqlite3.DatabaseError as exc:
        raise KnownError(f"kan inte läsa säkerhetskopian ({exc})", place=str(backup)) from exc
    finally:
        source.close()
