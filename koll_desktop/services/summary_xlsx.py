"""The coordinator summary workbook (DESIGN §6), written in openpyxl's write-only mode.

Six sheets, each an Excel table with a frozen header row and filters: Översikt (key
figures, the filter used, charts), Ärenden (one pseudonymised row a case), Kursbehov,
Kompetensgap (with a colour-scale heat map), Horisontella principer (ESF+ breakdowns, with
charts) and Uppföljning. The case rows are streamed out while the cases are gathered, so
memory does not grow with the number of cases; the other sheets follow from the totals.
Every sheet is a temporary file of its own until the save, so Översikt, though first in the
workbook, is written last. The file appears at its path only when complete (a .part file,
then replace); a cancelled or failed run leaves nothing there.

Cases not assessed yet (`summary_data.is_assessed`) are shown apart from assessed ones
wherever points or course need are added up: their plans say every course is needed in
full only because nothing has been assessed.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from koll_desktop import APP_NAME, __version__
from koll_desktop.domain.enums import (
    EducationLevel,
    FollowUpOutcome,
    Gender,
    LabourMarketStatus,
)
from koll_desktop.domain.labels import CASE_STATUS
from koll_desktop.domain.plan_engine import PlanSettings
from koll_desktop.errors import KnownError, os_reason
from koll_desktop.services.files import write_bytes
from koll_desktop.services.safe_cells import text_value
from koll_desktop.services.summary_data import (
    GENDERS,
    UNEMPLOYED_INCL_LONG_TERM,
    CaseLine,
    Kpis,
    Summary,
    SummaryCancelled,
    SummaryGatherer,
)
from koll_desktop.storage.db import Db
from koll_desktop.storage.summary_queries import CaseFilter

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

SHEETS = ("Översikt", "Ärenden", "Kursbehov", "Kompetensgap", "Horisontella principer",
          "Uppföljning")
WRITE_STEPS = len(SHEETS)  # progress steps after the cases: five sheets and the save
INT, PERCENT, WEEKS, STAMP = "#,##0", "0.0%", "0.0", "yyyy-mm-dd hh:mm"
TITLE = "KoLL – sammanställning"
HEADING = Alignment(wrap_text=True, vertical="top")


# -- Swedish labels ----------------------------------------------------------------------------
STATUS = CASE_STATUS  # the words the app shows
GENDER = {Gender.WOMAN: "Kvinna", Gender.MAN: "Man", Gender.NON_BINARY: "Icke-binär",
          Gender.NOT_STATED: "Vill ej ange"}
GENDER_PLURAL = {Gender.WOMAN: "Kvinnor", Gender.MAN: "Män", Gender.NON_BINARY: "Icke-binära",
                 Gender.NOT_STATED: "Kön ej angivet"}
LABOUR = {
    LabourMarketStatus.UNEMPLOYED: "Arbetslös", LabourMarketStatus.LONG_TERM_UNEMPLOYED:
    "Långtidsarbetslös", LabourMarketStatus.INACTIVE: "Utanför arbetskraften",
    LabourMarketStatus.EMPLOYED: "Sysselsatt (inkl. egenföretagare)",
    LabourMarketStatus.NOT_STATED: "Ej angivet"}
EDUCATION = {
    EducationLevel.ISCED_0_2: "ISCED 0–2 (förgymnasial)",
    EducationLevel.ISCED_3_4: "ISCED 3–4 (gymnasial, eftergymnasial)",
    EducationLevel.ISCED_5_8: "ISCED 5–8 (högskola)", EducationLevel.NOT_STATED: "Ej angivet"}
FOLLOW_UP = {FollowUpOutcome.EMPLOYED: "Arbete", FollowUpOutcome.STUDIES: "Studier",
             FollowUpOutcome.JOB_SEEKING: "Arbetssökande", FollowUpOutcome.OTHER: "Annat"}
NO_FOLLOW_UP = "Ingen uppföljning registrerad"
FOLLOW_UP_NOTE = (f"{NO_FOLLOW_UP}: ärenden i urvalet utan utfall för tidpunkten, även de som "
                  "ännu inte har kommit så långt. Andel av uppföljda räknas över ärenden med "
                  "registrerat utfall.")
DIMENSION = {"total": "Totalt", "gender": "Kön", "age": "Ålder vid registrering",
             "labour": "Arbetsmarknadsstatus", "education": "Utbildningsnivå"}
HORIZONTAL_NOTES = (
    "Räknat per deltagare: en person med flera ärenden i urvalet räknas en gång, med "
    "uppgifterna från sitt första ärende. Andel = andel av alla deltagare i urvalet.",
    "Arbetslösa räknas som i ESF+ inklusive långtidsarbetslösa; långtidsarbetslösa visas "
    "också för sig.",
)


def group_label(dimension: str, group: str) -> str:
    if dimension == "total":
        return "Alla deltagare"
    if dimension == "gender":
        return GENDER[Gender(group)]
    if dimension == "labour":
        if group == UNEMPLOYED_INCL_LONG_TERM:
            return "Arbetslös (inkl. långtidsarbetslös)"
        return LABOUR[LabourMarketStatus(group)]
    if dimension == "education":
        return EDUCATION[EducationLevel(group)]
    return group  # age bands are Swedish already


def number_of(n: int, one: str, many: str) -> str:
    """A number with its noun in the singular or plural: "1 ärende", "3 ärenden"."""
    return f"{n} {one if n == 1 else many}"


def n_cases(n: int) -> str:
    return number_of(n, "ärende", "ärenden")


ASSESSED = ("minst ett krav har bedömts (uppfyllt, delvis uppfyllt eller ej uppfyllt) eller "
            "handledaren har beslutat om en kurs")


def kpi_rows(k: Kpis) -> list[tuple[str, Any, str]]:
    median = None if k.median_days_to_plan is None else round(k.median_days_to_plan, 1)
    before = k.plans_before_registration
    return [
        ("Ärenden", k.cases, "Ärenden i urvalet (se Filter nedan)."),
        ("Deltagare", k.persons, "Personer; en person med flera ärenden räknas en gång."),
        ("Bedömda ärenden", k.assessed_cases,
         f"Ärenden där {ASSESSED}. Poängen nedan gäller dessa ärenden, om inget annat sägs."),
        ("Ej bedömda ärenden", k.unassessed_cases,
         "Ärenden där inget har bedömts ännu, oavsett status (även avslutade). Deras poäng "
         "räknas för sig: se Poäng i ej bedömda ärenden."),
        ("Bedömda ärenden med poäng (yrkespaket)", k.cases_with_points,
         "Bedömda ärenden vars plan har kurser med poäng."),
        ("Poäng totalt (bedömda ärenden)", k.points_total,
         "Summa av kursernas poäng i de bedömda ärendenas planer, så som planerna skrivs ut: "
         "valt alternativ räknas, kurser som lämnats utanför planen räknas inte."),
        ("Validerade poäng (bedömda ärenden)", k.points_validated,
         "Poäng som inte behöver läsas: tillgodoräknade kurser och validerade delar."),
        ("varav hela kurser tillgodoräknade", k.points_credited, "Kursernas hela poäng."),
        ("Poäng att läsa (bedömda ärenden)", k.points_to_study,
         "Återstående poäng enligt de bedömda ärendenas planer. Krav som ännu inte bedömts "
         "räknas som att de behöver läsas, om inte en koppling till ett bedömt krav täcker "
         "dem."),
        ("Andel validerade poäng (bedömda ärenden)", (k.share_validated, PERCENT),
         "Validerade poäng / poäng totalt, över bedömda ärenden med poäng."),
        ("Poäng i ej bedömda ärenden", k.unassessed_points,
         "Kursernas poäng i planerna för ärenden som inte har bedömts: allt räknas som att "
         "läsa tills något har bedömts. Ingår inte i poängen ovan."),
        ("Median dagar registrering → plan", (median, "0.0"),
         f"Från den dag ärendet registrerades till planens överenskomna datum; "
         f"{n_cases(k.plans_counted)} med överenskommen plan"
         + (f" ({n_cases(before)} med plan daterad före registreringen räknas inte)"
            if before else "") + "."),
        ("Intjänade mikromeriter", k.micro_credentials_earned,
         "Mikromeriter vars alla krav är uppfyllda, summa över ärendena."),
    ]


def filter_notes(summary: Summary) -> list[tuple[str, str]]:
    s = summary.selection
    if s.date_from or s.date_to:
        period = f"{s.date_from or 'början'} – {s.date_to or 'idag'}"
    else:
        period = "alla datum"
    return [
        ("Filter", f"Period (ärendet registrerat): {period}; handledare: "
                   f"{s.counsellor or 'alla'}; ramverk: {s.framework or 'alla'}."),
        ("Pseudonymiserat", "Ärenden visas med ärendenummer; namn och personnummer finns "
                            "inte i filen."),
    ]


@dataclass(frozen=True)
class SummaryResult:
    path: Path | None  # None when cancelled
    cases: int
    persons: int
    cancelled: bool = False


@dataclass(frozen=True)
class Col:
    heading: str
    width: float
    number_format: str | None = None  # applied by `Sheet.row`; dates format themselves


# -- public entry points -----------------------------------------------------------------------
def write_summary(db: Db, path: Path, *, date_from: date | None = None,
                  date_to: date | None = None, counsellor: str | None = None,
                  framework: str | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> SummaryResult:
    """Gather the selected cases and write the workbook at `path`.

    Cases are selected by registration date (local calendar date of created_at, both ends
    included), counsellor and framework code. `progress(done, total, label)` is called
    every few hundred cases and once a sheet; `cancelled()` is asked before every case and,
    when true, nothing is written and the result says `cancelled`. An exception from
    `progress` (a GUI's way to cancel) also leaves nothing at `path`.
    """
    if date_from and date_to and date_from > date_to:
        raise KnownError(f"från-datumet {date_from} är efter till-datumet {date_to}")
    selection = CaseFilter(date_from, date_to, counsellor or None, framework or None)

    def case_progress(done: int, total: int, label: str) -> None:
        if progress is not None:
            progress(done, total + WRITE_STEPS, label)

    gatherer = SummaryGatherer(db, selection, progress=case_progress, cancelled=cancelled)
    try:
        return _write(Path(path), gatherer.lines(), gatherer.summary, progress, gatherer.total)
    except SummaryCancelled:
        return SummaryResult(None, 0, 0, cancelled=True)


def write_gathered(summary: Summary, path: Path) -> SummaryResult:
    """Write an already gathered summary (with its case lines)."""
    return _write(Path(path), summary.cases, lambda: summary, None, len(summary.cases))


def _write(path: Path, lines: Iterable[CaseLine], finish: Callable[[], Summary],
           progress: Progress | None, total: int) -> SummaryResult:
    wb = Workbook(write_only=True)
    wb.properties.title = TITLE
    wb.properties.subject = "Pseudonymiserad sammanställning för samordnare"
    wb.properties.creator = f"{APP_NAME} {__version__}"
    wb.properties.language = "sv-SE"
    partial = path.with_suffix(path.suffix + ".part")
    try:
        sheets = {title: wb.create_sheet(title) for title in SHEETS}
        _case_sheet(sheets["Ärenden"], lines)
        summary = finish()
        writers = (_overview, _courses, _gaps, _horizontal, _follow_ups)
        for step, (title, writer) in enumerate(zip(SHEETS[:1] + SHEETS[2:], writers,
                                                   strict=True)):
            if progress is not None:
                progress(total + step, total + WRITE_STEPS, title)
            writer(sheets[title], summary)
        if progress is not None:
            progress(total + WRITE_STEPS - 1, total + WRITE_STEPS, "sparar")
        buffer = io.BytesIO()
        wb.save(buffer)
        write_bytes(path, buffer.getvalue(), "sammanställningen")
    except OSError as exc:
        _discard(wb, partial)
        raise KnownError(f"kan inte skriva filen ({os_reason(exc)})",
                         place=str(path)) from exc
    except BaseException:
        _discard(wb, partial)
        raise
    if progress is not None:
        progress(total + WRITE_STEPS, total + WRITE_STEPS, "klart")
    return SummaryResult(path, summary.kpis.cases, summary.kpis.persons)


def _discard(wb: Workbook, partial: Path) -> None:
    """Remove the sheets' temporary files and any half-written workbook. Never raises: the
    error that made the run stop is the one the user must see (a .part file that cannot be
    removed because its folder is not one is no news)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with suppress(Exception):
            if ws._rows is not None:
                ws._rows.close()
        with suppress(Exception):
            writer.close()
        with suppress(Exception):
            writer.cleanup()
    with suppress(Exception):
        partial.unlink(missing_ok=True)


# -- one sheet as one table --------------------------------------------------------------------
class Sheet:
    """A write-only sheet holding one table from A1: widths, frozen header, styled cells."""

    def __init__(self, ws: Any, table: str, columns: tuple[Col, ...]) -> None:
        self.ws, self.table, self.columns = ws, table, columns
        self.rows = 0
        self._styles = [self._style(c.number_format) for c in columns]
        for i, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = column.width
        ws.freeze_panes = "A2"
        ws.append([self._heading(c.heading) for c in columns])

    def _heading(self, text: str) -> WriteOnlyCell:
        """A heading cell that wraps: a long heading over a narrow column of numbers is read
        whole, on two or three lines, not cut off at the column's edge."""
        cell = WriteOnlyCell(self.ws, text)
        cell.alignment = HEADING
        return cell

    def _style(self, number_format: str | None) -> Any:
        if number_format is None:
            return None
        proto = WriteOnlyCell(self.ws)
        proto.number_format = number_format
        return proto._style

    def row(self, values: Iterable[Any]) -> None:
        """Append a row: text guarded, numbers given their column's format."""
        cells = []
        for value, style in zip(values, self._styles, strict=True):
            if isinstance(value, str):
                value = text_value(self.ws, value)
            elif style is not None and value is not None:
                value = Cell(self.ws, 1, 1, value, style)
            cells.append(value)
        self.ws.append(cells)
        self.rows += 1

    def finish(self) -> str:
        """Add the table over what was written (one empty row when nothing was); its ref."""
        if self.rows == 0:
            self.ws.append([])
        ref = f"A1:{get_column_letter(len(self.columns))}{max(self.rows, 1) + 1}"
        add_table(self.ws, self.table, ref, [c.heading for c in self.columns])
        return ref


def add_table(ws: Any, name: str, ref: str, headings: list[str]) -> None:
    table = Table(displayName=name, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headings, start=1)]
    table.autoFilter = AutoFilter(ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():  # "add table columns manually": they are
        warnings.simplefilter("ignore")
        ws.add_table(table)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# -- Ärenden -----------------------------------------------------------------------------------
CASE_COLUMNS = (
    Col("Ärende", 14), Col("Status", 22), Col("Ramverk", 22), Col("Handledare", 22),
    Col("Organisation", 30), Col("Registrerad", 12), Col("Uppdaterad", 12),
    Col("Plan överenskommen", 12), Col("Kön", 13), Col("Åldersgrupp", 13),
    Col("Arbetsmarknadsstatus", 26), Col("Utbildningsnivå", 30), Col("Bedömt", 9),
    Col("Poäng totalt", 11), Col("Validerade poäng", 11), Col("Poäng att läsa", 11),
    Col("Studieveckor", 11, WEEKS), Col("Studietakt (%)", 10), Col("Mikromeriter (antal)", 11),
    Col("Mikromeriter", 30),
)  # a case's numbers are small whole numbers: General shows them as they are, and a styled
# cell costs about 5 % more writing time a column at 50 000 rows (benchmarks/bench_summary.py)
CASE_NOTES = (
    f"Bedömt: ja när {ASSESSED}. Ett ärende som inte är bedömt har en plan där alla kurser "
    "räknas som hela kurser att läsa.",
    "Studieveckor räknas i planens studietakt (100 % = heltid); ärenden utan plan räknas på "
    "heltid.",
)


def _case_sheet(ws: Any, lines: Iterable[CaseLine]) -> None:
    sheet = Sheet(ws, "Arenden", CASE_COLUMNS)
    for c in lines:
        sheet.row((
            c.reference, STATUS[c.status], c.frameworks, c.counsellor, c.organisation,
            c.created, c.updated, c.plan_agreed, GENDER[c.gender], c.age_band,
            LABOUR[c.labour_market_status], EDUCATION[c.education_level],
            "ja" if c.assessed else "nej", c.points_total, c.points_validated,
            c.points_to_study, round(c.weeks, 1), c.pace, len(c.micro_credentials),
            ", ".join(c.micro_credentials)))
    sheet.finish()
    ws.append([])
    for note in CASE_NOTES:
        ws.append([note])


# -- Kursbehov, Kompetensgap, Uppföljning ------------------------------------------------------
COURSE_NOTES = (
    f"Bedömda ärenden: ärenden där {ASSESSED}. Kolumnerna från Bedömda ärenden med kursen "
    "till Veckor på heltid räknar bara dem, enligt planerna så som de skrivs ut.",
    "Ej bedömda ärenden: ärenden där inget har bedömts ännu (oavsett status, även avslutade). "
    "Deras planer räknar varje kurs som hel kurs att läsa; de visas för sig eftersom behovet "
    "inte är känt förrän ärendet har bedömts.",
    "Veckor på heltid: de bedömda ärendenas återstående poäng / "
    f"{PlanSettings().full_time_points_per_week:g} poäng i veckan (heltid).",
)


def _courses(ws: Any, summary: Summary) -> None:
    sheet = Sheet(ws, "Kursbehov", (
        Col("Ramverk", 16), Col("Version", 10), Col("Kurskod", 14), Col("Kurs", 44),
        Col("Poäng", 9, INT), Col("Bedömda ärenden med kursen", 13, INT),
        Col("Tillgodoräknas", 13, INT), Col("Behöver delar", 13, INT),
        Col("Behöver hela kursen", 13, INT), Col("Återstående poäng", 13, INT),
        Col("Veckor på heltid", 12, WEEKS), Col("Ej bedömda ärenden med kursen", 13, INT),
        Col("Poäng i ej bedömda ärenden", 13, INT)))
    for c in summary.courses:
        sheet.row((c.framework, c.version, c.code, c.title, c.points, c.cases, c.credited,
                   c.supplementary, c.full_course, c.remaining_points,
                   round(c.full_time_weeks, 1), c.unassessed_cases, c.unassessed_points))
    sheet.finish()
    ws.append([])
    for note in COURSE_NOTES:
        ws.append([note])


def _gaps(ws: Any, summary: Summary) -> None:
    sheet = Sheet(ws, "Kompetensgap", (
        Col("Ramverk", 16), Col("Version", 10), Col("Enhet", 14), Col("Kravkod", 13),
        Col("Krav", 70), Col("Exempeltext", 11), Col("Bedömda", 10, INT),
        Col("Ej uppfyllda", 11, INT), Col("Delvis uppfyllda", 11, INT),
        Col("Andel ej uppfyllda", 11, PERCENT), Col("Andel ej helt uppfyllda", 12, PERCENT)))
    for g in summary.gaps:
        sheet.row((g.framework, g.version, g.unit, g.code, g.text, "ja" if g.example else "nej",
                   g.assessed, g.not_met, g.partly, g.share_not_met, g.share_not_fully_met))
    sheet.finish()
    last = max(sheet.rows, 1) + 1
    for column in ("H", "J", "K"):  # heat map: white (fewest) to red (most often not met)
        ws.conditional_formatting.add(f"{column}2:{column}{last}", ColorScaleRule(
            start_type="min", start_color="FFFFFF", mid_type="percentile", mid_value=50,
            mid_color="FFEB84", end_type="max", end_color="F8696B"))


def _follow_ups(ws: Any, summary: Summary) -> None:
    sheet = Sheet(ws, "Uppfoljning", (
        Col("Uppföljning", 14), Col("Utfall", 30), Col("Ärenden", 10, INT),
        Col("Andel av uppföljda", 12, PERCENT),
        *(Col(GENDER_PLURAL[g], 12, INT) for g in GENDERS)))
    for months in sorted({f.months for f in summary.follow_ups}):
        rows = [f for f in summary.follow_ups if f.months == months]
        recorded = sum(f.cases for f in rows if f.outcome is not None)
        for f in rows:
            share = None if f.outcome is None else _share(f.cases, recorded)
            sheet.row((f"{months} månader", FOLLOW_UP.get(f.outcome, NO_FOLLOW_UP),
                       f.cases, share, *f.by_gender))
    sheet.finish()
    ws.append([])
    ws.append([FOLLOW_UP_NOTE])


# -- Horisontella principer --------------------------------------------------------------------
def _horizontal(ws: Any, summary: Summary) -> None:
    total = summary.kpis.persons
    sheet = Sheet(ws, "Horisontella", (
        Col("Indelning", 24), Col("Grupp", 46), Col("Deltagare", 11, INT),
        Col("Andel", 9, PERCENT), *(Col(GENDER_PLURAL[g], 12, INT) for g in GENDERS)))
    first: dict[str, int] = {}
    for row, b in enumerate(summary.horizontal, start=2):
        first.setdefault(b.dimension, row)
        sheet.row((DIMENSION[b.dimension], group_label(b.dimension, b.group), b.persons,
                   _share(b.persons, total), *b.by_gender))
    sheet.finish()
    ws.append([])
    for note in HORIZONTAL_NOTES:
        ws.append([None, note])
    for anchor, dimension, title in (("J2", "gender", "Deltagare efter kön"),
                                     ("J20", "age", "Deltagare efter ålder vid registrering")):
        rows = sum(1 for b in summary.horizontal if b.dimension == dimension)
        ws.add_chart(_bar(ws, title, 2, 3, first[dimension], first[dimension] + rows - 1),
                     anchor)


def _bar(ws: Any, title: str, label_col: int, value_col: int, first: int, last: int,
         width: float = 16) -> BarChart:
    """Horizontal bars: the labels of `label_col` against the numbers of `value_col`."""
    chart = BarChart()
    chart.type, chart.title, chart.legend = "bar", title, None
    chart.width, chart.height = width, 7.5
    data = Reference(ws, min_col=value_col, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=label_col, min_row=first, max_row=last))
    chart.y_axis.numFmt = "0"
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = chart.y_axis.delete = False  # else newer Excel hides the axes
    return chart


