"""The base every repository stands on: committed writes with an audit trail.

Each public write is one transaction (one user edit, DESIGN §9). The audit trail
names the field and its old and new value, except for text about the person
(storage.personal_text: free text, experience, contact details, personnummer), where it
only records that the value changed.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from koll_desktop.domain.enums import AuditAction
from koll_desktop.domain.ids import new_id, now_iso
from koll_desktop.storage.db import Db
from koll_desktop.storage.personal_text import value_hidden

_SKIP = frozenset({"created_at", "updated_at", "id"})


def default_actor() -> str:
    import getpass  # with termios: not needed to show the case list

    try:
        return getpass.getuser()
    except Exception:  # getuser raises differently per platform when no name is set
        return "okänd"


def _audit_value(entity: str, field: str, value: Any) -> str:
    if value is None:
        return ""
    if value_hidden(entity, field):
        return "(text)" if value != "" else ""
    return str(value)


class Store:
    """Shared write helpers; repositories subclass it."""

    def __init__(self, db: Db, actor: str | None = None) -> None:
        self.db = db
        if actor:
            self.actor = actor

    @cached_property
    def actor(self) -> str:
        """Who writes: given, or the login name, looked up at the first write."""
        return default_actor()

    # -- audit -----------------------------------------------------------------
    def _audit(self, action: AuditAction, entity: str, entity_id: str, *,
               field: str = "", old: Any = None, new: Any = None,
               case_id: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO audit_event (id, at, actor, action, entity, entity_id, field, old, new,"
            " case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_id(), now_iso(), self.actor, str(action), entity, entity_id, field,
             _audit_value(entity, field, old), _audit_value(entity, field, new), case_id],
        )

    def stored_value(self, table: str, row_id: str, field: str) -> Any:
        """One field as stored (what an undo puts back)."""
        return self.db[table].get(row_id)[field]

    # -- generic row writes (call inside a transaction) ---------------------------
    def _insert(self, table: str, row: dict[str, Any], *, case_id: str | None = None,
                audit: bool = True) -> str:
        stamp = now_iso()
        row = {"id": row.get("id") or new_id(), **row, "created_at": stamp, "updated_at": stamp}
        self.db[table].insert(row)
        if audit:
            self._audit(AuditAction.CREATE, table, row["id"], case_id=case_id)
        return row["id"]

    def _update(self, table: str, row_id: str, changes: dict[str, Any], *,
                case_id: str | None = None) -> dict[str, tuple[Any, Any]]:
        """Apply `changes`; returns {field: (old, new)} for the fields that really changed."""
        old = self.db[table].get(row_id)
        diff = {k: (old[k], v) for k, v in changes.items() if k not in _SKIP and old[k] != v}
        if not diff:
            return {}
        self.db[table].update(row_id, {**{k: v for k, (_, v) in diff.items()},
                                       "updated_at": now_iso()})
        for field, (before, after) in diff.items():
            self._audit(AuditAction.UPDATE, table, row_id, field=field, old=before, new=after,
                        case_id=case_id)
        return diff

    def _delete(self, table: str, row_id: str, *, case_id: str | None = None) -> None:
        self.db[table].delete(row_id)
        self._audit(AuditAction.DELETE, table, row_id, case_id=case_id)
