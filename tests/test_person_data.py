"""One person's data: finding them, the access export (registerutdrag) and the erasure that
leaves no trace in the database file, its WAL or a later backup."""

from __future__ import annotations

import json
import unicodedata
from contextlib import nullcontext
from datetime import date, datetime
from pathlib import Path

import pytest
from stdnum import luhn

import koll_desktop.services.person_data as person_data
import koll_desktop.storage.erasure as erasure
from koll_desktop.domain.case import Case, Consent, Person, PriorLearning
from koll_desktop.domain.enums import (
    AssessmentStatus,
    AuditAction,
    FollowUpOutcome,
    PriorLearningKind,
    SelfRatingLevel,
    UnitOutcome,
)
from koll_desktop.errors import KnownError
from koll_desktop.services.demo import DEMO_PEOPLE
from koll_desktop.services.person_data import (
    backups_holding_person,
    erase_person,
    export_person,
    find_person,
)
from koll_desktop.storage.audit import AuditRepository
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import copy_database
from koll_desktop.storage.erasure import copy_hash, id_hash, was_erased
from koll_desktop.storage.library import LibraryRepository
from tests.services import pdf_text

AMINA_PNR = "198203149821"
GIVEN, FAMILY = "Xylvenna", "Qzorbathén"  # in no library text, no other person
_SERIAL = "550607983"  # 1955-06-07, a serial in Skatteverket's range for test persons
PNR = "19" + _SERIAL + luhn.calc_check_digit(_SERIAL)
SECRET = "ZEBRAFINK-7731-UNIKT-BEVIS"  # only in the evidence file
NOTE = "KOLIBRI-4471-STRUKEN-ANTECKNING"  # only in a note written and then cleared
EMPLOYER = "MURMELDJUR-8823-ARBETSGIVARE"  # only as the employer of an experience
OWN_ROW = "GRÄVLING-5519-EGEN-PLANRAD"  # only as the title of a plan row added by hand
NOW = datetime(2026, 11, 30, 10, 15).astimezone()


