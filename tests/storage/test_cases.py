"""Persons and cases: committed edits, audit trail, FTS search."""

from __future__ import annotations

from datetime import date

import pytest

from koll_desktop.domain.case import Case, Person
from koll_desktop.domain.enums import CaseStatus
from koll_desktop.errors import KnownError
from koll_desktop.storage.cases import CaseRepository


@pytest.fixture
def repo(db):
    return CaseRepository(db, actor="Lena Berg")


def _person(repo, given="Åsa", family="Öberg", pnr="198203149821"):
    return repo.add_person(Person(given_name=given, family_name=family, personnummer=pnr))


def test_case_round_trip_and_reference_sequence(repo):
    person = _person(repo)
    first = repo.add_case(Case(reference=repo.next_reference(2026), person_id=person.id,
                               goal="Undersköterska", retention_until=date(2028, 1, 31)))
    second = repo.add_case(Case(reference=repo.next_reference(2026), person_id=person.id))
    assert (first.reference, second.reference) == ("K-2026-0001", "K-2026-0002")
    loaded = repo.case("K-2026-0001")
    assert loaded.id == first.id and loaded.goal == "Undersköterska"
    assert loaded.retention_until == date(2028, 1, 31)
    assert loaded.status is CaseStatus.INTAKE


def test_updates_commit_and_write_the_audit_trail_without_free_text(repo, db):
    person = _person(repo)
    case = repo.add_case(Case(reference="K-2026-0001", person_id=person.id))
    repo.update_case(case.id, status=CaseStatus.PLAN, goal="Hemlig fritext om målet")
    assert db.conn.in_transaction is False  # committed at once
    events = list(db.query("SELECT * FROM audit_event WHERE case_id = ? AND action = 'update' "
                           "ORDER BY field", [case.id]))
    by_field = {e["field"]: e for e in events}
    assert by_field["status"]["old"] == "intake" and by_field["status"]["new"] == "plan"
    assert by_field["status"]["actor"] == "Lena Berg"
    assert by_field["goal"]["new"] == "(text)"
    all_text = " ".join(str(v) for e in db.query("SELECT * FROM audit_event") for v in e.values())
    assert "Hemlig" not in all_text


def test_an_update_that_changes_nothing_writes_nothing(repo, db):
    case = repo.add_case(Case(reference="K-2026-0001", person_id=_person(repo).id))
    before = db["audit_event"].count
    assert repo.update_case(case.id, status=CaseStatus.INTAKE) == {}
    assert db["audit_event"].count == before


@pytest.mark.parametrize("typed", ["öberg", "Åsa", "åsa öb", "198203149821", "19820314-9821",
                                   "820314-9821", "8203149821", "820314", "K-2026-0007",
                                   "2026-0007"])
def test_search_finds_person_by_name_personnummer_or_reference(repo, typed):
    other = _person(repo, "Erik", "Lindqvist", "197605099816")
    repo.add_case(Case(reference="K-2026-0001", person_id=other.id))
    person = _person(repo)
    repo.add_case(Case(reference="K-2026-0007", person_id=person.id))
    found = [s.reference for s in repo.summaries(typed)]
    assert found == ["K-2026-0007"]


def test_search_follows_a_changed_name(repo):
    person = _person(repo)
    repo.add_case(Case(reference="K-2026-0001", person_id=person.id))
    repo.update_person(person.id, family_name="Nyberg")
    assert [s.reference for s in repo.summaries("nyberg")] == ["K-2026-0001"]
    assert repo.summaries("öberg") == []


def test_invalid_personnummer_is_refused_and_nothing_changes(repo):
    person = _person(repo)
    with pytest.raises(ValueError, match="kontrollsiffra"):
        repo.update_person(person.id, personnummer="198203149822")
    assert repo.person(person.id).personnummer == "198203149821"


def test_filters_by_status_counsellor_and_framework(demo_db):
    repo = CaseRepository(demo_db)
    assert {s.status for s in repo.summaries(status="plan")} == {CaseStatus.PLAN}
    assert all(s.counsellor == "Omar Said" for s in repo.summaries(counsellor="Omar Said"))
    with_usk = repo.summaries(framework_code="EX-USK")
    assert with_usk and all("EX-USK" in s.frameworks for s in with_usk)
    assert len(repo.summaries(limit=2)) == 2


def test_disk_full_during_an_edit_is_one_clear_message_and_loses_nothing(repo, db):
    person = _person(repo)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(KnownError, match="disken är full"):
        repo.add_person(Person(given_name="Stor", family_name="Post",
                               accessibility_needs="x" * 200_000))
    db.execute("PRAGMA max_page_count = 1073741823")
    assert [p["given_name"] for p in db.query("SELECT given_name FROM person")] == ["Åsa"]
    assert repo.person(person.id).family_name == "Öberg"


def test_read_only_database_during_an_edit_is_one_clear_message(repo, db):
    person = _person(repo)
    db.execute("PRAGMA query_only = ON")
    with pytest.raises(KnownError, match="skrivskyddad"):
        repo.update_person(person.id, family_name="Nyberg")
    db.execute("PRAGMA query_only = OFF")
    assert repo.person(person.id).family_name == "Öberg"


def test_next_reference_counts_past_9999(repo):
    person = _person(repo)
    for number in (9998, 9999, 10000):
        repo.add_case(Case(reference=f"K-2026-{number:04d}", person_id=person.id))
    repo.add_case(Case(reference="K-2026-0005-2", person_id=person.id))  # a renamed import
    assert repo.next_reference(2026) == "K-2026-10001"
