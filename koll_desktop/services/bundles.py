"""Moving cases between desks: export to a .kollcase bundle, import it idempotently.

Inside a bundle, library rows are named by natural keys — [framework code, version,
requirement code] — because each desk gives its own library rows their own UUIDs; cases
and everything recorded in them keep their UUIDs, so importing twice changes nothing and
the newer `updated_at` wins (DESIGN §5). Nothing erased here is brought back: the cases of
a person erased here, a case retention purged here, and the personal data of a case it
anonymised here (an anonymised copy of it may still come in) are left out of the import,
and the report says how many. That holds for their pseudonymised copies too, exported
before the erasure: an erasure here records the hash of the id the copies have
(storage.erasure.copy_hash) beside the real one's.

A pseudonymised bundle (`pseudonymise=True`) carries no name, personnummer, contact detail,
free text, evidence file or login name: only what the coordinator summary counts. Its cases
get ids derived from the real ones (`pseudonymous_id`), so the copy never overwrites the
real case; for the same reason an import can tell that a pseudonymised copy and a full case
are the same case, and never keeps both (the full one wins, as long as it is not older).
"""

from __future__ import annotations

import json
import platform
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from koll_desktop import __version__
from koll_desktop.domain.enums import AuditAction
from koll_desktop.domain.ids import now_iso, pseudonymous_id
from koll_desktop.domain.library import Library
from koll_desktop.errors import KnownError
from koll_desktop.services.bundle_format import read_bundle, write_bundle
from koll_desktop.services.erasure_list import erasures
from koll_desktop.services.library_import import apply_library
from koll_desktop.services.library_json import library_to_json, read_library_json
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db, durable, write
from koll_desktop.storage.erasure import (
    ANONYMISED_FIELD,
    Erasures,
    erasure_hashes,
    remove_cases,
)
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.personal_text import PERSONAL_TEXT, Emptied
from koll_desktop.storage.store import Store

LIBRARY_MEMBER = "library.json"
# Tables recorded inside a case, in an order that satisfies foreign keys on insert.
CHILD_TABLES = ("case_framework", "prior_learning", "evidence", "self_rating", "assessment",
                "unit_decision", "plan", "plan_row", "follow_up", "document_issued", "audit_event")
# The audit field of the 'import' event that marks a case here as a pseudonymised copy.
PSEUDONYMISED_FIELD = "pseudonymised"
# Stands for free text whose presence carries meaning (an override's reason, a row left out
# of the plan: an empty text would change the numbers), and for a title (of a prior-learning
# entry, of a row the counsellor added to the plan), which is never empty.
PSEUDONYMISED_TEXT = "(pseudonymiserad)"
COUNSELLOR_PSEUDONYM = "handledare {0}"


class _Set(NamedTuple):
    value: Any


# What a pseudonymised bundle carries of each column. Every column of every table that goes
# into a bundle is named here (tests/test_bundle_privacy.py checks the schema against it);
# a text column added later and not named is carried empty, never in clear.
_KEEP = "keep"  # what the summary counts, and nothing that says who the person is
_ID = "id"  # a row's UUID: `pseudonymous_id`, the same in every bundle
_NAME = "name"  # a counsellor's name or login name: "handledare 1" … within the bundle
_MARK = "mark"  # text whose presence means something, or a title: PSEUDONYMISED_TEXT if set
_REFERENCE = "reference"  # the case's reference, in place of the person's family name
_BLANK = _Set("")  # free text, contact details, names of employers, files and providers
_NULL = _Set(None)  # exact dates that would tell who someone is (prior learning)
_STAMPS = {"created_at": _KEEP, "updated_at": _KEEP}
_EMPTIED = {Emptied.BLANK: _BLANK, Emptied.NULL: _NULL, Emptied.MARK: _MARK}


def _personal(table: str) -> dict[str, Any]:
    """The columns of `table` that say something about the person in words
    (storage.personal_text.PERSONAL_TEXT, which an anonymised case does not keep either), emptied
    the same way here."""
    return {column: _EMPTIED[how] for column, how in PERSONAL_TEXT[table].items()}


