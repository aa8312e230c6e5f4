"""Reading the audit trail: a case's events in time order, as domain objects, without the
text of notes."""

from __future__ import annotations

from koll_desktop.domain.case import AuditEvent, Case, Person
from koll_desktop.domain.enums import AssessmentStatus, AuditAction, CaseStatus
from koll_desktop.storage.audit import AuditRepository
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.library import LibraryRepository

SECRET = "Berättade om sin diagnos och om skulder"


def _case(db, reference="K-2026-0001"):
    return CaseRepository(db).case(reference)


def test_for_case_returns_the_events_in_time_order_as_domain_objects(demo_db):
    case = _case(demo_db)
    repo = CaseRepository(demo_db, actor="lena")
    repo.update_case(case.id, goal=SECRET)
    repo.update_case(case.id, status=CaseStatus.PLAN)

    events = AuditRepository(demo_db).for_case(case.id)

    assert events and all(isinstance(e, AuditEvent) for e in events)
    assert all(isinstance(e.action, AuditAction) for e in events)
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert {e.case_id for e in events} == {case.id}
    goal, status = events[-2], events[-1]
    assert (goal.actor, goal.action, goal.entity, goal.field_name) == (
        "lena", AuditAction.UPDATE, "case", "goal")
    assert (goal.old, goal.new) == ("(text)", "(text)")  # never the note itself
    assert (status.field_name, status.old, status.new) == ("status", "assessment", "plan")
    assert events[0].action == AuditAction.CREATE and events[0].entity == "case"
    assert not any(SECRET in f"{e.old}{e.new}" for e in events)


def test_contact_details_and_personnummer_are_not_copied_into_the_trail(demo_db):
    case = _case(demo_db)
    repo = CaseRepository(demo_db)
    repo.update_person(case.person_id, email="amina.ny@example.org", phone="070-123 45 67",
                       personnummer="198112189876")

    events = {e.field_name: e for e in AuditRepository(demo_db).for_person(case.person_id)
              if e.action == AuditAction.UPDATE}

    assert set(events) == {"email", "phone", "personnummer"}  # that they changed is kept
    assert {(e.old, e.new) for e in events.values()} <= {("(text)", "(text)"), ("", "(text)")}
    stored = "".join(f"{e.old}{e.new}" for e in events.values())
    assert "example.org" not in stored and "45 67" not in stored and "9876" not in stored
    assert repo.person(case.person_id).email == "amina.ny@example.org"  # the record has it


def test_events_in_the_same_microsecond_keep_the_order_they_were_written(db):
    repo = CaseRepository(db)
    person = repo.add_person(Person("Test", "Person"))
    case = repo.add_case(Case(reference="K-2026-0001", person_id=person.id))
    for field in ("counsellor", "organisation", "consent_method"):
        db.execute("INSERT INTO audit_event (id, at, actor, action, entity, entity_id, field, "
                   "case_id) VALUES (?, '2030-01-01T00:00:00+00:00', 'x', 'update', 'case', ?,"
                   " ?, ?)", [field, case.id, field, case.id])
    fields = [e.field_name for e in AuditRepository(db).for_case(case.id)]
    assert fields == ["", "counsellor", "organisation", "consent_method"]


def test_the_person_s_own_events_come_with_the_case_when_asked(demo_db):
    case = _case(demo_db)
    CaseRepository(demo_db).update_person(case.person_id, email="amina@example.org")
    audit = AuditRepository(demo_db)

    assert not any(e.entity == "person" for e in audit.for_case(case.id))
    with_person = audit.for_case(case.id, with_person=True)
    assert [e.at for e in with_person] == sorted(e.at for e in with_person)
    person_events = [e for e in with_person if e.entity == "person"]
    assert [(e.action, e.field_name) for e in person_events] == [
        (AuditAction.CREATE, ""), (AuditAction.UPDATE, "email")]
    assert audit.for_person(case.person_id) == person_events
    other = _case(demo_db, "K-2026-0002")
    assert all(e.entity_id != case.person_id for e in audit.for_case(other.id,
                                                                     with_person=True))


def test_names_tell_which_requirement_file_and_framework_an_event_is_about(demo_db):
    case = _case(demo_db)
    framework = LibraryRepository(demo_db).find_framework("EX-USK")
    requirement = framework.requirements[0]
    data = CaseDataRepository(demo_db)
    data.set_assessment(case.id, requirement.id, status=AssessmentStatus.MET)
    data.set_assessment(case.id, requirement.id, status=AssessmentStatus.PARTLY)
    audit = AuditRepository(demo_db)
    names = audit.names(case.id)

    assessment = data.assessments(case.id)[requirement.id]
    assert names[assessment.id] == f"EX-USK {requirement.code}"
    assert names[framework.id] == f"EX-USK {framework.version}"
    evidence = data.evidence(case.id)
    assert evidence and names[evidence[0].id] == evidence[0].name
    last = audit.for_case(case.id)[-1]
    assert (last.entity_id, last.field_name, last.new) == (assessment.id, "status", "partly")


def test_an_unknown_case_has_no_events(demo_db):
    assert AuditRepository(demo_db).for_case("no-such-case", with_person=True) == []
    assert AuditRepository(demo_db).names("no-such-case")  # frameworks only


def test_events_written_before_lose_the_personal_values_when_the_database_is_migrated(
        data_paths, monkeypatch):
    from koll_desktop.storage import migrations as schema
    from koll_desktop.storage.db import open_db

    every_step = schema.steps()
    before = [step for step in every_step if step[0] < "0004"]
    monkeypatch.setattr(schema, "_STEPS", before)  # a database of yesterday's version
    old = open_db(data_paths.database)
    for action, entity, field, was, now in (
            ("update", "person", "email", "", "amina@example.org"),
            ("update", "person", "personnummer", "198203149821", "198203149822"),
            ("update", "prior_learning", "organisation", "Kirunavägens hemtjänst", ""),
            ("update", "case", "status", "assessment", "plan"),
            ("erase", "person", "", "a1b2", "")):
        old.execute("INSERT INTO audit_event (id, at, actor, action, entity, entity_id, field,"
                    " old, new) VALUES (?, '2026-01-01', 'lena', ?, ?, 'x', ?, ?, ?)",
                    [f"{entity}.{field}.{action}", action, entity, field, was, now])
    old.close()
    monkeypatch.setattr(schema, "_STEPS", every_step)

    db = open_db(data_paths.database, backup_dir=data_paths.backups)  # migrates

    kept = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, old, new FROM audit_event")}
    assert kept["person.email.update"] == ("", "(text)")
    assert kept["person.personnummer.update"] == ("(text)", "(text)")
    assert kept["prior_learning.organisation.update"] == ("(text)", "")
    assert kept["case.status.update"] == ("assessment", "plan")  # not about the person
    assert kept["person..erase"] == ("a1b2", "")  # the erasure's own hash stays
    db.close()
