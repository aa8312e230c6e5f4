"""The framework comparison as a printed report (`koll compare A B --out FIL.pdf`).

For a coordinator: both frameworks with versions and example marks, overall coverage both
ways, a table per direction with a coverage bar per unit, the heat-map matrix and the
requirements with no counterpart. Page, fonts, metadata and "Sida x av y" come from
`pdf_base`, which prints portrait A4; the matrix is laid out to stay readable there: one
row per unit of the covered framework B (rows flow over pages, the header repeats), one
narrow column per unit of A with its code printed upright (or a short key explained below
the matrix when codes are long), and a last column with B-unit's coverage by all of A: the
same way round as the app and the workbook. Columns that do not fit the width are printed
as further parts of the matrix. Percentages follow the report's one rule (rounded down: one
decimal in the tables, whole percent in the matrix), through `comparison.percent_text` and
`comparison.matrix_text`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from koll_desktop.domain.coverage import whole_percent
from koll_desktop.errors import KnownError
from koll_desktop.services.comparison import (
    LANGUAGES,
    ComparisonReport,
    DirectionReport,
    FrameworkInfo,
    UnitHeading,
    UnmatchedRequirement,
    matrix_text,
    percent_text,
    report_notes,
)
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    GRID,
    PdfMeta,
    Styles,
    build_pdf,
    escape,
    facts_table,
    grid_table,
)

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Jämförelse av ramverk", "Comparison of frameworks"),
    "subtitle": ("{a} och {b}: hur mycket av det ena som täcks av det andra",
                 "{a} and {b}: how much of each is covered by the other"),
    "subject": ("Täckning av {b} genom {a} och av {a} genom {b}",
                "Coverage of {b} by {a} and of {a} by {b}"),
    "label.a": ("Ramverk A", "Framework A"),
    "label.b": ("Ramverk B", "Framework B"),
    "label.links": ("Kopplingar mellan A och B", "Links between A and B"),
    "links.same": ("– (samma ramverk)", "– (same framework)"),
    "label.made": ("Skapad", "Made"),
    "label.organisation": ("Organisation", "Organisation"),
    "framework": ("<b>{code}</b> – {title}<br/>{kind}, version {version}{points}",
                  "<b>{code}</b> – {title}<br/>{kind}, version {version}{points}"),
    "framework.points": (", {0} poäng", ", {0} points"),
    "mark.example": ("EXEMPEL – inte ett verkligt ramverk",
                     "EXAMPLE – not a real framework"),
    "mark.texts": ("Kravtexterna är exempel, inte officiell text",
                   "The requirement texts are examples, not official text"),
    "overall": ("Täckning totalt", "Overall coverage"),
    "direction": ("{covered} täckt av {by}", "{covered} covered by {by}"),
    "direction.intro": (
        "Varje enhet i {covered} och hur stor del av dess krav som har en koppling till "
        "{by}. Stapeln visar täckningen: mörk del = krav med hel koppling, ljus del = krav "
        "med delvis koppling (räknas {partial}).",
        "Each unit of {covered} and how much of its requirements are linked to {by}. The "
        "bar shows the coverage: dark part = requirements with a full link, light part = "
        "requirements with a partial link (counted as {partial})."),
    "col.direction": ("Riktning", "Direction"),
    "col.code": ("Kod", "Code"),
    "col.unit": ("Enhet", "Unit"),
    "col.points": ("Poäng", "Points"),
    "col.requirements": ("Krav", "Req."),
    "col.full": ("Hel", "Full"),
    "col.partial": ("Delvis", "Partial"),
    "col.none": ("Ingen", "None"),
    "col.coverage": ("Täckning", "Coverage"),
    "col.total": ("Hela {0}", "All of {0}"),
    "col.total_short": ("Totalt", "Total"),
    "col.requirement": ("Krav", "Requirement"),
    "no_requirements": ("inga krav", "no requirements"),
    "matrix": ("Matris: vilka delar som täcker vad", "Matrix: which parts cover what"),
    "matrix.intro": (
        "Rader: en per enhet i {b}. Kolumner: en per enhet i {a}. Rutan visar hur stor del "
        "av radens enhet som täcks av kopplingar till kolumnens enhet, i hela procent "
        "avrundat nedåt (37,5 % står som 37; tabellerna ovan visar en decimal). Ett krav som "
        "täcks från flera kolumner räknas i varje ruta; sista kolumnen visar täckningen av "
        "enheten genom hela {a}. Tom ruta = ingen koppling, – = enheten har inga krav.",
        "Rows: one per unit of {b}. Columns: one per unit of {a}. A cell shows how much of "
        "the row's unit is covered by links to the column's unit, in whole percent rounded "
        "down (37.5 % shows as 37; the tables above show one decimal). A requirement covered "
        "from several columns counts in each cell; the last column shows the unit's coverage "
        "by all of {a}. Empty cell = no link, – = the unit has no requirements."),
    "matrix.rows": ("Rader \u2193 enheter i {b}", "Rows \u2193 units of {b}"),
    "matrix.columns": ("Kolumner \u2192 enheter i {a}", "Columns \u2192 units of {a}"),
    "matrix.part": ("Del {0} av {1}: kolumnerna {2}–{3} av {4}",
                    "Part {0} of {1}: columns {2}–{3} of {4}"),
    "matrix.keys": ("Kolumnerna i {a}:", "The columns of {a}:"),
    "matrix.scale": ("Färgskala:", "Colour scale:"),
    "unmatched": ("Krav i {covered} utan motsvarighet i {by}",
                  "Requirements of {covered} with no counterpart in {by}"),
    "unmatched.none": ("Alla krav i {covered} har en koppling till {by}.",
                       "Every requirement of {covered} is linked to {by}."),
    "unmatched.no_links": (
        "Alla {count} krav i {covered} saknar motsvarighet i {by}, eftersom det inte finns "
        "några kopplingar mellan ramverken. Listan finns i Excel-versionen av jämförelsen.",
        "All {count} requirements of {covered} lack a counterpart in {by}, since there are "
        "no links between the frameworks. The list is in the Excel version of the "
        "comparison."),
    "unmatched.count": ("{count} av {total} krav.", "{count} of {total} requirements."),
    "notes": ("Att tänka på", "Please note"),
}

HEAT = ((0.0, colors.HexColor("#FFFFFF")), (0.5, colors.HexColor("#FFEB84")),
        (1.0, colors.HexColor("#63BE7B")))  # the same scale as the workbook's Matris sheet
BAR_FULL = colors.HexColor("#2e7d32")
BAR_PARTIAL = colors.HexColor("#a5d6a7")
BAR_BACK = colors.HexColor("#eceff1")
ROW_LABEL_WIDTH = 46 * mm  # the matrix's first column, when there is room for it
MIN_ROW_LABEL = 34 * mm
TOTAL_WIDTH = 13 * mm
MIN_COLUMN = 7 * mm
MAX_COLUMN = 13 * mm
KEY_ABOVE = 12  # unit refs longer than this get a short key in the matrix header


@dataclass(frozen=True)
class _Doc:
    report: ComparisonReport
    tx: Texts
    styles: Styles

    def __call__(self, key: str, *args: object, **kwargs: object) -> str:
        text = TEXTS[key][LANGUAGES.index(self.tx.language)]
        return text.format(*args, **kwargs) if args or kwargs else text

    def percent(self, value: float) -> str:
        """37,5 % (sv) or 37.5 % (en): one decimal, rounded down, as on the screen; its whole
        part is the matrix's number (37)."""
        return percent_text(value, self.tx.language)

    def factor(self) -> str:
        """The partial link factor, a setting: "50 %"."""
        return self.tx.percent(self.report.partial_factor * 100)

    def style(self, name: str, size: float, *, bold: bool = False,
              align: int | None = None) -> ParagraphStyle:
        base = self.styles.cell_bold if bold else self.styles.cell
        extra = {} if align is None else {"alignment": align}
        return ParagraphStyle(name, parent=base, fontSize=size, leading=size * 1.25, **extra)


