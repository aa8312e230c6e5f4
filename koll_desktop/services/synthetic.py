"""Realistic synthetic persons, cases and assessments at any size, for benchmarks and demos.

`generate(db, persons)` adds that many persons to a database, each with about one
case (some have two), spread over 2024–2026 and at every status, with assessments
for cases that have reached the assessment step. Everything is drawn from one
seeded random generator, so a seed always gives the same data (ids included).

Personnummer use the serial range 980–999 that Skatteverket keeps for test
persons (valid checksum, not real people). There are only 20 such serials per
birth date, so beyond a few hundred thousand persons the later ones are left
without a personnummer (it is never required). Rows go in through
`storage.bulk` in one transaction; no audit events are written for them.

The pieces: synthetic_names (pools of names and other values), synthetic_draws (seeded
uuids, weighted choices, days, timestamps) and synthetic_persons (persons, personnummer).
"""

from __future__ import annotations

import json
import random
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from itertools import accumulate
from operator import itemgetter

from koll_desktop.domain.enums import AssessmentMethod, AssessmentStatus, CaseStatus
from koll_desktop.domain.personnummer import search_tokens
from koll_desktop.services.synthetic_draws import (
    PERIOD_END,
    PERIOD_START,
    day_date,
    day_text,
    new_uuid,
    new_uuids,
    office_hours,
    timestamp,
    weighted,
)
from koll_desktop.services.synthetic_names import (
    ASSESSORS,
    CONSENT_METHODS,
    CONSENT_SCOPE,
    COUNSELLORS,
    LABOUR_SHARES,
    RATIONALES,
)
from koll_desktop.services.synthetic_persons import (
    Person,
    PersonnummerPool,
    new_person,
)
from koll_desktop.storage.bulk import BulkWriter, bulk_load

# The generator indexes references exactly as CaseRepository.reindex_person does.
from koll_desktop.storage.cases import ref_tokens
from koll_desktop.storage.db import Db

Progress = Callable[[int, int, str], None]

CHUNK = 5_000  # persons generated and inserted per batch
RETENTION_DAYS = 730
STAGES = tuple(CaseStatus)
# Days from reaching a status to reaching the next one: (low, high).
STAGE_DAYS = ((3, 21), (7, 30), (5, 21), (14, 60), (7, 30), (14, 60), (150, 200))
STALL_SHARE = 0.08  # cases that stop moving at some status and stay there
DROPOUT_SHARE = 0.22  # cases closed before the assessment step (not suitable, moved, left)
SECOND_CASE_SHARE = 0.08
# Target frameworks: codes, per framework the share of its units (courses, competence areas)
# a case assesses, goals, weight. A validation covers the courses the person has experience
# in, about a third of a package; cases against the industry standard assess most of it and
# few package courses directly, as the rest follows through the crosswalk.
_CARE_GOALS = ("Undersköterska inom äldreomsorgen", "Undersköterska i hemtjänsten",
               "Undersköterska på sjukhus", "Undersköterska inom psykiatrin")
TARGETS = (
    (("VOXABN",), (0.3,), _CARE_GOALS, 0.40),
    (("EX-USK", "VOXABN"), (0.6, 0.1), _CARE_GOALS, 0.25),
    (("YP-BARNSKOTARE",), (0.35,), ("Barnskötare i förskola", "Barnskötare på fritidshem"),
     0.20),
    (("YP-ELEVASSISTENT",), (0.35,), ("Elevassistent i grundskolan",
                                     "Elevassistent i anpassade grundskolan"), 0.15),
)
# Fewer cases start in summer and at Christmas; more each year.
MONTH_WEIGHT = (1.2, 1.1, 1.0, 1.0, 0.9, 0.6, 0.2, 1.1, 1.3, 1.2, 1.1, 0.6)
YEAR_WEIGHT = {2024: 0.8, 2025: 1.0, 2026: 1.2}


@dataclass(frozen=True)
class GeneratedCounts:
    persons: int
    cases: int
    case_frameworks: int
    assessments: int


