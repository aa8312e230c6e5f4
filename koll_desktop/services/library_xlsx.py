"""The Excel library template (DESIGN §5): the workbook coordinators edit in Excel.

One sheet per kind of row, Swedish headings. Rows name their parent by codes: a unit
or requirement by framework code + version (so two versions can share a file), a
requirement's unit by `Unit.ref`. Reading (openpyxl read_only) refuses formulas and
names the first problem as "file, blad X, rad N, kolumn C (Rubrik)". Text is written as
text, never as a formula, with the escapes of `safe_cells` so that it reads back unchanged.
"""

from __future__ import annotations

import math
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

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
from koll_desktop.services.files import save_workbook
from koll_desktop.services.safe_cells import EXCEL_MAX_TEXT, FORMULA_START, escape, unescape

Progress = Callable[[int, int, str], None]
TEMPLATE_VERSION = 1

# -- layout: sheets, columns, allowed values ----------------------------------------------

FRAMEWORK_KINDS = {FrameworkKind.INDUSTRY_STANDARD: "branschstandard",
                   FrameworkKind.VOCATIONAL_PACKAGE: "yrkespaket",
                   FrameworkKind.SYLLABUS: "kursplan", FrameworkKind.LOCAL: "lokal"}
REQUIREMENT_KINDS = {RequirementKind.KNOWLEDGE: "kunskap", RequirementKind.SKILL: "färdighet",
                     RequirementKind.COMPETENCE: "kompetens"}
COVERAGES = {Coverage.FULL: "full", Coverage.PARTIAL: "partial"}
_SYNONYMS = {"delvis": Coverage.PARTIAL, "hel": Coverage.FULL}
YES, NO = "ja", "nej"
_YES = {"ja", "j", "yes", "x", "true", "sant", "1"}
_NO = {"nej", "n", "no", "false", "falskt", "0"}


@dataclass(frozen=True)
class Column:
    key: str  # the domain field
    heading: str
    width: int
    about: str
    kind: str = "text"  # text | code | int | number | flag | date | choice
    required: bool = False
    default: Any = ""
    choices: dict[Any, str] | None = None
    wrap: bool = False


@dataclass(frozen=True)
class Sheet:
    name: str
    about: str
    columns: tuple[Column, ...]
    required: bool = True


def _fw_ref(what: str) -> tuple[Column, Column]:
    return (Column("framework", "Ramverk", 16, f"Koden för ramverket som {what} hör till.",
                   "code", True),
            Column("version", "Version", 10, "Ramverkets version (samma som på bladet "
                   "Ramverk).", "code", True))


