"""The numbers of the coordinator summary (DESIGN §6), gathered case by case.

The library is loaded once; each case's plan is computed with the plan engine
(`compute_plan`) on in-memory data, the case's assessments, decisions and plan edits coming
from one streaming query each, in case order. The numbers are those of the plan as agreed,
the one the individual holds in print: the counsellor's choice among alternatives and the
courses left out count as in the printed plan (`domain.plan_edits.PlanEdits`,
`effective_totals`). `SummaryGatherer.lines()` yields one pseudonymised
`CaseLine` a case while it adds the case to the running totals, so a writer can stream the
case rows out; `summary()` then gives everything else as frozen data. `gather()` does both
at once for callers that want the whole `Summary` (tests, small selections).

Persons are counted once (ESF+ reports participants, facts.md §8): a person with several
selected cases is described by the earliest of them.

A case is *assessed* when at least one of its requirements has a direct result (met, partly
or not met) or the counsellor has decided a unit (`is_assessed`). Until then the engine has
nothing to go on and its plan says every course is needed in full, which is no need anyone
has found; so the points and the course need of assessed cases are kept apart from those of
cases not assessed yet, and the workbook shows them apart.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from koll_desktop.domain.case import age_band
from koll_desktop.domain.enums import (
    AssessmentStatus,
    CaseStatus,
    EducationLevel,
    FollowUpOutcome,
    Gender,
    LabourMarketStatus,
    UnitOutcome,
)
from koll_desktop.domain.library import CrosswalkLink, Framework, MicroCredential
from koll_desktop.domain.library import RequirementRef as Ref
from koll_desktop.domain.plan_edits import NO_EDITS, PlanEdits, effective_totals, unit_keys
from koll_desktop.domain.plan_engine import (
    PlanResult,
    PlanSettings,
    Totals,
    UnitKey,
    UnitOverride,
    compute_plan,
)
from koll_desktop.services.case_snapshot import plan_settings
from koll_desktop.storage import summary_queries as q
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.summary_queries import CaseFilter

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

AGE_BANDS = ("under 18", "18–29", "30–54", "55 och äldre", "okänd")  # domain.case.age_band
FOLLOW_UP_MONTHS = (3, 6)
PROGRESS_EVERY = 200  # cases between progress reports

_STATUS = {s.value: s for s in AssessmentStatus}
_OUTCOME = {o.value: o for o in UnitOutcome}


class SummaryCancelled(Exception):
    """The caller's `cancelled()` said stop; nothing gathered so far is returned."""


# -- the gathered data -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CaseLine:
    """One row of the case sheet: a case by its reference, never by name or personnummer."""

    reference: str
    status: CaseStatus
    frameworks: str  # codes in the case's order, "EX-USK, VOXABN"
    counsellor: str
    organisation: str
    created: date
    updated: date
    plan_agreed: date | None
    gender: Gender
    age_band: str  # at registration
    labour_market_status: LabourMarketStatus
    education_level: EducationLevel
    points_total: int
    points_validated: int
    points_to_study: int
    weeks: float  # at the plan's pace
    pace: int  # study pace of the plan, percent of full time (100 when there is no plan yet)
    assessed: bool  # see is_assessed
    micro_credentials: tuple[str, ...]  # codes of those earned


@dataclass(frozen=True)
class FrameworkCount:
    code: str
    title: str
    cases: int


@dataclass(frozen=True)
class CourseNeed:
    """One course (unit with points) of a package over the cases whose plans have it.

    `cases` to `remaining_points` count the assessed cases only (see is_assessed); the cases
    not assessed yet are counted apart, with the points they would study if they read the
    whole course (their plans say they do, for want of any assessment)."""

    framework: str
    version: str
    code: str
    title: str
    points: int
    cases: int  # assessed cases with the course in their plan
    credited: int
    supplementary: int  # needs parts
    full_course: int  # needs it in full
    remaining_points: int
    unassessed_cases: int = 0  # cases not assessed yet with the course in their plan
    unassessed_points: int = 0  # their remaining points: the whole course each

    @property
    def full_time_weeks(self) -> float:
        return self.remaining_points / PlanSettings().full_time_points_per_week