PSEUDONYMISED_COLUMNS: dict[str, dict[str, Any]] = {
    "person": {
        "id": _ID, "given_name": _Set("Person"), "family_name": _REFERENCE,
        "personnummer": _BLANK, "email": _BLANK, "phone": _BLANK, "languages": _BLANK,
        "accessibility_needs": _BLANK, "gender": _KEEP,
        # Kept: the ESF+ breakdown counts participants by age band at registration
        # (domain.case.age_band of the birth year and the date the case was registered),
        # and the schema has no column for the band itself; the year is the least of the
        # person that still gives it.
        "birth_year": _KEEP,
        "search_rowid": _NULL,  # a row of this desk's search index, nothing for another
        **_STAMPS},
    "case": {
        "id": _ID, "person_id": _ID, "reference": _KEEP, "counsellor": _NAME,
        # The organisation that runs the validation (a column of the summary), not the
        # person's employer.
        "organisation": _KEEP, "status": _KEEP, "consent_date": _KEEP,
        "retention_until": _KEEP, "labour_market_status": _KEEP, "education_level": _KEEP,
        **_personal("case"), **_STAMPS},
    "case_framework": {"case_id": _ID, "framework": _KEEP, "position": _KEEP},
    # Only the kind of each experience is kept: the summary reads nothing else of it, and
    # title, employer, country and dates together tell who someone is.
    "prior_learning": {"id": _ID, "case_id": _ID, "kind": _KEEP, **_personal("prior_learning"),
                       **_STAMPS},
    "evidence": {},  # never carried: neither the files nor their names and hashes
    "self_rating": {"id": _ID, "case_id": _ID, "requirement": _KEEP, "level": _KEEP,
                    **_STAMPS},
    "assessment": {
        "id": _ID, "case_id": _ID, "requirement": _KEEP, "status": _KEEP, "methods": _KEEP,
        "evidence_ids": _Set("[]"), "rule_valid": _KEEP, "rule_sufficient": _KEEP,
        "rule_authentic": _KEEP, "rule_current": _KEEP, "assessor": _NAME,
        "assessed_on": _KEEP, **_personal("assessment"), **_STAMPS},
    "unit_decision": {"id": _ID, "case_id": _ID, "unit": _KEEP, "outcome": _KEEP,
                      **_personal("unit_decision"), **_STAMPS},
    "plan": {"case_id": _ID, "pace": _KEEP, "starts_on": _KEEP, "agreed_on": _KEEP,
             "framework_versions": _KEEP, **_personal("plan"), **_STAMPS},
    "plan_row": {
        "id": _ID, "case_id": _ID, "unit": _KEEP, "outcome": _KEEP, "credit_form": _KEEP,
        "starts_on": _KEEP, "ends_on": _KEEP, "forced": _KEEP, "position": _KEEP,
        **_personal("plan_row"), **_STAMPS},
    "follow_up": {"id": _ID, "case_id": _ID, "months": _KEEP, "outcome": _KEEP,
                  "recorded_on": _KEEP, **_personal("follow_up"), **_STAMPS},
    "document_issued": {"id": _ID, "case_id": _ID, "kind": _KEEP, "handed_over_on": _KEEP,
                        **_personal("document_issued"), **_STAMPS},
    "audit_event": {"id": _ID, "at": _KEEP, "actor": _NAME, "action": _KEEP,
                    "entity": _KEEP, "entity_id": _ID, "field": _KEEP, "case_id": _ID,
                    **_personal("audit_event")},
}


@dataclass
class BundleReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    # One line a case that is here both as a pseudonymised copy and in full, or came so.
    same_case: list[str] = field(default_factory=list)
    frameworks_added: list[str] = field(default_factory=list)
    skipped_erased: int = 0  # cases left out: their person was erased here
    skipped_disposed: int = 0  # cases left out: retention purged or anonymised them here

    def skipped_line(self) -> str:
        """'' or what was left out, by count only (no name, no case reference)."""
        erased, disposed = self.skipped_erased, self.skipped_disposed
        if not erased and not disposed:
            return ""
        if erased and disposed:
            return (f"{erased + disposed} ärenden lästes inte in och läses aldrig in igen: "
                    f"{erased} där personen har raderats här, {disposed} som har gallrats här "
                    "(raderats eller anonymiserats)")
        n = erased or disposed
        counted = f"{n} {'ärende lästes' if n == 1 else 'ärenden lästes'} inte in"
        if erased:
            return f"{counted}: personen har raderats här och läses aldrig in igen"
        return (f"{counted}: {'ärendet' if n == 1 else 'ärendena'} har gallrats här (raderats "
                "eller anonymiserats) och läses aldrig in igen")

    def lines(self) -> list[str]:
        out = [f"nya ärenden: {len(self.added)}", f"uppdaterade: {len(self.updated)}",
               f"oförändrade: {len(self.unchanged)}"]
        if skipped := self.skipped_line():
            out.append(skipped)
        out += sorted(self.same_case)
        if self.frameworks_added:
            out.append("ramverk som kom med paketet: " + ", ".join(self.frameworks_added))
        out += [f"konflikt: {c}" for c in self.conflicts]
        return out


