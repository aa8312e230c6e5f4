"""Backup and restore: a round trip with the database open, a restore while the app is open,
and backups that stay consistent while another connection or process is half-way through
a transaction or busy editing (DESIGN §9)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from koll_desktop.domain.case import Case, Person
from koll_desktop.domain.enums import CaseStatus
from koll_desktop.errors import NotFound
from koll_desktop.storage.backups import restore_backup, take_backup
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import open_db
from tests.durability.crash_child import (
    ROOT,
    _Child,
    check_database,
    child_command,
    child_env,
    fingerprint,
    kill_during,
    prepare_database,
    read_value,
)


def dump(db) -> list[str]:
    return list(db.conn.iterdump())


def edit_a_lot(db, count: int, seed: int = 11) -> int:
    """`count` varied edits through the repositories, as in the crash test."""
    child = _Child(db, seed)
    for seq in range(1, count + 1):
        child.seq = seq
        if child._queued is not None:
            edit, child._queued = child._queued, None
        else:
            edit = child.next_edit()
        edit.apply()
        edit.after()
    return count


def backup_is_consistent(path: Path) -> list[str]:
    """Structural checks of a backup file, opened read-only as it lies."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        problems = []
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:5]}")
        conn.execute("PRAGMA foreign_keys = ON")
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            problems.append(f"foreign_key_check: {orphans[:5]}")
        return problems
    finally:
        conn.close()


# -- round trip ----------------------------------------------------------------------------

def test_backup_edits_restore_round_trip_with_the_database_open(demo_db, data_paths):
    path = data_paths.database
    watcher = open_db(path)  # another connection that stays open throughout
    try:
        before = dump(demo_db)
        backup = take_backup(demo_db, data_paths.backups, keep=5)
        assert backup_is_consistent(backup) == []
        edit_a_lot(demo_db, 400)
        edited = dump(demo_db)
        assert edited != before
        assert dump(watcher) == edited

        restore_backup(demo_db, backup)

        assert dump(demo_db) == before  # every table, row for row
        assert dump(watcher) == before  # open connections see the restored data
        assert check_database(demo_db) == []
        assert not demo_db.conn.in_transaction
        # Work goes on in the restored data, and it is all on disk after closing.
        amina = CaseRepository(demo_db).case("K-2026-0001")
        CaseRepository(demo_db).update_case(amina.id, goal="Efter återställningen")
        expected = dump(demo_db)
    finally:
        watcher.close()
    demo_db.close()
    again = open_db(path)
    try:
        assert dump(again) == expected
    finally:
        again.close()


def test_a_restore_is_on_disk_even_if_the_program_is_killed_right_after(tmp_path):
    path = tmp_path / "koll.sqlite3"
    prepare_database(path)
    db = open_db(path)
    before = dump(db)
    backup = take_backup(db, tmp_path / "backups", keep=5)
    edit_a_lot(db, 200)
    db.close()
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from koll_desktop.storage.backups import restore_backup
        from koll_desktop.storage.db import open_db
        db = open_db(Path({str(path)!r}))
        restore_backup(db, Path({str(backup)!r}))
        print("RESTORED", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            cwd=ROOT, env=child_env())
    try:
        assert proc.stdout.readline().strip() == b"RESTORED"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    db = open_db(path)
    try:
        assert check_database(db) == []
        assert dump(db) == before
    finally:
        db.close()


def test_a_kill_in_the_middle_of_a_restore_leaves_the_old_or_the_new_state(tmp_path,
                                                                          capsys):
    """The restore copies every page into the live database in one transaction: a kill half
    way leaves the data as it was before the restore, never a mixture."""
    path = tmp_path / "koll.sqlite3"
    prepare_database(path)
    db = open_db(path)
    data = CaseDataRepository(db)
    amina = CaseRepository(db).case("K-2026-0001")
    rng = random.Random(5)
    for i in range(24):  # 24 MB of evidence, so that the restore takes a while
        data.add_evidence(amina.id, f"intyg-{i}.pdf", rng.randbytes(1_000_000))
    backup = take_backup(db, tmp_path / "backups", keep=5)
    for item in data.evidence(amina.id)[:12]:
        data.delete_evidence(item.id, amina.id)
    for i in range(12):
        data.add_evidence(amina.id, f"nytt-{i}.pdf", rng.randbytes(1_000_000))
    edit_a_lot(db, 300)
    db.close()
    old, new = fingerprint(path), fingerprint(backup)
    assert old != new
    result = kill_during("restore", path, backup, tmp_path, kills=12, seed=9, longest=0.15,
                         measure=fingerprint)
    kept = sum(1 for f in result["seen"] if f == old)
    restored = sum(1 for f in result["seen"] if f == new)
    with capsys.disabled():
        print(f"\nrestore: 12 kills, {result['unfinished']} before it finished; afterwards "
              f"{kept} × as before, {restored} × restored, {12 - kept - restored} × mixed")
    assert kept + restored == 12


