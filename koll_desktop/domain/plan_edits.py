"""The counsellor's edits over the engine's plan (DESIGN §4): a course put in the plan, e.g.
the alternative of a group that counts, and a course left out of it, with a reason.

The plan page, the printed plan and the coordinator summary all read a case's plan as agreed
through these, so the three never disagree on what is to be studied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from koll_desktop.domain.library import Framework
from koll_desktop.domain.plan_engine import PlanResult, Totals, UnitKey, UnitResult, totals_of


@dataclass(frozen=True, slots=True)
class PlanEdits:
    """The counsellor's edits that change what the plan holds, keyed like the engine's
    units: units put in the plan ('forced': the alternative of a group that counts, e.g.
    Svenska som andraspråk 1 rather than Svenska 1, given to `compute_plan` as `chosen`)
    and units left out of it (with a reason). The printed plan, the plan page and the
    coordinator summary all read a case's plan through these."""

    forced: frozenset[UnitKey] = frozenset()
    excluded: frozenset[UnitKey] = frozenset()

    @classmethod
    def of(cls, rows: Iterable[Sequence], unit_key: Mapping[str, UnitKey]) -> PlanEdits:
        """From stored plan rows as (unit id, forced, excluded reason); rows added by hand
        and units not in `unit_key` (unit id → key) change nothing."""
        forced: set[UnitKey] = set()
        excluded: set[UnitKey] = set()
        for unit_id, is_forced, reason in rows:
            key = unit_key.get(unit_id) if unit_id else None
            if key is None:
                continue
            if is_forced:
                forced.add(key)
            if reason:
                excluded.add(key)
        return cls(frozenset(forced), frozenset(excluded))

    def __bool__(self) -> bool:
        return bool(self.forced or self.excluded)

    def in_plan(self, unit: UnitResult) -> bool:
        """Counted by the engine or put in by the counsellor, and not left out."""
        return unit.key not in self.excluded and (unit.counted or unit.key in self.forced)


NO_EDITS = PlanEdits()


def unit_keys(frameworks: Iterable[Framework]) -> dict[str, UnitKey]:
    """Unit id → the engine's key of the unit (framework code, unit ref)."""
    return {u.id: (f.code, u.ref) for f in frameworks for u in f.units}


def plan_units(result: PlanResult, edits: PlanEdits) -> list[UnitResult]:
    """The units of the plan as agreed, in framework order."""
    return [u for f in result.frameworks for u in f.units if edits.in_plan(u)]


def effective_totals(result: PlanResult, edits: PlanEdits,
                     start: date | None = None) -> Totals:
    """Totals of the plan as agreed: over the courses in it (`plan_units`), as the printed
    plan sums its rows. A course left out is neither studied nor counted in the points of
    the plan, so leaving a course out never makes its points validated. Without edits these
    are the engine's totals."""
    if not edits and start == result.start:
        return result.totals
    return totals_of(plan_units(result, edits), result.settings, start)
