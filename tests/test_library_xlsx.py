"""The Excel library template: round trip, editing, formula safety and one clear error."""

from __future__ import annotations

import dataclasses
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from koll_desktop.__main__ import main
from koll_desktop.domain.enums import Coverage, FrameworkKind, RequirementKind
from koll_desktop.domain.library import (
    CrosswalkLink,
    Framework,
    Library,
    MicroCredential,
    Requirement,
    Unit,
)
from koll_desktop.errors import KnownError
from koll_desktop.services.demo import load_bundled_library
from koll_desktop.services.library_xlsx import read_library_xlsx, write_library_xlsx
from koll_desktop.storage.db import open_db
from koll_desktop.storage.library import LibraryRepository

LIBRARY_TABLES = ("framework", "unit", "requirement", "crosswalk_link", "micro_credential",
                  "micro_credential_requirement")
HEADINGS = {
    "Ramverk": ["Kod", "Version", "Typ", "Titel", "Ägare", "Giltig från", "Giltig till",
                "SeQF-nivå", "Språk", "Exempel", "Källa", "Källdatum", "Kursplanstyp",
                "Beskrivning"],
    "Enheter": ["Ramverk", "Version", "Kod", "Titel", "Poäng", "Obligatorisk",
                "Alternativgrupp"],
    "Krav": ["Ramverk", "Version", "Kod", "Enhet", "Text", "Typ", "Nivå", "Vikt",
             "Exempeltext", "Betygssteg"],
    "Kopplingar": ["Från ramverk", "Från krav", "Till ramverk", "Till krav", "Täckning",
                   "Kommentar"],
    "Mikromeriter": ["Kod", "Titel", "Utfärdare", "Land", "Läranderesultat",
                     "Arbetsbelastning", "Nivå", "Typ av bedömning", "Deltagarform",
                     "Kvalitetssäkring", "Förkunskaper", "Kan byggas på till"],
    "Mikromeritkrav": ["Mikromerit", "Ramverk", "Krav"],
}
TRICKY_TEXTS = ("=1+2", "=HYPERLINK(\"http://x\")", "+46 70 123 45 67", "-minus först",
                "@SUM(A1:A2)", "\tinledande tabb", "\rinledande CR", "rad1\r\nrad2",
                "_x000D_ bokstavligen", "kontroll\x07tecken")


# -- helpers ---------------------------------------------------------------------------------

def koll(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def dump(db) -> dict[str, list[tuple]]:
    """Every library row, timestamps included: equal dumps mean nothing was written."""
    return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in LIBRARY_TABLES}


def cells(path: Path) -> dict[str, list[list[object]]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb}


def column(ws, heading: str) -> int:
    return next(c.column for c in ws[1] if c.value == heading)


def row_where(ws, **match: str) -> int:
    """The first row whose cells under the given headings hold the given values."""
    wanted = {column(ws, h): v for h, v in match.items()}
    for row in ws.iter_rows(min_row=2):
        if all(row[c - 1].value == v for c, v in wanted.items()):
            return row[0].row
    raise AssertionError(f"no row with {match}")


def put(wb, sheet: str, row: int, heading: str, value: object) -> str:
    """Set one cell; returns the place an error about it should name."""
    ws = wb[sheet]
    col = column(ws, heading)
    ws.cell(row, col).value = value
    return f"blad {sheet}, rad {row}, kolumn {get_column_letter(col)} ({heading})"


def without_ids(library: Library) -> Library:
    def unit(u: Unit) -> Unit:
        return dataclasses.replace(u, id="", requirements=tuple(
            dataclasses.replace(r, id="") for r in u.requirements))

    return Library(
        tuple(dataclasses.replace(f, id="", units=tuple(unit(u) for u in f.units))
              for f in library.frameworks),
        tuple(sorted((dataclasses.replace(k, id="") for k in library.crosswalk), key=repr)),
        tuple(dataclasses.replace(m, id="") for m in library.micro_credentials))


@pytest.fixture
def library_db(db):
    """The bundled library without demo cases, so frameworks may get new content."""
    load_bundled_library(db)
    return db


