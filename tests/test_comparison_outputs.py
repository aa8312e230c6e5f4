"""The comparison says the same thing in every output (`koll compare`, the workbook, the PDF):
one rounding rule, stated in the note and followed by every number, and one orientation of
the matrix (units of B on the rows, units of A across, then "Hela A"), with named axes.

Read back as a coordinator would: the workbook with openpyxl, the PDF with pypdf, the CLI's
printed summary from stdout. The app's side is in tests/ui/test_comparison_view.py.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from koll_desktop.__main__ import main
from koll_desktop.domain.coverage import percent_steps, whole_percent
from koll_desktop.services.comparison import (
    compare_frameworks,
    matrix_text,
    percent_tenths,
    percent_text,
    shown_share,
)
from koll_desktop.services.comparison_pdf import write_comparison_pdf
from koll_desktop.services.comparison_xlsx import write_comparison_xlsx

MATRIX_FORMAT = '0%;-0%;""'


@pytest.fixture
def report(demo_db):
    return compare_frameworks(demo_db, "EX-USK", "VOXABN")


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _rows(ws, header_row: int) -> tuple[list, dict]:
    header = [c.value for c in ws[header_row]]
    rows = {r[0]: r for r in ws.iter_rows(min_row=header_row + 1, values_only=True)
            if r[0] is not None}
    return header, rows


# -- the rule ------------------------------------------------------------------------------

@given(st.floats(min_value=0.0, max_value=1.0, allow_nan=False))
def test_one_rule_rounds_down_at_every_precision(value):
    tenths, whole = percent_steps(value, 1), whole_percent(value)
    assert tenths // 10 == whole  # 37,9 % is 37 in the matrix, never 38
    assert shown_share(value) <= value + 1e-9 and value - shown_share(value) < 0.001 + 1e-9
    assert shown_share(value, 0) <= value + 1e-9 and value - shown_share(value, 0) < 0.01 + 1e-9
    if value < 1:
        assert tenths < 1000 and whole < 100  # never 100 before the unit is fully covered
    assert shown_share(value) == tenths / 1000 and percent_tenths(value) == tenths / 10


def test_the_note_states_the_rule_and_its_examples_hold(report):
    rule = report.notes[-1]
    assert "Alla procenttal avrundas nedåt: till en decimal i tabellerna (66,67 % visas som " \
           "66,6 %) och till hela procent i matrisens rutor (37,5 % visas som 37)" in rule
    assert "Hela procent avrundas nedåt (37,5 % blir 37)" not in rule  # the old, half rule
    assert percent_text(2 / 3) == "66,6\u00a0%" and percent_text(0.6667) == "66,6\u00a0%"
    assert matrix_text(0.375, sign=False) == "37" and percent_text(0.375) == "37,5\u00a0%"
    assert percent_text(0.375, "en") == "37.5\u00a0%" and percent_text(0.45) == "45,0\u00a0%"


def test_every_output_shows_each_unit_by_the_same_rule(report, tmp_path):
    """For each course of VOXABN: the workbook stores exactly the shown tenth, the PDF's unit
    table prints it, and the matrix (both files) holds its whole percent, rounded down."""
    wb = load_workbook(write_comparison_xlsx(report, tmp_path / "c.xlsx"))
    pdf = _pdf_text(write_comparison_pdf(report, tmp_path / "c.pdf"))
    header, per_unit = _rows(wb["B täcks av A"], 3)
    m_header, matrix = _rows(wb["Matris"], 4)
    coverage, total = header.index("Täckning"), m_header.index("Hela EX-USK")
    assert len(report.b_by_a.units) == 18
    for unit in report.b_by_a.units:
        assert per_unit[unit.ref][coverage] == shown_share(unit.coverage)
        assert f" {percent_text(unit.coverage)}".replace("\u00a0", " ") in pdf
        assert matrix[unit.ref][total] == whole_percent(unit.coverage) / 100
    anatomy = next(u for u in report.b_by_a.units if u.ref == "ANOANA01")
    assert per_unit["ANOANA01"][coverage] == 0.375  # shown 37,5 %
    assert matrix["ANOANA01"][total] == 0.37 == matrix["ANOANA01"][m_header.index("B")]
    assert "ANOANA01 Anatomi och fysiologi 1 50 4 1 1 37,5 %" in pdf
    assert "ANOANA01 Anatomi och fysiologi 1 37 37 " in pdf  # the PDF's matrix row
    assert anatomy.coverage == pytest.approx(0.375)
    # the overall coverage: one decimal in both files, as the CLI prints it
    overview = [c for row in wb["Översikt"].iter_rows(values_only=True) for c in row]
    assert 0.473 in overview and 0.778 in overview
    assert "VOXABN täckt av EX-USK 76 30 12 34 47,3 %" in pdf
    assert "EX-USK täckt av VOXABN 47 29 13 5 77,8 %" in pdf
    assert not re.search(r"\d,\d\d", pdf.replace("(66,67 %", ""))  # one decimal, but in the note


def test_the_workbook_holds_no_float_noise(report, tmp_path):
    """Every percent cell holds exactly the number it shows: a coordinator's own formulas
    (a sum, a filter "> 94,4 %") work on the shown numbers."""
    wb = load_workbook(write_comparison_xlsx(report, tmp_path / "c.xlsx"))
    seen = 0
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, float) or "%" not in cell.number_format:
                    continue
                decimals = 3 if cell.number_format == "0.0%" else 2
                assert cell.value == round(cell.value, decimals), (ws.title, cell.coordinate)
                assert len(repr(cell.value)) <= decimals + 2, (ws.title, cell.coordinate)
                seen += 1
    assert seen > 60
    _, a_by_b = _rows(wb["A täcks av B"], 3)
    assert a_by_b["B"][10] == 0.944 and a_by_b["D"][8] == 0.714  # were 0.94400…01, 0.71400…01


# -- the orientation -----------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [("EX-USK", "VOXABN"), ("VOXABN", "EX-USK")])
def test_the_matrix_has_b_on_the_rows_in_both_files(demo_db, tmp_path, a, b):
    report = compare_frameworks(demo_db, a, b)
    a_units = [h.ref for h in report.matrix.rows]
    b_units = [h.ref for h in report.matrix.columns]
    ws = load_workbook(write_comparison_xlsx(report, tmp_path / "c.xlsx"))["Matris"]
    assert ws["A1"].value == f"Matris: enheter i {b} (rader) × enheter i {a} (kolumner)"
    assert ws["A3"].value == f"Rader \u2193 enheter i {b} (B)"
    assert ws["C3"].value == f"Kolumner \u2192 enheter i {a} (A)"
    header, rows = _rows(ws, 4)
    assert header == [f"Enhet i {b}", "Titel", *a_units, f"Hela {a}"]
    assert list(rows)[:len(b_units)] == b_units
    for j, b_unit in enumerate(b_units):  # each cell is coverage of the row's B-unit
        for i, a_unit in enumerate(a_units):
            value = report.matrix.cell(a_unit, b_unit)
            assert rows[b_unit][2 + i] == shown_share(value, 0), (a_unit, b_unit)
        assert rows[b_unit][-1] == shown_share(report.b_by_a.units[j].coverage, 0)

    pdf = _pdf_text(write_comparison_pdf(report, tmp_path / "c.pdf"))
    matrix = pdf[pdf.index("Matris: vilka delar"):]
    assert f"Rader: en per enhet i {b}. Kolumner: en per enhet i {a}." in matrix
    assert f"Kolumner \u2192 enheter i {a} Rader \u2193 enheter i {b}" in matrix
    starts = [matrix.index(f" {ref} ", matrix.index("Rader \u2193")) for ref in b_units]
    assert starts == sorted(starts)  # the rows are B's units, in B's order


def test_the_english_pdf_names_the_axes(demo_db, tmp_path):
    report = compare_frameworks(demo_db, "EX-USK", "VOXABN")
    pdf = _pdf_text(write_comparison_pdf(report, tmp_path / "en.pdf", language="en"))
    assert "Columns \u2192 units of EX-USK Rows \u2193 units of VOXABN" in pdf
    assert "37.5 %" in pdf and "47.3 %" in pdf and "37,5" not in pdf
    assert "All percentages are rounded down" in pdf


# -- the command line ------------------------------------------------------------------------

def test_the_cli_summary_uses_one_decimal_both_ways(demo_dir, tmp_path, capsys):
    out = tmp_path / "c.xlsx"
    assert main(["--data-dir", str(demo_dir), "compare", "EX-USK", "VOXABN",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"{out}: VOXABN täcks till 47,3\u00a0% av EX-USK, EX-USK till 77,8\u00a0% av " \
           "VOXABN" in printed
    overview = [c for row in load_workbook(out)["Översikt"].iter_rows(values_only=True)
                for c in row]
    assert 0.473 in overview and 0.778 in overview  # the same numbers as printed


def test_long_column_refs_get_numbers_not_codes_like_a_standards_areas(demo_db, tmp_path):
    """YP-BARNSKOTARE's units are named by long titles, so the PDF keys its columns; keys
    "A1", "A2" … beside EX-USK's areas A–F on the rows would read as area A's criteria."""
    report = compare_frameworks(demo_db, "YP-BARNSKOTARE", "EX-USK")
    pdf = _pdf_text(write_comparison_pdf(report, tmp_path / "k.pdf"))
    matrix = pdf[pdf.index("Rader \u2193 enheter i EX-USK"):]
    assert matrix.startswith("Rader \u2193 enheter i EX-USK 1 2 3 4 5 6 7 8 9 10 11 12 Totalt "
                             "A Omvårdnad")
    assert "Kolumnerna i YP-BARNSKOTARE: 1 Hälsopedagogik 2 Kommunikation" in pdf
    assert " A1 " not in matrix
