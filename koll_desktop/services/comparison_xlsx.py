"""The framework comparison as a workbook (`koll compare A B --out FIL.xlsx`).

Sheets: Översikt (what was compared, versions, overall coverage both ways, notes and example
marks), "B täcks av A" and "A täcks av B" (per unit), Matris (one row per unit of B, one
column per unit of A and a last column "Hela A", a colour-scale heat map: the same way round
as the app and the PDF) and "Utan motsvarighet" (both directions). Every list is an Excel
table under a title row, with a frozen header, widths and percent formats; all text goes in
through `safe_cells`, so a code or text starting with "=" stays text. The file appears at
its path only when complete (a .part file, then replace).

A share is written as the number it shows, rounded down by the report's one rule
(`comparison.shown_share`): at a tenth of a percent in the tables (format 0.0 %), at whole
percent in the matrix (format 0 %). Left exact, Excel would show 0.3796 as 38.0 % where the app
says 37,9 %; and 94.4 / 100 would be stored as 0.9440000000000001. So each cell holds exactly
what it shows, and a coordinator's own sums and filters work on the numbers the reader sees.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import ColorScaleRule, DataBarRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from koll_desktop.services.comparison import (
    ComparisonReport,
    DirectionReport,
    FrameworkInfo,
    UnmatchedRequirement,
    matrix_text,
    percent_text,
    shown_share,
)
from koll_desktop.services.files import save_workbook
from koll_desktop.services.library_xlsx_layout import FRAMEWORK_KINDS
from koll_desktop.services.safe_cells import text_value

SHEETS = ("Översikt", "B täcks av A", "A täcks av B", "Matris", "Utan motsvarighet")
PERCENT, INT = "0.0%", "0"
WHOLE_PERCENT = "0%"  # a setting such as the partial link factor
MATRIX_PERCENT = '0%;-0%;""'  # whole percent; 0 (no link) shows as an empty cell
HEADER_ROW = 3  # every list sheet: title (1), explanation (2), table header (3)
MATRIX_HEADER_ROW = 4  # the Matris sheet: the axes are named in row 3
HEAT = {"start_type": "num", "start_value": 0, "start_color": "FFFFFF",
        "mid_type": "num", "mid_value": 0.5, "mid_color": "FFEB84",
        "end_type": "num", "end_value": 1, "end_color": "63BE7B"}
_TITLE = Font(bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Col:
    heading: str
    width: float
    number_format: str | None = None
    wrap: bool = False


def write_comparison_xlsx(report: ComparisonReport, path: Path | str) -> Path:
    """Write the workbook at `path`, atomically; a KnownError when it cannot be written."""
    path = Path(path)
    wb = Workbook()
    _overview(wb.active, report)
    _direction(wb.create_sheet(SHEETS[1]), report.b_by_a, "BtacksAvA", "B", "A")
    _direction(wb.create_sheet(SHEETS[2]), report.a_by_b, "AtacksAvB", "A", "B")
    _matrix(wb.create_sheet(SHEETS[3]), report)
    _unmatched(wb.create_sheet(SHEETS[4]), report)
    return save_workbook(wb, path, "jämförelsen")


# -- shared helpers ----------------------------------------------------------------------------

def describe(info: FrameworkInfo) -> str:
    """"VOXABN – Undersköterska (yrkespaket, version 2021-07)" with its example mark."""
    text = (f"{info.code} – {info.title} ({FRAMEWORK_KINDS.get(info.kind, info.kind)}, "
            f"version {info.version})")
    return text + example_mark(info)


def example_mark(info: FrameworkInfo) -> str:
    if info.example:
        return " – EXEMPEL, inte ett verkligt ramverk"
    if info.example_texts:
        return " – kravtexterna är exempel"
    return ""


def shown(value: float | None) -> float | None:
    """A share as the cell shows it and the app prints it: 0.3796 → 0.379 (37,9 %)."""
    return None if value is None else shown_share(value)


def _row(ws: Any, values: Sequence[Any]) -> int:
    """Append a row, text guarded; its row number."""
    ws.append([text_value(ws, v) if isinstance(v, str) else v for v in values])
    return ws.max_row


def _heading(ws: Any, title: str, about: str) -> None:
    _row(ws, [title])
    ws.cell(1, 1).font = _TITLE
    _row(ws, [about])


def _table(ws: Any, name: str, columns: Sequence[Col], rows: Sequence[Sequence[Any]],
           first_row: int = HEADER_ROW, first_col: int = 1) -> str:
    """Headings at `first_row`, then the rows, as one Excel table; returns its ref."""
    for i, column in enumerate(columns):
        letter = get_column_letter(first_col + i)
        current = ws.column_dimensions[letter].width or 0
        ws.column_dimensions[letter].width = max(current, column.width)
        _text(ws, first_row, first_col + i, column.heading)
    for r, values in enumerate(rows, start=first_row + 1):
        for i, (value, column) in enumerate(zip(values, columns, strict=True)):
            cell = ws.cell(r, first_col + i)
            _put(ws, cell, value)
            if column.number_format and isinstance(value, int | float):
                cell.number_format = column.number_format
            if column.wrap:
                cell.alignment = _WRAP
    last_row = first_row + max(len(rows), 1)
    ref = (f"{get_column_letter(first_col)}{first_row}:"
           f"{get_column_letter(first_col + len(columns) - 1)}{last_row}")
    table = Table(displayName=name, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=c.heading) for i, c in enumerate(columns, 1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():  # "add table columns manually": they are
        warnings.simplefilter("ignore")
        ws.add_table(table)
    return ref


def _text(ws: Any, row: int, column: int, text: str) -> Any:
    """Text into the cell at (row, column), guarded; the cell, for styling."""
    cell = ws.cell(row, column)
    _put(ws, cell, text)
    return cell


def _put(ws: Any, cell: Any, value: Any) -> None:
    """A value into an existing cell; text as `safe_cells` would write it."""
    if not isinstance(value, str):
        cell.value = value
        return
    safe = text_value(ws, value)
    if safe is None or isinstance(safe, str):
        cell.value = safe
        return
    cell.value = safe.value
    cell.data_type = "s"
    cell.quotePrefix = bool(safe.quotePrefix)


def _column_range(ref_first: int, ref_last: int, column: int) -> str:
    letter = get_column_letter(column)
    return f"{letter}{ref_first}:{letter}{ref_last}"


# -- Översikt ----------------------------------------------------------------------------------

FRAMEWORK_COLUMNS = (
    Col("Roll", 8), Col("Kod", 16), Col("Titel", 44, wrap=True), Col("Typ", 16),
    Col("Version", 10), Col("Ägare", 24, wrap=True), Col("Enheter", 9, INT),
    Col("Krav", 8, INT), Col("Poäng", 8, INT), Col("Exempel", 34, wrap=True))
COVERAGE_COLUMNS = (
    Col("Roll", 8), Col("Riktning", 44, wrap=True), Col("Täckning", 16, PERCENT),
    Col("Krav", 10, INT), Col("Fullt täckta", 9, INT), Col("Delvis täckta", 8, INT),
    Col("Utan motsvarighet", 10, INT))


def _overview(ws: Any, report: ComparisonReport) -> None:
    ws.title = SHEETS[0]
    a, b = report.a, report.b
    _heading(ws, f"Jämförelse av ramverk: {a.code} och {b.code}",
             f"Skapad {report.made_on.isoformat()} med KoLL Desktop"
             + (f" – {report.organisation}" if report.organisation else "")
             + ". A och B nedan är ramverken i den ordning de jämfördes.")
    frameworks = [("A", *_framework_values(a)), ("B", *_framework_values(b))]
    _table(ws, "Ramverk", FRAMEWORK_COLUMNS, frameworks)
    start = HEADER_ROW + len(frameworks) + 2
    coverage = [_coverage_values("B", report.b_by_a), _coverage_values("A", report.a_by_b)]
    _table(ws, "Tackning", COVERAGE_COLUMNS, coverage, first_row=start)
    row = start + len(coverage) + 2
    for label, value in (("Kopplingar mellan ramverken", report.links),
                         ("Delvis koppling räknas som", report.partial_factor)):
        _text(ws, row, 1, label).font = Font(bold=True)
        cell = ws.cell(row, 3, value)
        cell.number_format = WHOLE_PERCENT if isinstance(value, float) else INT
        cell.alignment = Alignment(horizontal="left")
        row += 1
    row = _lines(ws, row + 1, "Att tänka på", report.notes)
    _lines(ws, row + 1, "Bladen", _sheet_guide(report))
    ws.freeze_panes = "A3"


def _framework_values(info: FrameworkInfo) -> tuple[Any, ...]:
    return (info.code, info.title, FRAMEWORK_KINDS.get(info.kind, str(info.kind)),
            info.version, info.owner, info.units, info.requirements, info.points,
            example_mark(info).removeprefix(" – ") or "nej")


def _coverage_values(role: str, direction: DirectionReport) -> tuple[Any, ...]:
    unmatched = direction.requirements - direction.full - direction.partial
    return (role, f"{direction.covered.code} täcks av {direction.by.code}",
            shown(direction.coverage),
            direction.requirements, direction.full, direction.partial, unmatched)


def _lines(ws: Any, row: int, heading: str, lines: Sequence[str]) -> int:
    _text(ws, row, 1, heading).font = Font(bold=True)
    for offset, line in enumerate(lines, start=1):
        _text(ws, row + offset, 1, "• " + line)
    return row + len(lines) + 1


def _sheet_guide(report: ComparisonReport) -> list[str]:
    a, b = report.a.code, report.b.code
    return [
        f"{SHEETS[1]}: varje enhet i {b} (B) och hur stor del av den {a} (A) täcker.",
        f"{SHEETS[2]}: varje enhet i {a} (A) och hur stor del av den {b} (B) täcker.",
        f"{SHEETS[3]}: rader = enheter i {b} (B), kolumner = enheter i {a} (A), som i appen "
        f"och PDF-filen. Rutan visar hur stor del av radens enhet som täcks av kopplingar till "
        f"kolumnens enhet, i hela procent avrundat nedåt; sista kolumnen är hela {a}.",
        f"{SHEETS[4]}: krav som saknar koppling till det andra ramverket, åt båda hållen.",
    ]


# -- per unit ----------------------------------------------------------------------------------

UNIT_COLUMNS = (
    Col("Kod", 14), Col("Titel", 44, wrap=True), Col("Poäng", 8, INT),
    Col("Alternativgrupp", 14), Col("Krav", 7, INT), Col("Fullt täckta", 9, INT),
    Col("Delvis täckta", 9, INT), Col("Utan motsvarighet", 11, INT),
    Col("Andel fullt täckt", 11, PERCENT), Col("Andel delvis täckt", 11, PERCENT),
    Col("Täckning", 11, PERCENT), Col("Anmärkning", 24, wrap=True))


def _direction(ws: Any, direction: DirectionReport, name: str, covered: str, by: str) -> None:
    _heading(ws, f"{covered} täcks av {by}: {direction.covered.code} täckt av "
                 f"{direction.by.code}",
             f"{covered} = {describe(direction.covered)}. {by} = {describe(direction.by)}. "
             f"Täckning totalt: {percent_text(direction.coverage)}.")
    rows = [(u.code or "", u.title, u.points, u.alternative_group or "", u.requirements,
             u.full, u.partial, u.unmatched,
             None if u.empty else shown(u.full_share),
             None if u.empty else shown(u.partial_share),
             None if u.empty else shown(u.coverage), "inga krav att jämföra" if u.empty else "")
            for u in direction.units]
    _table(ws, name, UNIT_COLUMNS, rows)
    last = HEADER_ROW + max(len(rows), 1)
    coverage_col = len(UNIT_COLUMNS) - 1
    ws.conditional_formatting.add(
        _column_range(HEADER_ROW + 1, last, coverage_col),
        DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1,
                    color="63BE7B", showValue=True))
    ws.freeze_panes = f"C{HEADER_ROW + 1}"


# -- Matris ------------------------------------------------------------------------------------

def _matrix(ws: Any, report: ComparisonReport) -> None:
    """Units of B on the rows, units of A across, then B-unit's coverage by all of A: the
    orientation of the app and the PDF. Cells in whole percent, rounded down."""
    matrix, a, b, top = report.matrix, report.a, report.b, MATRIX_HEADER_ROW
    _heading(ws, f"Matris: enheter i {b.code} (rader) × enheter i {a.code} (kolumner)",
             f"Varje ruta: hur stor del av radens enhet i {b.code} som täcks av kopplingar till "
             f"krav i kolumnens enhet i {a.code} (viktat som täckningen; hel koppling 100 %, "
             f"delvis {report.partial_factor * 100:g} %), i hela procent avrundat nedåt "
             "(37,5 % står som 37 %). Ett krav som täcks från flera kolumner räknas i varje "
             f"ruta, så en rad summerar inte till enhetens täckning: den står i sista kolumnen "
             f"(hela {a.code}). Tom ruta = ingen koppling (värdet 0); – = enheten saknar krav.")
    total = f"Hela {a.code}"
    headings = _unique([f"Enhet i {b.code}", "Titel", *(h.ref for h in matrix.rows), total])
    rotate = max((len(h.ref) for h in matrix.rows), default=0) > 10
    columns = [Col(headings[0], 14), Col(headings[1], 36, wrap=True)]
    columns += [Col(h, 6 if rotate else max(9, len(h) + 2), MATRIX_PERCENT)
                for h in headings[2:-1]]
    columns.append(Col(headings[-1], max(12, len(total) + 2), MATRIX_PERCENT))
    rows = [(h.ref, h.title, *(_matrix_cell(c) for c in matrix.row_of_b(j)),
             _matrix_cell(None if unit.empty else unit.coverage))
            for j, (h, unit) in enumerate(zip(matrix.columns, report.b_by_a.units,
                                               strict=True))]
    _table(ws, "Matris", columns, rows, first_row=top)
    _matrix_axes(ws, report, len(columns))
    _matrix_headers(ws, report, rotate)
    last = top + max(len(rows), 1)
    last_a = get_column_letter(len(columns) - 1)
    ws.conditional_formatting.add(f"C{top + 1}:{last_a}{last}", ColorScaleRule(**HEAT))
    totals = get_column_letter(len(columns))
    ws.conditional_formatting.add(f"{totals}{top + 1}:{totals}{last}", ColorScaleRule(**HEAT))
    for r in range(top + 1, last + 1):
        ws.cell(r, len(columns)).font = Font(bold=True)
        for c in range(3, len(columns) + 1):
            ws.cell(r, c).alignment = Alignment(horizontal="center")
    _matrix_titles(ws, report, last + 2)
    ws.freeze_panes = f"C{top + 1}"


def _matrix_cell(value: float | None) -> float | str:
    """The whole percent, rounded down, as a share (0.375 → 0.37, shown 37 %); "–" for a unit
    without requirements, as the app and the PDF print it."""
    text = matrix_text(value)
    return text if text == "–" else shown_share(value or 0.0, 0)


def _matrix_axes(ws: Any, report: ComparisonReport, width: int) -> None:
    """Row 3 names the axes: the rows' framework over the row labels, the columns' over A."""
    row = MATRIX_HEADER_ROW - 1
    _text(ws, row, 1, f"Rader \u2193 enheter i {report.b.code} (B)").font = Font(bold=True)
    across = _text(ws, row, 3, f"Kolumner \u2192 enheter i {report.a.code} (A)")
    across.font = Font(bold=True)
    across.alignment = Alignment(horizontal="left")
    if width > 3:
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=width)


def _unique(headings: list[str]) -> list[str]:
    """Table headings: no control characters, none empty, none twice (Excel ignores case)."""
    seen: set[str] = set()
    result = []
    for heading in headings:
        text = "".join(ch if ch.isprintable() else " " for ch in heading).strip() or "(tom)"
        candidate, n = text, 2
        while candidate.lower() in seen:
            candidate, n = f"{text} ({n})", n + 1
        seen.add(candidate.lower())
        result.append(candidate)
    return result


def _matrix_headers(ws: Any, report: ComparisonReport, rotate: bool) -> None:
    """Column headings of A's units: rotated when long, each with its title as a comment."""
    longest = max((len(h.ref) for h in report.matrix.rows), default=0)
    for j, heading in enumerate(report.matrix.rows, start=3):
        cell = ws.cell(MATRIX_HEADER_ROW, j)
        cell.alignment = Alignment(text_rotation=90 if rotate else 0, wrap_text=False,
                                   horizontal="center", vertical="bottom")
        if heading.title and heading.title != heading.ref:
            cell.comment = Comment(heading.title, "KoLL", width=240, height=60)
    if rotate:
        ws.row_dimensions[MATRIX_HEADER_ROW].height = min(6.5 * longest + 10, 220)