@dataclass(frozen=True)
class RequirementGap:
    """How often one requirement was assessed directly, and how often it was not met."""

    framework: str
    version: str
    unit: str
    code: str
    text: str
    example: bool
    assessed: int
    not_met: int
    partly: int

    @property
    def share_not_met(self) -> float:
        return self.not_met / self.assessed if self.assessed else 0.0

    @property
    def share_not_fully_met(self) -> float:
        return (self.not_met + self.partly) / self.assessed if self.assessed else 0.0


@dataclass(frozen=True)
class Breakdown:
    """One group of an ESF+ breakdown: persons in it, in total and by gender."""

    dimension: str  # total | gender | age | labour | education
    group: str  # see BREAKDOWN_GROUPS
    persons: int
    by_gender: tuple[int, ...]  # in GENDERS order


@dataclass(frozen=True)
class FollowUpCount:
    months: int
    outcome: FollowUpOutcome | None  # None: no follow-up recorded
    cases: int
    by_gender: tuple[int, ...]  # in GENDERS order


@dataclass(frozen=True)
class Kpis:
    """Key figures; the points are those of the assessed cases (is_assessed), except
    `unassessed_points`, the points in the plans of the cases not assessed yet."""

    cases: int
    persons: int
    assessed_cases: int
    cases_with_points: int  # assessed cases whose plans have courses with points
    points_total: int
    points_validated: int
    points_credited: int  # of whole courses credited
    points_to_study: int
    unassessed_points: int  # all still to study: nothing has been assessed
    median_days_to_plan: float | None
    plans_counted: int  # agreed plans in the median
    plans_before_registration: int  # agreed before the case was registered: left out
    micro_credentials_earned: int

    @property
    def unassessed_cases(self) -> int:
        return self.cases - self.assessed_cases

    @property
    def share_validated(self) -> float | None:
        return self.points_validated / self.points_total if self.points_total else None


@dataclass(frozen=True)
class Summary:
    selection: CaseFilter
    made_at: datetime
    kpis: Kpis
    by_status: tuple[tuple[CaseStatus, int], ...]
    by_framework: tuple[FrameworkCount, ...]
    courses: tuple[CourseNeed, ...]
    gaps: tuple[RequirementGap, ...]  # most often not met first
    horizontal: tuple[Breakdown, ...]
    follow_ups: tuple[FollowUpCount, ...]
    cases: tuple[CaseLine, ...] = ()  # filled by gather(); empty when streamed


GENDERS = tuple(Gender)
# ESF+ counts the unemployed including the long-term unemployed, and these once more apart.
UNEMPLOYED_INCL_LONG_TERM = "unemployed_incl_long_term"
_UNEMPLOYED = {LabourMarketStatus.UNEMPLOYED.value, LabourMarketStatus.LONG_TERM_UNEMPLOYED.value}
# (dimension, group) of the ESF+ breakdowns, in the order they are shown; groups are the
# stored values (age bands: domain.case.age_band).
BREAKDOWN_GROUPS: tuple[tuple[str, str], ...] = (
    ("total", "all"),
    *(("gender", g.value) for g in Gender),
    *(("age", band) for band in AGE_BANDS),
    ("labour", UNEMPLOYED_INCL_LONG_TERM),
    *(("labour", s.value) for s in LabourMarketStatus if s is not LabourMarketStatus.UNEMPLOYED),
    *(("education", e.value) for e in EducationLevel),
)


# -- the engine's inputs, shared by every case with the same frameworks ------------------------
@dataclass(frozen=True)
class _Target:
    frameworks: tuple[Framework, ...]
    links: tuple[CrosswalkLink, ...]
    credentials: tuple[MicroCredential, ...]
    ref_of: dict[str, Ref]  # requirement id → (framework code, requirement code)
    id_of: dict[Ref, str]  # and back
    unit_key: dict[str, UnitKey]  # unit id → (framework code, unit ref)
    label: str


