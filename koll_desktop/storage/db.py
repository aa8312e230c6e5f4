"""Opening the database: pragmas, damage and version checks, backup before migrating."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from koll_desktop.errors import DatabaseDamaged, DatabaseTooNew, KnownError, write_error
from koll_desktop.storage import migrations as schema

SQLITE_HEADER = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseDamaged(
                "filen är skadad eller är ingen KoLL-databas; återställ en säkerhetskopia",
                place=str(path),
            )


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=5.0)
    # No sqlite-utils plugins: KoLL uses none, and looking for them reads the metadata of
    # every installed distribution (importlib.metadata, about 10 ms on each open).
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    # Deleted personal data is overwritten, not just unlinked (python.org's SQLite has this
    # off; an ordinary edit costs the same, a deleted file costs a write of its size).
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise KnownError("databasen kan inte öppnas för skrivning (WAL)", place=str(path))
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def open_db(path: Path, *, backup_dir: Path | None = None, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at `path`."""
    _check_header(path)
    try:
        db = _connect(path)
        applied = [m.name for m in schema.migrations.applied(db)]
    except sqlite3.DatabaseError as exc:
        raise translate(exc, str(path)) from exc
    unknown = [name for name in applied if name not in schema.known_names()]
    if unknown:
        db.close()
        raise DatabaseTooNew(
            f"databasen är skapad av en nyare version av KoLL (schema {len(applied)}, "
            f"detta program känner till {schema.schema_version()}); uppdatera KoLL",
            place=str(path),
        )
    if migrate and schema.migrations.pending(db):
        if applied and backup_dir is not None:
            copy_database(db, backup_dir / f"fore-migrering-{_stamp()}.sqlite3")
        try:
            schema.migrations.apply(db)
        except sqlite3.DatabaseError as exc:
            raise translate(exc, str(path)) from exc
    return db


def applied_version(db: Database) -> int:
    return len(schema.migrations.applied(db))


def copy_database(db: Database, target: Path) -> Path:
    """A consistent copy through the SQLite backup API (safe while in use)."""
    partial = target.with_suffix(target.suffix + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            db.conn.backup(dest)
        finally:
            dest.close()
        partial.replace(target)  # never leave a half-written backup under the real name
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(exc, "säkerhetskopian", target) from exc
        reason = translate(exc).message.split(";")[0]
        raise KnownError(f"kan inte skriva säkerhetskopian: {reason}; inget sparades",
                         place=str(target)) from exc
    return target


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def translate(exc: sqlite3.Error, place: str = "") -> KnownError:
    """Turn SQLite's messages about the file into one the user can act on."""
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o" in text:
        message = "disken är full eller går inte att skriva till; inget av ändringen sparades"
    elif "readonly" in text or "read-only" in text or "unable to open" in text:
        message = "databasen är skrivskyddad; inget av ändringen sparades"
    elif "locked" in text or "busy" in text:
        message = "databasen används av ett annat program just nu; försök igen"
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseDamaged(
            "databasen är skadad; återställ en säkerhetskopia (koll check visar mer)",
            place=place,
        )
    else:
        message = f"databasfel: {exc}"
    return KnownError(message, place=place)


@contextmanager
def durable(db: Database) -> Iterator[Database]:
    """synchronous=FULL for the commit of a whole import (DESIGN §9), NORMAL again after."""
    if db.conn.in_transaction:  # inside an outer write; its commit decides
        yield db
        return
    db.execute("PRAGMA synchronous = FULL")
    try:
        yield db
    finally:
        db.execute("PRAGMA synchronous = NORMAL")


@contextmanager
def write(db: Database) -> Iterator[Database]:
    """One committed transaction for one user edit; errors about the file become KnownErrors."""
    try:
        with db.atomic():
            yield db
    except sqlite3.OperationalError as exc:
        raise translate(exc) from exc
