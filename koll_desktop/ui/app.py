"""Desktop start: lock the data folder, open the database, show the main window.

The day's first start also takes the rolling backup; it runs once the window is shown, in a
worker with a connection of its own, so that start is not slower than the others. What is
not needed to show the window (the services, the backup code) is imported when used.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import traceback
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from koll_desktop import APP_NAME, __version__, paths
from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths
from koll_desktop.storage.db import open_db
from koll_desktop.storage.lock import InstanceLock

if TYPE_CHECKING:
    from koll_desktop.storage.db import Db
    from koll_desktop.ui.workers import Cancelled, Job, JobRunner, Progress

log = logging.getLogger("koll.ui")
ORGANISATION = "KoLL"
BACKUP_CHECK_MS = 300  # the day's backup: once the window is painted, not before
WARM_UP_MS = 500  # after the window shows, before a counsellor opens a case
_installed: list[QTranslator] = []  # what install_translation put on the application


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    install_translation(app, QSettings().value("language", "sv"))
    return app


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Swedish is the source language of the UI texts; other languages load a .qm file."""
    # The translators installed before are remembered here: asking Qt for them with
    # findChildren would cost the start about 5 ms (its first call is that slow).
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    installed = _installed
    qt_own = QTranslator(app)  # Qt's standard buttons (Avbryt, Öppna …) in the same language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    translator: QTranslator | None = None
    if language == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:
        translator = QTranslator(app)
        if translator.load(f"koll_{language}", str(paths.resource("translations"))):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation for %s", language)
            translator = None
    return translator


def show_crash_dialog(kind: type[BaseException], value: BaseException,
                      tb: TracebackType | None, log_file: str) -> None:
    """A bug: log it whole, tell the user where the log is; their saved work is safe."""
    log.critical("oväntat fel", exc_info=(kind, value, tb))
    if _headless():
        print(f"koll: ett oväntat fel inträffade ({kind.__name__}); detaljer i {log_file}",
              file=sys.stderr)  # a box nobody sees would wait for ever
        return
    from PySide6.QtWidgets import QMessageBox  # message boxes: imported when one is shown

    if isinstance(value, KnownError):
        QMessageBox.warning(None, APP_NAME, str(value))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      QApplication.translate("crash", "Ett oväntat fel inträffade. Allt du "
                                             "redan gjort är sparat.\n\nSkicka gärna loggfilen "
                                             "till support:\n{0}").format(log_file))
    box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
    box.exec()


def _headless() -> bool:
    return QApplication.platformName() in ("offscreen", "minimal")


def tell(error: KnownError) -> None:
    """Show a start-up problem in a box, unless nobody can see one (headless)."""
    if not _headless():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, APP_NAME, str(error))


def run_gui(data: DataPaths) -> int:
    app = create_application()
    try:
        lock = InstanceLock(data.lock_file).acquire()
    except KnownError as error:
        tell(error)
        raise
    try:
        db = open_db(data.database, backup_dir=data.backups)
    except KnownError as error:
        lock.release()
        tell(error)
        raise
    sys.excepthook = lambda k, v, t: show_crash_dialog(k, v, t, str(data.log_file))
    backup = DailyBackup(data)
    window = None
    try:
        from koll_desktop.ui.main_window import MainWindow

        window = MainWindow(db, data)
        backup.parent = window
        window.show()
        QTimer.singleShot(BACKUP_CHECK_MS, backup.start)
        QTimer.singleShot(WARM_UP_MS, _warm_up)
        return app.exec()
    finally:
        if window is not None:
            window.close()  # its timers stop: nothing reads the database after it closes
        try:
            backup.finish()  # before the database closes and the lock is released
        finally:
            db.close()
            lock.release()


def _warm_up() -> None:
    """Import sqlite-utils in the background once the window is up. The start does without
    it (storage.db.Db), but opening a case or the first edit needs it, and would otherwise
    wait for its import (about 60 ms)."""
    threading.Thread(target=importlib.import_module, args=("sqlite_utils",),
                     name="koll-warm-up").start()


class DailyBackup:
    """The day's first backup (storage.backups.daily_backup), in a worker after the start.

    `start` looks in the backups folder and, if no backup was taken today, runs the backup
    on a connection of its own (workers.database_job) with the number to keep from the data
    settings. `finish` is for the end of the program: it takes the backup now if the event
    loop never got to it, and waits for a running one, so the database is not closed and
    the lock not released under it. A failure is logged and told to the user.
    """

    def __init__(self, data: DataPaths, parent: QWidget | None = None) -> None:
        self.data, self.parent = data, parent
        self.checked = False
        self.runner: JobRunner | None = None

    def start(self) -> None:
        if self.checked:
            return
        self.checked = True
        from koll_desktop.storage.backups import list_backups

        newest = next(iter(list_backups(self.data.backups)), None)
        if newest is not None and newest.taken.date() >= date.today():
            return  # daily_backup would take none either
        from koll_desktop.ui.workers import JobRunner

        self.runner = JobRunner(_backup_job(self.data), log_file=self.data.log_file)
        self.runner.failed.connect(self._failed)
        self.runner.start()

    def finish(self) -> None:
        self.start()
        if self.runner is not None:
            self.runner.wait()

    def _failed(self, message: str) -> None:
        if _headless():
            return  # nobody can see a box; the log has it
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, APP_NAME, QApplication.translate(
            "backup", "Dagens säkerhetskopia kunde inte tas: {0}").format(message))


def _backup_job(data: DataPaths) -> Job:
    """The worker's job. The settings service (and the plan engine it imports) loads there."""
    from koll_desktop.ui.workers import database_job

    def take(db: Db, _progress: Progress, _cancelled: Cancelled) -> Path | None:
        from koll_desktop.services.settings_service import load_settings
        from koll_desktop.storage.backups import daily_backup

        return daily_backup(db, data.backups, load_settings(db).backups_keep)

    on_own_connection = database_job(data.database, take)

    def job(progress: Progress, cancelled: Cancelled) -> Path | None:
        try:
            return on_own_connection(progress, cancelled)
        except KnownError as error:  # logged here: `failed` may come after the event loop
            log.warning("dagens säkerhetskopia: %s", error)
            raise

    return job
