"""Long jobs in a worker thread with progress and cancel (DESIGN §7).

A job is a plain callable `fn(progress, cancelled) -> result`:
  progress(done, total, label)  reports a step; once cancel was asked, it raises JobCancelled
                                (unless the job is already done), so any service that takes a
                                progress callback stops at its next step and its transaction
                                rolls back;
  cancelled() -> bool           for jobs that prefer to look and raise JobCancelled themselves.

Workers never touch the GUI's database connection. A job that needs the database is wrapped
with `database_job(path, fn)`, which opens its own connection inside the worker and closes it;
jobs that only write files get a snapshot (domain objects) taken in the GUI thread.

`JobRunner` runs one job on a QThreadPool and reports in the GUI thread: progress, finished
(result), failed (a KnownError's one-line message; for a bug the traceback goes to the log and
the message names the log file) and cancelled. `JobProgress` is an inline progress bar with a
Cancel button; `JobDialog` hosts it in a window-modal dialog.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.errors import KnownError
from koll_desktop.storage.db import Db

log = logging.getLogger("koll.ui.workers")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress signals a second reach the GUI
_running: set[JobRunner] = set()  # keeps a runner alive until its job has ended


class JobCancelled(Exception):
    """Raised inside a job to stop it; the runner reports `cancelled`, not a failure."""


def database_job(path: Path, fn: Callable[[Db, Progress, Cancelled], Any]) -> Job:
    """A job that opens its own connection to the database at `path` and closes it after."""

    def job(progress: Progress, cancelled: Cancelled) -> Any:
        from koll_desktop.storage.db import open_db

        db = open_db(path)
        try:
            return fn(db, progress, cancelled)
        finally:
            db.close()

    return job


def log_file_name() -> str:
    """The file the application logs to (see __main__.setup_logging), or ''."""
    for handler in logging.getLogger().handlers:
        name = getattr(handler, "baseFilename", "")
        if name:
            return str(name)
    return ""


class _Relay(QObject):
    """Signals emitted from the worker thread; queued to the runner in the GUI thread."""

    progress = Signal(int, int, str)
    result = Signal(object)
    known_error = Signal(str)
    bug = Signal(str)
    stopped = Signal()


class _Task(QRunnable):
    def __init__(self, fn: Job, relay: _Relay, cancel: threading.Event,
                 ended: threading.Event) -> None:
        super().__init__()  # auto-deleted: the pool owns it once started
        self.fn, self.relay, self.cancel, self.ended = fn, relay, cancel, ended
        self._last = 0.0

    def _progress(self, done: int, total: int, label: str) -> None:
        if self.cancel.is_set() and done < total:
            raise JobCancelled
        now = time.monotonic()
        if done >= total or done == 0 or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self.relay.progress.emit(int(done), int(total), str(label))

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel.is_set)
        except JobCancelled:
            self._report(self.relay.stopped)
        except KnownError as error:
            self._report(self.relay.known_error, str(error))
        except Exception as error:  # a bug: log it whole, tell the user one line
            log.exception("oväntat fel i bakgrundsjobb")
            self._report(self.relay.bug, type(error).__name__)
        else:
            self._report(self.relay.result, result)
        finally:
            self.ended.set()

    @staticmethod
    def _report(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application is shutting down: nobody is listening
            log.info("job ended after its window was gone")


class JobRunner(QObject):
    """Runs one job in the thread pool; its signals arrive in the GUI thread.

    Give it no Qt parent: it keeps itself alive until the job has ended, so closing a
    window while a job runs never deletes the object its worker reports to.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()  # after any of finished / failed / cancelled

    def __init__(self, fn: Job, *, log_file: str | Path | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self._relay = _Relay(self)
        self._fn = fn
        self._pool = pool or QThreadPool.globalInstance()
        self._log_file = str(log_file) if log_file else ""
        self._started = False
        self._running = False
        self._relay.progress.connect(self.progress)
        self._relay.result.connect(self._on_result)
        self._relay.known_error.connect(self._on_known_error)
        self._relay.bug.connect(self._on_bug)
        self._relay.stopped.connect(self._on_stopped)

    def start(self) -> JobRunner:
        if self._started:
            raise RuntimeError("a JobRunner runs its job once")
        self._started = self._running = True
        _running.add(self)
        self._pool.start(_Task(self._fn, self._relay, self._cancel, self._ended))
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next step; `cancelled` follows when it has."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """True from start() until the end signal has been delivered."""
        return self._running

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker has left the job (its signals still need the event loop)."""
        return self._ended.wait(timeout_s)

    # -- in the GUI thread ---------------------------------------------------------
    def _on_result(self, result: object) -> None:
        self._end()
        self.finished.emit(result)
        self.ended.emit()

    def _on_known_error(self, message: str) -> None:
        self._end()
        self.failed.emit(message)
        self.ended.emit()

    def _on_bug(self, kind: str) -> None:
        self._end()
        where = self._log_file or log_file_name()
        if where:
            message = QCoreApplication.translate(
                "JobRunner", "Ett oväntat fel inträffade ({0}). Inget mer gjordes. Skicka gärna "
                "loggfilen till support: {1}").format(kind, where)
        else:
            message = QCoreApplication.translate(
                "JobRunner", "Ett oväntat fel inträffade ({0}). Inget mer gjordes. "
                "Detaljer finns i loggen.").format(kind)
        self.failed.emit(message)
        self.ended.emit()

    def _on_stopped(self) -> None:
        self._end()
        self.cancelled.emit()
        self.ended.emit()

    def _end(self) -> None:
        self._running = False
        _running.discard(self)


def active_jobs() -> int:
    """How many jobs have started and not yet reported their end."""
    return len(_running)


class JobProgress(QFrame):
    """A label, a progress bar and a Cancel button that follow one JobRunner at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgress")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.runner: JobRunner | None = None
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Vad som görs just nu"))
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Förlopp"))
        self.bar.setMinimumWidth(200)
        self.cancel_button = QPushButton(self.tr("Av&bryt"), self)
        self.cancel_button.setAccessibleName(self.tr("Avbryt det pågående arbetet"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def follow(self, runner: JobRunner, label: str = "") -> None:
        self.runner = runner
        self.label.setText(label)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        runner.progress.connect(self._on_progress)
        runner.ended.connect(self._on_ended)
        self.show()

    def cancel(self) -> None:
        if self.runner is not None and self.runner.running:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Avbryter …"))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if label and not (self.runner and self.runner.cancel_requested):
            self.label.setText(label)

    def _on_ended(self) -> None:
        self.runner = None
        self.hide()


class JobDialog(QDialog):
    """A window-modal progress dialog for one job; Esc or closing it asks the job to stop.

    It appears only if the job is still running after `delay_ms`, so quick jobs do not flash.
    """

    def __init__(self, parent: QWidget | None, title: str, *, delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.progress = JobProgress(self)
        self.progress.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        self.runner: JobRunner | None = None
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(delay_ms)
        self._delay.timeout.connect(self._show_if_running)

    def start(self, fn: Job, label: str = "", *, log_file: str | Path | None = None) -> JobRunner:
        runner = JobRunner(fn, log_file=log_file)
        self.runner = runner
        self.progress.follow(runner, label)
        runner.ended.connect(self._on_ended)
        runner.start()
        if self._delay.interval() <= 0:
            self._show_if_running()
        else:
            self._delay.start()
        return runner

    def reject(self) -> None:
        """Esc, the close button of the window: stop the job; the dialog closes when it has."""
        if self.runner is not None and self.runner.running:
            self.progress.cancel()
        else:
            super().reject()

    def _show_if_running(self) -> None:
        if self.runner is not None and self.runner.running:
            self.show()
            self.progress.cancel_button.setFocus()

    def _on_ended(self) -> None:
        self._delay.stop()
        self.runner = None
        self.done(QDialog.DialogCode.Accepted)


def run_with_dialog(parent: QWidget | None, title: str, fn: Job, label: str = "", *,
                    log_file: str | Path | None = None) -> JobRunner:
    """Run `fn` with a progress dialog that removes itself when the job has ended."""
    dialog = JobDialog(parent, title)
    runner = dialog.start(fn, label, log_file=log_file)
    runner.ended.connect(dialog.deleteLater)
    return runner
