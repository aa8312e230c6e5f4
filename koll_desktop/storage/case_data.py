"""What is recorded inside a case: prior learning, evidence, self-ratings, assessments,
unit decisions, the plan and its rows, follow-ups. Each public method is one committed edit.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from koll_desktop.domain.case import (
    Assessment,
    Evidence,
    FollowUp,
    PlanRow,
    PriorLearning,
    RulesOfEvidence,
    SelfRating,
    UnitDecision,
)
from koll_desktop.domain.enums import (
    AssessmentMethod,
    AssessmentStatus,
    CreditForm,
    FollowUpOutcome,
    PriorLearningKind,
    SelfRatingLevel,
    UnitOutcome,
)
from koll_desktop.domain.ids import now_iso
from koll_desktop.errors import KnownError
from koll_desktop.storage.convert import from_bool, from_date, to_bool, to_date
from koll_desktop.storage.db import write
from koll_desktop.storage.store import Store

MAX_EVIDENCE_BYTES = 100 * 1024 * 1024


def _stored(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, tuple):
        return json.dumps([str(v) for v in value])
    if hasattr(value, "value"):
        return str(value.value)
    return value


class CaseDataRepository(Store):
    def _touch(self, case_id: str) -> None:
        """Any edit inside a case makes the case newer (bundles merge by updated_at)."""
        self.db.execute('UPDATE "case" SET updated_at = ? WHERE id = ?', [now_iso(), case_id])

    def _upsert(self, table: str, key: dict[str, Any], fields: dict[str, Any],
                case_id: str) -> str:
        where = " AND ".join(f"{k} = ?" for k in key)
        row = self.db.execute(f"SELECT id FROM {table} WHERE {where}", list(key.values())
                              ).fetchone()
        values = {k: _stored(v) for k, v in fields.items()}
        if row:
            self._update(table, row[0], values, case_id=case_id)
            row_id = row[0]
        else:
            row_id = self._insert(table, {**key, **values}, case_id=case_id)
        self._touch(case_id)
        return row_id

    # -- prior learning and evidence ------------------------------------------------
    def add_prior_learning(self, item: PriorLearning) -> PriorLearning:
        with write(self.db):
            self._insert("prior_learning", {
                "id": item.id, "case_id": item.case_id, "kind": str(item.kind),
                "title": item.title, "organisation": item.organisation, "country": item.country,
                "date_from": from_date(item.date_from), "date_to": from_date(item.date_to),
                "description": item.description}, case_id=item.case_id)
            self._touch(item.case_id)
        return item

    def update_prior_learning(self, item_id: str, case_id: str, **changes: Any) -> dict:
        with write(self.db):
            diff = self._update("prior_learning", item_id,
                                {k: _stored(v) for k, v in changes.items()}, case_id=case_id)
            self._touch(case_id)
        return diff

    def delete_prior_learning(self, item_id: str, case_id: str) -> None:
        with write(self.db):
            self._delete("prior_learning", item_id, case_id=case_id)
            self._touch(case_id)

    def prior_learning(self, case_id: str) -> list[PriorLearning]:
        evidence: dict[str | None, list[Evidence]] = {}
        for e in self.evidence(case_id):
            evidence.setdefault(e.prior_learning_id, []).append(e)
        return [PriorLearning(
            id=r["id"], case_id=r["case_id"], kind=PriorLearningKind(r["kind"]),
            title=r["title"], organisation=r["organisation"], country=r["country"],
            date_from=to_date(r["date_from"]), date_to=to_date(r["date_to"]),
            description=r["description"], evidence=tuple(evidence.get(r["id"], ())))
            for r in self.db.query("SELECT * FROM prior_learning WHERE case_id = ? "
                                   "ORDER BY coalesce(date_from, ''), created_at", [case_id])]

    def add_evidence(self, case_id: str, name: str, data: bytes,
                     prior_learning_id: str | None = None,
                     evidence_id: str | None = None) -> Evidence:
        """Store a file's bytes with their sha256; `evidence_id` restores a deleted file under
        its old id (assessments link to evidence by id)."""
        if len(data) > MAX_EVIDENCE_BYTES:
            raise KnownError(f"filen är för stor ({len(data) // (1024 * 1024)} MiB; högst "
                             f"{MAX_EVIDENCE_BYTES // (1024 * 1024)} MiB)", place=name)
        item = Evidence(name=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                        prior_learning_id=prior_learning_id,
                        **({"id": evidence_id} if evidence_id else {}))
        with write(self.db):
            self._insert("evidence", {
                "id": item.id, "case_id": case_id, "prior_learning_id": prior_learning_id,
                "name": name, "sha256": item.sha256, "size": item.size, "data": data},
                case_id=case_id)
            self._touch(case_id)
        return item

    def link_evidence(self, evidence_id: str, case_id: str,
                      prior_learning_id: str | None) -> None:
        """Attach a file to a prior-learning entry (or detach it with None)."""
        with write(self.db):
            self._update("evidence", evidence_id, {"prior_learning_id": prior_learning_id},
                         case_id=case_id)
            self._touch(case_id)

    def evidence(self, case_id: str) -> list[Evidence]:
        return [Evidence(id=r[0], name=r[1], sha256=r[2], size=r[3], prior_learning_id=r[4])
                for r in self.db.execute(
                    "SELECT id, name, sha256, size, prior_learning_id FROM evidence "
                    "WHERE case_id = ? ORDER BY created_at", [case_id])]

    def evidence_bytes(self, evidence_id: str) -> bytes:
        row = self.db.execute("SELECT data FROM evidence WHERE id = ?", [evidence_id]).fetchone()
        if row is None:
            raise KnownError("bevisfilen finns inte", place=evidence_id)
        return bytes(row[0])

    def delete_evidence(self, evidence_id: str, case_id: str) -> None:
        with write(self.db):
            self._delete("evidence", evidence_id, case_id=case_id)
            self._touch(case_id)

    # -- self-ratings and assessments -------------------------------------------------
    def set_self_rating(self, case_id: str, requirement_id: str,
                        level: SelfRatingLevel | None) -> None:
        with write(self.db):
            if level is None:
                row = self.db.execute("SELECT id FROM self_rating WHERE case_id = ? AND "
                                      "requirement_id = ?", [case_id, requirement_id]).fetchone()
                if row:
                    self._delete("self_rating", row[0], case_id=case_id)
                    self._touch(case_id)
                return
            self._upsert("self_rating", {"case_id": case_id, "requirement_id": requirement_id},
                         {"level": level}, case_id)

    def self_ratings(self, case_id: str) -> dict[str, SelfRating]:
        return {r["requirement_id"]: SelfRating(id=r["id"], case_id=case_id,
                                                requirement_id=r["requirement_id"],
                                                level=SelfRatingLevel(r["level"]))
                for r in self.db.query("SELECT * FROM self_rating WHERE case_id = ?", [case_id])}

    def set_assessment(self, case_id: str, requirement_id: str, **fields: Any) -> Assessment:
        """Create or change the assessment of one requirement; only the given fields change."""
        rules: RulesOfEvidence | None = fields.pop("rules", None)
        if rules is not None:
            fields.update(rule_valid=from_bool(rules.valid),
                          rule_sufficient=from_bool(rules.sufficient),
                          rule_authentic=from_bool(rules.authentic),
                          rule_current=from_bool(rules.current))
        with write(self.db):
            self._upsert("assessment", {"case_id": case_id, "requirement_id": requirement_id},
                         fields, case_id)
        return self.assessments(case_id)[requirement_id]

    def delete_assessment(self, case_id: str, requirement_id: str) -> None:
        with write(self.db):
            row = self.db.execute("SELECT id FROM assessment WHERE case_id = ? AND "
                                  "requirement_id = ?", [case_id, requirement_id]).fetchone()
            if row:
                self._delete("assessment", row[0], case_id=case_id)
                self._touch(case_id)

    def assessments(self, case_id: str) -> dict[str, Assessment]:
        return {r["requirement_id"]: _assessment(r) for r in
                self.db.query("SELECT * FROM assessment WHERE case_id = ?", [case_id])}

    # -- unit decisions ----------------------------------------------------------------
    def set_unit_decision(self, case_id: str, unit_id: str, outcome: UnitOutcome | None,
                          reason: str = "") -> None:
        """Override a unit's proposed outcome (a reason is required); None removes it."""
        with write(self.db):
            if outcome is None:
                row = self.db.execute("SELECT id FROM unit_decision WHERE case_id = ? AND "
                                      "unit_id = ?", [case_id, unit_id]).fetchone()
                if row:
                    self._delete("unit_decision", row[0], case_id=case_id)
                    self._touch(case_id)
                return
            UnitDecision(case_id, unit_id, outcome, reason)  # validates the reason
            self._upsert("unit_decision", {"case_id": case_id, "unit_id": unit_id},
                         {"outcome": outcome, "reason": reason}, case_id)

    def unit_decisions(self, case_id: str) -> dict[str, UnitDecision]:
        return {r["unit_id"]: UnitDecision(id=r["id"], case_id=case_id, unit_id=r["unit_id"],
                                           outcome=UnitOutcome(r["outcome"]), reason=r["reason"])
                for r in self.db.query("SELECT * FROM unit_decision WHERE case_id = ?",
                                       [case_id])}

    # -- plan ----------------------------------------------------------------------------
    def plan_header(self, case_id: str) -> dict[str, Any]:
        row = self.db.execute("SELECT pace, starts_on, agreed_on, providers, framework_versions "
                              "FROM plan WHERE case_id = ?", [case_id]).fetchone()
        if row is None:
            default = self.db.execute("SELECT value FROM setting WHERE key = 'plan.default_pace'"
                                      ).fetchone()
            return {"pace": int(default[0]) if default else 100, "starts_on": None,
                    "agreed_on": None, "providers": "", "framework_versions": []}
        return {"pace": row[0], "starts_on": to_date(row[1]), "agreed_on": to_date(row[2]),
                "providers": row[3], "framework_versions": json.loads(row[4])}

    def set_plan_header(self, case_id: str, **fields: Any) -> None:
        if "framework_versions" in fields:
            fields["framework_versions"] = json.dumps(list(fields["framework_versions"]),
                                                      ensure_ascii=False)
        with write(self.db):
            exists = self.db.execute("SELECT 1 FROM plan WHERE case_id = ?", [case_id]).fetchone()
            values = {k: _stored(v) for k, v in fields.items()}
            if exists:
                self._update_plan(case_id, values)
            else:
                stamp = now_iso()
                self.db["plan"].insert({"case_id": case_id, **values, "created_at": stamp,
                                        "updated_at": stamp})
            self._touch(case_id)

    def _update_plan(self, case_id: str, values: dict[str, Any]) -> None:
        old = self.db["plan"].get(case_id)
        for field, value in values.items():
            if old[field] != value:
                self._audit_change("plan", case_id, field, old[field], value)
        self.db["plan"].update(case_id, {**values, "updated_at": now_iso()})

    def _audit_change(self, entity: str, case_id: str, field: str, old: Any, new: Any) -> None:
        from koll_desktop.domain.enums import AuditAction

        self._audit(AuditAction.UPDATE, entity, case_id, field=field, old=old, new=new,
                    case_id=case_id)

    def plan_rows(self, case_id: str) -> list[PlanRow]:
        return [PlanRow(
            id=r["id"], case_id=case_id, unit_id=r["unit_id"], title=r["title"],
            outcome=UnitOutcome(r["outcome"]) if r["outcome"] else None,
            credit_form=CreditForm(r["credit_form"]) if r["credit_form"] else None,
            provider=r["provider"], starts_on=to_date(r["starts_on"]),
            ends_on=to_date(r["ends_on"]), note=r["note"], forced=bool(r["forced"]),
            excluded_reason=r["excluded_reason"])
            for r in self.db.query("SELECT * FROM plan_row WHERE case_id = ? "
                                   "ORDER BY position, created_at", [case_id])]

    def set_plan_row(self, case_id: str, unit_id: str | None, **fields: Any) -> str:
        """The counsellor's edit of the row for a unit (created when first edited)."""
        with write(self.db):
            if unit_id is None:
                return self._insert("plan_row", {"case_id": case_id, **{
                    k: _stored(v) for k, v in fields.items()}}, case_id=case_id)
            return self._upsert("plan_row", {"case_id": case_id, "unit_id": unit_id},
                                fields, case_id)

    def set_forced(self, case_id: str, forced: dict[str, bool]) -> None:
        """The 'forced' mark of several units' rows in one commit (choosing one alternative
        of a group takes it from the others)."""
        with write(self.db):
            for unit_id, value in forced.items():
                self.set_plan_row(case_id, unit_id, forced=value)

    def update_plan_row(self, row_id: str, case_id: str, **fields: Any) -> dict:
        with write(self.db):
            diff = self._update("plan_row", row_id, {k: _stored(v) for k, v in fields.items()},
                                case_id=case_id)
            self._touch(case_id)
        return diff

    def delete_plan_row(self, row_id: str, case_id: str) -> None:
        with write(self.db):
            self._delete("plan_row", row_id, case_id=case_id)
            self._touch(case_id)

    # -- documents handed over -------------------------------------------------------------
    def record_document(self, case_id: str, kind: str, handed_over_on: date,
                        file_name: str = "") -> str:
        """Note that a printed document was given to the individual (the documentation step)."""
        with write(self.db):
            row_id = self._insert("document_issued", {
                "case_id": case_id, "kind": kind, "handed_over_on": handed_over_on.isoformat(),
                "file_name": file_name}, case_id=case_id)
            self._touch(case_id)
        return row_id

    def delete_document(self, document_id: str, case_id: str) -> None:
        with write(self.db):
            self._delete("document_issued", document_id, case_id=case_id)
            self._touch(case_id)

    def documents(self, case_id: str) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT id, kind, handed_over_on, file_name FROM "
                                  "document_issued WHERE case_id = ? ORDER BY handed_over_on",
                                  [case_id]))

    def documents_handed_over(self, case_id: str) -> int:
        return self.db.execute("SELECT count(*) FROM document_issued WHERE case_id = ?",
                               [case_id]).fetchone()[0]

    # -- follow-up -----------------------------------------------------------------------
    def set_follow_up(self, case_id: str, months: int, outcome: FollowUpOutcome,
                      recorded_on: date | None = None, note: str = "") -> None:
        if months not in (3, 6):
            raise ValueError("follow-up is at 3 or 6 months")
        with write(self.db):
            self._upsert("follow_up", {"case_id": case_id, "months": months},
                         {"outcome": outcome, "recorded_on": recorded_on, "note": note}, case_id)

    def delete_follow_up(self, case_id: str, months: int) -> None:
        with write(self.db):
            row = self.db.execute("SELECT id FROM follow_up WHERE case_id = ? AND months = ?",
                                  [case_id, months]).fetchone()
            if row:
                self._delete("follow_up", row[0], case_id=case_id)
                self._touch(case_id)

    def follow_ups(self, case_id: str) -> list[FollowUp]:
        return [FollowUp(id=r["id"], case_id=case_id, months=r["months"],
                         outcome=FollowUpOutcome(r["outcome"]),
                         recorded_on=to_date(r["recorded_on"]), note=r["note"])
                for r in self.db.query("SELECT * FROM follow_up WHERE case_id = ? "
                                       "ORDER BY months", [case_id])]


def _assessment(r: dict[str, Any]) -> Assessment:
    return Assessment(
        id=r["id"], case_id=r["case_id"], requirement_id=r["requirement_id"],
        status=AssessmentStatus(r["status"]),
        methods=tuple(AssessmentMethod(m) for m in json.loads(r["methods"])),
        evidence_ids=tuple(json.loads(r["evidence_ids"])),
        rules=RulesOfEvidence(to_bool(r["rule_valid"]), to_bool(r["rule_sufficient"]),
                              to_bool(r["rule_authentic"]), to_bool(r["rule_current"])),
        assessor=r["assessor"], assessed_on=to_date(r["assessed_on"]), rationale=r["rationale"])
