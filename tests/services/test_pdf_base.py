"""Shared building blocks of the printed documents: tables whose tall rows may break over
a page, and the band (say, "draft") on every page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table

from koll_desktop.services.pdf_base import (
    BANNER_TOP,
    CONTENT_WIDTH,
    FONT_BOLD,
    MARGIN,
    Continued,
    PdfMeta,
    Styles,
    build_pdf,
    grid_table,
)
from tests.services import page_texts, pdf_text

PARTS = 12


def _meta(**kw) -> PdfMeta:
    return PdfMeta(title="Test", author="KoLL", subject="Test", language="sv", **kw)


def _course_rows(n: int, st: Styles) -> list[list]:
    """A course cut into pieces like the plan's: head (name, lead-in, first part), then one
    row a part, each able to say which course it goes on with."""
    label = Paragraph(f"<b>Kurs {n}</b> – fortsättning", st.cell)
    parts = [Paragraph(f"Del {n}.{k:02d} " + "ord " * 14, st.cell_bullet, bulletText="•")
             for k in range(1, PARTS + 1)]
    head = [Paragraph(f"<b>Kurs {n}</b>", st.cell), Paragraph("Det här ska du läsa:", st.cell),
            parts[0]]
    return [[head, Paragraph("100", st.cell)],
            *([[Continued(label), part], ""] for part in parts[1:])]


def _pieced_pdf(tmp_path, large_print: bool):
    st = Styles.make(large_print)
    data = [[Paragraph("Kurs", st.cell_bold), Paragraph("Poäng", st.cell_bold)]]
    for n in range(1, 4):
        data += _course_rows(n, st)
    table = grid_table(data, [CONTENT_WIDTH - 80, 80])
    story = [Paragraph("Inledning " * 40, st.body), Spacer(1, 150), table]
    return page_texts(build_pdf(tmp_path / "pieced.pdf", story, _meta()))


def test_tall_rows_break_between_their_parts_and_say_what_goes_on(tmp_path):
    for large_print in (False, True):
        pages = _pieced_pdf(tmp_path, large_print)
        assert len(pages) > 1
        assert any("fortsättning" in page for page in pages)  # a page broke inside a row
        for n in range(1, 4):
            name = f"Kurs {n}"
            # the head is never split: name, lead-in and first part on one page
            head = next(p for p in pages if f"{name} Det här" in p)
            assert f"Del {n}.01" in head
            for k in range(2, PARTS + 1):  # every part is on a page that names its course
                page = next(p for p in pages if f"Del {n}.{k:02d}" in p)
                assert name in page
            # the last part never starts a page alone
            last = next(p for p in pages if f"Del {n}.{PARTS:02d}" in p)
            assert f"Del {n}.{PARTS - 1:02d}" in last


def test_a_continued_label_only_where_a_page_starts_inside_a_row(tmp_path):
    pages = _pieced_pdf(tmp_path, large_print=True)
    for page in pages:  # at most one, above every part on its page
        if "fortsättning" in page:
            assert page.count("fortsättning") == 1
            assert page.index("fortsättning") < page.index("Del ")


def test_tables_without_continued_rows_stay_plain(tmp_path):
    st = Styles.make()
    table = grid_table([[Paragraph("a", st.cell)], [Paragraph("b", st.cell)]], [100])
    assert type(table) is Table


def test_banner_on_every_page_and_only_when_asked(tmp_path):
    st = Styles.make()
    story = [Paragraph("Text " * 300, st.body) for _ in range(6)]
    marked = build_pdf(tmp_path / "draft.pdf", story, _meta(banner="UTKAST – inte klar"))
    pages = page_texts(marked)
    assert len(pages) > 1 and all("UTKAST – inte klar" in page for page in pages)
    plain = build_pdf(tmp_path / "plain.pdf", story, _meta())
    assert "UTKAST" not in pdf_text(plain)
    assert len(page_texts(plain)) == len(pages)  # a draft is laid out like the final


def test_banner_is_large_in_large_print_and_always_fits():
    assert _meta(banner="UTKAST").banner_size == 11
    large = _meta(banner="UTKAST – planen är inte klar än", footer_size=16)
    assert large.banner_size == 16
    # the band sits in the top margin, which grows by at most 2 mm in large print
    assert BANNER_TOP + large.banner_height + 3 * mm <= large.top_margin <= MARGIN + 2 * mm
    long = _meta(banner="UTKAST – " * 20, footer_size=16)
    assert stringWidth(long.banner, FONT_BOLD, long.banner_size) <= CONTENT_WIDTH
    assert _meta().top_margin == MARGIN == _meta(banner="UTKAST").top_margin


# -- what ends a document is kept with what comes before it ------------------------------------

def _ending(st: Styles) -> list:
    lines = [["Ort och datum", "Underskrift av utfärdaren"]]
    from koll_desktop.services.pdf_base import signature_block

    return [Paragraph("Utfärdare", st.heading), Paragraph("Utfärdat av ORGANISATIONEN.", st.body),
            signature_block(lines, st, width_share=0.6)]


def _table(st: Styles, rows: int) -> Table:
    data = [[Paragraph("Kurs", st.cell_bold), Paragraph("Validerat", st.cell_bold)]]
    data += [[Paragraph(f"RAD{i:02d}", st.cell), Paragraph(f"{i} %", st.cell)]
             for i in range(1, rows + 1)]
    return grid_table(data, [CONTENT_WIDTH - 40 * mm, 40 * mm])


def test_a_signature_block_never_starts_a_page_alone_after_a_table(tmp_path):
    """Filler of every height pushes the table's end to every place on the page: where the
    block does not fit below it, the last row goes on with it, under the repeated header."""
    from koll_desktop.services.pdf_base import keep_with_previous

    st = Styles.make()
    moved = 0
    for step in range(0, 40):
        filler = Spacer(1, 120 * mm + step * 3 * mm)
        story = keep_with_previous([filler, _table(st, 12)], _ending(st))
        pages = page_texts(build_pdf(tmp_path / f"t{step}.pdf", story, _meta()))
        last = next(page for page in pages if "Utfärdat av ORGANISATIONEN" in page)
        assert "RAD12" in last, step  # the block shares its page with the table's end
        assert last.index("RAD12") < last.index("Utfärdare")
        if len(pages) > 1 and "RAD01" not in last:
            moved += 1
            assert last.startswith("Kurs Validerat")  # the header is repeated above it
    assert moved  # some heights did split the table


def test_a_signature_block_is_kept_with_a_paragraph_and_its_heading(tmp_path):
    from koll_desktop.services.pdf_base import keep_with_previous

    st = Styles.make()
    for step in range(0, 30):
        story = keep_with_previous(
            [Spacer(1, 150 * mm + step * 3 * mm), Paragraph("RUBRIKEN", st.heading),
             Paragraph("Ingen kurs motsvaras helt än.", st.body)], _ending(st))
        pages = page_texts(build_pdf(tmp_path / f"p{step}.pdf", story, _meta()))
        last = next(page for page in pages if "Utfärdat av ORGANISATIONEN" in page)
        assert "RUBRIKEN Ingen kurs motsvaras helt än." in last, step