FRAMEWORKS, UNITS, REQUIREMENTS = "Ramverk", "Enheter", "Krav"
LINKS, CREDENTIALS, CREDENTIAL_REQUIREMENTS = "Kopplingar", "Mikromeriter", "Mikromeritkrav"
SHEETS: tuple[Sheet, ...] = (
    Sheet(FRAMEWORKS, "Ett ramverk per rad: branschstandard, yrkespaket, kursplan eller "
          "lokalt ramverk. Kod + version identifierar ramverket.", (
        Column("code", "Kod", 16, "Ramverkets kod, t.ex. VOXABN.", "code", True),
        Column("version", "Version", 10, "Version, t.ex. 2024-1. Samma kod kan finnas i "
               "flera versioner.", "code", True),
        Column("kind", "Typ", 16, "Vilken sorts ramverk.", "choice", True,
               choices=FRAMEWORK_KINDS),
        Column("title", "Titel", 36, "Ramverkets namn.", required=True),
        Column("owner", "Ägare", 22, "Bransch, Skolverket eller anordnare."),
        Column("valid_from", "Giltig från", 12, "Datum ÅÅÅÅ-MM-DD.", "date", default=None),
        Column("valid_to", "Giltig till", 12, "Datum ÅÅÅÅ-MM-DD; tomt om tills vidare.",
               "date", default=None),
        Column("seqf_level", "SeQF-nivå", 10, "Heltal 1–8.", "int", default=None),
        Column("language", "Språk", 8, "Språkkod, t.ex. sv (tomt blir sv).", "code",
               default="sv"),
        Column("example", "Exempel", 10, "ja om hela ramverket är ett påhittat exempel.",
               "flag", default=False),
        Column("source", "Källa", 30, "Var uppgifterna kommer ifrån."),
        Column("source_date", "Källdatum", 12, "Datum då källan hämtades.", "date",
               default=None),
        Column("syllabus_type", "Kursplanstyp", 14, "Skolverkets typ av kursplan, om "
               "ramverket kommer därifrån.", default=None),
        Column("description", "Beskrivning", 60, "Fri text om ramverket.", wrap=True),
    )),
    Sheet(UNITS, "En kurs (yrkespaket) eller ett kompetensområde (branschstandard) per rad, i "
          "den ordning de ska visas.", (
        *_fw_ref("enheten"),
        Column("code", "Kod", 14, "Kurskod eller områdets kod. Får vara tom; då pekar man "
               "ut enheten med dess titel.", "code"),
        Column("title", "Titel", 36, "Kursens eller områdets namn.", required=True),
        Column("points", "Poäng", 8, "Gymnasiepoäng (heltal); tomt om poäng saknas.", "int",
               default=None),
        Column("required", "Obligatorisk", 12, "ja eller nej (tomt blir ja).", "flag",
               default=True),
        Column("alternative_group", "Alternativgrupp", 16, "Enheter med samma grupp är "
               "alternativ: en av dem räcker.", default=None),
    )),
    Sheet(REQUIREMENTS, "Ett bedömbart krav per rad (kriterium, kunskapskrav eller punkt ur "
          "centralt innehåll), i den ordning de ska visas.", (
        *_fw_ref("kravet"),
        Column("code", "Kod", 14, "Kravets kod, unik inom ramverket (versionen).", "code",
               True),
        Column("unit", "Enhet", 16, "Enhetens referens: dess kod, eller dess titel när "
               "koden är tom.", "code", True),
        Column("text", "Text", 70, "Kravet i klartext.", required=True, wrap=True),
        Column("kind", "Typ", 12, "kunskap, färdighet eller kompetens (tomt blir kunskap).",
               "choice", default=RequirementKind.KNOWLEDGE, choices=REQUIREMENT_KINDS),
        Column("level", "Nivå", 7, "Heltal; tomt om nivå saknas.", "int", default=None),
        Column("weight", "Vikt", 7, "Tal större än 0 (tomt blir 1).", "number", default=1.0),
        Column("example", "Exempeltext", 12, "ja om texten är skriven för demon och inte "
               "är officiell.", "flag", default=False),
        Column("grade_step", "Betygssteg", 11, "E–A för betygskriterier, annars tomt.",
               "code", default=None),
    )),
    Sheet(LINKS, "Kopplingar mellan krav i två ramverk (från → till). Ett krav pekas ut med "
          "ramverkets kod + kravets kod; den nyaste versionen av ramverket används.", (
        Column("from_framework", "Från ramverk", 16, "Ramverkets kod.", "code", True),
        Column("from_requirement", "Från krav", 14, "Kravets kod.", "code", True),
        Column("to_framework", "Till ramverk", 16, "Ramverkets kod.", "code", True),
        Column("to_requirement", "Till krav", 14, "Kravets kod.", "code", True),
        Column("coverage", "Täckning", 10, "full eller partial (tomt blir full).", "choice",
               default=Coverage.FULL, choices=COVERAGES),
        Column("note", "Kommentar", 50, "Fri text.", wrap=True),
    ), required=False),
    Sheet(CREDENTIALS, "En mikromerit per rad med EU:s obligatoriska uppgifter.", (
        Column("code", "Kod", 16, "Mikromeritens kod, unik.", "code", True),
        Column("title", "Titel", 36, "Mikromeritens namn.", required=True),
        Column("awarding_body", "Utfärdare", 28, "Utfärdande organisation."),
        Column("country", "Land", 8, "Land/region för utfärdaren (tomt blir SE).", "code",
               default="SE"),
        Column("learning_outcomes", "Läranderesultat", 50, "Vad deltagaren kan.", wrap=True),
        Column("workload", "Arbetsbelastning", 20, "Teoretisk arbetsbelastning."),
        Column("level", "Nivå", 14, "Nivå, t.ex. SeQF 4 / EQF 4."),
        Column("assessment_type", "Typ av bedömning", 28, "Hur bedömningen görs."),
        Column("participation", "Deltagarform", 24, "På plats, på distans eller blandat."),
        Column("quality_assurance", "Kvalitetssäkring", 40, "Typ av kvalitetssäkring.",
               wrap=True),
        Column("prerequisites", "Förkunskaper", 20, "Krav för att delta."),
        Column("stackable_into", "Kan byggas på till", 36, "Vad mikromeriten kan ingå i."),
    ), required=False),
    Sheet(CREDENTIAL_REQUIREMENTS, "Kraven som ingår i varje mikromerit, ett per rad, i "
          "ordning.", (
        Column("credential", "Mikromerit", 16, "Mikromeritens kod (bladet Mikromeriter).",
               "code", True),
        Column("framework", "Ramverk", 16, "Ramverkets kod.", "code", True),
        Column("requirement", "Krav", 14, "Kravets kod.", "code", True),
    ), required=False),
)