# -- export ------------------------------------------------------------------------------

def export_cases(db: Db, references: Iterable[str], path: Path, *,
                 pseudonymise: bool = False, desk: str = "") -> Path:
    cases = CaseRepository(db)
    library = LibraryRepository(db)
    members: dict[str, bytes] = {}
    framework_ids: set[str] = set()
    chosen = [cases.case(reference) for reference in references]
    names = _Pseudonyms()
    for case in chosen:  # the cases' counsellors first: "handledare 1" is one of them
        names(case.counsellor)
    for case in chosen:
        framework_ids.update(case.framework_ids)
        record, evidence = _case_record(db, case.id, pseudonymise, names)
        members[f"cases/{record['case']['id']}.json"] = _json_bytes(record)
        for sha, data in evidence.items():
            members[f"evidence/{sha}"] = data
    pinned_frameworks = tuple(library.framework(fid) for fid in sorted(framework_ids))
    codes = {f.code for f in pinned_frameworks}
    pinned = Library(
        pinned_frameworks,
        tuple(k for k in library.crosswalk() if k.from_ref[0] in codes and k.to_ref[0] in codes),
        tuple(m for m in library.micro_credentials()
              if all(ref[0] in codes for ref in m.requirements)))
    members[LIBRARY_MEMBER] = _json_bytes(library_to_json(pinned))
    # A computer's name often holds its user's name: a pseudonymised bundle names no desk
    # unless the caller gives one.
    manifest = {"exported_at": now_iso(),
                "desk": desk or ("" if pseudonymise else platform.node()),
                "app_version": __version__, "pseudonymised": pseudonymise,
                "cases": sum(1 for n in members if n.startswith("cases/"))}
    return write_bundle(path, manifest, members)


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _rows(db: Db, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(f'SELECT * FROM "{table}" WHERE {where}', params)]


def _case_record(db: Db, case_id: str, pseudonymise: bool,
                 names: _Pseudonyms) -> tuple[dict[str, Any], dict[str, bytes]]:
    keys = _NaturalKeys(db)
    case = _rows(db, "case", "id = ?", [case_id])[0]
    person = _rows(db, "person", "id = ?", [case["person_id"]])[0]
    children = {t: _rows(db, t, "case_id = ?", [case_id]) for t in CHILD_TABLES}
    copy = _is_copy(children["audit_event"])  # a pseudonymised copy, as it came here
    evidence: dict[str, bytes] = {}
    for row in children["evidence"]:
        data = row.pop("data")
        if not pseudonymise:
            evidence[row["sha256"]] = bytes(data)
    for row in children["case_framework"]:
        row["framework"] = keys.framework(row.pop("framework_id"))
    for table in ("self_rating", "assessment"):
        for row in children[table]:
            row["requirement"] = keys.requirement(row.pop("requirement_id"))
    for table in ("unit_decision", "plan_row"):
        for row in children[table]:
            unit_id = row.pop("unit_id")
            row["unit"] = keys.unit(unit_id) if unit_id else None
    record = {"case": case, "person": person, **children}
    if pseudonymise:
        # A copy keeps its ids: pseudonymised again, it is still the same copy.
        record = _pseudonymised(record, names, new_ids=not copy)
    return {**record, PSEUDONYMISED_FIELD: pseudonymise or copy}, evidence


def _is_copy(audit_events: Iterable[dict[str, Any]]) -> bool:
    """The case came here as a pseudonymised copy (its import event says so)."""
    return any(e.get("action") == AuditAction.IMPORT and e.get("field") == PSEUDONYMISED_FIELD
               for e in audit_events)


