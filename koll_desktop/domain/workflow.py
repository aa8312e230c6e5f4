"""The seven steps of a case (DESIGN §3) and how far each has come."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Step(StrEnum):
    INTAKE = "intake"
    MAPPING = "mapping"
    SELF_ASSESSMENT = "self_assessment"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    DOCUMENTATION = "documentation"
    FOLLOW_UP = "follow_up"


class StepState(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass(frozen=True)
class CaseProgress:
    """Counts that decide each step's state; gathered from a case snapshot."""

    has_person: bool
    has_consent: bool
    frameworks: int
    prior_learning: int
    requirements: int
    self_rated: int
    assessed: int  # directly assessed, or derived through the crosswalk
    plan_started: bool
    plan_agreed: bool
    documents_handed_over: int
    follow_ups: int

    def state(self, step: Step) -> StepState:
        return _RULES[step](self)

    def states(self) -> dict[Step, StepState]:
        return {step: self.state(step) for step in Step}


def _graded(done: bool, started: bool) -> StepState:
    if done:
        return StepState.DONE
    return StepState.IN_PROGRESS if started else StepState.NOT_STARTED


_RULES = {
    Step.INTAKE: lambda p: _graded(p.has_person and p.has_consent and p.frameworks > 0,
                                   p.has_person),
    Step.MAPPING: lambda p: _graded(p.prior_learning > 0, False),
    Step.SELF_ASSESSMENT: lambda p: _graded(
        p.requirements > 0 and p.self_rated >= p.requirements, p.self_rated > 0),
    Step.ASSESSMENT: lambda p: _graded(
        p.requirements > 0 and p.assessed >= p.requirements, p.assessed > 0),
    Step.PLAN: lambda p: _graded(p.plan_agreed, p.plan_started),
    Step.DOCUMENTATION: lambda p: _graded(p.documents_handed_over > 0, False),
    Step.FOLLOW_UP: lambda p: _graded(p.follow_ups >= 2, p.follow_ups > 0),
}