def _fts_form(text: str) -> str:
    """How the unicode61 tokenizer stores a word: lower case, diacritics removed."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


NEEDLES = {text: text.encode() for text in (
    GIVEN, FAMILY, _fts_form(GIVEN), _fts_form(FAMILY), PNR, PNR[2:], SECRET, NOTE, EMPLOYER,
    OWN_ROW)}


def scan(path: Path) -> dict[str, dict[str, int]]:
    """Every needle found in the raw bytes of the file, its -wal and its -shm."""
    found: dict[str, dict[str, int]] = {}
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            data = part.read_bytes()
            hits = {name: data.count(raw) for name, raw in NEEDLES.items() if raw in data}
            if hits:
                found[part.name] = hits
    return found


def _add_unique_person(db) -> tuple[str, Case]:
    """A person whose name, personnummer and evidence occur nowhere else; edited a few times
    (a typo corrected, a note written and cleared again), so old versions of the rows are
    left behind as free space in pages and as old terms in the search index."""
    cases, data = CaseRepository(db, "lena"), CaseDataRepository(db, "lena")
    library = LibraryRepository(db)
    person = cases.add_person(Person(given_name="Xylvena", family_name=FAMILY,
                                     personnummer=PNR, birth_year=1955, email="x@example.se",
                                     accessibility_needs=f"Tolk för {GIVEN}"))
    cases.update_person(person.id, given_name=GIVEN)
    usk, voxabn = library.find_framework("EX-USK"), library.find_framework("VOXABN")
    first = cases.add_case(Case(reference=cases.next_reference(), person_id=person.id,
                                goal=f"Undersköterska, sa {GIVEN}", framework_ids=(usk.id,),
                                consent=Consent(date(2026, 1, 2), "validering", "skriftligt")))
    cases.add_case(Case(reference=cases.next_reference(), person_id=person.id,
                        framework_ids=(voxabn.id,)))
    work = data.add_prior_learning(PriorLearning(
        case_id=first.id, kind=PriorLearningKind.WORK, title="Vårdbiträde",
        organisation=EMPLOYER, description=f"{GIVEN} {FAMILY} arbetade i hemtjänsten"))
    data.add_evidence(first.id, "intyg.txt",
                      f"Intyg: {GIVEN} {FAMILY}, {PNR}. {SECRET}\n".encode() * 20, work.id)
    requirement, unit = usk.requirements[0], voxabn.units[0]
    data.set_self_rating(first.id, requirement.id, SelfRatingLevel.WELL)
    data.set_assessment(first.id, requirement.id, status=AssessmentStatus.MET,
                        rationale=f"{GIVEN} visade hur", assessor="Lena Berg")
    data.set_assessment(first.id, requirement.id, rationale=f"{GIVEN} {FAMILY} visade hur")
    data.set_unit_decision(first.id, unit.id, UnitOutcome.FULL_COURSE, f"{GIVEN} vill")
    data.set_plan_header(first.id, pace=50, starts_on=date(2027, 1, 18))
    data.set_plan_row(first.id, unit.id, note=f"{FAMILY} börjar i januari")
    data.set_plan_row(first.id, None, title=OWN_ROW, forced=True, position=1000)
    data.set_follow_up(first.id, 3, FollowUpOutcome.EMPLOYED, date(2027, 4, 1), f"{GIVEN} jobbar")
    data.record_document(first.id, "plan", date(2026, 11, 1), f"{FAMILY} plan.pdf")
    cases.update_case(first.id, status="closed")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cases.update_person(person.id, accessibility_needs=f"{NOTE}: {GIVEN} {FAMILY} {PNR}. "
                        + "Behöver tolk och extra tid vid prov. " * 8)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cases.update_person(person.id, accessibility_needs="")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return person.id, first


@pytest.fixture
def windows_db(db):
    """The database as on a Windows desk: Python's own SQLite has secure_delete off, so
    everything before the erasure leaves its deleted bytes behind (Debian's is built with
    it on, which would hide the problem here)."""
    db.execute("PRAGMA secure_delete = OFF")
    from koll_desktop.services.demo import load_demo

    load_demo(db)
    return db


@pytest.fixture
def unique(windows_db) -> tuple[str, Case]:
    return _add_unique_person(windows_db)


def _database_path(db) -> Path:
    return Path(db.execute("PRAGMA database_list").fetchone()[2])


# -- finding the person ----------------------------------------------------------------------

@pytest.mark.parametrize("key", ["K-2026-0001", "k-2026-0001", " K-2026-0001 ", AMINA_PNR,
                                 "19820314-9821", "8203149821", "820314-9821"])
def test_find_person_by_reference_or_personnummer_in_any_form(demo_db, key):
    amina = CaseRepository(demo_db).case("K-2026-0001").person_id
    assert find_person(demo_db, key) == amina


def test_find_person_by_any_of_their_cases(unique, windows_db):
    person_id, _ = unique
    refs = person_data.person_references(windows_db, person_id)
    assert len(refs) == 2 and {find_person(windows_db, r) for r in refs} == {person_id}


@pytest.mark.parametrize(("key", "shown"), [
    ("K-2031-0099", "K-2031-0099"), ("hej", "hej"), ("19820314-9822", "19820314-XXXX"),
    ("19991231-9999", "19991231-XXXX"), ("9912319999", "991231XXXX")])
def test_an_unknown_key_is_a_known_error_naming_it(demo_db, key, shown):
    """A personnummer is named without its last four digits: the message goes to the log."""
    with pytest.raises(KnownError) as raised:
        find_person(demo_db, key)
    message = str(raised.value)
    assert message.startswith(f"{shown}: ingen person")
    if shown != key:
        assert key not in message and key[-4:] not in message


def test_a_wrong_check_digit_says_so(demo_db):
    with pytest.raises(KnownError, match="fel kontrollsiffra"):
        find_person(demo_db, "19820314-9822")


def test_a_personnummer_on_two_person_rows_asks_for_a_reference(demo_db):
    cases = CaseRepository(demo_db)
    twin = cases.add_person(Person(given_name="Amina", family_name="Hassan",
                                   personnummer=AMINA_PNR))
    cases.add_case(Case(reference="K-2027-0001", person_id=twin.id))
    with pytest.raises(KnownError, match="K-2026-0001, K-2027-0001"):
        find_person(demo_db, AMINA_PNR)


# -- the access export -----------------------------------------------------------------------

@pytest.fixture
def exported(unique, windows_db, tmp_path) -> tuple[str, dict, Path]:
    person_id, _ = unique
    paths = export_person(windows_db, person_id, tmp_path / "ut", now=NOW, printed_by="lena")
    json_path = next(p for p in paths if p.suffix == ".json")
    return person_id, json.loads(json_path.read_text(encoding="utf-8")), paths[1]


def _case_tables(db) -> list[str]:
    """Read from the schema here, not from the code under test."""
    return [r[0] for r in db.execute(
        "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE "
        "m.type = 'table' AND p.name = 'case_id' AND m.name != 'audit_event'")]


def test_export_holds_every_row_of_every_table_for_the_person(exported, windows_db):
    person_id, record, _ = exported
    db = windows_db
    assert record["person"] == dict(db.execute_returning_dicts(
        "SELECT * FROM person WHERE id = ?", [person_id])[0])
    case_ids = [r[0] for r in db.execute('SELECT id FROM "case" WHERE person_id = ?',
                                         [person_id])]
    assert sorted(c["case"]["id"] for c in record["cases"]) == sorted(case_ids)
    tables = _case_tables(db)
    assert len(tables) >= 10
    for table in tables:
        stored = db.execute_returning_dicts(
            f'SELECT * FROM "{table}" WHERE case_id IN (?, ?)', case_ids)
        exported_rows = [r for c in record["cases"] for r in c["tables"][table]]
        assert len(exported_rows) == len(stored) > 0, table
        for row in stored:
            row.pop("data", None)
            assert any(row.items() <= r.items() for r in exported_rows), table
    audit_ids = {r[0] for r in db.execute(
        "SELECT id FROM audit_event WHERE case_id IN (?, ?) OR entity_id = ?",
        [*case_ids, person_id])}
    audit_ids -= {e.id for e in _exports(db, person_id)}  # the export's own, written after
    exported_audit = [e["id"] for c in record["cases"] for e in c["audit_event"]]
    exported_audit += [e["id"] for e in record["person_audit_event"]]
    assert sorted(exported_audit) == sorted(audit_ids)
    assert record["search_index"][0]["name"] == f"{GIVEN} {FAMILY}"


def test_export_lists_evidence_without_its_bytes(exported):
    _, record, _ = exported
    (evidence,) = [r for c in record["cases"] for r in c["tables"]["evidence"]]
    assert evidence["name"] == "intyg.txt" and len(evidence["sha256"]) == 64
    assert evidence["size"] > 0 and evidence["data"] == "(ingår inte i utdraget)"
    assert "Bevisfilernas innehåll ingår inte" in record["about"]
    assert SECRET not in json.dumps(record, ensure_ascii=False)


def test_export_holds_nothing_of_another_person(exported, windows_db):
    _, record, _ = exported
    text = json.dumps(record, ensure_ascii=False)
    for person in DEMO_PEOPLE:
        for word in (person.given, person.family, person.pnr, person.pnr[2:]):
            assert word not in text
    for row in windows_db.execute("SELECT p.id, c.id, c.reference FROM person p JOIN \"case\" c "
                                  "ON c.person_id = p.id WHERE p.family_name != ?", [FAMILY]):
        for value in row:
            assert value not in text


def test_export_files_are_whole_and_name_no_one(exported):
    _, _, pdf = exported
    names = [p.name for p in pdf.parent.iterdir()]
    assert len(names) == 2 and not [n for n in names if n.endswith(".part")]
    assert not [n for n in names if GIVEN in n or FAMILY in n or PNR[2:] in n]


def test_an_export_that_cannot_be_written_is_a_known_error(demo_db, tmp_path):
    blocked = tmp_path / "fil"
    blocked.write_text("inte en mapp")
    person_id = find_person(demo_db, "K-2026-0001")
    with pytest.raises(KnownError, match="kan inte skriva registerutdraget"):
        export_person(demo_db, person_id, blocked / "ut")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "fil"]
    assert _exports(demo_db, person_id) == []  # nothing was handed out


def _exports(db, person_id: str) -> list:
    return [e for e in AuditRepository(db).for_person(person_id)
            if e.action == AuditAction.EXPORT]


def test_an_export_leaves_one_audit_event_naming_only_the_person(exported, windows_db):
    person_id, _, pdf = exported
    (event,) = _exports(windows_db, person_id)
    assert (event.actor, event.entity, event.entity_id, event.case_id) == (
        "lena", "person", person_id, None)
    assert (event.field_name, event.old, event.new) == ("", "", "")  # no path, no free text
    stored = windows_db.execute("SELECT * FROM audit_event WHERE action = 'export'").fetchall()
    assert len(stored) == 1 and pdf.name not in repr(stored) and FAMILY not in repr(stored)
    export_person(windows_db, person_id, pdf.parent, printed_by="omar")
    assert [e.actor for e in _exports(windows_db, person_id)] == ["lena", "omar"]


def test_an_export_the_audit_trail_cannot_record_leaves_no_files(demo_db, tmp_path,
                                                                 monkeypatch):
    def refuse(*_args, **_kwargs):
        raise KnownError("databasen är skrivskyddad; inget av ändringen sparades")

    monkeypatch.setattr(person_data.Store, "_audit", refuse)
    with pytest.raises(KnownError, match="skrivskyddad"):
        export_person(demo_db, find_person(demo_db, "K-2026-0001"), tmp_path / "ut")
    assert list((tmp_path / "ut").iterdir()) == []


def test_the_pdf_tells_who_what_why_and_the_audit_trail(exported, windows_db):
    person_id, _, pdf = exported
    text = pdf_text(pdf)
    assert "Registerutdrag" in text and f"{GIVEN} {FAMILY}" in text
    assert f"{PNR[:8]}-{PNR[8:]}" in text and "2026-11-30 10:15" in text
    for reference in person_data.person_references(windows_db, person_id):
        assert f"Ärende {reference}" in text
    for words in ("ESF+", "validering", "plan för utbildning", "intyg.txt", "Uppfyllt",
                  "Vårdbiträde", "Logg över ändringar i ärendet",
                  "Skapade ärendet", "Ändrade bedömning", "Motivering", "(text) → (text)",
                  "Ändrade personuppgifter", "Förnamn", "Xylvena → Xylvenna",
                  "Status", "Start → Avslutad", "Filernas innehåll"):
        assert words in text, words


# -- erasure ---------------------------------------------------------------------------------

def test_the_scan_sees_the_person_before_the_erasure(unique, windows_db):
    found = scan(_database_path(windows_db))
    seen = {name for hits in found.values() for name in hits}
    assert seen == set(NEEDLES)


def test_erasure_leaves_no_trace_in_the_file_its_wal_or_a_later_backup(unique, windows_db,
                                                                       tmp_path):
    person_id, _ = unique
    path = _database_path(windows_db)
    report = erase_person(windows_db, person_id, "lena")
    assert report.scrub.clean and report.scrub.vacuumed
    windows_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert scan(path) == {}
    backup = copy_database(windows_db, tmp_path / "efter.sqlite3")
    assert scan(backup) == {}
    assert windows_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_erasure_removes_every_row_and_leaves_one_anonymous_event(unique, windows_db):
    person_id, first = unique
    report = erase_person(windows_db, person_id, "lena")
    assert report.references == ("K-2026-0006", "K-2026-0007")
    assert report.counts["person"] == 1 and report.counts["case"] == 2
    assert report.counts["evidence"] == 1 and report.counts["audit_event"] > 10
    assert report.printed_files == (f"{FAMILY} plan.pdf",)  # copies outside KoLL, named
    for table in [*_case_tables(windows_db), "audit_event"]:
        assert windows_db.execute(f'SELECT count(*) FROM "{table}" WHERE case_id = ?',
                                  [first.id]).fetchone()[0] == 0, table
    events = windows_db.execute_returning_dicts(
        "SELECT * FROM audit_event WHERE entity_id IN (?, ?) OR action = ?",
        [person_id, id_hash(person_id), str(AuditAction.ERASE)])
    assert len(events) == 1
    (event,) = events
    assert event["entity"] == "person" and event["entity_id"] == id_hash(person_id)
    assert person_id not in json.dumps(event) and GIVEN not in json.dumps(event)
    assert was_erased(windows_db, person_id)
    assert windows_db.execute("SELECT count(*) FROM person").fetchone()[0] == 5
    assert [s.reference for s in CaseRepository(windows_db).summaries("Hassan")] == [
        "K-2026-0001"]  # the others are still found


def test_without_the_fts_purge_the_scan_finds_the_name(unique, windows_db, monkeypatch):
    """The control that shows the scan would catch a missing 'optimize': the deleted row's
    terms stay in the index's segments (in lower case, as the tokenizer stores them)."""
    monkeypatch.setattr(erasure, "purge_search_index", lambda db: None)
    person_id, _ = unique
    erase_person(windows_db, person_id, "lena")
    found = scan(_database_path(windows_db))
    assert set(found["koll.sqlite3"]) == {_fts_form(GIVEN), _fts_form(FAMILY)}


