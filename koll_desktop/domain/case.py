"""A validation case and what is recorded in it (DESIGN §2, §3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from koll_desktop.domain.enums import (
    AssessmentMethod,
    AssessmentStatus,
    AuditAction,
    CaseStatus,
    CreditForm,
    EducationLevel,
    FollowUpOutcome,
    Gender,
    LabourMarketStatus,
    PriorLearningKind,
    SelfRatingLevel,
    UnitOutcome,
)
from koll_desktop.domain.ids import new_id


@dataclass(frozen=True)
class Person:
    given_name: str
    family_name: str
    personnummer: str = ""  # normalized 12 digits, or empty (never required)
    birth_year: int | None = None
    gender: Gender = Gender.NOT_STATED
    languages: str = ""
    email: str = ""
    phone: str = ""
    accessibility_needs: str = ""
    id: str = field(default_factory=new_id)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class Consent:
    given_on: date | None = None
    scope: str = ""
    method: str = ""  # how it was given: written, oral, digital


def age_band(birth_year: int | None, on: date) -> str:
    """ESF+ age band (facts.md §8)."""
    if birth_year is None:
        return "okänd"
    age = on.year - birth_year
    if age < 18:
        return "under 18"
    if age <= 29:
        return "18–29"
    if age >= 55:
        return "55 och äldre"
    return "30–54"


@dataclass(frozen=True)
class Case:
    reference: str  # e.g. K-2026-0001, shown in the app and used by the CLI
    person_id: str
    counsellor: str = ""
    organisation: str = ""
    goal: str = ""
    status: CaseStatus = CaseStatus.INTAKE
    consent: Consent = Consent()
    retention_until: date | None = None
    labour_market_status: LabourMarketStatus = LabourMarketStatus.NOT_STATED
    education_level: EducationLevel = EducationLevel.NOT_STATED
    framework_ids: tuple[str, ...] = ()  # pinned framework versions
    created_at: str = ""
    updated_at: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Evidence:
    name: str
    sha256: str
    size: int
    prior_learning_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class PriorLearning:
    case_id: str
    kind: PriorLearningKind
    title: str
    organisation: str = ""
    country: str = "SE"
    date_from: date | None = None
    date_to: date | None = None
    description: str = ""
    evidence: tuple[Evidence, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class SelfRating:
    case_id: str
    requirement_id: str
    level: SelfRatingLevel
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class RulesOfEvidence:
    """The four rules of evidence; None means not yet judged."""

    valid: bool | None = None
    sufficient: bool | None = None
    authentic: bool | None = None
    current: bool | None = None


@dataclass(frozen=True)
class Assessment:
    case_id: str
    requirement_id: str
    status: AssessmentStatus = AssessmentStatus.NOT_ASSESSED
    methods: tuple[AssessmentMethod, ...] = ()
    evidence_ids: tuple[str, ...] = ()
    rules: RulesOfEvidence = RulesOfEvidence()
    assessor: str = ""
    assessed_on: date | None = None
    rationale: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class UnitDecision:
    """A counsellor's override of a unit's proposed outcome; a reason is required."""

    case_id: str
    unit_id: str
    outcome: UnitOutcome
    reason: str
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("Ett ändrat beslut för en kurs behöver en motivering.")


@dataclass(frozen=True)
class PlanRow:
    """One row of the plan; the counsellor's edits survive recomputation."""

    case_id: str
    unit_id: str | None  # None for a row the counsellor added by hand
    title: str = ""
    outcome: UnitOutcome | None = None
    credit_form: CreditForm | None = None
    provider: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    note: str = ""
    forced: bool = False  # included by the counsellor even if the engine would not
    excluded_reason: str = ""  # non-empty: the counsellor left this row out
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class FollowUp:
    case_id: str
    months: int  # 3 or 6
    outcome: FollowUpOutcome
    recorded_on: date | None = None
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class AuditEvent:
    """Who changed what and when. Free text is never copied here (DESIGN §2)."""

    at: str
    actor: str
    action: AuditAction
    entity: str
    entity_id: str
    field_name: str = ""
    old: str = ""
    new: str = ""
    case_id: str | None = None
    id: str = field(default_factory=new_id)
