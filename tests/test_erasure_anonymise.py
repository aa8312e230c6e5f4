"""An anonymised case keeps the statistics and no words about the person (DESIGN §9): not
the titles, employers, countries, dates and descriptions of their experience, not the
titles, providers and notes of plan rows the counsellor added by hand, not the file names
of documents handed over; the same texts a pseudonymised bundle leaves out. The database
file is searched byte for byte after the anonymisation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import koll_desktop.services.bundles as bundles
import koll_desktop.storage.erasure as erasure
from koll_desktop.domain.case import PriorLearning
from koll_desktop.domain.enums import AssessmentStatus, PriorLearningKind, UnitOutcome
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.services.check import run_check
from koll_desktop.services.retention import RetentionMode, apply_retention, retention_due
from koll_desktop.services.summary_data import gather
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.erasure import ANONYMOUS_NAME, PERSONAL_TEXT, REDACTED
from koll_desktop.storage.library import LibraryRepository

REFERENCE = "K-2026-0001"
# Texts about the person that occur nowhere else (not in the library, not in other cases).
EMPLOYER = "Ölvedals Sotning och Ventilation AB"
EXPERIENCE = "Sotarlärling hos mäster Ölvedal"
STORY = "Sotade skorstenar i Vindelälvsdalen med sin morbror Torgny"
WORKED_FROM, WORKED_TO = "1991-02-17", "1994-11-08"
OWN_ROW = "Praktik på Kvarnbackens stenugnsbageri"
OWN_PROVIDER = "Kvarnbackens stenugnsbageri AB"
OWN_NOTE = "Börjar efter sonen Melkers inskolning"
PROVIDERS = "Hermods i Ystad och Folkuniversitetet Hörby"
CONSENT = "Muntligt via tolken Zerihun Tesfaye"
FILE = "plan-ölvedal-zerihun.pdf"
TYPED_WRONG = "Sotarlärling hos mäster Ölvedahl"  # written first, then corrected
NEEDLES = (EMPLOYER, EXPERIENCE, STORY, WORKED_FROM, WORKED_TO, OWN_ROW, OWN_PROVIDER,
           OWN_NOTE, PROVIDERS, CONSENT, FILE, TYPED_WRONG)


@pytest.fixture
def windows_db(db):
    """secure_delete off, as Python's own SQLite on a Windows desk: what earlier edits
    leave behind stays in the file unless the scrub rewrites it."""
    db.execute("PRAGMA secure_delete = OFF")
    from koll_desktop.services.demo import load_demo

    load_demo(db)
    return db


def _fill(db) -> str:
    """Everything a counsellor can write about the person in K-2026-0001, and a statistic
    of every kind; returns the case id."""
    cases, data = CaseRepository(db, "lena"), CaseDataRepository(db, "lena")
    library = LibraryRepository(db)
    case = cases.case(REFERENCE)
    cases.update_case(case.id, consent_method=CONSENT, retention_until=date(2025, 1, 1))
    item = data.add_prior_learning(PriorLearning(
        case_id=case.id, kind=PriorLearningKind.WORK, title=TYPED_WRONG, organisation=EMPLOYER,
        country="IS", date_from=date.fromisoformat(WORKED_FROM),
        date_to=date.fromisoformat(WORKED_TO), description=STORY))
    data.update_prior_learning(item.id, case.id, title=EXPERIENCE)
    voxabn = library.find_framework("VOXABN")
    data.set_unit_decision(case.id, voxabn.units[0].id, UnitOutcome.CREDITED, "Gick kursen")
    data.set_assessment(case.id, library.find_framework("EX-USK").requirements[0].id,
                        status=AssessmentStatus.MET, assessor="Lena Berg")
    data.set_plan_header(case.id, providers=PROVIDERS)
    data.set_plan_row(case.id, None, title=OWN_ROW, provider=OWN_PROVIDER, note=OWN_NOTE,
                      forced=True, starts_on=date(2027, 2, 1), position=1000)
    data.record_document(case.id, "plan", date(2026, 10, 20), FILE)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return case.id


def _raw(db) -> bytes:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    main_file = Path(db.execute("PRAGMA database_list").fetchone()[2])
    wal = Path(f"{main_file}-wal")
    return main_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _found(db) -> set[str]:
    raw = _raw(db)
    return {needle for needle in NEEDLES if needle.encode() in raw}


def _anonymise(db) -> None:
    items = [i for i in retention_due(db, date(2025, 6, 1), RetentionMode.ANONYMISE)
             if i.reference == REFERENCE]
    assert len(items) == 1
    report = apply_retention(db, items, RetentionMode.ANONYMISE, "lena")
    assert report.anonymised == (REFERENCE,) and report.scrub.clean


def _statistics(db, case_id: str) -> dict[str, object]:
    """What the case counts: status, frameworks, assessments, decisions, plan numbers,
    ESF+ fields, gender and birth year, the staff who did the work, the kinds of
    experience."""
    one = db.execute_returning_dicts
    return {
        "case": one('SELECT c.status, c.counsellor, c.organisation, c.labour_market_status, '
                    "c.education_level, c.consent_date, p.gender, p.birth_year FROM "
                    '"case" c JOIN person p ON p.id = c.person_id WHERE c.id = ?', [case_id]),
        "frameworks": one("SELECT framework_id, position FROM case_framework WHERE "
                          "case_id = ? ORDER BY position", [case_id]),
        "assessments": one("SELECT requirement_id, status, assessor, assessed_on FROM "
                           "assessment WHERE case_id = ? ORDER BY requirement_id", [case_id]),
        "decisions": one("SELECT unit_id, outcome FROM unit_decision WHERE case_id = ? "
                         "ORDER BY unit_id", [case_id]),
        "plan": one("SELECT pace, starts_on, agreed_on FROM plan WHERE case_id = ?",
                    [case_id]),
        "plan_rows": one("SELECT unit_id, outcome, credit_form, starts_on, ends_on, forced, "
                         "position FROM plan_row WHERE case_id = ? ORDER BY position, id",
                         [case_id]),
        "experience": one("SELECT kind FROM prior_learning WHERE case_id = ? ORDER BY kind",
                          [case_id]),
        "documents": one("SELECT kind, handed_over_on FROM document_issued WHERE "
                         "case_id = ?", [case_id]),
    }


def _summary(db) -> dict[str, object]:
    found = gather(db)
    return {"kpis": found.kpis, "by_status": found.by_status,
            "by_framework": found.by_framework, "courses": found.courses, "gaps": found.gaps,
            "horizontal": found.horizontal, "follow_ups": found.follow_ups,
            "cases": [{name: getattr(line, name) for name in line.__slots__
                       if name != "updated"} for line in found.cases]}


def test_the_scan_sees_the_texts_before_the_anonymisation(windows_db):
    _fill(windows_db)
    # The corrected typing is not kept anywhere: the audit trail notes only that the title
    # changed (storage.personal_text), and the row holds the new title.
    assert _found(windows_db) == set(NEEDLES) - {TYPED_WRONG}


def test_an_anonymised_case_keeps_its_statistics_and_no_text_about_the_person(windows_db):
    case_id = _fill(windows_db)
    statistics, summary = _statistics(windows_db, case_id), _summary(windows_db)

    _anonymise(windows_db)

    assert _found(windows_db) == set()
    assert _statistics(windows_db, case_id) == statistics
    assert _summary(windows_db) == summary
    db = windows_db
    assert db.execute("SELECT DISTINCT title, organisation, country, date_from, date_to, "
                      "description FROM prior_learning WHERE case_id = ?", [case_id]
                      ).fetchall() == [(REDACTED, "", "", None, None, "")]
    assert db.execute("SELECT title, provider, note FROM plan_row WHERE case_id = ? AND "
                      "unit_id IS NULL", [case_id]).fetchall() == [(REDACTED, "", "")]
    assert db.execute("SELECT count(*) FROM plan_row WHERE case_id = ? AND unit_id IS NOT "
                      "NULL AND title != ''", [case_id]).fetchone()[0] == 0  # none made up
    assert db.execute("SELECT providers FROM plan WHERE case_id = ?", [case_id]
                      ).fetchone()[0] == ""
    assert db.execute('SELECT goal, consent_scope, consent_method FROM "case" WHERE id = ?',
                      [case_id]).fetchone() == ("", "", "")
    assert db.execute("SELECT file_name FROM document_issued WHERE case_id = ?", [case_id]
                      ).fetchall() == [("",)]
    snapshot = load_snapshot(db, REFERENCE)  # the case still computes its plan
    assert snapshot.person.full_name == ANONYMOUS_NAME and snapshot.result.frameworks
    assert run_check(db).ok


def test_without_the_new_columns_the_scan_finds_them(windows_db, monkeypatch):
    """The control: anonymised with only the columns it emptied before (goal, consent
    scope, descriptions, employers, notes, reasons, file names), the experience's title and
    dates, the hand-made plan row's title and provider, the plan's providers and the
    consent method stay in the file."""
    before = {"case": ("goal", "consent_scope"), "prior_learning": ("description",
                                                                   "organisation"),
              "assessment": ("rationale",), "unit_decision": ("reason",),
              "plan_row": ("note", "excluded_reason"), "follow_up": ("note",),
              "document_issued": ("file_name",), "audit_event": ("old", "new")}
    monkeypatch.setattr(erasure, "PERSONAL_TEXT", {
        table: {c: how for c, how in PERSONAL_TEXT[table].items() if c in columns}
        for table, columns in before.items()})
    _fill(windows_db)

    _anonymise(windows_db)

    assert _found(windows_db) == {EXPERIENCE, WORKED_FROM, WORKED_TO, OWN_ROW, OWN_PROVIDER,
                                  PROVIDERS, CONSENT}


def test_what_an_anonymised_case_drops_is_what_a_pseudonymised_bundle_drops():
    """One statement of the person's texts serves both: every column of a case's rows that
    a pseudonymised bundle empties is in PERSONAL_TEXT, emptied the same way; what the
    bundle does besides is the person row (an anonymised case gets a new one), evidence
    links, and pseudonyms for the staff's names."""
    emptied = {bundles._BLANK: erasure.Emptied.BLANK, bundles._NULL: erasure.Emptied.NULL,
               bundles._MARK: erasure.Emptied.MARK}
    for table, columns in bundles.PSEUDONYMISED_COLUMNS.items():
        if table in ("person", "evidence"):
            continue
        by_bundle = {c: emptied[how] for c, how in columns.items() if how in emptied}
        assert by_bundle == PERSONAL_TEXT.get(table, {}), table
        names = {c for c, how in columns.items() if how == bundles._NAME}
        assert names <= {"counsellor", "assessor", "actor"}, table
    assert set(PERSONAL_TEXT) <= set(bundles.PSEUDONYMISED_COLUMNS)
