"""Step 4, assessment: the tree with derived values and live roll-ups, the editor, the keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QDialogButtonBox, QWidget

from koll_desktop.domain.case import Case, Person, RulesOfEvidence
from koll_desktop.domain.enums import (
    AssessmentMethod,
    AssessmentStatus,
    SelfRatingLevel,
    UnitOutcome,
)
from koll_desktop.domain.plan_engine import ValueSource
from koll_desktop.domain.workflow import Step
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.ui.app import create_application
from koll_desktop.ui.assessment_model import (
    AssessmentFilter,
    AssessmentModel,
    Column,
    FilterMode,
    NodeKind,
)
from koll_desktop.ui.pages.assessment import OverrideDialog

REQ, UNIT = NodeKind.REQUIREMENT, NodeKind.UNIT
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(window, qtbot):
    """The shared window (tests/ui/conftest.py), exposed and active: keys go to it."""
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _open(window, reference="K-2026-0001"):
    window.open_case(CaseRepository(window.db).case(reference).id)
    window.workspace.show_step(Step.ASSESSMENT)
    return window.workspace.pages[Step.ASSESSMENT]


@pytest.fixture
def page(window):
    return _open(window)


def _text(page, kind, key, column=Column.STATUS, role=Qt.ItemDataRole.DisplayRole):
    return page.model.index_for(kind, key, column).data(role)


def _stored(page, ref):
    """The assessment of `ref` as read back from the database (None if there is none)."""
    requirement = page.session.snapshot.requirement(ref)
    return page.session.data.assessments(page.session.case_id).get(requirement.id)


def _current_row(page):
    """What the tree's cursor is on (the editor shows `page._current`)."""
    return page.model.node_at(page.proxy.mapToSource(page.tree.currentIndex()))


def _select(page, kind, key):
    assert page._select(kind, key)
    assert page._current == (kind, key)


def test_derived_value_is_shown_in_italics_with_where_it_came_from(page):
    ref = ("VOXABN", "OMVOMV01.1")
    assert _text(page, REQ, ref) == "Uppfyllt (härlett)"
    assert _text(page, REQ, ref, role=Qt.ItemDataRole.FontRole).italic()
    tip = _text(page, REQ, ref, role=Qt.ItemDataRole.ToolTipRole)
    assert "härlett via EX-USK A.5 (full)" in tip
    # the EX-USK criterion behind it is assessed directly: shown plainly
    assert _text(page, REQ, ("EX-USK", "A.5")) == "Uppfyllt"
    assert _text(page, REQ, ("EX-USK", "A.5"), role=Qt.ItemDataRole.FontRole) is None
    # the code under its unit is short; the full code is in the tooltip and for screen readers
    assert _text(page, REQ, ref, Column.TEXT).startswith("1  Omvårdnadens grunder")
    assert "OMVOMV01.1" in _text(page, REQ, ref, Column.TEXT, Qt.ItemDataRole.ToolTipRole)
    assert _text(page, REQ, ref, Column.TEXT, Qt.ItemDataRole.AccessibleTextRole) \
        .startswith("OMVOMV01.1 Omvårdnadens grunder")
    # example texts are marked
    assert _text(page, REQ, ref, Column.TEXT, Qt.ItemDataRole.DecorationRole) is not None
    assert "Exempeltext" in _text(page, REQ, ref, Column.TEXT, Qt.ItemDataRole.ToolTipRole)


def test_unit_rows_show_the_live_roll_up(page):
    assert _text(page, UNIT, ("VOXABN", "OMVOMV01")) == "Tillgodoräknas · 100 %"
    assert _text(page, UNIT, ("VOXABN", "ANOANA02")) == "Hel kurs · 0 %"
    assert _text(page, UNIT, ("VOXABN", "SVASVA01")) == "alternativ behövs inte"


def test_selecting_a_derived_requirement_fills_the_editor(page):
    _select(page, REQ, ("VOXABN", "OMVOMV01.1"))
    assert page.right.currentWidget() is page.editor_scroll
    assert "Omvårdnadens grunder" in page.text.text()
    assert "Kompetens" in page.meta.text() and "nivå 1" in page.meta.text()
    assert not page.example_note.isHidden()
    assert not page.derived_note.isHidden()
    assert "EX-USK A.5" in page.derived_note.text()
    assert page.status_buttons[AssessmentStatus.NOT_ASSESSED].isChecked()
    assert page.assessor.placeholderText() == "Lena Berg"


