"""What every printed document shares: embedded Unicode font, styles (normal and large
print), "Sida x av y", PDF metadata, and an atomic write.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from koll_desktop import paths
from koll_desktop.services.files import write_bytes

FONT = "KoLLSans"
FONT_BOLD = "KoLLSans-Bold"
FONT_ITALIC = "KoLLSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
               FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
MARGIN = 18 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#1f4e79")
DRAFT_TEXT = colors.HexColor("#8a1c1c")
DRAFT_BACK = colors.HexColor("#fde4e1")
BANNER_TOP = 6 * mm  # from the top edge of the page to the band (inside printable area)


def register_fonts() -> None:
    """Embed DejaVu Sans (resources/fonts): å ä ö and names in other scripts print right."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles; large print sets all text, small text too, to at least 16 pt
    (DESIGN §5). Headings keep with what follows them, so none is left alone at a page end.
    """

    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    example: ParagraphStyle
    draft: ParagraphStyle
    bullet: ParagraphStyle
    cell_bullet: ParagraphStyle
    size: float
    large_print: bool = False

    @classmethod
    def make(cls, large_print: bool = False) -> Styles:
        register_fonts()
        size = 16.0 if large_print else 10.5
        lead = size * 1.35
        small = size if large_print else size * 0.85

        def style(name: str, **kw) -> ParagraphStyle:
            base = {"fontName": FONT, "fontSize": size, "leading": lead, "alignment": TA_LEFT,
                    "spaceAfter": size * 0.5, "bulletFontName": FONT, "bulletFontSize": size,
                    "allowWidows": 0}  # a paragraph never leaves one line alone on a page
            return ParagraphStyle(name, **{**base, **kw})

        return cls(
            body=style("body"),
            small=style("small", fontSize=small, leading=small * 1.35),
            title=style("title", fontName=FONT_BOLD, fontSize=size * 1.8, leading=size * 2.2,
                        spaceAfter=size),
            heading=style("heading", fontName=FONT_BOLD, fontSize=size * 1.25,
                          leading=size * 1.6, spaceBefore=size * 0.9, spaceAfter=size * 0.4,
                          keepWithNext=1, textColor=ACCENT),
            subheading=style("subheading", fontName=FONT_BOLD, spaceBefore=size * 0.6,
                             spaceAfter=size * 0.25, keepWithNext=1),
            cell=style("cell", spaceAfter=0),
            cell_bold=style("cell_bold", fontName=FONT_BOLD, spaceAfter=0),
            example=style("example", fontName=FONT_ITALIC, textColor=colors.HexColor("#7a3e00"),
                          backColor=colors.HexColor("#fff3d6"), borderPadding=4,
                          spaceBefore=4, spaceAfter=size),
            draft=style("draft", textColor=DRAFT_TEXT, backColor=DRAFT_BACK,
                        borderColor=DRAFT_TEXT, borderWidth=0.8, borderPadding=5,
                        spaceBefore=5, spaceAfter=size + 2),
            bullet=style("bullet", leftIndent=size * 1.3, bulletIndent=size * 0.3,
                         spaceAfter=size * 0.25),
            cell_bullet=style("cell_bullet", leftIndent=size * 0.9, bulletIndent=0,
                              spaceAfter=0),
            size=size,
            large_print=large_print,
        )


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    language: str  # "sv" or "en"; written as the PDF's /Lang
    footer: str = ""  # e.g. the case reference; left in the footer of every page
    page_label: str = "Sida {0} av {1}"
    footer_size: float = 9  # large print: as large as the body text
    banner: str = ""  # in a band at the top of every page, e.g. that the document is a draft

    @property
    def banner_size(self) -> float:
        """The band's text: at least 11 pt, as large as the footer in large print, and
        never wider than the page's text."""
        size = max(self.footer_size, 11)
        width = stringWidth(self.banner, FONT_BOLD, size)
        return min(size, size * (CONTENT_WIDTH - 12) / width) if width else size

    @property
    def banner_height(self) -> float:
        return self.banner_size * 1.6 if self.banner else 0

    @property
    def top_margin(self) -> float:
        """Room above the text: the page margin, which holds the band (large print needs
        a little more), so a draft is laid out like the final document."""
        return max(MARGIN, BANNER_TOP + self.banner_height + 4 * mm)


