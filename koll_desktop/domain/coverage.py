"""Requirement values through the crosswalk, and framework comparison (DESIGN §4).

The first half of the plan engine: what each requirement is worth for a case, and
where that value came from, so the UI can say "härlett via EX-USK A.3 (full)". The
comparison of two frameworks (`koll compare`) lives here too because it reads the
same link index. Pure functions over library objects: no Qt, no SQL, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from koll_desktop.domain.enums import AssessmentStatus, Coverage, CreditForm
from koll_desktop.domain.library import CrosswalkLink, Framework, RequirementRef, Unit

Statuses = Mapping[RequirementRef, AssessmentStatus]


class ValueSource(StrEnum):
    """Where a requirement's value comes from; the UI shows direct and derived apart."""

    DIRECT = "direct"
    DERIVED = "derived"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """Every number of the engine, so thresholds and pace are settings, never literals."""

    credited_threshold: float = 1.0  # coverage ≥ this → credited
    full_course_threshold: float = 0.0  # coverage ≤ this → full course
    rounding_step: int = 10  # remaining points are rounded up to a multiple of this
    pace_percent: float = 100  # 100 / 50 / 25 % → 20 / 10 / 5 points a week
    partial_link_factor: float = 0.5
    met_value: float = 1.0
    partly_value: float = 0.5
    not_met_value: float = 0.0
    credit_form: CreditForm = CreditForm.CERTIFICATE  # how credited courses are documented
    full_time_points_per_week: float = 20  # full-time Komvux (facts.md §1)

    def __post_init__(self) -> None:
        problems = [
            (0 < self.credited_threshold <= 1, "credited_threshold must be in (0, 1]"),
            (0 <= self.full_course_threshold < self.credited_threshold,
             "full_course_threshold must be in [0, credited_threshold)"),
            (isinstance(self.rounding_step, int) and self.rounding_step >= 1,
             "rounding_step must be a whole number ≥ 1"),
            (self.pace_percent > 0, "pace_percent must be > 0"),
            (self.full_time_points_per_week > 0, "full_time_points_per_week must be > 0"),
            (0 <= self.partial_link_factor <= 1, "partial_link_factor must be in [0, 1]"),
            (0 <= self.not_met_value <= self.partly_value <= self.met_value <= 1,
             "status values must satisfy 0 ≤ not met ≤ partly ≤ met ≤ 1"),
        ]
        for ok, message in problems:
            if not ok:
                raise ValueError(message)

    @property
    def points_per_week(self) -> float:
        return self.full_time_points_per_week * self.pace_percent / 100

    def status_value(self, status: AssessmentStatus | None) -> float | None:
        """The direct value of a status; None when nothing was judged (so derive instead)."""
        if status is None or status == AssessmentStatus.NOT_ASSESSED:
            return None
        if status == AssessmentStatus.MET:
            return self.met_value
        if status == AssessmentStatus.PARTLY:
            return self.partly_value
        return self.not_met_value

    def link_factor(self, coverage: Coverage) -> float:
        return 1.0 if coverage == Coverage.FULL else self.partial_link_factor


DEFAULT_SETTINGS = PlanSettings()


@dataclass(frozen=True, slots=True)
class Derivation:
    """One link a derived value came through: the directly assessed requirement behind it."""

    ref: RequirementRef  # the other end of the link, which has a direct status
    status: AssessmentStatus
    coverage: Coverage
    link_id: str
    note: str = ""

    @property
    def label(self) -> str:
        return f"{self.ref[0]} {self.ref[1]} ({self.coverage})"

    def _key(self) -> tuple[str, str, str, str]:
        return (*self.ref, str(self.coverage), self.link_id)


@dataclass(frozen=True, slots=True)
class RequirementValue:
    """v(r) with its provenance; `derived_from` lists every link reaching the maximum."""

    ref: RequirementRef
    value: float
    source: ValueSource
    status: AssessmentStatus | None = None  # the direct status, when source is DIRECT
    derived_from: tuple[Derivation, ...] = ()

    @property
    def met(self) -> bool:
        return self.value >= 1.0


class LinkIndex:
    """Links by each of their ends, built once per computation: links are symmetric."""

    __slots__ = ("_by_ref",)

    def __init__(self, links: Iterable[CrosswalkLink]) -> None:
        by_ref: dict[RequirementRef, list[tuple[RequirementRef, CrosswalkLink]]] = {}
        for link in links:
            a, b = tuple(link.from_ref), tuple(link.to_ref)  # JSON may hand us lists
            by_ref.setdefault(a, []).append((b, link))
            if b != a:
                by_ref.setdefault(b, []).append((a, link))
        self._by_ref = by_ref

    def touching(self, ref: RequirementRef) -> Sequence[tuple[RequirementRef, CrosswalkLink]]:
        """(other end, link) for every link with `ref` at either end."""
        return self._by_ref.get(ref, ())


