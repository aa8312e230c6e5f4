"""The framework comparison as a workbook (`koll compare A B --out FIL.xlsx`).

Sheets: Översikt (what was compared, versions, overall coverage both ways, notes and example
marks), "B täcks av A" and "A täcks av B" (per unit), Matris (units of A × units of B with a
colour-scale heat map) and "Utan motsvarighet" (both directions). Every list is an Excel
table under a title row, with a frozen header, widths and percent formats; all text goes in
through `safe_cells`, so a code or text starting with "=" stays text. The file appears at
its path only when complete (a .part file, then replace).

A share is written as a number at the tenth of a percent its format (0.0 %) shows, the same
tenth the app and the PDF print (`percent_tenths`): left exact, Excel would show 0.3796 as
38.0 % where the app says 37,9 % and the whole percent, rounded down, is 37. So each cell
holds what it shows, and sums or filters in Excel work on the numbers the reader sees.
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
    percent_tenths,
    percent_text,
)
from koll_desktop.services.files import save_workbook
from koll_desktop.services.library_xlsx_layout import FRAMEWORK_KINDS
from koll_desktop.services.safe_cells import text_value

SHEETS = ("Översikt", "B täcks av A", "A täcks av B", "Matris", "Utan motsvarighet")
PERCENT, INT = "0.0%", "0"
HEADER_ROW = 3  # every list sheet: title (1), explanation (2), table header (3)
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
    return None if value is None else percent_tenths(value) / 100


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
        cell.number_format = PERCENT if isinstance(value, float) else INT
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
        f"{SHEETS[3]}: rader = enheter i {a}, kolumner = enheter i {b}. Rutan visar hur stor "
        f"del av kolumnens enhet som täcks av kopplingar till radens enhet.",
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
    matrix, a, b = report.matrix, report.a, report.b
    _heading(ws, f"Matris: enheter i {a.code} (rader) × enheter i {b.code} (kolumner)",
             f"Varje ruta: hur stor del av kolumnens enhet i {b.code} som täcks av kopplingar "
             f"till krav i radens enhet i {a.code} (viktat som täckningen; hel koppling 100 %, "
             f"delvis {percent_text(report.partial_factor)}). Ett krav som täcks från flera "
             "rader räknas i varje ruta, så en kolumn summerar inte till enhetens täckning: "
             "den står i raden under tabellen. Tom ruta = enheten saknar krav.")
    headings = _unique([f"Enhet i {a.code}", "Titel", *(h.ref for h in matrix.columns)])
    columns = [Col(headings[0], 14), Col(headings[1], 36, wrap=True)]
    rotate = max((len(h.ref) for h in matrix.columns), default=0) > 10
    columns += [Col(h, 6 if rotate else max(9, len(h) + 2), PERCENT) for h in headings[2:]]
    rows = [(h.ref, h.title, *(shown(c) for c in cells))
            for h, cells in zip(matrix.rows, matrix.cells, strict=True)]
    _table(ws, "Matris", columns, rows)
    _matrix_headers(ws, report, rotate)
    last = HEADER_ROW + max(len(rows), 1)
    body = f"C{HEADER_ROW + 1}:{get_column_letter(len(columns))}{last}"
    ws.conditional_formatting.add(body, ColorScaleRule(**HEAT))
    _matrix_totals(ws, report, last + 2)
    ws.freeze_panes = f"C{HEADER_ROW + 1}"


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
    """Column headings of B's units: rotated when long, each with its title as a comment."""
    longest = max((len(h.ref) for h in report.matrix.columns), default=0)
    for j, heading in enumerate(report.matrix.columns, start=3):
        cell = ws.cell(HEADER_ROW, j)
        cell.alignment = Alignment(text_rotation=90 if rotate else 0, wrap_text=False,
                                   horizontal="center", vertical="bottom")
        if heading.title and heading.title != heading.ref:
            cell.comment = Comment(heading.title, "KoLL", width=240, height=60)
    if rotate:
        ws.row_dimensions[HEADER_ROW].height = min(6.5 * longest + 10, 220)


def _matrix_totals(ws: Any, report: ComparisonReport, row: int) -> None:
    """Below the table: each B-unit's coverage by all of A, and the B-units' titles."""
    _text(ws, row, 1, f"Hela {report.a.code}").font = Font(bold=True)
    _text(ws, row, 2, f"täckning av enheten i {report.b.code} (bladet {SHEETS[1]})")
    _text(ws, row + 1, 1, "Enhetens titel").font = Font(bold=True)
    for j, unit in enumerate(report.b_by_a.units, start=3):
        if not unit.empty:
            ws.cell(row, j, shown(unit.coverage)).number_format = PERCENT
        title = _text(ws, row + 1, j, unit.title)
        title.alignment = Alignment(text_rotation=90, wrap_text=True, vertical="top")
    last = get_column_letter(2 + len(report.b_by_a.units))
    ws.conditional_formatting.add(f"C{row}:{last}{row}", ColorScaleRule(**HEAT))
    longest = max((len(u.title) for u in report.b_by_a.units), default=0)
    ws.row_dimensions[row + 1].height = min(6.5 * longest + 10, 260)


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