README_RULES = (
    "Ändra inte bladens namn eller kolumnrubrikerna (rad 1). Kolumnernas ordning spelar "
    "ingen roll och egna extra kolumner hoppas över. Tomma rader hoppas över.",
    "Varje rad pekar ut sin förälder med koder: en enhet och ett krav anger ramverkets kod "
    "och version, så två versioner av samma ramverk kan ligga i samma fil.",
    "En enhets referens är dess kod, eller dess titel när koden är tom. Kolumnen Enhet på "
    "bladet Krav ska innehålla den referensen.",
    "Koder ska vara unika: ett ramverk (kod + version) en gång; en enhetsreferens en gång "
    "per ramverk; en kravkod en gång per ramverk; en mikromerit en gång.",
    "Kopplingar och mikromeritkrav pekar ut krav med ramverkskod + kravkod. Kravet ska finnas "
    "i filen eller redan i biblioteket.",
    "Formler är inte tillåtna; skriv in värdena. Text som börjar med = + - eller @ sparas som "
    "text.",
    "Ja/nej-kolumner: ja eller nej. Datum: ÅÅÅÅ-MM-DD. Tal: siffror, decimaler med komma "
    "eller punkt.",
    "Bladen Kopplingar, Mikromeriter och Mikromeritkrav får vara tomma eller saknas.",
    "Inläsningen är allt eller inget: vid fel visas blad, rad och kolumn, och biblioteket "
    "lämnas orört. Ramverk som inte finns i filen lämnas som de är.",
    "Ett ramverk som redan används i ärenden kan inte få nytt innehåll i samma version; ge "
    "det en ny version (ärenden behåller den version de bedömdes mot).",
)


def _write_readme(ws: Any) -> None:
    ws.title = "Läs mig"
    ws.append(["KoLL – mall för referensbiblioteket"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"Mallversion {TEMPLATE_VERSION}. Redigera i Excel och läs in med "
               "Bibliotek → Importera i KoLL, eller: koll library import FIL.xlsx"])
    ws.append([])
    ws.append(["Regler"])
    for rule in README_RULES:
        ws.append(["• " + rule])
    ws.append([])
    ws.append(["Blad", "Kolumn", "Måste fyllas i", "Tillåtna värden", "Förklaring"])
    heading_row = ws.max_row
    for sheet in SHEETS:
        ws.append([sheet.name, "", "" if sheet.required else "bladet får saknas", "",
                   sheet.about])
        for column in sheet.columns:
            ws.append([sheet.name, column.heading, YES if column.required else "",
                       _allowed(column), column.about])
    for cell in (*ws[4], *ws[heading_row]):
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (16, 20, 16, 34, 90), strict=True):
        ws.column_dimensions[letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=heading_row + 1):  # rules above overflow to the right
        for cell in row:
            cell.alignment = wrap


