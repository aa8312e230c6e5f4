"""Removing a person's data so that no trace of it is left in the database file (DESIGN §9).

Deleting a row does not make its bytes go away:

- SQLite leaves deleted content in the page, or on the freelist, unless `secure_delete` is
  on. Python's own SQLite (Windows, python.org builds, the PyInstaller build) has it off;
  Debian's is compiled with it on, which hides the problem on a Linux desk.
- FTS5 keeps a deleted row's terms in its segment b-trees until the segments are merged;
  'optimize' merges them into one and leaves the deleted terms out.
- The WAL holds the old page images until a checkpoint, and keeps them in the file after
  one unless the checkpoint truncates it.
- Edits made earlier with `secure_delete` off (a name typed wrong and corrected, the search
  row rewritten whenever a case is added) left garbage that only VACUUM, which writes the
  whole file anew, takes away.

So every removal here runs inside `secure_deletion` (secure_delete ON) and purges the FTS
index in the same transaction; `scrub_file` then VACUUMs and truncates the WAL. The
functions that change rows expect to be called inside a transaction (`storage.db.write`);
`scrub_file` must be called outside one.

A pseudonymised copy of a person or case (a bundle's, `domain.ids.pseudonymous_id` of the
real ids) still holds personal data: birth year, gender, reference, statistics. So what is
removed here takes the copies held here along, and the 'erase' event records the hash of
the copies' id beside the real one's (`copy_hash`), so that no copy exported before comes
back through an import.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from koll_desktop.domain.enums import AuditAction
from koll_desktop.domain.ids import new_id, now_iso, pseudonymous_id
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db, translate
from koll_desktop.storage.personal_text import PERSONAL_TEXT, Emptied
from koll_desktop.storage.store import Store

ANONYMOUS_NAME = "Anonymiserad"
REDACTED = "(anonymiserad)"  # where an empty text would change what a row means
ANONYMISED_FIELD = "anonymised"  # field of the audit event that marks an anonymised case
_ERASE_SALT = "koll-erase:"
_HASH = re.compile(r"[0-9a-f]{64}")


# Tables recorded inside a case in an order that deletes children before their parents.
_ORDER = ("evidence", "assessment", "self_rating", "unit_decision", "plan_row", "plan",
          "follow_up", "document_issued", "prior_learning", "case_framework")


def id_hash(row_id: str) -> str:
    """What the erasure's audit event names instead of the person (or case) it removed."""
    return hashlib.sha256((_ERASE_SALT + row_id).encode()).hexdigest()


def copy_hash(row_id: str) -> str:
    """The hash of the id the row's pseudonymised copies have (`pseudonymous_id`): an
    erasure records it beside `id_hash`, so no copy exported earlier comes back either."""
    return id_hash(pseudonymous_id(row_id))


def erasure_hashes(row_id: str) -> frozenset[str]:
    """Every hash the erasures of this row are recorded by: its own, and its copies'."""
    return frozenset({id_hash(row_id), copy_hash(row_id)})


@contextmanager
def secure_deletion(db: Db) -> Iterator[None]:
    """secure_delete ON for this connection while inside; the earlier value after."""
    before = int(db.execute("PRAGMA secure_delete").fetchone()[0])
    db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        db.execute(f"PRAGMA secure_delete = {before}")


def case_tables(db: Db) -> tuple[str, ...]:
    """Every table recorded inside a case (a `case_id` column), read from the schema, so a
    table added by a later migration is exported and erased without a change here."""
    found = {r[0] for r in db.execute(
        "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
        "WHERE m.type = 'table' AND p.name = 'case_id' AND m.name != 'audit_event'")}
    return tuple(t for t in _ORDER if t in found) + tuple(sorted(found - set(_ORDER)))


def _ids(values: Sequence[str]) -> str:
    """A list of ids as one JSON parameter, read in SQL with json_each."""
    return json.dumps(list(values))


def person_case_ids(db: Db, person_id: str) -> list[str]:
    return [r[0] for r in db.execute('SELECT id FROM "case" WHERE person_id = ? '
                                     "ORDER BY reference", [person_id])]


def _row_ids(db: Db, tables: Sequence[str], case_ids: Sequence[str]) -> list[str]:
    """The ids of every row recorded in these cases (what their audit events name)."""
    ids: list[str] = []
    for table in tables:
        columns = {r[1] for r in db.execute(f'PRAGMA table_info("{table}")')}
        if "id" in columns:
            ids += [r[0] for r in db.execute(
                f'SELECT id FROM "{table}" WHERE case_id IN (SELECT value FROM json_each(?))',
                [_ids(case_ids)])]
    return ids