# -- Översikt ----------------------------------------------------------------------------------
class Grid:
    """A small sheet laid out as blocks at given places, written row by row at the end."""

    def __init__(self, ws: Any) -> None:
        self.ws, self.cells = ws, {}

    def put(self, row: int, col: int, value: Any, number_format: str | None = None) -> None:
        if isinstance(value, str):
            value = text_value(self.ws, value)
        elif number_format is not None and value is not None:
            cell = WriteOnlyCell(self.ws, value)
            cell.number_format = number_format
            value = cell
        self.cells[(row, col)] = value

    def block(self, row: int, col: int, name: str, columns: tuple[Col, ...],
              rows: list[tuple]) -> int:
        """A table of `columns` at (row, col); returns its last row."""
        for i, column in enumerate(columns):
            self.ws.column_dimensions[get_column_letter(col + i)].width = column.width
            self.put(row, col + i, column.heading)
        for r, values in enumerate(rows, start=row + 1):
            for i, (value, column) in enumerate(zip(values, columns, strict=True)):
                if isinstance(value, tuple):  # (value, its own number format)
                    self.put(r, col + i, *value)
                else:
                    self.put(r, col + i, value, column.number_format)
        last = row + max(len(rows), 1)
        ref = f"{get_column_letter(col)}{row}:{get_column_letter(col + len(columns) - 1)}{last}"
        add_table(self.ws, name, ref, [c.heading for c in columns])
        return last

    def flush(self) -> None:
        height = max(r for r, _ in self.cells)
        width = max(c for _, c in self.cells)
        for r in range(1, height + 1):
            self.ws.append([self.cells.get((r, c)) for c in range(1, width + 1)])


