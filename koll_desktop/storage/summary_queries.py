"""The rows behind the coordinator summary (DESIGN §6), read in a few streaming queries.

Every query selects the same cases (period, counsellor, framework) and returns them in
the same order, case reference, so the caller can walk the cases and their assessments,
unit decisions, plan edits and follow-ups side by side without holding them all. No query reads a
person's name, personnummer or contact details: the summary is pseudonymised.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from koll_desktop.storage.db import Db


@dataclass(frozen=True)
class CaseFilter:
    """Which cases a summary covers; None means no limit."""

    date_from: date | None = None  # the case was registered (created_at, local date) on or after
    date_to: date | None = None  # … on or before
    counsellor: str | None = None
    framework: str | None = None  # a framework code, any version

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on the case table aliased `c`, with their parameters."""
        where, params = ["1 = 1"], []
        if self.date_from is not None:
            where.append("date(c.created_at, 'localtime') >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to is not None:
            where.append("date(c.created_at, 'localtime') <= ?")
            params.append(self.date_to.isoformat())
        if self.counsellor:
            where.append("c.counsellor = ?")
            params.append(self.counsellor)
        if self.framework:
            where.append("c.id IN (SELECT cf.case_id FROM case_framework cf JOIN framework f "
                         "ON f.id = cf.framework_id WHERE f.code = ?)")
            params.append(self.framework)
        return " AND ".join(where), params


@dataclass(frozen=True, slots=True)
class CaseRow:
    """What the summary needs of one case and its person; never a name or personnummer."""

    id: str
    reference: str
    status: str
    counsellor: str
    organisation: str
    created_at: str
    updated_at: str
    labour_market_status: str
    education_level: str
    person_id: str
    gender: str
    birth_year: int | None
    pace: int
    agreed_on: str | None
    framework_ids: tuple[str, ...]


_CASES = """
SELECT c.id, c.reference, c.status, c.counsellor, c.organisation, c.created_at, c.updated_at,
  c.labour_market_status, c.education_level, c.person_id, p.gender, p.birth_year,
  coalesce(pl.pace, 100), pl.agreed_on,
  (SELECT group_concat(framework_id, ' ') FROM (SELECT framework_id FROM case_framework
     WHERE case_id = c.id ORDER BY position))
FROM "case" c JOIN person p ON p.id = c.person_id LEFT JOIN plan pl ON pl.case_id = c.id
WHERE {where} ORDER BY c.reference"""


def count_cases(db: Db, selection: CaseFilter) -> int:
    where, params = selection.where()
    return db.execute(f'SELECT count(*) FROM "case" c WHERE {where}', params).fetchone()[0]


def case_rows(db: Db, selection: CaseFilter) -> Iterator[CaseRow]:
    where, params = selection.where()
    for r in db.execute(_CASES.format(where=where), params):
        yield CaseRow(*r[:14], tuple((r[14] or "").split()))


def _grouped(db: Db, sql: str, selection: CaseFilter) -> Iterator[tuple[str, list]]:
    """(case reference, its rows) for the selected cases that have rows, in reference order."""
    where, params = selection.where()
    current: str | None = None
    rows: list = []
    for reference, *rest in db.execute(sql.format(where=where), params):
        if reference != current:
            if current is not None:
                yield current, rows
            current, rows = reference, []
        rows.append(rest)
    if current is not None:
        yield current, rows


def assessments(db: Db, selection: CaseFilter) -> Iterator[tuple[str, list]]:
    """Per case: [requirement id, status] of its stored assessments."""
    return _grouped(db, """
        SELECT c.reference, a.requirement_id, a.status FROM "case" c
        JOIN assessment a ON a.case_id = c.id WHERE {where} ORDER BY c.reference""", selection)


def unit_decisions(db: Db, selection: CaseFilter) -> Iterator[tuple[str, list]]:
    """Per case: [unit id, outcome, reason] of the counsellor's overrides."""
    return _grouped(db, """
        SELECT c.reference, d.unit_id, d.outcome, d.reason FROM "case" c
        JOIN unit_decision d ON d.case_id = c.id WHERE {where} ORDER BY c.reference""",
                    selection)


def plan_edits(db: Db, selection: CaseFilter) -> Iterator[tuple[str, list]]:
    """Per case: [unit id, forced, excluded reason] of the unit rows of its plan that the
    counsellor put in (chose among alternatives) or left out; other rows change no number."""
    return _grouped(db, """
        SELECT c.reference, r.unit_id, r.forced, r.excluded_reason FROM "case" c
        JOIN plan_row r ON r.case_id = c.id WHERE {where} AND r.unit_id IS NOT NULL
          AND (r.forced <> 0 OR r.excluded_reason <> '') ORDER BY c.reference""", selection)


def follow_ups(db: Db, selection: CaseFilter) -> Iterator[tuple[str, list]]:
    """Per case: [months, outcome] of its follow-ups."""
    return _grouped(db, """
        SELECT c.reference, f.months, f.outcome FROM "case" c
        JOIN follow_up f ON f.case_id = c.id WHERE {where} ORDER BY c.reference, f.months""",
                    selection)


class Aligned:
    """Walks one grouped stream in step with the cases: `take(reference)` gives that case's
    rows (or none) as long as references are asked for in the stream's order."""

    def __init__(self, stream: Iterator[tuple[str, list]]) -> None:
        self._stream = stream
        self._next = next(stream, None)

    def take(self, reference: str) -> list:
        while self._next is not None and self._next[0] < reference:
            self._next = next(self._stream, None)  # rows of a case the caller skipped
        if self._next is not None and self._next[0] == reference:
            rows = self._next[1]
            self._next = next(self._stream, None)
            return rows
        return []
