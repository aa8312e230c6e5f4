"""The coordinator view (Samordning): the summary workbook and moving cases between desks."""

from __future__ import annotations

import re
import threading
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from koll_desktop.paths import DataPaths, exports_dir
from koll_desktop.services import summary_xlsx
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import open_db
from koll_desktop.ui.app import create_application
from koll_desktop.ui.case_transfer import CONFLICT_BACKGROUND
from koll_desktop.ui.coordinator_view import CoordinatorView

JOB_TIMEOUT_MS = 30_000
ALT = Qt.KeyboardModifier.AltModifier
MENU_LETTERS = set("arvhk")  # Arkiv, Redigera, Visa, Hjälp and K of the main window


def _make(qtbot, db, paths) -> CoordinatorView:
    create_application()
    view = CoordinatorView(db, paths)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.opened = []
    view.open_url = view.opened.append
    return view


@pytest.fixture
def view(qtbot, demo_db, data_paths):
    return _make(qtbot, demo_db, data_paths)


@pytest.fixture
def other(qtbot, tmp_path):
    """A second desk: another data folder with its own, empty database."""
    paths = DataPaths(tmp_path / "annan-dator").ensure()
    database = open_db(paths.database)
    yield _make(qtbot, database, paths), database
    database.close()


def _finish(qtbot, panel, click) -> None:
    """Click a button that starts a job and wait until the job has ended."""
    click()
    runner = panel.job
    assert runner is not None, "no job started"
    with qtbot.waitSignal(runner.ended, timeout=JOB_TIMEOUT_MS):
        pass


def _table_rows(ws):
    table = next(iter(ws.tables.values()))
    cells = ws[table.ref]
    headings = [c.value for c in cells[0]]
    rows = [dict(zip(headings, (c.value for c in row), strict=True)) for row in cells[1:]]
    return [r for r in rows if any(v is not None for v in r.values())]


def _lines(panel) -> list[str]:
    return [panel.results.item(i).text() for i in range(panel.results.count())]


def _row_of(model, reference: str) -> int:
    return next(i for i, r in enumerate(model.rows) if r.reference == reference)


# -- Sammanställning ------------------------------------------------------------------------
def test_summary_defaults_to_the_exports_folder_and_names_the_day(view):
    expected = exports_dir() / f"sammanstallning-{date.today():%Y%m%d}.xlsx"
    assert view.summary.file_edit.text() == str(expected)
    assert "pseudonymiserad" in view.summary.note.text()
    assert "personnummer" in view.summary.note.text()
    counsellors = [view.summary.counsellor.itemText(i)
                   for i in range(view.summary.counsellor.count())]
    assert counsellors == ["Alla handledare", "Lena Berg", "Omar Said"]
    frameworks = [view.summary.framework.itemData(i)
                  for i in range(view.summary.framework.count())]
    assert frameworks == [None, "EX-USK", "VOXABN", "YP-BARNSKOTARE", "YP-ELEVASSISTENT"]


def test_summary_is_written_with_the_filters_and_opened(view, qtbot, tmp_path):
    panel = view.summary
    path = tmp_path / "ut" / "samordning.xlsx"
    panel.file_edit.setText(str(path))
    panel.date_from.set_value(date(2020, 1, 1))
    panel.date_to.set_value(date.today())
    panel.counsellor.setCurrentIndex(panel.counsellor.findData("Lena Berg"))
    panel.framework.setCurrentIndex(panel.framework.findData("VOXABN"))
    _finish(qtbot, panel, panel.start_button.click)
    assert panel.error_banner.isHidden(), panel.error_banner.text()
    assert path.is_file()
    assert panel.result_box.isVisible()
    text = panel.result_label.text()
    assert "2 ärenden" in text and "2 deltagare" in text and str(path) in text
    wb = load_workbook(path)
    rows = _table_rows(wb["Ärenden"])
    assert sorted(r["Ärende"] for r in rows) == ["K-2026-0001", "K-2026-0005"]
    assert {r["Handledare"] for r in rows} == {"Lena Berg"}
    everything = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows()
                          for c in row if c.value is not None)
    for secret in ("Amina", "Hassan", "Pérez", "198203149821", "8203149821"):
        assert secret not in everything  # pseudonymised: no names, no personnummer
    panel.open_button.click()
    panel.folder_button.click()
    assert [u.toLocalFile() for u in view.opened] == [str(path), str(path.parent)]