def _allowed(column: Column) -> str:
    if column.choices:
        return ", ".join(column.choices.values())
    return {"flag": "ja, nej", "date": "ÅÅÅÅ-MM-DD", "int": "heltal",
            "number": "tal"}.get(column.kind, "text")


# -- cell values ---------------------------------------------------------------------------

def _to_cell(column: Column, value: Any) -> Any:
    """A domain value as the cell value the template shows."""
    if value is None or value == "":
        return None
    if column.choices:
        return column.choices[value]
    if column.kind == "flag":
        return YES if value else NO
    if column.kind == "number" and float(value).is_integer():
        return int(value)
    return value


def _from_cell(column: Column, value: Any) -> Any:
    """A non-empty cell value as the domain value; ValueError with a Swedish message."""
    kind = column.kind
    if kind in ("text", "code"):
        text = _as_text(value)
        return text.strip() if kind == "code" else text
    if kind in ("int", "number"):
        return _as_number(value, integer=kind == "int")
    if kind == "flag":
        return _as_flag(value)
    if kind == "date":
        return _as_date(value)
    word = _as_text(value).strip().casefold()
    for member, label in (column.choices or {}).items():
        if word in (label.casefold(), str(member)):
            return member
    if column.choices is COVERAGES and word in _SYNONYMS:
        return _SYNONYMS[word]
    allowed = ", ".join((column.choices or {}).values())
    raise ValueError(f"okänt värde {value!r} (tillåtet: {allowed})")


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value)


def _as_number(value: Any, *, integer: bool) -> int | float:
    what = "ett heltal" if integer else "ett tal"
    if isinstance(value, (bool, date, datetime)):
        raise ValueError(f"ska vara {what}, inte {_as_text(value)!r}")
    try:
        number = float(str(value).strip().replace(",", ".").replace("\xa0", "").replace(" ", ""))
    except ValueError:
        raise ValueError(f"ska vara {what}, inte {value!r}") from None
    if not math.isfinite(number) or (integer and not number.is_integer()):
        raise ValueError(f"ska vara {what}, inte {value!r}")
    if integer and number < 0:
        raise ValueError(f"får inte vara negativt ({value!r})")
    if not integer and number <= 0:
        raise ValueError(f"ska vara ett tal större än 0, inte {value!r}")
    return int(number) if integer else number


def _as_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = _as_text(value).strip().casefold()
    if word in _YES or word in _NO:
        return word in _YES
    raise ValueError(f"ska vara ja eller nej, inte {value!r}")


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"ska vara ett datum ÅÅÅÅ-MM-DD, inte {value!r}") from None


# -- writing ---------------------------------------------------------------------------------

def write_library_xlsx(library: Library, path: Path, progress: Progress | None = None) -> Path:
    """Write `library` as the editable template; atomically (a .part file, then replace)."""
    wb = Workbook()
    _write_readme(wb.active)
    rows = _rows_by_sheet(library)
    total = len(SHEETS) + 1
    for step, sheet in enumerate(SHEETS):
        if progress:
            progress(step, total, sheet.name)
        try:
            _write_sheet(wb.create_sheet(sheet.name), sheet, rows[sheet.name])
        except KnownError as error:
            raise KnownError(error.message, place=f"{path.name}, {error.place}") from None
    if progress:
        progress(total - 1, total, "sparar")
    _save(wb, path)
    if progress:
        progress(total, total, "klart")
    return path


def _save(wb: Workbook, path: Path) -> None:
    save_workbook(wb, path)


