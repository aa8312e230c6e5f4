"""An erasure reaches the pseudonymised copies too (DESIGN §9). A pseudonymised bundle gives
the person and the case ids of their own (`pseudonymous_id` of the real ones), and still
holds birth year, gender, reference and statistics: personal data. So a copy exported before
a person was erased, or a case purged or anonymised, must not come back through an import,
and a copy of the person's cases already here goes with them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from koll_desktop.domain.case import Case
from koll_desktop.domain.enums import AuditAction
from koll_desktop.domain.ids import pseudonymous_id
from koll_desktop.services.bundles import export_cases, import_bundle
from koll_desktop.services.erasure_list import read_list
from koll_desktop.services.person_data import erase_person, erasure_preview, find_person
from koll_desktop.services.retention import RetentionMode, apply_retention, retention_due
from koll_desktop.services.settings_service import restore_with_safety_copy
from koll_desktop.services.summary_data import gather
from koll_desktop.storage.backups import take_backup
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.erasure import ANONYMOUS_NAME, copy_hash, id_hash, was_erased
from tests.old_bundles import as_before_copies_were_known

DEMO_REFS = [f"K-2026-000{n}" for n in range(1, 6)]
SECOND = "K-2026-0006"  # a second case of Amina's (K-2026-0001), made by `_second_case`
DUE = date(2025, 1, 1)
TODAY = date(2025, 6, 1)  # the demo cases are kept until 2028
ERASED_LINE = "1 ärende lästes inte in: personen har raderats här och läses aldrig in igen"
DISPOSED_LINE = ("1 ärende lästes inte in: ärendet har gallrats här (raderats eller "
                 "anonymiserats) och läses aldrig in igen")


def _second_case(db, *, due: bool = False) -> Case:
    cases = CaseRepository(db, "test")
    first = cases.case("K-2026-0001")
    return cases.add_case(Case(reference=SECOND, person_id=first.person_id,
                               retention_until=DUE if due else None,
                               framework_ids=first.framework_ids))


def _references(db) -> list[str]:
    return sorted(r[0] for r in db.execute('SELECT reference FROM "case"'))


def _count(db, sql: str, params=()) -> int:
    return db.execute(sql, list(params)).fetchone()[0]


def _dispose(db, reference: str, mode: RetentionMode) -> None:
    CaseRepository(db).update_case(CaseRepository(db).case(reference).id,
                                   retention_until=DUE)
    items = [i for i in retention_due(db, TODAY, mode) if i.reference == reference]
    assert len(items) == 1
    apply_retention(db, items, mode, "lena")


def _raw(db) -> bytes:
    """The database file's bytes, WAL included, after a checkpoint."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    main_file = Path(db.execute("PRAGMA database_list").fetchone()[2])
    wal = Path(f"{main_file}-wal")
    return main_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


# -- a copy exported before does not come back -----------------------------------------------

def test_a_pseudonymised_copy_exported_before_the_erasure_is_not_read_in(demo_db, tmp_path):
    copies = export_cases(demo_db, DEMO_REFS, tmp_path / "p.kollcase", pseudonymise=True)
    amina = find_person(demo_db, "K-2026-0001")
    case_id = CaseRepository(demo_db).case("K-2026-0001").id
    erase_person(demo_db, amina, "lena")
    before = {t: demo_db[t].count for t in ("person", "case", "prior_learning", "assessment")}

    report = import_bundle(demo_db, copies)

    assert report.skipped_erased == 1 and report.skipped_disposed == 0
    assert ERASED_LINE in report.lines()
    assert report.added == report.updated == report.conflicts == []
    assert len(report.same_case) == 4  # the others are here in full, as they were
    assert _references(demo_db) == DEMO_REFS[1:]
    assert {t: demo_db[t].count for t in before} == before
    assert _count(demo_db, 'SELECT count(*) FROM "case" WHERE id IN (?, ?)',
                  [case_id, pseudonymous_id(case_id)]) == 0
    assert was_erased(demo_db, pseudonymous_id(amina))  # the copy's person counts as erased
    # Only hashes are kept, never the copy's id in clear.
    text = Path(demo_db.execute("PRAGMA database_list").fetchone()[2]).with_name(
        "raderade.txt").read_text(encoding="utf-8")
    assert copy_hash(amina) in text.splitlines() and pseudonymous_id(amina) not in text

    # The list alone keeps the copy out when the database no longer remembers the erasure
    # (a restore of a backup taken before it).
    demo_db.execute("DELETE FROM audit_event WHERE action = ?", [str(AuditAction.ERASE)])
    demo_db.conn.commit()
    assert not was_erased(demo_db, amina)
    again = import_bundle(demo_db, copies)
    assert again.skipped_erased == 1 and again.added == []
    assert _references(demo_db) == DEMO_REFS[1:]