def _delete_audit(db: Db, case_ids: Sequence[str], entity_ids: Sequence[str]) -> int:
    """Audit events of these cases, or naming any of these rows (the person, a case, a row)."""
    cursor = db.execute(
        "DELETE FROM audit_event WHERE case_id IN (SELECT value FROM json_each(?)) "
        "OR entity_id IN (SELECT value FROM json_each(?))",
        [_ids(case_ids), _ids([*case_ids, *entity_ids])])
    return cursor.rowcount


def _delete_cases(db: Db, case_ids: Sequence[str]) -> dict[str, int]:
    """The cases and every row in them, each table named (not left to the cascades, which
    do nothing on a connection with foreign keys off). Returns rows removed per table."""
    counts: dict[str, int] = {}
    tables = case_tables(db)
    counts["audit_event"] = _delete_audit(db, case_ids, _row_ids(db, tables, case_ids))
    for table in tables:
        counts[table] = db.execute(
            f'DELETE FROM "{table}" WHERE case_id IN (SELECT value FROM json_each(?))',
            [_ids(case_ids)]).rowcount
    counts["case"] = db.execute('DELETE FROM "case" WHERE id IN (SELECT value FROM '
                                "json_each(?))", [_ids(case_ids)]).rowcount
    return counts


def _delete_person(db: Db, person_id: str) -> dict[str, int]:
    """The person row, their search row and the audit events naming them (their cases gone
    before). Returns rows removed per table."""
    return {"audit_event": _delete_audit(db, [], [person_id]),
            "person_search": db.execute("DELETE FROM person_search WHERE person_id = ?",
                                        [person_id]).rowcount,
            "person": db.execute("DELETE FROM person WHERE id = ?", [person_id]).rowcount}