class _Library:
    """The library read once; targets built once per combination of frameworks."""

    def __init__(self, db: Db) -> None:
        repo = LibraryRepository(db)
        self.frameworks = {f.id: f for f in repo.all_frameworks()}
        self.links = tuple(repo.crosswalk())
        self.credentials = tuple(repo.micro_credentials())
        self._targets: dict[tuple[str, ...], _Target] = {}

    def target(self, framework_ids: tuple[str, ...]) -> _Target:
        found = self._targets.get(framework_ids)
        if found is None:
            found = self._targets[framework_ids] = self._build(framework_ids)
        return found

    def _build(self, framework_ids: tuple[str, ...]) -> _Target:
        frameworks = tuple(self.frameworks[i] for i in framework_ids if i in self.frameworks)
        codes = {f.code for f in frameworks}
        links = tuple(link for link in self.links
                      if link.from_ref[0] in codes or link.to_ref[0] in codes)
        credentials = tuple(m for m in self.credentials
                            if any(ref[0] in codes for ref in m.requirements))
        ref_of = {r.id: (f.code, r.code) for f in frameworks for r in f.requirements}
        unit_key = unit_keys(frameworks)
        id_of = {ref: rid for rid, ref in ref_of.items()}
        return _Target(frameworks, links, credentials, ref_of, id_of, unit_key,
                       ", ".join(f.code for f in frameworks))


def is_assessed(statuses: dict, decisions: dict) -> bool:
    """Whether a case's plan rests on any assessment: a requirement of its frameworks
    assessed directly (met, partly or not met) or a unit decided by the counsellor.

    Decided from the data, not from the case's status: the counsellor moves freely between
    the steps (DESIGN §3), and a case closed before the assessment step (one that left)
    has a status after it and no assessment at all. A case assessed in part counts as
    assessed: its plan is the counsellor's current picture, the requirements not assessed
    yet counting as needed unless a crosswalk link covers them (DESIGN §4)."""
    return bool(decisions) or any(s is not AssessmentStatus.NOT_ASSESSED
                                  for s in statuses.values())


# -- running totals ----------------------------------------------------------------------------
@dataclass
class _Course:
    framework: Framework
    position: int
    code: str
    title: str
    points: int
    outcomes: Counter = field(default_factory=Counter)  # of the assessed cases
    remaining: int = 0  # of the assessed cases
    unassessed: int = 0
    unassessed_remaining: int = 0


@dataclass
class _Gap:
    assessed: int = 0
    not_met: int = 0
    partly: int = 0


@dataclass
class _Totals:
    cases: int = 0
    assessed: int = 0
    with_points: int = 0  # the points: of assessed cases
    points_total: int = 0
    points_validated: int = 0
    points_credited: int = 0
    points_to_study: int = 0
    unassessed_points: int = 0
    micro_credentials: int = 0
    days_to_plan: list[int] = field(default_factory=list)
    plans_before: int = 0
    status: Counter = field(default_factory=Counter)
    frameworks: Counter = field(default_factory=Counter)
    courses: dict[tuple[str, str], _Course] = field(default_factory=dict)
    gaps: dict[str, _Gap] = field(default_factory=dict)
    persons: dict[str, tuple[str, Gender, str, str, str]] = field(default_factory=dict)
    follow_ups: Counter = field(default_factory=Counter)  # (months, outcome, gender)
    genders: Counter = field(default_factory=Counter)  # cases by gender


