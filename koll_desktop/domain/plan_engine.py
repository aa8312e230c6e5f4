"""The plan engine (DESIGN §4): from a case's assessments to units, points, weeks and
micro-credentials.

Everything is keyed by library codes — requirements by (framework code, requirement code),
units by (framework code, unit ref) — so the engine needs no database and a case can be
recomputed on every edit. Deterministic: the output follows the frameworks' unit and
requirement order, never the order of links, assessments or decisions.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Protocol

from koll_desktop.domain.coverage import (
    DEFAULT_SETTINGS,
    ComparisonResult,
    Derivation,
    LinkIndex,
    PlanSettings,
    RequirementValue,
    Statuses,
    UnitRole,
    ValueSource,
    compare,
    requirement_value,
    requirement_values,
    unit_roles,
    weighted_coverage,
)
from koll_desktop.domain.enums import CreditForm, UnitOutcome
from koll_desktop.domain.library import (
    CrosswalkLink,
    Framework,
    MicroCredential,
    RequirementRef,
    Unit,
)

__all__ = [
    "DEFAULT_SETTINGS", "ComparisonResult", "Derivation", "FrameworkResult",
    "MicroCredentialStatus", "PlanResult", "PlanSettings", "RequirementValue",
    "StackingResult", "Totals", "UnitKey", "UnitOverride", "UnitResult", "UnitRole",
    "ValueSource", "compare", "compute_plan", "covering_micro_credentials",
    "micro_credential_status", "remaining_points", "study_days", "totals_of",
]

UnitKey = tuple[str, str]  # (framework code, unit ref)
_TOLERANCE_DIGITS = 9  # float noise such as 100 × (1 − 0.7) = 30.000000000000004


class Decision(Protocol):
    """An override: `UnitOverride`, or a stored `case.UnitDecision` looked up by unit ref."""

    @property
    def outcome(self) -> UnitOutcome: ...

    @property
    def reason(self) -> str: ...


@dataclass(frozen=True, slots=True)
class UnitOverride:
    outcome: UnitOutcome
    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("Ett ändrat beslut för en kurs behöver en motivering.")


@dataclass(frozen=True, slots=True)
class UnitResult:
    """A unit rolled up: the proposal, the counsellor's decision over it, and what remains."""

    framework_code: str
    ref: str
    title: str
    points: int | None  # None for a competence area of a standard: no points, no weeks
    requirements: tuple[RequirementValue, ...]
    coverage: float
    empty: bool  # no requirements (or no weight): coverage 0, flagged for the library editor
    proposed: UnitOutcome
    outcome: UnitOutcome  # the proposal, or the override when there is one
    override_reason: str
    role: UnitRole
    credit_form: CreditForm | None  # set when the outcome is credited
    remaining_points: int | None
    weeks: float | None

    @property
    def key(self) -> UnitKey:
        return (self.framework_code, self.ref)

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)

    @property
    def counted(self) -> bool:
        return self.role == UnitRole.COUNTED

    @property
    def not_met(self) -> tuple[RequirementRef, ...]:
        return tuple(r.ref for r in self.requirements if not r.met)

    @property
    def to_study(self) -> tuple[RequirementRef, ...]:
        """The parts to study: none if credited, all for a full course, else those not met."""
        if self.outcome == UnitOutcome.CREDITED:
            return ()
        if self.outcome == UnitOutcome.FULL_COURSE:
            return tuple(r.ref for r in self.requirements)
        return self.not_met


@dataclass(frozen=True, slots=True)
class Totals:
    points_total: int
    credited_points: int  # points of whole units credited
    points_to_study: int
    weeks: float
    end_date: date | None  # start + weeks, whole days rounded up; None without a start

    @property
    def validated_points(self) -> int:
        """Points the person need not study: credited units plus validated parts."""
        return self.points_total - self.points_to_study


@dataclass(frozen=True, slots=True)
class FrameworkResult:
    code: str
    title: str
    units: tuple[UnitResult, ...]
    totals: Totals


@dataclass(frozen=True, slots=True)
class MicroCredentialStatus:
    code: str
    title: str
    earned: bool
    missing: tuple[RequirementRef, ...]  # not met, in the definition's order
    unknown: tuple[RequirementRef, ...] = ()  # the missing refs that no target framework holds


