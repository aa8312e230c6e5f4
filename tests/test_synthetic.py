"""The synthetic data generator: right counts, valid and unique data, deterministic, searchable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from koll_desktop.domain import personnummer
from koll_desktop.domain.enums import AssessmentStatus, CaseStatus, Gender
from koll_desktop.services.demo import load_bundled_library
from koll_desktop.services.synthetic import GeneratedCounts, generate
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import open_db

# The generated rows, with library ids (random on every import) shown as codes.
DUMPS = {
    "person": "SELECT * FROM person ORDER BY id",
    "case": 'SELECT * FROM "case" ORDER BY id',
    "case_framework": "SELECT cf.case_id, f.code, cf.position FROM case_framework cf "
                      "JOIN framework f ON f.id = cf.framework_id ORDER BY 1, 3",
    "assessment": "SELECT a.id, a.case_id, r.code, a.status, a.methods, a.evidence_ids, "
                  "a.rule_valid, a.rule_sufficient, a.rule_authentic, a.rule_current, "
                  "a.assessor, a.assessed_on, a.rationale, a.created_at, a.updated_at "
                  "FROM assessment a JOIN requirement r ON r.id = a.requirement_id "
                  "ORDER BY a.id",
    "person_search": "SELECT rowid, * FROM person_search ORDER BY rowid",
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple:
    """One database with 500 generated persons, shared by the read-only tests."""
    path = tmp_path_factory.mktemp("synthetic") / "koll.sqlite3"
    db = open_db(path)
    load_bundled_library(db)
    audit_before = _count(db, "audit_event")
    counts = generate(db, 500, seed=3)
    yield db, counts, audit_before
    db.close()


def _count(db, table: str) -> int:
    return db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def _dump(path: Path) -> dict[str, list]:
    db = open_db(path)
    try:
        return {table: db.execute(sql).fetchall() for table, sql in DUMPS.items()}
    finally:
        db.close()


def test_counts_are_right(generated):
    db, counts, _ = generated
    assert counts == GeneratedCounts(
        persons=500, cases=_count(db, "case"), case_frameworks=_count(db, "case_framework"),
        assessments=_count(db, "assessment"))
    assert _count(db, "person") == _count(db, "person_search") == 500
    assert 500 < counts.cases < 600  # about one a person, some have two
    assert counts.case_frameworks > counts.cases  # some cases target two frameworks
    assert counts.assessments > 0


def test_no_audit_events_and_consistent_rows(generated):
    db, _, audit_before = generated
    assert _count(db, "audit_event") == audit_before
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # restored after loading


def test_every_personnummer_is_a_valid_test_number(generated):
    db, _, _ = generated
    rows = db.execute("SELECT personnummer, birth_year, gender FROM person").fetchall()
    with_number = [r for r in rows if r[0]]
    assert len(with_number) > 0.9 * len(rows)
    assert len({r[0] for r in with_number}) == len(with_number)
    for number, birth_year, gender in with_number:
        result = personnummer.check(number)
        assert result.ok and result.normalized == number, number
        assert 980 <= int(number[8:11]) <= 999  # Skatteverket's serials for test persons
        assert result.birth_date.year == birth_year
        if gender in (Gender.WOMAN, Gender.MAN):
            assert int(number[10]) % 2 == (gender == Gender.MAN), number


def test_persons_look_real(generated):
    db, _, _ = generated
    birth_years = [r[0] for r in db.execute("SELECT birth_year FROM person")]
    assert min(birth_years) >= 1958 and max(birth_years) <= 2007
    assert {r[0] for r in db.execute("SELECT DISTINCT gender FROM person")} == set(Gender)
    names = " ".join(r[0] for r in db.execute(
        "SELECT given_name || ' ' || family_name FROM person"))
    assert re.search("[åäöÅÄÖ]", names)


def test_references_are_unique_and_well_formed(generated):
    db, _, _ = generated
    references = [r[0] for r in db.execute('SELECT reference FROM "case"')]
    assert len(set(references)) == len(references)
    assert all(re.fullmatch(r"K-202[4-6]-\d{4,}", r) for r in references)


def test_cases_cover_every_status_and_are_dated_in_order(generated):
    db, _, _ = generated
    statuses = {r[0] for r in db.execute('SELECT DISTINCT status FROM "case"')}
    assert statuses == {s.value for s in CaseStatus}
    rows = db.execute('SELECT created_at, updated_at, consent_date FROM "case"').fetchall()
    assert all("2024-01-01" <= created <= updated < "2027" for created, updated, _ in rows)
    assert all(consent is None or consent == created[:10] for created, _, consent in rows)
    counsellors = {r[0] for r in db.execute('SELECT DISTINCT counsellor FROM "case"')}
    assert 15 <= len(counsellors) <= 25


def test_assessments_belong_to_assessed_cases_and_their_frameworks(generated):
    db, _, _ = generated
    early = (CaseStatus.INTAKE, CaseStatus.MAPPING, CaseStatus.SELF_ASSESSMENT)
    assert db.execute(
        'SELECT count(*) FROM assessment a JOIN "case" c ON c.id = a.case_id '
        "WHERE c.status IN (?, ?, ?)", [str(s) for s in early]).fetchone()[0] == 0
    assert db.execute(
        "SELECT count(*) FROM assessment a JOIN requirement r ON r.id = a.requirement_id "
        "WHERE NOT EXISTS (SELECT 1 FROM case_framework cf WHERE cf.case_id = a.case_id "
        "AND cf.framework_id = r.framework_id)").fetchone()[0] == 0
    statuses = {r[0] for r in db.execute("SELECT DISTINCT status FROM assessment")}
    assert statuses == {str(AssessmentStatus.MET), str(AssessmentStatus.PARTLY),
                        str(AssessmentStatus.NOT_MET)}
    assert db.execute("SELECT count(*) FROM assessment WHERE assessor = '' "
                      "OR assessed_on IS NULL").fetchone()[0] == 0


def test_search_finds_a_generated_person_every_way(generated):
    db, _, _ = generated
    given, family, number, reference = db.execute(
        'SELECT p.given_name, p.family_name, p.personnummer, c.reference FROM person p '
        "JOIN \"case\" c ON c.person_id = p.id WHERE p.personnummer != '' "
        "ORDER BY c.reference LIMIT 1 OFFSET 17").fetchone()
    repo = CaseRepository(db)
    typed = (f"{given} {family}", family, number, number[2:],
             f"{number[:8]}-{number[8:]}", f"{number[2:8]}-{number[8:]}", reference)
    for text in typed:
        found = [s.reference for s in repo.summaries(text)]
        assert reference in found, text


def test_search_index_rows_use_the_persons_rowid(generated):
    db, _, _ = generated
    assert db.execute("SELECT count(*) FROM person_search s JOIN person p "
                      "ON p.rowid = s.rowid AND p.id = s.person_id").fetchone()[0] == 500


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    paths = [tmp_path / name / "koll.sqlite3" for name in ("a", "b", "c")]
    for path, seed in zip(paths, (5, 5, 6), strict=True):
        path.parent.mkdir()
        db = open_db(path)
        generate(db, 60, seed=seed)
        db.close()
    first, second, other = (_dump(p) for p in paths)
    assert first == second
    assert first["person"] != other["person"]


def test_a_second_run_adds_to_the_same_database(db):
    first = generate(db, 40, seed=1)
    second = generate(db, 40, seed=1)
    assert _count(db, "person") == 80
    assert _count(db, "case") == first.cases + second.cases
    references = [r[0] for r in db.execute('SELECT reference FROM "case"')]
    assert len(set(references)) == len(references)
    numbers = [r[0] for r in db.execute("SELECT personnummer FROM person "
                                        "WHERE personnummer != ''")]
    assert len(set(numbers)) == len(numbers)