class _Pseudonyms:
    """Counsellors' names and login names → "handledare 1", "handledare 2" … in the order
    met: the same name is the same pseudonym throughout one bundle."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def __call__(self, name: Any) -> Any:
        if not isinstance(name, str) or not name:
            return name
        if name not in self._names:
            self._names[name] = COUNSELLOR_PSEUDONYM.format(len(self._names) + 1)
        return self._names[name]


def _pseudonymised(record: dict[str, Any], names: _Pseudonyms, *,
                   new_ids: bool = True) -> dict[str, Any]:
    """Only what the summary counts (PSEUDONYMISED_COLUMNS); every UUID replaced by
    `pseudonymous_id` (unless `new_ids` is False: a copy already pseudonymised), so a
    pseudonymised copy never overwrites the real case where both meet."""
    reference = record["case"]["reference"]

    def row_of(table: str, row: dict[str, Any]) -> dict[str, Any]:
        columns = PSEUDONYMISED_COLUMNS[table]
        out = {}
        for column, value in row.items():
            how = columns.get(column, _BLANK if isinstance(value, str) else _KEEP)
            if isinstance(how, _Set):
                value = how.value
            elif how == _ID:
                value = pseudonymous_id(value) if new_ids and value else value
            elif how == _NAME:
                value = names(value)
            elif how == _MARK:
                value = PSEUDONYMISED_TEXT if value else value
            elif how == _REFERENCE:
                value = reference
            out[column] = value
        return out

    out: dict[str, Any] = {"person": row_of("person", record["person"]),
                           "case": row_of("case", record["case"])}
    for table in CHILD_TABLES:
        out[table] = [] if table == "evidence" else \
            [row_of(table, row) for row in record[table]]
    return out


class _NaturalKeys:
    """Library ids ↔ [framework code, version, code]."""

    def __init__(self, db: Db) -> None:
        self.db = db

    def framework(self, framework_id: str) -> list[str]:
        row = self.db.execute("SELECT code, version FROM framework WHERE id = ?",
                              [framework_id]).fetchone()
        return [row[0], row[1]]

    def requirement(self, requirement_id: str) -> list[str]:
        row = self.db.execute("SELECT f.code, f.version, r.code FROM requirement r JOIN "
                              "framework f ON f.id = r.framework_id WHERE r.id = ?",
                              [requirement_id]).fetchone()
        return list(row)

    def unit(self, unit_id: str) -> list[str]:
        row = self.db.execute("SELECT f.code, f.version, u.code, u.title FROM unit u JOIN "
                              "framework f ON f.id = u.framework_id WHERE u.id = ?",
                              [unit_id]).fetchone()
        return [row[0], row[1], row[2] or row[3]]

    def resolve(self, kind: str, key: list[str], place: str) -> str:
        if kind == "framework":
            sql, params = "SELECT id FROM framework WHERE code = ? AND version = ?", key
        elif kind == "requirement":
            sql = ("SELECT r.id FROM requirement r JOIN framework f ON f.id = r.framework_id "
                   "WHERE f.code = ? AND f.version = ? AND r.code = ?")
            params = key
        else:
            sql = ("SELECT u.id FROM unit u JOIN framework f ON f.id = u.framework_id WHERE "
                   "f.code = ? AND f.version = ? AND (u.code = ? OR (u.code = '' AND "
                   "u.title = ?))")
            params = [*key, key[2]]
        row = self.db.execute(sql, params).fetchone()
        if row is None:
            raise KnownError(f"{' '.join(key)} finns varken i paketet eller biblioteket",
                             place=place)
        return row[0]


# -- import ------------------------------------------------------------------------------

def import_bundle(db: Db, path: Path, *, actor: str | None = None) -> BundleReport:
    """Verify the whole bundle, then write it in one transaction (all or nothing). The
    cases of a person erased here, and the cases retention purged or anonymised here, are
    left out (counted in the report); so is a pseudonymised copy of a case that is here in
    full, while a full case replaces its pseudonymised copy here (`_same_case_here`)."""
    content = read_bundle(path)
    place = path.name
    report = BundleReport()
    all_copies = content.manifest.get("pseudonymised") is True
    records = [content.json(n) for n in sorted(content.members) if n.startswith("cases/")]
    library = read_library_json(Path(LIBRARY_MEMBER), content.json(LIBRARY_MEMBER))
    with durable(db), write(db):
        erased = erasures(db)  # read in the transaction: no erasure slips in between
        kept = []
        for record in records:
            if erasure_hashes(record["person"]["id"]) & erased.persons:
                report.skipped_erased += 1
            elif _disposed_here(record, erased):
                report.skipped_disposed += 1
            else:
                kept.append(record)
        _import_missing_frameworks(db, library, report, actor)
        keys = _NaturalKeys(db)
        audit = Store(db, actor)
        originals = _Originals(db)
        persons: set[str] = set()
        for record in kept:
            copy = all_copies or _is_pseudonymised(record)
            outcome = _same_case_here(db, record, copy, originals, report)
            if outcome is _SKIP:
                continue
            case_id = record["case"]["id"]
            _import_case(db, record, content.members, keys, report, place,
                         replaces=outcome)
            audit._audit(AuditAction.IMPORT, "case", case_id,
                         field=PSEUDONYMISED_FIELD if copy else "", new=place,
                         case_id=case_id)
            if not copy:
                originals.add(case_id)
            persons.add(record["person"]["id"])
        for person_id in sorted(persons):
            CaseRepository(db).reindex_person(person_id)
    return report


def _is_pseudonymised(record: dict[str, Any]) -> bool:
    """The record is a pseudonymised copy: it says so, or it came to its desk as one."""
    return record.get(PSEUDONYMISED_FIELD) is True or _is_copy(record.get("audit_event", []))


def _disposed_here(record: dict[str, Any], erased: Erasures) -> bool:
    """The case (or its pseudonymised copy) was purged here, or anonymised here while this
    copy still holds the personal data (a copy anonymised too, e.g. from a desk that has it
    so, may come in)."""
    hashes = erasure_hashes(record["case"]["id"])
    if hashes & erased.purged_cases:
        return True
    return bool(hashes & erased.anonymised_cases) and not any(
        event.get("action") == AuditAction.ERASE and event.get("field") == ANONYMISED_FIELD
        for event in record.get("audit_event", []))


class _Originals:
    """The cases here by the id their pseudonymised copies have (`pseudonymous_id`), worked
    out at the first question: a copy's id cannot be turned back into the real one."""

    def __init__(self, db: Db) -> None:
        self.db = db
        self._by_copy: dict[str, str] | None = None

    def of(self, copy_id: str) -> str | None:
        if self._by_copy is None:
            self._by_copy = {pseudonymous_id(r[0]): r[0]
                             for r in self.db.execute('SELECT id FROM "case"')}
        return self._by_copy.get(copy_id)

    def add(self, case_id: str) -> None:
        if self._by_copy is not None:
            self._by_copy[pseudonymous_id(case_id)] = case_id