def test_key_3_sets_not_met_moves_on_rolls_up_live_and_ctrl_z_restores(page, window, qtbot):
    ref = ("EX-USK", "A.5")
    before = _stored(page, ref)
    _select(page, REQ, ref)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_3)

    after = _stored(page, ref)
    assert after.status == AssessmentStatus.NOT_MET
    assert (after.assessor, after.assessed_on, after.methods) == \
        (before.assessor, before.assessed_on, before.methods)  # only the status changed
    assert page._current == (REQ, ("EX-USK", "A.6"))
    assert _current_row(page) == (REQ, ("EX-USK", "A.6"))
    assert _text(page, REQ, ref) == "Ej uppfyllt"
    # OMVOMV01.1 now rests on its partial link to EX-USK D.2 alone
    assert _text(page, REQ, ("VOXABN", "OMVOMV01.1")) == "Delvis (härlett)"
    assert _text(page, UNIT, ("VOXABN", "OMVOMV01")) == "Komplettering · 90 %"
    assert window.undo_stack.undoText() == "Status A.5"

    qtbot.keyClick(page.tree, Qt.Key.Key_Z, CTRL)
    assert _stored(page, ref) == before
    assert _text(page, REQ, ref) == "Uppfyllt"
    assert _text(page, UNIT, ("VOXABN", "OMVOMV01")) == "Tillgodoräknas · 100 %"
    assert page._current == (REQ, ref)  # the undone row is shown again


def test_first_status_sets_assessor_and_date_and_undo_takes_it_back(page, window, qtbot):
    ref = ("EX-USK", "F.4")
    assert _stored(page, ref) is None
    _select(page, REQ, ref)
    qtbot.mouseClick(page.status_buttons[AssessmentStatus.MET], Qt.MouseButton.LeftButton)
    stored = _stored(page, ref)
    assert (stored.status, stored.assessor, stored.assessed_on) == \
        (AssessmentStatus.MET, "Lena Berg", date.today())
    assert page._current == (REQ, ref)  # a click in the editor stays on the requirement
    assert page.status_buttons[AssessmentStatus.MET].isChecked()
    assert page.assessor.text() == "Lena Berg"
    window.undo_action.trigger()
    assert _stored(page, ref) is None  # undo leaves no row behind
    assert page.session.snapshot.result.value(ref).source == ValueSource.NONE
    assert page.status_buttons[AssessmentStatus.NOT_ASSESSED].isChecked()


def test_methods_evidence_rules_and_rationale_land_in_the_database(page, window, qtbot):
    ref = ("EX-USK", "B.2")
    _select(page, REQ, ref)
    qtbot.mouseClick(page.method_boxes[AssessmentMethod.THEORY_TEST],
                     Qt.MouseButton.LeftButton)
    assert _stored(page, ref).methods == (AssessmentMethod.INTERVIEW,
                                          AssessmentMethod.WORKPLACE_OBSERVATION,
                                          AssessmentMethod.THEORY_TEST)
    assert window.undo_stack.undoText() == "Metoder B.2"

    item = page.evidence.item(0)
    assert item.text().startswith("arbetsgivarintyg.txt")
    item.setCheckState(Qt.CheckState.Checked)
    assert _stored(page, ref).evidence_ids == (item.data(Qt.ItemDataRole.UserRole),)

    page.rule_boxes["valid"].setFocus()
    qtbot.keyClick(page.rule_boxes["valid"], Qt.Key.Key_Down)  # Ej bedömt → Ja
    qtbot.keyClick(page.rule_boxes["current"], Qt.Key.Key_End)  # → Nej
    assert _stored(page, ref).rules == RulesOfEvidence(valid=True, current=False)

    page.rationale.setFocus()
    qtbot.keyClicks(page.rationale, "Beskrev symtom vid diabetes och KOL.")
    assert _stored(page, ref).rationale == ""  # not before focus leaves
    qtbot.keyClick(page.rationale, Qt.Key.Key_Tab)
    assert _stored(page, ref).rationale == "Beskrev symtom vid diabetes och KOL."
    assert page.assessor.hasFocus()
    assert page.rationale.toPlainText() == "Beskrev symtom vid diabetes och KOL."

    page.assessor.selectAll()
    qtbot.keyClicks(page.assessor, "Omar Said")
    qtbot.keyClick(page.assessor, Qt.Key.Key_Tab)
    assert _stored(page, ref).assessor == "Omar Said"

    window.undo_action.trigger()  # assessor
    window.undo_action.trigger()  # rationale
    assert (_stored(page, ref).assessor, _stored(page, ref).rationale) == ("Lena Berg", "")
    assert _stored(page, ref).rules == RulesOfEvidence(valid=True, current=False)


def test_typed_rationale_is_kept_when_moving_on_with_ctrl_down(page, qtbot):
    ref = ("EX-USK", "B.3")
    _select(page, REQ, ref)
    page.rationale.setFocus()
    qtbot.keyClicks(page.rationale, "Har inte delat ut mediciner.")
    qtbot.keyClick(page.rationale, Qt.Key.Key_Down, CTRL)
    assert _stored(page, ref).rationale == "Har inte delat ut mediciner."
    assert page._current == (REQ, ("EX-USK", "B.4"))
    assert page.rationale.toPlainText() == ""


