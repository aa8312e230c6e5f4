"""A case that reaches a desk both pseudonymised and in full is kept once (DESIGN §5): the
pseudonymised copy of a case that is here in full is not read in; the full case replaces
its pseudonymised copy. Nothing erased or purged here comes back through the other copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from koll_desktop.services.bundles import (
    export_cases,
    import_bundle,
    pseudonymous_id,
)
from koll_desktop.services.person_data import erase_person, find_person
from koll_desktop.services.summary_data import gather
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from tests.old_bundles import as_before_copies_were_known

DEMO_REFS = [f"K-2026-000{n}" for n in range(1, 6)]
SAME = "K-2026-0001 finns redan här; paketets kopia är samma ärende utan personuppgifter " \
       "och lästes inte in"
REPLACED = "K-2026-0001 fanns här som kopia utan personuppgifter; ersattes av paketets " \
           "ärende med personuppgifter (samma ärende)"


@pytest.fixture
def bundles(demo_db, tmp_path) -> tuple[Path, Path]:
    """(full, pseudonymised) bundles of the five demo cases, as they are now."""
    return (export_cases(demo_db, DEMO_REFS, tmp_path / "alla.kollcase"),
            export_cases(demo_db, DEMO_REFS, tmp_path / "p.kollcase", pseudonymise=True))


def _references(db) -> list[str]:
    return sorted(r[0] for r in db.execute('SELECT reference FROM "case"'))


def _counts(db) -> dict[str, int]:
    return {t: db[t].count for t in ("person", "case", "prior_learning", "assessment",
                                     "audit_event")}


def test_a_pseudonymised_copy_of_cases_here_in_full_is_not_read_in(other_desk, bundles):
    full, pseudonymised = bundles
    import_bundle(other_desk, full)
    before = _counts(other_desk)

    report = import_bundle(other_desk, pseudonymised)

    assert report.added == report.updated == report.unchanged == report.conflicts == []
    assert SAME in report.lines() and len(report.same_case) == 5
    assert not any("konflikt" in line or "annat ärende" in line for line in report.lines())
    assert _references(other_desk) == DEMO_REFS and _counts(other_desk) == before
    assert gather(other_desk).kpis.cases == 5 and gather(other_desk).kpis.persons == 5
    assert CaseRepository(other_desk).person(CaseRepository(other_desk).case(
        "K-2026-0001").person_id).family_name == "Hassan"


def test_the_full_case_replaces_its_pseudonymised_copy(demo_db, other_desk, bundles):
    full, pseudonymised = bundles
    import_bundle(other_desk, pseudonymised)
    copy_ids = {pseudonymous_id(CaseRepository(demo_db).case(r).id) for r in DEMO_REFS}
    assert {r[0] for r in other_desk.execute('SELECT id FROM "case"')} == copy_ids

    report = import_bundle(other_desk, full)

    assert sorted(report.updated) == DEMO_REFS and not report.added and not report.conflicts
    assert REPLACED in report.lines()
    assert _references(other_desk) == DEMO_REFS
    assert gather(other_desk).kpis.cases == 5 and gather(other_desk).kpis.persons == 5
    # Nothing of the copies is left: no row, no audit event, no person, no search row.
    for case_id in copy_ids:
        assert other_desk.execute("SELECT count(*) FROM audit_event WHERE case_id = ? OR "
                            "entity_id = ?", [case_id, case_id]).fetchone()[0] == 0
    assert other_desk["person"].count == 5 and other_desk["person_search"].count == 5
    assert other_desk.execute("SELECT count(*) FROM person WHERE given_name = 'Person'"
                        ).fetchone()[0] == 0
    assert [s.reference for s in CaseRepository(other_desk).summaries("Hassan")] == ["K-2026-0001"]
    amina = CaseRepository(other_desk).case("K-2026-0001")
    assert amina.goal == "Undersköterska i hemtjänsten"
    assert [e.name for e in CaseDataRepository(other_desk).evidence(amina.id)] == [
        "arbetsgivarintyg.txt"]
    # And the copy, sent once more, now meets the full case.
    again = import_bundle(other_desk, pseudonymised)
    assert SAME in again.lines() and not again.added and _references(other_desk) == DEMO_REFS


def test_a_newer_pseudonymised_copy_is_kept_over_an_older_full_case(demo_db, other_desk,
                                                                    tmp_path):
    old_full = export_cases(demo_db, ["K-2026-0001"], tmp_path / "gammal.kollcase")
    repo = CaseRepository(demo_db)
    repo.update_case(repo.case("K-2026-0001").id, status="plan")
    import_bundle(other_desk, export_cases(demo_db, ["K-2026-0001"], tmp_path / "ny.kollcase",
                                     pseudonymise=True))

    report = import_bundle(other_desk, old_full)

    assert report.conflicts == [
        "K-2026-0001: finns här som kopia utan personuppgifter, nyare än ärendet i paketet; "
        "kopian behölls och paketets ärende lästes inte in"]
    assert not report.added and not report.updated and _references(other_desk) == ["K-2026-0001"]
    assert CaseRepository(other_desk).case("K-2026-0001").status == "plan"
    assert other_desk.execute("SELECT count(*) FROM person WHERE family_name = 'Hassan'"
                        ).fetchone()[0] == 0


def test_a_newer_copy_does_not_update_the_full_case_but_says_it_is_newer(demo_db, other_desk,
                                                                         tmp_path):
    import_bundle(other_desk, export_cases(demo_db, ["K-2026-0001"], tmp_path / "a.kollcase"))
    repo = CaseRepository(demo_db)
    repo.update_case(repo.case("K-2026-0001").id, goal="Ändrat efteråt")
    report = import_bundle(other_desk, export_cases(demo_db, ["K-2026-0001"],
                                                    tmp_path / "p.kollcase", pseudonymise=True))
    assert report.same_case == [SAME + " (den är nyare: be om ett paket med personuppgifter)"]
    assert CaseRepository(other_desk).case("K-2026-0001").goal == "Undersköterska i hemtjänsten"


def test_a_desk_that_counts_the_cases_twice_is_mended_by_the_full_bundle(other_desk, bundles,
                                                                        tmp_path):
    full, pseudonymised = bundles
    import_bundle(other_desk, full)
    doubled = import_bundle(other_desk, as_before_copies_were_known(pseudonymised,
                                                          tmp_path / "gammal.kollcase"))
    assert len(doubled.added) == 5 and gather(other_desk).kpis.cases == 10  # the reported bug

    report = import_bundle(other_desk, full)

    assert sorted(report.unchanged) == DEMO_REFS
    assert ("K-2026-0001-2 var en kopia utan personuppgifter av K-2026-0001 och togs bort "
            "(samma ärende)") in report.lines()
    assert _references(other_desk) == DEMO_REFS and gather(other_desk).kpis.cases == 5


def test_the_same_reference_of_another_case_is_worded_as_another_case(demo_db, other_desk,
                                                                      tmp_path):
    from koll_desktop.domain.case import Case, Person

    repo = CaseRepository(other_desk)
    repo.add_case(Case(reference="K-2026-0001",
                       person_id=repo.add_person(Person("Annan", "Persson")).id))
    report = import_bundle(other_desk, export_cases(demo_db, ["K-2026-0001"],
                                                    tmp_path / "a.kollcase"))
    assert report.conflicts == ["K-2026-0001: numret används redan här av ett annat ärende; "
                                "det inlästa ärendet heter nu K-2026-0001-2"]


def test_the_people_here_are_still_found_by_name_after_an_import(demo_db, other_desk, tmp_path):
    """The bundle's search_rowid names a row of the other desk's search index; here that
    row is another person's, and must stay theirs."""
    from koll_desktop.domain.case import Case, Person

    repo = CaseRepository(other_desk)
    repo.add_case(Case(reference="K-2026-0100",
                       person_id=repo.add_person(Person("Annan", "Persson")).id))
    import_bundle(other_desk, export_cases(demo_db, DEMO_REFS, tmp_path / "a.kollcase"))
    assert [s.reference for s in repo.summaries("Persson")] == ["K-2026-0100"]
    assert [s.reference for s in repo.summaries("Hassan")] == ["K-2026-0001"]
    assert [s.reference for s in repo.summaries("Öberg")] == ["K-2026-0003"]
    assert other_desk["person_search"].count == 6


