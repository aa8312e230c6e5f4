"""The library screen: tree, details, search, import and export through the worker."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QTreeView,
)

from koll_desktop.domain.enums import Coverage, FrameworkKind
from koll_desktop.domain.library import CrosswalkLink, Framework, Library, Requirement, Unit
from koll_desktop.errors import KnownError
from koll_desktop.services import library_import
from koll_desktop.services.library_json import write_library_json
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.app import create_application
from koll_desktop.ui.library_view import ID_ROLE, LibraryView

JOB_TIMEOUT_MS = 10_000


@pytest.fixture
def view(qtbot, demo_db, data_paths):
    create_application()
    widget = LibraryView(demo_db, data_paths)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.show()
    return widget


def _top_index(view, code):
    model = view.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == code:
            return index
    raise AssertionError(f"{code} not in the tree")


def _framework(view, code) -> Framework:
    return next(f for f in view.snapshot.frameworks if f.code == code)


def _finish(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view.job is None, timeout=JOB_TIMEOUT_MS)


def _summaries(db):
    return [(s.code, s.version, s.units, s.requirements) for s in
            LibraryRepository(db).summaries()]


def _small_library() -> Library:
    unit = Unit(code="L1", title="Hygien i praktiken", points=50, requirements=(
        Requirement(code="L1.1", text="Tvättar och desinficerar händerna enligt rutin"),))
    framework = Framework(code="LOK-TEST", kind=FrameworkKind.LOCAL, title="Lokal testplan",
                          version="1", owner="Testkommunen", units=(unit,))
    link = CrosswalkLink(from_ref=("LOK-TEST", "L1.1"), to_ref=("VOXABN", "OMVOMV01.3"),
                         coverage=Coverage.PARTIAL, note="bara handhygien")
    return Library((framework,), (link,))


# -- browsing -------------------------------------------------------------------------
def test_tree_shows_voxabn_with_its_courses_and_details(view):
    index = _top_index(view, "VOXABN")
    assert view.model.rowCount(index) == 18
    courses = [view.model.index(r, 1, index).data() for r in range(18)]
    assert "Omvårdnad 1" in courses
    swedish = view.model.index(courses.index("Svenska 1"), 3, index)
    assert swedish.data() == "Alternativ"
    view.tree.setCurrentIndex(index)
    text = view.details.text()
    assert "1500 poäng" in text
    assert "skolverket.se → Yrkespaket vård och omsorg" in text
    assert "Yrkespaket" in text and "Skolverket" in text and "3 ärenden" in text
    assert view.details.example_note.isVisible()  # the course items are demo summaries
    assert not view.details.example_banner.isVisible()


def test_units_and_requirements_show_their_own_details(view):
    voxabn = _framework(view, "VOXABN")
    nursing = next(u for u in voxabn.units if u.title == "Omvårdnad 1")
    view.select(nursing.id)
    text = view.details.text()
    assert "OMVOMV01 — Omvårdnad 1" in text and "100" in text and "Obligatorisk" in text
    requirement = nursing.requirements[2]
    view.select(requirement.id)
    assert view.current_id() == requirement.id
    text = view.details.text()
    assert requirement.text in text and "Färdighet" in text and "Vikt" in text
    assert "EX-USK A.1" in text and "Helt" in text  # the crosswalk link, both ways
    index = view.tree.currentIndex()
    assert "exempel" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert not view.model.itemFromIndex(index).icon().isNull()  # the example badge


def test_example_framework_shows_the_banner(view):
    ex = _framework(view, "EX-USK")
    view.select(ex.id)
    banner = view.details.example_banner
    assert banner.isVisible()
    assert banner.text() == "EXEMPEL — inte en verklig standard"
    assert "Exempelbransch (fiktiv)" in view.details.text()
    view.select(ex.units[0].requirements[0].id)
    assert banner.isVisible()  # its criteria are examples too
    view.select(_framework(view, "VOXABN").id)
    assert not banner.isVisible()


def test_search_lists_requirements_and_selects_one_with_its_link(view, qtbot):
    qtbot.keyClicks(view.search, "hygien")
    assert view.results.isVisible()
    labels = [view.results.item(i).text() for i in range(view.results.count())]
    assert labels and all(label for label in labels)
    row = next(i for i, label in enumerate(labels) if label.startswith("EX-USK A.1 "))
    view.results.setCurrentRow(row)
    ex = _framework(view, "EX-USK")
    assert view.current_id() == ex.units[0].requirements[0].id
    text = view.details.text()
    assert "VOXABN OMVOMV01.3" in text and "Helt" in text
    assert "Samma innehåll: hygien och smittskydd" in text
    assert "Delvis" in text  # OMVOMV02.5 is only partly covered
    # following the link moves the tree to the linked course item
    view.details._follow(QUrl("#1"))
    voxabn = _framework(view, "VOXABN")
    target = next(r for r in voxabn.requirements if r.code == "OMVOMV01.3")
    assert view.current_id() == target.id


def test_search_keyboard_enter_goes_to_the_first_hit(view, qtbot):
    view.search.setFocus()
    qtbot.keyClicks(view.search, "OMVOMV01")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.results.currentRow() == 0
    assert view.current_id() == view.results.item(0).data(ID_ROLE)
    view.search.clear()
    assert not view.results.isVisible()


def test_search_without_hits_says_so(view, qtbot):
    qtbot.keyClicks(view.search, "zzxxqq")
    assert view.results.count() == 0
    assert "inga krav" in view.results_label.text()


# -- import ---------------------------------------------------------------------------
def _bad_json(path):
    path.write_text("{inte json", encoding="utf-8")


def _unknown_link(path):
    library = _small_library()
    broken = CrosswalkLink(from_ref=("LOK-TEST", "L1.1"), to_ref=("VOXABN", "FINNS-EJ.9"))
    write_library_json(Library(library.frameworks, (broken,)), path)


@pytest.mark.parametrize("make_bad", [_bad_json, _unknown_link])
def test_bad_import_shows_the_error_in_place_and_changes_nothing(view, qtbot, demo_db,
                                                                 tmp_path, make_bad):
    bad = tmp_path / "trasig.json"
    make_bad(bad)
    before = _summaries(demo_db)
    rows_before = view.model.rowCount()
    view.choose_import_file = lambda: bad
    view.import_button.click()
    assert view.busy and view.progress.isVisible()
    _finish(qtbot, view)
    with pytest.raises(KnownError) as cli_error:  # what `koll library import` says
        library_import.import_library_file(demo_db, bad)
    banner = view.error_banner
    assert banner.isVisible()
    assert str(cli_error.value) in banner.text()
    assert "trasig.json" in banner.text() and "oförändrat" in banner.text()
    assert not view.info_banner.isVisible()
    assert _summaries(demo_db) == before
    assert view.model.rowCount() == rows_before
    assert "LOK-TEST" not in [f.code for f in view.snapshot.frameworks]
    assert view.import_button.isEnabled() and not view.progress.isVisible()


def test_good_import_adds_a_framework_to_the_tree(view, qtbot, tmp_path):
    good = tmp_path / "lokal.json"
    write_library_json(_small_library(), good)
    view.choose_import_file = lambda: good
    with qtbot.waitSignal(view.library_changed, timeout=JOB_TIMEOUT_MS):
        view.import_button.click()
    _finish(qtbot, view)
    index = _top_index(view, "LOK-TEST")
    assert view.model.index(index.row(), 3).data() == "Lokal"
    assert "lokal.json" in view.info_banner.text()
    assert "nya: LOK-TEST 1" in view.info_banner.text()
    assert not view.error_banner.isVisible()
    assert view.current_id() == _framework(view, "LOK-TEST").id  # the new one is shown
    new = _framework(view, "LOK-TEST").requirements[0]
    view.select(new.id)
    text = view.details.text()
    assert "Delvis" in text and "VOXABN OMVOMV01.3" in text and "bara handhygien" in text


def test_cancelled_import_rolls_back(view, qtbot, demo_db, tmp_path, monkeypatch):
    good = tmp_path / "lokal.json"
    write_library_json(_small_library(), good)
    before = _summaries(demo_db)
    reached, release = threading.Event(), threading.Event()
    real = library_import.import_library_file

    def slow_import(db, path, *, progress=None, **kwargs):
        def gated(done, total, label):
            if done > 0:  # the first framework is already written in the transaction
                reached.set()
                release.wait(5)
            progress(done, total, label)

        return real(db, path, progress=gated, **kwargs)

    monkeypatch.setattr(library_import, "import_library_file", slow_import)
    view.choose_import_file = lambda: good
    view.import_button.click()
    assert reached.wait(5)
    view.progress.cancel_button.click()
    release.set()
    _finish(qtbot, view)
    assert "Importen avbröts" in view.info_banner.text()
    assert _summaries(demo_db) == before
    assert "LOK-TEST" not in [f.code for f in view.snapshot.frameworks]


# -- export ---------------------------------------------------------------------------
def test_export_json_writes_every_framework(view, qtbot, tmp_path):
    target = tmp_path / "bibliotek.json"
    view.choose_export_file = lambda: target
    view.export_button.click()
    _finish(qtbot, view)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "koll-library"
    assert sorted(f["code"] for f in data["frameworks"]) == [
        "EX-USK", "VOXABN", "YP-BARNSKOTARE", "YP-ELEVASSISTENT"]
    assert len(data["crosswalk"]) == 52
    assert str(target) in view.info_banner.text() and "4 ramverk" in view.info_banner.text()


def test_export_xlsx_writes_a_workbook(view, qtbot, tmp_path):
    pytest.importorskip("koll_desktop.services.library_xlsx")
    target = tmp_path / "bibliotek.xlsx"
    view.choose_export_file = lambda: target
    view.export_button.click()
    _finish(qtbot, view)
    assert not view.error_banner.isVisible(), view.error_banner.text()
    assert target.read_bytes()[:2] == b"PK"


def test_export_to_an_unknown_suffix_is_refused_in_place(view, tmp_path):
    target = tmp_path / "bibliotek.csv"
    view.choose_export_file = lambda: target
    view.export_button.click()
    assert view.job is None
    assert "filen ska sluta på .xlsx eller .json" in view.error_banner.text()
    assert str(target) in view.error_banner.text()
    assert not target.exists()


def test_export_where_no_folder_can_be_made_is_a_known_error(view, qtbot, tmp_path):
    blocker = tmp_path / "en fil"
    blocker.write_text("x")
    target = blocker / "bibliotek.json"  # its "folder" is a file
    view.choose_export_file = lambda: target
    view.export_button.click()
    _finish(qtbot, view)
    assert "kan inte skriva biblioteksfilen: mappen finns inte" in view.error_banner.text()
    assert "oväntat" not in view.error_banner.text()


def test_cancelled_file_dialogs_do_nothing(view):
    view.choose_import_file = lambda: None
    view.choose_export_file = lambda: None
    view.import_button.click()
    view.export_button.click()
    assert view.job is None and not view.error_banner.isVisible()


# -- the empty library, the model, accessibility ------------------------------------------
def test_empty_library_explains_what_to_do(qtbot, db, data_paths):
    create_application()
    widget = LibraryView(db, data_paths)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 0
    assert "Biblioteket är tomt" in widget.details.text()
    assert not widget.export_button.isEnabled() and widget.import_button.isEnabled()


def test_tree_model_is_consistent(view, qtmodeltester):
    qtmodeltester.check(view.model)


def test_every_control_is_named_and_labels_have_mnemonics(view, qtbot):
    qtbot.keyClicks(view.search, "hygien")  # show the result list too
    view.error_banner.show_message("x")
    for kind in (QLineEdit, QListWidget, QTreeView, QPushButton, QTextBrowser, QToolButton):
        for widget in view.findChildren(kind):
            inside_line_edit = isinstance(widget.parent(), QLineEdit)  # Qt's clear button
            if widget.isVisible() and not inside_line_edit:
                assert widget.accessibleName(), widget
    buddies = [label for label in view.findChildren(QLabel) if label.buddy() is not None]
    assert {label.buddy() for label in buddies} >= {view.search, view.results, view.tree}
    assert all("&" in label.text() for label in buddies)
    for button in (view.import_button, view.export_button):
        assert "&" in button.text()