class SummaryGatherer:
    """Walk the selected cases once: `lines()` yields them, `summary()` gives the totals."""

    def __init__(self, db: Db, selection: CaseFilter, *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> None:
        self.db, self.selection = db, selection
        self.progress, self.cancelled = progress, cancelled
        self.total = q.count_cases(db, selection)
        self._library: _Library | None = None
        self._settings: dict[int, PlanSettings] = {}
        self._unassessed: dict[tuple[tuple[str, ...], int], PlanResult] = {}
        self._t = _Totals()
        self._done = False

    # -- walking the cases ----------------------------------------------------------------
    def lines(self) -> Iterator[CaseLine]:
        library = self._library = _Library(self.db)
        assessed = q.Aligned(q.assessments(self.db, self.selection))
        decided = q.Aligned(q.unit_decisions(self.db, self.selection))
        edited = q.Aligned(q.plan_edits(self.db, self.selection))
        followed = q.Aligned(q.follow_ups(self.db, self.selection))
        for done, row in enumerate(q.case_rows(self.db, self.selection)):
            if self.cancelled is not None and self.cancelled():
                raise SummaryCancelled
            if self.progress is not None and done % PROGRESS_EVERY == 0:
                self.progress(done, self.total, "ärenden")
            target = library.target(row.framework_ids)
            statuses = {target.ref_of[rid]: _STATUS[s] for rid, s in assessed.take(row.reference)
                        if rid in target.ref_of}
            decisions = {target.unit_key[uid]: UnitOverride(_OUTCOME[o], reason)
                         for uid, o, reason in decided.take(row.reference)
                         if uid in target.unit_key}
            rows = edited.take(row.reference)
            edits = PlanEdits.of(rows, target.unit_key) if rows else NO_EDITS
            result = self._plan(row, target, statuses, decisions, edits)
            totals = effective_totals(result, edits)
            line = self._line(row, target, result, totals, is_assessed(statuses, decisions))
            self._add(row, line, target, result, edits, totals, statuses,
                      followed.take(row.reference))
            yield line
        if self.progress is not None:
            self.progress(self.total, self.total, "ärenden")
        self._done = True

    def _plan(self, row: q.CaseRow, target: _Target, statuses: dict, decisions: dict,
              edits: PlanEdits) -> PlanResult:
        """The engine's plan, with the alternatives the counsellor chose; the end date is
        not summarised, so no start date is given."""
        settings = self._settings.get(row.pace)
        if settings is None:
            settings = self._settings[row.pace] = plan_settings(self.db, row.pace)
        if statuses or decisions or edits.forced:
            return compute_plan(target.frameworks, target.links, statuses, decisions,
                                target.credentials, settings, chosen=edits.forced)
        key = (row.framework_ids, row.pace)  # nothing recorded yet: the same plan for all
        if key not in self._unassessed:
            self._unassessed[key] = compute_plan(target.frameworks, target.links, {}, {},
                                                 target.credentials, settings)
        return self._unassessed[key]

    @staticmethod
    def _line(row: q.CaseRow, target: _Target, result: PlanResult, totals: Totals,
              assessed: bool) -> CaseLine:
        created = _local_date(row.created_at)
        return CaseLine(
            reference=row.reference, status=CaseStatus(row.status), frameworks=target.label,
            counsellor=row.counsellor, organisation=row.organisation, created=created,
            updated=_local_date(row.updated_at),
            plan_agreed=date.fromisoformat(row.agreed_on) if row.agreed_on else None,
            gender=Gender(row.gender), age_band=age_band(row.birth_year, created),
            labour_market_status=LabourMarketStatus(row.labour_market_status),
            education_level=EducationLevel(row.education_level),
            points_total=totals.points_total, points_validated=totals.validated_points,
            points_to_study=totals.points_to_study, weeks=totals.weeks, pace=row.pace,
            assessed=assessed,
            micro_credentials=tuple(m.code for m in result.micro_credentials if m.earned))

    # -- adding a case to the totals ---------------------------------------------------------
    def _add(self, row: q.CaseRow, line: CaseLine, target: _Target, result: PlanResult,
             edits: PlanEdits, totals: Totals, statuses: dict, follow_ups: list) -> None:
        t = self._t
        t.cases += 1
        t.status[line.status] += 1
        t.genders[line.gender] += 1
        for framework in target.frameworks:
            t.frameworks[framework.code] += 1
        self._add_points(line, totals)
        self._add_plan_time(line)
        self._add_courses(target, result, edits, line.assessed)
        self._add_gaps(target, statuses)
        self._add_person(row, line)
        for months, outcome in follow_ups:
            t.follow_ups[(months, FollowUpOutcome(outcome), line.gender)] += 1

    def _add_points(self, line: CaseLine, totals: Totals) -> None:
        t = self._t
        t.micro_credentials += len(line.micro_credentials)
        if not line.assessed:
            t.unassessed_points += line.points_to_study
            return
        t.assessed += 1
        if line.points_total > 0:
            t.with_points += 1
        t.points_total += line.points_total
        t.points_validated += line.points_validated
        t.points_credited += totals.credited_points
        t.points_to_study += line.points_to_study

    def _add_plan_time(self, line: CaseLine) -> None:
        if line.plan_agreed is None:
            return
        days = (line.plan_agreed - line.created).days
        if days < 0:
            self._t.plans_before += 1
        else:
            self._t.days_to_plan.append(days)

    def _add_courses(self, target: _Target, result: PlanResult, edits: PlanEdits,
                     assessed: bool) -> None:
        """The courses of the plan as agreed (`PlanEdits.in_plan`)."""
        courses = self._t.courses
        for framework, framework_result in zip(target.frameworks, result.frameworks,
                                               strict=True):
            for position, (unit, unit_result) in enumerate(
                    zip(framework.units, framework_result.units, strict=True)):
                if unit.points is None or not edits.in_plan(unit_result):
                    continue
                course = courses.get((framework.id, unit.id))
                if course is None:
                    course = courses[(framework.id, unit.id)] = _Course(
                        framework, position, unit.code, unit.title, unit.points)
                if assessed:
                    course.outcomes[unit_result.outcome] += 1
                    course.remaining += unit_result.remaining_points or 0
                else:
                    course.unassessed += 1
                    course.unassessed_remaining += unit_result.remaining_points or 0

    def _add_gaps(self, target: _Target, statuses: dict) -> None:
        if not statuses:
            return
        gaps = self._t.gaps
        for ref, status in statuses.items():
            if status is AssessmentStatus.NOT_ASSESSED:
                continue
            rid = target.id_of[ref]
            gap = gaps.get(rid)
            if gap is None:
                gap = gaps[rid] = _Gap()
            gap.assessed += 1
            gap.not_met += status is AssessmentStatus.NOT_MET
            gap.partly += status is AssessmentStatus.PARTLY

    def _add_person(self, row: q.CaseRow, line: CaseLine) -> None:
        known = self._t.persons.get(row.person_id)
        if known is None or row.created_at < known[0]:
            self._t.persons[row.person_id] = (
                row.created_at, line.gender, line.age_band, row.labour_market_status,
                row.education_level)

    # -- the finished summary ------------------------------------------------------------------
    def summary(self, cases: tuple[CaseLine, ...] = ()) -> Summary:
        if not self._done:
            raise RuntimeError("summary() before lines() was walked to the end")
        t = self._t
        return Summary(
            selection=self.selection, made_at=datetime.now().replace(microsecond=0),
            kpis=self._kpis(), by_status=tuple((s, t.status[s]) for s in CaseStatus),
            by_framework=self._framework_counts(), courses=self._courses(),
            gaps=self._gaps(), horizontal=self._horizontal(), follow_ups=self._follow_ups(),
            cases=cases)

    def _kpis(self) -> Kpis:
        t = self._t
        median = statistics.median(t.days_to_plan) if t.days_to_plan else None
        return Kpis(t.cases, len(t.persons), t.assessed, t.with_points, t.points_total,
                    t.points_validated, t.points_credited, t.points_to_study,
                    t.unassessed_points, median, len(t.days_to_plan), t.plans_before,
                    t.micro_credentials)

    def _framework_counts(self) -> tuple[FrameworkCount, ...]:
        titles: dict[str, str] = {}
        assert self._library is not None
        for f in sorted(self._library.frameworks.values(),
                        key=lambda f: (f.valid_from or date.min, f.version)):
            titles[f.code] = f.title  # the newest version's title
        counts = sorted(self._t.frameworks.items(), key=lambda kv: (-kv[1], kv[0]))
        return tuple(FrameworkCount(code, titles.get(code, ""), n) for code, n in counts)

    def _courses(self) -> tuple[CourseNeed, ...]:
        """In the library's order: framework code, version, the framework's own unit order."""
        ordered = sorted(self._t.courses.values(),
                         key=lambda c: (c.framework.code, c.framework.version, c.position))
        return tuple(
            CourseNeed(c.framework.code, c.framework.version, c.code, c.title, c.points,
                       sum(c.outcomes.values()), c.outcomes[UnitOutcome.CREDITED],
                       c.outcomes[UnitOutcome.SUPPLEMENTARY], c.outcomes[UnitOutcome.FULL_COURSE],
                       c.remaining, c.unassessed, c.unassessed_remaining)
            for c in ordered)

    def _gaps(self) -> tuple[RequirementGap, ...]:
        assert self._library is not None
        where = {r.id: (f, u, r) for f in self._library.frameworks.values()
                 for u in f.units for r in u.requirements}
        gaps = []
        for rid, g in self._t.gaps.items():
            f, u, r = where[rid]
            gaps.append(RequirementGap(f.code, f.version, u.ref, r.code, r.text,
                                       r.example or f.example, g.assessed, g.not_met, g.partly))
        gaps.sort(key=lambda g: (-g.not_met, -g.share_not_met, -g.partly, g.framework, g.code))
        return tuple(gaps)

    def _horizontal(self) -> tuple[Breakdown, ...]:
        counts: Counter = Counter()
        for _, gender, band, labour, education in self._t.persons.values():
            keys = [("total", "all"), ("gender", gender.value), ("age", band),
                    ("labour", labour), ("education", education)]
            if labour in _UNEMPLOYED:
                keys.append(("labour", UNEMPLOYED_INCL_LONG_TERM))
            for key in keys:
                counts[(*key, gender)] += 1
        return tuple(Breakdown(dimension, group, sum(by_gender), by_gender)
                     for dimension, group in BREAKDOWN_GROUPS
                     for by_gender in [tuple(counts[(dimension, group, g)] for g in GENDERS)])

    def _follow_ups(self) -> tuple[FollowUpCount, ...]:
        t = self._t
        rows = []
        for months in FOLLOW_UP_MONTHS:
            recorded = [0] * len(GENDERS)
            for outcome in FollowUpOutcome:
                by_gender = tuple(t.follow_ups[(months, outcome, g)] for g in GENDERS)
                recorded = [a + b for a, b in zip(recorded, by_gender, strict=True)]
                rows.append(FollowUpCount(months, outcome, sum(by_gender), by_gender))
            missing = tuple(t.genders[g] - n for g, n in zip(GENDERS, recorded, strict=True))
            rows.append(FollowUpCount(months, None, sum(missing), missing))
        return tuple(rows)


def _local_date(stamp: str) -> date:
    """A stored UTC timestamp as the local calendar date (as the case filter reads it)."""
    return datetime.fromisoformat(stamp).astimezone().date()


def gather(db: Db, selection: CaseFilter | None = None, *,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> Summary:
    """The whole summary with every case line (raises SummaryCancelled when cancelled)."""
    gatherer = SummaryGatherer(db, selection or CaseFilter(), progress=progress,
                               cancelled=cancelled)
    cases = tuple(gatherer.lines())
    return gatherer.summary(cases)
