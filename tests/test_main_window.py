"""The main window: case list, search as you type, status filter, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible

from koll_desktop.ui.app import create_application
from koll_desktop.ui.main_window import LIBRARY_OFFER_MS, MainWindow


@pytest.fixture
def window(qtbot, demo_db, data_paths):
    create_application()
    win = MainWindow(demo_db, data_paths)
    qtbot.addWidget(win)
    win.show()
    return win


def _references(win) -> list[str]:
    model = win.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_lists_every_demo_case_newest_first(window, qtbot):
    refs = _references(window)
    assert sorted(refs) == [f"K-2026-000{n}" for n in (1, 2, 3, 4, 5)]
    changed = [window.model.index(r, 5).data() for r in range(len(refs))]
    assert changed == sorted(changed, reverse=True)
    assert window.model.index(refs.index("K-2026-0001"), 1).data() == "Amina Hassan"
    qtbot.wait(LIBRARY_OFFER_MS + 100)  # the offer is decided once the window is up
    assert window.library_bar.isHidden()  # the library is loaded: nothing to offer


def test_search_as_you_type_by_name_and_personnummer(window, qtbot):
    window.search.insert("ö")  # QTest types ASCII only; the rest by keyboard below
    qtbot.keyClicks(window.search, "b")
    assert _references(window) == ["K-2026-0003"]
    window.search.clear()
    qtbot.keyClicks(window.search, "19760509-9816")
    assert _references(window) == ["K-2026-0002"]
    window.search.clear()
    assert len(_references(window)) == 5


def test_status_filter(window):
    index = window.status_filter.findData("plan")
    window.status_filter.setCurrentIndex(index)
    assert _references(window) == ["K-2026-0002"]


def test_ctrl_f_focuses_search(window, qtbot):
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_empty_library_is_offered_and_loaded(qtbot, db, data_paths):
    create_application()
    win = MainWindow(db, data_paths)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.library_bar.isVisible)  # offered once the window is up
    win._load_bundled()
    assert not win.library_bar.isVisible()
    assert "VOXABN" in win.statusBar().currentMessage()


def test_geometry_is_remembered(qtbot, demo_db, data_paths):
    create_application()
    first = MainWindow(demo_db, data_paths)
    qtbot.addWidget(first)
    first.resize(700, 500)  # inside the 800×600 offscreen screen
    first.show()
    first.close()
    assert QSettings().value("main/geometry") is not None
    second = MainWindow(demo_db, data_paths)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

    for kind in (QLineEdit, QComboBox, QTableView):
        for widget in window.findChildren(kind):
            if widget.isVisible():
                assert widget.accessibleName(), widget


def test_views_open_from_the_menu_and_unsaved_definitions_hold_the_page(window, qtbot):
    window.show_micro_credentials()
    editor = window.micro_credential_editor
    assert window.pages.currentWidget() is editor
    editor.has_unsaved_changes = lambda: True
    editor.confirm_leave = lambda: False  # the counsellor chose Cancel
    window.show_library()
    assert window.pages.currentWidget() is editor
    editor.confirm_leave = lambda: True
    window.show_library()
    assert window.pages.currentWidget() is window.library_view
    window.show_coordinator()
    assert window.pages.currentWidget() is window.coordinator_view


def _fits(win, column: int, text: str) -> bool:
    return win.table.horizontalHeader().sectionSize(column) > \
        win.table.fontMetrics().horizontalAdvance(text)


def test_columns_fit_their_texts_and_follow_a_new_list(window, demo_db):
    from koll_desktop.storage.cases import CaseRepository
    from koll_desktop.ui.case_list import CHANGED, COUNSELLOR, REFERENCE, STATUS
    from koll_desktop.ui.labels import case_status

    model = window.model
    for column in (REFERENCE, STATUS, COUNSELLOR, CHANGED):
        texts = [model.index(r, column).data() for r in range(model.rowCount())]
        assert all(_fits(window, column, t) for t in [*texts, model.headers[column]]), column
    assert all(_fits(window, STATUS, label) for label in case_status().values())

    long_name = "Maria-Josefina Östergren Håkansson"  # longer than any demo counsellor
    assert not _fits(window, COUNSELLOR, long_name)
    repo = CaseRepository(demo_db)
    repo.update_case(repo.case("K-2026-0003").id, counsellor=long_name)
    window.show_case_list()  # the list is read again
    assert _fits(window, COUNSELLOR, long_name)

    header = window.table.horizontalHeader()
    header.resizeSection(CHANGED, 300)  # the counsellor widens a column …
    window.search.setText("a")  # … and searches: the list is read again
    assert header.sectionSize(CHANGED) == 300


def test_the_name_column_keeps_the_width_the_counsellor_gave_it(qtbot, demo_db, data_paths):
    from PySide6.QtWidgets import QHeaderView

    from koll_desktop.ui.case_list import FRAMEWORKS, NAME

    create_application()
    first = MainWindow(demo_db, data_paths)
    qtbot.addWidget(first)
    first.show()
    header = first.table.horizontalHeader()
    assert header.sectionSize(NAME) == 280
    header.resizeSection(NAME, 350)
    first.close()
    second = MainWindow(demo_db, data_paths)
    qtbot.addWidget(second)
    header = second.table.horizontalHeader()
    assert header.sectionSize(NAME) == 350
    assert header.sectionResizeMode(NAME) == QHeaderView.ResizeMode.Interactive
    assert header.sectionResizeMode(FRAMEWORKS) == QHeaderView.ResizeMode.Stretch


def test_column_titles_are_shown_and_read_out_the_same(window):
    titles = ["Ärende", "Namn", "Status", "Ramverk", "Handledare", "Ändrat"]
    header = window.table.horizontalHeader()
    shown = [header.model().headerData(c, Qt.Orientation.Horizontal)
             for c in range(header.count())]
    table = QAccessible.queryAccessibleInterface(window.table)  # what a screen reader reads
    read_out = [child.text(QAccessible.Text.Name) for child in
                (table.child(i) for i in range(table.childCount()))
                if child.role() == QAccessible.Role.ColumnHeader]
    assert shown == read_out == titles


def test_menu_shortcuts(window):
    assert window.new_case_action.shortcut().toString() == "Ctrl+N"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.audit_action.shortcut().toString() == "Ctrl+L"
    views = {a.text(): a.shortcut().toString() for a in window.findChildren(type(
        window.new_case_action)) if a.shortcut().toString().startswith("Ctrl+")}
    assert {views[t] for t in ("Ä&renden", "&Bibliotek", "&Korsreferenser", "Sa&mordning",
                               "M&ikromeriter")} == {f"Ctrl+{n}" for n in range(1, 6)}
