"""`koll tour`: every screen of the workflow on a demo case, as PNG files.

The tour runs on a fresh temporary data folder with the demo loaded, so it shows the same
screens every time and never touches the user's own data. Screens are grabbed from the real
widgets (offscreen unless a display is asked for).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from koll_desktop.domain.workflow import Step
from koll_desktop.paths import DataPaths
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import open_db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.app import create_application
from koll_desktop.ui.main_window import MainWindow

SIZE = (1280, 800)
SHOWCASE = "K-2026-0001"  # Amina: assessed against the example standard, credited via crosswalk
STEP_FILES = {Step.INTAKE: "02-start", Step.MAPPING: "03-kartlaggning",
              Step.SELF_ASSESSMENT: "04-sjalvskattning", Step.ASSESSMENT: "05-bedomning",
              Step.PLAN: "06-plan", Step.DOCUMENTATION: "07-dokumentation",
              Step.FOLLOW_UP: "08-uppfoljning"}


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _grab(widget: QWidget, out: Path, name: str) -> Path:
    _settle()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


class Tour:
    def __init__(self, out: Path, data: DataPaths) -> None:
        self.out = out
        self.db = open_db(data.database, backup_dir=data.backups)
        from koll_desktop.services.demo import load_demo

        load_demo(self.db)
        self.app = create_application()
        self.window = MainWindow(self.db, data)
        self.window.resize(*SIZE)
        self.window.show()
        self.files: list[Path] = []

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        self.files.append(_grab(widget or self.window, self.out, name))

    def case_list(self) -> None:
        self.window.show_case_list()
        self.shot("01-arendelista")

    def workflow(self) -> None:
        case = CaseRepository(self.db).case(SHOWCASE)
        self.window.open_case(case.id)
        workspace = self.window.workspace
        for step, name in STEP_FILES.items():
            workspace.show_step(step)
            self.shot(name)

    def library(self) -> None:
        self.window.show_library()
        view = self.window.library_view
        voxabn = LibraryRepository(self.db).find_framework("VOXABN")
        unit = next(u for u in voxabn.units if u.code == "OMVOMV01")
        view.select(unit.requirements[2].id)
        self.shot("09-bibliotek")

    def crosswalk(self) -> None:
        self.window.show_crosswalk()
        library = LibraryRepository(self.db)
        editor = self.window.crosswalk_editor
        editor.set_frameworks(library.find_framework("EX-USK").id,
                              library.find_framework("VOXABN").id)
        self.shot("10-korsreferenser")

    def micro_credentials(self) -> None:
        self.window.show_micro_credentials()
        self.shot("15-mikromeriter")

    def coordination(self) -> None:
        self.window.show_coordinator()
        view = self.window.coordinator_view
        for index, name in ((0, "11-sammanstallning"), (1, "12-flytta-arenden")):
            view.tabs.setCurrentIndex(index)
            self.shot(name)
        view.tabs.setCurrentIndex(2)
        view.comparison.compare("EX-USK", "VOXABN")
        for index, name in ((0, "13-jamforelse"), (2, "14-jamforelse-matris")):
            view.comparison.tabs.setCurrentIndex(index)
            self.shot(name)

    def privacy(self) -> None:
        """Retention (one demo case made overdue), the access export, erasure and the log."""
        from datetime import date

        from koll_desktop.ui.privacy import ErasePersonDialog, export_access
        from koll_desktop.ui.retention_dialog import RetentionDialog

        cases = CaseRepository(self.db)
        sara = cases.case("K-2026-0003")
        cases.update_case(sara.id, retention_until=date(2026, 1, 31))
        retention = RetentionDialog(self.db, self.window)
        retention.resize(980, 560)
        retention.show()
        self.shot("17-gallring", retention)
        retention.reject()
        access = export_access(self.window, self.db, "K-2026-0002",
                               choose_folder=lambda *a: str(self.out / "registerutdrag"))
        if access is not None:
            self._wait_for(access)
            self.shot("18-registerutdrag", access)
            access.close()
        erase = ErasePersonDialog(self.db, sara.person_id, self.window)
        erase.show()
        self.shot("19-radera-person", erase)
        erase.reject()
        self.window.open_case(cases.case(SHOWCASE).id)
        log = self.window.workspace.show_audit()
        log.resize(1100, 600)
        self.shot("20-arendets-logg", log)
        log.close()

    @staticmethod
    def _wait_for(dialog: QWidget) -> None:
        """Let a dialog's worker finish (a registerutdrag takes well under a second)."""
        import time

        deadline = time.monotonic() + 30
        runner = getattr(dialog, "runner", None)
        while time.monotonic() < deadline and runner is not None and runner.running():
            QApplication.processEvents()
            time.sleep(0.02)
        _settle()

    def settings(self) -> None:
        from koll_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.window.data, self.window)
        dialog.resize(720, 600)
        dialog.show()
        dialog.tabs.setCurrentIndex(2)  # Plan: the engine's numbers
        self.shot("16-installningar", dialog)
        dialog.reject()

    def close(self) -> None:
        # Not window.close(): that would save the tour's window size as the user's own.
        if self.window.library_view is not None:
            self.window.library_view.shutdown()
        self.window.hide()
        self.window.deleteLater()
        self.db.close()


# The screens in order; a later view adds itself here.
SCREENS: list[Callable[[Tour], None]] = [Tour.case_list, Tour.workflow, Tour.library,
                                         Tour.crosswalk, Tour.coordination,
                                         Tour.micro_credentials, Tour.settings, Tour.privacy]


def run_tour(out: Path) -> list[Path]:
    """Write the tour's PNG files into `out`; returns them in order."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="koll-tour-") as folder:
        # The tour's window sizes and choices never become the user's own settings.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(Path(folder) / "settings"))
        tour = Tour(out, DataPaths(Path(folder) / "data").ensure())
        try:
            for screen in SCREENS:
                screen(tour)
        finally:
            tour.close()
    return tour.files