def requirement_value(ref: RequirementRef, statuses: Statuses, index: LinkIndex,
                      settings: PlanSettings = DEFAULT_SETTINGS) -> RequirementValue:
    """Direct value if judged; else the best link factor × the other end's direct value."""
    status = statuses.get(ref)
    direct = settings.status_value(status)
    if direct is not None:
        return RequirementValue(ref, direct, ValueSource.DIRECT, status)
    best: float | None = None
    sources: list[Derivation] = []
    for other, link in index.touching(ref):
        other_status = statuses.get(other)
        other_value = settings.status_value(other_status)
        if other_value is None:
            continue  # derivation is one step from direct values only, never chained
        value = settings.link_factor(link.coverage) * other_value
        if best is not None and value < best:
            continue
        if best is None or value > best:
            best, sources = value, []
        sources.append(Derivation(other, other_status, link.coverage, link.id, link.note))
    if best is None:
        return RequirementValue(ref, 0.0, ValueSource.NONE)
    sources.sort(key=Derivation._key)  # the input order of links must not show
    return RequirementValue(ref, best, ValueSource.DERIVED, None, tuple(sources))


def requirement_values(frameworks: Iterable[Framework], statuses: Statuses, index: LinkIndex,
                       settings: PlanSettings = DEFAULT_SETTINGS,
                       ) -> dict[RequirementRef, RequirementValue]:
    """v(r) for every requirement of the frameworks, in framework/unit/requirement order."""
    values: dict[RequirementRef, RequirementValue] = {}
    for framework in frameworks:
        for unit in framework.units:
            for requirement in unit.requirements:
                ref = (framework.code, requirement.code)
                values[ref] = requirement_value(ref, statuses, index, settings)
    return values


def weighted_coverage(unit: Unit, values: Sequence[float]) -> tuple[float, bool]:
    """(Σ weight × v / Σ weight, empty). An empty unit has coverage 0 and is flagged.

    Negative weights are invalid library data and count as 0, which keeps coverage in [0, 1].
    """
    total = covered = 0.0
    for requirement, value in zip(unit.requirements, values, strict=True):
        weight = max(requirement.weight, 0.0)
        total += weight
        covered += weight * value
    if total <= 0:
        return 0.0, True
    return covered / total, False


# --- comparison of two frameworks ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequirementMatch:
    """c(r): how well one requirement of B is covered by A, and by which requirements of A."""

    code: str
    c: float
    coverage: Coverage | None  # of the best link; None when unmatched
    matched_by: tuple[RequirementRef, ...] = ()  # requirements of A behind the best links


class UnitRole(StrEnum):
    """Whether a unit counts in the totals."""

    COUNTED = "counted"
    ALTERNATIVE_NOT_NEEDED = "alternative_not_needed"  # another unit of its group was chosen
    OPTIONAL = "optional"  # not required by the framework (as in Framework.total_points)



def unit_roles(units: Sequence[Unit], coverages: Sequence[float],
           chosen_refs: frozenset[str] = frozenset()) -> list[UnitRole]:
    """One unit per alternative group counts: the one the counsellor chose, else the best
    covered, the first one on ties."""
    counts: dict[str, int] = {}
    for i, unit in enumerate(units):
        group = unit.alternative_group
        if not unit.required or not group:
            continue
        if group not in counts or _preferred(i, counts[group], units, coverages, chosen_refs):
            counts[group] = i
    roles = []
    for i, unit in enumerate(units):
        if not unit.required:
            roles.append(UnitRole.OPTIONAL)
        elif unit.alternative_group and counts[unit.alternative_group] != i:
            roles.append(UnitRole.ALTERNATIVE_NOT_NEEDED)
        else:
            roles.append(UnitRole.COUNTED)
    return roles


def _preferred(i: int, best: int, units: Sequence[Unit], coverages: Sequence[float],
               chosen_refs: frozenset[str]) -> bool:
    """Whether unit i counts rather than `best` (an earlier unit of its group)."""
    i_chosen, best_chosen = units[i].ref in chosen_refs, units[best].ref in chosen_refs
    if i_chosen != best_chosen:
        return i_chosen
    return coverages[i] > coverages[best]


