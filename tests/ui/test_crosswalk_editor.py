"""The crosswalk editor on the demo library: link, change, unlink, suggestions, undo."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from koll_desktop.domain.enums import Coverage
from koll_desktop.storage.crosswalk import CrosswalkRepository
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.app import create_application
from koll_desktop.ui.crosswalk_editor import MARK, CrosswalkEditor
from koll_desktop.ui.library_view import ID_ROLE


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def editor(qtbot, demo_db, stack):
    create_application()
    widget = CrosswalkEditor(demo_db, stack)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


@pytest.fixture
def ids(demo_db):
    return LibraryRepository(demo_db).requirement_ids()


def _link_rows(db, from_id, to_id):
    return list(db.query("SELECT * FROM crosswalk_link WHERE from_requirement_id = ? AND "
                         "to_requirement_id = ?", [from_id, to_id]))


def _links(db) -> int:
    return db["crosswalk_link"].count


def _pick(editor, ids, a_code, b_code):
    assert editor.side_a.select(ids[("EX-USK", a_code)])
    assert editor.side_b.select(ids[("VOXABN", b_code)])


def _count_cell(side, requirement_id) -> str:
    return side.model.rows[requirement_id][2].text()


def _visible_requirements(side) -> set[str]:
    proxy, found = side.proxy, set()
    for row in range(proxy.rowCount()):
        unit = proxy.index(row, 0)
        found |= {proxy.index(r, 0, unit).data(ID_ROLE) for r in range(proxy.rowCount(unit))}
    return found


def test_opens_on_the_example_standard_against_the_package(editor):
    assert editor.side_a.framework.code == "EX-USK"
    assert editor.side_b.framework.code == "VOXABN"
    assert editor.counts.text().startswith("52 kopplingar")
    assert editor.suggestion_model.rowCount() > 0
    assert not editor.link_button.isEnabled()  # nothing selected yet


def test_link_f4_then_undo_and_redo(editor, demo_db, ids, stack):
    a, b = ids[("EX-USK", "F.4")], ids[("VOXABN", "OMVOMV01.5")]
    assert _count_cell(editor.side_a, a) == "0"
    _pick(editor, ids, "F.4", "OMVOMV01.5")
    assert "inte kopplade" in editor.state.text()
    editor.partial_radio.setChecked(True)
    editor.note.setPlainText("Överrapportering ingår i dokumentation och rapportering.")
    assert editor.link_button.isEnabled()
    editor.link_button.click()

    rows = _link_rows(demo_db, a, b)
    assert len(rows) == 1 and rows[0]["coverage"] == "partial"
    assert rows[0]["note"].startswith("Överrapportering")
    assert demo_db.conn.in_transaction is False
    assert _count_cell(editor.side_a, a) == "1"
    assert "kopplade (delvis)" in editor.state.text()
    assert stack.count() == 1 and stack.undoText().startswith("Koppla F.4")
    link_id = rows[0]["id"]

    stack.undo()
    assert _link_rows(demo_db, a, b) == []
    assert _count_cell(editor.side_a, a) == "0"
    assert editor.link_button.isEnabled()

    stack.redo()
    again = _link_rows(demo_db, a, b)
    assert len(again) == 1 and again[0]["id"] == link_id  # the same link comes back
    assert _count_cell(editor.side_a, a) == "1"


def test_unlink_an_existing_link_and_undo(editor, demo_db, ids, stack):
    a, b = ids[("EX-USK", "A.1")], ids[("VOXABN", "HAOHAL01.1")]
    before = _link_rows(demo_db, a, b)
    assert len(before) == 1
    _pick(editor, ids, "A.1", "HAOHAL01.1")
    assert editor.unlink_button.isEnabled() and not editor.link_button.isEnabled()
    assert editor.note.toPlainText() == before[0]["note"]
    editor.unlink_button.click()
    assert _link_rows(demo_db, a, b) == []
    assert _links(demo_db) == 51
    assert _count_cell(editor.side_a, a) == "2"

    stack.undo()
    restored = _link_rows(demo_db, a, b)
    assert [(r["id"], r["coverage"], r["note"]) for r in restored] == [
        (before[0]["id"], before[0]["coverage"], before[0]["note"])]
    assert _count_cell(editor.side_a, a) == "3"


def test_change_coverage_and_note_of_a_link_and_undo(editor, demo_db, ids, stack):
    a, b = ids[("EX-USK", "A.1")], ids[("VOXABN", "OMVOMV01.3")]
    _pick(editor, ids, "A.1", "OMVOMV01.3")
    assert editor.full_radio.isChecked() and not editor.save_button.isEnabled()
    editor.partial_radio.setChecked(True)
    editor.note.setPlainText("Bara i vardagligt arbete.")
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    row = _link_rows(demo_db, a, b)[0]
    assert (row["coverage"], row["note"]) == ("partial", "Bara i vardagligt arbete.")
    assert not editor.save_button.isEnabled()

    stack.undo()
    row = _link_rows(demo_db, a, b)[0]
    assert row["coverage"] == "full" and row["note"].startswith("Samma innehåll")
    assert editor.full_radio.isChecked()


def test_selecting_a_requirement_marks_its_counterparts(editor, ids):
    assert editor.side_a.select(ids[("EX-USK", "A.1")])
    rows = editor.side_b.model.rows

    def mark(code):
        return rows[ids[("VOXABN", code)]][1].data(Qt.ItemDataRole.BackgroundRole)

    assert mark("HAOHAL01.1") == MARK[Coverage.FULL]
    assert mark("OMVOMV01.3") == MARK[Coverage.FULL]
    assert mark("OMVOMV02.5") == MARK[Coverage.PARTIAL]
    assert mark("ANOANA01.1") is None
    assert "OMVOMV02.5 (delvis)" in editor.a_links.text()
    assert editor.side_a.select(ids[("EX-USK", "F.4")])  # no links: the marks go
    assert mark("HAOHAL01.1") is None


def test_accepting_a_suggestion_creates_exactly_one_partial_link(editor, demo_db, stack):
    suggestion = editor.current_suggestion()
    assert suggestion is not None
    count = _links(demo_db)
    editor.accept_button.click()
    assert _links(demo_db) == count + 1
    library = LibraryRepository(demo_db)
    new = [x for x in library.crosswalk()
           if (x.from_ref, x.to_ref) == (suggestion.a_ref, suggestion.b_ref)]
    assert len(new) == 1 and new[0].coverage is Coverage.PARTIAL
    shown = [(s.a_ref, s.b_ref) for s in editor.suggestion_model.suggestions]
    assert (suggestion.a_ref, suggestion.b_ref) not in shown
    assert stack.undoText().startswith("Godta förslag")

    stack.undo()
    assert _links(demo_db) == count
    assert editor.suggestion_model.suggestions[0] == suggestion


def test_accepting_as_full(editor, demo_db):
    suggestion = editor.current_suggestion()
    editor.accept_coverage.setCurrentIndex(editor.accept_coverage.findData("full"))
    editor.accept_button.click()
    assert [x.coverage for x in LibraryRepository(demo_db).crosswalk()
            if (x.from_ref, x.to_ref) == (suggestion.a_ref, suggestion.b_ref)] == [Coverage.FULL]


def test_rejecting_a_suggestion_links_nothing_and_hides_it(editor, demo_db, stack):
    first, second = editor.suggestion_model.suggestions[:2]
    count = _links(demo_db)
    editor.reject_button.click()
    assert _links(demo_db) == count and stack.count() == 0
    assert editor.suggestion_model.suggestions[0] == second
    assert first not in editor.suggestion_model.suggestions
    assert editor.restore_button.isEnabled() and "(1)" in editor.restore_button.text()
    editor.restore_button.click()
    assert editor.suggestion_model.suggestions[0] == first


def test_choosing_a_suggestion_selects_its_pair_in_the_trees(editor, ids):
    table = editor.suggestion_table
    table.setCurrentIndex(editor.suggestion_model.index(1, 1))
    s = editor.current_suggestion()
    assert editor.side_a.current_requirement().code == s.a_ref[1]
    assert editor.side_b.current_requirement().code == s.b_ref[1]
    assert "inte kopplade" in editor.state.text()


def test_the_unlinked_filter_hides_linked_rows(editor, ids):
    side = editor.side_a
    assert len(_visible_requirements(side)) == 47
    side.only_unlinked.setChecked(True)
    unlinked = {ids[("EX-USK", c)] for c in ("F.4", "F.5", "F.6", "F.7", "F.9")}
    assert _visible_requirements(side) == unlinked
    assert side.proxy.rowCount() == 1  # only unit F has unlinked requirements
    assert side.select(ids[("EX-USK", "F.4")])
    assert editor.side_b.select(ids[("VOXABN", "OMVOMV01.5")])
    editor.link_button.click()  # the linked row leaves the filtered tree
    assert ids[("EX-USK", "F.4")] not in _visible_requirements(side)
    side.only_unlinked.setChecked(False)
    assert len(_visible_requirements(side)) == 47


def test_a_refused_link_is_shown_and_not_pushed(editor, demo_db, ids, stack):
    _pick(editor, ids, "F.4", "OMVOMV01.5")
    CrosswalkRepository(demo_db).link(ids[("VOXABN", "OMVOMV01.5")], ids[("EX-USK", "F.4")])
    count = _links(demo_db)
    editor.link_button.click()  # linked behind the editor's back (another desk, a script)
    assert _links(demo_db) == count and stack.count() == 0
    assert "redan kopplade" in editor.error_banner.text()
    assert editor.unlink_button.isEnabled()  # the editor has read the link since


def test_the_same_framework_on_both_sides_is_refused(editor):
    editor.side_b.picker.setCurrentIndex(editor.side_a.picker.currentIndex())
    assert "två olika ramverk" in editor.counts.text()
    assert editor.suggestion_model.rowCount() == 0
    assert not editor.link_button.isEnabled()
    editor.side_b.picker.setCurrentIndex(editor.side_b.picker.findText("YP-BARNSKOTARE",
                                                                       Qt.MatchFlag.MatchStartsWith))
    assert editor.side_b.framework.code == "YP-BARNSKOTARE"
    assert editor.counts.text().startswith("0 kopplingar")


def test_swap_keeps_the_links(editor, ids, demo_db, stack):
    editor.swap_button.click()
    assert (editor.side_a.framework.code, editor.side_b.framework.code) == ("VOXABN", "EX-USK")
    assert editor.counts.text().startswith("52 kopplingar")
    assert editor.side_a.select(ids[("VOXABN", "HAOHAL01.1")])
    assert editor.side_b.select(ids[("EX-USK", "A.1")])
    editor.unlink_button.click()  # a link stored EX-USK → VOXABN, seen from the other side
    assert _links(demo_db) == 51
    stack.undo()
    assert _links(demo_db) == 52


def test_every_control_is_reachable_and_named(editor):
    focusable = [w for w in editor.findChildren(QWidget)
                 if w.isVisibleTo(editor) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.isEnabled()]
    assert len(focusable) >= 12
    assert [w for w in focusable if not w.accessibleName()] == []
    chain, widget = [], editor.side_a.picker
    for _ in range(40):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for wanted in (editor.side_a.tree, editor.side_b.tree, editor.note, editor.link_button,
                   editor.suggestion_table, editor.accept_button, editor.reject_button):
        assert wanted in chain


def test_undo_after_the_editor_is_gone_still_reaches_the_database(qtbot, demo_db, ids):
    create_application()
    stack = QUndoStack()
    widget = CrosswalkEditor(demo_db, stack)
    _pick(widget, ids, "F.4", "OMVOMV01.5")
    widget.link_button.click()
    assert _links(demo_db) == 53
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)
    stack.undo()
    assert _links(demo_db) == 52


def test_an_empty_library_shows_what_is_missing(qtbot, db):
    create_application()
    widget = CrosswalkEditor(db, QUndoStack())
    qtbot.addWidget(widget)
    assert "minst två ramverk" in widget.counts.text()
    assert widget.suggestion_model.rowCount() == 0
    assert not widget.link_button.isEnabled() and not widget.accept_button.isEnabled()
