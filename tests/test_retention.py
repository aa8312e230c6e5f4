"""Retention (DESIGN §9): due dates for closed and open cases and own dates; purge and
anonymise, one transaction a case; the dry run changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from koll_desktop.domain.case import Case, Person
from koll_desktop.domain.enums import AuditAction, FollowUpOutcome, Gender, UnitOutcome
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.services.retention import (
    RetentionAction,
    RetentionMode,
    add_months,
    apply_retention,
    retention_due,
    set_retention_from_rule,
)
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.erasure import ANONYMOUS_NAME, REDACTED, copy_hash, id_hash
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.settings import Settings


def _add_case(db, given: str = "Test", family: str = "Person", person_id: str | None = None,
              **fields) -> Case:
    cases = CaseRepository(db, "test")
    if person_id is None:
        person_id = cases.add_person(Person(given_name=given, family_name=family,
                                            birth_year=1980, gender=Gender.WOMAN)).id
    framework = LibraryRepository(db).find_framework("EX-USK")
    return cases.add_case(Case(reference=cases.next_reference(), person_id=person_id,
                               framework_ids=(framework.id,), **fields))


def _changed_on(db, case_id: str, day: str) -> None:
    """The case's last change, as if made on `day` (midday UTC: the same local day here)."""
    db.execute('UPDATE "case" SET updated_at = ? WHERE id = ?', [f"{day}T12:00:00+00:00", case_id])
    db.conn.commit()


def _close_on(db, case_id: str, day: str) -> None:
    CaseRepository(db, "test").update_case(case_id, status="closed")
    db.execute("UPDATE audit_event SET at = ? WHERE case_id = ? AND field = 'status' AND "
               "new = 'closed'", [f"{day}T12:00:00+00:00", case_id])
    _changed_on(db, case_id, day)


def _due(db, today: date, mode: RetentionMode = RetentionMode.PURGE) -> dict[str, object]:
    return {item.reference: item for item in retention_due(db, today, mode)}


def _by_status(db) -> dict[str, int]:
    """What a coordinator counts: cases by status (and by the person's gender)."""
    return dict(db.execute('SELECT c.status || "/" || p.gender, count(*) FROM "case" c '
                           "JOIN person p ON p.id = c.person_id GROUP BY 1").fetchall())


def test_add_months_keeps_the_day_or_takes_the_last_of_the_month():
    assert add_months(date(2024, 1, 15), 24) == date(2026, 1, 15)
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2023, 12, 1), 1) == date(2024, 1, 1)


def test_open_case_is_due_months_after_its_last_change(demo_db):
    case = _add_case(demo_db)
    _changed_on(demo_db, case.id, "2024-01-15")
    assert case.reference not in _due(demo_db, date(2026, 1, 14))
    item = _due(demo_db, date(2026, 1, 15))[case.reference]
    assert item.due_on == date(2026, 1, 15)
    assert "inte avslutat" in item.reason and item.person == "Test Person"


def test_closed_case_counts_from_the_closing_not_from_later_edits(demo_db):
    case = _add_case(demo_db)
    _close_on(demo_db, case.id, "2024-03-10")
    _changed_on(demo_db, case.id, "2025-06-01")  # e.g. a note added after closing
    item = _due(demo_db, date(2026, 3, 10))[case.reference]
    assert item.due_on == date(2026, 3, 10) and "avslut 2024-03-10" in item.reason
    assert case.reference not in _due(demo_db, date(2026, 3, 9))


def test_closed_case_counts_from_a_later_follow_up(demo_db):
    case = _add_case(demo_db)
    CaseDataRepository(demo_db).set_follow_up(case.id, 6, FollowUpOutcome.EMPLOYED,
                                              date(2024, 9, 1))
    _close_on(demo_db, case.id, "2024-03-10")
    item = _due(demo_db, date(2026, 9, 1))[case.reference]
    assert item.due_on == date(2026, 9, 1) and "uppföljningen" in item.reason


def test_own_retention_date_wins_both_ways(demo_db):
    early = _add_case(demo_db, retention_until=date(2025, 1, 1))  # changed today, own date past
    late = _add_case(demo_db, retention_until=date(2030, 1, 1))
    _close_on(demo_db, late.id, "2020-01-01")  # the rule alone would have made it due in 2022
    due = _due(demo_db, date(2026, 1, 1))
    assert due[early.reference].due_on == date(2025, 1, 1)
    assert due[early.reference].reason == "eget datum för ärendet"
    assert late.reference not in due


def test_the_months_come_from_the_setting(demo_db):
    case = _add_case(demo_db)
    _changed_on(demo_db, case.id, "2024-01-15")
    Settings(demo_db).set("retention.months", "6")
    assert _due(demo_db, date(2024, 7, 15))[case.reference].due_on == date(2024, 7, 15)


