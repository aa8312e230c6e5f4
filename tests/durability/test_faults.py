"""Fault injection: the disk fills up or turns read-only in the middle of the work.

Every fault must give ONE clear `KnownError` (no traceback, the cause named in Swedish), write
nothing half (database: a full dump before and after is identical; files: no partial target,
no `.part` left), and leave what was there before intact (an earlier export's file is
byte-identical afterwards) — DESIGN §9 and §10.

Faults, as root (chmod does not stop root) and without a tiny tmpfs:
- database full: `PRAGMA max_page_count` at (or a few pages above) the current size;
- database read-only: `PRAGMA query_only`;
- files: `open` for writing in the export folder either fails with EROFS, or returns a file
  that writes the first bytes for real and then raises ENOSPC; renaming into place can be
  made to fail too. A "Windows" variant adds the rule that a file still open cannot be
  deleted or renamed, which shows file handles left open after a failure.
"""

from __future__ import annotations

import builtins
import errno
import gc
import io
import os
import random
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from koll_desktop.domain.case import Case, Person, PriorLearning
from koll_desktop.domain.enums import AssessmentStatus, CaseStatus, PriorLearningKind
from koll_desktop.errors import KnownError
from koll_desktop.services.bundles import export_cases, import_bundle
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.services.demo import bundled_library, load_demo
from koll_desktop.services.library_import import import_library_file
from koll_desktop.services.library_json import write_library_json
from koll_desktop.services.library_xlsx import write_library_xlsx
from koll_desktop.services.plan_pdf import write_plan_pdf
from koll_desktop.storage.backups import list_backups, take_backup
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import copy_database, open_db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.settings import Settings
from tests.durability.crash_child import _Child, read_value

FULL_WORDS = "disken är full"
READ_ONLY_WORDS = "skrivskyddad"
BIG_TEXT = "Lång anteckning om yrkeserfarenhet. " * 6000  # ~220 kB: needs new pages
MAX_PAGES = 1073741823


# -- helpers: the database -----------------------------------------------------------------

def dump(db) -> list[str]:
    """Every table's schema and rows (FTS shadow tables included), as SQL text."""
    return list(db.conn.iterdump())


@contextmanager
def database_full(db, headroom: int = 0) -> Iterator[None]:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + headroom}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA max_page_count = {MAX_PAGES}")


@contextmanager
def database_read_only(db, headroom: int = 0) -> Iterator[None]:
    db.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        db.execute("PRAGMA query_only = OFF")


DB_FAULTS = {"disk_full": (database_full, FULL_WORDS),
             "read_only": (database_read_only, READ_ONLY_WORDS)}


def assert_one_clear_message(error: KnownError, words: str) -> None:
    text = str(error)
    assert words in text, f"the message does not say {words!r}: {text!r}"
    assert "\n" not in text and "Traceback" not in text, text
    for technical in ("sqlite", "OperationalError", "Errno", "database or disk"):
        assert technical not in text, f"technical text {technical!r} in {text!r}"


def assert_database_unchanged(db, before: list[str]) -> None:
    assert not db.conn.in_transaction, "a transaction was left open"
    after = dump(db)
    if after != before:
        added = sorted(set(after) - set(before))[:5]
        removed = sorted(set(before) - set(after))[:5]
        pytest.fail(f"the database changed: +{added} -{removed}")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL again


def second_db(tmp_path: Path, name: str):
    path = tmp_path / name
    return open_db(path)


def pages_needed(db, tmp_path: Path, action: Callable[[object], object]) -> int:
    """How many pages `action` adds, measured on a copy of `db`."""
    scratch = open_db(copy_database(db, tmp_path / "kladd.sqlite3"))
    try:
        before = scratch.execute("PRAGMA page_count").fetchone()[0]
        action(scratch)
        return scratch.execute("PRAGMA page_count").fetchone()[0] - before
    finally:
        scratch.close()


