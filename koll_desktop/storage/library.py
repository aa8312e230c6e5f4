"""The reference library in the database: frameworks as whole trees, crosswalk, micro-credentials.

Frameworks are versioned by (code, version). A case pins framework rows by id, so
importing a new version adds rows and never changes an existing case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from koll_desktop.domain.enums import AuditAction, Coverage, FrameworkKind, RequirementKind
from koll_desktop.domain.library import (
    CrosswalkLink,
    Framework,
    Library,
    MicroCredential,
    Requirement,
    Unit,
)
from koll_desktop.errors import NotFound
from koll_desktop.storage.convert import from_date, to_date
from koll_desktop.storage.store import Store

_MC_TEXT_FIELDS = ("code", "title", "awarding_body", "country", "learning_outcomes", "workload",
                   "level", "assessment_type", "participation", "quality_assurance",
                   "prerequisites", "stackable_into")


@dataclass(frozen=True)
class FrameworkSummary:
    id: str
    code: str
    kind: FrameworkKind
    title: str
    version: str
    units: int
    requirements: int
    points: int | None
    example: bool
    cases: int


class LibraryRepository(Store):
    # -- reading -----------------------------------------------------------------
    def summaries(self) -> list[FrameworkSummary]:
        rows = self.db.execute("""
            SELECT f.id, f.code, f.kind, f.title, f.version, f.example,
              (SELECT count(*) FROM unit u WHERE u.framework_id = f.id),
              (SELECT count(*) FROM requirement r WHERE r.framework_id = f.id),
              (SELECT count(*) FROM case_framework cf WHERE cf.framework_id = f.id)
            FROM framework f ORDER BY f.code, f.version""").fetchall()
        result = []
        for r in rows:
            points = self.framework(r[0]).total_points if r[6] else None
            result.append(FrameworkSummary(r[0], r[1], FrameworkKind(r[2]), r[3], r[4], r[6],
                                           r[7], points, bool(r[5]), r[8]))
        return result

    def codes(self) -> list[str]:
        """Every framework code in the library (a code may have several versions)."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT code FROM framework ORDER BY 1")]

    def micro_credential_codes(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT code FROM micro_credential ORDER BY 1")]

    def is_empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM framework LIMIT 1").fetchone() is None

    def framework(self, framework_id: str) -> Framework:
        row = self.db.execute("SELECT * FROM framework WHERE id = ?", [framework_id]).fetchone()
        if row is None:
            raise NotFound("ramverket finns inte", place=framework_id)
        cols = [d[0] for d in self.db.execute("SELECT * FROM framework LIMIT 0").description]
        return self._framework_from_row(dict(zip(cols, row, strict=True)))

    def find_framework(self, code: str, version: str | None = None) -> Framework:
        """By code, the given version or else the newest valid_from / version."""
        sql = "SELECT id FROM framework WHERE code = ?"
        params: list[Any] = [code]
        if version:
            sql += " AND version = ?"
            params.append(version)
        row = self.db.execute(
            sql + " ORDER BY coalesce(valid_from, '') DESC, version DESC LIMIT 1", params
        ).fetchone()
        if row is None:
            raise NotFound("ramverket finns inte i biblioteket", place=code)
        return self.framework(row[0])

    def all_frameworks(self) -> list[Framework]:
        return [self.framework(r[0]) for r in
                self.db.execute("SELECT id FROM framework ORDER BY code, version")]

    def _framework_from_row(self, row: dict[str, Any]) -> Framework:
        reqs: dict[str, list[Requirement]] = {}
        for r in self.db.query(
            "SELECT * FROM requirement WHERE framework_id = ? ORDER BY position", [row["id"]]
        ):
            reqs.setdefault(r["unit_id"], []).append(Requirement(
                id=r["id"], code=r["code"], text=r["text"], kind=RequirementKind(r["kind"]),
                level=r["level"], weight=r["weight"], example=bool(r["example"]),
                grade_step=r["grade_step"]))
        units = tuple(
            Unit(id=u["id"], code=u["code"], title=u["title"], points=u["points"],
                 required=bool(u["required"]), alternative_group=u["alternative_group"],
                 requirements=tuple(reqs.get(u["id"], ())))
            for u in self.db.query(
                "SELECT * FROM unit WHERE framework_id = ? ORDER BY position", [row["id"]]))
        return Framework(
            id=row["id"], code=row["code"], kind=FrameworkKind(row["kind"]), title=row["title"],
            version=row["version"], owner=row["owner"], valid_from=to_date(row["valid_from"]),
            valid_to=to_date(row["valid_to"]), seqf_level=row["seqf_level"],
            source=row["source"], source_date=to_date(row["source_date"]),
            language=row["language"], example=bool(row["example"]),
            description=row["description"], syllabus_type=row["syllabus_type"], units=units)

    def requirement_ids(self) -> dict[tuple[str, str], str]:
        """(framework code, requirement code) → id, newest version of each framework."""
        rows = self.db.execute("""
            SELECT f.code, r.code, r.id FROM requirement r JOIN framework f
              ON f.id = r.framework_id ORDER BY coalesce(f.valid_from, ''), f.version""")
        return {(fc, rc): rid for fc, rc, rid in rows}

    def crosswalk(self) -> list[CrosswalkLink]:
        rows = self.db.execute("""
            SELECT l.id, fa.code, ra.code, fb.code, rb.code, l.coverage, l.note
            FROM crosswalk_link l
            JOIN requirement ra ON ra.id = l.from_requirement_id
            JOIN framework fa ON fa.id = ra.framework_id
            JOIN requirement rb ON rb.id = l.to_requirement_id
            JOIN framework fb ON fb.id = rb.framework_id ORDER BY fa.code, ra.rowid, rb.rowid""")
        return [CrosswalkLink(id=r[0], from_ref=(r[1], r[2]), to_ref=(r[3], r[4]),
                              coverage=Coverage(r[5]), note=r[6]) for r in rows]

    def micro_credentials(self) -> list[MicroCredential]:
        result = []
        for row in self.db.query("SELECT * FROM micro_credential ORDER BY code"):
            refs = tuple((r[0], r[1]) for r in self.db.execute("""
                SELECT f.code, r.code FROM micro_credential_requirement m
                JOIN requirement r ON r.id = m.requirement_id
                JOIN framework f ON f.id = r.framework_id
                WHERE m.micro_credential_id = ? ORDER BY m.position""", [row["id"]]))
            result.append(MicroCredential(id=row["id"], requirements=refs,
                                          **{k: row[k] for k in _MC_TEXT_FIELDS}))
        return result

    def library(self) -> Library:
        return Library(tuple(self.all_frameworks()), tuple(self.crosswalk()),
                       tuple(self.micro_credentials()))

    # -- writing (call inside one transaction: an import is all or nothing) --------
    def insert_framework(self, framework: Framework) -> None:
        self._insert("framework", {
            "id": framework.id, "code": framework.code, "kind": str(framework.kind),
            "title": framework.title, "version": framework.version, "owner": framework.owner,
            "valid_from": from_date(framework.valid_from),
            "valid_to": from_date(framework.valid_to), "seqf_level": framework.seqf_level,
            "source": framework.source, "source_date": from_date(framework.source_date),
            "language": framework.language, "example": int(framework.example),
            "description": framework.description, "syllabus_type": framework.syllabus_type,
        }, audit=False)
        self._audit(AuditAction.IMPORT, "framework", framework.id,
                    new=f"{framework.code} {framework.version}")
        for u_pos, unit in enumerate(framework.units):
            self._insert("unit", {
                "id": unit.id, "framework_id": framework.id, "code": unit.code,
                "title": unit.title, "points": unit.points, "required": int(unit.required),
                "alternative_group": unit.alternative_group, "position": u_pos}, audit=False)
            self.db["requirement"].insert_all(({
                "id": r.id, "framework_id": framework.id, "unit_id": unit.id, "code": r.code,
                "text": r.text, "kind": str(r.kind), "level": r.level, "weight": r.weight,
                "example": int(r.example), "grade_step": r.grade_step, "position": pos,
                "created_at": _stamp(), "updated_at": _stamp(),
            } for pos, r in enumerate(unit.requirements)), batch_size=500)

    def delete_framework(self, framework_id: str) -> None:
        self._delete("framework", framework_id)

    def insert_link(self, from_id: str, to_id: str, coverage: Coverage, note: str = "") -> None:
        self._insert("crosswalk_link", {"from_requirement_id": from_id,
                                        "to_requirement_id": to_id,
                                        "coverage": str(coverage), "note": note}, audit=False)

    def insert_micro_credential(self, mc: MicroCredential, requirement_ids: list[str]) -> None:
        self._insert("micro_credential", {"id": mc.id,
                                          **{k: getattr(mc, k) for k in _MC_TEXT_FIELDS}})
        self.db["micro_credential_requirement"].insert_all(
            {"micro_credential_id": mc.id, "requirement_id": rid, "position": pos}
            for pos, rid in enumerate(requirement_ids))

    def framework_in_use(self, framework_id: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM case_framework WHERE framework_id = ? LIMIT 1", [framework_id]
        ).fetchone() is not None

    def search_requirements(self, text: str, limit: int = 200) -> list[tuple[str, str, str]]:
        """(framework code, requirement code, text) whose code or text match `text`."""
        from koll_desktop.storage.cases import fts_query

        query = fts_query(text)
        if not query:
            return []
        return [tuple(r) for r in self.db.execute("""
            SELECT f.code, r.code, r.text FROM requirement_search s
            JOIN requirement r ON r.rowid = s.rowid JOIN framework f ON f.id = r.framework_id
            WHERE requirement_search MATCH ? ORDER BY rank LIMIT ?""", [query, limit])]


def _stamp() -> str:
    from koll_desktop.domain.ids import now_iso

    return now_iso()
