"""The case workspace: steps with progress, intake edits saved at once, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from koll_desktop.domain.workflow import Step
from koll_desktop.storage.cases import CaseRepository


def _open(window, reference):
    case = CaseRepository(window.db).case(reference)
    window.open_case(case.id)
    return window.workspace


def test_opening_a_case_shows_its_steps_and_progress(window):
    workspace = _open(window, "K-2026-0001")
    texts = [workspace.steps.item(i).text() for i in range(workspace.steps.count())]
    assert texts[0].startswith("✓") and "Start" in texts[0]
    assert len(texts) == 7
    assert texts[1].startswith("✓")  # Amina has prior learning recorded
    assert texts[3].startswith("◐")  # 42 of 127 requirements have a value so far
    assert "K-2026-0001" in workspace.heading.text()
    assert "Amina Hassan" in workspace.heading.text()


def test_edit_is_saved_at_once_and_can_be_undone_and_redone(window, qtbot):
    workspace = _open(window, "K-2026-0003")
    page = workspace.pages[Step.INTAKE]
    page.case_goal.setFocus()
    page.case_goal.selectAll()
    qtbot.keyClicks(page.case_goal, "Barnskotare i Exempelby")
    qtbot.keyClick(page.case_goal, Qt.Key.Key_Tab)
    repo = CaseRepository(window.db)
    assert repo.case("K-2026-0003").goal == "Barnskotare i Exempelby"
    assert "Sparat" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert repo.case("K-2026-0003").goal == "Barnskötare i förskola"
    assert page.case_goal.text() == "Barnskötare i förskola"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert repo.case("K-2026-0003").goal == "Barnskotare i Exempelby"


def test_invalid_personnummer_is_flagged_and_not_saved(window, qtbot):
    workspace = _open(window, "K-2026-0003")
    page = workspace.pages[Step.INTAKE]
    page.pnr.clear()
    qtbot.keyClicks(page.pnr, "19941127-9840")
    assert "kontrollsiffra" in page.pnr_hint.text()
    qtbot.keyClick(page.pnr, Qt.Key.Key_Tab)
    person = CaseRepository(window.db).person(workspace.session.case.person_id)
    assert person.personnummer == "199411279848"
    assert window.undo_stack.count() == 0


def test_new_case_dialog_creates_and_opens_the_case(window, qtbot, monkeypatch):
    from koll_desktop.ui.new_case_dialog import NewCaseDialog

    monkeypatch.setattr(NewCaseDialog, "exec",
                        lambda self: (self.given.setText("Ny"), self.family.setText("Person"),
                                      self.DialogCode.Accepted)[-1])
    window.new_case_action.trigger()
    assert window.workspace.session.case.reference == "K-2026-0006"
    assert window.workspace.session.person.full_name == "Ny Person"