# -- the library the cases point at -----------------------------------------------------
@dataclass(frozen=True)
class _Target:
    """A choice of target frameworks, with the units' requirement ids of each."""

    framework_ids: tuple[str, ...]
    units: tuple[tuple[tuple[str, ...], ...], ...]  # per framework: units of requirement ids
    breadth: tuple[float, ...]  # per framework: how many units a typical case assesses
    goals: tuple[str, ...]
    weight: float


def _framework_units(db: Db, code: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    row = db.execute(
        "SELECT id FROM framework WHERE code = ? "
        "ORDER BY coalesce(valid_from, '') DESC, version DESC LIMIT 1", [code]).fetchone()
    if row is None:
        raise ValueError(f"framework {code} is not in the library")
    units: dict[str, list[str]] = {}
    for unit_id, req_id in db.execute(
            "SELECT u.id, r.id FROM unit u JOIN requirement r ON r.unit_id = u.id "
            "WHERE u.framework_id = ? ORDER BY u.position, r.position", [row[0]]):
        units.setdefault(unit_id, []).append(req_id)
    return row[0], tuple(tuple(reqs) for reqs in units.values())


def _targets(db: Db) -> tuple[tuple[_Target, float], ...]:
    targets = []
    for codes, breadth, goals, weight in TARGETS:
        resolved = [_framework_units(db, code) for code in codes]
        targets.append(_Target(tuple(r[0] for r in resolved), tuple(r[1] for r in resolved),
                               breadth, goals, weight))
    return tuple((t, t.weight) for t in targets)


# -- when cases start, and their references ---------------------------------------------
class _Calendar:
    """Working days of the period, weighted by season and by year (more cases lately)."""

    def __init__(self) -> None:
        days: list[int] = []
        weights: list[float] = []
        for offset in range((PERIOD_END - PERIOD_START).days + 1):
            day = PERIOD_START + timedelta(days=offset)
            if day.weekday() < 5:
                days.append(offset)
                weights.append(MONTH_WEIGHT[day.month - 1] * YEAR_WEIGHT[day.year])
        self.days = days
        self.cum = list(accumulate(weights))
        self.end = float((PERIOD_END - PERIOD_START).days + 1)

    def draw(self, rng: random.Random) -> float:
        return rng.choices(self.days, cum_weights=self.cum)[0] + rng.uniform(0.29, 0.65)

    def working_day_from(self, rng: random.Random, after: float) -> float | None:
        i = bisect_left(self.days, int(after))
        return None if i >= len(self.days) else self.days[i] + rng.uniform(0.29, 0.65)


@dataclass
class _Schedule:
    """Created time and reference of every case, cases laid out person by person."""

    first_case: array  # index of each person's first case; one extra at the end
    created: array
    references: list[str]


def _schedule(rng: random.Random, persons: int, calendar: _Calendar,
              taken: dict[int, int]) -> _Schedule:
    first_case, created = array("l", [0]), array("d")
    for _ in range(persons):
        start = calendar.draw(rng)
        created.append(start)
        if rng.random() < SECOND_CASE_SHARE:
            later = calendar.working_day_from(rng, start + rng.uniform(60, 420))
            if later is not None:
                created.append(later)
        first_case.append(len(created))
    return _Schedule(first_case, created, _references(created, taken))


def _references(created: array, taken: dict[int, int]) -> list[str]:
    """K-YYYY-NNNN numbered in creation order within each year, after any existing ones."""
    references = [""] * len(created)
    counters = dict(taken)
    for i in sorted(range(len(created)), key=created.__getitem__):
        year = day_date(created[i]).year
        counters[year] = counters.get(year, 0) + 1
        references[i] = f"K-{year}-{counters[year]:04d}"
    return references


def _taken_numbers(db: Db) -> dict[int, int]:
    """The highest case number per year already in the database (compared as numbers)."""
    taken: dict[int, int] = {}
    for (reference,) in db.execute('SELECT reference FROM "case"'):
        match = re.fullmatch(r"K-(\d{4})-(\d+)", reference)
        if match:
            year, number = int(match[1]), int(match[2])
            taken[year] = max(taken.get(year, 0), number)
    return taken


# -- cases ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Progress:
    """How far a case got: its status, when it reached each status, when last touched."""

    status: CaseStatus
    reached: tuple[float, ...]  # day each status up to `status` was reached
    updated: float


def _stop(rng: random.Random) -> tuple[int | None, bool]:
    """Where a case stops early, if it does: (step, closed there) or (None, False)."""
    draw = rng.random()
    if draw < DROPOUT_SHARE:  # not suitable or left: closed after the first meetings
        return rng.randrange(STAGES.index(CaseStatus.ASSESSMENT)), True
    if draw < DROPOUT_SHARE + STALL_SHARE:  # stopped moving and left open
        return rng.randrange(len(STAGES) - 1), False
    return None, False


def _close(rng: random.Random, last: float, by: float) -> float:
    """A closing time after `last` and before `by`."""
    closed = office_hours(rng, last + (by - last) * rng.uniform(0.3, 0.95))
    return min(max(last, closed), by - 0.001)


def _progress(rng: random.Random, created: float, end: float,
              next_case: float | None) -> _Progress:
    """Walk the workflow from `created`; an earlier case is closed when the next one starts."""
    limit = end if next_case is None else next_case
    reached = [created]
    stop_at, drops_out = _stop(rng)
    for step, (low, high) in enumerate(STAGE_DAYS):
        if step == stop_at:
            break
        following = office_hours(rng, reached[-1] + rng.uniform(low, high))
        if following >= limit:
            break
        reached.append(following)
    status = STAGES[len(reached) - 1]
    if status is not CaseStatus.CLOSED:
        if next_case is not None:
            return _Progress(CaseStatus.CLOSED, tuple(reached), _close(rng, reached[-1], limit))
        if drops_out and reached[-1] + 60 < limit:
            closed = _close(rng, reached[-1], min(limit, reached[-1] + 90))
            return _Progress(CaseStatus.CLOSED, tuple(reached), closed)
    updated = office_hours(rng, reached[-1] + rng.uniform(0.0, 3.0))
    updated = reached[-1] if updated >= end or updated < reached[-1] else updated
    return _Progress(status, tuple(reached), updated)


@dataclass
class _Context:
    rng: random.Random
    calendar: _Calendar
    schedule: _Schedule
    target_shares: tuple[tuple[_Target, float], ...]
    pool: PersonnummerPool


def _case_rows(ctx: _Context, person: Person, index: int, target: _Target,
               progress: _Progress) -> tuple[tuple, list[tuple]]:
    rng = ctx.rng
    created = ctx.schedule.created[index]
    counsellor, organisation = rng.choice(COUNSELLORS)
    consent_date, method = _consent(rng, created, progress)
    retention_from = progress.updated if progress.status is CaseStatus.CLOSED else created
    labour = weighted(rng, LABOUR_SHARES)
    education = weighted(rng, person.origin.education)
    case_id = new_uuid(rng)
    row = (case_id, ctx.schedule.references[index], person.row[0], counsellor, organisation,
           rng.choice(target.goals), str(progress.status), consent_date,
           CONSENT_SCOPE if consent_date else "", method,
           day_text(int(retention_from) + RETENTION_DAYS), str(labour), str(education),
           timestamp(created), timestamp(progress.updated))
    links = [(case_id, fw, pos) for pos, fw in enumerate(target.framework_ids)]
    return row, links


def _consent(rng: random.Random, created: float, progress: _Progress) -> tuple[str | None, str]:
    if progress.status is CaseStatus.INTAKE and rng.random() < 0.15:
        return None, ""  # not yet given at the first meeting
    return day_text(int(created)), weighted(rng, CONSENT_METHODS)


# -- assessments ------------------------------------------------------------------------
def _methods_json(*methods: AssessmentMethod) -> str:
    return json.dumps([str(m) for m in methods])


# Assessment methods as used, repeated by weight so that one index draws a weighted choice.
_METHOD_DRAW = tuple(text for text, weight in (
    (_methods_json(AssessmentMethod.INTERVIEW), 6),
    (_methods_json(AssessmentMethod.INTERVIEW, AssessmentMethod.PRACTICAL_DEMONSTRATION), 6),
    (_methods_json(AssessmentMethod.PRACTICAL_DEMONSTRATION), 4),
    (_methods_json(AssessmentMethod.WORKPLACE_OBSERVATION), 4),
    (_methods_json(AssessmentMethod.DOCUMENT_REVIEW), 3),
    (_methods_json(AssessmentMethod.DOCUMENT_REVIEW, AssessmentMethod.INTERVIEW), 3),
    (_methods_json(AssessmentMethod.THEORY_TEST), 2),
    (_methods_json(AssessmentMethod.THIRD_PARTY_REPORT, AssessmentMethod.INTERVIEW), 1),
) for _ in range(weight))
# Rules of evidence (valid, sufficient, authentic, current) as usually judged per outcome.
_RULES = {AssessmentStatus.MET: (1, 1, 1, 1), AssessmentStatus.PARTLY: (1, 0, 1, 1),
          AssessmentStatus.NOT_MET: (None, None, None, None)}
# The middle of an assessment row: (status, methods, evidence_ids, four rules), per status
# and method draw, built once.
_MIDDLES = {status: tuple((str(status), methods, "[]", *rules) for methods in _METHOD_DRAW)
            for status, rules in _RULES.items()}


def _assessed_requirements(rng: random.Random, target: _Target, ongoing: bool) -> list[str]:
    """The requirements a case has assessments for: units the person has experience in."""
    chosen: list[str] = []
    for units, breadth in zip(target.units, target.breadth, strict=True):
        picked = [unit for unit in units if rng.random() < breadth] or [rng.choice(units)]
        if ongoing:  # still at the assessment step: the first units only
            picked = picked[:rng.randint(1, max(1, len(picked)))]
        chosen += [req for unit in picked for req in unit if rng.random() < 0.9]
    return chosen


def _assessment_window(progress: _Progress) -> tuple[float, float] | None:
    step = STAGES.index(CaseStatus.ASSESSMENT)
    if len(progress.reached) <= step:
        return None
    stop = progress.reached[step + 1] if len(progress.reached) > step + 1 else progress.updated
    return progress.reached[step], stop


def _assessment_rows(ctx: _Context, case_row: tuple, target: _Target,
                     progress: _Progress) -> list[tuple]:
    window = _assessment_window(progress)
    if window is None:
        return []
    rng = ctx.rng
    requirements = _assessed_requirements(rng, target, progress.status is CaseStatus.ASSESSMENT)
    assessor = case_row[3] if rng.random() < 0.5 else rng.choice(ASSESSORS)
    tails = [(assessor, *_session(rng, *window)) for _ in range(rng.randint(1, 3))]
    skill = rng.betavariate(3.0, 1.6)  # how much of it this person already masters
    partly = skill + (1 - skill) * 0.45
    middles, draws, case_id = _MIDDLES, len(_METHOD_DRAW), case_row[0]
    rows = []
    for req_id in requirements:
        draw = rng.random()
        status = (AssessmentStatus.MET if draw < skill else
                  AssessmentStatus.PARTLY if draw < partly else AssessmentStatus.NOT_MET)
        pick = rng.random() * draws
        tail = tails[int((pick % 1) * len(tails))]
        if pick % 1 < 0.1:  # a short rationale now and then; most are left empty
            tail = (tail[0], tail[1], rng.choice(RATIONALES[status]), tail[3], tail[4])
        rows.append((case_id, req_id) + middles[status][int(pick)] + tail)
    return rows  # without ids: see _with_sorted_ids


def _with_sorted_ids(rng: random.Random, rows: list[tuple]) -> list[tuple]:
    """Give a batch of assessment rows their ids, ordered like the rows.

    The ids are as random as any uuid4, but handed out in sorted order to rows sorted
    by case, so both of the table's unique indexes are filled front to back within a
    batch: about twice as fast as random order at this size. (Within a case the rows
    keep their order: library ids differ between databases, the data must not.)
    """
    rows.sort(key=itemgetter(0))
    return [(uid, *row) for uid, row in zip(sorted(new_uuids(rng, len(rows))), rows, strict=True)]


def _session(rng: random.Random, start: float, stop: float) -> tuple[str, str, str, str]:
    """(assessed_on, rationale, created_at, updated_at) of one assessment session."""
    when = min(max(start, office_hours(rng, rng.uniform(start, stop))), max(start, stop))
    stamp = timestamp(when)
    return day_text(int(when)), "", stamp, stamp


# -- putting it together ----------------------------------------------------------------
def _person_rows(ctx: _Context, index: int, out: dict[str, list]) -> None:
    rng, schedule = ctx.rng, ctx.schedule
    first, last = schedule.first_case[index], schedule.first_case[index + 1]
    person = new_person(rng, ctx.pool, schedule.created[first])
    out["person"].append(person.row)
    references = []
    for case_index in range(first, last):
        later = schedule.created[case_index + 1] if case_index + 1 < last else None
        target = weighted(rng, ctx.target_shares)
        progress = _progress(rng, schedule.created[case_index], ctx.calendar.end, later)
        case_row, links = _case_rows(ctx, person, case_index, target, progress)
        out["case"].append(case_row)
        out["case_framework"] += links
        out["assessment"] += _assessment_rows(ctx, case_row, target, progress)
        references.append(ref_tokens(case_row[1]))
    out["person_search"].append(
        (person.row[0], person.name, search_tokens(person.personnummer), " ".join(references)))


def _insert_chunk(writer: BulkWriter, out: dict[str, list]) -> None:
    writer.persons(out["person"])
    writer.cases(out["case"])
    writer.case_frameworks(out["case_framework"])
    writer.assessments(out["assessment"])
    writer.search_rows(out["person_search"])


def _ensure_library(db: Db) -> None:
    if db.execute("SELECT 1 FROM framework LIMIT 1").fetchone() is None:
        from koll_desktop.services.demo import load_bundled_library

        load_bundled_library(db)


def generate(db: Db, persons: int, *, seed: int = 1,
             progress: Progress | None = None) -> GeneratedCounts:
    """Add `persons` synthetic persons with their cases and assessments, in one transaction."""
    _ensure_library(db)
    existing = db.execute("SELECT count(*) FROM person").fetchone()[0]
    # A fresh database gets the seed's data; a second run on the same database draws new
    # ids (and everything else) instead of repeating the first run's.
    rng = random.Random(seed if not existing else f"{seed}:{existing}")
    calendar = _Calendar()
    taken = {r[0] for r in db.execute("SELECT personnummer FROM person WHERE personnummer != ''")}
    ctx = _Context(rng, calendar, _schedule(rng, persons, calendar, _taken_numbers(db)),
                   _targets(db), PersonnummerPool(taken))
    with bulk_load(db) as writer:
        for start in range(0, persons, CHUNK):
            out: dict[str, list] = {k: [] for k in
                                    ("person", "case", "case_framework", "assessment",
                                     "person_search")}
            for index in range(start, min(persons, start + CHUNK)):
                _person_rows(ctx, index, out)
            out["assessment"] = _with_sorted_ids(rng, out["assessment"])
            _insert_chunk(writer, out)
            if progress:
                progress(min(persons, start + CHUNK), persons, "personer")
    counts = writer.counts
    return GeneratedCounts(counts.get("person", 0), counts.get("case", 0),
                           counts.get("case_framework", 0), counts.get("assessment", 0))