def _width(size: float, texts: Sequence[str], heads: Sequence[str] = ()) -> float:
    """Room for the widest text and the widest header word (headers wrap between words)."""
    words = [w for head in heads for w in head.split()]
    widest = max([stringWidth(t, FONT, size) for t in texts] +
                 [stringWidth(w, FONT_BOLD, size) for w in words] + [0])
    return widest + 10  # the cell's padding, and a little air


# -- drawn pieces ----------------------------------------------------------------------------

class CoverageBar(Flowable):
    """A bar as long as the coverage: full links dark, partial links light, then the %."""

    def __init__(self, full: float, partial: float, label: str, bar_width: float,
                 size: float = 8.5) -> None:
        super().__init__()
        self.full, self.partial, self.label = full, partial, label  # shares of the bar
        self.bar_width, self.size = bar_width, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.3

    def draw(self) -> None:
        canvas, height = self.canv, self.size * 0.95
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(GRID)
        canvas.setFillColor(BAR_BACK)
        canvas.rect(0, 1, self.bar_width, height, stroke=1, fill=1)
        full = self.bar_width * min(self.full, 1.0)
        partial = min(self.bar_width * self.partial, self.bar_width - full)
        canvas.setFillColor(BAR_FULL)
        canvas.rect(0, 1, full, height, stroke=0, fill=1)
        canvas.setFillColor(BAR_PARTIAL)
        canvas.rect(full, 1, partial, height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, self.size)
        canvas.drawRightString(self.width, 1.5, self.label)
        canvas.restoreState()


