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
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from koll_desktop.domain.enums import AuditAction
from koll_desktop.domain.ids import new_id, now_iso
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db, translate
from koll_desktop.storage.store import Store

ANONYMOUS_NAME = "Anonymiserad"
REDACTED = "(anonymiserad)"  # where an empty text would change what a row means
ANONYMISED_FIELD = "anonymised"  # field of the audit event that marks an anonymised case
_ERASE_SALT = "koll-erase:"
# Free text of a case, blanked when it is anonymised; the fields in _KEEP_MEANING hold a
# reason whose presence carries meaning (an override, a row left out of the plan).
_BLANK: dict[str, tuple[str, ...]] = {
    "case": ("goal", "consent_scope"),
    "prior_learning": ("description", "organisation"),
    "assessment": ("rationale",),
    "unit_decision": ("reason",),
    "plan_row": ("note", "excluded_reason"),
    "follow_up": ("note",),
    "document_issued": ("file_name",),
}
_KEEP_MEANING = frozenset({("unit_decision", "reason"), ("plan_row", "excluded_reason")})
# Tables recorded inside a case in an order that deletes children before their parents.
_ORDER = ("evidence", "assessment", "self_rating", "unit_decision", "plan_row", "plan",
          "follow_up", "document_issued", "prior_learning", "case_framework")


def id_hash(row_id: str) -> str:
    """What the erasure's audit event names instead of the person (or case) it removed."""
    return hashlib.sha256((_ERASE_SALT + row_id).encode()).hexdigest()


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


def purge_search_index(db: Db) -> None:
    """Merge the person index into one segment, so deleted terms leave its b-trees."""
    db.execute("INSERT INTO person_search(person_search) VALUES ('optimize')")


@dataclass(frozen=True)
class ErasedRows:
    references: tuple[str, ...]
    counts: dict[str, int]  # table → rows removed (audit_event included)


def erase_person_rows(db: Db, person_id: str, actor: str | None = None) -> ErasedRows:
    """The person, all their cases and rows, their audit events and search row; one audit
    event 'erase' is left, naming only a hash of the person's id. Inside a transaction."""
    case_ids = person_case_ids(db, person_id)
    references = tuple(r[0] for r in db.execute(
        'SELECT reference FROM "case" WHERE id IN (SELECT value FROM json_each(?)) '
        "ORDER BY reference", [_ids(case_ids)]))
    counts = _delete_cases(db, case_ids)
    counts["audit_event"] += _delete_audit(db, [], [person_id])
    counts["person_search"] = db.execute("DELETE FROM person_search WHERE person_id = ?",
                                         [person_id]).rowcount
    counts["person"] = db.execute("DELETE FROM person WHERE id = ?", [person_id]).rowcount
    purge_search_index(db)
    Store(db, actor)._audit(AuditAction.ERASE, "person", id_hash(person_id),
                            new=f"{len(case_ids)} ärenden")
    return ErasedRows(references, counts)


def delete_case_rows(db: Db, case_id: str, actor: str | None = None) -> ErasedRows:
    """One case and everything in it, for a person who keeps other cases. Inside a
    transaction; the audit event left names a hash of the case's id."""
    row = db.execute('SELECT person_id, reference FROM "case" WHERE id = ?',
                     [case_id]).fetchone()
    counts = _delete_cases(db, [case_id])
    CaseRepository(db, actor).reindex_person(row[0])  # the reference leaves the person's row
    purge_search_index(db)
    Store(db, actor)._audit(AuditAction.ERASE, "case", id_hash(case_id))
    return ErasedRows((row[1],), counts)


def anonymise_case_rows(db: Db, case_id: str, actor: str | None = None) -> ErasedRows:
    """Keep the case's statistics, drop the person: the case moves to a new anonymous
    person (birth year and gender kept); free text, evidence, audit text and the search row
    go; the old person is erased when no other case of theirs is left. Inside a
    transaction."""
    old_person = db.execute('SELECT person_id, reference FROM "case" WHERE id = ?',
                            [case_id]).fetchone()
    counts = {"evidence": db.execute("DELETE FROM evidence WHERE case_id = ?",
                                     [case_id]).rowcount}
    db.execute("UPDATE assessment SET evidence_ids = '[]' WHERE case_id = ?", [case_id])
    db.execute('UPDATE "case" SET person_id = ?, updated_at = ? WHERE id = ?',
               [_anonymous_person(db, old_person[0]), now_iso(), case_id])
    for table, fields in _BLANK.items():
        counts[table] = _blank(db, table, fields, case_id)
    counts["audit_event"] = db.execute("UPDATE audit_event SET old = '', new = '' WHERE "
                                       "case_id = ?", [case_id]).rowcount
    if person_case_ids(db, old_person[0]):
        CaseRepository(db, actor).reindex_person(old_person[0])
        purge_search_index(db)
    else:
        erased = erase_person_rows(db, old_person[0], actor).counts
        counts.update(person=erased["person"], person_search=erased["person_search"])
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


def _blank(db: Db, table: str, fields: Sequence[str], case_id: str) -> int:
    key = "id" if table == "case" else "case_id"
    values = ", ".join(
        f"{f} = CASE WHEN {f} = '' THEN '' ELSE '{REDACTED}' END"
        if (table, f) in _KEEP_MEANING else f"{f} = ''" for f in fields)
    return db.execute(f'UPDATE "{table}" SET {values} WHERE {key} = ?', [case_id]).rowcount


def is_anonymised_sql(alias: str = "c") -> str:
    """An SQL condition: the case aliased `alias` has been anonymised."""
    return (f"EXISTS (SELECT 1 FROM audit_event ae WHERE ae.case_id = {alias}.id AND "
            f"ae.action = '{AuditAction.ERASE}' AND ae.field = '{ANONYMISED_FIELD}')")


def was_erased(db: Db, person_id: str) -> bool:
    """True when this person id was erased here (a bundle import can refuse to bring them
    back)."""
    return db.execute("SELECT 1 FROM audit_event WHERE action = ? AND entity = 'person' AND "
                      "entity_id = ?", [str(AuditAction.ERASE), id_hash(person_id)]
                      ).fetchone() is not None


@dataclass(frozen=True)
class Erasures:
    """Id hashes (`id_hash`) of what was removed here for good, which no older copy (a
    restored backup, a bundle) may bring back: erased persons, cases purged while their
    person kept others, and cases anonymised."""

    persons: frozenset[str] = frozenset()
    purged_cases: frozenset[str] = frozenset()
    anonymised_cases: frozenset[str] = frozenset()

    def __or__(self, other: Erasures) -> Erasures:
        return Erasures(self.persons | other.persons, self.purged_cases | other.purged_cases,
                        self.anonymised_cases | other.anonymised_cases)


def recorded_erasures(db: Db) -> Erasures:
    """What the audit trail records as erased here: the 'erase' events of persons and
    purged cases (which name a hash), and of anonymised cases (which name the case)."""
    persons: set[str] = set()
    purged: set[str] = set()
    anonymised: set[str] = set()
    for entity, entity_id, field in db.execute(
            "SELECT entity, entity_id, field FROM audit_event WHERE action = ? AND "
            "entity IN ('person', 'case')", [str(AuditAction.ERASE)]):
        if entity == "person":
            persons.add(entity_id)
        elif field == ANONYMISED_FIELD:
            anonymised.add(id_hash(entity_id))
        else:
            purged.add(entity_id)
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

