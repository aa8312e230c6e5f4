"""Coverage comparison of two frameworks (DESIGN §4 "Comparison", §8 `koll compare A B`).

Gathers, on top of the engine's `compare` (whose rule is not repeated here), what the xlsx
and PDF outputs show: framework B covered by framework A per unit, A covered by B per unit,
a unit × unit matrix, and the requirements with no counterpart in each direction.

The matrix, precisely. Rows are the units of A, columns the units of B. The cell for
(A-unit u, B-unit v) is the coverage of v's requirements by links to requirements of u only:

    cell(u, v) = Σ_{r ∈ v} w(r) · c_u(r) / Σ_{r ∈ v} w(r),

where w is the requirement weight (negative counts as 0) and c_u(r) is the engine's c(r) with
framework A cut down to the one unit u: 1 for a `full` link from r to a requirement of u,
the partial link factor (0.5) if its best link into u is `partial`, else 0. It is computed
by calling `compare(B, A restricted to u)`, so it follows the engine's rule exactly. Hence:

* cell(u, v) ≤ coverage(v by A) for every u (A holds u's requirements and more), and
* coverage(v by A) ≤ Σ_u cell(u, v): a requirement of v covered from two units of A counts
  in both cells, so a column need not add up to the unit's coverage; it does when each
  requirement's links into A all land in one unit.
* A unit v without requirements has no coverage: its cells are None, like the engine's flag.

Every output (the app, the workbook's Matris sheet, the PDF) prints the matrix the same way
round: one row per unit of B (the framework covered), one column per unit of A, and a last
column with the B-unit's coverage by all of A, so a row reads "this course is covered by
these areas, and in all this much". Cells are in whole percent rounded down (`matrix_text`).

A framework compared with itself: the engine matches each requirement to itself, so c_u(r)
is 1 when r lies in u and 0 otherwise; the matrix is the identity (1 on the diagonal).

An empty framework (no requirements at all) is refused with a KnownError rather than
reported: every coverage would be 0 of 0, and a workbook full of "0 %" would read like a
finding ("nothing is covered") when the truth is "there is nothing to compare"; the user
needs to import the framework's requirements first, and the one-line error says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from koll_desktop.domain.coverage import (
    DEFAULT_SETTINGS,
    ComparisonResult,
    PlanSettings,
    RequirementMatch,
    UnitComparison,
    compare,
    percent_steps,
    weighted_coverage,
    whole_percent,
)
from koll_desktop.domain.enums import Coverage, FrameworkKind
from koll_desktop.domain.library import CrosswalkLink, Framework, Unit
from koll_desktop.errors import KnownError, NotFound
from koll_desktop.services.case_snapshot import organisation, plan_settings
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository

LANGUAGES = ("sv", "en")
NOTES: dict[str, tuple[str, str]] = {
    "same": ("Samma ramverk: allt täcks av sig självt (varje krav motsvaras av sig självt).",
             "Same framework: everything is covered by itself (each requirement matches "
             "itself)."),
    "no_links": ("Inga kopplingar finns mellan {a} och {b}: täckningen är 0 % åt båda "
                 "hållen. Lägg in kopplingar i biblioteket (bladet Kopplingar i Excel-mallen) "
                 "för att kunna jämföra.",
                 "There are no links between {a} and {b}: coverage is 0 % both ways. Add "
                 "links to the library (the Kopplingar sheet of the Excel template) to "
                 "compare them."),
    "empty_units": ("{code}: {count} enheter saknar krav och har ingen täckning ({units}).",
                    "{code}: {count} units have no requirements and no coverage ({units})."),
    "not_counted": ("{code}: {units} räknas inte i helheten (det räcker med en kurs av "
                    "alternativen, och den bäst täckta räknas; kurser som inte krävs räknas "
                    "inte), men visas i tabellerna.",
                    "{code}: {units} are not counted in the whole (one course of the "
                    "alternatives is enough, and the best covered one counts; courses not "
                    "required do not count), but are shown in the tables."),
    "example": ("{code} är ett exempel gjort för demon, inte ett verkligt ramverk.",
                "{code} is an example made for the demo, not a real framework."),
    "example_texts": ("Kravtexterna i {code} är exempel (korta sammanfattningar), inte "
                      "kursplanens egen text.",
                      "The requirement texts of {code} are examples (short summaries), not "
                      "the official syllabus text."),
    "rule": ("Täckning = viktad andel av enhetens krav som har en koppling till det andra "
             "ramverket: hel koppling räknas 100 %, delvis koppling {partial} %. Alla procenttal "
             "avrundas nedåt: till en decimal i tabellerna (66,67 % visas som 66,6 %) och till "
             "hela procent i matrisens rutor (37,5 % visas som 37). En enhet som inte är helt "
             "täckt visas därför aldrig som 100 %.",
             "Coverage = weighted share of a unit's requirements linked to the other "
             "framework: a full link counts 100 %, a partial link {partial} %. All percentages "
             "are rounded down: to one decimal in the tables (66.67 % shows as 66.6 %) and to "
             "whole percent in the matrix cells (37.5 % shows as 37). So a unit not fully "
             "covered never shows as 100 %."),
}


# -- the report ------------------------------------------------------------------------------

@dataclass(frozen=True)
class FrameworkInfo:
    """What the outputs say about one compared framework."""

    code: str
    title: str
    version: str
    kind: FrameworkKind
    owner: str
    example: bool  # the whole framework is made up for the demo
    example_texts: bool  # some requirement texts are examples (not official text)
    units: int
    requirements: int
    points: int | None

    @property
    def marked(self) -> bool:
        return self.example or self.example_texts


@dataclass(frozen=True)
class UnitCoverage:
    """One unit of the covered framework: how much of it the other framework covers."""

    ref: str
    code: str
    title: str
    points: int | None
    alternative_group: str | None
    requirements: int
    full: int  # requirements whose best link is full
    partial: int  # requirements whose best link is partial
    full_share: float  # weighted share of the unit's requirements with a full link
    partial_share: float  # weighted share with a partial (best) link
    coverage: float
    empty: bool  # no requirements: coverage means nothing
    counted: bool = True  # in the whole (domain.coverage.compare: one unit per alternative)

    @property
    def unmatched(self) -> int:
        return self.requirements - self.full - self.partial


@dataclass(frozen=True)
class UnmatchedRequirement:
    """A requirement with no counterpart (c = 0) in the other framework."""

    framework: str
    unit: str  # the unit's ref (code, else title)
    unit_title: str
    code: str
    text: str
    example: bool


@dataclass(frozen=True)
class DirectionReport:
    """Framework `covered` as covered by framework `by`."""

    covered: FrameworkInfo
    by: FrameworkInfo
    units: tuple[UnitCoverage, ...]
    coverage: float  # over the requirements of the counted units of `covered`, weighted
    unmatched: tuple[UnmatchedRequirement, ...]
    result: ComparisonResult  # the engine's own result, per requirement
    full_share: float = 0.0  # weighted share of all requirements with a full (best) link
    partial_share: float = 0.0  # weighted share with a partial (best) link

    @property
    def requirements(self) -> int:  # these three over the counted units, as `coverage`
        return sum(u.requirements for u in self.units if u.counted)

    @property
    def full(self) -> int:
        return sum(u.full for u in self.units if u.counted)

    @property
    def partial(self) -> int:
        return sum(u.partial for u in self.units if u.counted)


@dataclass(frozen=True)
class UnitHeading:
    ref: str
    title: str


@dataclass(frozen=True)
class CoverageMatrix:
    """cells[i][j] = coverage of B-unit `columns[j]` by links to A-unit `rows[i]` (see the
    module docstring); None where the B-unit has no requirements."""

    rows: tuple[UnitHeading, ...]  # units of A
    columns: tuple[UnitHeading, ...]  # units of B
    cells: tuple[tuple[float | None, ...], ...]

    def row_of_b(self, j: int) -> tuple[float | None, ...]:
        """The cells of B-unit `columns[j]`, one per unit of A: a row as every output prints
        the matrix (see the module docstring)."""
        return tuple(row[j] for row in self.cells)

    def cell(self, a_unit: str, b_unit: str) -> float | None:
        i = [h.ref for h in self.rows].index(a_unit)
        j = [h.ref for h in self.columns].index(b_unit)
        return self.cells[i][j]


@dataclass(frozen=True)
class ComparisonReport:
    a: FrameworkInfo
    b: FrameworkInfo
    b_by_a: DirectionReport
    a_by_b: DirectionReport
    matrix: CoverageMatrix
    links: int  # crosswalk links between requirements of A and requirements of B
    same: bool
    partial_factor: float
    made_on: date
    organisation: str = ""

    @property
    def directions(self) -> tuple[DirectionReport, DirectionReport]:
        return self.b_by_a, self.a_by_b

    @property
    def notes(self) -> tuple[str, ...]:
        return report_notes(self, "sv")


# -- the one percent rule (see `percent_steps`): every output formats through these ---------

TABLE_DECIMALS = 1  # per-unit tables, overall coverage, bars, tooltips
MATRIX_DECIMALS = 0  # the cells of the unit × unit matrix, where room is short


def percent_tenths(value: float) -> float:
    """A share in percent with one decimal, rounded down: 0.375 → 37.5, 0.3796 → 37.9,
    2/3 → 66.6, 0.9996 → 99.9 (never 100 before the unit is fully covered); its whole part
    is `whole_percent`, the number in the matrix."""
    return percent_steps(value, TABLE_DECIMALS) / 10 ** TABLE_DECIMALS


def shown_share(value: float, decimals: int = TABLE_DECIMALS) -> float:
    """The share exactly as shown, for a workbook cell with a percent format: 0.94444 → 0.944
    (94,4 %), never 0.9440000000000001, so a coordinator's own formulas get the shown numbers."""
    return percent_steps(value, decimals) / 10 ** (decimals + 2)