def test_without_secure_delete_and_vacuum_the_scan_finds_everything(unique, windows_db,
                                                                    monkeypatch):
    """The control for secure_delete: the deleted rows stay in the file as free space."""
    monkeypatch.setattr(person_data, "secure_deletion", lambda db: nullcontext())
    person_id, _ = unique
    erase_person(windows_db, person_id, "lena", vacuum=False)
    found = scan(_database_path(windows_db))
    assert set(found["koll.sqlite3"]) == set(NEEDLES)


def test_secure_delete_alone_misses_what_earlier_edits_left_behind(unique, windows_db):
    """Why the erasure also VACUUMs: the note cleared before it (with secure_delete off)
    left its bytes as free space in a page, which deleting the row does not zero."""
    person_id, _ = unique
    erase_person(windows_db, person_id, "lena", vacuum=False)
    assert set(scan(_database_path(windows_db))["koll.sqlite3"]) >= {NOTE, GIVEN, PNR}


@pytest.mark.parametrize("key", [PNR, "550607-9838", "K-2026-0006", "K-2026-0007"])
def test_erase_by_personnummer_or_reference(unique, windows_db, key):
    person_id, _ = unique
    assert find_person(windows_db, key) == person_id
    erase_person(windows_db, find_person(windows_db, key), "lena")
    assert scan(_database_path(windows_db)) == {}
    with pytest.raises(KnownError, match="ingen person"):
        find_person(windows_db, key)


