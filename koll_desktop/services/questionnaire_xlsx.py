"""The self-assessment questionnaire (DESIGN §3, step 3) as an xlsx the individual fills in.

One row a requirement, grouped by framework; the individual writes 1, 2, 3, 4 or V (vet inte)
in the answer column, on paper or in Excel. A hidden key column names each requirement as
"framework code|requirement code", so the filled-in form can be read back: `read_questionnaire`
checks the case reference and every key and answer, and names the first problem's place
("file, blad X, rad N, kolumn C (Rubrik)"). `import_questionnaire` writes all answers in one
transaction: all or nothing. The personnummer is never written into the form.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from koll_desktop.domain.enums import AuditAction, SelfRatingLevel
from koll_desktop.domain.library import Framework
from koll_desktop.errors import KnownError
from koll_desktop.services.case_snapshot import CaseSnapshot, load_snapshot
from koll_desktop.services.files import save_workbook
from koll_desktop.services.safe_cells import FORMULA_START, escape, fit, unescape
from koll_desktop.services.workbook_files import open_workbook
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.db import Db, write
from koll_desktop.storage.store import Store

Progress = Callable[[int, int, str], None]
Ratings = dict[str, SelfRatingLevel | None]  # requirement id → level (None: no answer)

SHEET = "Självskattning"
KEY_SEPARATOR = "|"
REFERENCE_LABEL = "Ärende:"
TITLE = "Självskattning"
INSTRUCTION = ("Hur väl kan du det här? Skriv 1, 2, 3, 4 eller V (vet inte) i kolumnen "
               "”Ditt svar”.")
SCALE = "1 = Kan inte än     2 = Kan lite     3 = Kan bra     4 = Kan mycket bra     V = Vet inte"
ABOUT = ("Det här är din egen bild av vad du kan. Det är inget prov och inget beslut. "
         "Du och din valideringshandledare går igenom svaren tillsammans.")
EXAMPLE_MARK = " (exempel)"


@dataclass(frozen=True)
class Column:
    heading: str
    width: float


KEY, UNIT, CODE, TEXT, ANSWER = range(1, 6)  # column numbers
COLUMNS = {KEY: Column("Nyckel", 20), UNIT: Column("Område", 24), CODE: Column("Nr", 13),
           TEXT: Column("Krav", 60), ANSWER: Column("Ditt svar", 11)}
_ANSWER_TEXT = {SelfRatingLevel.NOT_YET: 1, SelfRatingLevel.SOMEWHAT: 2,
                SelfRatingLevel.WELL: 3, SelfRatingLevel.VERY_WELL: 4,
                SelfRatingLevel.DONT_KNOW: "V"}
_FROM_TEXT = {"1": SelfRatingLevel.NOT_YET, "2": SelfRatingLevel.SOMEWHAT,
              "3": SelfRatingLevel.WELL, "4": SelfRatingLevel.VERY_WELL,
              "V": SelfRatingLevel.DONT_KNOW, "VET INTE": SelfRatingLevel.DONT_KNOW,
              "VET EJ": SelfRatingLevel.DONT_KNOW}
_HEADER_SEARCH_ROWS = 40
_LANDSCAPE_ABOVE = 110  # total width of the printed columns (characters) that needs landscape


def requirement_key(framework_code: str, requirement_code: str) -> str:
    return f"{framework_code}{KEY_SEPARATOR}{requirement_code}"


def framework_heading(framework: Framework) -> str:
    """"CODE – Title (version V)", marked as an example when the title does not say so."""
    text = f"{framework.code} – {framework.title} (version {framework.version})"
    if framework.example and not framework.title.lower().startswith("exempel"):
        text += EXAMPLE_MARK
    return text


def default_file_name(snapshot: CaseSnapshot) -> str:
    return f"sjalvskattning-{snapshot.case.reference}.xlsx"


# -- writing --------------------------------------------------------------------------------

_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
_ANSWER_FILL = PatternFill("solid", fgColor="FFFDE7")


def write_questionnaire(snapshot: CaseSnapshot, path: Path,
                        progress: Progress | None = None) -> Path:
    """The case's questionnaire at `path` (atomically), with the current ratings filled in."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    header_row = _write_heading(ws, snapshot)
    total = sum(len(f.requirements) for f in snapshot.frameworks)
    row, done = header_row + 1, 0
    for framework in snapshot.frameworks:
        row = _write_section(ws, row, framework_heading(framework))
        for unit in framework.units:
            unit_text = " – ".join(p for p in (unit.code, unit.title) if p)
            for requirement in unit.requirements:
                rating = snapshot.self_ratings.get((framework.code, requirement.code))
                text = requirement.text + (EXAMPLE_MARK if requirement.example else "")
                _write_requirement(ws, row, requirement_key(framework.code, requirement.code),
                                   unit_text, requirement.code, text,
                                   _ANSWER_TEXT[rating.level] if rating else None)
                row += 1
                done += 1
                if progress and done % 50 == 0:
                    progress(done, total, "skriver frågeformuläret")
    if row > header_row + 1:
        validation = DataValidation(
            type="list", formula1='"1,2,3,4,V"', allow_blank=True, showErrorMessage=True,
            errorTitle="Ogiltigt svar", error="Skriv 1, 2, 3, 4 eller V (vet inte).",
            showInputMessage=True, promptTitle="Ditt svar",
            prompt="1 = Kan inte än, 2 = Kan lite, 3 = Kan bra, 4 = Kan mycket bra, "
                   "V = Vet inte")
        letter = get_column_letter(ANSWER)
        validation.add(f"{letter}{header_row + 1}:{letter}{row - 1}")
        ws.add_data_validation(validation)
    _print_setup(ws, snapshot, header_row)
    _save(wb, path)
    if progress:
        progress(total, total, "klart")
    return path