def test_the_copy_is_kept_out_on_another_desk_the_person_was_erased_on(demo_db, other_desk,
                                                                        tmp_path):
    """The coordinator had Amina in full and erased her; a desk sends its pseudonymised
    copies, made before it heard of the erasure."""
    import_bundle(other_desk, export_cases(demo_db, DEMO_REFS, tmp_path / "alla.kollcase"))
    copies = export_cases(demo_db, DEMO_REFS, tmp_path / "p.kollcase", pseudonymise=True)
    erase_person(other_desk, find_person(other_desk, "K-2026-0001"), "samordnare")

    report = import_bundle(other_desk, copies)

    assert report.skipped_erased == 1 and report.added == []
    assert _references(other_desk) == DEMO_REFS[1:]
    assert gather(other_desk).kpis.cases == 4


@pytest.mark.parametrize("how", ["purge-case", "purge-person", "anonymise"])
def test_a_copy_exported_before_retention_disposed_of_the_case_is_not_read_in(demo_db,
                                                                               tmp_path, how):
    """Purged while the person keeps another case, purged with the person (their last
    case), or anonymised: the pseudonymised copy made before stays out, counted."""
    # Her only case, or a second one beside it.
    target = "K-2026-0001" if how == "purge-person" else _second_case(demo_db).reference
    copies = export_cases(demo_db, [target], tmp_path / "p.kollcase", pseudonymise=True)
    mode = RetentionMode.ANONYMISE if how == "anonymise" else RetentionMode.PURGE
    _dispose(demo_db, target, mode)
    cases_before = _references(demo_db)

    report = import_bundle(demo_db, copies)

    skipped = (report.skipped_erased, report.skipped_disposed)
    assert skipped == ((1, 0) if how == "purge-person" else (0, 1))
    assert (ERASED_LINE if how == "purge-person" else DISPOSED_LINE) in report.lines()
    assert report.added == report.updated == report.same_case == report.conflicts == []
    assert _references(demo_db) == cases_before


def test_a_copy_anonymised_on_its_desk_still_comes_in(demo_db, other_desk, tmp_path):
    """What the rule is not: the coordinator anonymised a case; the desk that has it
    anonymised too sends a pseudonymised copy made after that (marked as anonymised), which
    is the same case and no personal data: it meets the case here, and is not counted as
    left out for the anonymisation."""
    import_bundle(other_desk, export_cases(demo_db, ["K-2026-0001"], tmp_path / "a.kollcase"))
    _dispose(other_desk, "K-2026-0001", RetentionMode.ANONYMISE)
    _dispose(demo_db, "K-2026-0001", RetentionMode.ANONYMISE)
    copies = export_cases(demo_db, ["K-2026-0001"], tmp_path / "p.kollcase", pseudonymise=True)

    report = import_bundle(other_desk, copies)

    assert report.skipped_disposed == 0 and report.skipped_erased == 0
    assert len(report.same_case) == 1 and _references(other_desk) == ["K-2026-0001"]


# -- copies already here go with the person or the case --------------------------------------

@pytest.fixture
def with_copy(demo_db, other_desk, tmp_path) -> Path:
    """The coordinator has Amina's K-2026-0001 in full and her K-2026-0006 as a
    pseudonymised copy (another desk's case); returns the bundle of the copy."""
    _second_case(demo_db)
    import_bundle(other_desk, export_cases(demo_db, ["K-2026-0001"], tmp_path / "a.kollcase"))
    copy = export_cases(demo_db, [SECOND], tmp_path / "p.kollcase", pseudonymise=True)
    assert import_bundle(other_desk, copy).added == [SECOND]
    return copy


def test_an_erasure_takes_the_persons_copies_here_along(demo_db, other_desk, with_copy):
    amina = find_person(other_desk, "K-2026-0001")
    assert _count(other_desk, "SELECT count(*) FROM person WHERE id = ?",
                  [pseudonymous_id(amina)]) == 1
    assert erasure_preview(other_desk, amina) == f"2 ärenden (K-2026-0001, {SECOND})"  # as asked

    report = erase_person(other_desk, amina, "samordnare")

    assert report.references == ("K-2026-0001", SECOND)
    assert report.scrub.clean
    assert _references(other_desk) == [] and other_desk["person"].count == 0
    assert other_desk["person_search"].count == 0
    assert _count(other_desk, "SELECT count(*) FROM audit_event WHERE action = ?",
                  [str(AuditAction.ERASE)]) == 1  # one event for the person and her copy
    raw = _raw(other_desk)
    for trace in (SECOND, SECOND.replace("-", ""), "Hassan", pseudonymous_id(amina)):
        assert trace.encode() not in raw, trace
    assert import_bundle(other_desk, with_copy).skipped_erased == 1  # and it does not come back
    assert _references(other_desk) == []


def test_a_restore_erases_the_copies_again(demo_db, other_desk, with_copy, tmp_path):
    backups = tmp_path / "samordnare" / "backups"
    before = take_backup(other_desk, backups, keep=5, now=datetime(2026, 3, 1, 8))
    erase_person(other_desk, find_person(other_desk, "K-2026-0001"), "samordnare")

    restored = restore_with_safety_copy(other_desk, backups, before)

    assert restored.erased_again == 2  # Amina and the copy of her, each on the list
    assert _references(other_desk) == [] and other_desk["person"].count == 0


