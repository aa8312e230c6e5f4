"""The layout of the Excel library template: its sheets, columns and cell values, and Läs mig.

One sheet per kind of row, Swedish headings. Each `Column` names its domain field, its
heading, width and explanation, and its kind (text, code, int, number, flag, date or a
choice of Swedish words), which decides how a domain value is shown in a cell and how a
cell is read back (a ValueError with a Swedish message when it cannot be). The first sheet,
"Läs mig", explains the rules and every column. Reading and writing: services/library_xlsx.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl.styles import Alignment, Font

from koll_desktop.domain.enums import Coverage, RequirementKind
from koll_desktop.domain.labels import FRAMEWORK_KIND

TEMPLATE_VERSION = 1

# -- sheets, columns, allowed values -------------------------------------------------------

FRAMEWORK_KINDS = {kind: word.lower() for kind, word in FRAMEWORK_KIND.items()}  # yrkespaket …
REQUIREMENT_KINDS = {RequirementKind.KNOWLEDGE: "kunskap", RequirementKind.SKILL: "färdighet",
                     RequirementKind.COMPETENCE: "kompetens"}
COVERAGES = {Coverage.FULL: "full", Coverage.PARTIAL: "partial"}
# The app's own Swedish words for a link's coverage, also taken in the template.
_SYNONYMS = {"delvis": Coverage.PARTIAL, "helt": Coverage.FULL, "hel": Coverage.FULL}
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
        Column("coverage", "Täckning", 10,
               "full eller partial (helt och delvis går också; tomt blir full).", "choice",
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


def write_readme(ws: Any) -> None:
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
                       allowed_values(column), column.about])
    for cell in (*ws[4], *ws[heading_row]):
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (16, 20, 16, 34, 90), strict=True):
        ws.column_dimensions[letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=heading_row + 1):  # rules above overflow to the right
        for cell in row:
            cell.alignment = wrap


def allowed_values(column: Column) -> str:
    if column.choices:
        return ", ".join(column.choices.values())
    return {"flag": "ja, nej", "date": "ÅÅÅÅ-MM-DD", "int": "heltal",
            "number": "tal"}.get(column.kind, "text")


# -- cell values ---------------------------------------------------------------------------

def to_cell(column: Column, value: Any) -> Any:
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


def from_cell(column: Column, value: Any) -> Any:
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
    if column.choices is COVERAGES:
        allowed += ", helt, delvis"
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