def headroom_for(share: float, db, tmp_path: Path, action: Callable[[object], object]) -> int:
    """No free page at all (share 0), or room for part of the work (it fails half-way)."""
    if not share:
        return 0
    needed = pages_needed(db, tmp_path, action)
    assert needed >= 8, f"the work needs only {needed} pages"
    return int(needed * share)


# -- (a) an edit -------------------------------------------------------------------------------

def _edits(db) -> dict[str, Callable[[], object]]:
    cases, data = CaseRepository(db), CaseDataRepository(db)
    amina = cases.case("K-2026-0001")
    requirement = LibraryRepository(db).find_framework("EX-USK").requirements[0].id
    unit = LibraryRepository(db).find_framework("EX-USK").units[0].id
    return {
        "update_case": lambda: cases.update_case(amina.id, status=CaseStatus.PLAN,
                                                 goal=BIG_TEXT),
        "update_person": lambda: cases.update_person(amina.person_id, email="ny@example.se",
                                                     accessibility_needs=BIG_TEXT),
        "add_person": lambda: cases.add_person(Person(given_name="Ny", family_name="Person",
                                                      accessibility_needs=BIG_TEXT)),
        "set_assessment": lambda: data.set_assessment(amina.id, requirement,
                                                      status=AssessmentStatus.NOT_MET,
                                                      rationale=BIG_TEXT),
        "add_evidence": lambda: data.add_evidence(amina.id, "betyg.pdf", os.urandom(300_000)),
        "set_plan_row": lambda: data.set_plan_row(amina.id, unit, note=BIG_TEXT),
        "add_prior_learning": lambda: data.add_prior_learning(PriorLearning(
            case_id=amina.id, kind=PriorLearningKind.WORK, title="Vårdbiträde",
            description=BIG_TEXT)),
        "set_self_rating_read_only_only": lambda: data.set_self_rating(amina.id, requirement,
                                                                       None),
    }


EDITS = ["update_case", "update_person", "add_person", "set_assessment", "add_evidence",
         "set_plan_row", "add_prior_learning", "set_self_rating_read_only_only"]


# Removing a row needs no new page, so a full disk cannot stop it: that pair is not a case.
EDIT_FAULTS = [(edit, fault) for edit in EDITS for fault in sorted(DB_FAULTS)
               if not (edit.endswith("read_only_only") and fault == "disk_full")]


@pytest.mark.parametrize(("edit", "fault"), EDIT_FAULTS)
def test_a_fault_during_an_edit_is_one_message_and_changes_nothing(demo_db, fault, edit):
    make_fault, words = DB_FAULTS[fault]
    action = _edits(demo_db)[edit]
    before = dump(demo_db)
    with make_fault(demo_db), pytest.raises(KnownError) as caught:
        action()
    assert_one_clear_message(caught.value, words)
    assert_database_unchanged(demo_db, before)
    action()  # with room again the same edit goes through: the connection is fine
    assert dump(demo_db) != before


def test_the_disk_fills_up_during_a_working_session(demo_db):
    """Hundreds of varied edits (as in the crash test) while only a few pages are free:
    each edit is all there or, with one clear message, not there at all."""
    child = _Child(demo_db, seed=7)
    expected: dict[tuple, object] = {}
    refused = succeeded = 0
    with database_full(demo_db, headroom=40):
        for seq in range(1, 400):
            child.seq = seq
            if child._queued is not None:  # the case that follows a new person
                edit, child._queued = child._queued, None
            else:
                edit = child.next_edit()
            before = dump(demo_db)
            try:
                edit.apply()
            except KnownError as error:
                assert_one_clear_message(error, FULL_WORDS)
                assert_database_unchanged(demo_db, before)
                child._queued = None  # a person refused has no case to follow
                refused += 1
                if refused >= 25:
                    break
                continue
            edit.after()
            succeeded += 1
            expected.update(edit.writes)
    assert refused >= 5 and succeeded >= 20, (refused, succeeded)
    lost = {k: v for k, v in expected.items() if read_value(demo_db, k) != v}
    assert not lost, f"{len(lost)} committed values missing after the disk filled up"
    assert demo_db.execute("PRAGMA foreign_key_check").fetchall() == []


