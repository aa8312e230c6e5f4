"""The list beside the database (raderade.txt): a case that retention purged or anonymised
stays so, as an erased person stays erased, whether an older backup is restored or an older
bundle imported; a list in the first format (persons only) keeps working."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from koll_desktop.__main__ import main
from koll_desktop.domain.case import Case
from koll_desktop.domain.enums import AuditAction
from koll_desktop.errors import KnownError
from koll_desktop.services.bundles import export_cases, import_bundle
from koll_desktop.services.erasure_list import list_text, parse_list, read_list
from koll_desktop.services.person_data import find_person
from koll_desktop.services.retention import RetentionMode, apply_retention, retention_due
from koll_desktop.services.settings_service import restore_with_safety_copy
from koll_desktop.storage.backups import take_backup
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import open_db
from koll_desktop.storage.erasure import (
    ANONYMISED_FIELD,
    ANONYMOUS_NAME,
    Erasures,
    copy_hash,
    id_hash,
)

AMINA_PNR = "198203149821"  # demo data: K-2026-0001, with an evidence file
SECRET_GOAL = "Tandsköterska på Kirunavägen 17"  # only in the second case
DUE = date(2025, 1, 1)
TODAY = date(2025, 6, 1)  # the demo cases are kept until 2028
# The list as the first version wrote it: persons only.
OLD_HEADER = ("# KoLL: raderade personer, en kontrollsumma (SHA-256) per rad; inga namn, inga "
              "personnummer.\n# Ta inte bort filen: den hindrar att en återställd "
              "säkerhetskopia eller ett äldre paket tar tillbaka en raderad person.\n")


def _list_path(db) -> Path:
    return Path(db.execute("PRAGMA database_list").fetchone()[2]).with_name("raderade.txt")


def _raw(db) -> bytes:
    """The database file's bytes, WAL included, after a checkpoint."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    main_file = Path(db.execute("PRAGMA database_list").fetchone()[2])
    wal = Path(f"{main_file}-wal")
    return main_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _second_case(db, reference: str = "K-2026-0001") -> Case:
    """A second case of the person of `reference`, due for retention on TODAY (and on any
    later day)."""
    cases = CaseRepository(db, "test")
    first = cases.case(reference)
    return cases.add_case(Case(reference=cases.next_reference(), person_id=first.person_id,
                               goal=SECRET_GOAL, retention_until=DUE,
                               framework_ids=first.framework_ids))


def _dispose(db, mode: RetentionMode) -> list[str]:
    items = retention_due(db, TODAY, mode)
    report = apply_retention(db, items, mode, "lena")
    return [*report.purged, *report.anonymised]


def _references(db) -> list[str]:
    return sorted(r[0] for r in db.execute('SELECT reference FROM "case"'))


def _count(db, sql: str, params=()) -> int:
    return db.execute(sql, list(params)).fetchone()[0]


# -- restore ---------------------------------------------------------------------------------

def test_a_restore_purges_again_a_case_purged_after_the_backup(demo_db, data_paths):
    amina = find_person(demo_db, "K-2026-0001")
    second = _second_case(demo_db)
    before = take_backup(demo_db, data_paths.backups, keep=5, now=datetime(2026, 3, 1, 8))
    assert SECRET_GOAL.encode() in before.read_bytes()
    assert _dispose(demo_db, RetentionMode.PURGE) == [second.reference]
    assert f"ärende {id_hash(second.id)}" in _list_path(demo_db).read_text(encoding="utf-8")

    restored = restore_with_safety_copy(demo_db, data_paths.backups, before)

    assert restored.erased_again == 0 and restored.note == ""  # no person was erased
    assert restored.disposed_again == 1  # what the counsellor is told
    assert _references(demo_db) == [f"K-2026-000{n}" for n in range(1, 6)]
    assert [c.reference for c in CaseRepository(demo_db).summaries("Hassan")] == [
        "K-2026-0001"]  # the other case and the person remain
    assert _count(demo_db, "SELECT count(*) FROM person WHERE id = ?", [amina]) == 1
    assert _count(demo_db, "SELECT count(*) FROM audit_event WHERE case_id = ? OR "
                  "entity_id = ?", [second.id, second.id]) == 0
    # Audited as retention audits a purge: one 'erase' event naming the case's hash.
    assert demo_db.execute("SELECT entity, entity_id FROM audit_event WHERE action = ?",
                           [str(AuditAction.ERASE)]).fetchall() == [("case", id_hash(second.id))]
    assert SECRET_GOAL.encode() not in _raw(demo_db)  # the file was scrubbed again