@dataclass(frozen=True, slots=True)
class PlanResult:
    frameworks: tuple[FrameworkResult, ...]
    values: Mapping[RequirementRef, RequirementValue]  # read-only, in framework order
    micro_credentials: tuple[MicroCredentialStatus, ...]
    totals: Totals
    settings: PlanSettings
    start: date | None = None
    # Values of requirements outside the case's frameworks that its micro-credentials name.
    outside: Mapping[RequirementRef, RequirementValue] = field(
        default_factory=lambda: MappingProxyType({}))

    def value(self, ref: RequirementRef) -> RequirementValue | None:
        return self.values.get(ref) or self.outside.get(tuple(ref))

    def unit(self, key: UnitKey) -> UnitResult | None:
        return next((u for f in self.frameworks for u in f.units if u.key == key), None)


def compute_plan(
    frameworks: Sequence[Framework],
    links: Iterable[CrosswalkLink],
    statuses: Statuses,
    decisions: Mapping[UnitKey, Decision] | None = None,
    micro_credentials: Iterable[MicroCredential] = (),
    settings: PlanSettings = DEFAULT_SETTINGS,
    start: date | None = None,
    chosen: frozenset[UnitKey] = frozenset(),
) -> PlanResult:
    """Recompute a whole case: values, units, totals and micro-credentials.

    `chosen`: units the counsellor chose among alternatives (e.g. Svenska som andraspråk 1
    rather than Svenska 1); a chosen unit is the one of its group that counts.

    A micro-credential may name requirements of a framework the case is not assessed
    against; those get their value through the crosswalk like any other (one step from
    the case's direct assessments), and count as unknown only when nothing reaches them.
    """
    index = LinkIndex(links)
    values = requirement_values(frameworks, statuses, index, settings)
    results = tuple(
        _framework_result(f, values, decisions or {}, settings, start,
                          frozenset(ref for code, ref in chosen if code == f.code))
        for f in frameworks)
    credentials = tuple(micro_credentials)
    outside = {ref: requirement_value(ref, statuses, index, settings)
               for m in credentials for ref in m.requirements if tuple(ref) not in values}
    reachable = {**values, **{r: v for r, v in outside.items() if v.source != ValueSource.NONE}}
    statuses_mc = tuple(micro_credential_status(m, reachable) for m in credentials)
    totals = _sum_totals([r.totals for r in results], settings, start)
    return PlanResult(results, MappingProxyType(values), statuses_mc, totals, settings, start,
                      MappingProxyType(outside))


def _framework_result(framework: Framework, values: Mapping[RequirementRef, RequirementValue],
                      decisions: Mapping[UnitKey, Decision], settings: PlanSettings,
                      start: date | None, chosen: frozenset[str] = frozenset()
                      ) -> FrameworkResult:
    unit_values = [tuple(values[(framework.code, r.code)] for r in unit.requirements)
                   for unit in framework.units]
    coverages = [weighted_coverage(unit, [v.value for v in vs])
                 for unit, vs in zip(framework.units, unit_values, strict=True)]
    roles = unit_roles(framework.units, [c for c, _ in coverages], chosen)
    units = tuple(
        _unit_result(framework.code, unit, vs, cov, empty, role,
                     decisions.get((framework.code, unit.ref)), settings)
        for unit, vs, (cov, empty), role in zip(
            framework.units, unit_values, coverages, roles, strict=True))
    return FrameworkResult(framework.code, framework.title, units,
                           _unit_totals(units, settings, start))


def _proposed(coverage: float, settings: PlanSettings) -> UnitOutcome:
    if coverage >= settings.credited_threshold:
        return UnitOutcome.CREDITED
    if coverage <= settings.full_course_threshold:
        return UnitOutcome.FULL_COURSE
    return UnitOutcome.SUPPLEMENTARY


def _unit_result(framework_code: str, unit: Unit, values: tuple[RequirementValue, ...],
                 coverage: float, empty: bool, role: UnitRole, decision: Decision | None,
                 settings: PlanSettings) -> UnitResult:
    proposed = _proposed(coverage, settings)
    outcome = decision.outcome if decision is not None else proposed
    remaining = remaining_points(unit.points, coverage, outcome, settings)
    return UnitResult(
        framework_code=framework_code, ref=unit.ref, title=unit.title, points=unit.points,
        requirements=values, coverage=coverage, empty=empty, proposed=proposed,
        outcome=outcome, override_reason=decision.reason if decision is not None else "",
        role=role,
        credit_form=settings.credit_form if outcome == UnitOutcome.CREDITED else None,
        remaining_points=remaining,
        weeks=None if remaining is None else remaining / settings.points_per_week,
    )


