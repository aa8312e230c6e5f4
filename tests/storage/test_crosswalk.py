"""Editing the crosswalk: each link, change and unlink commits at once and is audited."""

from __future__ import annotations

import pytest

from koll_desktop.domain.enums import Coverage
from koll_desktop.errors import KnownError, NotFound
from koll_desktop.storage.crosswalk import CrosswalkRepository, StoredLink
from koll_desktop.storage.library import LibraryRepository


@pytest.fixture
def repo(demo_db):
    return CrosswalkRepository(demo_db, actor="Samordnare Sam")


@pytest.fixture
def ids(demo_db):
    return LibraryRepository(demo_db).requirement_ids()


def _events(db, link_id):
    return list(db.query("SELECT action, field, old, new, actor FROM audit_event "
                         "WHERE entity = 'crosswalk_link' AND entity_id = ? ORDER BY at",
                         [link_id]))


def _frameworks(db):
    library = LibraryRepository(db)
    return library.find_framework("EX-USK").id, library.find_framework("VOXABN").id


def test_links_between_finds_the_bundled_links_either_way(repo, demo_db, ids):
    usk, voxabn = _frameworks(demo_db)
    links = repo.links_between(usk, voxabn)
    assert len(links) == 52
    assert {x.id for x in repo.links_between(voxabn, usk)} == {x.id for x in links}
    first = links[0]
    assert (first.from_id, first.to_id) == (ids[("EX-USK", "A.1")], ids[("VOXABN", "HAOHAL01.1")])
    assert first.other(first.from_id) == first.to_id
    barn = LibraryRepository(demo_db).find_framework("YP-BARNSKOTARE").id
    assert repo.links_between(usk, barn) == []


def test_link_commits_and_is_audited(repo, demo_db, ids):
    a, b = ids[("EX-USK", "F.4")], ids[("VOXABN", "OMVOMV01.1")]
    link_id = repo.link(a, b, Coverage.PARTIAL, "  Överrapportering ingår delvis.  ")
    assert demo_db.conn.in_transaction is False
    assert repo.get(link_id) == StoredLink(link_id, a, b, Coverage.PARTIAL,
                                           "Överrapportering ingår delvis.")
    assert repo.link_between(b, a) == repo.get(link_id)
    refs = {(link.from_ref, link.to_ref) for link in LibraryRepository(demo_db).crosswalk()}
    assert (("EX-USK", "F.4"), ("VOXABN", "OMVOMV01.1")) in refs
    assert [(e["action"], e["actor"]) for e in _events(demo_db, link_id)] == [
        ("create", "Samordnare Sam")]


def test_update_link_returns_the_old_link_and_audits_without_the_note_text(repo, demo_db, ids):
    link_id = repo.link(ids[("EX-USK", "F.4")], ids[("VOXABN", "OMVOMV01.1")])
    before = repo.update_link(link_id, coverage=Coverage.PARTIAL, note="Hemlig anmärkning")
    assert before.coverage is Coverage.FULL and before.note == ""
    assert demo_db.conn.in_transaction is False
    now = repo.get(link_id)
    assert (now.coverage, now.note) == (Coverage.PARTIAL, "Hemlig anmärkning")
    updates = {e["field"]: e for e in _events(demo_db, link_id) if e["action"] == "update"}
    assert (updates["coverage"]["old"], updates["coverage"]["new"]) == ("full", "partial")
    assert updates["note"]["new"] == "(text)"
    every = " ".join(str(v) for e in demo_db.query("SELECT * FROM audit_event") for v in e.values())
    assert "Hemlig" not in every
    count = demo_db["audit_event"].count
    repo.update_link(link_id, coverage="partial")  # no change, no event
    assert demo_db["audit_event"].count == count
    repo.update_link(link_id, coverage=before.coverage, note=before.note)  # what undo does
    assert repo.get(link_id) == before


def test_unlink_returns_what_restore_needs_and_restore_keeps_the_id(repo, demo_db, ids):
    usk, voxabn = _frameworks(demo_db)
    existing = repo.links_between(usk, voxabn)[1]
    removed = repo.unlink(existing.id)
    assert removed == existing
    assert demo_db.conn.in_transaction is False
    assert len(repo.links_between(usk, voxabn)) == 51
    with pytest.raises(NotFound):
        repo.get(existing.id)
    assert repo.restore(removed) == existing.id
    assert repo.get(existing.id) == existing
    actions = [e["action"] for e in _events(demo_db, existing.id)]
    assert actions == ["delete", "create"]


@pytest.mark.parametrize("case", ["same", "same_framework", "duplicate", "reverse", "missing",
                                  "coverage"])
def test_refused_links_write_nothing(repo, demo_db, ids, case):
    a, b = ids[("EX-USK", "A.1")], ids[("VOXABN", "HAOHAL01.1")]  # linked in the bundle
    args = {"same": (a, a, "full"), "same_framework": (a, ids[("EX-USK", "A.2")], "full"),
            "duplicate": (a, b, "partial"), "reverse": (b, a, "full"),
            "missing": (a, "no-such-requirement", "full"),
            "coverage": (ids[("EX-USK", "F.4")], b, "most")}[case]
    links, events = demo_db["crosswalk_link"].count, demo_db["audit_event"].count
    with pytest.raises(KnownError):
        repo.link(*args)
    assert demo_db.conn.in_transaction is False
    assert (demo_db["crosswalk_link"].count, demo_db["audit_event"].count) == (links, events)


def test_changing_a_link_that_is_gone_is_a_known_error(repo):
    with pytest.raises(NotFound):
        repo.unlink("gone")
    with pytest.raises(NotFound):
        repo.update_link("gone", coverage=Coverage.FULL)