class UprightLabel(Flowable):
    """Text printed bottom-to-top, centred in its column: a matrix header that stays narrow."""

    def __init__(self, text: str, size: float, height: float) -> None:
        super().__init__()
        self.text, self.size, self.label_height = text, size, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.label_height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(FONT_BOLD, self.size)
        canvas.translate(self.width / 2 + self.size * 0.35, 0)
        canvas.rotate(90)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()


def heat_colour(value: float) -> colors.Color:
    """The 3-colour scale: white at 0, yellow at 50 %, green at 100 %."""
    value = min(max(value, 0.0), 1.0)
    for (low, c_low), (high, c_high) in pairwise(HEAT):
        if value <= high:
            t = (value - low) / (high - low)
            return colors.Color(*(a + (b - a) * t
                                  for a, b in zip(c_low.rgb(), c_high.rgb(), strict=True)))
    return HEAT[-1][1]


def _bar(doc: _Doc, full: float, partial: float, coverage: float | None,
         width: float, size: float = 8.5) -> CoverageBar:
    label = doc("no_requirements") if coverage is None else doc.percent(coverage)
    factor = doc.report.partial_factor
    return CoverageBar(full, partial * factor, label, width, size)


# -- the opening -----------------------------------------------------------------------------

def _framework_cell(doc: _Doc, info: FrameworkInfo) -> str:
    points = doc("framework.points", doc.tx.number(info.points)) if info.points else ""
    text = doc("framework", code=escape(info.code), title=escape(info.title),
               kind=doc.tx.kind(info.kind), version=escape(info.version), points=points)
    if info.example:
        text += f'<br/><font color="#7a3e00"><b>{doc("mark.example")}</b></font>'
    elif info.example_texts:
        text += f'<br/><font color="#7a3e00">{doc("mark.texts")}</font>'
    return text


def _opening(doc: _Doc) -> list[Flowable]:
    r, st = doc.report, doc.styles
    rows = [(doc("label.a"), _framework_cell(doc, r.a)),
            (doc("label.b"), _framework_cell(doc, r.b)),
            (doc("label.links"), doc("links.same") if r.same else doc.tx.number(r.links)),
            (doc("label.made"), doc.tx.date(r.made_on))]
    if r.organisation:
        rows.append((doc("label.organisation"), escape(r.organisation)))
    notes = report_notes(r, doc.tx.language)
    return [Paragraph(doc("title"), st.title),
            Paragraph(escape(doc("subtitle", a=r.a.code, b=r.b.code)), st.body),
            facts_table(rows, st, label_share=0.24),
            *(KeepTogether([Paragraph(escape(n), st.example)]) for n in notes[:-1]),
            *_overall(doc), Paragraph(escape(notes[-1]), st.small)]


def _directions(report: ComparisonReport) -> tuple[DirectionReport, ...]:
    """A framework compared with itself is one direction, not the same table twice."""
    return (report.b_by_a,) if report.same else report.directions


def _overall(doc: _Doc) -> list[Flowable]:
    heads = ("col.direction", "col.requirements", "col.full", "col.partial", "col.none",
             "col.coverage")
    cell, bold = doc.style("ov", 9), doc.style("ov_b", 9, bold=True)
    right = doc.style("ov_r", 9, align=TA_RIGHT)
    bold_right = doc.style("ov_br", 9, bold=True, align=TA_RIGHT)
    data: list[list] = [[Paragraph(doc(h), bold if i in (0, 5) else bold_right)
                         for i, h in enumerate(heads)]]
    for d in _directions(doc.report):
        counts = (d.requirements, d.full, d.partial, d.requirements - d.full - d.partial)
        data.append([
            Paragraph(escape(doc("direction", covered=d.covered.code, by=d.by.code)), cell),
            *(Paragraph(doc.tx.number(v), right) for v in counts),
            _bar(doc, d.full_share, d.partial_share, d.coverage, 40 * mm, size=9)])
    numbers = [_width(9, ["0000"], [doc(h)]) for h in heads[1:5]]
    widths = [CONTENT_WIDTH - sum(numbers) - 62 * mm, *numbers, 62 * mm]
    return [Paragraph(doc("overall"), doc.styles.heading), grid_table(data, widths)]


