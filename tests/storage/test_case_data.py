"""Recording inside a case: each edit commits, touches the case and is audited."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from koll_desktop.domain.case import Case, Person, PriorLearning, RulesOfEvidence
from koll_desktop.domain.enums import (
    AssessmentMethod,
    AssessmentStatus,
    FollowUpOutcome,
    PriorLearningKind,
    SelfRatingLevel,
    UnitOutcome,
)
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.library import LibraryRepository


@pytest.fixture
def setup(demo_db):
    cases = CaseRepository(demo_db, "Lena Berg")
    person = cases.add_person(Person(given_name="Test", family_name="Person"))
    voxabn = LibraryRepository(demo_db).find_framework("VOXABN")
    case = cases.add_case(Case(reference="K-2026-0100", person_id=person.id,
                               framework_ids=(voxabn.id,)))
    return CaseDataRepository(demo_db, "Lena Berg"), case, voxabn, demo_db


def test_assessment_upsert_changes_only_given_fields(setup):
    data, case, voxabn, db = setup
    req = voxabn.units[0].requirements[0]
    data.set_assessment(case.id, req.id, status=AssessmentStatus.PARTLY,
                        methods=(AssessmentMethod.INTERVIEW,), rationale="Berättade väl",
                        rules=RulesOfEvidence(valid=True, sufficient=False))
    after = data.set_assessment(case.id, req.id, status=AssessmentStatus.MET)
    assert after.status is AssessmentStatus.MET
    assert after.methods == (AssessmentMethod.INTERVIEW,)
    assert after.rationale == "Berättade väl"
    assert after.rules == RulesOfEvidence(valid=True, sufficient=False)
    assert db["assessment"].count_where("case_id = ?", [case.id]) == 1
    statuses = [e["new"] for e in db.query(
        "SELECT new FROM audit_event WHERE entity='assessment' AND field='status' "
        "ORDER BY at")]
    assert statuses == ["met"]


def test_every_edit_makes_the_case_newer(setup):
    data, case, voxabn, _ = setup
    before = CaseRepository(setup[3]).case(case.id).updated_at
    data.set_self_rating(case.id, voxabn.requirements[1].id, SelfRatingLevel.WELL)
    assert CaseRepository(setup[3]).case(case.id).updated_at > before
    assert data.self_ratings(case.id)[voxabn.requirements[1].id].level is SelfRatingLevel.WELL
    data.set_self_rating(case.id, voxabn.requirements[1].id, None)
    assert data.self_ratings(case.id) == {}


def test_evidence_is_stored_with_its_hash(setup):
    data, case, _, _ = setup
    item = data.add_prior_learning(PriorLearning(case_id=case.id, kind=PriorLearningKind.WORK,
                                                 title="Vårdbiträde", date_from=date(2020, 1, 1)))
    content = "Intyg från arbetsgivaren\n".encode()
    evidence = data.add_evidence(case.id, "intyg.txt", content, item.id)
    assert evidence.sha256 == hashlib.sha256(content).hexdigest()
    assert data.evidence_bytes(evidence.id) == content
    assert data.prior_learning(case.id)[0].evidence == (evidence,)


def test_unit_override_needs_a_reason(setup):
    data, case, voxabn, _ = setup
    unit = voxabn.units[0]
    with pytest.raises(ValueError, match="motivering"):
        data.set_unit_decision(case.id, unit.id, UnitOutcome.CREDITED, "  ")
    assert data.unit_decisions(case.id) == {}
    data.set_unit_decision(case.id, unit.id, UnitOutcome.CREDITED, "Betyg från 2012")
    assert data.unit_decisions(case.id)[unit.id].reason == "Betyg från 2012"


def test_plan_row_edits_and_follow_up(setup):
    data, case, voxabn, _ = setup
    unit = voxabn.units[2]
    data.set_plan_row(case.id, unit.id, provider="Komvux Exempelby",
                      starts_on=date(2027, 1, 11))
    data.set_plan_row(case.id, unit.id, note="Kvällskurs")
    data.set_plan_row(case.id, None, title="Praktik på äldreboende", provider="Exempelby")
    rows = data.plan_rows(case.id)
    assert [(r.unit_id, r.provider, r.note) for r in rows] == [
        (unit.id, "Komvux Exempelby", "Kvällskurs"), (None, "Exempelby", "")]
    data.set_follow_up(case.id, 3, FollowUpOutcome.EMPLOYED, date(2027, 4, 1))
    data.set_follow_up(case.id, 3, FollowUpOutcome.STUDIES, date(2027, 4, 2))
    assert [(f.months, f.outcome) for f in data.follow_ups(case.id)] == [
        (3, FollowUpOutcome.STUDIES)]
    with pytest.raises(ValueError):
        data.set_follow_up(case.id, 4, FollowUpOutcome.OTHER)
