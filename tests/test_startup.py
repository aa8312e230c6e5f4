"""The desktop start (DESIGN §11): the daily backup comes after the window, in a worker,
and the start imports nothing it does not need to show the case list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from koll_desktop.errors import KnownError
from koll_desktop.storage.backups import list_backups
from koll_desktop.storage.lock import InstanceLock
from koll_desktop.storage.settings import Settings
from koll_desktop.ui import app as app_module
from koll_desktop.ui.app import run_gui

ROOT = Path(__file__).resolve().parent.parent


def _main_window(data_paths):
    """The window run_gui made (windows of earlier tests may not be deleted yet)."""
    return next(w for w in QApplication.topLevelWidgets()
                if w.objectName() == "MainWindow" and w.data == data_paths)


def _old_backup(folder: Path, taken: datetime) -> Path:
    path = folder / f"koll-{taken:%Y%m%d-%H%M%S}.sqlite3"
    path.write_bytes(b"SQLite format 3\x00")
    return path


@pytest.fixture
def start(qtbot, monkeypatch, data_paths):
    """run_gui with app.exec() replaced by `loop(window)`; returns run_gui's exit code."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own

    def run(loop) -> int:
        monkeypatch.setattr(QApplication, "exec", lambda *_: loop(_main_window(data_paths)))
        return run_gui(data_paths)

    return run


def test_the_days_first_backup_is_taken_after_the_window_shows(start, qtbot, db, data_paths):
    Settings(db).set("backups.keep", "2")  # read by the worker through the settings service
    for day in (1, 2, 3):
        _old_backup(data_paths.backups, datetime(2020, 1, day, 9, 0, 0))
    seen = {}

    def loop(window) -> int:
        seen["shown"] = window.isVisible()
        seen["backups when shown"] = len(list_backups(data_paths.backups))
        # it runs while the event loop does, not only when run_gui ends
        qtbot.waitUntil(lambda: list_backups(data_paths.backups)[0].taken.year > 2020,
                        timeout=10_000)
        return 0

    assert start(loop) == 0
    assert seen == {"shown": True, "backups when shown": 3}
    kept = list_backups(data_paths.backups)
    assert [b.taken.date() for b in kept] == [datetime.now().date(), datetime(2020, 1, 3).date()]
    assert kept[0].path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not list(data_paths.backups.glob("*.part"))
    InstanceLock(data_paths.lock_file).acquire().release()  # run_gui released it


def test_no_second_backup_the_same_day(start, db, data_paths):
    today = _old_backup(data_paths.backups, datetime.now().replace(microsecond=0))
    assert start(lambda window: 0) == 0
    assert [b.path for b in list_backups(data_paths.backups)] == [today]


def test_a_backup_the_event_loop_never_started_is_taken_before_the_end(start, db, data_paths):
    assert start(lambda window: 0) == 0  # exec() returns before the timer fires
    assert len(list_backups(data_paths.backups)) == 1


def test_a_failed_backup_is_logged_and_the_program_still_starts(start, qtbot, db, data_paths,
                                                                 monkeypatch, caplog):
    import koll_desktop.storage.backups as backups

    def full_disk(*_args):
        raise KnownError("disken är full")

    monkeypatch.setattr(backups, "copy_database", full_disk)
    failures = []  # what the user is told (a message box, except offscreen)
    monkeypatch.setattr(app_module.DailyBackup, "_failed",
                        lambda self, message: failures.append(message))

    def loop(window) -> int:
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
        return 0

    assert start(loop) == 0
    assert failures == ["disken är full"]
    assert "dagens säkerhetskopia: disken är full" in caplog.text
    assert list_backups(data_paths.backups) == []


# Modules the case list does not need; each costs start-up time (DESIGN §11).
NOT_AT_START = ("reportlab", "openpyxl", "stdnum", "koll_desktop.services",
                "koll_desktop.domain.plan_engine", "koll_desktop.ui.workspace",
                "koll_desktop.ui.library_view", "koll_desktop.ui.crosswalk_editor",
                "koll_desktop.ui.settings_dialog", "koll_desktop.ui.workers",
                "sqlite_utils",  # with click, dateutil and pluggy: made on first use (storage.db)
                "koll_desktop.domain.case", "koll_desktop.domain.library",  # built when used
                "koll_desktop.storage.library",  # the library offer comes after the window
                "logging.handlers", "_strptime", "uuid",  # rotation, backup names, new ids
                "koll_desktop.storage.backups",  # the day's backup is looked for later
                "dataclasses", "koll_desktop.domain.workflow", "koll_desktop.domain.personnummer",
                "getpass")  # who writes: asked at the first write

START = r"""
import json, sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

def exec_until_shown(*_):
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "MainWindow")
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    made_at_start = "Qt" in vars(QtCore)
    titles = window.table.horizontalHeader().model()
    print(json.dumps({"rows": window.model.rowCount(), "modules": sorted(sys.modules),
                      "Qt namespace": made_at_start,
                      "headers": [titles.headerData(c, QtCore.Qt.Orientation.Horizontal)
                                  for c in range(window.model.columnCount())]}))
    return 0

QApplication.exec = exec_until_shown
from koll_desktop.__main__ import main
sys.exit(main([]))
"""


def test_the_start_imports_only_what_the_case_list_needs(demo_db, data_paths, tmp_path):
    _old_backup(data_paths.backups, datetime.now().replace(microsecond=0))  # none due
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOLL_DATA_DIR": str(data_paths.root),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", START], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] == 5  # the demo cases: the window really showed the case list
    assert report["headers"] == ["Ärende", "Namn", "Status", "Ramverk", "Handledare", "Ändrat"]
    # Its first use creates all its enums (about 13 ms): see koll_desktop/ui/case_list.py.
    assert report["Qt namespace"] is False
    loaded = [m for m in report["modules"]
              if any(m == name or m.startswith(name + ".") for name in NOT_AT_START)]
    assert loaded == []