# -- per unit --------------------------------------------------------------------------------

def _unit_table(doc: _Doc, direction: DirectionReport) -> Table:
    """Code, title, (points,) requirements, full, partial and a coverage bar per unit; the
    points column only when some unit has points (a standard's areas have none)."""
    size, units = 8.5, direction.units
    cell, bold = doc.style("u", size), doc.style("u_b", size, bold=True)
    right, bold_right = (doc.style("u_r", size, align=TA_RIGHT),
                         doc.style("u_br", size, bold=True, align=TA_RIGHT))
    with_points = any(u.points is not None for u in units)
    counts = ("col.points",) * with_points + ("col.requirements", "col.full", "col.partial")
    data: list[list] = [[Paragraph(doc("col.code"), bold), Paragraph(doc("col.unit"), bold),
                         *(Paragraph(doc(h), bold_right) for h in counts),
                         Paragraph(doc("col.coverage"), bold)]]
    for u in units:
        numbers = (u.points,) * with_points + (u.requirements, u.full, u.partial)
        data.append([
            Paragraph(escape(u.code or doc.tx("dash")), cell), Paragraph(escape(u.title), cell),
            *(Paragraph("" if v is None else doc.tx.number(v), right) for v in numbers),
            _bar(doc, u.full_share, u.partial_share, None if u.empty else u.coverage, 26 * mm,
                 size)])
    code_w = min(_width(size, [u.code for u in units], [doc("col.code")]), 34 * mm)
    numbers_w = [_width(size, ["1 500"], [doc(h)]) for h in counts]
    bar_w = 44 * mm
    title_w = CONTENT_WIDTH - code_w - sum(numbers_w) - bar_w
    return grid_table(data, [code_w, title_w, *numbers_w, bar_w])


def _direction(doc: _Doc, direction: DirectionReport) -> list[Flowable]:
    st = doc.styles
    covered, by = direction.covered.code, direction.by.code
    intro = doc("direction.intro", covered=escape(covered), by=escape(by),
                partial=doc.factor())
    return [CondPageBreak(60 * mm),
            Paragraph(escape(doc("direction", covered=covered, by=by)), st.heading),
            Paragraph(intro, st.small), _unit_table(doc, direction)]


# -- the matrix ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Column:
    index: int  # into the matrix's rows (units of A)
    label: str  # printed upright in the header: the ref, or a short key


def _matrix_columns(report: ComparisonReport) -> tuple[list[_Column], bool]:
    """Units of A as columns; short keys (1, 2 …, column numbers) when a ref is too long to
    print. Not "A1": beside a standard's areas A, B … on the rows, that read as its area A."""
    refs = [h.ref for h in report.matrix.rows]
    keyed = any(len(ref) > KEY_ABOVE for ref in refs)
    return [_Column(i, str(i + 1) if keyed else ref) for i, ref in enumerate(refs)], keyed


