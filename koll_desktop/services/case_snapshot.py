"""A case read whole from storage, with its plan computed: what documents, exports and
workers get instead of a database connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from koll_desktop.domain.case import (
    Assessment,
    Case,
    FollowUp,
    Person,
    PlanRow,
    PriorLearning,
    SelfRating,
)
from koll_desktop.domain.coverage import ValueSource
from koll_desktop.domain.enums import CreditForm
from koll_desktop.domain.library import CrosswalkLink, Framework, MicroCredential, Requirement
from koll_desktop.domain.library import RequirementRef as Ref
from koll_desktop.domain.plan_edits import PlanEdits, effective_totals, unit_keys
from koll_desktop.domain.plan_engine import (
    PlanResult,
    PlanSettings,
    Totals,
    UnitKey,
    UnitOverride,
    UnitResult,
    compute_plan,
)
from koll_desktop.errors import KnownError
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.settings import Settings


@dataclass(frozen=True)
class Organisation:
    name: str = ""
    logo: str = ""  # path to an image file, or empty


@dataclass(frozen=True)
class PlanLine:
    """One line of the plan: the engine's unit result with the counsellor's edits over it."""

    unit: UnitResult | None  # None for a row the counsellor added by hand
    row: PlanRow | None  # the stored edits, if any
    in_plan: bool  # as printed: PlanEdits.in_plan for a unit; a row added by hand unless left out


@dataclass(frozen=True)
class CaseSnapshot:
    case: Case
    person: Person
    frameworks: tuple[Framework, ...]
    links: tuple[CrosswalkLink, ...]
    micro_credential_defs: tuple[MicroCredential, ...]
    assessments: dict[Ref, Assessment]
    self_ratings: dict[Ref, SelfRating]
    prior_learning: tuple[PriorLearning, ...]
    plan_rows: tuple[PlanRow, ...]
    follow_ups: tuple[FollowUp, ...]
    pace: int
    starts_on: date | None
    agreed_on: date | None
    organisation: Organisation
    result: PlanResult
    # Requirements named by micro-credentials outside the case's own frameworks.
    outside_requirements: dict[Ref, Requirement] = field(default_factory=dict)

    def requirement(self, ref: Ref) -> Requirement | None:
        for framework in self.frameworks:
            if framework.code == ref[0]:
                return next((r for r in framework.requirements if r.code == ref[1]), None)
        return self.outside_requirements.get(tuple(ref))

    @property
    def plan_agreed(self) -> bool:
        """The counsellor recorded that the plan is agreed (`agree_plan`); until then the
        plan, and what is printed from it, is a draft."""
        return self.agreed_on is not None

    @property
    def assessment_done(self) -> bool:
        """Every requirement has a value, assessed directly or through the crosswalk: the
        rule that marks the assessment step done (domain/workflow.py)."""
        values = self.result.values.values()
        return bool(values) and all(v.source != ValueSource.NONE for v in values)

    @property
    def edits(self) -> PlanEdits:
        return PlanEdits.of(((r.unit_id, r.forced, r.excluded_reason) for r in self.plan_rows),
                            unit_keys(self.frameworks))

    def plan_totals(self) -> Totals:
        """Totals of the plan as agreed and printed (`effective_totals`)."""
        return effective_totals(self.result, self.edits, self.starts_on)

    def lines(self) -> list[PlanLine]:
        """Engine units in framework order, each with its stored edits, then manual rows."""
        by_unit = {row.unit_id: row for row in self.plan_rows if row.unit_id}
        unit_ids = {key: unit_id for unit_id, key in unit_keys(self.frameworks).items()}
        edits = self.edits
        lines = [PlanLine(u, by_unit.get(unit_ids[u.key]), edits.in_plan(u))
                 for f in self.result.frameworks for u in f.units]
        lines += [PlanLine(None, row, not row.excluded_reason)
                  for row in self.plan_rows if row.unit_id is None]
        return lines


def plan_settings(db: Db, pace: int = 100) -> PlanSettings:
    """The engine's numbers: data settings where set, else the defaults (DESIGN §4)."""
    stored = Settings(db).all()
    base = PlanSettings()

    def number(key: str, default: float) -> float:
        try:
            return float(stored.get(f"plan.{key}", default))
        except ValueError:
            return default

    return PlanSettings(
        credited_threshold=number("credited_threshold", base.credited_threshold),
        full_course_threshold=number("full_course_threshold", base.full_course_threshold),
        rounding_step=int(number("rounding_step", base.rounding_step)),
        pace_percent=pace,
        partial_link_factor=number("partial_link_factor", base.partial_link_factor),
        credit_form=CreditForm(stored.get("plan.credit_form", base.credit_form)),
    )


