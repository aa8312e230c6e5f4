"""Case bundles: round trip, idempotent re-import, conflicts, pseudonymisation, bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from koll_desktop.errors import KnownError
from koll_desktop.services.bundle_format import MAX_MEMBERS, read_bundle, write_bundle
from koll_desktop.services.bundles import export_cases, import_bundle
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.storage.cases import CaseRepository

DEMO_REFS = [f"K-2026-000{n}" for n in range(1, 6)]
TABLES = ("person", "case", "case_framework", "prior_learning", "evidence", "self_rating",
          "assessment", "unit_decision", "plan", "plan_row", "follow_up")


def _dump(db) -> dict[str, list]:
    return {t: sorted(map(tuple, db.execute(f'SELECT * FROM "{t}"').fetchall()), key=repr)
            for t in TABLES}


def _plan_numbers(db, ref):
    s = load_snapshot(db, ref)
    return [(u.key, u.outcome, u.remaining_points) for f in s.result.frameworks for u in f.units]


def test_every_demo_case_imported_twice_into_an_empty_desk_appears_once(demo_db, other_desk,
                                                                        tmp_path):
    bundle = export_cases(demo_db, DEMO_REFS, tmp_path / "alla.kollcase")
    first = import_bundle(other_desk, bundle)
    second = import_bundle(other_desk, bundle)
    assert sorted(first.added) == DEMO_REFS and first.frameworks_added
    assert sorted(second.unchanged) == DEMO_REFS and not second.added
    assert sorted(s.reference for s in CaseRepository(other_desk).summaries()) == DEMO_REFS
    # The plan comes out the same on the other desk, crosswalk-derived values included.
    assert _plan_numbers(other_desk, "K-2026-0001") == _plan_numbers(demo_db, "K-2026-0001")
    case = CaseRepository(other_desk).case("K-2026-0001")
    from koll_desktop.storage.case_data import CaseDataRepository

    evidence = CaseDataRepository(other_desk).evidence(case.id)
    assert [e.name for e in evidence] == ["arbetsgivarintyg.txt"]
    assert "vårdbiträde" in CaseDataRepository(other_desk).evidence_bytes(
        evidence[0].id).decode()


def test_newer_updated_at_wins_and_older_is_a_conflict(demo_db, other_desk, tmp_path):
    import_bundle(other_desk, export_cases(demo_db, ["K-2026-0003"], tmp_path / "a.kollcase"))
    repo = CaseRepository(demo_db)
    repo.update_case(repo.case("K-2026-0003").id, goal="Barnskötare, deltid")
    newer = export_cases(demo_db, ["K-2026-0003"], tmp_path / "b.kollcase")
    report = import_bundle(other_desk, newer)
    assert report.updated == ["K-2026-0003"]
    assert CaseRepository(other_desk).case("K-2026-0003").goal == "Barnskötare, deltid"
    # Now the other desk edits later; the older bundle must not overwrite it.
    other = CaseRepository(other_desk)
    other.update_case(other.case("K-2026-0003").id, goal="Ändrat på skrivbord 2")
    report = import_bundle(other_desk, newer)
    assert report.conflicts and "K-2026-0003" in report.conflicts[0]
    assert other.case("K-2026-0003").goal == "Ändrat på skrivbord 2"


def test_same_reference_from_another_desk_is_renamed_and_reported(demo_db, other_desk,
                                                                   tmp_path):
    from koll_desktop.domain.case import Case, Person

    other = CaseRepository(other_desk)
    person = other.add_person(Person(given_name="Annan", family_name="Person"))
    other.add_case(Case(reference="K-2026-0001", person_id=person.id))
    report = import_bundle(other_desk, export_cases(demo_db, ["K-2026-0001"],
                                                    tmp_path / "a.kollcase"))
    assert report.added == ["K-2026-0001-2"]
    assert "K-2026-0001-2" in report.conflicts[0]


def test_pseudonymised_bundle_holds_no_names_or_personnummer(demo_db, other_desk, tmp_path):
    bundle = export_cases(demo_db, DEMO_REFS, tmp_path / "p.kollcase", pseudonymise=True)
    archive = zipfile.ZipFile(bundle)
    # Everything but the library (whose texts mention e.g. "lex Sarah") is about the people.
    text = b"".join(archive.read(n) for n in archive.namelist() if n != "library.json"
                    ).decode("utf-8")
    for person in demo_db.query("SELECT * FROM person"):
        for secret in (person["given_name"], person["family_name"], person["personnummer"],
                       person["personnummer"][2:]):
            assert secret not in text
    assert not [n for n in zipfile.ZipFile(bundle).namelist() if n.startswith("evidence/")]
    report = import_bundle(demo_db, bundle)  # back into the desk that has the real people
    assert not report.added and len(report.same_case) == 5  # the same cases: not twice
    assert demo_db["case"].count == 5
    real = CaseRepository(demo_db).person(CaseRepository(demo_db).case("K-2026-0001").person_id)
    assert real.family_name == "Hassan"  # the real person is untouched


def _bundle_of(tmp_path: Path, demo_db) -> Path:
    return export_cases(demo_db, ["K-2026-0001", "K-2026-0002"], tmp_path / "x.kollcase")


def _rezip(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            name, data = change(info.filename, zin.read(info.filename))
            if name is not None:
                zout.writestr(name, data)
    return target


def _case_member_flipped(name, data):
    if name.startswith("cases/"):
        data = data.replace(b'"met"', b'"not_met"', 1)
    return name, data


BAD_BUNDLES = {
    "truncated": lambda src, dst: dst.write_bytes(src.read_bytes()[: src.stat().st_size // 2]),
    "not a zip": lambda src, dst: dst.write_text("hej"),
    "newer format": lambda src, dst: _rezip(src, dst, lambda n, d: (n, d.replace(
        b'"format_version": 1', b'"format_version": 99') if n == "manifest.json" else d)),
    "escaping path": lambda src, dst: _rezip(src, dst, lambda n, d: (
        "../../ute.json" if n == "library.json" else n, d)),
    "changed byte": lambda src, dst: _rezip(src, dst, _case_member_flipped),
}


@pytest.mark.parametrize("kind", list(BAD_BUNDLES))
def test_bad_bundle_is_refused_and_nothing_is_imported(kind, demo_db, other_desk, tmp_path):
    bad = tmp_path / f"bad-{kind.replace(' ', '-')}.kollcase"
    BAD_BUNDLES[kind](_bundle_of(tmp_path, demo_db), bad)
    before = _dump(other_desk)
    with pytest.raises(KnownError) as caught:
        import_bundle(other_desk, bad)
    assert bad.name in str(caught.value)
    assert _dump(other_desk) == before
    assert other_desk.execute("SELECT count(*) FROM framework").fetchone()[0] == 0


def test_too_large_when_unpacked_is_refused(tmp_path, monkeypatch):
    import koll_desktop.services.bundle_format as fmt

    path = write_bundle(tmp_path / "stor.kollcase", {}, {"cases/a.json": b"0" * 5000})
    monkeypatch.setattr(fmt, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(KnownError, match="för stort uppackat"):
        read_bundle(path)
    assert MAX_MEMBERS > 0


def test_cli_round_trip_and_one_line_error(demo_db, data_paths, tmp_path, capsys):
    from koll_desktop.__main__ import main

    out = tmp_path / "cli.kollcase"
    demo_db.close()
    assert main(["--data-dir", str(data_paths.root), "bundle", "export", "K-2026-0002",
                 "--out", str(out)]) == 0
    assert main(["--data-dir", str(tmp_path / "ny"), "bundle", "import", str(out)]) == 0
    assert "nya ärenden: 1" in capsys.readouterr().out
    (tmp_path / "fel.kollcase").write_text("inte ett paket")
    assert main(["--data-dir", str(tmp_path / "ny"), "bundle", "import",
                 str(tmp_path / "fel.kollcase")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "fel.kollcase" in err
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["cases"] == 1 and all(len(h) == 64 for h in manifest["members"].values())


# -- a person erased here is never brought back -------------------------------------------------

def _erased_on_other_desk(demo_db, other_desk, tmp_path) -> tuple[str, Path]:
    """Amina's case moved to the other desk and erased there; returns her id and an older
    bundle of all five demo cases, taken before the erasure (hers included)."""
    from koll_desktop.services.person_data import erase_person

    old = export_cases(demo_db, DEMO_REFS, tmp_path / "gammalt.kollcase")
    import_bundle(other_desk, export_cases(demo_db, ["K-2026-0001"], tmp_path / "a.kollcase"))
    amina = CaseRepository(other_desk).case("K-2026-0001").person_id
    erase_person(other_desk, amina, "lena")
    return amina, old


def _traces(db, person_id: str, case_id: str) -> dict[str, int]:
    return {table: db.execute(f'SELECT count(*) FROM "{table}" WHERE {where}',
                              {"p": person_id, "c": case_id}).fetchone()[0]
            for table, where in (
                ("person", "id = :p"), ("person_search", "person_id = :p"), ("case", "id = :c"),
                ("evidence", "case_id = :c"), ("assessment", "case_id = :c"),
                ("audit_event", "case_id = :c OR entity_id IN (:c, :p)"))}


def test_an_older_bundle_does_not_bring_back_a_person_erased_here(demo_db, other_desk,
                                                                  tmp_path):
    amina, old = _erased_on_other_desk(demo_db, other_desk, tmp_path)
    case_id = CaseRepository(demo_db).case("K-2026-0001").id
    assert 0 not in _traces(demo_db, amina, case_id).values()  # the bundle holds all of it

    report = import_bundle(other_desk, old)

    assert report.skipped_erased == 1
    assert sorted(report.added) == DEMO_REFS[1:]  # everyone else came in whole
    assert "1 ärende lästes inte in: personen har raderats här och läses aldrig in igen" in \
        report.lines()
    assert not any("Hassan" in line or "K-2026-0001" in line for line in report.lines())
    assert set(_traces(other_desk, amina, case_id).values()) == {0}
    assert "Hassan" not in {p["family_name"] for p in other_desk.query("SELECT * FROM person")}
    assert CaseRepository(other_desk).summaries("Hassan") == []
    assert _plan_numbers(other_desk, "K-2026-0002") == _plan_numbers(demo_db, "K-2026-0002")


def test_the_list_of_erased_persons_refuses_them_when_the_database_forgot(demo_db, other_desk,
                                                                          tmp_path):
    """A restore of a backup taken before the erasure leaves no 'erase' event in the
    database; the list beside it still keeps the person out."""
    from koll_desktop.services.settings_service import restore_with_safety_copy
    from koll_desktop.storage.backups import take_backup
    from koll_desktop.storage.erasure import was_erased

    backups = tmp_path / "other" / "backups"
    empty = take_backup(other_desk, backups, keep=5)
    amina, old = _erased_on_other_desk(demo_db, other_desk, tmp_path)
    restore_with_safety_copy(other_desk, backups, empty)
    assert not was_erased(other_desk, amina)  # the database alone no longer knows

    report = import_bundle(other_desk, old)

    assert report.skipped_erased == 1 and len(report.added) == 4
    assert other_desk.execute("SELECT count(*) FROM person WHERE id = ?",
                              [amina]).fetchone()[0] == 0


def test_an_unreadable_list_of_erased_persons_refuses_the_import(demo_db, other_desk,
                                                                 tmp_path):
    (tmp_path / "other" / "raderade.txt").mkdir()  # there, but not a file that can be read
    with pytest.raises(KnownError, match="listan över raderade personer"):
        import_bundle(other_desk, _bundle_of(tmp_path, demo_db))
    assert other_desk["case"].count == 0 and other_desk["person"].count == 0