@pytest.fixture(scope="session")
def template(tmp_path_factory) -> Path:
    """The bundled library exported once (through a database, as `koll library export`)."""
    folder = tmp_path_factory.mktemp("template")
    database = open_db(folder / "koll.sqlite3")
    try:
        load_bundled_library(database)
        library = LibraryRepository(database).library()
        return write_library_xlsx(library, folder / "export.xlsx")
    finally:
        database.close()


@pytest.fixture
def exported(template, library_db, tmp_path) -> Path:
    """A fresh copy of the template, matching the library in `library_db`."""
    return Path(shutil.copy(template, tmp_path / "export.xlsx"))


# -- round trip ------------------------------------------------------------------------------

def test_round_trip_through_an_empty_data_folder_gives_identical_cells(tmp_path, capsys):
    first_dir, second_dir = tmp_path / "first", tmp_path / "second"
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert koll(capsys, first_dir, "demo")[0] == 0
    assert koll(capsys, first_dir, "library", "export", str(first))[0] == 0
    code, out, err = koll(capsys, second_dir, "library", "import", str(first))
    assert code == 0, err
    assert "nya: EX-USK 2024-1" in out and "52 kopplingar, 5 mikromeriter" in out
    assert koll(capsys, second_dir, "library", "export", str(second))[0] == 0

    a, b = cells(first), cells(second)
    assert list(a) == ["Läs mig", *HEADINGS]
    assert list(b) == list(a)
    for sheet in a:
        assert a[sheet] == b[sheet], f"sheet {sheet} differs"
    # the sheets really hold the library (identical empty sheets would prove nothing)
    assert [len(a[s]) - 1 for s in HEADINGS] == [4, 48, 203, 52, 5, 17]
    assert koll(capsys, first_dir, "library", "list")[1] == \
        koll(capsys, second_dir, "library", "list")[1]


def test_every_field_survives_the_template(library_db, exported):
    stored = LibraryRepository(library_db).library()
    assert without_ids(read_library_xlsx(exported)) == without_ids(stored)


def test_importing_an_unedited_export_changes_no_framework(exported, data_paths, capsys):
    code, out, err = koll(capsys, data_paths.root, "library", "import", str(exported))
    assert code == 0, err
    assert "oförändrade: EX-USK 2024-1, VOXABN 2021-07, YP-BARNSKOTARE 2021-07, " \
           "YP-ELEVASSISTENT 2021-07" in out
    assert "nya" not in out and "uppdaterade" not in out


def test_the_export_through_the_command_line_is_the_template(exported, data_paths, tmp_path,
                                                             capsys):
    path = tmp_path / "cli.xlsx"
    code, out, _ = koll(capsys, data_paths.root, "library", "export", str(path))
    assert code == 0 and out.strip() == f"{path}: 4 ramverk"
    assert cells(path) == cells(exported)


def test_link_rows_do_not_depend_on_the_order_links_come_in(library_db, tmp_path):
    library = LibraryRepository(library_db).library()
    shuffled = dataclasses.replace(library, crosswalk=tuple(reversed(library.crosswalk)))
    a = write_library_xlsx(library, tmp_path / "a.xlsx")
    b = write_library_xlsx(shuffled, tmp_path / "b.xlsx")
    assert cells(a)["Kopplingar"] == cells(b)["Kopplingar"]
    assert len(cells(a)["Kopplingar"]) == 53