def _added(counts: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    """Rows per table, both counts together (in the order first met)."""
    out = dict(counts)
    for table, n in more.items():
        out[table] = out.get(table, 0) + n
    return out


def _references(db: Db, case_ids: Sequence[str]) -> tuple[str, ...]:
    return tuple(r[0] for r in db.execute(
        'SELECT reference FROM "case" WHERE id IN (SELECT value FROM json_each(?)) '
        "ORDER BY reference", [_ids(case_ids)]))


def purge_search_index(db: Db) -> None:
    """Merge the person index into one segment, so deleted terms leave its b-trees."""
    db.execute("INSERT INTO person_search(person_search) VALUES ('optimize')")


def copies_here(db: Db, case_ids: Sequence[str]) -> list[str]:
    """The pseudonymised copies of these cases that are here beside them. An import keeps
    the copy of a case that is here out, and lets a case replace its copy; both are here
    only where the copy came in newer than the case (a conflict the import reported), where
    both came in before KoLL knew them for the same case, or from a restored backup."""
    return [r[0] for r in db.execute(
        'SELECT id FROM "case" WHERE id IN (SELECT value FROM json_each(?)) ORDER BY reference',
        [_ids([pseudonymous_id(case_id) for case_id in case_ids])])]


def remove_cases(db: Db, case_ids: Sequence[str]) -> dict[str, int]:
    """These cases with every row and audit event in them, and each of their persons left
    without a case (search row and audit events too); no 'erase' event. For pseudonymised
    copies: going with their case here, or giving way to it in an import. Inside a
    transaction; returns rows removed per table."""
    persons = [r[0] for r in db.execute(
        'SELECT DISTINCT person_id FROM "case" WHERE id IN (SELECT value FROM json_each(?)) '
        "ORDER BY person_id", [_ids(case_ids)])]
    counts = _delete_cases(db, case_ids)
    for person_id in persons:
        if person_case_ids(db, person_id):
            CaseRepository(db).reindex_person(person_id)  # the references leave their row
        else:
            counts = _added(counts, _delete_person(db, person_id))
    return counts


@dataclass(frozen=True)
class ErasedRows:
    references: tuple[str, ...]
    counts: dict[str, int]  # table → rows removed (audit_event included)


def erase_person_rows(db: Db, person_id: str, actor: str | None = None, *,
                      copies: bool = True) -> ErasedRows:
    """The person, all their cases and rows, their audit events and search row; one audit
    event 'erase' is left, naming only a hash of the person's id, and with `copies` the
    hash of the id their pseudonymised copies have (`copy_hash`, in the event's `old`).
    Inside a transaction.

    `copies` (an erasure of the person, and a purge of their last case, which is one): the
    person's pseudonymised copy goes too, with every case of theirs held here as a copy
    (from this desk or another), and no copy of a case of theirs comes in later: nothing of
    the person is left, as no case of theirs comes back in full. Without it, only the
    person's own rows go: after retention anonymised their last case (the statistics of
    their other cases held here as copies are kept), and when an erasure is done again
    after a restore (the list names the copy on its own line, if it went the first time)."""
    persons = [person_id, pseudonymous_id(person_id)] if copies else [person_id]
    case_ids = [case_id for each in persons for case_id in person_case_ids(db, each)]
    references = _references(db, case_ids)
    counts = _delete_cases(db, case_ids)
    for each in persons:
        counts = _added(counts, _delete_person(db, each))
    purge_search_index(db)
    Store(db, actor)._audit(AuditAction.ERASE, "person", id_hash(person_id),
                            old=copy_hash(person_id) if copies else None,
                            new=f"{len(case_ids)} ärenden")
    return ErasedRows(references, counts)


def delete_case_rows(db: Db, case_id: str, actor: str | None = None) -> ErasedRows:
    """One case and everything in it, for a person who keeps other cases, and its
    pseudonymised copy if one is here (`copies_here`). Inside a transaction; the audit event
    left names a hash of the case's id, and in `old` the hash of its copies' id."""
    row = db.execute('SELECT person_id, reference FROM "case" WHERE id = ?',
                     [case_id]).fetchone()
    counts = _added(_delete_cases(db, [case_id]), remove_cases(db, copies_here(db, [case_id])))
    CaseRepository(db, actor).reindex_person(row[0])  # the reference leaves the person's row
    purge_search_index(db)
    Store(db, actor)._audit(AuditAction.ERASE, "case", id_hash(case_id), old=copy_hash(case_id))
    return ErasedRows((row[1],), counts)


def anonymise_case_rows(db: Db, case_id: str, actor: str | None = None) -> ErasedRows:
    """Keep the case's statistics, drop the person: the case moves to a new anonymous
    person (birth year and gender kept); the texts about the person (`PERSONAL_TEXT`),
    evidence, audit text and the search row go; so does a pseudonymised copy of the case
    here (the same case, which the anonymised one now counts alone). The old person is
    erased when no other case of theirs is left. Inside a transaction; returns rows removed
    or emptied per table."""
    old_person = db.execute('SELECT person_id, reference FROM "case" WHERE id = ?',
                            [case_id]).fetchone()
    counts = _added(remove_cases(db, copies_here(db, [case_id])), {
        "evidence": db.execute("DELETE FROM evidence WHERE case_id = ?", [case_id]).rowcount})
    db.execute("UPDATE assessment SET evidence_ids = '[]' WHERE case_id = ?", [case_id])
    db.execute('UPDATE "case" SET person_id = ?, updated_at = ? WHERE id = ?',
               [_anonymous_person(db, old_person[0]), now_iso(), case_id])
    for table, columns in PERSONAL_TEXT.items():
        counts = _added(counts, {table: _empty(db, table, columns, case_id)})
    if person_case_ids(db, old_person[0]):
        CaseRepository(db, actor).reindex_person(old_person[0])
        purge_search_index(db)
    else:
        erased = erase_person_rows(db, old_person[0], actor, copies=False).counts
        counts = _added(counts, {"person": erased["person"],
                                 "person_search": erased["person_search"]})
    Store(db, actor)._audit(AuditAction.ERASE, "case", case_id, field=ANONYMISED_FIELD,
                            case_id=case_id)
    return ErasedRows((old_person[1],), counts)


def _anonymous_person(db: Db, person_id: str) -> str:
    """A person row holding only what the statistics need (no search row)."""
    birth_year, gender = db.execute("SELECT birth_year, gender FROM person WHERE id = ?",
                                    [person_id]).fetchone()
    stamp, new = now_iso(), new_id()
    db.execute("INSERT INTO person (id, given_name, family_name, birth_year, gender, "
               "created_at, updated_at) VALUES (?, ?, '', ?, ?, ?, ?)",
               [new, ANONYMOUS_NAME, birth_year, gender, stamp, stamp])
    return new


def _emptied(column: str, how: Emptied) -> str:
    """An SQL assignment that empties the column as `how` says."""
    if how == Emptied.MARK:
        return (f"{column} = CASE WHEN coalesce({column}, '') = '' THEN {column} "
                f"ELSE '{REDACTED}' END")
    return f"{column} = " + ("NULL" if how == Emptied.NULL else "''")


def _empty(db: Db, table: str, columns: dict[str, Emptied], case_id: str) -> int:
    key = "id" if table == "case" else "case_id"
    values = ", ".join(_emptied(column, how) for column, how in columns.items())
    return db.execute(f'UPDATE "{table}" SET {values} WHERE {key} = ?', [case_id]).rowcount


def is_anonymised_sql(alias: str = "c") -> str:
    """An SQL condition: the case aliased `alias` has been anonymised."""
    return (f"EXISTS (SELECT 1 FROM audit_event ae WHERE ae.case_id = {alias}.id AND "
            f"ae.action = '{AuditAction.ERASE}' AND ae.field = '{ANONYMISED_FIELD}')")


def was_erased(db: Db, person_id: str) -> bool:
    """True when this person id was erased here, as a person or as the pseudonymised copy
    of one (a bundle import can refuse to bring them back)."""
    return id_hash(person_id) in recorded_erasures(db).persons


@dataclass(frozen=True)
class Erasures:
    """Id hashes (`id_hash`) of what was removed here for good, which no older copy (a
    restored backup, a bundle, a pseudonymised copy exported before) may bring back: erased
    persons, cases purged while their person kept others, and cases anonymised; each with
    the hash of the id its pseudonymised copies have (`copy_hash`), where it is known."""

    persons: frozenset[str] = frozenset()
    purged_cases: frozenset[str] = frozenset()
    anonymised_cases: frozenset[str] = frozenset()

    def __or__(self, other: Erasures) -> Erasures:
        return Erasures(self.persons | other.persons, self.purged_cases | other.purged_cases,
                        self.anonymised_cases | other.anonymised_cases)


def recorded_erasures(db: Db) -> Erasures:
    """What the audit trail records as erased here: the 'erase' events of persons and
    purged cases (which name a hash, and the hash of their copies' id in `old`; not in an
    event from before KoLL recorded it), and of anonymised cases (which name the case, so
    both hashes follow)."""
    persons: set[str] = set()
    purged: set[str] = set()
    anonymised: set[str] = set()
    for entity, entity_id, field, old in db.execute(
            "SELECT entity, entity_id, field, old FROM audit_event WHERE action = ? AND "
            "entity IN ('person', 'case')", [str(AuditAction.ERASE)]):
        if entity == "case" and field == ANONYMISED_FIELD:
            anonymised |= erasure_hashes(entity_id)
            continue
        named = {entity_id} | ({old} if old and _HASH.fullmatch(old) else set())
        (persons if entity == "person" else purged).update(named)
    return Erasures(frozenset(persons), frozenset(purged), frozenset(anonymised))


# -- the file ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScrubResult:
    vacuumed: bool
    checkpoint_busy: bool  # another connection held the WAL: old pages may remain in it
    wal_bytes: int  # size of the WAL after the checkpoint (0 when truncated)
    seconds: float
    error: str = ""  # why the file could not be rewritten (the removal itself is committed)

    @property
    def clean(self) -> bool:
        return not (self.error or self.checkpoint_busy or self.wal_bytes)


def scrub_file(db: Db, *, vacuum: bool = True) -> ScrubResult:
    """After a removal has been committed: rewrite the file (VACUUM) so no freed page or
    free space in a page keeps old bytes, refresh index samples if the build keeps any
    (sqlite_stat4 holds copies of index keys), and truncate the WAL to zero bytes. A failure
    (a full disk: VACUUM needs room for a copy) is reported, not raised: the rows are gone."""
    if db.conn.in_transaction:
        raise RuntimeError("scrub_file needs a connection outside any transaction")
    start = time.perf_counter()
    try:
        if _has_table(db, "sqlite_stat4"):
            db.execute("ANALYZE")
        if vacuum:
            db.execute("VACUUM")
        busy = bool(db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
    except sqlite3.OperationalError as exc:
        return ScrubResult(False, True, _wal_size(db), time.perf_counter() - start,
                           translate(exc).message)
    return ScrubResult(vacuum, busy, _wal_size(db), time.perf_counter() - start)


def _has_table(db: Db, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone() is not None


def _wal_size(db: Db) -> int:
    main = db.execute("PRAGMA database_list").fetchone()[2]
    wal = Path(main + "-wal") if main else None
    return wal.stat().st_size if wal is not None and wal.exists() else 0