# -- nothing erased here comes back through the other copy --------------------------------------

def test_a_full_case_does_not_come_back_where_its_copys_person_was_erased(other_desk, bundles):
    full, pseudonymised = bundles
    import_bundle(other_desk, pseudonymised)
    erase_person(other_desk, find_person(other_desk, "K-2026-0001"), "samordnare")

    report = import_bundle(other_desk, full)

    assert report.skipped_erased == 1 and sorted(report.updated) == DEMO_REFS[1:]
    assert "K-2026-0001" not in _references(other_desk)
    assert other_desk.execute("SELECT count(*) FROM person WHERE family_name = 'Hassan'"
                        ).fetchone()[0] == 0


@pytest.mark.parametrize("mode", ["purge", "anonymise"])
def test_a_full_case_does_not_come_back_where_its_copy_was_disposed_of(demo_db, other_desk,
                                                                       tmp_path, mode):
    """Retention purged or anonymised the copy here (its person keeps another case, so the
    person is not erased): the full case, personal data and all, stays out."""
    from datetime import date

    from koll_desktop.domain.case import Case
    from koll_desktop.services.retention import RetentionMode, apply_retention, retention_due

    repo = CaseRepository(demo_db)
    repo.add_case(Case(reference="K-2026-0006", person_id=repo.case("K-2026-0001").person_id))
    refs = ["K-2026-0001", "K-2026-0006"]
    import_bundle(other_desk, export_cases(demo_db, refs, tmp_path / "p.kollcase",
                                     pseudonymise=True))
    here = CaseRepository(other_desk)
    here.update_case(here.case("K-2026-0001").id, retention_until=date(2020, 1, 1))
    due = [i for i in retention_due(other_desk, date(2026, 1, 1), RetentionMode(mode))
           if i.reference == "K-2026-0001"]
    assert len(due) == 1
    apply_retention(other_desk, due, RetentionMode(mode), "samordnare")

    report = import_bundle(other_desk, export_cases(demo_db, refs, tmp_path / "alla.kollcase"))

    assert (report.skipped_disposed, report.skipped_erased) == (1, 0)
    assert report.updated == ["K-2026-0006"]
    assert _references(other_desk) == (refs if mode == "anonymise" else ["K-2026-0006"])
    if mode == "anonymise":
        assert here.case("K-2026-0001").goal == ""
    assert [s.reference for s in here.summaries("Hassan")] == ["K-2026-0006"]


# -- a copy sent on stays the same copy ------------------------------------------------------------

@pytest.mark.parametrize("pseudonymise", [False, True])
def test_a_copy_sent_on_is_still_known_for_the_same_case(demo_db, other_desk, bundles, tmp_path,
                                                         pseudonymise):
    """The coordinator sends the copies on (as they are, or pseudonymised once more): the
    desk with the real cases still sees they are its own."""
    import_bundle(other_desk, bundles[1])
    onward = export_cases(other_desk, DEMO_REFS, tmp_path / "vidare.kollcase",
                          pseudonymise=pseudonymise)

    report = import_bundle(demo_db, onward)

    assert not report.added and SAME in report.lines() and demo_db["case"].count == 5