def test_direct_assessment_of_a_course_item_wins_over_the_derived_value(page, qtbot):
    ref = ("VOXABN", "OMVOMV01.1")
    _select(page, REQ, ref)
    qtbot.mouseClick(page.status_buttons[AssessmentStatus.NOT_MET], Qt.MouseButton.LeftButton)
    assert _stored(page, ref).status == AssessmentStatus.NOT_MET
    value = page.session.snapshot.result.value(ref)
    assert value.source == ValueSource.DIRECT
    assert _text(page, REQ, ref) == "Ej uppfyllt"
    assert _text(page, REQ, ref, role=Qt.ItemDataRole.FontRole) is None
    assert page.derived_note.isHidden()
    assert _text(page, UNIT, ("VOXABN", "OMVOMV01")) == "Komplettering · 80 %"


def test_override_with_reason_changes_the_outcome_and_stores_the_reason(page, window,
                                                                       monkeypatch, qtbot):
    key = ("VOXABN", "OMVOMV02")
    _select(page, UNIT, key)
    assert page.right.currentWidget() is page.summary_panel
    assert not page.clear_override_button.isEnabled()
    reason = "Fem års arbete på vårdavdelning, intyg från arbetsgivaren."

    def fill(dialog):
        dialog.outcome.set_value(UnitOutcome.CREDITED)
        dialog.reason.setPlainText(reason)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(OverrideDialog, "exec", fill)
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    assert _text(page, UNIT, key) == "✎ Tillgodoräknas · 45 %"
    assert reason in _text(page, UNIT, key, role=Qt.ItemDataRole.ToolTipRole)
    unit_id = page.model.place(UNIT, key)[1].id
    decision = page.session.data.unit_decisions(page.session.case_id)[unit_id]
    assert (decision.outcome, decision.reason) == (UnitOutcome.CREDITED, reason)
    assert reason in page.summary.text()
    assert page.clear_override_button.isEnabled()

    qtbot.mouseClick(page.clear_override_button, Qt.MouseButton.LeftButton)
    assert _text(page, UNIT, key) == "Komplettering · 45 %"
    assert unit_id not in page.session.data.unit_decisions(page.session.case_id)
    window.undo_action.trigger()
    assert page.session.data.unit_decisions(page.session.case_id)[unit_id].reason == reason
    window.undo_action.trigger()
    assert unit_id not in page.session.data.unit_decisions(page.session.case_id)


def test_an_empty_reason_is_refused(page, window, qtbot):
    key = ("VOXABN", "OMVOMV02")
    _select(page, UNIT, key)
    dialog = page.override_dialog()
    dialog.outcome.set_value(UnitOutcome.FULL_COURSE)
    dialog.reason.setPlainText("   ")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "motivering" in dialog.message.text()
    # and the repository refuses it too, reported and never on the undo stack
    with qtbot.waitSignal(page.session.failed, timeout=1000):
        page.decide(key, UnitOutcome.FULL_COURSE, " ")
    assert page.session.data.unit_decisions(page.session.case_id) == {}
    assert window.undo_stack.count() == 0
    assert _text(page, UNIT, key) == "Komplettering · 45 %"


def test_next_and_previous_cross_unit_and_framework_boundaries(page, qtbot):
    _select(page, REQ, ("EX-USK", "A.8"))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, CTRL)
    assert page._current == (REQ, ("EX-USK", "B.1"))
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, CTRL)
    assert page._current == (REQ, ("EX-USK", "A.8"))
    _select(page, REQ, ("EX-USK", "F.9"))
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, CTRL)
    assert page._current == (REQ, ("VOXABN", "ANOANA01.1"))
    _select(page, UNIT, ("VOXABN", "GERGER0"))  # from a unit row: its first requirement
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, CTRL)
    assert page._current == (REQ, ("VOXABN", "GERGER0.1"))
    assert _current_row(page) == (REQ, ("VOXABN", "GERGER0.1"))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page._current == (REQ, ("VOXABN", "GERGER0.2"))
    assert "Ctrl+↓" in page.next_button.toolTip()


def test_an_edit_keeps_the_selection_and_the_scroll_position(page, qtbot):
    ref = ("VOXABN", "PSYPSY01.3")
    _select(page, REQ, ref)
    scroll = page.tree.verticalScrollBar().value()
    assert scroll > 0
    resets, changed = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(lambda first, _last, _roles: changed.append(
        page.model.node_at(first)))
    for status in (AssessmentStatus.PARTLY, AssessmentStatus.MET):
        qtbot.mouseClick(page.status_buttons[status], Qt.MouseButton.LeftButton)
        assert page.tree.verticalScrollBar().value() == scroll
        assert _current_row(page) == (REQ, ref)
        assert page._current == (REQ, ref)
    # rows are updated in place, only those that changed: no rebuild of the tree
    assert resets == []
    assert (REQ, ref) in changed and (UNIT, ("VOXABN", "PSYPSY01")) in changed
    assert (REQ, ("VOXABN", "PSYPSY01.1")) not in changed
    assert len(changed) < 10


