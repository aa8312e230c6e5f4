"""Step 3, self-assessment: rating by keyboard, undo, and the questionnaire through the page."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from koll_desktop.domain.enums import SelfRatingLevel
from koll_desktop.domain.workflow import Step
from koll_desktop.services import questionnaire_xlsx as q
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository


@pytest.fixture
def demo_db(demo_db):
    """These tests start from no self-ratings (the demo gives Amina some)."""
    with demo_db.atomic():
        demo_db.execute("DELETE FROM self_rating")
    return demo_db


AMINA = "K-2026-0001"


@pytest.fixture
def page(window):
    window.open_case(CaseRepository(window.db).case(AMINA).id)
    window.workspace.show_step(Step.SELF_ASSESSMENT)
    page = window.workspace.pages[Step.SELF_ASSESSMENT]
    assert page.isVisible()
    page.open_url = lambda url: True
    page.tree.setFocus()
    return page


def _ratings(page) -> dict[str, SelfRatingLevel]:
    return {rid: s.level for rid, s in
            CaseDataRepository(page.session.db).self_ratings(page.session.case_id).items()}


def _requirements(page):
    usk, voxabn = page.session.snapshot.frameworks
    return usk, voxabn


def test_the_tree_groups_requirements_and_marks_examples(page):
    usk, voxabn = _requirements(page)
    model = page.model
    assert model.rowCount() == 2
    framework = model.item(0)
    assert framework.text().startswith("EX-USK – ")
    assert framework.rowCount() == len(usk.units)
    unit = framework.child(0)
    assert unit.text() == f"{usk.units[0].code} – {usk.units[0].title}"
    assert unit.child(0).text() == f"{usk.requirements[0].code}  {usk.requirements[0].text}"
    example = model.item(1).child(0).child(0)
    assert example.text().endswith("(exempel)")
    total = len(usk.requirements) + len(voxabn.requirements)
    assert page.counter.text() == f"Skattade: 0 av {total} krav"
    assert "Deltagarens egen bild – ett underlag, inte ett beslut." in page.note_label.text()


def test_a_digit_rates_the_current_requirement_and_moves_to_the_next(page, window, qtbot):
    usk, voxabn = _requirements(page)
    first, second, third = usk.requirements[:3]
    assert page.current_requirement_id() == first.id
    qtbot.keyClick(page.tree, "3")
    assert _ratings(page) == {first.id: SelfRatingLevel.WELL}
    assert page.current_requirement_id() == second.id
    qtbot.keyClick(page.tree, "v")
    qtbot.keyClick(page.tree, Qt.Key.Key_0)
    assert _ratings(page) == {first.id: SelfRatingLevel.WELL,
                              second.id: SelfRatingLevel.DONT_KNOW,
                              third.id: SelfRatingLevel.DONT_KNOW}
    total = len(usk.requirements) + len(voxabn.requirements)
    assert page.counter.text() == f"Skattade: 3 av {total} krav (varav 2 vet inte)"
    assert page.model.item(0).child(0).child(0).index().siblingAtColumn(1).data() == "3 – Kan bra"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _ratings(page) == {first.id: SelfRatingLevel.WELL}
    window.redo_action.trigger()
    assert _ratings(page)[second.id] is SelfRatingLevel.DONT_KNOW


def test_arrows_move_between_requirements_across_units(page, qtbot):
    usk, _ = _requirements(page)
    last_of_a = usk.units[0].requirements[-1]
    first_of_b = usk.units[1].requirements[0]
    for _ in range(len(usk.units[0].requirements) - 1):
        qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_requirement_id() == last_of_a.id
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_requirement_id() == first_of_b.id  # the unit's row is skipped
    qtbot.keyClick(page.tree, Qt.Key.Key_Up)
    assert page.current_requirement_id() == last_of_a.id
    qtbot.keyClick(page.tree, "4")
    assert _ratings(page) == {last_of_a.id: SelfRatingLevel.VERY_WELL}
    assert page.current_requirement_id() == first_of_b.id


def test_delete_clears_a_rating_and_undo_puts_it_back(page, window, qtbot):
    usk, _ = _requirements(page)
    first = usk.requirements[0]
    qtbot.keyClick(page.tree, "1")
    qtbot.keyClick(page.tree, Qt.Key.Key_Up)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert _ratings(page) == {}
    assert page.current_requirement_id() == first.id  # clearing stays on the row
    window.undo_action.trigger()
    assert _ratings(page) == {first.id: SelfRatingLevel.NOT_YET}


def test_the_level_combo_sets_the_level(page, qtbot):
    usk, _ = _requirements(page)
    requirement = usk.requirements[4]
    index = page.model.item(0).child(0).child(4).index().siblingAtColumn(1)
    delegate = page.tree.itemDelegateForColumn(1)
    delegate.open_popup = False  # the offscreen platform warns about popups
    combo = delegate.createEditor(page.tree.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(combo, index)
    assert combo.currentData() is None and combo.count() == 6
    combo.setCurrentIndex(combo.findData(SelfRatingLevel.SOMEWHAT.value))
    delegate.setModelData(combo, page.model, index)
    qtbot.waitUntil(lambda: _ratings(page) == {requirement.id: SelfRatingLevel.SOMEWHAT})
    combo.deleteLater()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # Enter opens the list on the current row
    assert page.tree.state() == page.tree.State.EditingState
    editor = page.tree.indexWidget(page.tree.currentIndex().siblingAtColumn(1))
    assert editor is not None and editor.accessibleName() == "Deltagarens skattning"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.tree.state() != page.tree.State.EditingState
    page.tree.setCurrentIndex(page.model.item(0).index())  # a framework row has no level
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert page.tree.state() != page.tree.State.EditingState
    group = page.model.item(0).index()
    assert delegate.createEditor(page.tree.viewport(), QStyleOptionViewItem(),
                                 group.siblingAtColumn(1)) is None


def test_the_questionnaire_is_written_filled_in_and_read_back_as_one_undoable_edit(
        page, window, qtbot, tmp_path):
    usk, voxabn = _requirements(page)
    qtbot.keyClick(page.tree, "2")  # the first requirement: rated before the form
    saved = []
    page.choose_save_path = lambda default: saved.append(default) or str(tmp_path / default)
    opened = []
    page.open_url = lambda url: opened.append(url) or True
    page.write_button.click()
    path = tmp_path / f"sjalvskattning-{AMINA}.xlsx"
    assert saved == [path.name] and path.exists()
    assert opened and opened[0].toLocalFile() == str(path)
    wb = load_workbook(path)
    ws = wb[q.SHEET]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    assert ws.cell(rows[f"EX-USK|{usk.requirements[0].code}"], 5).value == 2
    ws.cell(rows[f"EX-USK|{usk.requirements[0].code}"], 5).value = 4
    ws.cell(rows[f"EX-USK|{usk.requirements[1].code}"], 5).value = "V"
    ws.cell(rows[f"VOXABN|{voxabn.requirements[3].code}"], 5).value = 1
    filled = tmp_path / "ifyllt.xlsx"
    wb.save(filled)
    stack_before = window.undo_stack.count()
    page.choose_open_path = lambda: str(filled)
    page.read_button.click()
    assert _ratings(page) == {usk.requirements[0].id: SelfRatingLevel.VERY_WELL,
                              usk.requirements[1].id: SelfRatingLevel.DONT_KNOW,
                              voxabn.requirements[3].id: SelfRatingLevel.NOT_YET}
    assert window.undo_stack.count() == stack_before + 1
    assert "3 skattningar ändrades" in page.info_banner.text()
    assert page.counter.text().startswith("Skattade: 3 av")
    window.undo_action.trigger()
    assert _ratings(page) == {usk.requirements[0].id: SelfRatingLevel.SOMEWHAT}
    window.redo_action.trigger()
    assert len(_ratings(page)) == 3


@pytest.mark.parametrize(("change", "place"), [
    ({"answer": 7}, "kolumn E (Ditt svar)"),
    ({"C2": "K-2026-0002"}, "rad 2, kolumn C (Ärende)"),
    ({"key": "EX-USK|Q.1"}, "kolumn A (Nyckel)"),
])
def test_a_bad_questionnaire_changes_nothing_and_says_where(page, window, qtbot, tmp_path,
                                                           change, place):
    qtbot.keyClick(page.tree, "2")
    before, stack_before = _ratings(page), window.undo_stack.count()
    page.choose_save_path = lambda default: str(tmp_path / default)
    page.write_button.click()
    path = tmp_path / f"sjalvskattning-{AMINA}.xlsx"
    wb = load_workbook(path)
    ws = wb[q.SHEET]
    last = ws.max_row
    ws.cell(last - 1, 5).value = 3  # a good answer before the bad row is not stored either
    if "answer" in change:
        ws.cell(last, 5).value = change["answer"]
    elif "key" in change:
        ws.cell(last, 1).value = change["key"]
    else:
        ws["C2"] = change["C2"]
    wb.save(path)
    page.choose_open_path = lambda: str(path)
    page.read_button.click()
    text = page.error_banner.text()
    assert page.error_banner.isVisible()
    assert f"{path.name}, blad Självskattning, rad " in text and place in text
    if "C2" not in change:
        assert f"rad {last}," in text
    assert _ratings(page) == before
    assert window.undo_stack.count() == stack_before


def test_a_file_that_is_not_a_workbook_is_refused(page, tmp_path):
    path = tmp_path / "svar.xlsx"
    path.write_text("1;2;3", encoding="utf-8")
    page.choose_open_path = lambda: str(path)
    page.read_button.click()
    assert "svar.xlsx: filen är ingen giltig Excel-fil" in page.error_banner.text()
    assert _ratings(page) == {}
