"""The plan page (live result, counsellor edits, exclusion with a reason, pace, agreement)
and the follow-up page, each edit checked in the database and undone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from koll_desktop.domain.enums import FollowUpOutcome, UnitOutcome
from koll_desktop.domain.workflow import Step
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.ui.pages import plan as plan_module


def _page(window, reference, step):
    window.open_case(CaseRepository(window.db).case(reference).id)
    window.workspace.show_step(step)
    return window.workspace.pages[step]


def _row(page, code):
    return next(i for i, line in enumerate(page._lines)
                if line.unit and line.unit.ref == code)


def test_rows_follow_the_engine_and_totals_show(window):
    page = _page(window, "K-2026-0002", Step.PLAN)
    snapshot = load_snapshot(window.db, "K-2026-0002")
    row = _row(page, "HAOHAL02")
    assert page.table.item(row, plan_module.OUTCOME).text() == "Hel kurs"
    assert page.table.item(row, plan_module.REMAINING).text() == "100"
    totals = snapshot.plan_totals()
    assert f"{totals.points_to_study} poäng att läsa" in page.totals.text()


def test_provider_edit_is_saved_survives_recomputation_and_undoes(window):
    page = _page(window, "K-2026-0002", Step.PLAN)
    row = _row(page, "HAOHAL02")
    page.table.item(row, plan_module.PROVIDER).setText("Komvux Exempelby")
    snapshot = load_snapshot(window.db, "K-2026-0002")
    line = next(x for x in snapshot.lines() if x.unit and x.unit.ref == "HAOHAL02")
    assert line.row.provider == "Komvux Exempelby"
    # A new assessment recomputes the plan; the provider stays.
    unit = next(u for u in snapshot.frameworks[0].units if u.code == "HAOHAL02")
    page.session.data.set_assessment(snapshot.case.id, unit.requirements[0].id, status="met")
    page.session.refresh()
    assert page.table.item(_row(page, "HAOHAL02"), plan_module.PROVIDER).text() == \
        "Komvux Exempelby"
    window.undo_action.trigger()
    assert page.table.item(_row(page, "HAOHAL02"), plan_module.PROVIDER).text() == ""


def test_leaving_a_course_out_needs_a_reason_and_lowers_the_points(window):
    page = _page(window, "K-2026-0002", Step.PLAN)
    before = load_snapshot(window.db, "K-2026-0002").plan_totals().points_to_study
    row = _row(page, "PSKPSY01")
    page.ask_text = lambda title, question: None
    page.table.item(row, plan_module.INCLUDED).setCheckState(Qt.CheckState.Unchecked)
    assert load_snapshot(window.db, "K-2026-0002").plan_totals().points_to_study == before
    assert page.table.item(row, plan_module.INCLUDED).checkState() == Qt.CheckState.Checked
    page.ask_text = lambda title, question: "Har betyg från annan skola"
    page.table.item(row, plan_module.INCLUDED).setCheckState(Qt.CheckState.Unchecked)
    after = load_snapshot(window.db, "K-2026-0002")
    assert after.plan_totals().points_to_study == before - 50
    assert f"{before - 50} poäng att läsa" in page.totals.text()


def test_the_counsellor_chooses_svenska_som_andrasprak_and_undo_takes_it_back(window):
    page = _page(window, "K-2026-0001", Step.PLAN)
    sve, sva = _row(page, "SVESVE01"), _row(page, "SVASVA01")
    assert page.table.item(sve, plan_module.INCLUDED).checkState() == Qt.CheckState.Checked
    assert page.table.item(sva, plan_module.INCLUDED).checkState() == Qt.CheckState.Unchecked
    assert page.table.item(sva, plan_module.OUTCOME).text() == "Alternativ behövs inte"
    page.table.item(sva, plan_module.INCLUDED).setCheckState(Qt.CheckState.Checked)
    chosen = load_snapshot(window.db, "K-2026-0001")
    assert chosen.result.unit(("VOXABN", "SVASVA01")).role == plan_module.UnitRole.COUNTED
    assert chosen.result.unit(("VOXABN", "SVESVE01")).role != plan_module.UnitRole.COUNTED
    sve, sva = _row(page, "SVESVE01"), _row(page, "SVASVA01")
    assert page.table.item(sva, plan_module.INCLUDED).checkState() == Qt.CheckState.Checked
    assert page.table.item(sve, plan_module.INCLUDED).checkState() == Qt.CheckState.Unchecked
    # and back to Svenska 1: one group, one choice
    page.table.item(sve, plan_module.INCLUDED).setCheckState(Qt.CheckState.Checked)
    back = load_snapshot(window.db, "K-2026-0001")
    assert back.result.unit(("VOXABN", "SVESVE01")).role == plan_module.UnitRole.COUNTED
    assert [r.unit_id for r in back.plan_rows if r.forced] == [
        u.id for f in back.frameworks for u in f.units if u.code == "SVESVE01"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    undone = load_snapshot(window.db, "K-2026-0001")
    assert undone.result.unit(("VOXABN", "SVESVE01")).role == plan_module.UnitRole.COUNTED
    assert not any(r.forced for r in undone.plan_rows if r.unit_id)


def test_an_optional_course_is_in_the_plan_only_when_ticked_as_printed(window):
    from koll_desktop.services.plan_pdf import plan_entries

    window.db.execute("UPDATE unit SET required = 0 WHERE code = 'PSKPSY01'")  # not required
    page = _page(window, "K-2026-0002", Step.PLAN)
    before = load_snapshot(window.db, "K-2026-0002")
    row = _row(page, "PSKPSY01")
    check = page.table.item(row, plan_module.INCLUDED)
    assert check.checkState() == Qt.CheckState.Unchecked  # as printed: not in the plan

    def printed() -> set[str]:
        snapshot = load_snapshot(window.db, "K-2026-0002")
        return {e.line.unit.ref for e in plan_entries(snapshot) if e.line.unit}

    assert "PSKPSY01" not in printed()
    check.setCheckState(Qt.CheckState.Checked)  # put in: no reason asked
    assert "PSKPSY01" in printed()
    after = load_snapshot(window.db, "K-2026-0002").plan_totals()
    assert after.points_to_study == before.plan_totals().points_to_study + 50
    row = _row(page, "PSKPSY01")
    assert page.table.item(row, plan_module.INCLUDED).checkState() == Qt.CheckState.Checked
    page.ask_text = lambda *_: pytest.fail("taking out what was put in needs no reason")
    page.table.item(row, plan_module.INCLUDED).setCheckState(Qt.CheckState.Unchecked)
    assert "PSKPSY01" not in printed()
    window.undo_action.trigger()
    assert "PSKPSY01" in printed()
    window.undo_action.trigger()
    assert "PSKPSY01" not in printed()
    assert load_snapshot(window.db, "K-2026-0002").plan_totals() == before.plan_totals()


def test_pace_and_agreement(window):
    page = _page(window, "K-2026-0002", Step.PLAN)
    page.pace.setCurrentIndex(page.pace.findData(25))
    page.pace.activated.emit(page.pace.currentIndex())
    snapshot = load_snapshot(window.db, "K-2026-0002")
    assert snapshot.pace == 25
    assert snapshot.result.totals.weeks == snapshot.result.totals.points_to_study / 5
    page.agree.click()
    assert load_snapshot(window.db, "K-2026-0002").agreed_on == date.today()
    window.undo_action.trigger()
    assert load_snapshot(window.db, "K-2026-0002").agreed_on is None


def test_manual_row_added_and_removed(window):
    page = _page(window, "K-2026-0002", Step.PLAN)
    page.ask_text = lambda title, question: "Praktik på äldreboende"
    page._add_row()
    titles = [line.row.title for line in page._lines if line.unit is None]
    assert titles == ["Praktik på äldreboende"]
    page.table.setCurrentCell(len(page._lines) - 1, 0)
    page._remove_row()
    assert [line for line in page._lines if line.unit is None] == []
    window.undo_action.trigger()
    assert [line.row.title for line in page._lines if line.unit is None] == [
        "Praktik på äldreboende"]


def test_credited_course_shows_as_credited(window):
    page = _page(window, "K-2026-0001", Step.PLAN)
    line = page._lines[_row(page, "OMVOMV01")]
    assert line.unit.outcome is UnitOutcome.CREDITED
    assert "uppnådd" in page.credentials.item(0).text()


def test_follow_up_saved_and_undone(window):
    page = _page(window, "K-2026-0003", Step.FOLLOW_UP)
    outcome = page.rows[6][0]
    outcome.setCurrentIndex(outcome.findData(FollowUpOutcome.EMPLOYED.value))
    outcome.activated.emit(outcome.currentIndex())
    follow = load_snapshot(window.db, "K-2026-0003").follow_ups
    assert [(f.months, f.outcome) for f in follow] == [(6, FollowUpOutcome.EMPLOYED)]
    window.undo_action.trigger()
    assert load_snapshot(window.db, "K-2026-0003").follow_ups == ()
    assert outcome.currentIndex() == 0