_SKIP = "skip"  # _same_case_here: leave the record out


def _same_case_here(db: Db, record: dict[str, Any], copy: bool, originals: _Originals,
                    report: BundleReport) -> str | None:
    """A case here both in full and as a pseudonymised copy counts twice, so never both:
    a copy of a case that is here in full is left out; a full case replaces its copy here,
    keeping the copy's reference (the number the coordinator knows it by), unless the copy
    is newer (then the copy stays, as a conflict). Returns _SKIP, the reference a full case
    takes over from the copy it replaces, or None (nothing of the kind here)."""
    case = record["case"]
    if copy:
        original = originals.of(case["id"])
        here = _case_here(db, original) if original else None
        if here is None:
            return None
        line = f"{case['reference']} finns redan här"
        if here[0] != case["reference"]:
            line += f" som {here[0]}"
        line += "; paketets kopia är samma ärende utan personuppgifter och lästes inte in"
        if case["updated_at"] > here[1]:
            line += " (den är nyare: be om ett paket med personuppgifter)"
        report.same_case.append(line)
        return _SKIP
    copy_id = pseudonymous_id(case["id"])
    copy_here = _case_here(db, copy_id)
    if copy_here is None:
        return None
    full_here = _case_here(db, case["id"])
    newest_full = max(case["updated_at"], full_here[1] if full_here else "")
    if copy_here[1] > newest_full:
        if full_here is None:
            report.conflicts.append(
                f"{copy_here[0]}: finns här som kopia utan personuppgifter, nyare än ärendet "
                "i paketet; kopian behölls och paketets ärende lästes inte in")
            return _SKIP
        report.conflicts.append(
            f"{copy_here[0]}: är en kopia utan personuppgifter av {full_here[0]} och nyare "
            "än det; båda finns kvar och räknas två gånger i sammanställningen")
        return None
    remove_cases(db, [copy_id])  # and its person, left without a case
    if full_here is not None:  # both came in before KoLL knew them for the same case
        report.same_case.append(f"{copy_here[0]} var en kopia utan personuppgifter av "
                                f"{full_here[0]} och togs bort (samma ärende)")
        return None
    report.same_case.append(f"{copy_here[0]} fanns här som kopia utan personuppgifter; "
                            "ersattes av paketets ärende med personuppgifter (samma ärende)")
    return copy_here[0]


def _case_here(db: Db, case_id: str) -> tuple[str, str] | None:
    """(reference, updated_at) of a case here, or None."""
    row = db.execute('SELECT reference, updated_at FROM "case" WHERE id = ?',
                     [case_id]).fetchone()
    return (row[0], row[1]) if row else None


