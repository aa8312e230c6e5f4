"""Persons and cases: create, read, update with audit; FTS5 search; case summaries."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from koll_desktop.domain.enums import CaseStatus, EducationLevel, Gender, LabourMarketStatus
from koll_desktop.errors import NotFound
from koll_desktop.storage.convert import from_date, to_date
from koll_desktop.storage.db import write
from koll_desktop.storage.store import Store

if TYPE_CHECKING:  # built only when a case is opened; the case list needs none
    from koll_desktop.domain.case import Case, Person

_CASE_FIELDS = {
    "counsellor", "organisation", "goal", "status", "consent_date", "consent_scope",
    "consent_method", "retention_until", "labour_market_status", "education_level",
}
# From this many matching persons a search walks the cases newest first instead.
BROAD_SEARCH = 4000
_PERSON_FIELDS = {
    "given_name", "family_name", "personnummer", "birth_year", "gender", "languages",
    "email", "phone", "accessibility_needs",
}


class CaseSummary(NamedTuple):
    """One line of the case list (a named tuple: made 200 at a time, and the start of the
    desktop does without the dataclasses module, about 5 ms)."""

    id: str
    reference: str
    person_name: str
    status: CaseStatus
    frameworks: str
    counsellor: str
    updated_at: str


def person_from_row(row: dict[str, Any]) -> Person:
    from koll_desktop.domain.case import Person

    return Person(
        id=row["id"], given_name=row["given_name"], family_name=row["family_name"],
        personnummer=row["personnummer"], birth_year=row["birth_year"],
        gender=Gender(row["gender"]), languages=row["languages"], email=row["email"],
        phone=row["phone"], accessibility_needs=row["accessibility_needs"],
    )


def _person_row(person: Person) -> dict[str, Any]:
    return {
        "id": person.id, "given_name": person.given_name, "family_name": person.family_name,
        "personnummer": person.personnummer, "birth_year": person.birth_year,
        "gender": str(person.gender), "languages": person.languages, "email": person.email,
        "phone": person.phone, "accessibility_needs": person.accessibility_needs,
    }


def _case_row(case: Case) -> dict[str, Any]:
    return {
        "id": case.id, "reference": case.reference, "person_id": case.person_id,
        "counsellor": case.counsellor, "organisation": case.organisation, "goal": case.goal,
        "status": str(case.status), "consent_date": from_date(case.consent.given_on),
        "consent_scope": case.consent.scope, "consent_method": case.consent.method,
        "retention_until": from_date(case.retention_until),
        "labour_market_status": str(case.labour_market_status),
        "education_level": str(case.education_level),
    }


def fts_query(text: str) -> str:
    """What the user typed as an FTS5 prefix query; personnummer dashes dropped."""
    cleaned = re.sub(r"(?<=\d)[-+](?=\d)", "", text)
    words = re.findall(r"\w+", cleaned)
    return " ".join(f'"{w}"*' for w in words)


class CaseRepository(Store):
    # -- persons -----------------------------------------------------------------
    def add_person(self, person: Person) -> Person:
        with write(self.db):
            self._insert("person", _person_row(person))
            self.reindex_person(person.id)
        return person

    def person(self, person_id: str) -> Person:
        try:
            return person_from_row(self.db["person"].get(person_id))
        except Exception as exc:
            raise NotFound("personen finns inte", place=person_id) from exc

    def update_person(self, person_id: str, **changes: Any) -> dict:
        unknown = set(changes) - _PERSON_FIELDS
        if unknown:
            raise ValueError(f"unknown person fields: {sorted(unknown)}")
        if changes.get("personnummer"):
            from koll_desktop.domain import personnummer  # not needed to show the case list

            changes["personnummer"] = personnummer.normalize(changes["personnummer"])
        with write(self.db):
            diff = self._update("person", person_id, {k: _plain(v) for k, v in changes.items()})
            self.reindex_person(person_id)
        return diff

    # -- cases -------------------------------------------------------------------
    def next_reference(self, year: int | None = None) -> str:
        year = year or date.today().year
        prefix = f"K-{year}-"
        # Numerically: K-2026-10000 comes after K-2026-9999 (as text it would not).
        row = self.db.execute(
            "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM \"case\" "
            "WHERE reference GLOB ?", [len(prefix) + 1, prefix + "[0-9]*"]).fetchone()
        last = row[0] or 0
        return f"{prefix}{last + 1:04d}"

    def add_case(self, case: Case) -> Case:
        with write(self.db):
            self._insert("case", _case_row(case), case_id=case.id)
            for position, framework_id in enumerate(case.framework_ids):
                self.db["case_framework"].insert(
                    {"case_id": case.id, "framework_id": framework_id, "position": position})
            self.reindex_person(case.person_id)
        return self.case(case.id)

    def update_case(self, case_id: str, **changes: Any) -> dict:
        unknown = set(changes) - _CASE_FIELDS
        if unknown:
            raise ValueError(f"unknown case fields: {sorted(unknown)}")
        with write(self.db):
            return self._update("case", case_id, {k: _plain(v) for k, v in changes.items()},
                                case_id=case_id)

    def set_frameworks(self, case_id: str, framework_ids: tuple[str, ...]) -> None:
        """The framework versions the case is assessed against (pinned by id)."""
        from koll_desktop.domain.enums import AuditAction
        from koll_desktop.domain.ids import now_iso

        old = self.case(case_id).framework_ids
        if tuple(framework_ids) == old:
            return
        with write(self.db):
            self.db.execute("DELETE FROM case_framework WHERE case_id = ?", [case_id])
            for position, framework_id in enumerate(framework_ids):
                self.db["case_framework"].insert(
                    {"case_id": case_id, "framework_id": framework_id, "position": position})
            self.db.execute('UPDATE "case" SET updated_at = ? WHERE id = ?', [now_iso(), case_id])
            self._audit(AuditAction.UPDATE, "case", case_id, field="frameworks",
                        old=",".join(old), new=",".join(framework_ids), case_id=case_id)

    def case(self, id_or_reference: str) -> Case:
        rows = list(self.db.query(
            'SELECT * FROM "case" WHERE id = ? OR reference = ? COLLATE NOCASE',
            [id_or_reference, id_or_reference.strip()]))
        if not rows:
            raise NotFound("ärendet finns inte", place=id_or_reference)
        row = rows[0]
        frameworks = tuple(r[0] for r in self.db.execute(
            "SELECT framework_id FROM case_framework WHERE case_id = ? ORDER BY position",
            [row["id"]]).fetchall())
        from koll_desktop.domain.case import Case, Consent

        return Case(
            id=row["id"], reference=row["reference"], person_id=row["person_id"],
            counsellor=row["counsellor"], organisation=row["organisation"], goal=row["goal"],
            status=CaseStatus(row["status"]),
            consent=Consent(to_date(row["consent_date"]), row["consent_scope"],
                            row["consent_method"]),
            retention_until=to_date(row["retention_until"]),
            labour_market_status=LabourMarketStatus(row["labour_market_status"]),
            education_level=EducationLevel(row["education_level"]),
            framework_ids=frameworks, created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def _filtered(self, search: str, status: str | None, counsellor: str | None,
                  framework_code: str | None, *, walk: bool = True) -> tuple[str, list, bool]:
        """The FROM … WHERE of the case list, its parameters, and whether the search is broad
        (many persons match: walk the cases newest first instead of the matches; `walk`
        False for a count, which has no order to follow)."""
        where, params = [], []
        query = fts_query(search)
        broad = False
        if query:
            broad = walk and self._matches_at_least(query, BROAD_SEARCH)
            where.append(("+" if broad else "") + "p.search_rowid IN (SELECT rowid FROM "
                         "person_search WHERE person_search MATCH ?)")
            params.append(query)
        if status:
            where.append("c.status = ?")
            params.append(status)
        if counsellor:
            where.append("c.counsellor = ?")
            params.append(counsellor)
        if framework_code:
            where.append("c.id IN (SELECT cf.case_id FROM case_framework cf JOIN framework f "
                         "ON f.id = cf.framework_id WHERE f.code = ?)")
            params.append(framework_code)
        cases = '"case" c INDEXED BY case_updated' if broad else '"case" c'
        person = " JOIN person p ON p.id = c.person_id" if query else ""  # only to search
        sql = (f"FROM {cases}{person}"
               + (" WHERE " + " AND ".join(where) if where else ""))
        return sql, params, broad

    def count(self, search: str = "", *, status: str | None = None,
              counsellor: str | None = None, framework_code: str | None = None) -> int:
        """How many cases the list holds with these filters (for a list that pages)."""
        sql, params, _ = self._filtered(search, status, counsellor, framework_code, walk=False)
        return self.db.execute(f"SELECT count(*) {sql}", params).fetchone()[0]

    def summaries(self, search: str = "", *, status: str | None = None,
                  counsellor: str | None = None, framework_code: str | None = None,
                  limit: int | None = None, offset: int = 0) -> list[CaseSummary]:
        """The case list, newest first, filtered; `search` uses the FTS index.

        The page of case ids is chosen first and only those rows are decorated with names
        and frameworks. When a search matches many persons (a first keystroke), the cases
        are walked newest first through their index and the walk stops at the page's end.
        """
        sql, params, _ = self._filtered(search, status, counsellor, framework_code)
        page = " LIMIT ? OFFSET ?" if limit is not None else ""
        if limit is not None:
            params += [limit, offset]
        query = (
            f"WITH hit AS MATERIALIZED (SELECT c.id, c.updated_at {sql}"
            f" ORDER BY c.updated_at DESC{page})"
            " SELECT c.id, c.reference, p.given_name || ' ' || p.family_name, c.status,"
            " (SELECT group_concat(code, ', ') FROM (SELECT f.code FROM case_framework cf"
            "  JOIN framework f ON f.id = cf.framework_id WHERE cf.case_id = c.id"
            "  ORDER BY cf.position)), c.counsellor, c.updated_at"
            ' FROM hit JOIN "case" c ON c.id = hit.id JOIN person p ON p.id = c.person_id'
            " ORDER BY hit.updated_at DESC")
        return [CaseSummary(r[0], r[1], r[2], CaseStatus(r[3]), r[4] or "", r[5], r[6])
                for r in self.db.execute(query, params).fetchall()]

    def _matches_at_least(self, query: str, count: int) -> bool:
        found = self.db.execute("SELECT count(*) FROM (SELECT rowid FROM person_search WHERE "
                                "person_search MATCH ? LIMIT ?)", [query, count]).fetchone()
        return found[0] >= count

    def backdate(self, case_id: str, created_at: str) -> None:
        """Set when a case was registered (the demo's cases tell a story over months)."""
        with write(self.db):
            self.db.execute('UPDATE "case" SET created_at = ? WHERE id = ?', [created_at, case_id])

    def counsellors(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT counsellor FROM \"case\" WHERE counsellor != '' ORDER BY 1")]

    def reindex_person(self, person_id: str) -> None:
        """Keep the person's row in the search index in step with their name and cases."""
        row = self.db.execute(
            "SELECT given_name || ' ' || family_name, personnummer, search_rowid FROM person "
            "WHERE id = ?", [person_id]).fetchone()
        if row is None:
            self.db.execute("DELETE FROM person_search WHERE person_id = ?", [person_id])
            return
        if row[2] is not None:
            self.db.execute("DELETE FROM person_search WHERE rowid = ?", [row[2]])
        from koll_desktop.domain import personnummer  # as in update_person
        refs = " ".join(ref_tokens(r[0]) for r in self.db.execute(
            'SELECT reference FROM "case" WHERE person_id = ?', [person_id]))
        cursor = self.db.execute(
            "INSERT INTO person_search (rowid, person_id, name, personnummer, refs) "
            "VALUES (?, ?, ?, ?, ?)",
            [row[2], person_id, row[0], personnummer.search_tokens(row[1]), refs])
        if row[2] is None:
            self.db.execute("UPDATE person SET search_rowid = ? WHERE id = ?",
                            [cursor.lastrowid, person_id])


def ref_tokens(reference: str) -> str:
    """K-2026-0001 is indexed also as K20260001, as the query side drops dashes between digits."""
    compact = re.sub(r"(?<=\d)-(?=\d)", "", reference)
    return f"{reference} {compact}"


def _plain(value: Any) -> Any:
    """Domain values as stored: enums as their value, dates as ISO text."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (CaseStatus, Gender, LabourMarketStatus, EducationLevel)):
        return str(value)
    return value