# -- (b) a library import ----------------------------------------------------------------------

@pytest.fixture
def library_files(tmp_path) -> dict[str, Path]:
    folder = tmp_path / "bibliotek"
    folder.mkdir()
    library = bundled_library()
    return {"xlsx": write_library_xlsx(library, folder / "bibliotek.xlsx"),
            "json": write_library_json(library, folder / "bibliotek.json")}


def _some_work(db) -> None:
    """The desk's own state before the import: a person, a case, settings."""
    cases = CaseRepository(db)
    person = cases.add_person(Person(given_name="Åsa", family_name="Öberg"))
    cases.add_case(Case(reference="K-2026-0001", person_id=person.id, goal="Barnskötare"))
    Settings(db).set("organisation.name", "Exempelkommunen")


# A disk may fill at once or half way through; a read-only file has no half way.
FAULT_SHARES = pytest.mark.parametrize(("fault", "share"), [
    pytest.param(fault, share, id=f"{fault}-{'half-way' if share else 'at-once'}")
    for fault in sorted(DB_FAULTS) for share in (0, 0.5)
    if not (fault == "read_only" and share)])


@FAULT_SHARES
@pytest.mark.parametrize("kind", ["xlsx", "json"])
def test_a_fault_during_a_library_import_leaves_the_library_as_it_was(
        db, tmp_path, library_files, kind, fault, share):
    _some_work(db)
    make_fault, words = DB_FAULTS[fault]
    headroom = headroom_for(share, db, tmp_path,
                            lambda other: import_library_file(other, library_files[kind]))
    before = dump(db)
    with make_fault(db, headroom), pytest.raises(KnownError) as caught:
        import_library_file(db, library_files[kind])
    assert_one_clear_message(caught.value, words)
    assert_database_unchanged(db, before)
    result = import_library_file(db, library_files[kind])  # and it works with room again
    assert "VOXABN" in result.describe()


# -- (c) a bundle import -----------------------------------------------------------------------

@pytest.fixture
def bundle(demo_db, tmp_path) -> Path:
    data = CaseDataRepository(demo_db)
    amina = CaseRepository(demo_db).case("K-2026-0001")
    data.add_evidence(amina.id, "intyg.pdf", random.Random(1).randbytes(400_000))
    return export_cases(demo_db, ["K-2026-0001", "K-2026-0002", "K-2026-0005"],
                        tmp_path / "paket.kollcase")


@FAULT_SHARES
@pytest.mark.parametrize("desk", ["without-library", "with-library"])
def test_a_fault_during_a_bundle_import_changes_nothing(tmp_path, bundle, desk, fault, share):
    other = second_db(tmp_path, f"annan-{desk}.sqlite3")
    try:
        if desk == "with-library":
            load_demo(other)  # its own demo cases: the same references, other ids
        else:
            _some_work(other)
        make_fault, words = DB_FAULTS[fault]
        headroom = headroom_for(share, other, tmp_path, lambda o: import_bundle(o, bundle))
        before = dump(other)
        with make_fault(other, headroom), pytest.raises(KnownError) as caught:
            import_bundle(other, bundle)
        assert_one_clear_message(caught.value, words)
        assert_database_unchanged(other, before)
        report = import_bundle(other, bundle)  # with room again it goes in whole
        assert len(report.added) == 3
    finally:
        other.close()


# -- helpers: files ----------------------------------------------------------------------------

class _FaultyFile:
    """A real file that takes `budget` bytes and then fails like a full disk."""

    def __init__(self, real, budget: int, name: str) -> None:
        self._real, self._budget, self._name = real, budget, name

    def write(self, data):
        if len(data) > self._budget:
            self._real.write(data[:self._budget])
            self._real.flush()
            self._budget = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self._name)
        self._budget -= len(data)
        return self._real.write(data)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._real.close()

    def __iter__(self):
        return iter(self._real)


