"""Framework comparison (`koll compare A B`): the gathering, the workbook and the PDF.

Expected coverages are worked out by hand from resources/library/example_standard_usk.json
(the crosswalk) and voxabn.json (weights all 1); EX-USK weights are in the comments.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from koll_desktop.domain.enums import Coverage, FrameworkKind
from koll_desktop.domain.library import CrosswalkLink, Framework, Requirement, Unit
from koll_desktop.errors import KnownError
from koll_desktop.services.comparison import (
    build_report,
    compare_frameworks,
    coverage_matrix,
)
from koll_desktop.services.comparison_pdf import write_comparison_pdf
from koll_desktop.services.comparison_xlsx import SHEETS, write_comparison_xlsx
from koll_desktop.storage.db import write
from koll_desktop.storage.library import LibraryRepository


@pytest.fixture
def report(demo_db):
    return compare_frameworks(demo_db, "EX-USK", "VOXABN")


def _units(direction):
    return {u.ref: u for u in direction.units}


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


# -- gathering -------------------------------------------------------------------------------

def test_every_voxabn_course_appears_with_its_coverage(demo_db, report):
    courses = [u.ref for u in LibraryRepository(demo_db).find_framework("VOXABN").units]
    assert [u.ref for u in report.b_by_a.units] == courses
    assert len(courses) == 18
    assert all(0.0 <= u.coverage <= 1.0 for u in report.b_by_a.units)
    assert (report.a.code, report.b.code) == ("EX-USK", "VOXABN")
    assert (report.a.version, report.b.version) == ("2024-1", "2021-07")


def test_coverages_worked_out_by_hand(report):
    vox = _units(report.b_by_a)
    # OMVOMV01.1 ← A.5 full, .2 ← A.2 full, .3 ← A.1 full, .4 ← A.4 full, .5 ← F.1 full
    assert vox["OMVOMV01"].coverage == 1.0
    # no link reaches Samhällskunskap 1a1
    assert vox["SAMSAM01a1"].coverage == 0.0
    # ANOANA01.1 ← B.8 full (1), .2 ← B.8 partial (0.5), .3 and .4 nothing: 1.5 / 4
    anatomy = vox["ANOANA01"]
    assert anatomy.coverage == pytest.approx(0.375)
    assert (anatomy.requirements, anatomy.full, anatomy.partial, anatomy.unmatched) == (4, 1, 1, 2)
    assert (anatomy.full_share, anatomy.partial_share) == (pytest.approx(0.25),
                                                           pytest.approx(0.25))
    # HAOHAL02: .1 none, .2 ← B.5 partial, .3 ← B.6 full, .4 ← B.7 full, .5 ← B.3/C.4 partial
    assert vox["HAOHAL02"].coverage == pytest.approx(3 / 5)
    # OMVOMV02: .1 partial, .2 full, .3 partial, .4 none, .5 partial → 2.5 / 5
    assert vox["OMVOMV02"].coverage == pytest.approx(0.5)
    # the whole of VOXABN: 36 of the 76 requirement-weights of its counted units; of the
    # alternatives Svenska 1 and Svenska som andraspråk 1 (both 0 %) the first counts
    assert report.b_by_a.coverage == pytest.approx(36 / 76)
    assert [u.ref for u in report.b_by_a.units if not u.counted] == ["SVASVA01"]
    assert (report.b_by_a.requirements, report.b_by_a.full, report.b_by_a.partial) == (76, 30, 12)
    assert "VOXABN: Svenska som andraspråk 1 (SVASVA01) räknas inte i helheten" in \
        " ".join(report.notes)


def test_the_other_way_uses_the_weights(report):
    usk = _units(report.a_by_b)
    # A: A.1 (w 2) full, A.2 full, A.3 partial, A.4 (w 2) full, A.5 full, A.6 full,
    #    A.7 partial, A.8 partial → (2 + 1 + 0.5 + 2 + 1 + 1 + 0.5 + 0.5) / 10
    assert usk["A"].coverage == pytest.approx(0.85)
    # F: F.1 (w 2) full, F.2, F.3 and F.8 partial, F.4–F.7 and F.9 nothing → 3.5 / 10
    assert usk["F"].coverage == pytest.approx(0.35)
    assert usk["F"].full_share == pytest.approx(0.2)
    assert usk["F"].partial_share == pytest.approx(0.3)


def test_requirements_without_counterpart_both_ways(report):
    in_usk = {(r.unit, r.code) for r in report.a_by_b.unmatched}
    assert in_usk == {("F", "F.4"), ("F", "F.5"), ("F", "F.6"), ("F", "F.7"), ("F", "F.9")}
    f4 = next(r for r in report.a_by_b.unmatched if r.code == "F.4")
    assert f4.framework == "EX-USK" and "skiftbyte" in f4.text and f4.example
    in_vox = {r.code for r in report.b_by_a.unmatched}
    assert {"SAMSAM01a1.1", "OMVOMV02.4", "ANOANA01.3", "HAOHAL02.1"} <= in_vox
    assert not any(code.startswith("OMVOMV01") for code in in_vox)
    assert len(in_vox) == 38
    assert report.links == 52


def test_matrix_cell_follows_the_definition(report):
    # OMVOMV01 by links to area A only: .1–.4 are reached from A (A.5, A.2, A.1, A.4),
    # .5 only from F.1 → 4 / 5. By area F only: .5 ← F.1 full → 1 / 5.
    assert report.matrix.cell("A", "OMVOMV01") == pytest.approx(0.8)
    assert report.matrix.cell("F", "OMVOMV01") == pytest.approx(0.2)
    # ANOANA01 only from B.8 (area B): the whole unit's coverage sits in one cell
    assert report.matrix.cell("B", "ANOANA01") == pytest.approx(0.375)
    assert report.matrix.cell("A", "ANOANA01") == 0.0


def test_matrix_is_consistent_with_the_engine(report):
    for j, unit in enumerate(report.b_by_a.units):
        column = [row[j] for row in report.matrix.cells]
        assert max(column) <= unit.coverage + 1e-9  # a part of A covers no more than all of A
        assert unit.coverage <= sum(column) + 1e-9  # every covered requirement is in a cell
    assert [h.ref for h in report.matrix.rows] == ["A", "B", "C", "D", "E", "F"]


def test_a_framework_compared_with_itself(demo_db):
    same = compare_frameworks(demo_db, "VOXABN", "VOXABN")
    assert same.same
    assert "Samma ramverk: allt täcks av sig självt" in same.notes[0]
    assert same.b_by_a.coverage == 1.0 and same.a_by_b.coverage == 1.0
    assert all(u.coverage == 1.0 and u.full == u.requirements for u in same.b_by_a.units)
    assert same.b_by_a.unmatched == () and same.a_by_b.unmatched == ()
    size = len(same.matrix.rows)
    assert same.matrix.cells == tuple(tuple(1.0 if i == j else 0.0 for j in range(size))
                                      for i in range(size))


def test_no_links_between_the_frameworks(demo_db):
    none = compare_frameworks(demo_db, "EX-USK", "YP-BARNSKOTARE")
    assert none.links == 0
    assert none.notes[0].startswith("Inga kopplingar finns mellan EX-USK och YP-BARNSKOTARE")
    assert none.b_by_a.coverage == 0.0 and none.a_by_b.coverage == 0.0
    assert all(u.coverage == 0.0 for d in none.directions for u in d.units)
    assert all(cell == 0.0 for row in none.matrix.cells for cell in row)
    assert len(none.b_by_a.unmatched) == none.b.requirements == 38
    assert len(none.a_by_b.unmatched) == none.a.requirements == 47
    # units without a code are named by their title
    assert "Pedagogiskt arbete" in [h.ref for h in none.matrix.columns]


def test_an_unknown_code_is_named(demo_db):
    with pytest.raises(KnownError, match="NOPE"):
        compare_frameworks(demo_db, "EX-USK", "NOPE")
    with pytest.raises(KnownError, match="OKÄND"):
        compare_frameworks(demo_db, "OKÄND", "VOXABN")


def test_a_framework_without_requirements_is_refused(demo_db):
    empty = Framework(code="TOM", kind=FrameworkKind.LOCAL, title="Tomt ramverk", version="1",
                      units=(Unit(code="T1", title="Område utan krav"),))
    with write(demo_db):
        LibraryRepository(demo_db).insert_framework(empty)
    with pytest.raises(KnownError, match=r"TOM .*har inga krav"):
        compare_frameworks(demo_db, "TOM", "VOXABN")
    with pytest.raises(KnownError, match="inga krav"):
        compare_frameworks(demo_db, "EX-USK", "TOM")


def test_example_flags_are_carried(report):
    assert report.a.example and not report.a.example_texts  # a made-up standard
    assert not report.b.example and report.b.example_texts  # real courses, example texts
    assert any("EX-USK är ett exempel" in n for n in report.notes)
    assert any("Kravtexterna i VOXABN är exempel" in n for n in report.notes)


# -- small made-up frameworks: weights, an empty unit, hostile text ----------------------------

def _tiny() -> tuple[Framework, Framework, list[CrosswalkLink]]:
    a = Framework(code="LOK-A", kind=FrameworkKind.LOCAL, title="=HYPERLINK(\"x\")",
                  version="1", units=(
                      Unit(code="=U1", title="+Första", requirements=(
                          Requirement("R1", "-gör något"), Requirement("R2", "annat"))),
                      Unit(code="U2", title="Andra", requirements=(
                          Requirement("R3", "tredje"),))))
    b = Framework(code="LOK-B", kind=FrameworkKind.SYLLABUS, title="Kurser", version="2",
                  units=(
                      Unit(code="K1", title="Kurs ett", points=100, requirements=(
                          Requirement("S1", "tungt", weight=2), Requirement("S2", "lätt"))),
                      Unit(code="K2", title="Tom kurs", points=50)))
    links = [CrosswalkLink(("LOK-A", "R1"), ("LOK-B", "S1"), Coverage.PARTIAL),
             CrosswalkLink(("LOK-B", "S1"), ("LOK-A", "R3"), Coverage.FULL),
             CrosswalkLink(("LOK-A", "R2"), ("LOK-B", "S2"), Coverage.PARTIAL)]
    return a, b, links


def test_weights_partial_links_and_an_empty_unit():
    a, b, links = _tiny()
    tiny = build_report(a, b, links)
    k1, k2 = tiny.b_by_a.units
    # S1 (w 2): best link is full (from R3) → 1; S2: partial → 0.5; (2 + 0.5) / 3
    assert k1.coverage == pytest.approx(2.5 / 3)
    assert k2.empty and k2.requirements == 0
    # by =U1 only: S1 partial (0.5 × 2) and S2 partial (0.5) → 1.5 / 3; by U2: S1 → 2 / 3
    assert tiny.matrix.cell("=U1", "K1") == pytest.approx(0.5)
    assert tiny.matrix.cell("U2", "K1") == pytest.approx(2 / 3)
    assert tiny.matrix.cell("U2", "K2") is None
    assert any("K2" in note and "saknar krav" in note for note in tiny.notes)
    assert coverage_matrix(a, b, links) == tiny.matrix


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    a, b, links = _tiny()
    path = write_comparison_xlsx(build_report(a, b, links), tmp_path / "lok.xlsx")
    wb = load_workbook(path)
    assert all(c.data_type != "f" for ws in wb for row in ws.iter_rows() for c in row)
    label = wb["Matris"]["C4"]  # A's units are the matrix's columns
    assert label.value == "=U1" and label.data_type == "s" and label.quotePrefix
    framework_title = wb["Översikt"]["C4"]
    assert framework_title.value == "=HYPERLINK(\"x\")" and framework_title.quotePrefix


# -- the workbook ----------------------------------------------------------------------------

def test_workbook_sheets_tables_and_heat_map(report, tmp_path):
    path = write_comparison_xlsx(report, tmp_path / "jämförelse.xlsx")
    assert not (tmp_path / "jämförelse.xlsx.part").exists()
    wb = load_workbook(path)
    assert wb.sheetnames == list(SHEETS)
    tables = {ws.title: sorted(ws.tables) for ws in wb}
    assert tables == {"Översikt": ["Ramverk", "Tackning"], "B täcks av A": ["BtacksAvA"],
                      "A täcks av B": ["AtacksAvB"], "Matris": ["Matris"],
                      "Utan motsvarighet": ["UtanMotsvarighet"]}
    for name in SHEETS[1:]:
        assert wb[name].freeze_panes is not None

    matrix = wb["Matris"]
    rules = [rule for cf in matrix.conditional_formatting for rule in cf.rules]
    scales = [r for r in rules if r.type == "colorScale"]
    assert scales and all(len(r.colorScale.color) == 3 for r in scales)
    ranges = [str(cf.sqref) for cf in matrix.conditional_formatting]
    assert "C5:H22" in ranges  # 18 courses of VOXABN × 6 areas of EX-USK
    assert "I5:I22" in ranges  # Hela EX-USK
    header = [c.value for c in matrix[4]]
    assert header == ["Enhet i VOXABN", "Titel", "A", "B", "C", "D", "E", "F", "Hela EX-USK"]
    rows = {r[0].value: r for r in matrix.iter_rows(min_row=5, max_row=22)}
    assert list(rows) == [u.ref for u in report.b_by_a.units]
    omv = rows["OMVOMV01"]
    assert omv[header.index("A")].value == 0.8
    assert omv[header.index("A")].number_format == '0%;-0%;""'  # 0 shows as an empty cell


def test_workbook_per_unit_sheets_and_unmatched(report, tmp_path):
    wb = load_workbook(write_comparison_xlsx(report, tmp_path / "c.xlsx"))
    per_unit = wb["B täcks av A"]
    headings = [c.value for c in per_unit[3]]
    assert headings[:3] == ["Kod", "Titel", "Poäng"] and "Täckning" in headings
    rows = {r[0]: r for r in per_unit.iter_rows(min_row=4, values_only=True)}
    assert set(rows) == {u.ref for u in report.b_by_a.units}
    coverage = headings.index("Täckning")
    assert rows["OMVOMV01"][coverage] == 1.0
    assert rows["SAMSAM01a1"][coverage] == 0.0
    assert rows["ANOANA01"][coverage] == pytest.approx(0.375)
    assert per_unit.cell(4, coverage + 1).number_format == "0.0%"
    assert "EXEMPEL" in per_unit["A2"].value  # the example standard is marked

    unmatched = list(wb["Utan motsvarighet"].iter_rows(min_row=4, values_only=True))
    assert unmatched[-5][:3] == ("EX-USK", "VOXABN", "F")
    assert ("EX-USK", "F.4") in {(r[0], r[4]) for r in unmatched}
    assert len(unmatched) == 38 + 5

    overview = [c for row in wb["Översikt"].iter_rows(values_only=True) for c in row if c]
    assert "EXEMPEL, inte ett verkligt ramverk" in overview
    assert pytest.approx(0.473) in overview  # 36 / 76, rounded down to thousandths


def test_workbook_for_self_and_no_links(demo_db, tmp_path):
    same = load_workbook(write_comparison_xlsx(compare_frameworks(demo_db, "VOXABN", "VOXABN"),
                                               tmp_path / "s.xlsx"))
    texts = [c for row in same["Översikt"].iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    assert any("Samma ramverk: allt täcks av sig självt" in t for t in texts)
    none = load_workbook(write_comparison_xlsx(
        compare_frameworks(demo_db, "EX-USK", "YP-BARNSKOTARE"), tmp_path / "n.xlsx"))
    texts = [c for row in none["Översikt"].iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    assert any("Inga kopplingar finns mellan EX-USK och YP-BARNSKOTARE" in t for t in texts)
    assert none["Utan motsvarighet"].max_row == 3 + 38 + 47


def test_a_file_that_cannot_be_written_is_a_known_error(report, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    blocker = out / "fil"
    blocker.write_text("inte en mapp")
    with pytest.raises(KnownError, match="kan inte skriva"):
        write_comparison_xlsx(report, blocker / "c.xlsx")
    with pytest.raises(KnownError, match="kan inte skriva"):
        write_comparison_pdf(report, blocker / "under" / "c.pdf")
    for name in ("c.xlsx", "c.pdf"):  # a folder where the file should go
        (out / name).mkdir()
    with pytest.raises(KnownError, match="kan inte skriva"):
        write_comparison_xlsx(report, out / "c.xlsx")
    with pytest.raises(KnownError, match="kan inte skriva"):
        write_comparison_pdf(report, out / "c.pdf")
    assert sorted(p.name for p in out.iterdir()) == ["c.pdf", "c.xlsx", "fil"]  # no .part


# -- the PDF ---------------------------------------------------------------------------------

def test_pdf_has_every_course_pages_and_metadata(demo_db, report, tmp_path):
    path = write_comparison_pdf(report, tmp_path / "jämförelse.pdf")
    text = _pdf_text(path)
    for unit in LibraryRepository(demo_db).find_framework("VOXABN").units:
        assert unit.code in text
    assert "Sida 1 av" in text
    assert "EXEMPEL" in text and "F.4" in text
    reader = PdfReader(str(path))
    assert "EX-USK" in reader.metadata.title and "VOXABN" in reader.metadata.title
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    assert "37,5" in text  # ANOANA01's coverage, in Swedish


def test_pdf_in_english_and_for_the_special_cases(demo_db, tmp_path):
    english = _pdf_text(write_comparison_pdf(compare_frameworks(demo_db, "VOXABN", "EX-USK"),
                                             tmp_path / "en.pdf", language="en"))
    assert "Page 1 of" in english and "covered by" in english
    same = _pdf_text(write_comparison_pdf(compare_frameworks(demo_db, "VOXABN", "VOXABN"),
                                          tmp_path / "s.pdf"))
    assert "Samma ramverk: allt täcks av sig självt" in " ".join(same.split())
    none = _pdf_text(write_comparison_pdf(compare_frameworks(demo_db, "EX-USK",
                                                             "YP-BARNSKOTARE"),
                                          tmp_path / "n.pdf"))
    assert "Inga kopplingar finns mellan EX-USK och YP-BARNSKOTARE" in " ".join(none.split())
    assert "Pedagogiskt arbete" in none  # a unit without a code, named in the column keys


# -- one percent rule: rounded down (one decimal in tables, whole percent in the matrix) ----

def _almost() -> tuple[Framework, Framework, list[CrosswalkLink]]:
    """B's unit K1 is covered 9 999 / 10 003 = 99.96 %: almost, not fully."""
    a = Framework(code="LOK-A", kind=FrameworkKind.LOCAL, title="A", version="1", units=(
        Unit(code="U1", title="Ett", requirements=(Requirement("R1", "något"),)),))
    b = Framework(code="LOK-B", kind=FrameworkKind.SYLLABUS, title="B", version="1", units=(
        Unit(code="K1", title="Kurs ett", points=100, requirements=(
            Requirement("S1", "tungt", weight=9999), Requirement("S2", "lätt", weight=4))),))
    return a, b, [CrosswalkLink(("LOK-A", "R1"), ("LOK-B", "S1"), Coverage.FULL)]