def organisation(db: Db) -> Organisation:
    stored = Settings(db).all()
    return Organisation(name=stored.get("organisation.name", ""),
                        logo=stored.get("organisation.logo", ""))


def load_snapshot(db: Db, id_or_reference: str) -> CaseSnapshot:
    cases, data, library = CaseRepository(db), CaseDataRepository(db), LibraryRepository(db)
    case = cases.case(id_or_reference)
    frameworks = tuple(library.framework(fid) for fid in case.framework_ids)
    ref_of = {r.id: (f.code, r.code) for f in frameworks for r in f.requirements}
    unit_key = unit_keys(frameworks)
    assessments = {ref_of[k]: a for k, a in data.assessments(case.id).items() if k in ref_of}
    ratings = {ref_of[k]: s for k, s in data.self_ratings(case.id).items() if k in ref_of}
    decisions: dict[UnitKey, UnitOverride] = {
        unit_key[k]: UnitOverride(d.outcome, d.reason)
        for k, d in data.unit_decisions(case.id).items() if k in unit_key}
    header = data.plan_header(case.id)
    settings = plan_settings(db, int(header["pace"]))
    codes = {f.code for f in frameworks}
    links = tuple(link for link in library.crosswalk()
                  if link.from_ref[0] in codes or link.to_ref[0] in codes)
    credentials = tuple(m for m in library.micro_credentials()
                        if any(ref[0] in codes for ref in m.requirements))
    plan_rows = tuple(data.plan_rows(case.id))
    edits = PlanEdits.of(((r.unit_id, r.forced, r.excluded_reason) for r in plan_rows),
                         unit_key)
    result = compute_plan(frameworks, links, {ref: a.status for ref, a in assessments.items()},
                          decisions, credentials, settings, header["starts_on"], edits.forced)
    outside = _outside_requirements(library, credentials, codes)
    return CaseSnapshot(
        case=case, person=cases.person(case.person_id), frameworks=frameworks, links=links,
        micro_credential_defs=credentials, assessments=assessments, self_ratings=ratings,
        prior_learning=tuple(data.prior_learning(case.id)),
        plan_rows=plan_rows, follow_ups=tuple(data.follow_ups(case.id)),
        pace=int(header["pace"]), starts_on=header["starts_on"], agreed_on=header["agreed_on"],
        organisation=organisation(db), result=result, outside_requirements=outside)


def _outside_requirements(library: LibraryRepository, credentials: tuple[MicroCredential, ...],
                          codes: set[str]) -> dict[Ref, Requirement]:
    wanted = {tuple(ref) for m in credentials for ref in m.requirements if ref[0] not in codes}
    found: dict[Ref, Requirement] = {}
    for code in sorted({ref[0] for ref in wanted}):
        try:
            framework = library.find_framework(code)
        except KnownError:
            continue
        found.update({(code, r.code): r for r in framework.requirements
                      if (code, r.code) in wanted})
    return found


def agree_plan(db: Db, id_or_reference: str, on: date) -> None:
    """Record the agreed date and the framework versions the plan was made against."""
    snapshot = load_snapshot(db, id_or_reference)
    versions = [f"{f.code} {f.version}" for f in snapshot.frameworks]
    CaseDataRepository(db).set_plan_header(snapshot.case.id, agreed_on=on,
                                           framework_versions=versions)