def test_anonymising_a_persons_last_case_keeps_the_copies_of_their_other_cases(
        demo_db, other_desk, with_copy, tmp_path):
    """The anonymisation keeps statistics: the copy of another case of hers (another desk's)
    stays and can still be updated; the copy of the anonymised case, made before, stays out."""
    before = export_cases(demo_db, ["K-2026-0001"], tmp_path / "före.kollcase",
                          pseudonymise=True)
    amina = find_person(other_desk, "K-2026-0001")

    _dispose(other_desk, "K-2026-0001", RetentionMode.ANONYMISE)

    assert _count(other_desk, "SELECT count(*) FROM person WHERE id = ?", [amina]) == 0
    assert _references(other_desk) == ["K-2026-0001", SECOND]
    copy_case = CaseRepository(other_desk).case(SECOND)
    assert copy_case.person_id == pseudonymous_id(amina)
    assert id_hash(pseudonymous_id(amina)) not in read_list(other_desk).persons
    report = import_bundle(other_desk, before)
    assert report.skipped_disposed == 1 and report.added == []
    CaseRepository(demo_db).update_case(CaseRepository(demo_db).case(SECOND).id,
                                        status="plan")
    newer = export_cases(demo_db, [SECOND], tmp_path / "ny.kollcase", pseudonymise=True)
    assert import_bundle(other_desk, newer).updated == [SECOND]


@pytest.mark.parametrize("mode", list(RetentionMode))
def test_a_copy_beside_its_case_goes_with_it(demo_db, other_desk, tmp_path, mode):
    """A desk where a case and its copy are both here (read in before KoLL knew them for
    the same case): purging or anonymising the case removes the copy, which is the same
    case with the same personal data; the anonymised case alone keeps the statistics."""
    _second_case(demo_db)
    refs = ["K-2026-0001", SECOND]
    import_bundle(other_desk, export_cases(demo_db, refs, tmp_path / "a.kollcase"))
    import_bundle(other_desk, as_before_copies_were_known(
        export_cases(demo_db, refs, tmp_path / "p.kollcase", pseudonymise=True),
        tmp_path / "gammal.kollcase"))
    assert _references(other_desk) == sorted([*refs, "K-2026-0001-2", f"{SECOND}-2"])
    second = CaseRepository(other_desk).case(SECOND).id

    _dispose(other_desk, SECOND, mode)

    assert _count(other_desk, 'SELECT count(*) FROM "case" WHERE id = ?',
                  [pseudonymous_id(second)]) == 0
    left = ["K-2026-0001", "K-2026-0001-2"]
    assert _references(other_desk) == sorted(left + ([SECOND] if mode == RetentionMode.ANONYMISE
                                               else []))
    if mode == RetentionMode.ANONYMISE:
        anonymous = CaseRepository(other_desk).case(SECOND)
        assert CaseRepository(other_desk).person(anonymous.person_id).given_name == ANONYMOUS_NAME
    # The copy's person keeps the other copy; the real person keeps her other case.
    assert [s.reference for s in CaseRepository(other_desk).summaries("Hassan")] == ["K-2026-0001"]
    assert _count(other_desk, "SELECT count(*) FROM person WHERE id = ?",
                  [pseudonymous_id(find_person(other_desk, "K-2026-0001"))]) == 1


def test_a_restore_does_what_the_list_says_whatever_went_first(demo_db, tmp_path):
    """Amina's K-2026-0001 was purged while she kept other cases, and the pseudonymised copy
    of her K-2026-0008 was purged on its own; her copies of 0008 and 0009 are here. Done
    again, one step may not take along what another step is to do (it crashed: the case
    was gone), and nothing the list does not name goes."""
    from koll_desktop.services.person_data import erase_again
    from koll_desktop.storage.db import write
    from koll_desktop.storage.erasure import Erasures, remove_cases

    cases = CaseRepository(demo_db, "test")
    first = cases.case("K-2026-0001")
    own = [cases.add_case(Case(reference=f"K-2026-000{n}", person_id=first.person_id,
                               framework_ids=first.framework_ids)) for n in (8, 9)]
    bundle = export_cases(demo_db, ["K-2026-0008", "K-2026-0009"], tmp_path / "p.kollcase",
                          pseudonymise=True)
    with write(demo_db):
        remove_cases(demo_db, [c.id for c in own])
    import_bundle(demo_db, bundle)  # the copies, as from another desk
    erased = Erasures(purged_cases=frozenset({id_hash(first.id),
                                              id_hash(pseudonymous_id(own[0].id))}))

    again = erase_again(demo_db, erased)

    assert again.cases == 2 and again.count == 0
    left = {r[0] for r in demo_db.execute('SELECT id FROM "case"')}
    assert first.id not in left and pseudonymous_id(own[0].id) not in left
    assert pseudonymous_id(own[1].id) in left  # not on the list: kept