def remaining_points(points: int | None, coverage: float, outcome: UnitOutcome,
                     settings: PlanSettings = DEFAULT_SETTINGS) -> int | None:
    """Points left to study under the (final) outcome, rounded up to the rounding step.

    Capped at the unit's points, so a unit whose points are not a multiple of the step
    never asks for more than the whole course.
    """
    if points is None:
        return None
    if outcome == UnitOutcome.CREDITED:
        return 0
    if outcome == UnitOutcome.FULL_COURSE:
        return points
    raw = points * (1.0 - coverage)
    if raw <= 0:
        return 0
    step = settings.rounding_step
    return min(points, math.ceil(round(raw / step, _TOLERANCE_DIGITS)) * step)


def study_days(weeks: float) -> int:
    """Calendar days for a number of study weeks, rounded up to whole days."""
    return max(0, math.ceil(round(weeks * 7, _TOLERANCE_DIGITS)))


def _totals(points_total: int, credited: int, to_study: int, settings: PlanSettings,
            start: date | None) -> Totals:
    weeks = to_study / settings.points_per_week
    end = None if start is None else start + timedelta(days=study_days(weeks))
    return Totals(points_total, credited, to_study, weeks, end)


def totals_of(units: Iterable[UnitResult], settings: PlanSettings,
              start: date | None) -> Totals:
    """Totals over `units` as given (those with points): points, validated, to study, weeks
    and end date. The engine sums the units that count; the plan as agreed
    (domain/plan_edits.py) sums its own."""
    units = [u for u in units if u.points is not None]
    return _totals(
        sum(u.points or 0 for u in units),
        sum(u.points or 0 for u in units if u.outcome == UnitOutcome.CREDITED),
        sum(u.remaining_points or 0 for u in units),
        settings, start)


def _unit_totals(units: Iterable[UnitResult], settings: PlanSettings,
                 start: date | None) -> Totals:
    return totals_of([u for u in units if u.counted], settings, start)


def _sum_totals(parts: Sequence[Totals], settings: PlanSettings, start: date | None) -> Totals:
    """Overall totals; weeks come from the summed points (studied one after another)."""
    return _totals(sum(t.points_total for t in parts), sum(t.credited_points for t in parts),
                   sum(t.points_to_study for t in parts), settings, start)


def micro_credential_status(credential: MicroCredential,
                            values: Mapping[RequirementRef, RequirementValue],
                            ) -> MicroCredentialStatus:
    """Earned when every requirement is met (direct or derived); unknown refs are missing.

    A definition without requirements is never earned: it would certify nothing.
    """
    refs = list(dict.fromkeys(tuple(ref) for ref in credential.requirements))
    missing = tuple(ref for ref in refs if ref not in values or not values[ref].met)
    unknown = tuple(ref for ref in missing if ref not in values)
    earned = bool(refs) and not missing
    return MicroCredentialStatus(credential.code, credential.title, earned, missing, unknown)


@dataclass(frozen=True, slots=True)
class StackingResult:
    """Micro-credentials that together cover a unit's requirements (stackability)."""

    unit_key: UnitKey
    credentials: tuple[MicroCredential, ...]  # in the order they were given
    uncovered: tuple[RequirementRef, ...]  # in the unit's order

    @property
    def complete(self) -> bool:
        return not self.uncovered and bool(self.credentials)


def covering_micro_credentials(framework_code: str, unit: Unit,
                               micro_credentials: Sequence[MicroCredential]) -> StackingResult:
    """Greedy set cover: take the credential adding the most uncovered requirements (first on
    ties), then drop any that the others make redundant."""
    needed = [(framework_code, r.code) for r in unit.requirements]
    sets = [set(map(tuple, m.requirements)) & set(needed) for m in micro_credentials]
    left, chosen = set(needed), []
    while left:
        gains = [len(s & left) for s in sets]
        best = max(range(len(sets)), key=gains.__getitem__, default=None)
        if best is None or gains[best] == 0:
            break
        chosen.append(best)
        left -= sets[best]
    for i in list(chosen):
        others = set().union(*(sets[j] for j in chosen if j != i))
        if sets[i] <= others:
            chosen.remove(i)
    credentials = tuple(micro_credentials[i] for i in sorted(chosen))
    uncovered = tuple(ref for ref in needed if ref in left)
    return StackingResult((framework_code, unit.ref), credentials, uncovered)
