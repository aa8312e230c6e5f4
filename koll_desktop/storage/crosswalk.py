"""Editing the crosswalk one link at a time: each call is one committed, audited transaction.

The crosswalk editor (a coordinator at work, DESIGN §2) links, re-grades and unlinks
requirements of two frameworks. Every write here returns what its undo needs: `link`
the new id, `update_link` and `unlink` the link as it was before (give it back to
`update_link` or `restore`). A link restored by undo keeps its id, so later undo steps
that name it still find it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from koll_desktop.domain.enums import Coverage
from koll_desktop.errors import KnownError, NotFound
from koll_desktop.storage.db import write
from koll_desktop.storage.store import Store

_TABLE = "crosswalk_link"


@dataclass(frozen=True)
class StoredLink:
    """A crosswalk row as stored: requirement ids, direction from → to."""

    id: str
    from_id: str
    to_id: str
    coverage: Coverage
    note: str = ""

    def other(self, requirement_id: str) -> str:
        """The requirement at the other end from `requirement_id`."""
        return self.to_id if requirement_id == self.from_id else self.from_id


class CrosswalkRepository(Store):
    # -- reading -------------------------------------------------------------------
    def get(self, link_id: str) -> StoredLink:
        row = self.db.execute(
            "SELECT id, from_requirement_id, to_requirement_id, coverage, note"
            " FROM crosswalk_link WHERE id = ?", [link_id]).fetchone()
        if row is None:
            raise NotFound("kopplingen finns inte längre", place=link_id)
        return _link(row)

    def links_between(self, framework_id_a: str, framework_id_b: str) -> list[StoredLink]:
        """Every link between a requirement of A and one of B, whichever way it was stored,
        in the order of the requirements of A, then of B."""
        rows = self.db.execute("""
            SELECT l.id, l.from_requirement_id, l.to_requirement_id, l.coverage, l.note,
                   uf.position, rf.position, ut.position, rt.position, rf.framework_id = :a
            FROM crosswalk_link l
            JOIN requirement rf ON rf.id = l.from_requirement_id
            JOIN unit uf ON uf.id = rf.unit_id
            JOIN requirement rt ON rt.id = l.to_requirement_id
            JOIN unit ut ON ut.id = rt.unit_id
            WHERE (rf.framework_id = :a AND rt.framework_id = :b)
               OR (rf.framework_id = :b AND rt.framework_id = :a)""",
                               {"a": framework_id_a, "b": framework_id_b}).fetchall()

        def tree_order(row) -> tuple:
            from_place, to_place = row[5:7], row[7:9]
            return (*from_place, *to_place) if row[9] else (*to_place, *from_place)

        return [_link(r) for r in sorted(rows, key=lambda r: (tree_order(r), r[0]))]

    def link_between(self, requirement_a: str, requirement_b: str) -> StoredLink | None:
        """The link between two requirements, stored either way, if there is one."""
        row = self.db.execute("""
            SELECT id, from_requirement_id, to_requirement_id, coverage, note
            FROM crosswalk_link WHERE (from_requirement_id = :a AND to_requirement_id = :b)
                                   OR (from_requirement_id = :b AND to_requirement_id = :a)""",
                              {"a": requirement_a, "b": requirement_b}).fetchone()
        return None if row is None else _link(row)

    # -- writing (each call commits) ---------------------------------------------------
    def link(self, from_id: str, to_id: str, coverage: Coverage | str = Coverage.FULL,
             note: str = "", *, link_id: str | None = None) -> str:
        """Link requirement `from_id` to `to_id`; returns the link's id (`link_id` when given,
        as when an undone link is made again)."""
        coverage = _coverage(coverage)
        if from_id == to_id:
            raise KnownError("ett krav kan inte kopplas till sig självt")
        with write(self.db):
            frameworks = dict(self.db.execute(
                "SELECT id, framework_id FROM requirement WHERE id IN (?, ?)",
                [from_id, to_id]).fetchall())
            for requirement_id in (from_id, to_id):
                if requirement_id not in frameworks:
                    raise NotFound("kravet finns inte i biblioteket", place=requirement_id)
            if frameworks[from_id] == frameworks[to_id]:
                raise KnownError("en koppling går mellan krav i två olika ramverk")
            if self.link_between(from_id, to_id) is not None:
                raise KnownError("kraven är redan kopplade")
            try:
                return self._insert(_TABLE, {
                    **({"id": link_id} if link_id else {}), "from_requirement_id": from_id,
                    "to_requirement_id": to_id, "coverage": str(coverage),
                    "note": note.strip()})
            except sqlite3.IntegrityError as exc:  # e.g. a restored id that is taken
                raise KnownError("kopplingen kan inte sparas", place=str(exc)) from exc

    def update_link(self, link_id: str, *, coverage: Coverage | str | None = None,
                    note: str | None = None) -> StoredLink:
        """Change coverage and/or note; returns the link as it was before."""
        changes: dict[str, str] = {}
        if coverage is not None:
            changes["coverage"] = str(_coverage(coverage))
        if note is not None:
            changes["note"] = note.strip()
        with write(self.db):
            before = self.get(link_id)
            self._update(_TABLE, link_id, changes)
        return before

    def unlink(self, link_id: str) -> StoredLink:
        """Remove a link; returns it as it was, for `restore` (undo)."""
        with write(self.db):
            before = self.get(link_id)
            self._delete(_TABLE, link_id)
        return before

    def restore(self, link: StoredLink) -> str:
        """Put back a removed link under its old id."""
        return self.link(link.from_id, link.to_id, link.coverage, link.note, link_id=link.id)


def _coverage(value: Coverage | str) -> Coverage:
    try:
        return Coverage(value)
    except ValueError:
        raise KnownError("täckningen ska vara hel eller delvis", place=str(value)) from None


def _link(row) -> StoredLink:
    return StoredLink(row[0], row[1], row[2], Coverage(row[3]), row[4])