def test_a_period_with_no_cases_still_writes_a_file_and_says_so(view, qtbot, tmp_path):
    panel = view.summary
    panel.file_edit.setText(str(tmp_path / "tom"))  # the suffix is added
    panel.date_to.set_value(date(2000, 1, 1))
    _finish(qtbot, panel, panel.start_button.click)
    assert (tmp_path / "tom.xlsx").is_file()
    assert "0 ärenden" in panel.result_label.text()
    assert "Inga ärenden matchar urvalet" in panel.result_label.text()
    assert _table_rows(load_workbook(tmp_path / "tom.xlsx")["Ärenden"]) == []


def test_cancel_leaves_no_file(view, qtbot, tmp_path, monkeypatch):
    gate = threading.Event()
    original = summary_xlsx.write_summary

    def held(*args, **kwargs):  # holds the worker until the user has pressed Avbryt
        gate.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(summary_xlsx, "write_summary", held)
    panel = view.summary
    path = tmp_path / "avbruten.xlsx"
    panel.file_edit.setText(str(path))
    runner = panel.start()
    assert panel.progress.isVisible() and not panel.start_button.isEnabled()
    panel.progress.cancel_button.click()
    gate.set()
    with qtbot.waitSignal(runner.ended, timeout=JOB_TIMEOUT_MS):
        pass
    assert not path.exists()
    assert list(tmp_path.glob("avbruten*")) == []  # no .part file either
    assert panel.info_banner.text() == "Avbrutet. Ingen fil skrevs."
    assert panel.result_box.isHidden() and panel.progress.isHidden()
    assert panel.start_button.isEnabled()


def test_bad_input_is_shown_in_the_banner(view, tmp_path):
    panel = view.summary
    panel.file_edit.setText(str(tmp_path / "sammanställning.csv"))
    assert panel.start() is None
    assert "filen ska sluta på .xlsx" in panel.error_banner.text()
    panel.file_edit.setText(str(tmp_path / "s.xlsx"))
    panel.date_from.set_value(date(2026, 6, 1))
    panel.date_to.set_value(date(2026, 1, 1))
    runner = panel.start()
    runner.wait(10)
    QApplication.processEvents()
    assert "från-datumet 2026-06-01 är efter till-datumet 2026-01-01" in \
        panel.error_banner.text()
    assert not (tmp_path / "s.xlsx").exists()


# -- Flytta ärenden -------------------------------------------------------------------------
def test_two_cases_move_to_another_desk_and_a_second_import_changes_nothing(
        view, other, qtbot, tmp_path):
    panel = view.transfer
    view.tabs.setCurrentWidget(panel)
    assert panel.model.rowCount() == 5
    assert not panel.export_button.isEnabled()  # nothing ticked yet
    qtbot.keyClicks(panel.search, "Amina")
    assert [r.reference for r in panel.model.rows] == ["K-2026-0001"]
    panel.all_button.click()
    panel.search.clear()
    row = _row_of(panel.model, "K-2026-0002")
    panel.table.setFocus()
    panel.table.selectRow(row)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # the keyboard ticks the row
    assert panel.model.checked_references() == ["K-2026-0001", "K-2026-0002"]
    assert panel.count.text() == "2 ärenden markerade."
    panel.choose_export_file = lambda: tmp_path / "flytt"
    _finish(qtbot, panel, panel.export_button.click)
    bundle = tmp_path / "flytt.kollcase"
    assert bundle.is_file(), panel.error_banner.text()
    assert str(bundle) in panel.info_banner.text()
    panel.open_folder_button.click()
    assert view.opened[-1].toLocalFile() == str(tmp_path)

    desk, database = other
    changed = []
    desk.cases_changed.connect(lambda: changed.append("cases"))
    desk.library_changed.connect(lambda: changed.append("library"))
    receiving = desk.transfer
    receiving.choose_import_file = lambda: bundle
    _finish(qtbot, receiving, receiving.import_button.click)
    assert receiving.error_banner.isHidden(), receiving.error_banner.text()
    lines = _lines(receiving)
    assert "nya ärenden: 2" in lines and "oförändrade: 0" in lines
    assert any(line.startswith("ramverk som kom med paketet") for line in lines)
    assert changed == ["cases", "library"]
    assert sorted(r.reference for r in receiving.model.rows) == ["K-2026-0001", "K-2026-0002"]
    assert "Amina Hassan" in {r.person_name for r in receiving.model.rows}
    assert desk.summary.framework.findData("VOXABN") >= 0  # the library came along
    assert desk.comparison.report is not None

    _finish(qtbot, receiving, receiving.import_button.click)
    lines = _lines(receiving)
    assert "nya ärenden: 0" in lines and "oförändrade: 2" in lines
    assert database["case"].count == 2


