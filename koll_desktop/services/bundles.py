"""Moving cases between desks: export to a .kollcase bundle, import it idempotently.

Inside a bundle, library rows are named by natural keys — [framework code, version,
requirement code] — because each desk gives its own library rows their own UUIDs; cases
and everything recorded in them keep their UUIDs, so importing twice changes nothing and
the newer `updated_at` wins (DESIGN §5). Nothing erased here is brought back: the cases of
a person erased here, a case retention purged here, and the personal data of a case it
anonymised here (an anonymised copy of it may still come in) are left out of the import,
and the report says how many.
"""

from __future__ import annotations

import json
import platform
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from koll_desktop import __version__
from koll_desktop.domain.enums import AuditAction
from koll_desktop.domain.ids import now_iso
from koll_desktop.domain.library import Library
from koll_desktop.errors import KnownError
from koll_desktop.services.bundle_format import read_bundle, write_bundle
from koll_desktop.services.erasure_list import erasures
from koll_desktop.services.library_import import apply_library
from koll_desktop.services.library_json import library_to_json, read_library_json
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db, durable, write
from koll_desktop.storage.erasure import ANONYMISED_FIELD, Erasures, id_hash
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.store import Store

LIBRARY_MEMBER = "library.json"
# Tables recorded inside a case, in an order that satisfies foreign keys on insert.
CHILD_TABLES = ("case_framework", "prior_learning", "evidence", "self_rating", "assessment",
                "unit_decision", "plan", "plan_row", "follow_up", "document_issued", "audit_event")
_PSEUDO = uuid.UUID("6f1c7a52-4f0e-4b8e-9a57-3f2f5d1c0b11")
_PSEUDO_BLANK = {"person": ("personnummer", "email", "phone", "accessibility_needs",
                            "languages"),
                 "case": ("goal", "consent_scope"),
                 "prior_learning": ("description",),
                 "assessment": ("rationale",),
                 "unit_decision": ("reason",),
                 "plan_row": ("note", "excluded_reason"),
                 "follow_up": ("note",)}


@dataclass
class BundleReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
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
    for reference in references:
        case = cases.case(reference)
        framework_ids.update(case.framework_ids)
        record, evidence = _case_record(db, case.id, pseudonymise)
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
    manifest = {"exported_at": now_iso(), "desk": desk or platform.node(),
                "app_version": __version__, "pseudonymised": pseudonymise,
                "cases": sum(1 for n in members if n.startswith("cases/"))}
    return write_bundle(path, manifest, members)


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _rows(db: Db, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(f'SELECT * FROM "{table}" WHERE {where}', params)]


def _case_record(db: Db, case_id: str,
                 pseudonymise: bool) -> tuple[dict[str, Any], dict[str, bytes]]:
    keys = _NaturalKeys(db)
    case = _rows(db, "case", "id = ?", [case_id])[0]
    person = _rows(db, "person", "id = ?", [case["person_id"]])[0]
    children = {t: _rows(db, t, "case_id = ?", [case_id]) for t in CHILD_TABLES}
    evidence: dict[str, bytes] = {}
    for row in children["evidence"]:
        data = row.pop("data")
        if not pseudonymise:
            evidence[row["sha256"]] = bytes(data)
    if pseudonymise:
        children["evidence"] = []
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
    return (_pseudonymised(record) if pseudonymise else record), evidence


def _pseudonymised(record: dict[str, Any]) -> dict[str, Any]:
    """Direct identifiers and free text dropped; every UUID replaced by a stable other one,
    so a pseudonymised copy never overwrites the real case where both meet."""

    def new(old: str) -> str:
        return str(uuid.uuid5(_PSEUDO, old))

    person = dict(record["person"])
    person.update(id=new(person["id"]), given_name="Person",
                  family_name=record["case"]["reference"])
    for name in _PSEUDO_BLANK["person"]:
        person[name] = ""
    out: dict[str, Any] = {"person": person}
    case = dict(record["case"], id=new(record["case"]["id"]), person_id=person["id"])
    for name in _PSEUDO_BLANK["case"]:
        case[name] = ""
    out["case"] = case
    for table in CHILD_TABLES:
        rows = []
        for row in record[table]:
            row = dict(row, case_id=case["id"])
            if "id" in row:
                row["id"] = new(row["id"])
            for name in _PSEUDO_BLANK.get(table, ()):
                row[name] = ""
            if table == "assessment":
                row["evidence_ids"] = "[]"
            if table == "audit_event":
                row.update(entity_id=new(row["entity_id"]), old="", new="")
            rows.append(row)
        out[table] = rows
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
    left out (counted in the report)."""
    content = read_bundle(path)
    place = path.name
    report = BundleReport()
    records = [content.json(n) for n in sorted(content.members) if n.startswith("cases/")]
    library = read_library_json(Path(LIBRARY_MEMBER), content.json(LIBRARY_MEMBER))
    with durable(db), write(db):
        erased = erasures(db)  # read in the transaction: no erasure slips in between
        kept = []
        for record in records:
            if id_hash(record["person"]["id"]) in erased.persons:
                report.skipped_erased += 1
            elif _disposed_here(record, erased):
                report.skipped_disposed += 1
            else:
                kept.append(record)
        _import_missing_frameworks(db, library, report, actor)
        keys = _NaturalKeys(db)
        audit = Store(db, actor)
        for record in kept:
            _import_case(db, record, content.members, keys, report, place)
            audit._audit(AuditAction.IMPORT, "case", record["case"]["id"],
                         new=place, case_id=record["case"]["id"])
        for person_id in {r["person"]["id"] for r in kept}:
            CaseRepository(db).reindex_person(person_id)
    return report


def _disposed_here(record: dict[str, Any], erased: Erasures) -> bool:
    """The case was purged here, or anonymised here while this copy still holds the
    personal data (a copy anonymised too, e.g. from a desk that has it so, may come in)."""
    case_hash = id_hash(record["case"]["id"])
    if case_hash in erased.purged_cases:
        return True
    return case_hash in erased.anonymised_cases and not any(
        event.get("action") == AuditAction.ERASE and event.get("field") == ANONYMISED_FIELD
        for event in record.get("audit_event", []))


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
                 keys: _NaturalKeys, report: BundleReport, place: str) -> None:
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
    else:
        case["reference"] = _free_reference(db, case["reference"], report)
        report.added.append(case["reference"])
    db["case"].insert(case)
    _insert_children(db, record, members, keys, place)


def _merge_person(db: Db, person: dict[str, Any]) -> None:
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
    report.conflicts.append(f"{reference}: numret användes redan här för ett annat ärende; "
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