@dataclass(frozen=True, slots=True)
class UnitComparison:
    ref: str
    title: str
    coverage: float
    empty: bool
    matches: tuple[RequirementMatch, ...]
    counted: bool = True  # in the whole: False for an alternative not needed, or optional

    @property
    def unmatched(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.matches if m.c == 0)


@dataclass(frozen=True, slots=True)
class ComparisonResult:
    """Framework `framework_code` (B) as covered by framework `by_code` (A)."""

    framework_code: str
    by_code: str
    units: tuple[UnitComparison, ...]
    coverage: float  # over the requirements of B's counted units, weighted

    @property
    def unmatched(self) -> tuple[RequirementRef, ...]:
        return tuple((self.framework_code, code) for u in self.units for code in u.unmatched)


def compare(framework_b: Framework, framework_a: Framework, links: Iterable[CrosswalkLink],
            settings: PlanSettings = DEFAULT_SETTINGS) -> ComparisonResult:
    """Coverage of each unit of B by A through the crosswalk; swap the arguments for A by B.

    A framework compared with itself (same code) matches every requirement to itself
    (c = 1): the question "how much of B does B cover" has only one honest answer, and
    the crosswalk holds no links from a framework to itself to say otherwise.

    The whole counts the units B requires, as its points do (Framework.total_points): of an
    alternative group (Svenska 1 or Svenska som andraspråk 1) the best covered unit, the
    first on ties, as in a plan (`unit_roles`); no optional unit. Every unit is listed.
    """
    index = LinkIndex(links)
    a_codes = {r.code for r in framework_a.requirements}
    same = framework_a.code == framework_b.code
    per_unit = []
    for unit in framework_b.units:
        matches = tuple(
            RequirementMatch(r.code, 1.0, Coverage.FULL, ((framework_b.code, r.code),)) if same
            else _match(framework_b.code, r.code, framework_a.code, a_codes, index, settings)
            for r in unit.requirements
        )
        per_unit.append((unit, matches, *weighted_coverage(unit, [m.c for m in matches])))
    roles = unit_roles(framework_b.units, [coverage for _, _, coverage, _ in per_unit])
    units = tuple(UnitComparison(unit.ref, unit.title, coverage, empty, matches,
                                 role == UnitRole.COUNTED)
                  for (unit, matches, coverage, empty), role in zip(per_unit, roles, strict=True))
    covered = total = 0.0
    for (unit, matches, _, _), counted in zip(per_unit, (u.counted for u in units), strict=True):
        if not counted:
            continue
        for requirement, match in zip(unit.requirements, matches, strict=True):
            weight = max(requirement.weight, 0.0)
            total += weight
            covered += weight * match.c
    overall = covered / total if total > 0 else 0.0
    return ComparisonResult(framework_b.code, framework_a.code, units, overall)


def _match(b_code: str, code: str, a_code: str, a_codes: set[str], index: LinkIndex,
           settings: PlanSettings) -> RequirementMatch:
    """Best link from requirement `code` of B to any existing requirement of A."""
    best, best_coverage, by = 0.0, None, set()
    for other, link in index.touching((b_code, code)):
        if other[0] != a_code or other[1] not in a_codes:
            continue
        factor = settings.link_factor(link.coverage)
        if factor > best:
            best, best_coverage, by = factor, link.coverage, {other}
        elif factor == best > 0:
            by.add(other)
    if best == 0:
        return RequirementMatch(code, 0.0, None)
    return RequirementMatch(code, best, best_coverage, tuple(sorted(by)))


def percent_steps(coverage: float, decimals: int = 0) -> int:
    """Coverage in steps of 10^-decimals percent, always rounded down: the one rounding rule of
    every screen and paper, so that a unit not fully covered never reads as 100 %.

    0.375 → 37 (decimals=0) or 375 (decimals=1, i.e. 37.5 %); 2/3 → 66 or 666 (66.6 %);
    0.9996 → 99 or 999. The shown share is exactly steps / 10^(decimals + 2), and the whole
    percent is the same at any number of decimals (37.9 % is 37). The product is rounded to 6
    places before the floor, so float noise (0.58 × 100 = 57.99999…) does not lose a step.
    """
    scale = 10 ** (decimals + 2)
    if coverage >= 1:
        return scale
    if coverage <= 0:
        return 0
    return min(math.floor(round(coverage * scale, 6)), scale - 1)


def whole_percent(coverage: float) -> int:
    """Coverage in whole percent, rounded down (`percent_steps`): 99.6 % never reads as 100 %,
    and the same number on every screen and paper."""
    return percent_steps(coverage, 0)