def test_percent_with_one_decimal_never_rises_above_the_whole_percent():
    from koll_desktop.domain.coverage import whole_percent
    from koll_desktop.services.comparison import percent_tenths, percent_text

    cases = {0.375: "37,5\u00a0%", 0.3796: "37,9\u00a0%", 0.9996: "99,9\u00a0%",
             1.0: "100,0\u00a0%", 2 / 3: "66,6\u00a0%", 0.0: "0,0\u00a0%", 0.45: "45,0\u00a0%"}
    for value, text in cases.items():
        assert percent_text(value) == text
        assert int(percent_tenths(value)) == whole_percent(value)  # 37,9 % is 37 whole


def test_pdf_matrix_prints_whole_percent_rounded_down(report, tmp_path):
    """ANOANA01 is covered 37.5 %: the unit table says 37,5 %, the matrix 37 (it said 38,
    where the screens and the certificate say 37)."""
    text = " ".join(_pdf_text(write_comparison_pdf(report, tmp_path / "c.pdf")).split())
    assert "ANOANA01 Anatomi och fysiologi 1 50 4 1 1 37,5 %" in text  # the unit table
    assert "ANOANA01 Anatomi och fysiologi 1 37 37 " in text  # the matrix: cell and total
    assert "FUTFUN02 Funktionsförmåga och funktionsnedsättning 2 12 12 " in text  # 12.5 %
    assert "hela procent avrundat nedåt (37,5 % står som 37;" in text
    matrix = text[text.index("Matris: vilka delar"):text.index("Kolumnerna i EX-USK")]
    assert " 38 " not in matrix and " 13 " not in matrix