def test_set_retention_from_rule_gives_the_case_its_own_date(demo_db):
    case = _add_case(demo_db)
    _close_on(demo_db, case.id, "2024-03-10")
    assert set_retention_from_rule(demo_db, case.id, "test") == date(2026, 3, 10)
    assert CaseRepository(demo_db).case(case.id).retention_until == date(2026, 3, 10)
    assert demo_db.execute("SELECT count(*) FROM audit_event WHERE case_id = ? AND "
                           "field = 'retention_until'", [case.id]).fetchone()[0] == 1


def test_demo_cases_are_due_on_their_own_dates(demo_db):
    assert retention_due(demo_db, date(2028, 8, 31)) == []
    assert sorted(_due(demo_db, date(2028, 9, 3))) == ["K-2026-0001", "K-2026-0002",
                                                        "K-2026-0003"]


def test_the_dry_run_changes_nothing(demo_db):
    before = demo_db.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    assert len(retention_due(demo_db, date(2040, 1, 1))) == 5
    assert demo_db.execute("SELECT count(*) FROM audit_event").fetchone()[0] == before


def test_purge_removes_the_case_and_a_person_left_without_cases(demo_db):
    cases = CaseRepository(demo_db)
    keeps = _add_case(demo_db, "Kvarvarande", "Persson")
    gone = _add_case(demo_db, person_id=keeps.person_id, retention_until=date(2025, 1, 1))
    alone = _add_case(demo_db, "Ensam", "Ensamsson", retention_until=date(2025, 1, 1))
    due = _due(demo_db, date(2025, 6, 1))
    assert due[gone.reference].action == RetentionAction.PURGE_CASE
    assert due[alone.reference].action == RetentionAction.PURGE_PERSON

    report = apply_retention(demo_db, list(due.values()), RetentionMode.PURGE, "test")

    assert sorted(report.purged) == sorted([gone.reference, alone.reference])
    assert report.persons_erased == 1 and report.scrub is not None and report.scrub.clean
    assert [s.reference for s in cases.summaries("Kvarvarande")] == [keeps.reference]
    assert cases.summaries(gone.reference) == [] and cases.summaries("Ensam") == []
    for table in ("case", "audit_event"):
        assert demo_db.execute(f'SELECT count(*) FROM "{table}" WHERE id = ? OR id = ?',
                               [gone.id, alone.id]).fetchone()[0] == 0
    assert demo_db.execute("SELECT count(*) FROM audit_event WHERE case_id IN (?, ?)",
                           [gone.id, alone.id]).fetchone()[0] == 0
    erased = demo_db.execute("SELECT entity, entity_id FROM audit_event WHERE action = ?",
                             [str(AuditAction.ERASE)]).fetchall()
    assert sorted(erased) == sorted([("case", id_hash(gone.id)),
                                     ("person", id_hash(alone.person_id))])
    assert demo_db.execute("SELECT count(*) FROM person").fetchone()[0] == 6
    listed = Path(demo_db.execute("PRAGMA database_list").fetchone()[2]).with_name(
        "raderade.txt").read_text(encoding="utf-8")  # a restore will not bring them back
    assert [line for line in listed.splitlines() if not line.startswith("#")] == [
        *sorted([id_hash(alone.person_id), copy_hash(alone.person_id)]),
        *sorted(f"ärende {h}" for h in (id_hash(gone.id), copy_hash(gone.id)))]


def _fill_demo_free_text(db) -> None:
    """Notes, a decision, a plan row and a document on Amina's case, so every kind of free
    text has something to blank."""
    data = CaseDataRepository(db, "test")
    amina = CaseRepository(db).case("K-2026-0001")
    library = LibraryRepository(db)
    unit = library.find_framework("VOXABN").units[0]
    data.set_unit_decision(amina.id, unit.id, UnitOutcome.FULL_COURSE, "Amina vill läsa allt")
    data.set_plan_row(amina.id, unit.id, note="Amina börjar i januari",
                      excluded_reason="Läser på annan skola")
    data.set_follow_up(amina.id, 3, FollowUpOutcome.STUDIES, date(2027, 1, 2), "Amina trivs")
    data.record_document(amina.id, "plan", date(2026, 11, 1), "Amina Hassan plan.pdf")
    requirement = library.find_framework("EX-USK").requirements[0]
    data.set_assessment(amina.id, requirement.id, rationale="Amina visade på plats")


