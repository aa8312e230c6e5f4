"""Editing micro-credential definitions one at a time (DESIGN §2, facts.md §5).

`save` creates or updates a definition by id — its Annex I fields and its list of
requirements — in one committed, audited transaction, and refuses a code that another
definition has or a requirement the library does not hold, with nothing written. Both
`save` and `delete` return the definition as it was before (None for a new one), which
is what an undo gives back to `save`; a definition put back keeps its id.

A definition may be saved with mandatory elements still empty (a draft); it cannot be
issued until `MicroCredential.missing_elements()` is empty.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import fields, replace
from typing import Any

from koll_desktop.domain.enums import AuditAction
from koll_desktop.domain.ids import now_iso
from koll_desktop.domain.library import MicroCredential, RequirementRef
from koll_desktop.errors import KnownError, NotFound
from koll_desktop.storage.db import write
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.store import Store

_TABLE = "micro_credential"
_LINKS = "micro_credential_requirement"
TEXT_FIELDS = tuple(f.name for f in fields(MicroCredential)
                    if f.name not in ("id", "requirements"))
REQUIREMENTS_FIELD = "requirements"  # how the audit trail names the list of requirements
CODE_PATTERN = re.compile(r"[0-9A-Za-zÅÄÖÜÉåäöüé][0-9A-Za-zÅÄÖÜÉåäöüé._-]{0,39}")


def describe_refs(refs: tuple[RequirementRef, ...] | list[RequirementRef]) -> str:
    return ", ".join(f"{fc} {rc}" for fc, rc in refs)


class MicroCredentialRepository(Store):
    # -- reading -------------------------------------------------------------------
    def all(self) -> list[MicroCredential]:
        """Every definition, by code."""
        return LibraryRepository(self.db).micro_credentials()

    def get(self, code: str) -> MicroCredential:
        found = self._read("code = ?", code.strip())
        if found is None:
            raise NotFound("mikromeriten finns inte i biblioteket", place=code)
        return found

    def find(self, mc_id: str) -> MicroCredential | None:
        """By id; None when there is none (e.g. not saved yet)."""
        return self._read("id = ?", mc_id)

    def _read(self, where: str, value: str) -> MicroCredential | None:
        row = next(iter(self.db.query(f"SELECT * FROM {_TABLE} WHERE {where}", [value])), None)
        if row is None:
            return None
        return MicroCredential(id=row["id"], requirements=tuple(
            ref for ref, _rid in self._links(row["id"])), **{k: row[k] for k in TEXT_FIELDS})

    def _links(self, mc_id: str) -> list[tuple[RequirementRef, str]]:
        return [((fc, rc), rid) for fc, rc, rid in self.db.execute("""
            SELECT f.code, r.code, r.id FROM micro_credential_requirement m
            JOIN requirement r ON r.id = m.requirement_id
            JOIN framework f ON f.id = r.framework_id
            WHERE m.micro_credential_id = ? ORDER BY m.position""", [mc_id])]

    # -- writing (each call commits) -------------------------------------------------
    def save(self, mc: MicroCredential) -> MicroCredential | None:
        """Create or update `mc` by its id; returns the definition as it was (None if new).

        Text is stored stripped; a requirement named twice is kept once, in its first place.
        """
        mc = normalised(mc)
        _check_code(mc.code)
        with write(self.db):
            taken = self.db.execute(f"SELECT id FROM {_TABLE} WHERE code = ? AND id != ?",
                                    [mc.code, mc.id]).fetchone()
            if taken is not None:
                raise KnownError("koden används redan av en annan mikromerit; välj en annan "
                                 "kod; inget sparades", place=mc.code)
            requirement_ids = self._resolve(mc)
            before = self.find(mc.id)
            try:
                if before is None:
                    self._create(mc, requirement_ids)
                else:
                    self._change(before, mc, requirement_ids)
            except sqlite3.IntegrityError as exc:
                raise KnownError("mikromeriten kan inte sparas", place=str(exc)) from exc
        return before

    def delete(self, mc_id: str) -> MicroCredential:
        """Remove a definition (and its list of requirements); returns it as it was."""
        with write(self.db):
            before = self.find(mc_id)
            if before is None:
                raise NotFound("mikromeriten finns inte längre", place=mc_id)
            self._delete(_TABLE, mc_id)  # the list goes with it (ON DELETE CASCADE)
        return before

    def _resolve(self, mc: MicroCredential) -> list[str]:
        """The requirement ids of `mc`'s refs (newest version of each framework)."""
        known = LibraryRepository(self.db).requirement_ids()
        unknown = [ref for ref in mc.requirements if ref not in known]
        if unknown:
            noun = "kravet" if len(unknown) == 1 else "kraven"
            raise KnownError(f"{noun} {describe_refs(unknown)} finns inte i biblioteket; "
                             "inget sparades", place=mc.code)
        return [known[ref] for ref in mc.requirements]

    def _create(self, mc: MicroCredential, requirement_ids: list[str]) -> None:
        self._insert(_TABLE, {"id": mc.id, **_row(mc)})
        self._store_links(mc.id, requirement_ids)
        if mc.requirements:
            self._audit(AuditAction.UPDATE, _TABLE, mc.id, field=REQUIREMENTS_FIELD,
                        new=describe_refs(mc.requirements))

    def _change(self, before: MicroCredential, mc: MicroCredential,
                requirement_ids: list[str]) -> None:
        changed = self._update(_TABLE, mc.id, _row(mc))
        if [rid for _ref, rid in self._links(mc.id)] != requirement_ids:
            self.db.execute(f"DELETE FROM {_LINKS} WHERE micro_credential_id = ?", [mc.id])
            self._store_links(mc.id, requirement_ids)
            self._audit(AuditAction.UPDATE, _TABLE, mc.id, field=REQUIREMENTS_FIELD,
                        old=describe_refs(before.requirements),
                        new=describe_refs(mc.requirements))
            if not changed:
                self.db[_TABLE].update(mc.id, {"updated_at": now_iso()})

    def _store_links(self, mc_id: str, requirement_ids: list[str]) -> None:
        self.db[_LINKS].insert_all(
            {"micro_credential_id": mc_id, "requirement_id": rid, "position": pos}
            for pos, rid in enumerate(requirement_ids))


def normalised(mc: MicroCredential) -> MicroCredential:
    """Text stripped, each requirement once (first place kept)."""
    text = {k: str(getattr(mc, k) or "").strip() for k in TEXT_FIELDS}
    refs = tuple(dict.fromkeys((str(fc).strip(), str(rc).strip()) for fc, rc in mc.requirements))
    return replace(mc, requirements=refs, **text)


def _check_code(code: str) -> None:
    if not code:
        raise KnownError("mikromeriten behöver en kod, t.ex. MK-USK-HYG; inget sparades")
    if not CODE_PATTERN.fullmatch(code):
        raise KnownError("koden får bara ha bokstäver, siffror, bindestreck, punkt och "
                         "understreck (högst 40 tecken); inget sparades", place=code)


def _row(mc: MicroCredential) -> dict[str, Any]:
    return {k: getattr(mc, k) for k in TEXT_FIELDS}