def test_a_pseudonymised_bundle_carries_no_names(view, other, qtbot, tmp_path):
    panel = view.transfer
    panel.model.set_checked(["K-2026-0001"])
    panel.pseudonymise.setChecked(True)
    assert "personnummer" in panel.pseudonymise.toolTip()
    assert "bevisfiler" in panel.pseudonymise.toolTip()
    panel.choose_export_file = lambda: tmp_path / "anonym.kollcase"
    _finish(qtbot, panel, panel.export_button.click)
    assert "(pseudonymiserade)" in panel.info_banner.text()
    desk, database = other
    desk.transfer.choose_import_file = lambda: tmp_path / "anonym.kollcase"
    _finish(qtbot, desk.transfer, desk.transfer.import_button.click)
    person = next(iter(database["person"].rows))
    assert (person["given_name"], person["personnummer"], person["email"]) == ("Person", "", "")
    assert "Amina" not in {r.person_name for r in desk.transfer.model.rows}


def test_a_conflict_is_highlighted(view, other, qtbot, tmp_path):
    panel = view.transfer
    panel.model.set_checked(["K-2026-0001"])
    panel.choose_export_file = lambda: tmp_path / "ett.kollcase"
    _finish(qtbot, panel, panel.export_button.click)
    desk, database = other
    receiving = desk.transfer
    receiving.choose_import_file = lambda: tmp_path / "ett.kollcase"
    _finish(qtbot, receiving, receiving.import_button.click)
    cases = CaseRepository(database)
    cases.update_case(cases.case("K-2026-0001").id, goal="Ändrat på den här datorn")
    _finish(qtbot, receiving, receiving.import_button.click)
    items = [receiving.results.item(i) for i in range(receiving.results.count())]
    conflicts = [i for i in items if i.text().startswith("konflikt:")]
    assert len(conflicts) == 1 and "K-2026-0001" in conflicts[0].text()
    assert conflicts[0].background().color() == CONFLICT_BACKGROUND
    assert conflicts[0].font().bold()
    plain = next(i for i in items if i.text().startswith("nya ärenden"))
    assert plain.background().style() == Qt.BrushStyle.NoBrush
    assert cases.case("K-2026-0001").goal == "Ändrat på den här datorn"  # this desk's wins


def test_an_erased_person_is_left_out_of_an_import_and_the_panel_says_so(view, qtbot, demo_db,
                                                                         tmp_path):
    from koll_desktop.services.bundles import export_cases
    from koll_desktop.services.person_data import erase_person, find_person

    bundle = export_cases(demo_db, ["K-2026-0001", "K-2026-0002"], tmp_path / "gammalt.kollcase")
    erase_person(demo_db, find_person(demo_db, "K-2026-0001"), "lena")
    panel = view.transfer
    panel.choose_import_file = lambda: bundle
    _finish(qtbot, panel, panel.import_button.click)
    assert panel.error_banner.isHidden(), panel.error_banner.text()
    items = [panel.results.item(i) for i in range(panel.results.count())]
    (skipped,) = [i for i in items if "lästes inte in" in i.text()]
    assert skipped.text() == ("1 ärende lästes inte in: personen har raderats här och läses "
                              "aldrig in igen")
    assert not skipped.icon().isNull()
    assert "1 ärende lästes inte in: personen har raderats här." in panel.info_banner.text()
    assert "K-2026-0001" not in {r.reference for r in panel.model.rows}
    assert demo_db.execute("SELECT count(*) FROM person WHERE family_name = 'Hassan'"
                           ).fetchone()[0] == 0