def _text(ws: Any, row: int, column: int, text: str) -> Any:
    """A cell holding `text` as text: never a formula, control characters escaped."""
    cell = ws.cell(row, column)
    cell.value = fit(escape(text))
    cell.data_type = "s"
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def _merged_text(ws: Any, row: int, text: str, font: Font | None = None,
                 height: float | None = None) -> None:
    cell = _text(ws, row, UNIT, text)
    cell.alignment = _WRAP
    if font is not None:
        cell.font = font
    ws.merge_cells(start_row=row, start_column=UNIT, end_row=row, end_column=ANSWER)
    if height:
        ws.row_dimensions[row].height = height


def _write_heading(ws: Any, snapshot: CaseSnapshot) -> int:
    """The title, the case reference and name, the instruction; returns the header row."""
    _text(ws, 1, UNIT, TITLE).font = Font(bold=True, size=16)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, UNIT, REFERENCE_LABEL).font = _BOLD
    _text(ws, 2, CODE, snapshot.case.reference).font = _BOLD
    _text(ws, 3, UNIT, "Namn:").font = _BOLD
    _text(ws, 3, CODE, snapshot.person.full_name)
    if snapshot.case.goal:
        _text(ws, 4, UNIT, "Mål:").font = _BOLD
        _text(ws, 4, CODE, snapshot.case.goal)
    _merged_text(ws, 6, INSTRUCTION, Font(bold=True, size=13), 20)
    _merged_text(ws, 7, SCALE, Font(size=12), 18)
    _merged_text(ws, 8, ABOUT, None, 32)
    header_row = 10
    for number, column in COLUMNS.items():
        cell = _text(ws, header_row, number, column.heading)
        cell.font, cell.fill, cell.border = _BOLD, _HEADER_FILL, _BOX
        cell.alignment = Alignment(vertical="center", wrap_text=True,
                                   horizontal="center" if number == ANSWER else "left")
        ws.column_dimensions[get_column_letter(number)].width = column.width
    ws.column_dimensions[get_column_letter(KEY)].hidden = True
    ws.freeze_panes = ws.cell(header_row + 1, UNIT)
    return header_row


def _write_section(ws: Any, row: int, title: str) -> int:
    for number in range(UNIT, ANSWER + 1):
        ws.cell(row, number).fill = _SECTION_FILL
    cell = _text(ws, row, UNIT, title)
    cell.font = Font(bold=True, size=12)
    cell.alignment = Alignment(vertical="center")
    ws.row_dimensions[row].height = 20
    return row + 1