def test_anonymise_keeps_the_statistics_and_drops_the_persons(demo_db):
    _fill_demo_free_text(demo_db)
    demo_db.execute('UPDATE "case" SET retention_until = ?', ["2027-01-01"])
    demo_db.conn.commit()
    counted = ("assessment", "self_rating", "unit_decision", "plan", "plan_row", "follow_up",
               "case_framework", "prior_learning", "document_issued")
    before = {t: demo_db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in counted}
    statuses = _by_status(demo_db)
    esf = demo_db.execute('SELECT labour_market_status, education_level, p.birth_year FROM '
                          '"case" c JOIN person p ON p.id = c.person_id ORDER BY reference'
                          ).fetchall()

    items = retention_due(demo_db, date(2027, 1, 1), RetentionMode.ANONYMISE)
    assert {i.action for i in items} == {RetentionAction.ANONYMISE} and len(items) == 5
    report = apply_retention(demo_db, items, RetentionMode.ANONYMISE, "test")

    assert len(report.anonymised) == 5 and report.scrub.clean
    assert _by_status(demo_db) == statuses
    assert {t: demo_db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in counted} == before
    assert demo_db.execute('SELECT labour_market_status, education_level, p.birth_year FROM '
                           '"case" c JOIN person p ON p.id = c.person_id ORDER BY reference'
                           ).fetchall() == esf
    persons = demo_db.execute("SELECT given_name, family_name, personnummer, languages, "
                              "email, phone, accessibility_needs FROM person").fetchall()
    assert persons == [(ANONYMOUS_NAME, "", "", "", "", "", "")] * 5
    assert demo_db.execute("SELECT count(*) FROM person_search").fetchone()[0] == 0
    assert demo_db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    assert demo_db.execute("SELECT count(*) FROM audit_event WHERE case_id IS NOT NULL AND "
                           "(old != '' OR new != '')").fetchone()[0] == 0
    free_text = demo_db.execute(
        "SELECT (SELECT group_concat(goal || consent_scope, '') FROM \"case\") || "
        "(SELECT group_concat(description || organisation, '') FROM prior_learning) || "
        "(SELECT group_concat(rationale, '') FROM assessment) || "
        "(SELECT group_concat(note, '') FROM plan_row) || "
        "(SELECT group_concat(note, '') FROM follow_up) || "
        "(SELECT group_concat(file_name, '') FROM document_issued)").fetchone()[0]
    assert free_text == ""
    # a reason whose presence means something stays, without its words
    assert demo_db.execute("SELECT reason FROM unit_decision").fetchone()[0] == REDACTED
    assert demo_db.execute("SELECT excluded_reason FROM plan_row").fetchone()[0] == REDACTED
    assert retention_due(demo_db, date(2040, 1, 1)) == []  # never listed again
    snapshot = load_snapshot(demo_db, "K-2026-0001")  # the case still computes its plan
    assert snapshot.person.full_name == ANONYMOUS_NAME and snapshot.result.frameworks


def test_anonymise_one_case_of_a_person_who_keeps_another(demo_db):
    first = _add_case(demo_db, "Tvåfall", "Tvåfallsson", retention_until=date(2025, 1, 1))
    second = _add_case(demo_db, person_id=first.person_id)
    items = [i for i in retention_due(demo_db, date(2025, 6, 1), RetentionMode.ANONYMISE)
             if i.reference == first.reference]
    apply_retention(demo_db, items, RetentionMode.ANONYMISE, "test", vacuum=False)
    cases = CaseRepository(demo_db)
    assert cases.person(first.person_id).full_name == "Tvåfall Tvåfallsson"
    assert cases.case(second.id).person_id == first.person_id
    moved = cases.case(first.id)
    assert moved.person_id != first.person_id
    assert cases.person(moved.person_id).full_name == ANONYMOUS_NAME
    assert [s.reference for s in cases.summaries("Tvåfall")] == [second.reference]


def test_a_case_gone_since_the_list_was_made_is_skipped(demo_db):
    case = _add_case(demo_db, "Snart", "Borta", retention_until=date(2025, 1, 1))
    items = [i for i in retention_due(demo_db, date(2025, 6, 1)) if i.reference == case.reference]
    apply_retention(demo_db, items, RetentionMode.PURGE, "test", vacuum=False)
    report = apply_retention(demo_db, items, RetentionMode.PURGE, "test", vacuum=False)
    assert report.skipped == (case.reference,) and report.scrub is None


@pytest.mark.parametrize("mode", list(RetentionMode))
def test_each_case_is_its_own_transaction(demo_db, mode, monkeypatch):
    """A failure in the second case leaves the first one done and the second untouched."""
    import koll_desktop.services.retention as retention

    first = _add_case(demo_db, "Först", "Förstsson", retention_until=date(2025, 1, 1))
    second = _add_case(demo_db, "Sedan", "Sedansson", retention_until=date(2025, 1, 2))
    items = [i for i in retention_due(demo_db, date(2025, 6, 1), mode)
             if i.reference in (first.reference, second.reference)]
    real = {RetentionMode.PURGE: retention.erase_person_rows,
            RetentionMode.ANONYMISE: retention.anonymise_case_rows}[mode]
    calls = []

    def failing_second(db, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            db.execute("DELETE FROM evidence")  # some work done, then a failure
            raise RuntimeError("disk full")
        return real(db, *args, **kwargs)

    name = "erase_person_rows" if mode == RetentionMode.PURGE else "anonymise_case_rows"
    monkeypatch.setattr(retention, name, failing_second)
    with pytest.raises(RuntimeError):
        apply_retention(demo_db, items, mode, "test")
    assert demo_db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1
    assert CaseRepository(demo_db).person(second.person_id).full_name == "Sedan Sedansson"
    assert CaseRepository(demo_db).summaries("Först") == []
