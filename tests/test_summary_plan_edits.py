"""The coordinator summary counts each case's plan as agreed, the one the individual holds in
print: courses the counsellor left out, and the alternative the counsellor chose, count as in
the printed plan. Both documents are read back (openpyxl, pypdf) and compared."""

from __future__ import annotations

import pytest

from koll_desktop.domain.enums import AssessmentStatus, UnitOutcome
from koll_desktop.domain.plan_edits import NO_EDITS, PlanEdits, effective_totals, plan_units
from koll_desktop.domain.plan_engine import UnitRole
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.plan_pdf import write_plan_pdf
from koll_desktop.services.summary_data import gather
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.summary_queries import CaseFilter
from tests.services import normalised, pdf_text
from tests.test_summary import _table_rows, _write

SV = Texts("sv")
# The course need and the points count the assessed cases (the demo's VOXABN cases all are).
CASES = "Bedömda ärenden med kursen"
TO_STUDY, TOTAL = "Poäng att läsa (bedömda ärenden)", "Poäng totalt (bedömda ärenden)"


def _units(db, code="VOXABN"):
    return {u.code: u for u in LibraryRepository(db).find_framework(code).units}


def _summary(db, tmp_path, name):
    """The case rows by reference, the course rows by course code and the key figures."""
    _, wb = _write(db, tmp_path, name)
    cases = {r["Ärende"]: r for r in _table_rows(wb["Ärenden"])}
    courses = {r["Kurskod"]: r for r in _table_rows(wb["Kursbehov"]) if r["Ramverk"] == "VOXABN"}
    kpis = {r["Nyckeltal"]: r["Värde"] for r in _table_rows(wb["Översikt"], "Nyckeltal")}
    return cases, courses, kpis


def _printed(snapshot, path) -> str:
    return pdf_text(write_plan_pdf(snapshot, path))


def _says_the_same(row, text) -> None:
    """The case's row of the workbook and its printed plan give the same numbers: the
    plan's total row (points, to study, weeks) and its sentences on the time it takes."""
    total = " ".join([SV("row.total"), SV.number(row["Poäng totalt"]),
                      SV.number(row["Poäng att läsa"]), SV.number(row["Studieveckor"])])
    assert normalised(total) in text
    assert f"Du ska studera {normalised(SV.points(row['Poäng att läsa']))}." in text
    assert f"Det tar ungefär {normalised(SV.number(row['Studieveckor']))} veckor" in text
    assert row["Validerade poäng"] == row["Poäng totalt"] - row["Poäng att läsa"]


def test_a_course_left_out_is_left_out_of_the_summary_as_of_the_printed_plan(demo_db,
                                                                            tmp_path):
    reference = "K-2026-0002"  # Erik: Psykologi 1 a full course, Anatomi 1 credited
    before_cases, before_courses, before_kpis = _summary(demo_db, tmp_path, "before.xlsx")
    snapshot = load_snapshot(demo_db, reference)
    psychology = snapshot.result.unit(("VOXABN", "PSKPSY01"))
    anatomy = snapshot.result.unit(("VOXABN", "ANOANA01"))
    assert psychology.outcome is UnitOutcome.FULL_COURSE and psychology.remaining_points == 50
    assert anatomy.outcome is UnitOutcome.CREDITED and anatomy.points == 50
    units, data = _units(demo_db), CaseDataRepository(demo_db)
    data.set_plan_row(snapshot.case.id, units["PSKPSY01"].id,
                      excluded_reason="Läser kursen på annan skola")
    data.set_plan_row(snapshot.case.id, units["ANOANA01"].id,
                      excluded_reason="Har redan betyg i kursen")

    cases, courses, kpis = _summary(demo_db, tmp_path, "after.xlsx")
    row, was = cases[reference], before_cases[reference]
    edited = load_snapshot(demo_db, reference)
    _says_the_same(row, _printed(edited, tmp_path / "plan.pdf"))
    totals = edited.plan_totals()
    assert (row["Poäng totalt"], row["Poäng att läsa"], row["Validerade poäng"]) == (
        totals.points_total, totals.points_to_study, totals.validated_points)
    # neither course is in the plan: its points are neither studied nor validated
    assert row["Poäng totalt"] == was["Poäng totalt"] - 100
    assert row["Poäng att läsa"] == was["Poäng att läsa"] - 50
    assert row["Validerade poäng"] == was["Validerade poäng"] - 50
    assert row["Studieveckor"] == pytest.approx(was["Studieveckor"] - 2.5)
    # the courses are needed by one case fewer
    for code, column in (("PSKPSY01", "Behöver hela kursen"), ("ANOANA01", "Tillgodoräknas")):
        assert courses[code][CASES] == before_courses[code][CASES] - 1
        assert courses[code][column] == before_courses[code][column] - 1
    assert courses["PSKPSY01"]["Återstående poäng"] == (
        before_courses["PSKPSY01"]["Återstående poäng"] - 50)
    assert kpis[TO_STUDY] == before_kpis[TO_STUDY] - 50
    assert kpis[TOTAL] == before_kpis[TOTAL] - 100
    assert kpis["varav hela kurser tillgodoräknade"] == (
        before_kpis["varav hela kurser tillgodoräknade"] - 50)