class FileFaults:
    """Faults for files written in one folder; `opened` holds every file opened there."""

    def __init__(self, folder: Path, monkeypatch) -> None:
        self.folder = folder.resolve()
        self.mp = monkeypatch
        self.opened: list[tuple[Path, object]] = []

    def _here(self, file) -> Path | None:
        if not isinstance(file, (str, os.PathLike)):
            return None
        path = Path(os.fsdecode(file)).resolve()
        return path if path.parent == self.folder else None

    def _wrap_open(self, fail: Callable[[Path, str, Callable], object]) -> None:
        real = io.open

        def patched(file, mode="r", *args, **kwargs):
            path = self._here(file)
            if path is None or not any(c in mode for c in "wax+"):
                return real(file, mode, *args, **kwargs)
            handle = fail(path, mode, lambda: real(file, mode, *args, **kwargs))
            self.opened.append((path, handle))
            return handle

        self.mp.setattr(builtins, "open", patched)
        self.mp.setattr(io, "open", patched)

    def disk_full(self, budget: int = 2000) -> None:
        """Every file written here gets `budget` bytes, then ENOSPC."""
        self._wrap_open(lambda path, mode, opener: _FaultyFile(opener(), budget, str(path)))

    def read_only(self) -> None:
        """Opening a file here for writing fails: the folder is on a read-only volume."""
        def fail(path, mode, opener):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        self._wrap_open(fail)

    def locked_target(self) -> None:
        """Writing works, putting the file in place fails (the old one is open elsewhere)."""
        real = os.replace

        def replace(src, dst, *args, **kwargs):
            if self._here(dst) is not None:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(dst))
            return real(src, dst, *args, **kwargs)

        self.mp.setattr(os, "replace", replace)

    def windows_rules(self) -> None:
        """As on Windows: a file that is still open cannot be deleted or renamed."""
        def guard(real):
            def checked(*paths, **kwargs):
                for p in paths[:2]:
                    here = self._here(p)
                    if here is not None and any(path == here and not handle.closed
                                                for path, handle in self.opened):
                        raise PermissionError(errno.EACCES, "The process cannot access the "
                                              "file because it is being used by another "
                                              "process", os.fsdecode(p))
                return real(*paths, **kwargs)
            return checked

        for name in ("unlink", "remove", "replace", "rename"):
            self.mp.setattr(os, name, guard(getattr(os, name)))


def _exports(db, folder: Path) -> dict[str, Callable[[], Path]]:
    library = LibraryRepository(db).library()
    snapshot = load_snapshot(db, "K-2026-0001")
    return {
        "library_xlsx": lambda: write_library_xlsx(library, folder / "bibliotek.xlsx"),
        "library_json": lambda: write_library_json(library, folder / "bibliotek.json"),
        "plan_pdf": lambda: write_plan_pdf(snapshot, folder / "plan.pdf"),
        "bundle": lambda: export_cases(db, ["K-2026-0001", "K-2026-0002"],
                                       folder / "paket.kollcase"),
    }


EXPORTS = ["library_xlsx", "library_json", "plan_pdf", "bundle"]
FILE_FAULTS = {"disk_full": FULL_WORDS, "read_only": READ_ONLY_WORDS,
               "locked_target": READ_ONLY_WORDS}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _export_with_fault(demo_db, tmp_path, monkeypatch, export: str, fault: str,
                       *, windows: bool = False) -> tuple[BaseException, dict, dict]:
    """An earlier export, then the same export with the fault: (error, before, after)."""
    folder = tmp_path / "export"
    folder.mkdir()
    jobs = _exports(demo_db, folder)
    jobs[export]()  # the earlier, good export
    (folder / "annan-fil.txt").write_text("rörs inte")
    before = _files(folder)
    error: BaseException | None = None
    with monkeypatch.context() as patch:
        faults = FileFaults(folder, patch)
        getattr(faults, fault)()
        if windows:
            faults.windows_rules()
        try:
            jobs[export]()
        except BaseException as exc:  # which kind it is, is what the tests check
            error = exc
    after = _files(folder)
    assert error is not None, "the export did not fail"
    # Objects a failed writer left behind (an unclosed ZipFile) are finalised now, not in
    # the middle of pytest's report (CPython 3.11 raises SystemError when a finaliser runs
    # inside the ast module).
    _drop_tracebacks(error)
    gc.collect()
    return error, before, after