def _write_requirement(ws: Any, row: int, key: str, unit: str, code: str, text: str,
                       answer: int | str | None) -> None:
    _text(ws, row, KEY, key)
    for number, value in ((UNIT, unit), (CODE, code), (TEXT, text)):
        cell = _text(ws, row, number, value)
        cell.alignment, cell.border = _WRAP, _BOX
    cell = ws.cell(row, ANSWER, answer)
    cell.font = Font(bold=True, size=14)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    cell.border, cell.fill = _BOX, _ANSWER_FILL
    cell.protection = Protection(locked=False)  # the only cells the individual writes in
    lines = max(_lines(text, COLUMNS[TEXT].width), _lines(unit, COLUMNS[UNIT].width), 1)
    ws.row_dimensions[row].height = max(24.0, 15.0 * lines + 4)


def _lines(text: str, width: float) -> int:
    """Roughly how many lines `text` wraps to in a column `width` characters wide."""
    per_line = max(int(width * 1.1) - 2, 8)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _print_setup(ws: Any, snapshot: CaseSnapshot, header_row: int) -> None:
    printed = sum(c.width for n, c in COLUMNS.items() if n != KEY)
    setup = ws.page_setup
    setup.orientation = "landscape" if printed > _LANDSCAPE_ABOVE else "portrait"
    setup.paperSize = ws.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddHeader.left.text = f"Självskattning – ärende {snapshot.case.reference}"
    ws.oddFooter.right.text = "Sida &P av &N"
    # Keys, texts and the reference cannot be changed by mistake; answers can (no password).
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _save(wb: Workbook, path: Path) -> None:
    save_workbook(wb, path, "frågeformuläret")


# -- reading --------------------------------------------------------------------------------

def read_questionnaire(path: Path, snapshot: CaseSnapshot) -> Ratings:
    """The answers of a filled-in questionnaire: requirement id → level, None where the answer
    was left empty. One KnownError names the first problem's file, sheet, row and column."""
    path = Path(path)
    name = path.name
    with open_workbook(path) as wb:
        if SHEET not in wb.sheetnames:
            raise KnownError(f"bladet {SHEET!r} saknas, så det är inget frågeformulär för "
                             f"självskattning (bladen i filen: {', '.join(wb.sheetnames)})",
                             place=name)
        return _Reader(wb[SHEET], f"{name}, blad {SHEET}", snapshot).ratings()