def test_a_purged_case_is_left_out_of_an_import_and_the_panel_says_so(view, qtbot, demo_db,
                                                                        tmp_path):
    from datetime import date

    from koll_desktop.domain.case import Case
    from koll_desktop.services.bundles import export_cases
    from koll_desktop.services.retention import RetentionMode, apply_retention, retention_due
    from koll_desktop.storage.cases import CaseRepository

    cases = CaseRepository(demo_db)
    amina = cases.case("K-2026-0001").person_id  # she keeps this case
    second = cases.add_case(Case(reference="K-2026-0006", person_id=amina,
                                 retention_until=date(2025, 1, 1)))
    bundle = export_cases(demo_db, [second.reference], tmp_path / "gammalt.kollcase")
    mode = RetentionMode.PURGE
    apply_retention(demo_db, retention_due(demo_db, date(2025, 6, 1), mode), mode, "lena")
    panel = view.transfer
    panel.choose_import_file = lambda: bundle
    _finish(qtbot, panel, panel.import_button.click)
    assert panel.error_banner.isHidden(), panel.error_banner.text()
    assert "1 ärende lästes inte in: det har gallrats här." in panel.info_banner.text()
    assert "K-2026-0006" not in {r.reference for r in panel.model.rows}
    assert [c.reference for c in cases.summaries("Hassan")] == ["K-2026-0001"]


def test_a_bad_bundle_shows_its_error_and_imports_nothing(view, qtbot, demo_db, tmp_path):
    bad = tmp_path / "trasig.kollcase"
    bad.write_bytes("det här är ingen zip-fil".encode())
    panel = view.transfer
    view.tabs.setCurrentWidget(panel)
    panel.choose_import_file = lambda: bad
    _finish(qtbot, panel, panel.import_button.click)
    assert panel.error_banner.isVisible() and panel.info_banner.isHidden()
    text = panel.error_banner.text()
    assert text.startswith("Paketet lästes inte in. Inga ärenden ändrades.\n")
    assert "trasig.kollcase: filen är inget KoLL-paket" in text
    assert panel.results.count() == 0
    assert demo_db["case"].count == 5
    assert panel.import_button.isEnabled()


def test_case_model_is_consistent(view, qtmodeltester):
    view.transfer.model.set_checked(["K-2026-0003"])
    qtmodeltester.check(view.transfer.model)


# -- keyboard and names ---------------------------------------------------------------------
def _mnemonics(page: QWidget) -> list[str]:
    texts = [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    for bar in page.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return [m.group(1).lower() for t in texts for m in re.finditer(r"&([^&\s])", t)]


def _controls(page: QWidget) -> list[QWidget]:
    """The controls a user reaches, not the parts Qt builds inside them."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    inner = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        parent, inside = widget.parentWidget(), False
        while parent is not None and parent is not page:
            inside = inside or isinstance(parent, inner)
            parent = parent.parentWidget()
        if not inside:
            found.append(widget)
    return found


def test_every_tab_has_unique_mnemonics_that_avoid_the_menu_letters(view):
    tab_letters = [m.group(1).lower() for i in range(view.tabs.count())
                   for m in re.finditer(r"&(\w)", view.tabs.tabText(i))]
    assert tab_letters == ["s", "f", "j"]
    for index in range(view.tabs.count()):
        page = view.tabs.widget(index)
        letters = tab_letters + _mnemonics(page)
        assert len(letters) == len(set(letters)), (view.tabs.tabText(index), sorted(letters))
        assert not set(letters) & MENU_LETTERS, view.tabs.tabText(index)


def test_every_control_is_named_and_reachable_by_tab(view):
    view.transfer.open_folder_button.show()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        controls = [w for w in _controls(view.tabs.widget(index)) if w.isVisible()]
        assert len(controls) >= 5
        for widget in controls:
            assert widget.accessibleName(), (view.tabs.tabText(index), widget)
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()
        for label in view.tabs.widget(index).findChildren(QLabel):
            if label.buddy() is not None:
                assert "&" in label.text(), label.text()


def test_mnemonics_switch_tabs_and_reach_fields(view, qtbot):
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.summary.file_edit.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, ALT)  # Hand&ledare
    assert view.summary.counsellor.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)  # &Flytta ärenden
    assert view.tabs.currentWidget() is view.transfer
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ALT)  # Fil&trera
    assert view.transfer.search.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, ALT)  # &Jämför ramverk
    assert view.tabs.currentWidget() is view.comparison
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)  # Ra&mverk B
    assert view.comparison.combo_b.hasFocus()