@pytest.mark.parametrize("keeps_a_case", [True, False], ids=["keeps-a-case", "last-case"])
def test_a_restore_anonymises_again_a_case_anonymised_after_the_backup(demo_db, data_paths,
                                                                       keeps_a_case):
    amina = find_person(demo_db, "K-2026-0001")
    cases = CaseRepository(demo_db)
    if keeps_a_case:
        target = _second_case(demo_db)
    else:
        target = cases.case("K-2026-0001")
        cases.update_case(target.id, retention_until=DUE)
    status = target.status
    before = take_backup(demo_db, data_paths.backups, keep=5, now=datetime(2026, 3, 1, 8))
    assert _dispose(demo_db, RetentionMode.ANONYMISE) == [target.reference]

    restored = restore_with_safety_copy(demo_db, data_paths.backups, before)

    assert restored.erased_again == (0 if keeps_a_case else 1)
    assert restored.disposed_again == 1
    case = cases.case(target.reference)  # the statistics are back, the person is not
    assert case.id == target.id and case.status == status and case.goal == ""
    person = cases.person(case.person_id)
    assert person.given_name == ANONYMOUS_NAME and person.birth_year == 1982
    assert _count(demo_db, "SELECT count(*) FROM person WHERE id = ?",
                  [amina]) == (1 if keeps_a_case else 0)
    assert _count(demo_db, "SELECT count(*) FROM evidence WHERE case_id = ?", [case.id]) == 0
    assert _count(demo_db, "SELECT count(*) FROM audit_event WHERE action = ? AND field = ? "
                  "AND case_id = ?", [str(AuditAction.ERASE), ANONYMISED_FIELD, case.id]) == 1
    raw = _raw(demo_db)
    assert SECRET_GOAL.encode() not in raw
    if not keeps_a_case:
        for secret in (AMINA_PNR, "Hassan", "arbetsgivarintyg.txt"):
            assert secret.encode() not in raw, secret


def test_a_restore_of_a_backup_taken_after_the_anonymisation_changes_nothing(demo_db,
                                                                            data_paths):
    target = _second_case(demo_db)
    _dispose(demo_db, RetentionMode.ANONYMISE)
    after = take_backup(demo_db, data_paths.backups, keep=5, now=datetime(2026, 3, 1, 8))
    events = _count(demo_db, "SELECT count(*) FROM audit_event")

    restored = restore_with_safety_copy(demo_db, data_paths.backups, after)

    assert restored.erased_again == 0 and restored.note == ""
    assert _count(demo_db, "SELECT count(*) FROM audit_event") == events  # not done twice
    assert CaseRepository(demo_db).case(target.reference).goal == ""


def test_an_unreadable_list_refuses_the_restore(demo_db, data_paths):
    second = _second_case(demo_db)
    before = take_backup(demo_db, data_paths.backups, keep=5, now=datetime(2026, 3, 1, 8))
    _dispose(demo_db, RetentionMode.PURGE)
    _list_path(demo_db).unlink()
    _list_path(demo_db).mkdir()  # there, but not a file that can be read

    with pytest.raises(KnownError, match="listan över raderade personer"):
        restore_with_safety_copy(demo_db, data_paths.backups, before)

    assert second.reference not in _references(demo_db)  # nothing was restored


# -- bundles ---------------------------------------------------------------------------------