def _rows_by_sheet(library: Library) -> dict[str, list[dict[str, Any]]]:
    """Every sheet's rows as {column key: domain value}."""
    frameworks, units, requirements = [], [], []
    for f in library.frameworks:
        frameworks.append(vars(f))
        parent = {"framework": f.code, "version": f.version}
        for u in f.units:
            units.append({**vars(u), **parent})
            requirements += [{**vars(r), **parent, "unit": u.ref} for r in u.requirements]
    position = {(f.code, r.code): i for f in library.frameworks
                for i, r in enumerate(f.requirements)}
    links = sorted(library.crosswalk, key=lambda k: (
        k.from_ref[0], position.get(k.from_ref, -1), k.to_ref[0], position.get(k.to_ref, -1),
        k.from_ref[1], k.to_ref[1]))
    return {
        FRAMEWORKS: frameworks, UNITS: units, REQUIREMENTS: requirements,
        LINKS: [{"from_framework": k.from_ref[0], "from_requirement": k.from_ref[1],
                 "to_framework": k.to_ref[0], "to_requirement": k.to_ref[1],
                 "coverage": k.coverage, "note": k.note} for k in links],
        CREDENTIALS: [vars(m) for m in library.micro_credentials],
        CREDENTIAL_REQUIREMENTS: [{"credential": m.code, "framework": ref[0],
                                   "requirement": ref[1]}
                                  for m in library.micro_credentials for ref in m.requirements],
    }


def _write_sheet(ws: Any, sheet: Sheet, rows: list[dict[str, Any]]) -> None:
    for col, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(1, col, column.heading)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
        cell.comment = Comment(f"{column.about}\nTillåtet: {_allowed(column)}", "KoLL",
                               width=300, height=100)
        dimension = ws.column_dimensions[get_column_letter(col)]
        dimension.width = column.width
        dimension.number_format = {"date": "yyyy-mm-dd", "int": "General",
                                   "number": "General"}.get(column.kind, "@")
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=2):
        for col, column in enumerate(sheet.columns, start=1):
            value = _to_cell(column, row[column.key])
            if value is not None:
                cell = _put(ws, r, col, value, sheet)
                if column.wrap:
                    cell.alignment = wrap
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{len(rows) + 1}"
    _add_validations(ws, sheet)


def _put(ws: Any, row: int, col: int, value: Any, sheet: Sheet) -> Any:
    if not isinstance(value, str):
        cell = ws.cell(row, col, value)
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
        return cell
    text = escape(value)
    if len(text) > EXCEL_MAX_TEXT:  # cutting it, as summaries do, would lose library text
        raise KnownError(f"texten är längre än en Excel-cell rymmer ({EXCEL_MAX_TEXT} tecken)",
                         place=f"blad {sheet.name}, rad {row}, kolumn {get_column_letter(col)} "
                               f"({sheet.columns[col - 1].heading})")
    cell = ws.cell(row, col, text)
    cell.data_type = "s"  # text stays text, even when it starts with "="
    cell.number_format = "@"  # and what is typed over it stays text (no 2021-07 → a date)
    if value.startswith(FORMULA_START):
        cell.quotePrefix = True  # and stays text when edited in Excel
    return cell


def _add_validations(ws: Any, sheet: Sheet) -> None:
    for col, column in enumerate(sheet.columns, start=1):
        if column.kind not in ("choice", "flag"):
            continue
        allowed = ",".join(column.choices.values()) if column.choices else f"{YES},{NO}"
        dv = DataValidation(type="list", formula1=f'"{allowed}"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Ogiltigt värde",
                            error="Välj ett av: " + allowed.replace(",", ", "))
        letter = get_column_letter(col)
        dv.add(f"{letter}2:{letter}1048576")
        ws.add_data_validation(dv)


# -- reading ---------------------------------------------------------------------------------

_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, InvalidFileException, ParseError)


def read_library_xlsx(path: Path) -> Library:
    """The template at `path` as a Library; one KnownError naming the first problem's place."""
    name = path.name
    try:
        handle = path.open("rb")  # a file object: openpyxl then ignores the file name's ending
    except OSError as exc:
        raise KnownError(f"kan inte läsa filen ({exc.strerror or exc})", place=name) from exc
    with handle:
        try:
            wb = load_workbook(handle, read_only=True, data_only=False)
        except (*_BROKEN, KeyError) as exc:  # KeyError: a zip without a workbook's parts
            raise KnownError("filen är ingen giltig Excel-fil (.xlsx); den kan vara skadad, "
                             "avkortad eller en annan sorts fil med fel filändelse",
                             place=name) from exc
        try:
            sheets = {sheet.name: list(_read_sheet(wb, sheet, name)) for sheet in SHEETS}
        except _BROKEN as exc:
            raise KnownError("filen är skadad och kan inte läsas som xlsx", place=name) from exc
        finally:
            wb.close()
    return _Builder(sheets).library()


