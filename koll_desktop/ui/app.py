"""Desktop start: lock the data folder, open the database, show the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from koll_desktop import APP_NAME, __version__, paths
from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths
from koll_desktop.storage.backups import daily_backup
from koll_desktop.storage.db import open_db
from koll_desktop.storage.lock import InstanceLock

log = logging.getLogger("koll.ui")
ORGANISATION = "KoLL"


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
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
    qt_own = QTranslator(app)  # Qt's standard buttons (Avbryt, Öppna …) in the same language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
    if language == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        return None
    translator = QTranslator(app)
    if translator.load(f"koll_{language}", str(paths.resource("translations"))):
        app.installTranslator(translator)
        return translator
    log.warning("no translation for %s", language)
    return None


def show_crash_dialog(kind: type[BaseException], value: BaseException,
                      tb: TracebackType | None, log_file: str) -> None:
    """A bug: log it whole, tell the user where the log is; their saved work is safe."""
    log.critical("oväntat fel", exc_info=(kind, value, tb))
    if isinstance(value, KnownError):
        QMessageBox.warning(None, APP_NAME, str(value))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      QApplication.translate("crash", "Ett oväntat fel inträffade. Allt du "
                                             "redan gjort är sparat.\n\nSkicka gärna loggfilen "
                                             "till support:\n{0}").format(log_file))
    box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
    box.exec()


def tell(error: KnownError) -> None:
    """Show a start-up problem in a box, unless nobody can see one (headless)."""
    if QApplication.platformName() not in ("offscreen", "minimal"):
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
    try:
        from koll_desktop.services.settings_service import load_settings

        daily_backup(db, data.backups, load_settings(db).backups_keep)
        from koll_desktop.ui.main_window import MainWindow

        window = MainWindow(db, data)
        window.show()
        return app.exec()
    finally:
        db.close()
        lock.release()
