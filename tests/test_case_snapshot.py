"""The demo cases through the plan engine, and plan edits surviving recomputation."""

from __future__ import annotations

from datetime import date

from koll_desktop.domain.enums import AssessmentStatus, UnitOutcome
from koll_desktop.services.case_snapshot import agree_plan, load_snapshot
from koll_desktop.storage.case_data import CaseDataRepository


def _outcomes(snapshot, code):
    framework = next(f for f in snapshot.result.frameworks if f.code == code)
    return {u.ref: u.outcome for u in framework.units}


def test_standard_assessment_credits_some_voxabn_courses_through_the_crosswalk(demo_db):
    snapshot = load_snapshot(demo_db, "K-2026-0001")
    voxabn = _outcomes(snapshot, "VOXABN")
    assert voxabn["OMVOMV01"] is UnitOutcome.CREDITED
    assert voxabn["SOASOC01"] is UnitOutcome.CREDITED
    assert voxabn["OMVOMV02"] is UnitOutcome.SUPPLEMENTARY
    assert voxabn["SAMSAM01a1"] is UnitOutcome.FULL_COURSE
    derived = snapshot.result.value(("VOXABN", "OMVOMV01.1"))
    assert derived.source == "derived" and derived.derived_from[0].ref[0] == "EX-USK"
    # No VOXABN item was assessed directly in this case.
    assert all(ref[0] == "EX-USK" for ref in snapshot.assessments)


def test_plan_edits_survive_a_new_assessment(demo_db):
    snapshot = load_snapshot(demo_db, "K-2026-0002")
    data = CaseDataRepository(demo_db)
    voxabn = snapshot.frameworks[0]
    unit = next(u for u in voxabn.units if u.code == "HAOHAL02")
    data.set_plan_row(snapshot.case.id, unit.id, provider="Komvux Exempelby", note="Distans")
    for requirement in unit.requirements:
        data.set_assessment(snapshot.case.id, requirement.id, status=AssessmentStatus.MET)
    after = load_snapshot(demo_db, "K-2026-0002")
    line = next(x for x in after.lines() if x.unit and x.unit.ref == "HAOHAL02")
    assert line.unit.outcome is UnitOutcome.CREDITED
    assert (line.row.provider, line.row.note) == ("Komvux Exempelby", "Distans")


def test_excluded_row_and_agreement_record_versions(demo_db):
    snapshot = load_snapshot(demo_db, "K-2026-0002")
    data = CaseDataRepository(demo_db)
    unit = snapshot.frameworks[0].units[1]
    data.set_plan_row(snapshot.case.id, unit.id, excluded_reason="Läser på annan skola")
    agree_plan(demo_db, "K-2026-0002", date(2026, 11, 20))
    after = load_snapshot(demo_db, "K-2026-0002")
    excluded = [x for x in after.lines() if x.row and x.row.excluded_reason]
    assert [x.unit.ref for x in excluded] == [unit.ref]
    assert not excluded[0].in_plan
    unit_result = next(x.unit for x in excluded)
    assert after.plan_totals().points_to_study == (
        after.result.totals.points_to_study - unit_result.remaining_points)
    header = data.plan_header(snapshot.case.id)
    assert header["agreed_on"] == date(2026, 11, 20)
    assert header["framework_versions"] == ["VOXABN 2021-07"]
    assert after.agreed_on == date(2026, 11, 20)


def test_pace_changes_weeks_not_points(demo_db):
    full = load_snapshot(demo_db, "K-2026-0002")
    CaseDataRepository(demo_db).set_plan_header(full.case.id, pace=50)
    half = load_snapshot(demo_db, "K-2026-0002")
    assert half.result.totals.points_to_study == full.result.totals.points_to_study
    assert half.result.totals.weeks == full.result.totals.weeks * 2


def test_micro_credential_outside_the_case_frameworks_is_reached_through_the_crosswalk(
        demo_db):
    snapshot = load_snapshot(demo_db, "K-2026-0002")  # Erik: VOXABN only
    assert [f.code for f in snapshot.frameworks] == ["VOXABN"]
    hygiene = next(m for m in snapshot.result.micro_credentials if m.code == "MK-USK-HYG")
    assert hygiene.earned
    assert snapshot.requirement(("EX-USK", "A.1")).text.startswith("Arbetar enligt basala")
    documentation = next(m for m in snapshot.result.micro_credentials
                         if m.code == "MK-USK-DOK")
    assert ("EX-USK", "F.3") in documentation.unknown  # nothing in VOXABN reaches it


def test_plan_agreed_and_assessment_done(demo_db):
    amina = load_snapshot(demo_db, "K-2026-0001")
    assert not amina.plan_agreed and not amina.assessment_done  # some items not assessed
    agree_plan(demo_db, "K-2026-0001", date(2026, 11, 30))
    assert load_snapshot(demo_db, "K-2026-0001").plan_agreed

    kim = load_snapshot(demo_db, "K-2026-0004")
    assert not kim.assessment_done
    data = CaseDataRepository(demo_db)
    for framework in kim.frameworks:
        for requirement in framework.requirements:
            data.set_assessment(kim.case.id, requirement.id, status=AssessmentStatus.NOT_MET)
    kim = load_snapshot(demo_db, "K-2026-0004")
    assert kim.assessment_done and not kim.plan_agreed  # not met is assessed too


def test_leaving_a_course_out_takes_it_out_of_the_plan_not_into_validated(demo_db):
    """The plan page and the printed plan show the same totals: a course left out is not
    studied and not among the plan's points, so the validated points stay as they were."""
    before = load_snapshot(demo_db, "K-2026-0002")
    unit = next(u for u in before.frameworks[0].units if u.code == "HAOHAL02")
    left_out = before.result.unit(("VOXABN", "HAOHAL02"))
    assert left_out.outcome is UnitOutcome.FULL_COURSE and left_out.points == 100
    CaseDataRepository(demo_db).set_plan_row(before.case.id, unit.id,
                                             excluded_reason="Läser kursen på distans")
    after = load_snapshot(demo_db, "K-2026-0002")
    was, now = before.plan_totals(), after.plan_totals()
    assert now.points_total == was.points_total - 100
    assert now.points_to_study == was.points_to_study - 100
    assert now.validated_points == was.validated_points
    assert now.weeks == was.weeks - 5
    assert after.result.totals == before.result.totals  # the engine's own proposal