def _numbered_canvas(meta: PdfMeta) -> type[Canvas]:
    """A canvas that knows the page count when it draws each footer."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            # every page starts in the embedded font, so no unembedded Helvetica is listed
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                if meta.banner:
                    self._banner()
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, meta.footer_size)
            self.setFillColor(colors.HexColor("#444444"))
            width, _ = A4
            self.drawString(MARGIN, 10 * mm, meta.footer)
            self.drawRightString(width - MARGIN, 10 * mm,
                                 meta.page_label.format(self._pageNumber, total))
            self.restoreState()

        def _banner(self) -> None:
            size, height = meta.banner_size, meta.banner_height
            width, page_height = A4
            bottom = page_height - BANNER_TOP - height
            self.saveState()
            self.setFillColor(DRAFT_BACK)
            self.setStrokeColor(DRAFT_TEXT)
            self.setLineWidth(0.8)
            self.rect(MARGIN, bottom, CONTENT_WIDTH, height, stroke=1, fill=1)
            self.setFillColor(DRAFT_TEXT)
            self.setFont(FONT_BOLD, size)
            self.drawCentredString(width / 2, bottom + (height - size * 0.72) / 2, meta.banner)
            self.restoreState()

    return NumberedCanvas


def build_pdf(path: Path, story: Sequence[Flowable], meta: PdfMeta,
              on_page: Callable[[Canvas, SimpleDocTemplate], None] | None = None) -> Path:
    """Write the document to `path`; a half-written file never takes the real name."""
    register_fonts()
    buffer = io.BytesIO()  # built in memory: a failed build never leaves a file behind
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=meta.top_margin,
        bottomMargin=MARGIN + 6 * mm, title=meta.title, author=meta.author, subject=meta.subject,
        creator="KoLL Desktop", lang=meta.language, displayDocTitle=True)
    page = on_page or (lambda canvas, document: None)
    doc.build(list(story), onFirstPage=page, onLaterPages=page,
              canvasmaker=_numbered_canvas(meta))
    return write_bytes(path, buffer.getvalue(), "PDF-filen")


# -- building blocks every document shares ---------------------------------------------------

# Every table: cells align at the top, and even empty string cells use the embedded font
# (a table's default is Helvetica, which would be listed in the PDF unembedded).
_BASE = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)]


def height_of(flowables: Sequence[Flowable], width: float = CONTENT_WIDTH) -> float:
    """How tall `flowables` are one below the other, with the space around each."""
    return sum(f.wrap(width, A4[1])[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables)


def escape(text: object) -> str:
    """Plain text made safe for a Paragraph (which reads <, > and & as markup)."""
    return _xml_escape(str(text))


def readable_image(path: str) -> bool:
    """True when `path` names an image file reportlab can read (PNG, JPEG, GIF)."""
    if not path:
        return False
    try:
        from reportlab.lib.utils import ImageReader

        ImageReader(path).getSize()
    except Exception:  # a missing, unreadable or broken file: print without the logo
        return False
    return True


def letterhead(organisation: str, logo: str, styles: Styles) -> list[Flowable]:
    """Organisation name (and logo, when the setting names a readable image) at the top."""
    name = Paragraph(escape(organisation), styles.subheading) if organisation else Spacer(1, 1)
    if not readable_image(logo):
        return [name] if organisation else []
    from reportlab.lib.utils import ImageReader

    width, height = ImageReader(logo).getSize()
    target_h = 16 * mm
    target_w = min(60 * mm, target_h * width / max(height, 1))
    image = Image(logo, width=target_w, height=target_w * height / max(width, 1))
    table = Table([[name, image]], colWidths=[CONTENT_WIDTH - target_w - 4, target_w + 4])
    table.setStyle(TableStyle([*_BASE, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Spacer(1, styles.size * 0.5)]


def facts_table(rows: Sequence[tuple[str, str]], styles: Styles,
                label_share: float = 0.32) -> Table:
    """Label → value rows (name, case, counsellor …); values are markup, labels plain.
    The labels' column is widened, up to half the page, to hold the longest word of a label
    ("Valideringshandledare" in large print): a label wraps between words only."""
    data = [[Paragraph(escape(label), styles.cell_bold), Paragraph(value, styles.cell)]
            for label, value in rows]
    widest = max((stringWidth(word, FONT_BOLD, styles.size)
                  for label, _ in rows for word in label.split()), default=0.0)
    label_w = min(max(CONTENT_WIDTH * label_share, widest + 2 + 6 + 2), CONTENT_WIDTH / 2)
    table = Table(data, colWidths=[label_w, CONTENT_WIDTH - label_w], hAlign="LEFT",
                  spaceAfter=6)
    table.setStyle(TableStyle([
        *_BASE, ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def grid_table(data: list[list], col_widths: Sequence[float], *, header_rows: int = 1,
               group_rows: Sequence[int] = (), total_rows: Sequence[int] = ()) -> Table:
    """A table of Paragraph cells that wraps inside the page width; header repeats on each
    page; group rows span the whole width and are shaded. A row whose first cell starts
    with `Continued` goes on with the row above it, so a page can break inside a tall row."""
    continued = {i for i, row in enumerate(data) if _continues(row)}
    kind = _PiecedTable if continued else Table
    table = kind(data, colWidths=list(col_widths), repeatRows=header_rows, hAlign="LEFT",
                 spaceAfter=6)
    commands = [
        *_BASE,
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *_grid_lines(len(data), continued),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    for row in group_rows:  # a group's title never ends a page without its first row
        commands += [("SPAN", (0, row), (-1, row)), ("NOSPLIT", (0, row), (-1, row + 1)),
                     ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#dde6ef"))]
    for row in total_rows:  # a total never starts a page alone
        commands += [("LINEABOVE", (0, row), (-1, row), 1.2, colors.black),
                     ("NOSPLIT", (0, row - 1), (-1, row))]
    table.setStyle(TableStyle(commands))
    return table


class Continued(Flowable):
    """Put first in the first cell of a row that goes on with the row above it. Takes no
    room; where a page starts with that row, `label` is printed in its place (say, the
    course name, "continued")."""

    def __init__(self, label: Flowable) -> None:
        super().__init__()
        self.label = label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def _continues(row: Sequence) -> Continued | None:
    """The marker of a continued row (its cell may be a list or reportlab's own tuple)."""
    cell = row[0] if row else None
    first = cell[0] if isinstance(cell, (list, tuple)) and cell else None
    return first if isinstance(first, Continued) else None


class _PiecedTable(Table):
    """A table with continued rows: the part on each page ends with a line, and a part that
    starts with a continued row says what it continues."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[0].setStyle([("LINEBELOW", (0, -1), (-1, -1), 0.4, GRID)])
            _label_continuation(parts[1])
        return parts


def _label_continuation(table: Table) -> None:
    """Where the part of a table on a new page starts with a continued row, print its label
    above it. Reportlab keeps the cells in `_cellvalues` and the heights it already measured
    in `_argH`; the row gets new cells (the unsplit table keeps its own) and is measured
    again."""
    rows, first = table._cellvalues, table.repeatRows
    marker = _continues(rows[first]) if first < len(rows) else None
    if marker:
        rows[first] = [[marker.label, *rows[first][0][1:]], *rows[first][1:]]
        table._argH[first] = None


def _grid_lines(rows: int, continued: Collection[int]) -> list[tuple]:
    """Lines round every cell; a continued row is drawn as part of the row above it (no line,
    no padding between them). The last piece of a row never starts a page alone."""
    if not continued:
        return [("GRID", (0, 0), (-1, -1), 0.4, GRID)]
    commands: list[tuple] = [
        ("BOX", (0, 0), (-1, -1), 0.4, GRID), ("LINEAFTER", (0, 0), (-2, -1), 0.4, GRID)]
    for row in range(rows - 1):
        if row + 1 not in continued:
            commands.append(("LINEBELOW", (0, row), (-1, row), 0.4, GRID))
            continue
        commands += [("BOTTOMPADDING", (0, row), (-1, row), 0),
                     ("TOPPADDING", (0, row + 1), (-1, row + 1), 0)]
        if row + 2 not in continued:
            commands.append(("NOSPLIT", (0, row), (-1, row + 1)))
    return commands


def signature_block(columns: Sequence[Sequence[str]], styles: Styles,
                    width_share: float = 1.0) -> Table:
    """Lines to write on, side by side: each column is a list of labels (markup), each
    printed under its own line with room above to write. An empty column keeps the
    columns' lines apart."""
    gutter = 10 * mm
    width = (CONTENT_WIDTH * width_share - gutter * (len(columns) - 1)) / len(columns)
    depth = max(len(column) for column in columns)
    data: list[list[Flowable | str]] = []
    commands = [*_BASE, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    for i in range(depth):
        blank: list[Flowable | str] = []
        labels: list[Flowable | str] = []
        for c, column in enumerate(columns):
            if c:
                blank.append("")
                labels.append("")
            has = i < len(column)
            blank.append(Spacer(1, styles.size * 2.6))
            labels.append(Paragraph(column[i], styles.small) if has else "")
            if has:
                commands.append(("LINEABOVE", (2 * c, 2 * i + 1), (2 * c, 2 * i + 1), 0.8,
                                 colors.black))
        data += [blank, labels]
    widths = [width if k % 2 == 0 else gutter for k in range(2 * len(columns) - 1)]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


class KeepTail(Flowable):
    """A table and what must follow it (say, a signature block), with the headings that lead
    into the table: where they do not fit on the page together, the table's last row (under
    its repeated header) goes on to the next page with what follows, so that never starts a
    page alone, and the headings never end a page without the table's first row."""

    def __init__(self, lead: Sequence[Flowable], table: Table,
                 after: Sequence[Flowable]) -> None:
        super().__init__()
        self.lead, self.table, self.after = list(lead), table, list(after)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 0xFFFFFF  # always split, as a KeepTogether does

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lead_h = height_of(self.lead, availWidth)
        table_h = self.table.wrap(availWidth, availHeight)[1]
        if lead_h + table_h + height_of(self.after, availWidth) <= availHeight:
            return [*self.lead, self.table, *self.after]
        # at least the last row moves on: split the table a little above its end
        parts = self.table.split(availWidth, min(availHeight - lead_h, table_h - 1))
        if len(parts) == 2:
            return [*self.lead, parts[0], KeepTail([], parts[1], self.after)]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return [*self.lead, self.table, *self.after]  # a fresh page cannot do better
        return []  # not even the table's start fits here: all of it goes to the next page


def keep_with_previous(story: Sequence[Flowable], ending: Sequence[Flowable],
                       count: int = 1) -> list[Flowable]:
    """`story` followed by `ending`, which is kept with the last `count` flowables before it
    (of a table, only its last row), and with the headings that keep with those: a
    signature block never stands alone on a page."""
    end = len(story)
    start = max(end - count, 0)
    while start > 0 and story[start - 1].getKeepWithNext():
        start -= 1  # a heading goes where what it leads into goes
    before, kept = list(story[:start]), list(story[start:])
    if kept and count == 1 and isinstance(kept[-1], Table):
        return [*before, KeepTail(kept[:-1], kept[-1], ending)]
    return [*before, KeepTogether([*kept, *ending])]
