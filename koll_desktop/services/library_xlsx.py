"""The Excel library template (DESIGN §5): the workbook coordinators edit in Excel.

One sheet per kind of row, Swedish headings. Rows name their parent by codes: a unit
or requirement by framework code + version (so two versions can share a file), a
requirement's unit by `Unit.ref`. Reading (openpyxl read_only) refuses formulas and
names the first problem as "file, blad X, rad N, kolumn C (Rubrik)". Text is written as
text, never as a formula, with the escapes of `safe_cells` so that it reads back unchanged.
The sheets and columns, their cell values and the Läs mig sheet: library_xlsx_layout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

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
from koll_desktop.services.library_xlsx_layout import (
    CREDENTIAL_REQUIREMENTS,
    CREDENTIALS,
    FRAMEWORK_KINDS,
    FRAMEWORKS,
    LINKS,
    NO,
    REQUIREMENTS,
    SHEETS,
    UNITS,
    YES,
    Column,
    Sheet,
    allowed_values,
    from_cell,
    to_cell,
    write_readme,
)
from koll_desktop.services.safe_cells import EXCEL_MAX_TEXT, FORMULA_START, escape, unescape
from koll_desktop.services.workbook_files import DAMAGED_XLSX, open_workbook

Progress = Callable[[int, int, str], None]


# -- writing ---------------------------------------------------------------------------------

def write_library_xlsx(library: Library, path: Path, progress: Progress | None = None) -> Path:
    """Write `library` as the editable template; atomically (a .part file, then replace)."""
    wb = Workbook()
    write_readme(wb.active)
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
        cell.comment = Comment(f"{column.about}\nTillåtet: {allowed_values(column)}", "KoLL",
                               width=300, height=100)
        dimension = ws.column_dimensions[get_column_letter(col)]
        dimension.width = column.width
        dimension.number_format = {"date": "yyyy-mm-dd", "int": "General",
                                   "number": "General"}.get(column.kind, "@")
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=2):
        for col, column in enumerate(sheet.columns, start=1):
            value = to_cell(column, row[column.key])
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

def read_library_xlsx(path: Path) -> Library:
    """The template at `path` as a Library; one KnownError naming the first problem's place."""
    name = path.name
    with open_workbook(path, read_only=True) as wb:
        try:
            sheets = {sheet.name: list(_read_sheet(wb, sheet, name)) for sheet in SHEETS}
        except DAMAGED_XLSX as exc:
            raise KnownError("filen är skadad och kan inte läsas som xlsx", place=name) from exc
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
        return from_cell(column, value)
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

    @cached_property
    def _requirement_codes(self) -> dict[str, set[str]]:
        """Framework code → the requirement codes the file gives it (any version); read once
        the requirements are, for every link and micro-credential row."""
        codes: dict[str, set[str]] = {}
        for (code, _), (_, units) in self.frameworks.items():
            codes.setdefault(code, set()).update(
                r.code for _, _, reqs in units.values() for r in reqs)
        return codes

    def _check_ref(self, row: _Row, framework_key: str, requirement_key: str) -> tuple[str, str]:
        """A reference to a requirement, checked here when its framework is in the file (so
        the message names the sheet, row and column); one in the library is checked when
        the file is applied."""
        framework, code = row[framework_key], row[requirement_key]
        known = self._requirement_codes.get(framework)
        if known is not None and code not in known:
            raise row.fail(requirement_key, f"kravet {code!r} finns inte för {framework} "
                                            "på bladet Krav")
        return framework, code

    def _links(self) -> tuple[CrosswalkLink, ...]:
        return tuple(CrosswalkLink(from_ref=self._check_ref(row, "from_framework",
                                                            "from_requirement"),
                                   to_ref=self._check_ref(row, "to_framework", "to_requirement"),
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
            found[row["credential"]][1].append(self._check_ref(row, "framework", "requirement"))
        return tuple(MicroCredential(**row.values, requirements=tuple(refs))
                     for row, refs in found.values())


__all__ = ["FRAMEWORK_KINDS", "read_library_xlsx", "write_library_xlsx"]
