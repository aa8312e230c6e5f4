"""Data settings as one value: load, validate, save all-or-nothing; safe restore."""

from __future__ import annotations

import sqlite3
import struct
import zlib
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from koll_desktop.domain.enums import CreditForm
from koll_desktop.errors import KnownError
from koll_desktop.services.case_snapshot import organisation, plan_settings
from koll_desktop.services.settings_service import (
    DEFAULTS,
    KEYS,
    DataSettings,
    SettingsError,
    backup_now,
    load_settings,
    restore_with_safety_copy,
    save_settings,
)
from koll_desktop.storage.backups import list_backups, take_backup
from koll_desktop.storage.settings import Settings


def write_png(path: Path, width: int = 3, height: int = 2) -> Path:
    """A tiny valid RGB PNG, written by hand (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


def _changed(tmp_path: Path) -> DataSettings:
    return DataSettings(
        organisation_name="Vuxenutbildningen Exempelstad",
        organisation_logo=str(write_png(tmp_path / "logo.png")),
        credited_threshold=0.9, full_course_threshold=0.1, rounding_step=5,
        partial_link_factor=0.25, credit_form=CreditForm.EXAMINATION, default_pace=50,
        retention_months=36, backups_keep=7)


def test_empty_database_gives_the_defaults(db):
    assert load_settings(db) == DEFAULTS
    assert DEFAULTS.plan() == plan_settings(db)


def test_round_trip_uses_the_keys_the_documents_read(db, tmp_path):
    wanted = _changed(tmp_path)
    assert save_settings(db, wanted) == wanted
    assert load_settings(db) == wanted
    engine = plan_settings(db, pace=25)
    assert (engine.credited_threshold, engine.full_course_threshold, engine.rounding_step,
            engine.partial_link_factor, engine.credit_form) == (0.9, 0.1, 5, 0.25,
                                                                CreditForm.EXAMINATION)
    assert organisation(db).name == "Vuxenutbildningen Exempelstad"
    assert organisation(db).logo == wanted.organisation_logo
    stored = Settings(db).all()
    assert stored["plan.credit_form"] == "prövning"
    assert set(KEYS.values()) <= set(stored)


def test_names_are_stripped_and_an_empty_logo_means_none(db):
    saved = save_settings(db, replace(DEFAULTS, organisation_name="  Kommunen  ",
                                      organisation_logo="  "))
    assert (saved.organisation_name, saved.organisation_logo) == ("Kommunen", "")
    assert organisation(db).name == "Kommunen"


def test_unreadable_stored_values_fall_back_to_defaults(db):
    Settings(db).set("plan.rounding_step", "tio")
    Settings(db).set("plan.credit_form", "diplom")
    Settings(db).set("plan.credited_threshold", "0.8")
    loaded = load_settings(db)
    assert (loaded.rounding_step, loaded.credit_form) == (DEFAULTS.rounding_step,
                                                          DEFAULTS.credit_form)
    assert loaded.credited_threshold == 0.8


@pytest.mark.parametrize(("change", "field"), [
    ({"full_course_threshold": 1.0}, "full_course_threshold"),  # = credited (100 %)
    ({"credited_threshold": 0.5, "full_course_threshold": 0.6}, "full_course_threshold"),
    ({"credited_threshold": 0.0}, "credited_threshold"),
    ({"rounding_step": 0}, "rounding_step"),
    ({"partial_link_factor": 1.5}, "partial_link_factor"),
    ({"default_pace": 75}, "default_pace"),
    ({"retention_months": 0}, "retention_months"),
    ({"backups_keep": 0}, "backups_keep"),
])
def test_invalid_values_raise_and_save_nothing(db, tmp_path, change, field):
    save_settings(db, _changed(tmp_path))
    before = Settings(db).all()
    bad = replace(_changed(tmp_path), organisation_name="Nytt namn", **change)
    with pytest.raises(SettingsError) as caught:
        save_settings(db, bad)
    assert caught.value.field == field
    assert Settings(db).all() == before


@pytest.mark.parametrize("kind", ["missing", "text", "broken_png", "folder"])
def test_a_logo_that_is_not_a_readable_image_is_named(db, tmp_path, kind):
    path = tmp_path / f"logo-{kind}.png"
    if kind == "text":
        path.write_text("ingen bild", encoding="utf-8")
    elif kind == "broken_png":
        path.write_bytes(write_png(tmp_path / "ok.png").read_bytes()[:30])
    elif kind == "folder":
        path.mkdir()
    with pytest.raises(KnownError) as caught:
        save_settings(db, replace(DEFAULTS, organisation_name="X", organisation_logo=str(path)))
    assert str(path) in str(caught.value)
    assert caught.value.field == "organisation_logo"
    assert Settings(db).all() == {}


def test_jpeg_logo_is_accepted(db, tmp_path):
    image = pytest.importorskip("PIL.Image")  # Pillow comes with reportlab
    jpeg = tmp_path / "logo.jpg"
    image.new("RGB", (4, 3), (20, 90, 160)).save(jpeg, "JPEG")
    assert save_settings(db, replace(DEFAULTS, organisation_logo=str(jpeg))).organisation_logo


def test_a_failure_halfway_through_writing_saves_nothing(db, tmp_path, monkeypatch):
    real_set, calls = Settings.set, []

    def failing_set(self, key, value):
        calls.append(key)
        if len(calls) == 3:
            raise KnownError("disken är full")
        real_set(self, key, value)

    monkeypatch.setattr(Settings, "set", failing_set)
    with pytest.raises(KnownError):
        save_settings(db, _changed(tmp_path))
    monkeypatch.undo()
    assert len(calls) == 3
    assert Settings(db).all() == {}


def test_backups_taken_the_same_second_get_names_of_their_own(db, data_paths):
    first = backup_now(db, data_paths.backups, keep=5)
    second = backup_now(db, data_paths.backups, keep=5)
    assert first != second
    assert len(list_backups(data_paths.backups)) == 2


def _organisation_in(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT value FROM setting WHERE key = 'organisation.name'").fetchone()[0]
    finally:
        conn.close()


def test_restore_takes_a_safety_copy_first_and_never_prunes_the_chosen_one(db, data_paths):
    folder = data_paths.backups
    Settings(db).set("organisation.name", "Före")
    oldest = take_backup(db, folder, keep=3, now=datetime(2026, 1, 1, 8, 0, 0))
    Settings(db).set("organisation.name", "Mellan")
    for day in (2, 3):
        take_backup(db, folder, keep=3, now=datetime(2026, 1, day, 8, 0, 0))
    Settings(db).set("organisation.name", "Efter")

    restored = restore_with_safety_copy(db, folder, oldest)
    safety = restored.safety

    assert organisation(db).name == "Före" and restored.erased_again == 0
    assert oldest.exists()  # full at keep=3, yet the restored backup was not removed
    assert safety in [b.path for b in list_backups(folder)]
    assert _organisation_in(safety) == "Efter"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_of_a_vanished_backup_changes_nothing(db, data_paths):
    Settings(db).set("organisation.name", "Kvar")
    with pytest.raises(KnownError):
        restore_with_safety_copy(db, data_paths.backups, data_paths.backups / "borta.sqlite3")
    assert organisation(db).name == "Kvar"
    assert list_backups(data_paths.backups) == []


# -- a restore never brings back an erased person -----------------------------------------------

AMINA_PNR = "198203149821"  # demo data: K-2026-0001, with an evidence file


def _raw(db) -> bytes:
    """The database file's bytes, WAL included, after a checkpoint."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    main = Path(db.execute("PRAGMA database_list").fetchone()[2])
    wal = Path(f"{main}-wal")
    return main.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_restore_erases_again_a_person_erased_after_the_backup(demo_db, data_paths):
    from koll_desktop.services.person_data import erase_person, find_person
    from koll_desktop.storage.cases import CaseRepository
    from koll_desktop.storage.erasure import was_erased

    folder = data_paths.backups
    amina = find_person(demo_db, "K-2026-0001")
    before = take_backup(demo_db, folder, keep=5, now=datetime(2026, 3, 1, 8, 0, 0))
    assert AMINA_PNR.encode() in before.read_bytes()  # the backup holds her
    erase_person(demo_db, amina, "lena")

    restored = restore_with_safety_copy(demo_db, folder, before)

    assert restored.erased_again == 1 and restored.note == ""
    assert demo_db.execute("SELECT count(*) FROM person WHERE id = ?", [amina]).fetchone()[0] == 0
    assert sorted(c.reference for c in CaseRepository(demo_db).summaries()) == [
        f"K-2026-000{n}" for n in range(2, 6)]  # everyone else is back as in the backup
    assert CaseRepository(demo_db).summaries("Hassan") == []
    assert was_erased(demo_db, amina)  # the trail says so again
    raw = _raw(demo_db)  # search index, evidence and freed pages: as an erasure leaves them
    for secret in (AMINA_PNR, "Hassan", "hassan", "arbetsgivarintyg.txt"):
        assert secret.encode() not in raw, secret
    listed = (data_paths.root / "raderade.txt").read_text(encoding="utf-8")
    assert amina not in listed and "Hassan" not in listed and AMINA_PNR not in listed