def test_an_older_bundle_does_not_bring_back_a_purged_case(demo_db, data_paths, tmp_path):
    second = _second_case(demo_db)
    old = export_cases(demo_db, ["K-2026-0001", second.reference], tmp_path / "gammalt.kollcase")
    backup = take_backup(demo_db, data_paths.backups, keep=5, now=datetime(2026, 3, 1, 8))
    _dispose(demo_db, RetentionMode.PURGE)

    report = import_bundle(demo_db, old)

    assert report.skipped_disposed == 1 and report.skipped_erased == 0
    assert report.unchanged == ["K-2026-0001"] and report.added == []
    assert ("1 ärende lästes inte in: ärendet har gallrats här (raderats eller "
            "anonymiserats) och läses aldrig in igen") in report.lines()
    assert second.reference not in "\n".join(report.lines())
    assert second.reference not in _references(demo_db)

    # The database forgets after a restore of a backup older than both; the list does not.
    restore_with_safety_copy(demo_db, data_paths.backups, backup)
    demo_db.execute('DELETE FROM audit_event WHERE action = ?', [str(AuditAction.ERASE)])
    demo_db.conn.commit()
    assert import_bundle(demo_db, old).skipped_disposed == 1
    assert second.reference not in _references(demo_db)


def test_a_newer_copy_from_another_desk_does_not_undo_an_anonymisation(demo_db, tmp_path):
    """Desk B anonymises a case it got from desk A (the person keeps another case there);
    A, not knowing, changes the case later and sends it again: its copy still holds the
    person's data, so B leaves it out. A copy that is anonymised too comes in as usual."""
    (tmp_path / "b").mkdir()
    desk_b = open_db(tmp_path / "b" / "koll.sqlite3")
    try:
        second = _second_case(demo_db)
        CaseRepository(demo_db).update_case(second.id, retention_until=date(2030, 1, 1))
        import_bundle(desk_b, export_cases(demo_db, ["K-2026-0001", second.reference],
                                           tmp_path / "1.kollcase"))
        case_id = CaseRepository(desk_b).case("K-2026-0001").id
        CaseRepository(desk_b).update_case(case_id, retention_until=DUE)
        assert _dispose(desk_b, RetentionMode.ANONYMISE) == ["K-2026-0001"]
        assert _count(desk_b, "SELECT count(*) FROM person WHERE family_name = 'Hassan'") == 1
        demo_db.execute('UPDATE "case" SET updated_at = ? WHERE id = ?',
                        ["2099-01-01T00:00:00.000000+00:00", case_id])  # changed later on A
        demo_db.conn.commit()

        report = import_bundle(desk_b, export_cases(demo_db, ["K-2026-0001"],
                                                    tmp_path / "2.kollcase"))

        assert report.skipped_disposed == 1 and report.skipped_erased == 0
        assert not report.updated and not report.conflicts
        assert "1 ärende lästes inte in: ärendet har gallrats här" in report.skipped_line()
        anonymous = CaseRepository(desk_b).case("K-2026-0001")
        assert anonymous.goal == "" and anonymous.person_id != find_person(demo_db,
                                                                           "K-2026-0001")
        assert CaseRepository(desk_b).person(anonymous.person_id).given_name == ANONYMOUS_NAME

        # B's anonymised copy, changed later (a follow-up on desk C, say), comes back in.
        desk_b.execute('UPDATE "case" SET updated_at = ? WHERE id = ?',
                       ["2099-02-01T00:00:00.000000+00:00", case_id])
        desk_b.conn.commit()
        anonymised = export_cases(desk_b, ["K-2026-0001"], tmp_path / "3.kollcase")
        desk_b.execute('UPDATE "case" SET updated_at = ? WHERE id = ?',
                       ["2099-01-15T00:00:00.000000+00:00", case_id])
        desk_b.conn.commit()
        again = import_bundle(desk_b, anonymised)
        assert again.updated == ["K-2026-0001"] and again.skipped_disposed == 0
        assert not again.skipped_line()
    finally:
        desk_b.close()


