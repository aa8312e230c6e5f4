"""One person's data (GDPR art. 15 and 17): finding them by a case reference or their
personnummer, the access export (registerutdrag: JSON with every stored row, and a PDF in
plain Swedish) and the erasure that leaves no trace in the database file.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from koll_desktop.domain import personnummer
from koll_desktop.domain.enums import AuditAction
from koll_desktop.domain.ids import pseudonymous_id
from koll_desktop.errors import KnownError, NotFound, os_reason
from koll_desktop.services.access_pdf import AccessData, write_access_pdf
from koll_desktop.services.case_snapshot import load_snapshot, organisation
from koll_desktop.services.erasure_list import note_erasures
from koll_desktop.services.retention import (
    case_due,
    cases_to_dispose_again,
    dispose_case_again,
    scrub_line,
)
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db, durable, write
from koll_desktop.storage.erasure import (
    ErasedRows,
    Erasures,
    ScrubResult,
    case_tables,
    erase_person_rows,
    id_hash,
    person_case_ids,
    scrub_file,
    secure_deletion,
)
from koll_desktop.storage.store import Store

T = TypeVar("T")
FORMAT = "koll-registerutdrag"
TABLE_LABELS = {
    "person": "person", "person_search": "sökindex", "case": "ärenden",
    "case_framework": "ramverk i ärenden", "prior_learning": "tidigare erfarenheter",
    "evidence": "bevisfiler", "self_rating": "självskattningar", "assessment": "bedömningar",
    "unit_decision": "ändrade beslut", "plan": "planer", "plan_row": "planrader",
    "follow_up": "uppföljningar", "document_issued": "utlämnade dokument",
    "audit_event": "händelser i granskningsloggen",
}
ABOUT = ("Allt som KoLL lagrar om personen, rad för rad som i databasens tabeller. "
         "Bevisfilernas innehåll ingår inte, bara deras namn, storlek och SHA-256-kontrollsumma; "
         "filerna kan lämnas ut som kopior. Granskningsloggen sparar aldrig anteckningars text, "
         "bara att de ändrades: \"(text)\".")


# -- finding the person ----------------------------------------------------------------------

def find_person(db: Db, key: str) -> str:
    """The person id for a case reference of theirs, or their personnummer typed in any form
    (10 or 12 digits, with or without - or +). A KnownError names the key when none fits."""
    text = key.strip()
    row = db.execute('SELECT person_id FROM "case" WHERE id = ? OR reference IN (?, upper(?)) '
                     "UNION ALL SELECT id FROM person WHERE id = ?", [text, text, text, text]
                     ).fetchone()
    if row is not None:
        return row[0]
    check = personnummer.check(text)
    if check.ok and check.normalized:
        ids = _persons_with_number(db, check.normalized)
        if len(ids) == 1:
            return ids[0]
        if ids:
            refs = ", ".join(r for i in ids for r in person_references(db, i)) or "inga ärenden"
            raise KnownError(f"personnumret finns hos {len(ids)} personposter ({refs}); "
                             "ange ett ärendenummer", place=shown_key(key))
    why = f" (som personnummer: {check.message})" if not check.ok and _numeric(text) else ""
    raise NotFound(f"ingen person med detta ärendenummer eller personnummer{why}",
                   place=shown_key(key))


def _numeric(text: str) -> bool:
    return re.fullmatch(r"[\d\s+-]+", text) is not None


def shown_key(key: str) -> str:
    """The key as typed, except that a personnummer-shaped key keeps its last four digits to
    itself: messages end up in the log file, which must not collect numbers of persons
    (perhaps just erased) that are not in the database."""
    text = key.strip()
    if _numeric(text) and len(re.sub(r"\D", "", text)) in (10, 12):
        return re.sub(r"\d{4}$", "XXXX", text)
    return key


def _persons_with_number(db: Db, normalized: str) -> list[str]:
    """Stored numbers are normalized; older or imported rows may hold dashes or 10 digits."""
    return [r[0] for r in db.execute(
        "SELECT id FROM person WHERE personnummer != '' AND replace(replace(personnummer, "
        "'-', ''), '+', '') IN (?, ?) ORDER BY created_at", [normalized, normalized[2:]])]


def person_references(db: Db, person_id: str) -> list[str]:
    return [r[0] for r in db.execute('SELECT reference FROM "case" WHERE person_id = ? '
                                     "ORDER BY reference", [person_id])]


def cases_text(references: Sequence[str]) -> str:
    """'1 ärende (K-2026-0001)', '2 ärenden (K-2026-0001, K-2026-0007)', '0 ärenden'."""
    count = f"{len(references)} {'ärende' if len(references) == 1 else 'ärenden'}"
    return count + (f" ({', '.join(references)})" if references else "")


def erasure_preview(db: Db, person_id: str) -> str:
    """What an erasure would remove, without names: '2 ärenden (K-2026-0001, K-2026-0007)';
    the person's cases held here as pseudonymised copies included, as they go too."""
    return cases_text(sorted({*person_references(db, person_id),
                              *person_references(db, pseudonymous_id(person_id))}))


