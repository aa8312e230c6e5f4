"""The list of erased persons kept beside the database (DESIGN §9), so that neither a
restored backup nor an old .kollcase bundle brings an erased person back.

The database remembers an erasure by one audit event 'erase' naming a hash of the person's
id, but a restore replaces the database with one taken before the erasure, which remembers
nothing of it. So the same hashes are also kept in `raderade.txt` beside the database file
in the data folder, which a restore leaves alone: one SHA-256 hash a line (the hash the audit
event holds), never a name, personnummer or id in clear.
"""

from __future__ import annotations

import re
from pathlib import Path

from koll_desktop.errors import KnownError, os_reason
from koll_desktop.services.files import write_text
from koll_desktop.storage.db import Db
from koll_desktop.storage.erasure import erased_person_hashes

FILE_NAME = "raderade.txt"
WHAT = "listan över raderade personer"
HEADER = ("# KoLL: raderade personer, en kontrollsumma (SHA-256) per rad; inga namn, inga "
          "personnummer.\n# Ta inte bort filen: den hindrar att en återställd säkerhetskopia "
          "eller ett äldre paket tar tillbaka en raderad person.\n")
_HASH = re.compile(r"[0-9a-f]{64}")


def list_file(db: Db) -> Path | None:
    """The list beside the database file; None for a database without a file."""
    main = db.execute("PRAGMA database_list").fetchone()[2]
    return Path(main).with_name(FILE_NAME) if main else None


def read_list(db: Db) -> set[str]:
    """The hashes on the list (none when there is no list yet). A list that exists but
    cannot be read is a KnownError: going on without it could bring an erased person back."""
    path = list_file(db)
    if path is None:
        return set()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return set()
    except OSError as exc:
        raise KnownError(f"kan inte läsa {WHAT} ({os_reason(exc)})",
                         place=str(path)) from exc
    return {line.strip() for line in text.splitlines() if _HASH.fullmatch(line.strip())}


def erased_hashes(db: Db) -> set[str]:
    """Every person erased here: recorded in the database's audit trail or on the list."""
    return erased_person_hashes(db) | read_list(db)


def save_list(db: Db) -> set[str]:
    """The list brought up to date with every erasure the database records (written
    atomically, only when something is new); returns all the hashes. KnownError when the
    list cannot be read or written."""
    path, listed = list_file(db), read_list(db)
    hashes = listed | erased_person_hashes(db)
    if path is not None and hashes != listed:
        write_text(path, HEADER + "".join(f"{h}\n" for h in sorted(hashes)), WHAT)
    return hashes


def note_erasures(db: Db) -> str:
    """After an erasure was committed: the list updated. Returns '' or one line saying why it
    could not be (the erasure stands; the next erasure or restore writes the list again)."""
    try:
        save_list(db)
    except KnownError as error:
        return (f"obs: {WHAT} kunde inte sparas ({error}); den sparas vid nästa radering "
                "eller återställning")
    return ""