def test_one_line_counts_both_kinds_left_out(demo_db, tmp_path):
    from koll_desktop.services.person_data import erase_person

    second = _second_case(demo_db, "K-2026-0002")
    old = export_cases(demo_db, ["K-2026-0001", second.reference], tmp_path / "g.kollcase")
    _dispose(demo_db, RetentionMode.PURGE)
    erase_person(demo_db, find_person(demo_db, "K-2026-0001"), "lena")

    report = import_bundle(demo_db, old)

    assert (report.skipped_erased, report.skipped_disposed) == (1, 1)
    assert report.skipped_line() == (
        "2 ärenden lästes inte in och läses aldrig in igen: 1 där personen har raderats här, "
        "1 som har gallrats här (raderats eller anonymiserats)")
    assert report.skipped_line() in report.lines()


# -- the list's format -----------------------------------------------------------------------

def test_a_list_in_the_first_format_still_erases_again(demo_db, data_paths):
    amina = find_person(demo_db, "K-2026-0001")
    second = _second_case(demo_db, "K-2026-0002")
    before = take_backup(demo_db, data_paths.backups, keep=5, now=datetime(2026, 3, 1, 8))
    _list_path(demo_db).write_text(OLD_HEADER + f"{id_hash(amina)}\n", encoding="utf-8")
    assert read_list(demo_db) == Erasures(persons=frozenset({id_hash(amina)}))

    assert restore_with_safety_copy(demo_db, data_paths.backups, before).erased_again == 1
    assert _count(demo_db, "SELECT count(*) FROM person WHERE id = ?", [amina]) == 0

    # The next change writes the new format; the person's line stays as an older KoLL reads it.
    _dispose(demo_db, RetentionMode.PURGE)
    text = _list_path(demo_db).read_text(encoding="utf-8")
    assert read_list(demo_db) == Erasures(
        persons=frozenset({id_hash(amina)}),
        purged_cases=frozenset({id_hash(second.id), copy_hash(second.id)}))
    old_reader = {line.strip() for line in text.splitlines()
                  if re.fullmatch(r"[0-9a-f]{64}", line.strip())}
    assert old_reader == {id_hash(amina)}
    assert amina not in text and second.id not in text and "Hassan" not in text


def test_lines_of_a_kind_from_a_newer_koll_are_kept():
    person, case, other = "a" * 64, "b" * 64, "c" * 64
    text = (OLD_HEADER + f"{person}\n  ärende\t{case}  \nframtida sort {other}\n"
            "# en kommentar " + "d" * 64 + "\ninte en kontrollsumma\n\n")
    erasures, unknown = parse_list(text)
    assert erasures == Erasures(frozenset({person}), frozenset({case}))
    assert unknown == (f"framtida sort {other}",)
    assert parse_list(list_text(erasures, unknown)) == (erasures, unknown)


def test_a_newer_kinds_line_survives_a_rewrite(demo_db):
    other = "e" * 64
    _list_path(demo_db).write_text(f"framtida {other}\n", encoding="utf-8")
    second = _second_case(demo_db)
    _dispose(demo_db, RetentionMode.PURGE)
    lines = _list_path(demo_db).read_text(encoding="utf-8").splitlines()
    assert f"framtida {other}" in lines and f"ärende {id_hash(second.id)}" in lines


# -- the command line ------------------------------------------------------------------------

def test_the_command_line_leaves_a_purged_case_out_and_check_still_passes(capsys, tmp_path):
    def run(*args: str) -> tuple[int, str]:
        code = main(["--data-dir", str(folder), *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return code, out

    folder = tmp_path / "d"
    bundle = str(tmp_path / "gammalt.kollcase")
    run("demo")
    db = open_db(folder / "koll.sqlite3")
    try:
        second = _second_case(db)
    finally:
        db.close()
    run("bundle", "export", "K-2026-0001", second.reference, "--out", bundle)
    assert "raderade ärenden: 1" in run("retention", "--apply")[1]

    out = run("bundle", "import", bundle)[1]

    assert "1 ärende lästes inte in: ärendet har gallrats här" in out
    assert second.reference not in out and "oförändrade: 1" in out
    assert second.reference not in run("cases")[1]
    assert f"ärende {id_hash(second.id)}" in (folder / "raderade.txt").read_text(
        encoding="utf-8")
    run("check")