def _overview(ws: Any, summary: Summary) -> None:
    ws.freeze_panes = "A2"
    grid, k = Grid(ws), summary.kpis
    last = grid.block(1, 1, "Nyckeltal", (Col("Nyckeltal", 46), Col("Värde", 12, INT),
                                          Col("Förklaring", 70)), kpi_rows(k))
    row = last + 2
    for label, text in filter_notes(summary):
        grid.put(row, 1, label)
        grid.put(row, 2, text)
        row += 1
    grid.put(row, 1, "Skapad")
    grid.put(row, 2, summary.made_at, STAMP)
    status_rows = [(STATUS[s], n, _share(n, k.cases)) for s, n in summary.by_status]
    status_last = grid.block(1, 5, "Status", (Col("Status", 24), Col("Ärenden", 10, INT),
                                              Col("Andel", 9, PERCENT)), status_rows)
    fw_rows = [(f.code, f.title, f.cases, _share(f.cases, k.cases))
               for f in summary.by_framework]
    fw_last = grid.block(1, 9, "Ramverk", (Col("Ramverk", 18), Col("Titel", 40),
                                           Col("Ärenden", 10, INT), Col("Andel", 9, PERCENT)),
                         fw_rows)
    grid.put(fw_last + 1, 9, FRAMEWORK_NOTE)
    points = [("Validerade poäng", k.points_validated, k.share_validated),
              ("Poäng att läsa", k.points_to_study, _share(k.points_to_study, k.points_total))]
    points_last = grid.block(1, 14, "Poang", (Col("Poäng (bedömda ärenden)", 24),
                                              Col("Antal poäng", 12, INT),
                                              Col("Andel", 9, PERCENT)), points)
    grid.put(points_last + 1, 14, POINTS_NOTE)
    grid.flush()
    charts_at = max(row, status_last, fw_last + 1) + 3
    ws.add_chart(_bar(ws, "Ärenden efter status", 5, 6, 2, status_last, 11),
                 f"A{charts_at}")
    if summary.by_framework:
        ws.add_chart(_bar(ws, "Ärenden efter ramverk", 9, 11, 2, fw_last, 13),
                     f"C{charts_at}")
    ws.add_chart(_points_chart(ws), f"I{charts_at}")


FRAMEWORK_NOTE = ("Ett ärende kan ha flera ramverk och räknas då under vart och ett, så "
                  "andelarna kan bli mer än 100 %.")
POINTS_NOTE = "Bara bedömda ärenden; se Poäng i ej bedömda ärenden i Nyckeltal."


def _points_chart(ws: Any) -> PieChart:
    chart = PieChart()
    chart.title = "Poäng i bedömda ärenden: validerade och att läsa"
    chart.width, chart.height = 12, 7.5
    chart.add_data(Reference(ws, min_col=15, min_row=1, max_row=3), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=14, min_row=2, max_row=3))
    return chart
