"""The job runner: progress, result, known errors, bugs, cancel between steps, own DB connection."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtWidgets import QWidget

from koll_desktop.errors import KnownError
from koll_desktop.ui.workers import (
    JobCancelled,
    JobDialog,
    JobProgress,
    JobRunner,
    active_jobs,
    database_job,
    run_with_dialog,
)

TIMEOUT_MS = 5000


def _run(qtbot, runner: JobRunner, signal) -> list:
    with qtbot.waitSignal(signal, timeout=TIMEOUT_MS) as blocker:
        runner.start()
    return blocker.args


def test_progress_is_reported_and_the_result_delivered(qtbot):
    def job(progress, cancelled):
        for step in range(3):
            progress(step, 3, f"steg {step + 1}")
        progress(3, 3, "klart")
        return {"rader": 3}

    runner = JobRunner(job)
    seen: list[tuple[int, int, str]] = []
    runner.progress.connect(lambda d, t, label: seen.append((d, t, label)))
    args = _run(qtbot, runner, runner.finished)
    assert args == [{"rader": 3}]
    assert seen[0] == (0, 3, "steg 1")
    assert seen[-1] == (3, 3, "klart")  # the last report always arrives
    assert not runner.running
    assert active_jobs() == 0


def test_a_known_error_arrives_as_its_one_line_message(qtbot):
    def job(progress, cancelled):
        raise KnownError("filen är tom", place="tom.json")

    runner = JobRunner(job)
    finished: list[object] = []
    runner.finished.connect(finished.append)
    args = _run(qtbot, runner, runner.failed)
    assert args == ["tom.json: filen är tom"]
    assert finished == []


def test_a_bug_is_logged_whole_and_named_with_the_log_file(qtbot, caplog, tmp_path):
    def job(progress, cancelled):
        return {}["saknas"]

    log_file = tmp_path / "koll.log"
    runner = JobRunner(job, log_file=log_file)
    with caplog.at_level(logging.ERROR, logger="koll.ui.workers"):
        (message,) = _run(qtbot, runner, runner.failed)
    assert "KeyError" in message and str(log_file) in message
    assert "Traceback" not in message
    record = next(r for r in caplog.records if r.name == "koll.ui.workers")
    assert record.exc_info and record.exc_info[0] is KeyError


def test_cancel_stops_the_job_between_steps(qtbot):
    gate = threading.Event()
    steps: list[int] = []

    def job(progress, cancelled):
        for step in range(5):
            progress(step, 5, f"steg {step}")
            steps.append(step)
            if step == 1:
                gate.wait(5)
        progress(5, 5, "klart")
        return "hela"

    runner = JobRunner(job)
    finished: list[object] = []
    runner.finished.connect(finished.append)
    with qtbot.waitSignal(runner.cancelled, timeout=TIMEOUT_MS):
        runner.start()
        qtbot.waitUntil(lambda: len(steps) == 2, timeout=TIMEOUT_MS)
        runner.cancel()
        gate.set()
    assert steps == [0, 1]  # step 2 never ran
    assert finished == []
    assert not runner.running


def test_a_job_may_look_at_cancelled_itself(qtbot):
    started = threading.Event()

    def job(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise JobCancelled

    runner = JobRunner(job)
    with qtbot.waitSignal(runner.cancelled, timeout=TIMEOUT_MS):
        runner.start()
        assert started.wait(5)
        runner.cancel()


def test_cancel_after_the_last_step_keeps_the_result(qtbot):
    def job(progress, cancelled):
        runner.cancel()  # asked too late: the work is done
        progress(2, 2, "klart")
        return 42

    runner = JobRunner(job)
    assert _run(qtbot, runner, runner.finished) == [42]


def test_a_runner_runs_once(qtbot):
    runner = JobRunner(lambda progress, cancelled: None)
    _run(qtbot, runner, runner.ended)
    with pytest.raises(RuntimeError):
        runner.start()


def test_database_job_opens_and_closes_its_own_connection(qtbot, demo_db, data_paths):
    used = []

    def work(db, progress, cancelled):
        used.append(db)
        return db.execute("SELECT count(*) FROM framework").fetchone()[0]

    runner = JobRunner(database_job(data_paths.database, work))
    assert _run(qtbot, runner, runner.finished) == [4]
    (worker_db,) = used
    assert worker_db is not demo_db and worker_db.conn is not demo_db.conn
    with pytest.raises(Exception, match="closed"):
        worker_db.execute("SELECT 1")
    assert demo_db.execute("SELECT count(*) FROM framework").fetchone()[0] == 4


def test_progress_widget_follows_a_job_and_hides_at_the_end(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    widget = JobProgress(host)
    host.show()
    gate = threading.Event()

    def job(progress, cancelled):
        progress(0, 4, "Läser filen")
        gate.wait(5)
        progress(4, 4, "klart")

    runner = JobRunner(job)
    widget.follow(runner, "Startar")
    assert widget.isVisible() and widget.cancel_button.accessibleName()
    runner.start()
    qtbot.waitUntil(lambda: widget.bar.maximum() == 4, timeout=TIMEOUT_MS)
    assert widget.label.text() == "Läser filen"
    with qtbot.waitSignal(runner.ended, timeout=TIMEOUT_MS):
        gate.set()
    assert not widget.isVisible()


def test_dialog_cancel_button_stops_the_job(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = JobDialog(parent, "Exporterar", delay_ms=0)
    release = threading.Event()

    def job(progress, cancelled):
        progress(0, 2, "första")
        release.wait(5)
        progress(1, 2, "andra")  # raises: cancel was asked
        return "för långt"

    runner = dialog.start(job, "Startar")
    assert dialog.isVisible()
    with qtbot.waitSignal(runner.cancelled, timeout=TIMEOUT_MS):
        dialog.progress.cancel_button.click()
        assert dialog.progress.label.text() == "Avbryter …"
        release.set()
    assert not dialog.isVisible()


def test_run_with_dialog_does_not_flash_for_a_quick_job(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    runner = run_with_dialog(parent, "Snabbt", lambda progress, cancelled: "ok")
    runner.finished.connect(results.append)
    qtbot.waitUntil(lambda: results == ["ok"], timeout=TIMEOUT_MS)
    assert not [d for d in parent.findChildren(JobDialog) if d.isVisible()]