def test_pdf_and_workbook_never_say_100_before_a_unit_is_fully_covered(tmp_path):
    a, b, links = _almost()
    almost = build_report(a, b, links)
    assert almost.b_by_a.units[0].coverage == pytest.approx(9999 / 10003)
    text = " ".join(_pdf_text(write_comparison_pdf(almost, tmp_path / "a.pdf")).split())
    assert "LOK-B täckt av LOK-A 2 1 0 1 99,9 %" in text  # overall
    assert "K1 Kurs ett 100 2 1 0 99,9 %" in text  # the unit table (100 is its points)
    matrix = text[text.index("K1 Kurs ett", text.index("Matris: vilka delar")):]
    assert matrix.startswith("K1 Kurs ett 99 99 ")  # cell and total, not 100
    wb = load_workbook(write_comparison_xlsx(almost, tmp_path / "a.xlsx"))
    per_unit = wb["B täcks av A"]
    headings = [c.value for c in per_unit[3]]
    cell = per_unit.cell(4, headings.index("Täckning") + 1)
    assert cell.value == pytest.approx(0.999) and cell.number_format == "0.0%"  # 99.9 %
    assert wb["Matris"]["C5"].value == 0.99  # the matrix: whole percent, rounded down
    assert wb["Matris"]["C5"].number_format == '0%;-0%;""'