def test_a_restore_that_cannot_erase_again_puts_the_state_before_back(demo_db, data_paths,
                                                                      monkeypatch):
    import koll_desktop.services.person_data as person_data

    folder = data_paths.backups
    amina = person_data.find_person(demo_db, "K-2026-0001")
    Settings(demo_db).set("organisation.name", "Före")
    before = take_backup(demo_db, folder, keep=5, now=datetime(2026, 3, 1, 8, 0, 0))
    person_data.erase_person(demo_db, amina, "lena")
    Settings(demo_db).set("organisation.name", "Efter")

    def fail(*_args, **_kwargs):
        raise KnownError("disken är full eller går inte att skriva till")

    monkeypatch.setattr(person_data, "erase_again", fail)
    with pytest.raises(KnownError, match=r"kunde inte raderas igen .*inget återställdes"):
        restore_with_safety_copy(demo_db, folder, before)
    assert organisation(demo_db).name == "Efter"
    assert demo_db.execute("SELECT count(*) FROM person WHERE id = ?", [amina]).fetchone()[0] == 0

    def bug(*_args, **_kwargs):
        raise TypeError("'NoneType' object is not subscriptable")

    monkeypatch.setattr(person_data, "erase_again", bug)
    with pytest.raises(TypeError):  # a bug stays a bug (logged as one) …
        restore_with_safety_copy(demo_db, folder, before)
    assert organisation(demo_db).name == "Efter"  # … and the erased person stays erased
    assert demo_db.execute("SELECT count(*) FROM person WHERE id = ?", [amina]).fetchone()[0] == 0


def test_a_restore_also_erases_persons_the_list_does_not_have_yet(demo_db, data_paths):
    """An erasure whose list could not be written is still known from the database's trail
    when the restore starts: the restore writes the list first."""
    from koll_desktop.services.person_data import erase_person, find_person

    folder = data_paths.backups
    amina = find_person(demo_db, "K-2026-0001")
    before = take_backup(demo_db, folder, keep=5, now=datetime(2026, 3, 1, 8, 0, 0))
    listed = data_paths.root / "raderade.txt"
    listed.mkdir()  # the erasure cannot write the list
    assert erase_person(demo_db, amina, "lena").list_note
    listed.rmdir()
    assert restore_with_safety_copy(demo_db, folder, before).erased_again == 1
    assert listed.is_file()
