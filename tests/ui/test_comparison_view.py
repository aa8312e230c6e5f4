"""Comparing two frameworks in the app: coverage both ways, the matrix, notes, exports."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from koll_desktop.domain.enums import FrameworkKind
from koll_desktop.domain.library import Framework, Library
from koll_desktop.services.demo import load_bundled_library
from koll_desktop.services.library_import import apply_library
from koll_desktop.ui.app import create_application
from koll_desktop.ui.comparison_models import SHARES_ROLE, UnitCoverageModel, heat_colour
from koll_desktop.ui.comparison_view import ComparisonView

JOB_TIMEOUT_MS = 60_000
COVERAGE = UnitCoverageModel.COVERAGE


@pytest.fixture
def view(qtbot, demo_db):
    create_application()
    widget = ComparisonView(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.opened = []
    widget.open_url = widget.opened.append
    return widget


def _coverage(model: UnitCoverageModel, ref: str) -> str:
    return model.index(model.row_of(ref), COVERAGE).data()


def _export(qtbot, view, button):
    button.click()
    assert view.job is not None, view.error_banner.text()
    with qtbot.waitSignal(view.job.ended, timeout=JOB_TIMEOUT_MS):
        pass


def test_opens_on_the_example_standard_against_the_package(view):
    assert (view.combo_a.currentData(), view.combo_b.currentData()) == ("EX-USK", "VOXABN")
    assert view.report is not None and view.error_banner.isHidden()
    assert view.combo_b.currentText() == "VOXABN (2021-07) – Undersköterska"
    assert view.tabs.tabText(0) == "&1 VOXABN täcks av EX-USK"
    assert view.tabs.tabText(1) == "&2 EX-USK täcks av VOXABN"
    overall = view.overall.text()
    assert "VOXABN täcks av EX-USK 47,3\u00a0%" in overall  # one decimal, as the files say
    assert "EX-USK täcks av VOXABN 77,8\u00a0%" in overall  # 77,87 %, rounded down
    assert "30 av 76 krav i VOXABN" in overall and "34 saknar motsvarighet" in overall


def test_per_unit_coverage_of_b_by_a_and_the_other_way(view):
    b_by_a, a_by_b = view.unit_models
    assert _coverage(b_by_a, "OMVOMV01") == "100,0\u00a0%"
    assert _coverage(b_by_a, "SAMSAM01a1") == "0,0\u00a0%"
    row = b_by_a.row_of("ANOANA01")
    cells = [b_by_a.index(row, c).data() for c in range(b_by_a.columnCount())]
    assert cells == ["ANOANA01", "Anatomi och fysiologi 1", "50", "4", "1", "1", "37,5\u00a0%"]
    assert b_by_a.index(row, COVERAGE).data(SHARES_ROLE) == (0.25, 0.125, 0.375)
    assert "1 av 4 krav helt" in b_by_a.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert b_by_a.rowCount() == 18 and a_by_b.rowCount() == 6
    assert _coverage(a_by_b, "A") == "85,0\u00a0%"


def test_the_matrix_is_a_heat_map_with_exact_tooltips(view):
    """Courses of VOXABN (B) on the rows, areas of EX-USK (A) across, then Hela EX-USK: the
    orientation of the workbook and the PDF; whole percent, rounded down, in the cells."""
    model = view.matrix_page.model
    assert (model.rowCount(), model.columnCount()) == (18, 6 + 1)
    cell = model.index_of("A", "OMVOMV01")
    assert (cell.row(), cell.column()) == (7, 0)
    assert cell.data() == "80\u00a0%"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == heat_colour(0.8)
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "VOXABN OMVOMV01 Omvårdnad 1" in tip and "80,0\u00a0%" in tip
    assert "EX-USK A Omvårdnad och personlig omsorg" in tip
    assert model.index_of("A", "ANOANA01").data() == ""  # no link: an empty, white cell
    anatomy = model.index_of("B", "ANOANA01")
    assert anatomy.data() == "37\u00a0%"  # 37,5 %: whole percent, rounded down
    assert "37,5\u00a0%" in anatomy.data(Qt.ItemDataRole.ToolTipRole)  # the exact tenth
    total = model.total_of("ANOANA01")
    assert total.data() == "37\u00a0%" and total.column() == 6
    assert "täcks till 37,5\u00a0% av hela EX-USK" in total.data(Qt.ItemDataRole.ToolTipRole)
    assert model.total_of("OMVOMV01").data() == "100\u00a0%"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Hela EX-USK"
    row = cell.row()
    assert model.headerData(row, Qt.Orientation.Vertical) == "OMVOMV01  Omvårdnad 1"
    assert model.headerData(cell.column(), Qt.Orientation.Horizontal) == "A"
    assert "Omvårdnad och personlig omsorg" in model.headerData(
        cell.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Omvårdnad och personlig omsorg" in view.matrix_page.key.text()
    axes = view.matrix_page.axes.text()
    assert axes.startswith("Rader \u2193 kurser i VOXABN (B)")
    assert "Kolumner \u2192 kompetensområden i EX-USK (A)" in axes
    assert "hela procent avrundat nedåt" in view.matrix_page.caption.text()


def test_the_rule_under_the_tabs_is_the_one_the_numbers_follow(view):
    rule = view.rule.text()
    assert "Alla procenttal avrundas nedåt: till en decimal i tabellerna" in rule
    assert "till hela procent i matrisens rutor (37,5 % visas som 37)" in rule
    b_by_a = view.unit_models[0]
    assert _coverage(b_by_a, "ANOANA01") == "37,5\u00a0%"  # a table: one decimal
    assert view.matrix_page.model.total_of("ANOANA01").data() == "37\u00a0%"  # the matrix


def test_the_matrix_is_drawn_with_a_readable_last_column(view):
    view.tabs.setCurrentWidget(view.matrix_page)
    table = view.matrix_page.table
    header = table.horizontalHeader()
    total = view.matrix_page.model.total_column
    needed = header.fontMetrics().horizontalAdvance("Hela EX-USK")
    assert header.sectionSize(total) >= needed  # "Hela EX-USK" is not cut off
    assert all(header.sectionSize(i) >= header.fontMetrics().horizontalAdvance("100 %")
               for i in range(total))


def test_unmatched_requirements_both_ways(view):
    first, second = view.unmatched_page.models
    assert view.unmatched_page.labels[0].text() == \
        "Krav i VOXABN &utan motsvarighet i EX-USK (38 st)"
    assert view.unmatched_page.labels[1].text() == \
        "Krav i EX-USK u&tan motsvarighet i VOXABN (5 st)"
    assert (first.rowCount(), second.rowCount()) == (38, 5)
    codes = {first.index(r, 2).data() for r in range(first.rowCount())}
    assert "SAMSAM01a1.1" in codes and not any(c.startswith("OMVOMV01") for c in codes)
    assert {second.index(r, 2).data() for r in range(5)} == {"F.4", "F.5", "F.6", "F.7", "F.9"}


def test_swap_puts_b_first(view):
    view.swap_button.click()
    assert (view.report.a.code, view.report.b.code) == ("VOXABN", "EX-USK")
    assert (view.combo_a.currentData(), view.combo_b.currentData()) == ("VOXABN", "EX-USK")
    assert view.tabs.tabText(0) == "&1 EX-USK täcks av VOXABN"
    model = view.matrix_page.model  # B is EX-USK now: its 6 areas are the rows
    assert (model.rowCount(), model.columnCount()) == (6, 18 + 1)
    assert model.headerData(0, Qt.Orientation.Vertical).startswith("A  ")
    assert model.headerData(18, Qt.Orientation.Horizontal) == "Hela VOXABN"
    assert model.index_of("OMVOMV01", "A").data() == "65\u00a0%"
    assert model.index_of("OMVOMV01", "A").row() == 0
    assert view.matrix_page.axes.text().startswith("Rader \u2193 kompetensområden i EX-USK")


def test_self_compare_shows_the_note_and_the_identity(view):
    view.combo_b.setCurrentIndex(view.combo_b.findData("EX-USK"))
    view.combo_b.activated.emit(view.combo_b.currentIndex())
    assert view.report.same
    assert view.notes.isVisible()
    assert view.notes.text().startswith("• Samma ramverk: allt täcks av sig självt")
    model = view.matrix_page.model
    assert model.index_of("A", "A").data() == "100\u00a0%"
    assert model.index_of("A", "B").data() == ""


def test_the_notes_say_when_there_are_no_links(view):
    assert view.compare("VOXABN", "YP-BARNSKOTARE")
    assert "Inga kopplingar finns mellan VOXABN och YP-BARNSKOTARE" in view.notes.text()
    assert "EX-USK är ett exempel" not in view.notes.text()
    view.compare("EX-USK", "VOXABN")
    assert "EX-USK är ett exempel gjort för demon" in view.notes.text()
    assert "Täckning = viktad andel" in view.rule.text()  # the rule is a caption, not a note


def test_unknown_and_empty_frameworks_show_in_the_banner(view, demo_db):
    assert not view.compare("FINNS-INTE", "VOXABN")
    assert view.error_banner.isVisible()
    assert "ramverket FINNS-INTE finns inte i biblioteket" in view.error_banner.text()
    assert view.report is None and not view.excel_button.isEnabled()
    assert view.unit_models[0].rowCount() == 0 and view.matrix_page.model.rowCount() == 0
    empty = Framework(code="TOM", kind=FrameworkKind.LOCAL, title="Tom plan", version="1",
                      owner="Testkommunen")
    apply_library(demo_db, Library((empty,)), source="test")
    view.refresh()
    view.combo_a.setCurrentIndex(view.combo_a.findData("TOM"))
    view.combo_a.activated.emit(view.combo_a.currentIndex())
    assert "ramverket TOM (version 1) har inga krav" in view.error_banner.text()
    assert view.compare("EX-USK", "VOXABN")
    assert view.error_banner.isHidden() and view.excel_button.isEnabled()


def test_exports_write_files_that_parse(view, qtbot, tmp_path):
    view.choose_export_file = lambda suffix: tmp_path / f"jamforelse{suffix}"
    _export(qtbot, view, view.excel_button)
    wb = load_workbook(tmp_path / "jamforelse.xlsx")
    assert len(wb.sheetnames) == 5
    values = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row}
    assert "OMVOMV01" in values
    assert str(tmp_path / "jamforelse.xlsx") in view.info_banner.text()
    view.language.setCurrentIndex(view.language.findData("en"))
    _export(qtbot, view, view.pdf_button)
    reader = PdfReader(tmp_path / "jamforelse.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "VOXABN" in text and "OMVOMV01" in text
    assert view.open_button.isEnabled()
    view.open_button.click()
    assert view.opened[-1].toLocalFile() == str(tmp_path / "jamforelse.pdf")


def test_an_export_with_the_wrong_suffix_is_refused(view, tmp_path):
    view.choose_export_file = lambda suffix: tmp_path / "jamforelse.txt"
    view.excel_button.click()
    assert view.job is None
    assert "filen ska sluta på .xlsx" in view.error_banner.text()
    assert not (tmp_path / "jamforelse.txt").exists()


def test_models_are_consistent(view, qtmodeltester):
    qtmodeltester.check(view.unit_models[0])
    qtmodeltester.check(view.matrix_page.model)
    qtmodeltester.check(view.unmatched_page.models[0])
    view.compare("FINNS-INTE", "VOXABN")
    qtmodeltester.check(view.unit_models[1])
    qtmodeltester.check(view.matrix_page.model)


def test_an_empty_library_says_what_to_do(qtbot, db):
    create_application()
    widget = ComparisonView(db)
    qtbot.addWidget(widget)
    assert widget.report is None and widget.combo_a.count() == 0
    assert "Biblioteket är tomt" in widget.info_banner.text()
    assert not widget.excel_button.isEnabled() and not widget.pdf_button.isEnabled()
    load_bundled_library(db)
    widget.refresh()  # what the host does after a library import
    assert widget.report is not None and widget.info_banner.isHidden()
    assert (widget.report.a.code, widget.report.b.code) == ("EX-USK", "VOXABN")



def test_an_alternative_not_counted_is_shown_grey_and_explained(view):
    model = view.unit_models[0]  # VOXABN covered by EX-USK
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    sva, sve = rows["SVASVA01"], rows["SVESVE01"]
    grey = model.index(sva, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.name() == "#6b6b6b"
    assert "Räknas inte i helheten" in model.index(sva, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(sve, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Räknas inte" not in model.index(sve, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_in_the_english_app_the_notes_and_numbers_are_english(qtbot, demo_db):
    from PySide6.QtCore import QSettings

    create_application()
    QSettings().setValue("language", "en")  # as the settings dialog stores it
    try:
        english = ComparisonView(demo_db)
    finally:
        QSettings().remove("language")  # the next test's app starts in Swedish
    qtbot.addWidget(english)
    assert "EX-USK is an example made for the demo" in english.notes.text()
    assert "rounded down" in english.rule.text()
    assert "47.3\u00a0%" in english.overall.text() and "47,3" not in english.overall.text()
    model = english.unit_models[0]
    shown = {model.index(r, 0).data(): model.index(r, model.COVERAGE).data()
             for r in range(model.rowCount())}
    assert shown["ANOANA01"] == "37.5\u00a0%"