def test_erase_of_an_unknown_person_is_a_known_error(demo_db):
    with pytest.raises(KnownError):
        erase_person(demo_db, "no-such-id", "lena")


def test_erasure_puts_only_a_hash_of_the_person_on_the_list_beside_the_database(
        unique, windows_db):
    person_id, _ = unique
    listed = _database_path(windows_db).with_name("raderade.txt")
    assert not listed.exists()
    report = erase_person(windows_db, person_id, "lena")
    text = listed.read_text(encoding="utf-8")
    entries = [line for line in text.splitlines() if not line.startswith("#")]
    assert report.person_hash == id_hash(person_id)
    assert entries == sorted([id_hash(person_id), copy_hash(person_id)])  # and the copies'
    for secret in (person_id, GIVEN, FAMILY, PNR, PNR[2:], "K-2026-0006"):
        assert secret not in text
    other = find_person(windows_db, "K-2026-0002")
    erase_person(windows_db, other, "lena")
    entries = [line for line in listed.read_text(encoding="utf-8").splitlines()
               if not line.startswith("#")]
    assert sorted(entries) == sorted([id_hash(person_id), id_hash(other), copy_hash(person_id),
                                      copy_hash(other)])


def test_an_erasure_whose_list_cannot_be_written_says_so_and_still_erases(unique, windows_db):
    person_id, _ = unique
    _database_path(windows_db).with_name("raderade.txt").mkdir()  # in the way
    report = erase_person(windows_db, person_id, "lena")
    assert report.list_note.startswith("obs: listan över raderade personer kunde inte sparas")
    assert report.lines()[-1] == report.list_note
    assert was_erased(windows_db, person_id)


def test_backups_taken_before_the_erasure_are_named(unique, windows_db, data_paths):
    person_id, _ = unique
    before = copy_database(windows_db, data_paths.backups / "koll-20261129-120000.sqlite3")
    erase_person(windows_db, person_id, "lena")
    copy_database(windows_db, data_paths.backups / "koll-20261130-120000.sqlite3")
    assert backups_holding_person(data_paths.backups, person_id) == [before]