@dataclass
class _Row:
    """One data row: typed values by column key, and its place for messages."""

    sheet: Sheet
    place: str  # "file, blad X, rad N"
    number: int
    values: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def fail(self, key: str, message: str) -> KnownError:
        index = next(i for i, c in enumerate(self.sheet.columns) if c.key == key)
        return _cell_error(self.place, index, self.sheet.columns[index], message)


def _cell_error(place: str, index: int, column: Column, message: str) -> KnownError:
    return KnownError(message, place=f"{place}, kolumn {get_column_letter(index + 1)} "
                                     f"({column.heading})")


def _read_sheet(wb: Any, sheet: Sheet, name: str) -> Iterator[_Row]:
    titles = {title.strip().casefold(): title for title in wb.sheetnames}
    title = titles.get(sheet.name.casefold())
    if title is None:
        if sheet.required:
            raise KnownError(f"bladet {sheet.name!r} saknas (bladen i filen: "
                             f"{', '.join(wb.sheetnames)})", place=f"{name}, blad {sheet.name}")
        return
    ws = wb[title]
    ws.reset_dimensions()  # some programs write a wrong size; read every row there is
    rows = ws.iter_rows()
    header = next(rows, ())
    if not sheet.required and all(c.value is None for c in header):
        return
    where = _header_positions(header, sheet, f"{name}, blad {sheet.name}, rad 1")
    for number, cells in enumerate(rows, start=2):
        row = _Row(sheet, f"{name}, blad {sheet.name}, rad {number}", number)
        for index, column in enumerate(sheet.columns):
            cell = cells[where[index]] if where[index] < len(cells) else None
            row.values[column.key] = _cell_value(cell, row.place, index, column)
        if any(v is not None for v in row.values.values()):
            for index, column in enumerate(sheet.columns):
                row.values[column.key] = _typed(row, index, column)
            yield row