def _drop_tracebacks(error: BaseException | None) -> None:
    while error is not None:
        error.__traceback__ = None
        error = error.__cause__ or error.__context__


@pytest.mark.parametrize("fault", sorted(FILE_FAULTS))
@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_fault_leaves_nothing_half_written(demo_db, tmp_path, monkeypatch, export,
                                                     fault):
    error, before, after = _export_with_fault(demo_db, tmp_path, monkeypatch, export, fault)
    assert isinstance(error, KnownError), f"not a KnownError: {type(error).__name__}: {error}"
    leftovers = sorted(set(after) - set(before))
    assert not leftovers, f"half-written files left: {leftovers}"
    changed = sorted(name for name in before if after.get(name) != before[name])
    assert not changed, f"the earlier files changed: {changed}"


@pytest.mark.parametrize("fault", sorted(FILE_FAULTS))
@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_fault_names_the_cause_in_swedish(demo_db, tmp_path, monkeypatch, export,
                                                    fault):
    error, _, _ = _export_with_fault(demo_db, tmp_path, monkeypatch, export, fault)
    assert isinstance(error, KnownError), f"not a KnownError: {type(error).__name__}: {error}"
    text = error.message
    assert FILE_FAULTS[fault] in text or (fault == "locked_target" and "öppen" in text), text
    for english in ("No space left", "Read-only file system", "Permission denied", "Errno"):
        assert english not in text, f"the operating system's English text in {text!r}"


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_fault_closes_its_file_so_windows_can_remove_it(demo_db, tmp_path,
                                                                  monkeypatch, export):
    """On Windows an open file cannot be deleted: a handle left open after the failure
    means the `.part` stays behind, or the clean-up itself fails with a traceback."""
    error, before, after = _export_with_fault(demo_db, tmp_path, monkeypatch, export,
                                              "disk_full", windows=True)
    assert isinstance(error, KnownError), f"not a KnownError: {type(error).__name__}: {error}"
    leftovers = sorted(set(after) - set(before))
    assert not leftovers, f"half-written files left: {leftovers}"


# -- (e) a backup on a full or read-only disk --------------------------------------------------

@pytest.mark.parametrize("fault", ["disk_full", "read_only"])
def test_a_backup_on_a_full_or_read_only_disk(demo_db, data_paths, monkeypatch, fault):
    folder = data_paths.backups
    earlier = take_backup(demo_db, folder, keep=2, now=datetime(2026, 11, 1, 9, 0, 0))
    earlier_bytes = earlier.read_bytes()
    real = sqlite3.connect

    def connect(target, *args, **kwargs):
        if str(target).endswith(".part"):
            if fault == "read_only":
                return real(f"file:{target}?mode=ro", *args, uri=True, **kwargs)
            conn = real(target, *args, **kwargs)
            conn.execute("PRAGMA max_page_count = 8")
            return conn
        return real(target, *args, **kwargs)

    error: BaseException | None = None
    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", connect)
        try:
            take_backup(demo_db, folder, keep=2, now=datetime(2026, 11, 2, 9, 0, 0))
        except BaseException as exc:  # which kind it is, is what the test checks
            error = exc
    assert error is not None
    leftovers = sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))
    assert [b.path for b in list_backups(folder)] == [earlier]
    assert earlier.read_bytes() == earlier_bytes
    assert isinstance(error, KnownError), f"not a KnownError: {type(error).__name__}: {error}"
    assert not leftovers, f"half-written backup left: {leftovers}"
    assert "säkerhetskopi" in str(error)
    assert demo_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
