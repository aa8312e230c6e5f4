"""What every printed document shares: embedded Unicode font, styles (normal and large
print), "Sida x av y", PDF metadata, and an atomic write.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from koll_desktop import paths
from koll_desktop.errors import KnownError

FONT = "KoLLSans"
FONT_BOLD = "KoLLSans-Bold"
FONT_ITALIC = "KoLLSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
               FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
MARGIN = 18 * mm


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
    """Paragraph styles; large print sets body text to 16 pt (DESIGN §5)."""

    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    example: ParagraphStyle
    size: float

    @classmethod
    def make(cls, large_print: bool = False) -> Styles:
        register_fonts()
        size = 16.0 if large_print else 10.5
        lead = size * 1.35

        def style(name: str, **kw) -> ParagraphStyle:
            base = {"fontName": FONT, "fontSize": size, "leading": lead, "alignment": TA_LEFT,
                    "spaceAfter": size * 0.5}
            return ParagraphStyle(name, **{**base, **kw})

        return cls(
            body=style("body"),
            small=style("small", fontSize=size * 0.85, leading=lead * 0.85),
            title=style("title", fontName=FONT_BOLD, fontSize=size * 1.8, leading=size * 2.2,
                        spaceAfter=size),
            heading=style("heading", fontName=FONT_BOLD, fontSize=size * 1.25,
                          leading=size * 1.6, spaceBefore=size * 0.9, spaceAfter=size * 0.4),
            cell=style("cell", spaceAfter=0),
            cell_bold=style("cell_bold", fontName=FONT_BOLD, spaceAfter=0),
            example=style("example", fontName=FONT_ITALIC, textColor=colors.HexColor("#7a3e00"),
                          backColor=colors.HexColor("#fff3d6"), borderPadding=4,
                          spaceBefore=4, spaceAfter=size),
            size=size,
        )


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    language: str  # "sv" or "en"; written as the PDF's /Lang
    footer: str = ""  # e.g. the case reference; left in the footer of every page
    page_label: str = "Sida {0} av {1}"


def _numbered_canvas(meta: PdfMeta) -> type[Canvas]:
    """A canvas that knows the page count when it draws each footer."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
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
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 9)
            self.setFillColor(colors.HexColor("#444444"))
            width, _ = A4
            self.drawString(MARGIN, 10 * mm, meta.footer)
            self.drawRightString(width - MARGIN, 10 * mm,
                                 meta.page_label.format(self._pageNumber, total))
            self.restoreState()

    return NumberedCanvas


def build_pdf(path: Path, story: Sequence[Flowable], meta: PdfMeta,
              on_page: Callable[[Canvas, SimpleDocTemplate], None] | None = None) -> Path:
    """Write the document to `path`; a half-written file never takes the real name."""
    register_fonts()
    partial = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(
        str(partial), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm, title=meta.title, author=meta.author,
        subject=meta.subject, creator="KoLL Desktop", lang=meta.language,
        displayDocTitle=True)
    page = on_page or (lambda canvas, document: None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.build(list(story), onFirstPage=page, onLaterPages=page,
                  canvasmaker=_numbered_canvas(meta))
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise KnownError(f"kan inte skriva PDF-filen ({exc.strerror or exc})",
                         place=str(path)) from exc
    return path
