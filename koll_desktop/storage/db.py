"""Opening the database: pragmas, damage and version checks, backup before migrating."""

from __future__ import annotations

import contextlib
import itertools
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from koll_desktop.errors import DatabaseDamaged, DatabaseTooNew, KnownError, write_error
from koll_desktop.storage import migrations as schema

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
# Statements that end or mark a transaction themselves (as sqlite-utils lists them).
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
_SKIP = re.compile(r"(?:\s|;|\ufeff|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$))*", re.DOTALL)
_WORD = re.compile(r"[A-Za-z]+")
_savepoints = itertools.count(1)  # names for nested transactions, unique in the process


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, uppercased, after blanks and comments."""
    word = _WORD.match(sql, _SKIP.match(sql).end())
    return word.group(0).upper() if word else ""


class Db:
    """KoLL's handle on the database: sqlite-utils' `Database`, made when first needed.

    `execute`, `query` and `atomic` are what reading and writing a case use, and they are
    served here with sqlite-utils' own semantics (a write outside a transaction commits at
    once; nested `atomic` blocks are savepoints). Anything else (`db["table"]`,
    `table_names()`, `executescript` …) goes to a `sqlite_utils.Database` on the same
    connection, created on first use: importing sqlite-utils (with click, dateutil and
    pluggy) is about 60 ms, half the time a bare window takes to start.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: Database | None = None

    @property
    def full(self) -> Database:
        """The sqlite-utils `Database` on this connection."""
        if self._full is None:
            from sqlite_utils import Database

            # No plugins: KoLL uses none, and looking for them reads the metadata of every
            # installed distribution. Recursive triggers are already on (`_connect`).
            self._full = Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._full

    def __getattr__(self, name: str) -> Any:
        return getattr(self.full, name)

    def __getitem__(self, table: str) -> Any:
        return self.full[table]

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            conn.execute("COMMIT")  # the statement opened an implicit transaction
        return cursor

    def query(self, sql: str, parameters: Any = None) -> Iterator[dict[str, Any]]:
        """Rows as dictionaries; only for statements that return rows."""
        if _first_keyword(sql) not in {"SELECT", "WITH", "VALUES", "PRAGMA"}:
            return self.full.query(sql, parameters)  # its savepoint guard for writes
        cursor = self.execute(sql, parameters)
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[Db]:
        """One transaction; a nested block is a savepoint inside the outer one."""
        conn = self.conn
        if conn.in_transaction:
            name = f"koll_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def _check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseDamaged(
                "filen är skadad eller är ingen KoLL-databas; återställ en säkerhetskopia",
                place=str(path),
            )


def _connect(path: Path) -> Db:
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=5.0)
    db = Db(conn)
    db.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
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


def open_db(path: Path, *, backup_dir: Path | None = None, migrate: bool = True) -> Db:
    """Open (creating if needed) and migrate the database at `path`."""
    _check_header(path)
    try:
        db = _connect(path)
        applied = schema.applied_names(db)
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
    if migrate and len(applied) < schema.schema_version():
        if applied and backup_dir is not None:
            copy_database(db, backup_dir / f"fore-migrering-{_stamp()}.sqlite3")
        try:
            schema.apply_pending(db)
        except sqlite3.DatabaseError as exc:
            raise translate(exc, str(path)) from exc
    return db


def applied_version(db: Db) -> int:
    return len(schema.applied_names(db))


def copy_database(db: Db, target: Path) -> Path:
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
def durable(db: Db) -> Iterator[Db]:
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
def write(db: Db) -> Iterator[Db]:
    """One committed transaction for one user edit; errors about the file become KnownErrors."""
    try:
        with db.atomic():
            yield db
    except sqlite3.OperationalError as exc:
        raise translate(exc) from exc