def _matrix_titles(ws: Any, report: ComparisonReport, row: int) -> None:
    """Below the table: the titles of A's units, under their columns."""
    _text(ws, row, 1, f"Enheter i {report.a.code}").font = Font(bold=True)
    _text(ws, row, 2, "kolumnernas titlar")
    headings = report.matrix.rows
    for j, unit in enumerate(headings, start=3):
        title = _text(ws, row, j, unit.title)
        title.alignment = Alignment(text_rotation=90, wrap_text=True, vertical="top")
    longest = max((len(u.title) for u in headings), default=0)
    ws.row_dimensions[row].height = min(6.5 * longest + 10, 260)


# -- Utan motsvarighet -------------------------------------------------------------------------

UNMATCHED_COLUMNS = (
    Col("Ramverk", 16), Col("Saknar motsvarighet i", 16), Col("Enhet", 14),
    Col("Enhetens titel", 30, wrap=True), Col("Kravkod", 13), Col("Krav", 70, wrap=True),
    Col("Exempeltext", 11))


def _unmatched(ws: Any, report: ComparisonReport) -> None:
    directions = (report.b_by_a,) if report.same else report.directions
    counts = "; ".join(f"{len(d.unmatched)} krav i {d.covered.code} saknar motsvarighet i "
                       f"{d.by.code}" for d in directions)
    _heading(ws, "Krav utan motsvarighet i det andra ramverket",
             "Samma ramverk: varje krav motsvaras av sig självt." if report.same else counts)
    rows = [_unmatched_values(r, d.by.code) for d in directions for r in d.unmatched]
    _table(ws, "UtanMotsvarighet", UNMATCHED_COLUMNS, rows)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"


def _unmatched_values(r: UnmatchedRequirement, other: str) -> tuple[Any, ...]:
    return (r.framework, other, r.unit, r.unit_title, r.code, r.text,
            "ja" if r.example else "nej")