class _Reader:
    def __init__(self, ws: Any, place: str, snapshot: CaseSnapshot) -> None:
        self.ws, self.place, self.snapshot = ws, place, snapshot
        self.ids = {requirement_key(f.code, r.code): r.id
                    for f in snapshot.frameworks for r in f.requirements}

    def fail(self, row: int, column: int, message: str, heading: str = "") -> KnownError:
        heading = heading or COLUMNS[column].heading
        return KnownError(message, place=f"{self.place}, rad {row}, kolumn "
                                         f"{get_column_letter(column)} ({heading})")

    def ratings(self) -> Ratings:
        header = self._header_row()
        self._check_reference(header)
        found: Ratings = {}
        seen: dict[str, int] = {}
        for row in range(header + 1, self.ws.max_row + 1):
            key = self._text(row, KEY)
            answer = self.ws.cell(row, ANSWER)
            if not key:
                if not _blank(answer.value):
                    raise self.fail(row, KEY, "raden har ett svar men ingen nyckel; ändra inte "
                                    "i formulärets dolda kolumn A")
                continue
            if key not in self.ids:
                raise self.fail(row, KEY, f"kravet {key.replace(KEY_SEPARATOR, ' ')} finns inte "
                                f"i ärende {self.snapshot.case.reference}; formuläret kan vara "
                                "gjort för andra ramverk – skriv ut ett nytt")
            if key in seen:
                raise self.fail(row, KEY, f"kravet {key.replace(KEY_SEPARATOR, ' ')} finns "
                                f"redan på rad {seen[key]}")
            seen[key] = row
            found[self.ids[key]] = self._answer(row, answer)
        return found

    def _text(self, row: int, column: int) -> str:
        cell = self.ws.cell(row, column)
        if cell.data_type == "f":
            raise self.fail(row, column, "formler är inte tillåtna här")
        value = cell.value
        return "" if value is None else unescape(str(value)).strip()

    def _header_row(self) -> int:
        heading = COLUMNS[KEY].heading
        for row in range(1, min(self.ws.max_row, _HEADER_SEARCH_ROWS) + 1):
            if str(self.ws.cell(row, KEY).value or "").strip() == heading:
                return row
        raise KnownError(f"rubrikraden med kolumnen {heading!r} saknas i kolumn A; använd "
                         "ett formulär som KoLL har skrivit ut", place=self.place)

    def _check_reference(self, header: int) -> None:
        expected = self.snapshot.case.reference
        for row in range(1, header):
            if self._text(row, UNIT) == REFERENCE_LABEL:
                found = self._text(row, CODE)
                if found != expected:
                    what = f"ärende {found}" if found else "inget ärende"
                    raise self.fail(row, CODE, f"formuläret gäller {what}, inte ärende "
                                    f"{expected}; välj rätt fil", "Ärende")
                return
        raise KnownError(f"raden {REFERENCE_LABEL!r} med ärendenumret saknas ovanför "
                         "rubrikraden; använd ett formulär som KoLL har skrivit ut",
                         place=self.place)

    def _answer(self, row: int, cell: Any) -> SelfRatingLevel | None:
        value = cell.value
        if cell.data_type == "f":
            raise self.fail(row, ANSWER, "formler är inte tillåtna; skriv 1, 2, 3, 4 eller V")
        if _blank(value):
            return None
        if isinstance(value, bool):
            level = None
        elif isinstance(value, int | float):
            level = _FROM_TEXT.get(str(int(value))) if float(value).is_integer() else None
        else:
            level = _FROM_TEXT.get(" ".join(unescape(str(value)).split()).upper())
        if level is None:
            shown = value if not isinstance(value, float) else f"{value:g}"
            raise self.fail(row, ANSWER, f"{str(shown)!r} är inget giltigt svar; skriv 1, 2, "
                            "3, 4 eller V (vet inte), eller lämna rutan tom")
        return level


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- writing ratings to the database ----------------------------------------------------------

@dataclass(frozen=True)
class QuestionnaireImport:
    answered: int  # rows with an answer
    blank: int  # rows left empty (their rating is removed)
    changed: int  # ratings that differ from before


def current_ratings(snapshot: CaseSnapshot, requirement_ids: Any) -> Ratings:
    """The stored rating of each of `requirement_ids` (None where there is none)."""
    by_id = {s.requirement_id: s.level for s in snapshot.self_ratings.values()}
    return {rid: by_id.get(rid) for rid in requirement_ids}


def apply_ratings(db: Db, case_id: str, ratings: Ratings, *,
                  actor: str | None = None, source: str = "") -> int:
    """Write `ratings` in one transaction (all or nothing); returns how many changed.

    Only ratings that differ from the stored ones are written (and audited)."""
    data = CaseDataRepository(db, actor)
    stored = {rid: s.level for rid, s in data.self_ratings(case_id).items()}
    changes = {rid: level for rid, level in ratings.items() if stored.get(rid) != level}
    if not changes:
        return 0
    db.execute("PRAGMA synchronous = FULL")
    try:
        with write(db):
            for requirement_id, level in changes.items():
                data.set_self_rating(case_id, requirement_id, level)
            if source:
                Store(db, actor)._audit(AuditAction.IMPORT, "self_rating", case_id,
                                        new=source, case_id=case_id)
    finally:
        db.execute("PRAGMA synchronous = NORMAL")
    return len(changes)


def import_questionnaire(db: Db, reference: str, path: Path,
                         actor: str | None = None) -> QuestionnaireImport:
    """Read a filled-in questionnaire for the case `reference` and store its answers in one
    transaction; nothing is stored when any row is wrong."""
    snapshot = load_snapshot(db, reference)
    ratings = read_questionnaire(Path(path), snapshot)
    changed = apply_ratings(db, snapshot.case.id, ratings, actor=actor,
                            source=Path(path).name)
    answered = sum(1 for level in ratings.values() if level is not None)
    return QuestionnaireImport(answered=answered, blank=len(ratings) - answered,
                               changed=changed)