def test_workbook_shares_hold_the_tenth_they_show(report, tmp_path):
    """Each share is stored at the tenth of a percent its format shows and the app prints:
    Excel shows the same number as the screen and the PDF."""
    from koll_desktop.services.comparison import shown_share

    wb = load_workbook(write_comparison_xlsx(report, tmp_path / "c.xlsx"))
    shares = [c.value for ws in wb for row in ws.iter_rows() for c in row
              if c.number_format == "0.0%" and isinstance(c.value, float)]
    assert len(shares) > 40
    for value in shares:
        assert value == round(value, 3) and len(repr(value)) <= 5  # 0.944, not 0.94400…01
    whole = [c.value for row in wb["Matris"].iter_rows() for c in row
             if c.number_format == '0%;-0%;""' and isinstance(c.value, int | float)]
    assert len(whole) == 18 * 7  # every cell of the matrix, and the column Hela EX-USK
    for value in whole:
        assert value == round(value, 2) and len(repr(value)) <= 4  # 0.37, shown 37 %
    exact = {u.ref: u.coverage for u in report.a_by_b.units}
    rows = {r[0]: r for r in wb["A täcks av B"].iter_rows(min_row=4, values_only=True)}
    headings = [c.value for c in wb["A täcks av B"][3]]
    for ref, coverage in exact.items():
        stored = rows[ref][headings.index("Täckning")]
        assert stored == shown_share(coverage)
