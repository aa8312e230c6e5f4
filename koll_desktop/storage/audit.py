"""Reading the audit trail (DESIGN §2): who changed what in a case, and when.

The trail is written by `Store._audit`; this module only reads it, as domain `AuditEvent`s,
oldest first. Free text never reaches the trail (it holds "(text)"), so nothing read here
can show the content of a note. `names` gives the short names a reader needs to tell which
requirement, course or file an event is about (the rows' own ids mean nothing to a person).
"""

from __future__ import annotations

from typing import Any

from koll_desktop.domain.case import AuditEvent
from koll_desktop.domain.enums import AuditAction
from koll_desktop.storage.db import Db

_COLUMNS = "id, at, actor, action, entity, entity_id, field, old, new, case_id, rowid"
# Both halves can use the index audit_case(case_id, at): the person's own events are
# stored outside any case (case_id NULL).
_CASE_SQL = f"SELECT {_COLUMNS} FROM audit_event WHERE case_id = ?"
_PERSON_SQL = (f"SELECT {_COLUMNS} FROM audit_event WHERE case_id IS NULL "
               "AND entity = 'person' AND entity_id = ?")


def _event(row: Any) -> AuditEvent:
    try:
        action = AuditAction(row[3])
    except ValueError:  # written by a newer KoLL: shown as a change, never dropped
        action = AuditAction.UPDATE
    return AuditEvent(id=row[0], at=row[1], actor=row[2], action=action, entity=row[4],
                      entity_id=row[5], field_name=row[6] or "", old=row[7] or "",
                      new=row[8] or "", case_id=row[9])


class AuditRepository:
    """Read-only access to `audit_event`."""

    def __init__(self, db: Db) -> None:
        self.db = db

    def for_case(self, case_id: str, *, with_person: bool = False) -> list[AuditEvent]:
        """The case's events in time order; `with_person` adds the events on the case's
        person (name, personnummer, contact details …), which are stored outside the case."""
        sql, params = _CASE_SQL, [case_id]
        if with_person:
            sql += (' UNION ALL ' + _PERSON_SQL.replace(
                "entity_id = ?", 'entity_id = (SELECT person_id FROM "case" WHERE id = ?)'))
            params.append(case_id)
        return [_event(r) for r in self.db.execute(f"{sql} ORDER BY at, rowid", params)]

    def for_person(self, person_id: str) -> list[AuditEvent]:
        """The events on the person row itself (not those inside their cases)."""
        return [_event(r) for r in self.db.execute(f"{_PERSON_SQL} ORDER BY at, rowid",
                                                   [person_id])]

    def names(self, case_id: str) -> dict[str, str]:
        """Row id → a short name for the rows of the case (requirement code with its
        framework's code, course, prior-learning title, file name, follow-up months, document
        kind) and for every framework (code and version), so events and their values can name
        what they mean. A row removed since has no name here."""
        sql = """
        SELECT a.id, f.code || ' ' || r.code FROM assessment a
          JOIN requirement r ON r.id = a.requirement_id
          JOIN framework f ON f.id = r.framework_id WHERE a.case_id = :c
        UNION ALL SELECT s.id, f.code || ' ' || r.code FROM self_rating s
          JOIN requirement r ON r.id = s.requirement_id
          JOIN framework f ON f.id = r.framework_id WHERE s.case_id = :c
        UNION ALL SELECT d.id, trim(u.code || ' ' || u.title) FROM unit_decision d
          JOIN unit u ON u.id = d.unit_id WHERE d.case_id = :c
        UNION ALL SELECT p.id, coalesce(nullif(trim(u.code || ' ' || u.title), ''), p.title)
          FROM plan_row p LEFT JOIN unit u ON u.id = p.unit_id WHERE p.case_id = :c
        UNION ALL SELECT id, title FROM prior_learning WHERE case_id = :c
        UNION ALL SELECT id, name FROM evidence WHERE case_id = :c
        UNION ALL SELECT id, CAST(months AS TEXT) FROM follow_up WHERE case_id = :c
        UNION ALL SELECT id, kind FROM document_issued WHERE case_id = :c
        UNION ALL SELECT id, code || ' ' || version FROM framework"""
        return {row_id: name or "" for row_id, name in self.db.execute(sql, {"c": case_id})}
