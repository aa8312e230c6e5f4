"""The list of what was erased here (DESIGN §9), kept beside the database, so that neither a
restored backup nor an old .kollcase bundle brings back an erased person, a case purged by
retention, or the personal data of a case retention anonymised.

The database remembers each of these by one audit event 'erase' (naming a hash of the
person's or case's id, or the anonymised case), but a restore replaces the database with one
taken before, which remembers nothing of it. So the same hashes are also kept in
`raderade.txt` beside the database file in the data folder, which a restore leaves alone:
one SHA-256 hash a line (`id_hash`), never a name, personnummer or id in clear.

A line holding only a hash is an erased person: the only kind of line the first version of
the list had, so an old list reads as it always did, and an older KoLL still reads the
persons of a new one. A case's line names its kind before the hash ("ärende" purged,
"anonymiserat" anonymised). A line of a kind this version does not know (from a newer KoLL)
is kept as it is when the list is written again.

The pseudonymised copies of an erased person, or of a purged or anonymised case, have ids of
their own (`pseudonymous_id` of the real ones), so each erasure puts a second line of the
same kind on the list, with the hash of the copies' id (storage.erasure.copy_hash): no
copy exported before the erasure comes back either, and the lines keep the format every
KoLL reads (an older one refuses the copies too).
"""

from __future__ import annotations

import re
from pathlib import Path

from koll_desktop.errors import KnownError, os_reason
from koll_desktop.services.files import write_text
from koll_desktop.storage.db import Db
from koll_desktop.storage.erasure import Erasures, recorded_erasures

FILE_NAME = "raderade.txt"
WHAT = "listan över raderade personer"
HEADER = ("# KoLL: raderade personer och gallrade ärenden, en kontrollsumma (SHA-256) per rad; "
          "inga namn, inga personnummer.\n"
          "# En rad med bara kontrollsumman är en raderad person; 'ärende' före den ett "
          "raderat ärende, 'anonymiserat' ett anonymiserat ärende. En radering ger också en "
          "rad för kopiorna utan personuppgifter (pseudonymiserade paket).\n"
          "# Ta inte bort filen: den hindrar att en återställd säkerhetskopia eller ett äldre "
          "paket tar tillbaka en raderad person eller ett gallrat ärende.\n")
PURGED_CASE = "ärende"
ANONYMISED_CASE = "anonymiserat"
_HASH = re.compile(r"[0-9a-f]{64}")


def list_file(db: Db) -> Path | None:
    """The list beside the database file; None for a database without a file."""
    main = db.execute("PRAGMA database_list").fetchone()[2]
    return Path(main).with_name(FILE_NAME) if main else None


def parse_list(text: str) -> tuple[Erasures, tuple[str, ...]]:
    """(the erasures on the list, its lines of a kind this version does not know). Lines
    that hold no hash (comments, blank or broken lines) are left out, as they always were."""
    kinds: dict[str, set[str]] = {"": set(), PURGED_CASE: set(), ANONYMISED_CASE: set()}
    unknown: list[str] = []
    for line in text.splitlines():
        words = line.split()
        if not words or not _HASH.fullmatch(words[-1]) or words[0].startswith("#"):
            continue
        kind, value = " ".join(words[:-1]), words[-1]
        if kind in kinds:
            kinds[kind].add(value)
        else:
            unknown.append(f"{kind} {value}")
    return (Erasures(frozenset(kinds[""]), frozenset(kinds[PURGED_CASE]),
                     frozenset(kinds[ANONYMISED_CASE])), tuple(sorted(set(unknown))))


def list_text(erasures: Erasures, unknown: tuple[str, ...] = ()) -> str:
    """The list's whole text: header, persons, purged cases, anonymised cases, then lines
    kept from a newer KoLL."""
    lines = [*sorted(erasures.persons),
             *(f"{PURGED_CASE} {h}" for h in sorted(erasures.purged_cases)),
             *(f"{ANONYMISED_CASE} {h}" for h in sorted(erasures.anonymised_cases)),
             *unknown]
    return HEADER + "".join(f"{line}\n" for line in lines)


def _read(db: Db) -> tuple[Path | None, Erasures, tuple[str, ...]]:
    path = list_file(db)
    if path is None:
        return None, Erasures(), ()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return path, Erasures(), ()
    except OSError as exc:
        raise KnownError(f"kan inte läsa {WHAT} ({os_reason(exc)})",
                         place=str(path)) from exc
    return (path, *parse_list(text))


def read_list(db: Db) -> Erasures:
    """What is on the list (nothing when there is no list yet). A list that exists but
    cannot be read is a KnownError: going on without it could bring erased data back."""
    return _read(db)[1]


def erasures(db: Db) -> Erasures:
    """Everything erased here: recorded in the database's audit trail or on the list."""
    return recorded_erasures(db) | read_list(db)


def save_list(db: Db) -> Erasures:
    """The list brought up to date with every erasure the database records (written
    atomically, only when something is new); returns all of them. KnownError when the
    list cannot be read or written."""
    path, listed, unknown = _read(db)
    everything = listed | recorded_erasures(db)
    if path is not None and everything != listed:
        write_text(path, list_text(everything, unknown), WHAT)
    return everything


def note_erasures(db: Db) -> str:
    """After an erasure, purge or anonymisation was committed: the list updated. Returns ''
    or one line saying why it could not be (the removal stands; the next one, or a restore,
    writes the list again)."""
    try:
        save_list(db)
    except KnownError as error:
        return (f"obs: {WHAT} kunde inte sparas ({error}); den sparas vid nästa radering "
                "eller återställning")
    return ""