def _chunks(count: int) -> list[range]:
    """Column ranges that each fit the page: as few parts as possible, of even size."""
    per_part = max(1, int((CONTENT_WIDTH - TOTAL_WIDTH - MIN_ROW_LABEL) // MIN_COLUMN))
    parts = max(1, math.ceil(count / per_part))
    size = math.ceil(count / parts) if count else 0
    return [range(i, min(i + size, count)) for i in range(0, count, size)] if count else [
        range(0)]


def _widths(count: int) -> tuple[float, float]:
    """(row label width, column width) for `count` columns: columns as wide as is useful,
    the row labels get the rest, and give up room (down to a minimum) before a split."""
    room = CONTENT_WIDTH - TOTAL_WIDTH
    column = min(MAX_COLUMN, (room - ROW_LABEL_WIDTH) / max(count, 1))
    if column < MIN_COLUMN:
        column = (room - MIN_ROW_LABEL) / max(count, 1)
    return room - column * count, column


def _matrix_table(doc: _Doc, columns: list[_Column]) -> Table:
    r, size = doc.report, 7.5
    label_size = 8
    total = doc("col.total", r.a.code) if len(r.a.code) <= 10 else doc("col.total_short")
    head_h = max(stringWidth(label, FONT_BOLD, label_size)
                 for label in [*(c.label for c in columns), total]) + 6
    label_w, col_w = _widths(len(columns))
    row_style = doc.style("m_row", size)
    number = doc.style("m_num", size, align=TA_CENTER)
    bold_number = doc.style("m_num_b", size, bold=True, align=TA_CENTER)
    axes = (f'{escape(doc("matrix.columns", a=r.a.code))}<br/>'
            f'{escape(doc("matrix.rows", b=r.b.code))}')
    data: list[list] = [[Paragraph(f"<b>{axes}</b>", row_style),
                         *(UprightLabel(c.label, label_size, head_h) for c in columns),
                         UprightLabel(total, label_size, head_h)]]
    commands: list[tuple] = []
    for j, (heading, unit) in enumerate(zip(r.matrix.columns, r.b_by_a.units, strict=True),
                                        start=1):
        row: list = [Paragraph(_row_label(heading.ref, heading.title), row_style)]
        for k, column in enumerate(columns, start=1):
            value = r.matrix.cells[column.index][j - 1]
            row.append(Paragraph(_cell_text(doc, value), number))
            if value:
                commands.append(("BACKGROUND", (k, j), (k, j), heat_colour(value)))
        whole = None if unit.empty else unit.coverage
        row.append(Paragraph(_cell_text(doc, whole), bold_number))
        if whole:
            commands.append(("BACKGROUND", (len(columns) + 1, j), (len(columns) + 1, j),
                             heat_colour(whole)))
        data.append(row)
    table = grid_table(data, [label_w, *([col_w] * len(columns)), TOTAL_WIDTH])
    table.setStyle([("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (1, 0), (-1, -1), 1), ("RIGHTPADDING", (1, 0), (-1, -1), 1),
                    ("LINEBEFORE", (-1, 0), (-1, -1), 1.2, colors.black), *commands])
    return table


def _row_label(ref: str, title: str) -> str:
    if title and title != ref:
        return f"<b>{escape(ref)}</b> {escape(title)}"
    return f"<b>{escape(ref)}</b>"


def _cell_text(doc: _Doc, value: float | None) -> str:
    """Whole percent without the sign, rounded down as in the app and the workbook (37,5 % is
    37, never 38); blank for 0; – for no requirements."""
    return doc.tx("dash") if value is None else matrix_text(value, sign=False)


def _scale(doc: _Doc) -> Table:
    """The colour scale as five labelled swatches."""
    size = 7.5
    style = doc.style("scale", size, align=TA_CENTER)
    steps = (0.0, 0.25, 0.5, 0.75, 1.0)
    data = [[Paragraph(doc("matrix.scale"), doc.style("scale_l", size))] +
            [Paragraph(doc.tx.percent(whole_percent(s)), style) for s in steps]]
    table = Table(data, colWidths=[24 * mm] + [14 * mm] * len(steps), hAlign="LEFT")
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BOX", (1, 0), (-1, -1), 0.4, GRID),
                    ("INNERGRID", (1, 0), (-1, -1), 0.4, GRID),
                    *(("BACKGROUND", (i, 0), (i, 0), heat_colour(s))
                      for i, s in enumerate(steps, start=1))])
    return table


def _keys(doc: _Doc, columns: list[_Column]) -> list[Flowable]:
    """What each column of the matrix is: its key or code with the unit's title."""
    r, size = doc.report, 8
    style = doc.style("key", size)
    data = [[Paragraph(f"<b>{escape(c.label)}</b>", style),
             Paragraph(escape(_key_text(r.matrix.rows[c.index], c.label)), style)]
            for c in columns]
    key_w = max(stringWidth(c.label, FONT_BOLD, size) for c in columns) + 12
    intro = Paragraph(escape(doc("matrix.keys", a=r.a.code)), doc.styles.small)
    table = grid_table(data, [key_w, CONTENT_WIDTH - key_w], header_rows=0)
    return [KeepTogether([intro, table])] if len(data) <= 30 else [intro, table]


def _key_text(unit: UnitHeading, label: str) -> str:
    """The unit's title, with its code when the column shows a key instead of the code."""
    if label != unit.ref and unit.ref != unit.title:
        return f"{unit.ref} – {unit.title}"
    return unit.title


def _matrix(doc: _Doc) -> list[Flowable]:
    """Heading, explanation, colour scale, the table (in parts if wide) and the column keys;
    kept on one page when they fit on one."""
    r, st = doc.report, doc.styles
    columns, keyed = _matrix_columns(r)
    out: list[Flowable] = [
        Paragraph(doc("matrix"), st.heading),
        Paragraph(escape(doc("matrix.intro", a=r.a.code, b=r.b.code)), st.small), _scale(doc)]
    parts = _chunks(len(columns))
    for number, part in enumerate(parts, start=1):
        if len(parts) > 1:
            out.append(Paragraph(doc("matrix.part", number, len(parts), part.start + 1,
                                     part.stop, len(columns)), st.subheading))
        out.append(_matrix_table(doc, [columns[i] for i in part]))
    titled = any(h.title and h.title != h.ref for h in r.matrix.rows)
    if not (keyed or (titled and not r.same)):  # same framework: the rows name the columns
        return [KeepTogether(out)]
    keys = _keys(doc, columns)
    return [KeepTogether(out + keys)] if len(columns) <= 8 else [KeepTogether(out), *keys]


# -- requirements with no counterpart --------------------------------------------------------

def _unmatched(doc: _Doc, direction: DirectionReport) -> list[Flowable]:
    st, covered, by = doc.styles, direction.covered.code, direction.by.code
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        Paragraph(escape(doc("unmatched", covered=covered, by=by)), st.heading)]
    if doc.report.links == 0 and not doc.report.same:
        return [*out, Paragraph(escape(doc("unmatched.no_links", count=direction.requirements,
                                           covered=covered, by=by)), st.body)]
    if not direction.unmatched:
        return [*out, Paragraph(escape(doc("unmatched.none", covered=covered, by=by)),
                                st.body)]
    out.append(Paragraph(doc("unmatched.count", count=len(direction.unmatched),
                             total=direction.requirements), st.small))
    return [*out, _unmatched_table(doc, direction.unmatched)]