def percent_text(value: float, language: str = "sv", decimals: int = TABLE_DECIMALS) -> str:
    """0.375 → "37,5 %" (sv, decimal comma) or "37.5 %" (en), a no-break space before the sign;
    always `decimals` decimals (0.45 → "45,0 %"), rounded down as `percent_steps` says."""
    number = f"{percent_steps(value, decimals) / 10 ** decimals:.{decimals}f}"
    if language == "sv":
        number = number.replace(".", ",")
    return number + "\u00a0%"


def matrix_text(value: float | None, *, sign: bool = True) -> str:
    """A matrix cell: whole percent rounded down ("37 %", or "37" where room is short), "" for
    no link at all (0), "–" for a unit without requirements (None)."""
    if value is None:
        return "–"
    if value <= 0:
        return ""
    number = str(whole_percent(value))
    return number + "\u00a0%" if sign else number


def report_notes(report: ComparisonReport, language: str = "sv") -> tuple[str, ...]:
    """Plain-text notes for the reader: same framework, no links, empty units, examples."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0

    def text(key: str, **values: object) -> str:
        return NOTES[key][index].format(**values)

    notes = []
    if report.same:
        notes.append(text("same"))
    elif report.links == 0:
        notes.append(text("no_links", a=report.a.code, b=report.b.code))
    frameworks = (report.a,) if report.same else (report.a, report.b)
    for info, direction in zip(frameworks, (report.a_by_b, report.b_by_a), strict=False):
        empty = [u.ref for u in direction.units if u.empty]
        if empty:
            notes.append(text("empty_units", code=info.code, count=len(empty),
                              units=", ".join(empty)))
        not_counted = [f"{u.title} ({u.code})" if u.code else u.title
                       for u in direction.units if not u.counted]
        if not_counted and not report.same:
            notes.append(text("not_counted", code=info.code, units=", ".join(not_counted)))
    for info in frameworks:
        if info.example:
            notes.append(text("example", code=info.code))
        elif info.example_texts:
            notes.append(text("example_texts", code=info.code))
    notes.append(text("rule", partial=f"{report.partial_factor * 100:g}"))
    return tuple(notes)


# -- gathering -------------------------------------------------------------------------------

def compare_frameworks(db: Db, code_a: str, code_b: str, *,
                       settings: PlanSettings | None = None) -> ComparisonReport:
    """Compare the newest versions of frameworks `code_a` (A) and `code_b` (B) both ways."""
    library = LibraryRepository(db)
    framework_a = _find(library, code_a)
    framework_b = _find(library, code_b)
    return build_report(framework_a, framework_b, library.crosswalk(),
                        settings or _settings(db), organisation=organisation(db).name)


def build_report(framework_a: Framework, framework_b: Framework,
                 links: Sequence[CrosswalkLink], settings: PlanSettings = DEFAULT_SETTINGS,
                 *, organisation: str = "", made_on: date | None = None) -> ComparisonReport:
    """The report from library objects (no database): both directions and the matrix."""
    for framework in (framework_a, framework_b):
        _require_content(framework)
    links = tuple(links)
    same = framework_a.code == framework_b.code
    info_a, info_b = framework_info(framework_a), framework_info(framework_b)
    b_by_a = compare(framework_b, framework_a, links, settings)
    a_by_b = compare(framework_a, framework_b, links, settings)
    return ComparisonReport(
        a=info_a, b=info_b,
        b_by_a=_direction(framework_b, info_b, info_a, b_by_a),
        a_by_b=_direction(framework_a, info_a, info_b, a_by_b),
        matrix=coverage_matrix(framework_a, framework_b, links, settings, b_by_a),
        links=count_links(framework_a, framework_b, links), same=same,
        partial_factor=settings.partial_link_factor, made_on=made_on or date.today(),
        organisation=organisation)


def _find(library: LibraryRepository, code: str) -> Framework:
    code = code.strip()
    if not code:
        raise KnownError("ange koden för ett ramverk, t.ex. VOXABN")
    try:
        return library.find_framework(code)
    except NotFound as exc:  # say which code, and how to see the codes there are
        raise KnownError(f"ramverket {code} finns inte i biblioteket (se koll library list)"
                         ) from exc


def _settings(db: Db) -> PlanSettings:
    try:
        return plan_settings(db)
    except ValueError as exc:
        raise KnownError(f"inställningarna för planen går inte att använda: {exc}") from exc


def _require_content(framework: Framework) -> None:
    if not framework.requirements:
        raise KnownError(f"ramverket {framework.code} (version {framework.version}) har inga "
                         "krav, så det finns inget att jämföra; läs in dess krav först")


def framework_info(framework: Framework) -> FrameworkInfo:
    return FrameworkInfo(
        code=framework.code, title=framework.title, version=framework.version,
        kind=framework.kind, owner=framework.owner, example=framework.example,
        example_texts=framework.has_example_content and not framework.example,
        units=len(framework.units), requirements=len(framework.requirements),
        points=framework.total_points)


def count_links(framework_a: Framework, framework_b: Framework,
                links: Iterable[CrosswalkLink]) -> int:
    """Links with one end at an existing requirement of A and the other at one of B."""
    refs_a = {(framework_a.code, r.code) for r in framework_a.requirements}
    refs_b = {(framework_b.code, r.code) for r in framework_b.requirements}
    count = 0
    for link in links:
        ends = tuple(link.from_ref), tuple(link.to_ref)
        if (ends[0] in refs_a and ends[1] in refs_b) or (ends[0] in refs_b and
                                                         ends[1] in refs_a):
            count += 1
    return count


def _direction(covered: Framework, covered_info: FrameworkInfo, by_info: FrameworkInfo,
               result: ComparisonResult) -> DirectionReport:
    units = tuple(_unit_coverage(unit, comparison)
                  for unit, comparison in zip(covered.units, result.units, strict=True))
    counted = [(unit, comparison) for unit, comparison in zip(covered.units, result.units,
                                                             strict=True) if comparison.counted]
    whole = Unit("", "", requirements=tuple(r for unit, _ in counted for r in unit.requirements))
    matches = [m for _, comparison in counted for m in comparison.matches]
    return DirectionReport(covered_info, by_info, units, result.coverage,
                           _unmatched(covered, result), result,
                           _share(whole, matches, Coverage.FULL),
                           _share(whole, matches, Coverage.PARTIAL))


def _unit_coverage(unit: Unit, comparison: UnitComparison) -> UnitCoverage:
    full_share = _share(unit, comparison.matches, Coverage.FULL)
    partial_share = _share(unit, comparison.matches, Coverage.PARTIAL)
    return UnitCoverage(
        ref=unit.ref, code=unit.code, title=unit.title, points=unit.points,
        alternative_group=unit.alternative_group, requirements=len(unit.requirements),
        full=sum(1 for m in comparison.matches if _kind(m) == Coverage.FULL),
        partial=sum(1 for m in comparison.matches if _kind(m) == Coverage.PARTIAL),
        full_share=full_share, partial_share=partial_share,
        coverage=comparison.coverage, empty=comparison.empty, counted=comparison.counted)


def _kind(match: RequirementMatch) -> Coverage | None:
    """The best link's coverage; None for a requirement with no counterpart (c = 0)."""
    return match.coverage if match.c > 0 else None