# -- restore while the desktop app is open --------------------------------------------------

@pytest.fixture
def window(qtbot, demo_db, data_paths):
    from koll_desktop.ui.app import create_application
    from koll_desktop.ui.main_window import MainWindow

    create_application()
    win = MainWindow(demo_db, data_paths)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    return win


def _listed(window) -> dict[str, str]:
    model = window.model
    # every row is there (read a page at a time as it is shown)
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def _work_after_the_backup(window) -> str:
    """A new case, opened in the workspace, and an edit of an existing one; returns its id."""
    cases = CaseRepository(window.db)
    person = cases.add_person(Person(given_name="Efter", family_name="Kopian"))
    new = cases.add_case(Case(reference=cases.next_reference(2026), person_id=person.id))
    amina = cases.case("K-2026-0001")
    cases.update_case(amina.id, goal="Ändrat efter säkerhetskopian", status=CaseStatus.CLOSED)
    window.show_case_list()
    assert "Efter Kopian" in _listed(window).values()
    window.open_case(new.id)
    window.workspace.session.set_case_field("goal", "Skrivet i arbetsytan", "Mål")
    assert window.undo_stack.count() == 1
    return new.id


def test_restore_while_the_app_is_open_with_a_case_in_the_workspace(window, data_paths,
                                                                      qtbot):
    before = _listed(window)
    backup = take_backup(window.db, data_paths.backups, keep=5)
    new_id = _work_after_the_backup(window)

    restore_backup(window.db, backup)
    qtbot.wait(50)  # let queued events and timers run against the restored data
    window.show_case_list()
    qtbot.wait(50)

    assert _listed(window) == before
    cases = CaseRepository(window.db)
    assert cases.case("K-2026-0001").goal == "Undersköterska i hemtjänsten"
    with pytest.raises(NotFound):
        cases.case(new_id)
    assert check_database(window.db) == []


def test_restore_through_the_app_closes_the_workspace_and_forgets_undo(window, data_paths,
                                                                       qtbot):
    """What the settings dialog does after a restore (MainWindow._after_restore): the open
    case may not exist any more, and undo must not write old values into restored data."""
    before = _listed(window)
    backup = take_backup(window.db, data_paths.backups, keep=5)
    _work_after_the_backup(window)

    restore_backup(window.db, backup)
    window._after_restore(str(backup))
    qtbot.wait(50)

    assert window.workspace is None
    assert window.undo_stack.count() == 0
    assert window.pages.currentWidget() is window.case_list_page
    assert _listed(window) == before
    assert "återställd" in window.statusBar().currentMessage()
    window.undo_action.trigger()  # nothing to undo: the restored data stays as it is
    assert _listed(window) == before


# -- backups while someone else is writing --------------------------------------------------

def test_a_backup_ignores_a_half_finished_transaction_in_another_connection(demo_db,
                                                                            data_paths):
    committed = dump(demo_db)
    other = sqlite3.connect(str(data_paths.database), isolation_level=None)
    try:
        other.execute("PRAGMA foreign_keys = ON")  # as the app's own connections
        other.execute("PRAGMA cache_size = 5")  # forces uncommitted pages out into the WAL
        other.execute("BEGIN IMMEDIATE")
        case_id = other.execute('SELECT id FROM "case" ORDER BY reference').fetchone()[0]
        other.execute('UPDATE "case" SET goal = ? WHERE id = ?', ["HALVFÄRDIG", case_id])
        other.execute('DELETE FROM "case" WHERE reference = ?', ["K-2026-0003"])
        for i in range(200):
            other.execute("INSERT INTO audit_event (id, at, actor, action, entity, entity_id) "
                          "VALUES (?, '2026-01-01', 'x', 'create', 'y', ?)",
                          [f"halv-{i}", "z" * 2000])
        wal = Path(str(data_paths.database) + "-wal")
        assert wal.stat().st_size > 100_000, "the half-finished work did not reach the WAL"

        backup = take_backup(demo_db, data_paths.backups, keep=5)

        assert backup_is_consistent(backup) == []
        copy = open_db(backup)
        try:
            assert dump(copy) == committed
        finally:
            copy.close()
        other.execute("COMMIT")  # now it is committed; the backup keeps the earlier state
        later = take_backup(demo_db, data_paths.backups, keep=5,
                            now=datetime.now() + timedelta(seconds=2))
        assert backup_is_consistent(later) == []
        assert "HALVFÄRDIG" in "".join(dump(demo_db))
        restore_backup(demo_db, backup)
        assert dump(demo_db) == committed
    finally:
        other.close()


