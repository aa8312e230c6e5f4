"""The reference library: one tree for every kind of reference (DESIGN §2).

Framework → Unit → Requirement; crosswalk links between requirements of two
frameworks; micro-credential definitions over sets of requirements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from koll_desktop.domain.enums import Coverage, FrameworkKind, RequirementKind
from koll_desktop.domain.ids import new_id


@dataclass(frozen=True)
class Requirement:
    """One assessable item: a criterion of a standard or a content item of a course."""

    code: str
    text: str
    kind: RequirementKind = RequirementKind.KNOWLEDGE
    level: int | None = None
    weight: float = 1.0
    example: bool = False  # text written for the demo, not official syllabus text
    grade_step: str | None = None  # E..A for Skolverket grading criteria
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Unit:
    """A competence area of a standard, or a course / subject level of a package."""

    code: str  # official code; may be empty where none is published (never invented)
    title: str
    points: int | None = None
    required: bool = True
    alternative_group: str | None = None  # units sharing a group: one of them suffices
    requirements: tuple[Requirement, ...] = ()
    id: str = field(default_factory=new_id)

    @property
    def ref(self) -> str:
        """How other rows name this unit within its framework: its code, else its title."""
        return self.code or self.title


@dataclass(frozen=True)
class Framework:
    code: str
    kind: FrameworkKind
    title: str
    version: str
    owner: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    seqf_level: int | None = None
    source: str = ""
    source_date: date | None = None
    language: str = "sv"
    example: bool = False  # the whole framework is an example made for the demo
    description: str = ""
    syllabus_type: str | None = None  # Skolverket typeOfSyllabus, when imported from it
    units: tuple[Unit, ...] = ()
    id: str = field(default_factory=new_id)

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        return tuple(r for u in self.units for r in u.requirements)

    @property
    def total_points(self) -> int | None:
        """Points of the framework, counting one unit per alternative group."""
        counted: set[str] = set()
        total = 0
        any_points = False
        for unit in self.units:
            if unit.points is None or not unit.required:
                continue
            if unit.alternative_group:
                if unit.alternative_group in counted:
                    continue
                counted.add(unit.alternative_group)
            total += unit.points
            any_points = True
        return total if any_points else None

    @property
    def has_example_content(self) -> bool:
        return self.example or any(r.example for r in self.requirements)


RequirementRef = tuple[str, str]  # (framework code, requirement code)


@dataclass(frozen=True)
class CrosswalkLink:
    from_ref: RequirementRef
    to_ref: RequirementRef
    coverage: Coverage = Coverage.FULL
    note: str = ""
    id: str = field(default_factory=new_id)


# The EU Annex I mandatory elements (facts.md §5) that a definition carries itself;
# the learner and the date of issue come from the case when a certificate is issued.
MANDATORY_MICRO_CREDENTIAL_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "titel"),
    ("country", "land/region för utfärdaren"),
    ("awarding_body", "utfärdande organisation"),
    ("learning_outcomes", "läranderesultat"),
    ("workload", "teoretisk arbetsbelastning"),
    ("level", "nivå (SeQF/EQF)"),
    ("assessment_type", "typ av bedömning"),
    ("participation", "deltagarform"),
    ("quality_assurance", "typ av kvalitetssäkring"),
)


@dataclass(frozen=True)
class MicroCredential:
    code: str
    title: str
    awarding_body: str = ""
    country: str = "SE"
    learning_outcomes: str = ""
    workload: str = ""
    level: str = ""
    assessment_type: str = ""
    participation: str = ""
    quality_assurance: str = ""
    prerequisites: str = ""
    stackable_into: str = ""
    requirements: tuple[RequirementRef, ...] = ()
    id: str = field(default_factory=new_id)

    def missing_elements(self) -> list[str]:
        """Swedish names of mandatory Annex I elements left empty."""
        return [label for name, label in MANDATORY_MICRO_CREDENTIAL_FIELDS
                if not str(getattr(self, name)).strip()]


@dataclass(frozen=True)
class Library:
    """A set of frameworks with the crosswalk and micro-credentials between them."""

    frameworks: tuple[Framework, ...] = ()
    crosswalk: tuple[CrosswalkLink, ...] = ()
    micro_credentials: tuple[MicroCredential, ...] = ()
