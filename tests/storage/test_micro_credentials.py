"""Editing micro-credential definitions: one committed, audited transaction per save or delete;
a duplicate code or an unknown requirement is refused with nothing written."""

from __future__ import annotations

from dataclasses import replace

import pytest

from koll_desktop.domain.library import MicroCredential
from koll_desktop.errors import KnownError, NotFound
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.micro_credentials import MicroCredentialRepository

COMPLETE = {
    "title": "Stödja måltider och nutrition", "awarding_body": "Testkommunens vuxenutbildning",
    "country": "SE", "learning_outcomes": "Deltagaren kan stödja en person vid måltider.",
    "workload": "ca 20 timmar (0,5 hp)", "level": "SeQF 4 / EQF 4",
    "assessment_type": "Observation på arbetsplats", "participation": "På arbetsplatsen",
    "quality_assurance": "Huvudmannens rutiner för validering",
    "prerequisites": "Inga", "stackable_into": "Kan räknas in i Omvårdnad 1 (VOXABN).",
}


@pytest.fixture
def repo(demo_db):
    return MicroCredentialRepository(demo_db, actor="Samordnare Sam")


def _new(**changes) -> MicroCredential:
    return replace(MicroCredential(code="MK-TEST-MAT", title="", requirements=(
        ("VOXABN", "OMVOMV01.2"), ("EX-USK", "A.3"))), **{**COMPLETE, **changes})


def _events(db, mc_id):
    return [(e["action"], e["field"], e["old"], e["new"], e["actor"]) for e in db.query(
        "SELECT * FROM audit_event WHERE entity = 'micro_credential' AND entity_id = ? "
        "ORDER BY rowid", [mc_id])]


def _stored(db) -> dict[str, MicroCredential]:
    return {m.code: m for m in LibraryRepository(db).micro_credentials()}


def _state(db):
    return (_stored(db), db["micro_credential_requirement"].count, db["audit_event"].count)


def test_save_creates_with_fields_and_requirements_in_one_audited_transaction(repo, demo_db):
    mc = _new(title="  Stödja måltider och nutrition  ")
    assert repo.save(mc) is None  # nothing before
    assert demo_db.conn.in_transaction is False
    stored = _stored(demo_db)["MK-TEST-MAT"]
    assert stored == replace(mc, title="Stödja måltider och nutrition")  # same id, stripped
    assert repo.get("MK-TEST-MAT") == stored
    assert repo.find(mc.id) == stored
    assert stored.missing_elements() == []
    assert _events(demo_db, mc.id) == [
        ("create", "", "", "", "Samordnare Sam"),
        ("update", "requirements", "", "VOXABN OMVOMV01.2, EX-USK A.3", "Samordnare Sam")]


def test_save_updates_fields_and_requirement_list_and_audits_each_change(repo, demo_db):
    mc = _new()
    repo.save(mc)
    changed = replace(mc, level="SeQF 3 / EQF 3", requirements=(
        ("EX-USK", "A.3"), ("VOXABN", "OMVOMV01.1"), ("EX-USK", "A.3")))  # twice: kept once
    before = repo.save(changed)
    assert before == mc
    stored = repo.get("MK-TEST-MAT")
    assert stored.level == "SeQF 3 / EQF 3"
    assert stored.requirements == (("EX-USK", "A.3"), ("VOXABN", "OMVOMV01.1"))
    assert _events(demo_db, mc.id)[2:] == [
        ("update", "level", "SeQF 4 / EQF 4", "SeQF 3 / EQF 3", "Samordnare Sam"),
        ("update", "requirements", "VOXABN OMVOMV01.2, EX-USK A.3",
         "EX-USK A.3, VOXABN OMVOMV01.1", "Samordnare Sam")]
    count = demo_db["audit_event"].count
    assert repo.save(changed) == stored  # nothing changed: nothing audited
    assert demo_db["audit_event"].count == count


def test_only_the_requirement_list_changed_still_touches_updated_at(repo, demo_db):
    mc = _new()
    repo.save(mc)
    stamp = demo_db["micro_credential"].get(mc.id)["updated_at"]
    repo.save(replace(mc, requirements=(("EX-USK", "A.3"),)))
    assert demo_db["micro_credential"].get(mc.id)["updated_at"] > stamp  # microseconds
    assert [e[1] for e in _events(demo_db, mc.id)][-1] == "requirements"


def test_delete_returns_the_definition_and_save_puts_it_back_under_its_id(repo, demo_db):
    mc = _new()
    repo.save(mc)
    gone = repo.delete(mc.id)
    assert gone == mc
    assert "MK-TEST-MAT" not in _stored(demo_db)
    assert demo_db.execute("SELECT count(*) FROM micro_credential_requirement WHERE "
                           "micro_credential_id = ?", [mc.id]).fetchone()[0] == 0
    assert _events(demo_db, mc.id)[-1] == ("delete", "", "", "", "Samordnare Sam")
    with pytest.raises(NotFound):
        repo.get("MK-TEST-MAT")
    with pytest.raises(NotFound):
        repo.delete(mc.id)
    assert repo.save(gone) is None
    assert _stored(demo_db)["MK-TEST-MAT"] == mc


def test_a_bundled_definition_round_trips_unchanged(repo, demo_db):
    bundled = repo.get("MK-USK-HYG")
    count = demo_db["audit_event"].count
    assert repo.save(bundled) == bundled
    assert demo_db["audit_event"].count == count
    assert repo.get("MK-USK-HYG") == bundled


def test_a_duplicate_code_is_refused_with_nothing_saved(repo, demo_db):
    before = _state(demo_db)
    with pytest.raises(KnownError, match="koden används redan") as caught:
        repo.save(_new(code="MK-USK-HYG"))
    assert caught.value.place == "MK-USK-HYG"
    assert _state(demo_db) == before
    # renaming an existing definition to another's code is refused the same way
    mc = _new()
    repo.save(mc)
    before = _state(demo_db)
    with pytest.raises(KnownError, match="koden används redan"):
        repo.save(replace(mc, code="MK-USK-DOK", title="Ändrad titel"))
    assert _state(demo_db) == before
    assert demo_db.conn.in_transaction is False


def test_an_unknown_requirement_is_refused_with_nothing_saved(repo, demo_db):
    before = _state(demo_db)
    with pytest.raises(KnownError, match=r"kravet VOXABN OMVOMV01\.9 finns inte"):
        repo.save(_new(requirements=(("VOXABN", "OMVOMV01.1"), ("VOXABN", "OMVOMV01.9"))))
    assert _state(demo_db) == before
    hyg = repo.get("MK-USK-HYG")
    with pytest.raises(KnownError, match=r"NOPE X\.1"):
        repo.save(replace(hyg, title="Ny titel", requirements=(*hyg.requirements,
                                                               ("NOPE", "X.1"))))
    assert _state(demo_db) == before  # the title did not change either
    assert demo_db.conn.in_transaction is False


@pytest.mark.parametrize("code", ["", "   ", "MK USK", "MK/USK", "x" * 41])
def test_a_missing_or_unusable_code_is_refused(repo, demo_db, code):
    before = _state(demo_db)
    with pytest.raises(KnownError):
        repo.save(_new(code=code))
    assert _state(demo_db) == before


def test_a_draft_with_missing_elements_and_no_requirements_can_be_saved(repo, demo_db):
    draft = MicroCredential(code="MK-UTKAST", title="")
    repo.save(draft)
    stored = repo.get("MK-UTKAST")
    assert stored.requirements == ()
    assert stored.missing_elements()[0] == "titel"
    assert "läranderesultat" in stored.missing_elements()