# -- the access export -----------------------------------------------------------------------

def _rows(db: Db, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return [_without_bytes(dict(r)) for r in db.query(f'SELECT * FROM "{table}" WHERE {where}',
                                                       params)]


def _without_bytes(row: dict[str, Any]) -> dict[str, Any]:
    """Evidence content is left out (its name, size and sha256 stay): the JSON says so."""
    return {k: ("(ingår inte i utdraget)" if isinstance(v, bytes | memoryview) else v)
            for k, v in row.items()}


def _case_record(db: Db, case_id: str, tables: tuple[str, ...]) -> dict[str, Any]:
    children = {t: _rows(db, t, "case_id = ? ORDER BY rowid", [case_id]) for t in tables}
    row_ids = [case_id] + [r["id"] for rows in children.values() for r in rows if "id" in r]
    audit = _rows(db, "audit_event", "case_id = ? OR (case_id IS NULL AND entity_id IN "
                  "(SELECT value FROM json_each(?))) ORDER BY at, rowid",
                  [case_id, json.dumps(row_ids)])
    return {"case": _rows(db, "case", "id = ?", [case_id])[0], "tables": children,
            "audit_event": audit}


def person_record(db: Db, person_id: str, printed_at: datetime) -> dict[str, Any]:
    """Everything stored about the person, as the JSON of the access export holds it."""
    person = _rows(db, "person", "id = ?", [person_id])
    if not person:
        raise NotFound("personen finns inte", place=person_id)
    tables = case_tables(db)
    cases = [_case_record(db, case_id, tables) for case_id in person_case_ids(db, person_id)]
    return {
        "format": FORMAT, "format_version": 1, "printed_at": printed_at.isoformat(),
        "about": ABOUT, "person": person[0],
        "search_index": _rows(db, "person_search", "person_id = ?", [person_id]),
        "cases": cases,
        "person_audit_event": _rows(db, "audit_event", "entity_id = ? AND case_id IS NULL "
                                    "ORDER BY at, rowid", [person_id]),
        "library_labels": _library_labels(db, cases),
    }


def _library_labels(db: Db, cases: list[dict[str, Any]]) -> dict[str, str]:
    """Library ids named by the case rows → code and text, so the JSON can be read alone."""
    wanted = {r.get(k) for c in cases for rows in c["tables"].values() for r in rows
              for k in ("framework_id", "requirement_id", "unit_id")} - {None}
    sql = ("SELECT id, code || ' ' || version || ' – ' || title FROM framework UNION ALL "
           "SELECT r.id, f.code || ' ' || r.code || ': ' || r.text FROM requirement r JOIN "
           "framework f ON f.id = r.framework_id UNION ALL SELECT u.id, f.code || ' ' || "
           "trim(u.code || ' ' || u.title) FROM unit u JOIN framework f ON f.id = u.framework_id")
    return {i: label for i, label in db.execute(
        f"SELECT * FROM ({sql}) WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted(wanted))])}


def access_data(db: Db, person_id: str, printed_at: datetime,
                printed_by: str = "") -> AccessData:
    record = person_record(db, person_id, printed_at)
    case_ids = [c["case"]["id"] for c in record["cases"]]
    return AccessData(
        record=record, labels=record["library_labels"],
        plans={cid: tuple(load_snapshot(db, cid).lines()) for cid in case_ids},
        retention={cid: due for cid in case_ids if (due := case_due(db, cid)) is not None},
        organisation=organisation(db).name, printed_at=printed_at, printed_by=printed_by)


def export_person(db: Db, person_id: str, out_dir: Path, *,
                  now: datetime | None = None, printed_by: str = "") -> list[Path]:
    """The registerutdrag as JSON (every stored row) and PDF (readable), written
    atomically into `out_dir`; file names hold no name or personnummer. One audit event
    'export' on the person records that it was made (who and when, nothing else)."""
    printed_at = (now or datetime.now()).astimezone()
    data = access_data(db, person_id, printed_at, printed_by)
    stem = f"registerutdrag-{id_hash(person_id)[:8]}-{printed_at:%Y%m%d-%H%M%S}"
    json_path, pdf_path = out_dir / f"{stem}.json", out_dir / f"{stem}.pdf"
    partial = json_path.with_name(json_path.name + ".part")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(data.record, ensure_ascii=False, indent=1, default=str),
                           encoding="utf-8")
        write_access_pdf(data, pdf_path)
        partial.replace(json_path)
    except OSError as exc:
        with suppress(OSError):
            pdf_path.unlink(missing_ok=True)
        raise KnownError(f"kan inte skriva registerutdraget ({os_reason(exc)})",
                         place=str(out_dir)) from exc
    finally:
        with suppress(OSError):  # nothing half-written is left under any name
            partial.unlink(missing_ok=True)
    try:
        with write(db):
            Store(db, printed_by or None)._audit(AuditAction.EXPORT, "person", person_id)
    except Exception:  # an export the trail does not account for is not handed out
        for path in (json_path, pdf_path):
            with suppress(OSError):
                path.unlink(missing_ok=True)
        raise
    return [json_path, pdf_path]


# -- erasure ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ErasureReport:
    person_hash: str  # what the one remaining audit event names
    references: tuple[str, ...]
    counts: dict[str, int]  # table → rows removed
    scrub: ScrubResult
    printed_files: tuple[str, ...] = ()  # documents handed over: copies may exist as files
    list_note: str = ""  # why the list of erased persons could not be saved, if it could not

    def lines(self) -> list[str]:
        removed = ", ".join(f"{TABLE_LABELS.get(t, t)} {n}" for t, n in self.counts.items() if n)
        return [f"raderat: personen och {cases_text(self.references)}",
                f"borttagna rader: {removed}",
                f"kvar i granskningsloggen: en händelse 'erase' med kontrollsumman "
                f"{self.person_hash[:16]}… (inget namn, inget personnummer)",
                scrub_line(self.scrub)] + ([
                    "utskrivna dokument som kan finnas kvar som filer utanför KoLL: "
                    + ", ".join(self.printed_files)] if self.printed_files else []) + (
                    [self.list_note] if self.list_note else [])


def erase_person(db: Db, person_id: str, actor: str | None = None, *,
                 vacuum: bool = True) -> ErasureReport:
    """Remove every trace of the person: rows, evidence, search index terms, audit events;
    then the file is rewritten and its WAL truncated, so a backup taken afterwards is clean.
    Their pseudonymised copies go too (`erase_person_rows`). The person's id hash, and the
    hash of the id their copies have, go on the list of erased persons beside the database.
    """
    CaseRepository(db).person(person_id)  # NotFound for an unknown id
    printed = tuple(r[0] for r in db.execute(
        "SELECT file_name FROM document_issued WHERE file_name != '' AND case_id IN "
        '(SELECT id FROM "case" WHERE person_id = ?) ORDER BY handed_over_on', [person_id]))
    (erased,), scrub = erase_persons(db, [person_id], actor, vacuum=vacuum)
    return ErasureReport(id_hash(person_id), erased.references, erased.counts, scrub, printed,
                         note_erasures(db))


def erase_persons(db: Db, person_ids: Sequence[str], actor: str | None = None, *,
                  vacuum: bool = True) -> tuple[list[ErasedRows], ScrubResult]:
    """The rows of these persons removed in one transaction (secure_delete on), then the
    file scrubbed. Called outside any transaction."""
    return _removing(db, lambda: [erase_person_rows(db, person_id, actor)
                                  for person_id in person_ids], vacuum=vacuum)


def _removing(db: Db, work: Callable[[], T], *, vacuum: bool) -> tuple[T, ScrubResult]:
    """`work` done in one transaction with secure_delete on, then the file scrubbed."""
    with secure_deletion(db):
        with durable(db), write(db):
            done = work()
        return done, scrub_file(db, vacuum=vacuum)


@dataclass(frozen=True)
class ErasedAgain:
    count: int  # persons erased again
    scrub: ScrubResult | None  # None when there was nothing to remove
    cases: int = 0  # cases purged or anonymised again
    list_note: str = ""  # why the list could not be brought up to date, if it could not


def _listed_persons(db: Db, erased: Erasures) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM person ORDER BY id")
            if id_hash(r[0]) in erased.persons]


def erase_again(db: Db, erased: Erasures, actor: str | None = None, *,
                vacuum: bool = True) -> ErasedAgain:
    """Everything in `erased` (the list, see `erasure_list.save_list`) that is back from a
    restored backup removed again as the list has it, in one transaction: the cases
    retention anonymised or purged, each as listed (`retention.dispose_case_again`, audited
    as retention audits), then the listed persons, without their copies (a copy that went
    with them has its own line). Then the file is scrubbed and the list brought up to date."""
    cases = cases_to_dispose_again(db, erased)
    persons = _listed_persons(db, erased)
    if not cases and not persons:
        return ErasedAgain(0, None)

    def work() -> int:
        done = sum(dispose_case_again(db, case_id, mode, actor) for case_id, mode in cases)
        # Then the persons, each as listed: a person's pseudonymised copy has its own line
        # when it went with them the first time.
        for person_id in _listed_persons(db, erased):
            erase_person_rows(db, person_id, actor, copies=False)
        return done

    done, scrub = _removing(db, work, vacuum=vacuum)
    return ErasedAgain(len(persons), scrub, done, note_erasures(db))


def backups_holding_person(folder: Path, person_id: str) -> list[Path]:
    """Backup files (rolling and pre-migration) that still hold the person: taken before the
    erasure, they keep the person until they are rotated out or removed by hand."""
    found = []
    for path in sorted(folder.glob("*.sqlite3")):
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                hit = conn.execute("SELECT 1 FROM person WHERE id = ?", [person_id]).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            continue
        if hit:
            found.append(path)
    return found