def _share(unit: Unit, matches: Sequence[RequirementMatch], kind: Coverage) -> float:
    share, _ = weighted_coverage(unit, [1.0 if _kind(m) == kind else 0.0 for m in matches])
    return share


def _unmatched(covered: Framework, result: ComparisonResult) -> tuple[UnmatchedRequirement, ...]:
    rows = []
    for unit, comparison in zip(covered.units, result.units, strict=True):
        missing = set(comparison.unmatched)
        rows += [UnmatchedRequirement(covered.code, unit.ref, unit.title, r.code, r.text,
                                      r.example or covered.example)
                 for r in unit.requirements if r.code in missing]
    return tuple(rows)


def coverage_matrix(framework_a: Framework, framework_b: Framework,
                    links: Sequence[CrosswalkLink], settings: PlanSettings = DEFAULT_SETTINGS,
                    b_by_a: ComparisonResult | None = None) -> CoverageMatrix:
    """Units of A × units of B; see the module docstring for the definition of a cell."""
    if framework_a.code == framework_b.code:
        full = b_by_a or compare(framework_b, framework_a, links, settings)
        rows = [_self_row(unit_a, framework_b, full) for unit_a in framework_a.units]
    else:
        rows = [_row(unit_a, framework_a, framework_b, links, settings)
                for unit_a in framework_a.units]
    return CoverageMatrix(tuple(UnitHeading(u.ref, u.title) for u in framework_a.units),
                          tuple(UnitHeading(u.ref, u.title) for u in framework_b.units),
                          tuple(rows))


def _row(unit_a: Unit, framework_a: Framework, framework_b: Framework,
         links: Sequence[CrosswalkLink], settings: PlanSettings) -> tuple[float | None, ...]:
    """B covered by A cut down to `unit_a`: the engine's own rule, restricted."""
    part = compare(framework_b, replace(framework_a, units=(unit_a,)), links, settings)
    return tuple(None if u.empty else u.coverage for u in part.units)


def _self_row(unit_a: Unit, framework_b: Framework,
              full: ComparisonResult) -> tuple[float | None, ...]:
    """Same framework: each requirement is matched by itself, so count the matches in u."""
    codes = {r.code for r in unit_a.requirements}
    row = []
    for unit_b, comparison in zip(framework_b.units, full.units, strict=True):
        values = [m.c if any(ref[1] in codes for ref in m.matched_by) else 0.0
                  for m in comparison.matches]
        coverage, empty = weighted_coverage(unit_b, values)
        row.append(None if empty else coverage)
    return tuple(row)