def test_a_backup_after_a_writer_was_killed_half_way(demo_db, data_paths):
    """Another process is killed in the middle of a big transaction: its uncommitted pages
    lie in the WAL; a backup taken now has none of them and is consistent."""
    committed = dump(demo_db)
    script = textwrap.dedent(f"""
        import sqlite3
        conn = sqlite3.connect({str(data_paths.database)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 5")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute('UPDATE "case" SET goal = ?', ["HALVFÄRDIG"])
        for i in range(300):
            conn.execute("INSERT INTO audit_event (id, at, actor, action, entity, entity_id) "
                         "VALUES (?, '2026-01-01', 'x', 'create', 'y', ?)",
                         [f"halv-{{i}}", "z" * 2000])
        print("HALF-WAY", flush=True)
        import time; time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=ROOT,
                            env=child_env())
    try:
        assert proc.stdout.readline().strip() == b"HALF-WAY"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    backup = take_backup(demo_db, data_paths.backups, keep=5)
    assert backup_is_consistent(backup) == []
    copy = open_db(backup)
    try:
        assert dump(copy) == committed
    finally:
        copy.close()
    assert dump(demo_db) == committed


def test_backups_taken_while_another_process_keeps_editing(tmp_path):
    """Backups of a database the crash-test child is busy editing: each one is consistent
    and holds every edit reported committed before it started (a snapshot)."""
    path = tmp_path / "koll.sqlite3"
    prepare_database(path)
    db = open_db(path)
    out_path = tmp_path / "child.out"
    snapshots: list[tuple[Path, int, int]] = []
    with out_path.open("wb") as out:
        proc = subprocess.Popen(child_command(path, 99), stdout=out,
                                stderr=subprocess.DEVNULL, cwd=ROOT, env=child_env())
    try:
        deadline = time.monotonic() + 20
        while b"\n" not in out_path.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.005)
        for n in range(8):
            time.sleep(0.15)
            started = out_path.stat().st_size
            backup = take_backup(db, tmp_path / "backups", keep=20,
                                 now=datetime(2026, 1, 1) + timedelta(seconds=n))
            snapshots.append((backup, started, out_path.stat().st_size))
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        db.close()
    text = out_path.read_bytes()
    assert proc.returncode == -signal.SIGKILL
    checked = 0
    for backup, started, ended in snapshots:
        assert backup_is_consistent(backup) == []
        settled = _history(text[:started], committed_only=True)
        maybe = _history(text[started:ended], committed_only=False)
        for key, values in _in_flight(text[:started]).items():
            maybe.setdefault(key, []).extend(values)
        copy = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            for key, value in settled.items():
                allowed = [value, *maybe.get(key, [])]
                actual = read_value(copy, key)
                assert actual in allowed, f"{backup.name}: {list(key)} is {actual!r}"
                checked += 1
        finally:
            copy.close()
    assert checked > 100


def _history(data: bytes, *, committed_only: bool) -> dict[tuple, object]:
    """Key → last reported value (committed_only), or key → every value begun or reported."""
    values: dict[tuple, object] = {}
    for tag, record in _records(data):
        if committed_only and tag != "C":
            continue
        for key, value in record["w"]:
            if committed_only:
                values[tuple(key)] = value
            else:
                values.setdefault(tuple(key), []).append(value)
    return values


def _in_flight(data: bytes) -> dict[tuple, list]:
    """The values of the edit begun but not yet reported at the end of `data`."""
    begun: dict[int, dict] = {}
    for tag, record in _records(data):
        if tag == "B":
            begun[record["s"]] = record
        else:
            begun.pop(record["s"], None)
    return {tuple(k): [v] for record in begun.values() for k, v in record["w"]}


def _records(data: bytes):
    for line in data.decode("utf-8", errors="replace").split("\n")[:-1]:
        tag, _, payload = line.partition(" ")
        if tag in ("B", "C"):
            yield tag, json.loads(payload)