def _header_positions(header: tuple, sheet: Sheet, place: str) -> list[int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        if isinstance(cell.value, str) and cell.value.strip():
            found.setdefault(cell.value.strip().casefold(), i)
    known = {c.heading.casefold() for c in sheet.columns}
    stray = [i for h, i in found.items() if h not in known]
    positions = []
    for index, column in enumerate(sheet.columns):
        position = found.get(column.heading.casefold())
        if position is None:
            at = stray[0] if stray else index
            extra = f"; rubriken {header[at].value.strip()!r} känns inte igen" if stray else ""
            raise KnownError(f"kolumnen {column.heading!r} saknas{extra} (ändra inte "
                             "kolumnrubrikerna)", place=f"{place}, kolumn "
                             f"{get_column_letter(at + 1)} ({column.heading})")
        positions.append(position)
    return positions


def _cell_value(cell: Any, place: str, index: int, column: Column) -> Any:
    """The raw value of a cell, None when empty; formulas and error values are refused."""
    if cell is None or cell.value is None:
        return None
    if cell.data_type == "f":
        raise _cell_error(place, index, column, "formler är inte tillåtna; skriv in värdet "
                          f"i stället för formeln {str(cell.value)[:40]}")
    if cell.data_type == "e":
        raise _cell_error(place, index, column, f"cellen visar ett fel ({cell.value}); "
                          "skriv in ett värde")
    if isinstance(cell.value, str):
        return unescape(cell.value) if cell.value.strip() else None
    return cell.value


def _typed(row: _Row, index: int, column: Column) -> Any:
    value = row.values[column.key]
    if value is None:
        if column.required:
            raise row.fail(column.key, "cellen är tom men måste fyllas i")
        return column.default
    try:
        return _from_cell(column, value)
    except ValueError as exc:
        raise row.fail(column.key, str(exc)) from None


_UnitEntry = tuple[Unit, int, list[Requirement]]  # unit, its row, its requirements


class _Builder:
    """Turns the rows of every sheet into a Library, checking the references between rows."""

    def __init__(self, sheets: dict[str, list[_Row]]) -> None:
        self.sheets = sheets
        self.frameworks: dict[tuple[str, str], tuple[Framework, dict[str, _UnitEntry]]] = {}

    def library(self) -> Library:
        self._frameworks()
        self._units()
        self._requirements()
        built = tuple(replace(f, units=tuple(replace(u, requirements=tuple(reqs))
                                             for u, _, reqs in units.values()))
                      for f, units in self.frameworks.values())
        return Library(built, self._links(), self._credentials())

    def _frameworks(self) -> None:
        rows_at: dict[tuple[str, str], int] = {}
        for row in self.sheets[FRAMEWORKS]:
            key = (row["code"], row["version"])
            if key in rows_at:
                raise row.fail("version", f"ramverket {key[0]} version {key[1]} finns redan "
                                          f"på rad {rows_at[key]}")
            rows_at[key] = row.number
            self.frameworks[key] = (Framework(**row.values), {})

    def _parent(self, row: _Row) -> tuple[Framework, dict[str, _UnitEntry]]:
        key = (row["framework"], row["version"])
        if key in self.frameworks:
            return self.frameworks[key]
        versions = [v for c, v in self.frameworks if c == key[0]]
        if versions:
            raise row.fail("version", f"ramverket {key[0]} har ingen version {key[1]} på "
                                      f"bladet Ramverk (där finns: {', '.join(versions)})")
        raise row.fail("framework", f"ramverket {key[0]} finns inte på bladet Ramverk")

    def _units(self) -> None:
        for row in self.sheets[UNITS]:
            framework, units = self._parent(row)
            unit = Unit(code=row["code"], title=row["title"], points=row["points"],
                        required=row["required"], alternative_group=row["alternative_group"])
            if unit.ref in units:
                raise row.fail("code" if unit.code else "title",
                               f"enheten {unit.ref!r} finns redan på rad {units[unit.ref][1]} "
                               f"för {framework.code} {framework.version}; en enhets kod (eller "
                               "titel, när koden är tom) ska vara unik inom ramverket")
            units[unit.ref] = (unit, row.number, [])

    def _requirements(self) -> None:
        rows_at: dict[tuple[str, str, str], int] = {}
        for row in self.sheets[REQUIREMENTS]:
            framework, units = self._parent(row)
            if row["unit"] not in units:
                raise row.fail("unit", f"enheten {row['unit']!r} finns inte för "
                                       f"{framework.code} {framework.version} på bladet Enheter")
            key = (framework.code, framework.version, row["code"])
            if key in rows_at:
                raise row.fail("code", f"kravkoden {row['code']!r} finns redan på rad "
                                       f"{rows_at[key]}; en kravkod ska vara unik inom ramverket")
            rows_at[key] = row.number
            units[row["unit"]][2].append(Requirement(
                code=row["code"], text=row["text"], kind=row["kind"], level=row["level"],
                weight=row["weight"], example=row["example"], grade_step=row["grade_step"]))

    def _links(self) -> tuple[CrosswalkLink, ...]:
        return tuple(CrosswalkLink(from_ref=(row["from_framework"], row["from_requirement"]),
                                   to_ref=(row["to_framework"], row["to_requirement"]),
                                   coverage=row["coverage"], note=row["note"])
                     for row in self.sheets[LINKS])

    def _credentials(self) -> tuple[MicroCredential, ...]:
        found: dict[str, tuple[_Row, list[tuple[str, str]]]] = {}
        for row in self.sheets[CREDENTIALS]:
            if row["code"] in found:
                raise row.fail("code", f"mikromeriten {row['code']!r} finns redan på rad "
                                       f"{found[row['code']][0].number}")
            found[row["code"]] = (row, [])
        for row in self.sheets[CREDENTIAL_REQUIREMENTS]:
            if row["credential"] not in found:
                raise row.fail("credential", f"mikromeriten {row['credential']!r} finns inte "
                                             "på bladet Mikromeriter")
            found[row["credential"]][1].append((row["framework"], row["requirement"]))
        return tuple(MicroCredential(**row.values, requirements=tuple(refs))
                     for row, refs in found.values())