def test_columns_may_be_moved_and_extra_columns_added(exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    ws = wb["Krav"]
    ws.move_range(f"A1:A{ws.max_row}", cols=ws.max_column + 1)  # Ramverk to the far right
    ws.cell(1, ws.max_column + 1, "Mina anteckningar")
    ws.cell(2, ws.max_column, "=ignoreras, ingen mallkolumn")
    wb.save(tmp_path / "flyttad.xlsx")
    assert without_ids(read_library_xlsx(tmp_path / "flyttad.xlsx")) == \
        without_ids(read_library_xlsx(exported))


def test_blank_rows_are_skipped_and_a_wrong_stored_size_is_ignored(exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    ws = wb["Krav"]
    ws.insert_rows(5, 3)
    ws["E6"] = "   "  # only spaces: blank
    ws["B7"].font = openpyxl.styles.Font(bold=True)  # formatted but empty
    wb.save(tmp_path / "tomrader.xlsx")
    index = wb.sheetnames.index("Krav") + 1
    with zipfile.ZipFile(tmp_path / "tomrader.xlsx") as source, \
            zipfile.ZipFile(tmp_path / "fel-storlek.xlsx", "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == f"xl/worksheets/sheet{index}.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:C3"', data)
            target.writestr(item, data)

    expected = without_ids(read_library_xlsx(exported))
    assert without_ids(read_library_xlsx(tmp_path / "fel-storlek.xlsx")) == expected


def test_sheets_and_headings_are_the_documented_layout(exported):
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == ["Läs mig", *HEADINGS]
    for sheet, headings in HEADINGS.items():
        ws = wb[sheet]
        assert [c.value for c in ws[1]] == headings
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
    readme = "\n".join(str(c.value) for row in wb["Läs mig"].iter_rows() for c in row if c.value)
    for headings in HEADINGS.values():
        assert all(h in readme for h in headings)
    assert "titel när koden är tom" in readme and "unika" in readme


def test_kind_coverage_and_flag_columns_offer_lists(exported):
    wb = openpyxl.load_workbook(exported)
    lists = {(ws.title, str(dv.sqref).split(":")[0]): dv.formula1
             for ws in wb for dv in ws.data_validations.dataValidation}
    assert lists[("Ramverk", "C2")] == '"branschstandard,yrkespaket,kursplan,lokal"'
    assert lists[("Krav", "F2")] == '"kunskap,färdighet,kompetens"'
    assert lists[("Kopplingar", "E2")] == '"full,partial"'
    assert lists[("Enheter", "F2")] == '"ja,nej"'
    assert wb["Krav"]["I2"].value in ("ja", "nej")


# -- editing in Excel ------------------------------------------------------------------------

def test_an_edited_requirement_text_reaches_the_database(exported, library_db, data_paths,
                                                         tmp_path, capsys):
    wb = openpyxl.load_workbook(exported)
    row = row_where(wb["Krav"], Ramverk="EX-USK", Kod="A.1")
    put(wb, "Krav", row, "Text", "Följer basala hygienrutiner – ändrad i Excel")
    edited = tmp_path / "bibliotek.xlsx"
    wb.save(edited)
    others = {r for r in library_db.execute(
        "SELECT r.id, r.text FROM requirement r JOIN framework f ON f.id = r.framework_id "
        "WHERE f.code != 'EX-USK'")}

    code, out, err = koll(capsys, data_paths.root, "library", "import", str(edited))

    assert code == 0, err
    assert "uppdaterade: EX-USK 2024-1" in out
    text = library_db.execute("SELECT r.text FROM requirement r JOIN framework f ON "
                              "f.id = r.framework_id WHERE f.code = 'EX-USK' AND "
                              "r.code = 'A.1'").fetchone()[0]
    assert text == "Följer basala hygienrutiner – ändrad i Excel"
    assert others <= set(library_db.execute("SELECT id, text FROM requirement"))
    links = library_db.execute("SELECT count(*) FROM crosswalk_link").fetchone()[0]
    assert links == 52  # links of the replaced framework are kept


def test_values_typed_by_hand_are_understood(exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    row = row_where(wb["Krav"], Ramverk="EX-USK", Kod="A.1")
    put(wb, "Krav", row, "Vikt", "1,5")
    put(wb, "Krav", row, "Typ", "Kompetens")
    put(wb, "Krav", row, "Exempeltext", "JA")
    put(wb, "Krav", row, "Nivå", 3.0)
    unit = row_where(wb["Enheter"], Ramverk="EX-USK", Kod="A")
    put(wb, "Enheter", unit, "Poäng", "50")
    put(wb, "Enheter", unit, "Obligatorisk", "nej")
    put(wb, "Ramverk", 2, "Giltig till", "2030-06-30")
    put(wb, "Ramverk", 2, "Typ", "industry_standard")
    wb.save(tmp_path / "hand.xlsx")

    library = read_library_xlsx(tmp_path / "hand.xlsx")

    framework = next(f for f in library.frameworks if f.code == "EX-USK")
    first = framework.units[0]
    assert (first.points, first.required) == (50, False)
    assert first.requirements[0].weight == 1.5
    assert first.requirements[0].kind == RequirementKind.COMPETENCE
    assert first.requirements[0].example is True and first.requirements[0].level == 3
    assert framework.valid_to.isoformat() == "2030-06-30"
    assert framework.kind == FrameworkKind.INDUSTRY_STANDARD


# -- text that looks like a formula ----------------------------------------------------------

def _tricky_library() -> Library:
    requirements = tuple(Requirement(code=f"R{i}", text=text)
                         for i, text in enumerate(TRICKY_TEXTS, start=1))
    units = (Unit(code="=U1", title="+Titel", requirements=requirements),
             Unit(code="", title="-Utan kod", requirements=(Requirement("@X", "@text"),)))
    framework = Framework(code="LOK-1", kind=FrameworkKind.LOCAL, title="=Lokalt ramverk",
                          version="-1", description="=cmd|' /C calc'!A0", units=units)
    link = CrosswalkLink(("LOK-1", "R1"), ("LOK-1", "@X"), Coverage.PARTIAL, "=NOTE()")
    credential = MicroCredential(code="MK-=", title="=Titel", learning_outcomes="+kan",
                                 requirements=(("LOK-1", "R2"),))
    return Library((framework,), (link,), (credential,))


def test_formula_looking_text_is_written_as_text_and_read_back_unchanged(tmp_path):
    path = write_library_xlsx(_tricky_library(), tmp_path / "knepig.xlsx")

    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)
    wb = openpyxl.load_workbook(path)
    texts = [c for ws in wb for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@\t"]
    assert len(texts) >= 12
    assert all(c.data_type == "s" for c in texts)
    assert all(c.quotePrefix for c in texts)

    assert without_ids(read_library_xlsx(path)) == without_ids(_tricky_library())


def test_formula_looking_text_survives_an_import_and_export(tmp_path, capsys):
    first = write_library_xlsx(_tricky_library(), tmp_path / "first.xlsx")
    assert koll(capsys, tmp_path / "d", "library", "import", str(first))[0] == 0
    second = tmp_path / "second.xlsx"
    assert koll(capsys, tmp_path / "d", "library", "export", str(second))[0] == 0
    assert cells(first) == cells(second)
    assert without_ids(read_library_xlsx(second)) == without_ids(_tricky_library())


# -- what a valid file may leave out ---------------------------------------------------------

def test_a_file_with_one_framework_and_no_optional_sheets_imports(exported, tmp_path, capsys):
    wb = openpyxl.load_workbook(exported)
    for sheet in ("Kopplingar", "Mikromeriter", "Mikromeritkrav"):
        del wb[sheet]
    for sheet, heading in (("Ramverk", "Kod"), ("Enheter", "Ramverk"), ("Krav", "Ramverk")):
        ws = wb[sheet]
        col = column(ws, heading)
        for row in range(ws.max_row, 1, -1):
            if ws.cell(row, col).value != "VOXABN":
                ws.delete_rows(row)
    path = tmp_path / "ett-ramverk.xlsx"
    wb.save(path)

    code, out, err = koll(capsys, tmp_path / "tom", "library", "import", str(path))

    assert code == 0, err
    assert "nya: VOXABN 2021-07; 0 kopplingar, 0 mikromeriter" in out
    listing = koll(capsys, tmp_path / "tom", "library", "list")[1].splitlines()
    assert len(listing) == 2
    assert listing[1].startswith("VOXABN\tYrkespaket\t2021-07\t18\t80\t")


def test_optional_sheets_may_be_empty(exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    wb["Kopplingar"].delete_rows(2, 500)
    del wb["Mikromeriter"]
    wb.create_sheet("Mikromeriter")
    wb["Mikromeritkrav"].delete_rows(1, 500)
    wb.save(tmp_path / "tomma.xlsx")
    library = read_library_xlsx(tmp_path / "tomma.xlsx")
    assert len(library.frameworks) == 4
    assert library.crosswalk == () and library.micro_credentials == ()


# -- bad input: one clear line, nothing written ----------------------------------------------

Mutation = Callable[[openpyxl.Workbook], str]  # edits the workbook, returns the expected place


def _krav(wb, **match) -> int:
    return row_where(wb["Krav"], **match)


def _missing_sheet(wb) -> str:
    del wb["Krav"]
    return "bibliotek.xlsx, blad Krav: "


def _renamed_column(wb) -> str:
    wb["Krav"]["C1"] = "Kravkod"
    return "blad Krav, rad 1, kolumn C (Kod)"


def _deleted_column(wb) -> str:
    wb["Krav"].delete_cols(column(wb["Krav"], "Vikt"))
    return "blad Krav, rad 1, kolumn H (Vikt)"


def _duplicate_title_ref(wb) -> str:
    ws = wb["Enheter"]
    first = row_where(ws, Ramverk="YP-BARNSKOTARE", Kod=None)
    return put(wb, "Enheter", first + 1, "Titel", ws.cell(first, column(ws, "Titel")).value)


def _duplicate_requirement(wb) -> str:
    return put(wb, "Krav", _krav(wb, Ramverk="EX-USK", Kod="A.2"), "Kod", "A.1")


CASES: dict[str, tuple[Mutation, str]] = {
    "missing sheet": (_missing_sheet, "bladet 'Krav' saknas"),
    "renamed column": (_renamed_column, "rubriken 'Kravkod' känns inte igen"),
    "deleted column": (_deleted_column, "kolumnen 'Vikt' saknas"),
    "empty required cell": (lambda wb: put(wb, "Krav", 14, "Kod", None), "måste fyllas i"),
    "whitespace-only required cell": (lambda wb: put(wb, "Krav", 9, "Text", "   "),
                                      "måste fyllas i"),
    "duplicate requirement code": (_duplicate_requirement, "'A.1' finns redan på rad"),
    "duplicate unit code": (lambda wb: put(wb, "Enheter", 3, "Kod", "A"),
                            "enheten 'A' finns redan på rad 2"),
    "duplicate unit title without code": (_duplicate_title_ref, "finns redan på rad"),
    "duplicate framework": (lambda wb: put(wb, "Ramverk", 3, "Kod", "EX-USK") and
                            put(wb, "Ramverk", 3, "Version", "2024-1"), "finns redan på rad 2"),
    "duplicate micro-credential": (lambda wb: put(wb, "Mikromeriter", 3, "Kod",
                                                  wb["Mikromeriter"]["A2"].value),
                                   "finns redan på rad 2"),
    "requirement of unknown unit": (lambda wb: put(wb, "Krav", 5, "Enhet", "ZZZ"),
                                    "enheten 'ZZZ' finns inte för EX-USK 2024-1"),
    "unit of unknown framework": (lambda wb: put(wb, "Enheter", 4, "Ramverk", "OKÄNT"),
                                  "ramverket OKÄNT finns inte på bladet Ramverk"),
    "unit of unknown version": (lambda wb: put(wb, "Enheter", 4, "Version", "1999"),
                                "har ingen version 1999"),
    "requirement of unknown framework": (lambda wb: put(wb, "Krav", 6, "Ramverk", "OKÄNT"),
                                         "finns inte på bladet Ramverk"),
    "points not a number": (lambda wb: put(wb, "Enheter", 20, "Poäng", "femtio"),
                            "ska vara ett heltal, inte 'femtio'"),
    "points not whole": (lambda wb: put(wb, "Enheter", 20, "Poäng", 12.5),
                         "ska vara ett heltal"),
    "level not a number": (lambda wb: put(wb, "Krav", 7, "Nivå", "hög"),
                           "ska vara ett heltal, inte 'hög'"),
    "weight not a number": (lambda wb: put(wb, "Krav", 8, "Vikt", "tung"),
                            "ska vara ett tal, inte 'tung'"),
    "weight zero": (lambda wb: put(wb, "Krav", 8, "Vikt", 0), "större än 0"),
    "seqf level not a number": (lambda wb: put(wb, "Ramverk", 2, "SeQF-nivå", "fyra"),
                                "ska vara ett heltal"),
    "date not a date": (lambda wb: put(wb, "Ramverk", 3, "Giltig från", "i våras"),
                        "ska vara ett datum"),
    "flag not ja/nej": (lambda wb: put(wb, "Enheter", 2, "Obligatorisk", "kanske"),
                        "ska vara ja eller nej"),
    "unknown framework kind": (lambda wb: put(wb, "Ramverk", 2, "Typ", "standard"),
                               "okänt värde 'standard'"),
    "unknown requirement kind": (lambda wb: put(wb, "Krav", 10, "Typ", "vetande"),
                                 "okänt värde 'vetande'"),
    "unknown coverage": (lambda wb: put(wb, "Kopplingar", 2, "Täckning", "halv"),
                         "tillåtet: full, partial, helt, delvis"),
    "link to a requirement the file's framework lacks": (
        lambda wb: put(wb, "Kopplingar", 3, "Till krav", "OMVOMV99.9"),
        "kravet 'OMVOMV99.9' finns inte för "),
    "credential requirement the file's framework lacks": (
        lambda wb: put(wb, "Mikromeritkrav", 2, "Krav", "X.99"), "kravet 'X.99' finns inte för "),
    "formula in a text cell": (lambda wb: put(wb, "Krav", 11, "Text", "=A11&B11"),
                               "formler är inte tillåtna"),
    "formula in a number cell": (lambda wb: put(wb, "Enheter", 20, "Poäng", "=SUM(40,10)"),
                                 "formler är inte tillåtna"),
    "credential requirement of unknown credential": (
        lambda wb: put(wb, "Mikromeritkrav", 2, "Mikromerit", "MK-FINNS-INTE"),
        "mikromeriten 'MK-FINNS-INTE' finns inte på bladet Mikromeriter"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_cell_gives_one_line_naming_the_place_and_changes_nothing(
        case, exported, library_db, data_paths, tmp_path, capsys):
    mutate, message = CASES[case]
    wb = openpyxl.load_workbook(exported)
    # a real change elsewhere too, so a half-done import would show in the database
    put(wb, "Krav", _krav(wb, Ramverk="EX-USK", Kod="A.1"), "Text", "Ändrad text")
    place = mutate(wb)
    path = tmp_path / "bibliotek.xlsx"
    wb.save(path)
    before = dump(library_db)

    code, out, err = koll(capsys, data_paths.root, "library", "import", str(path))

    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("koll: bibliotek.xlsx, blad ")
    assert place in lines[0]
    assert message in lines[0]
    if case != "missing sheet":
        assert ", rad " in lines[0] and ", kolumn " in lines[0]
    assert "Traceback" not in err and out == ""
    assert dump(library_db) == before


def test_the_brief_example_place_is_exact(exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    wb["Krav"]["C14"] = None
    wb.save(tmp_path / "bibliotek.xlsx")
    with pytest.raises(KnownError) as caught:
        read_library_xlsx(tmp_path / "bibliotek.xlsx")
    assert caught.value.place == "bibliotek.xlsx, blad Krav, rad 14, kolumn C (Kod)"


def test_link_to_a_framework_only_in_the_library_is_checked_when_applied(
        exported, library_db, data_paths, tmp_path, capsys):
    wb = openpyxl.load_workbook(exported)
    put(wb, "Krav", _krav(wb, Ramverk="EX-USK", Kod="A.1"), "Text", "Ändrad text")
    put(wb, "Kopplingar", 3, "Till ramverk", "ANNAT")  # not in the file: looked up later
    put(wb, "Kopplingar", 3, "Till krav", "OMVOMV99.9")
    path = tmp_path / "bibliotek.xlsx"
    wb.save(path)
    before = dump(library_db)

    code, _, err = koll(capsys, data_paths.root, "library", "import", str(path))

    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("koll: bibliotek.xlsx: ")
    assert "kravet ANNAT OMVOMV99.9 finns inte i filen eller biblioteket" in lines[0]
    assert dump(library_db) == before


def test_the_place_of_a_link_to_a_missing_requirement_is_exact(exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    put(wb, "Kopplingar", 3, "Till krav", "OMVOMV99.9")
    to_framework = wb["Kopplingar"].cell(3, column(wb["Kopplingar"], "Till ramverk")).value
    wb.save(tmp_path / "bibliotek.xlsx")
    with pytest.raises(KnownError) as caught:
        read_library_xlsx(tmp_path / "bibliotek.xlsx")
    assert caught.value.place == "bibliotek.xlsx, blad Kopplingar, rad 3, kolumn D (Till krav)"
    assert str(caught.value).endswith(f"kravet 'OMVOMV99.9' finns inte för {to_framework} på "
                                      "bladet Krav")


def _truncated(exported: Path, path: Path) -> None:
    path.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])


def _plain_zip(exported: Path, path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hej.txt", "inte en arbetsbok")


def _renamed_text(exported: Path, path: Path) -> None:
    path.write_text("Kod;Titel\nEX;Exempel\n", encoding="utf-8")


@pytest.mark.parametrize(("make", "message"), [
    (_truncated, "ingen giltig Excel-fil"),
    (_plain_zip, "ingen giltig Excel-fil"),
    (_renamed_text, "varken xlsx eller giltig JSON"),
])
def test_a_file_that_is_not_really_xlsx_gives_one_line_and_changes_nothing(
        make, message, exported, library_db, data_paths, tmp_path, capsys):
    path = tmp_path / "bibliotek.xlsx"
    make(exported, path)
    before = dump(library_db)

    code, _, err = koll(capsys, data_paths.root, "library", "import", str(path))

    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("koll: bibliotek.xlsx: ")
    assert message in lines[0]
    assert dump(library_db) == before


def test_the_reader_itself_refuses_a_renamed_text_file(tmp_path):
    path = tmp_path / "bibliotek.xlsx"
    _renamed_text(path, path)
    with pytest.raises(KnownError, match="ingen giltig Excel-fil") as caught:
        read_library_xlsx(path)
    assert caught.value.place == "bibliotek.xlsx"


def test_the_file_name_ending_does_not_matter(exported, tmp_path):
    renamed = Path(shutil.copy(exported, tmp_path / "bibliotek.backup"))
    assert without_ids(read_library_xlsx(renamed)) == without_ids(read_library_xlsx(exported))


# -- writing ---------------------------------------------------------------------------------

def test_writing_reports_progress_and_leaves_no_partial_file(library_db, tmp_path):
    steps: list[tuple[int, int, str]] = []
    path = write_library_xlsx(LibraryRepository(library_db).library(), tmp_path / "b.xlsx",
                              progress=lambda done, total, label: steps.append(
                                  (done, total, label)))
    assert path.is_file() and list(tmp_path.glob("*.part")) == []
    assert [s[2] for s in steps[:6]] == list(HEADINGS)
    assert steps[-1][0] == steps[-1][1] == len(steps) - 1
    assert [s[0] for s in steps] == sorted(s[0] for s in steps)


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "b.xlsx"
    target.write_bytes(b"old")

    real_open = Path.open

    def full_disk(self, mode="r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        if self.name.endswith(".part") and "w" in mode:
            handle.write(b"half")
            handle.close()
            raise OSError(28, "No space left on device")
        return handle

    monkeypatch.setattr(Path, "open", full_disk)
    with pytest.raises(KnownError, match="disken är full"):
        write_library_xlsx(_tricky_library(), target)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.glob("*.part")) == []


def test_text_too_long_for_a_cell_is_refused_with_its_place(tmp_path):
    long = Requirement(code="R1", text="x" * 40000)
    framework = Framework(code="F", kind=FrameworkKind.LOCAL, title="F", version="1",
                          units=(Unit(code="U", title="U", requirements=(long,)),))
    with pytest.raises(KnownError, match="längre än en Excel-cell") as caught:
        write_library_xlsx(Library((framework,)), tmp_path / "lang.xlsx")
    assert caught.value.place == "lang.xlsx, blad Krav, rad 2, kolumn E (Text)"
    assert not (tmp_path / "lang.xlsx").exists()


@pytest.mark.parametrize(("word", "coverage"), [("Helt", Coverage.FULL), ("hel", Coverage.FULL),
                                                ("Delvis", Coverage.PARTIAL),
                                                ("partial", Coverage.PARTIAL)])
def test_coverage_may_be_written_in_the_app_s_swedish_words(exported, tmp_path, word, coverage):
    wb = openpyxl.load_workbook(exported)
    put(wb, "Kopplingar", 2, "Täckning", word)
    wb.save(tmp_path / "bibliotek.xlsx")
    first = read_library_xlsx(tmp_path / "bibliotek.xlsx").crosswalk
    ws = wb["Kopplingar"]
    from_ref = (ws.cell(2, column(ws, "Från ramverk")).value,
                ws.cell(2, column(ws, "Från krav")).value)
    to_ref = (ws.cell(2, column(ws, "Till ramverk")).value,
              ws.cell(2, column(ws, "Till krav")).value)
    [link] = [k for k in first if (k.from_ref, k.to_ref) == (from_ref, to_ref)]
    assert link.coverage == coverage