def _shown_requirements(proxy, parent=None):
    parent = parent or QModelIndex()
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        if proxy.hasChildren(index):
            yield from _shown_requirements(proxy, index)
        else:
            yield proxy.sourceModel().node_at(proxy.mapToSource(index))[1]


def test_filter_not_yet_assessed_shows_only_those(page, qtbot):
    values = page.session.snapshot.result.values
    expected = [ref for ref, v in values.items() if v.source == ValueSource.NONE]
    page.filter.setCurrentIndex(page.filter.findData(FilterMode.NOT_ASSESSED.value))
    shown = list(_shown_requirements(page.proxy))
    assert shown == expected
    assert ("EX-USK", "F.4") in shown and ("VOXABN", "OMVOMV01.1") not in shown
    # working through the filtered list: the assessed row leaves it once the cursor moves on
    _select(page, REQ, ("EX-USK", "F.4"))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_1)
    assert page._current == (REQ, ("EX-USK", "F.5"))
    assert ("EX-USK", "F.4") not in list(_shown_requirements(page.proxy))
    page.filter.setCurrentIndex(page.filter.findData(FilterMode.DERIVED.value))
    assert all(values[ref].source == ValueSource.DERIVED
               for ref in _shown_requirements(page.proxy))
    page.filter.setCurrentIndex(page.filter.findData(FilterMode.GAPS.value))
    gaps = page.session.snapshot.result.values
    assert all(gaps[ref].source != ValueSource.NONE and gaps[ref].value < 1
               for ref in _shown_requirements(page.proxy))


def test_self_rating_is_shown_beside_the_status(window):
    page = _open(window, "K-2026-0002")  # Erik has rated nothing: no empty column
    assert page.tree.isColumnHidden(Column.SELF_RATING)
    ref = ("VOXABN", "OMVOMV02.2")
    requirement = page.session.snapshot.requirement(ref)
    page.session.data.set_self_rating(page.session.case_id, requirement.id,
                                      SelfRatingLevel.WELL)
    page.session.refresh()
    assert not page.tree.isColumnHidden(Column.SELF_RATING)
    assert _text(page, REQ, ref, Column.SELF_RATING) == "Kan bra"
    assert "3 – Kan bra" in _text(page, REQ, ref, Column.SELF_RATING, Qt.ItemDataRole.ToolTipRole)
    assert _text(page, REQ, ref) == "Ej uppfyllt"  # the assessment is a separate column
    _select(page, REQ, ref)
    assert "3 – Kan bra" in page.self_rating.text()
    assert "egen uppfattning" in page.self_rating.text()


def test_tab_goes_from_the_tree_into_the_editor_and_controls_have_names(page, qtbot):
    _select(page, REQ, ("EX-USK", "B.2"))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Tab)
    assert page.status_buttons[AssessmentStatus.MET].hasFocus()
    unnamed = [w for w in page.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
               and not w.accessibleName() and not isinstance(w.parent(), QAbstractSpinBox)
               and type(w).__name__ not in ("QScrollArea", "QWidget", "QSplitterHandle")]
    assert [type(w).__name__ for w in unnamed] == []


def test_a_case_without_frameworks_says_where_to_choose_them(window):
    cases = CaseRepository(window.db)
    person = cases.add_person(Person(given_name="Ny", family_name="Person"))
    case = cases.add_case(Case(reference=cases.next_reference(), person_id=person.id))
    page = _open(window, case.reference)
    assert page.model.rowCount() == 0
    assert page.right.currentWidget() is page.placeholder
    assert "steg 1" in page.placeholder.text()


def test_the_tree_model_passes_the_model_tester(qtmodeltester, demo_db):
    create_application()
    model = AssessmentModel()
    model.set_snapshot(load_snapshot(demo_db, "K-2026-0001"))
    qtmodeltester.check(model)
    proxy = AssessmentFilter()
    proxy.setSourceModel(model)
    proxy.set_mode(FilterMode.GAPS)
    qtmodeltester.check(proxy)
    # a new snapshot of the same case updates rows in place; another case rebuilds
    assert model.set_snapshot(load_snapshot(demo_db, "K-2026-0001")) is False
    assert model.set_snapshot(load_snapshot(demo_db, "K-2026-0002")) is True
    assert model.rowCount() == 1
    qtmodeltester.check(model)