def _import_missing_frameworks(db: Db, library: Library, report: BundleReport,
                               actor: str | None) -> None:
    """Frameworks the cases pin, with their crosswalk (plans derive through it) and
    micro-credentials; what this desk already has is left as it is."""
    missing = tuple(f for f in library.frameworks if db.execute(
        "SELECT 1 FROM framework WHERE code = ? AND version = ?", [f.code, f.version]
    ).fetchone() is None)
    known_mc = {r[0] for r in db.execute("SELECT code FROM micro_credential")}
    credentials = tuple(m for m in library.micro_credentials if m.code not in known_mc)
    if missing or credentials:
        apply_library(db, Library(missing, library.crosswalk, credentials),
                      source=LIBRARY_MEMBER, actor=actor)
        report.frameworks_added += [f"{f.code} {f.version}" for f in missing]


def _import_case(db: Db, record: dict[str, Any], members: dict[str, bytes],
                 keys: _NaturalKeys, report: BundleReport, place: str, *,
                 replaces: str | None = None) -> None:
    """`replaces`: the reference of the pseudonymised copy this case has just replaced."""
    case, person = dict(record["case"]), record["person"]
    local = db.execute('SELECT updated_at, reference FROM "case" WHERE id = ?',
                       [case["id"]]).fetchone()
    _merge_person(db, person)
    if local is not None:
        if local[0] == case["updated_at"]:
            report.unchanged.append(case["reference"])
            return
        if local[0] > case["updated_at"]:
            report.conflicts.append(f"{local[1]}: ändrat senare här än i paketet; "
                                    "den här versionen behölls")
            return
        case["reference"] = local[1]
        db.execute('DELETE FROM "case" WHERE id = ?', [case["id"]])
        report.updated.append(case["reference"])
    elif replaces is not None:
        case["reference"] = replaces
        report.updated.append(case["reference"])
    else:
        case["reference"] = _free_reference(db, case["reference"], report)
        report.added.append(case["reference"])
    db["case"].insert(case)
    _insert_children(db, record, members, keys, place)


def _merge_person(db: Db, person: dict[str, Any]) -> None:
    """Insert or update the person; their row in this desk's search index is this desk's
    (the bundle's `search_rowid` names a row of the other desk's index, here perhaps
    another person's)."""
    person = {k: v for k, v in person.items() if k != "search_rowid"}
    local = db.execute("SELECT updated_at FROM person WHERE id = ?", [person["id"]]).fetchone()
    if local is None:
        db["person"].insert(person)
    elif local[0] < person["updated_at"]:
        db["person"].update(person["id"], person)


def _free_reference(db: Db, reference: str, report: BundleReport) -> str:
    """Two desks may both have made K-2026-0001; the incoming one gets a free suffix."""
    taken = db.execute('SELECT 1 FROM "case" WHERE reference = ?', [reference]).fetchone()
    if taken is None:
        return reference
    n = 2
    while db.execute('SELECT 1 FROM "case" WHERE reference = ?',
                     [f"{reference}-{n}"]).fetchone():
        n += 1
    report.conflicts.append(f"{reference}: numret används redan här av ett annat ärende; "
                            f"det inlästa ärendet heter nu {reference}-{n}")
    return f"{reference}-{n}"


def _insert_children(db: Db, record: dict[str, Any], members: dict[str, bytes],
                     keys: _NaturalKeys, place: str) -> None:
    for table in CHILD_TABLES:
        rows = []
        for row in record.get(table, []):
            row = dict(row)
            if table == "case_framework":
                row["framework_id"] = keys.resolve("framework", row.pop("framework"), place)
            elif table in ("self_rating", "assessment"):
                row["requirement_id"] = keys.resolve("requirement", row.pop("requirement"),
                                                     place)
            elif table in ("unit_decision", "plan_row"):
                unit = row.pop("unit")
                row["unit_id"] = keys.resolve("unit", unit, place) if unit else None
            elif table == "evidence":
                data = members.get(f"evidence/{row['sha256']}")
                if data is None:
                    raise KnownError(f"bevisfilen {row['name']!r} saknas i paketet",
                                     place=place)
                row["data"] = data
            rows.append(row)
        if table == "audit_event":
            db["audit_event"].insert_all(rows, ignore=True)  # the same event from two bundles
        elif rows:
            db[table].insert_all(rows)