def _unmatched_table(doc: _Doc, rows: Sequence[UnmatchedRequirement]) -> Table:
    size = 8.5
    cell, bold = doc.style("um", size), doc.style("um_b", size, bold=True)
    data: list[list] = [[Paragraph(doc("col.code"), bold),
                         Paragraph(doc("col.requirement"), bold)]]
    group_rows, unit = [], None
    for r in rows:
        if r.unit != unit:
            unit = r.unit
            group_rows.append(len(data))
            data.append([Paragraph(_row_label(r.unit, r.unit_title), cell), ""])
        data.append([Paragraph(escape(r.code), cell), Paragraph(escape(r.text), cell)])
    code_w = min(_width(size, [r.code for r in rows], [doc("col.code")]), 40 * mm)
    return grid_table(data, [code_w, CONTENT_WIDTH - code_w], group_rows=group_rows)


# -- the document ----------------------------------------------------------------------------

def comparison_story(report: ComparisonReport, tx: Texts, styles: Styles) -> list[Flowable]:
    doc = _Doc(report, tx, styles)
    story = _opening(doc)
    for direction in _directions(report):
        story += _direction(doc, direction)
    story += _matrix(doc)
    for direction in _directions(report):
        story += _unmatched(doc, direction)
    return story


def write_comparison_pdf(report: ComparisonReport, path: Path | str, *,
                         language: str = "sv") -> Path:
    """Print the comparison (portrait A4, "Sida x av y", title/author/language metadata)."""
    path = Path(path)
    _check_folder(path)
    tx = Texts(language)
    styles = Styles.make(False)
    doc = _Doc(report, tx, styles)
    a, b = report.a.code, report.b.code
    meta = PdfMeta(title=f"{doc('title')}: {a} – {b}", author=report.organisation or
                   "KoLL Desktop", subject=doc("subject", a=a, b=b), language=tx.language,
                   footer=f"{doc('title')} {a} – {b}, {report.made_on.isoformat()}",
                   page_label=tx("page"))
    return build_pdf(path, comparison_story(report, tx, styles), meta)


def _check_folder(path: Path) -> None:
    """A file where a folder of `path` should be is a known error, said before writing."""
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise KnownError(f"kan inte skriva PDF-filen ({folder.name} är en fil, inte en "
                                 "mapp)", place=str(path))
            return