def test_the_alternative_the_counsellor_chose_is_the_one_counted(demo_db, tmp_path):
    reference = "K-2026-0001"  # Amina
    snapshot = load_snapshot(demo_db, reference)
    units, data = _units(demo_db), CaseDataRepository(demo_db)
    # Half of Svenska 1 is met, so the engine counts it rather than Svenska som andraspråk 1
    for requirement in units["SVESVE01"].requirements[:2]:
        data.set_assessment(snapshot.case.id, requirement.id, status=AssessmentStatus.MET)
    proposed = load_snapshot(demo_db, reference)
    assert proposed.result.unit(("VOXABN", "SVESVE01")).counted
    assert proposed.result.unit(("VOXABN", "SVESVE01")).remaining_points == 50
    before_cases, before_courses, _ = _summary(demo_db, tmp_path, "before.xlsx")
    # … but she is a second-language speaker: the counsellor counts Svenska som andraspråk 1
    data.set_forced(snapshot.case.id, {units["SVASVA01"].id: True,
                                       units["SVESVE01"].id: False})

    cases, courses, _ = _summary(demo_db, tmp_path, "after.xlsx")
    chosen = load_snapshot(demo_db, reference)
    assert chosen.result.unit(("VOXABN", "SVASVA01")).role is UnitRole.COUNTED
    assert chosen.result.unit(("VOXABN", "SVESVE01")).role is UnitRole.ALTERNATIVE_NOT_NEEDED
    row, was = cases[reference], before_cases[reference]
    text = _printed(chosen, tmp_path / "plan.pdf")
    _says_the_same(row, text)
    assert "Svenska som andraspråk 1 (SVASVA01)" in text
    assert row["Poäng att läsa"] == was["Poäng att läsa"] + 50  # a full course for half of one
    assert row["Poäng att läsa"] == chosen.plan_totals().points_to_study
    assert row["Studieveckor"] == pytest.approx(chosen.plan_totals().weeks)
    assert courses["SVASVA01"][CASES] == before_courses.get("SVASVA01", {}).get(CASES, 0) + 1
    assert courses["SVESVE01"]["Behöver delar"] == before_courses["SVESVE01"]["Behöver delar"] - 1


def test_gathered_numbers_follow_the_edits_of_every_case(demo_db):
    """Several cases, several edits: every case line is its plan as agreed, and the totals
    add up over them."""
    units, data = _units(demo_db), CaseDataRepository(demo_db)
    for reference, code, fields in (
            ("K-2026-0001", "OMVOMV02", {"excluded_reason": "Läser på annan skola"}),
            ("K-2026-0001", "SVASVA01", {"forced": True}),
            ("K-2026-0005", "PSYPSK02", {"excluded_reason": "Väntar till hösten"}),
            ("K-2026-0005", "PSKPSY01", {"provider": "Komvux Exempelby"})):  # changes no number
        data.set_plan_row(load_snapshot(demo_db, reference).case.id, units[code].id, **fields)
    summary = gather(demo_db, CaseFilter())
    for line in summary.cases:
        snapshot = load_snapshot(demo_db, line.reference)
        totals = snapshot.plan_totals()
        assert (line.points_total, line.points_to_study, line.weeks, line.pace) == (
            totals.points_total, totals.points_to_study, pytest.approx(totals.weeks),
            snapshot.pace)
    k = summary.kpis
    assessed = [c for c in summary.cases if c.assessed]
    assert 0 < len(assessed) == k.assessed_cases < len(summary.cases)
    assert k.points_to_study == sum(c.points_to_study for c in assessed)
    assert k.unassessed_points == sum(c.points_to_study for c in summary.cases
                                      if not c.assessed)
    assert sum(c.remaining_points for c in summary.courses) == k.points_to_study
    assert sum(c.unassessed_points for c in summary.courses) == k.unassessed_points


def test_plan_edits_from_stored_rows(demo_db):
    snapshot = load_snapshot(demo_db, "K-2026-0002")  # Erik: Svenska 1 credited
    unit_key = {u.id: ("VOXABN", u.ref) for u in snapshot.frameworks[0].units}
    ids = {u.ref: u.id for u in snapshot.frameworks[0].units}
    edits = PlanEdits.of([(ids["SVASVA01"], True, ""), (ids["PSKPSY01"], False, "skäl"),
                          (None, True, ""), ("någon annans", True, "skäl"),
                          (ids["HAOHAL02"], False, "")], unit_key)
    assert edits.forced == {("VOXABN", "SVASVA01")}
    assert edits.excluded == {("VOXABN", "PSKPSY01")}
    assert not PlanEdits.of([(ids["HAOHAL02"], False, "")], unit_key)
    result = snapshot.result
    # without edits: the engine's own totals and counted units
    assert effective_totals(result, NO_EDITS, result.start) is result.totals
    assert plan_units(result, NO_EDITS) == [u for f in result.frameworks for u in f.units
                                            if u.counted]
    # the same edits stored: the alternative put in counts, the course left out does not,
    # even when it is also marked as put in
    data = CaseDataRepository(demo_db)
    data.set_forced(snapshot.case.id, {ids["SVASVA01"]: True, ids["SVESVE01"]: False})
    data.set_plan_row(snapshot.case.id, ids["PSKPSY01"], forced=True, excluded_reason="skäl")
    edited = load_snapshot(demo_db, "K-2026-0002")
    assert edited.edits == PlanEdits(
        forced=frozenset({("VOXABN", "SVASVA01"), ("VOXABN", "PSKPSY01")}),
        excluded=frozenset({("VOXABN", "PSKPSY01")}))
    in_plan = {u.ref for u in plan_units(edited.result, edited.edits)}
    assert "SVASVA01" in in_plan and not {"SVESVE01", "PSKPSY01"} & in_plan
    totals = edited.plan_totals()
    assert totals.points_total == result.totals.points_total - 50  # 100 for 100, less 50
    assert totals.points_to_study == result.totals.points_to_study + 100 - 50
    assert totals.end_date == effective_totals(edited.result, edited.edits,
                                               edited.starts_on).end_date
