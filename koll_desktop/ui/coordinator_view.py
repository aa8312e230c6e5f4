"""The coordinator's view (Samordning): the summary workbook, moving cases, comparing frameworks.

Three tabs. Sammanställning writes the pseudonymised summary workbook (DESIGN §6) in a worker
with its own database connection, with progress and cancel (a cancelled run leaves no file).
Flytta ärenden is `case_transfer.TransferPanel`; Jämför ramverk is `ComparisonView`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from koll_desktop import paths
from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.case_transfer import TransferPanel
from koll_desktop.ui.comparison_view import ComparisonView
from koll_desktop.ui.widgets import OptionalDateEdit, add_banners, add_row
from koll_desktop.ui.workers import JobProgress, JobRunner, database_job

PSEUDONYMISED_STYLE = ("#pseudonymNote { background: #e8f0fe; color: #17306b; border: 1px solid "
                       "#8ab4f8; border-radius: 4px; padding: 6px 8px; }")


def default_summary_path() -> Path:
    return paths.exports_dir() / f"sammanstallning-{date.today():%Y%m%d}.xlsx"


class SummaryPanel(QWidget):
    """Filters, the output file, Skapa sammanställning, progress, and the result."""

    def __init__(self, db: Db, data: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.data = db, data
        self.job: JobRunner | None = None
        self.result = None  # the last SummaryResult that wrote a file
        # Injectable, so tests and scripts need no modal dialogs.
        self.choose_file: Callable[[], Path | None] = self._ask_file
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._build()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        add_banners(self, outer)
        columns = QHBoxLayout()
        body = QWidget(self)
        body.setMaximumWidth(720)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        choice = QGroupBox(self.tr("Urval (tomt = alla)"), body)
        form = QFormLayout(choice)
        self.date_from, self.date_to = OptionalDateEdit(choice), OptionalDateEdit(choice)
        self.date_from.setAccessibleName(self.tr("Ärenden registrerade från och med datum"))
        self.date_to.setAccessibleName(self.tr("Ärenden registrerade till och med datum"))
        period = QHBoxLayout()
        to_label = QLabel(self.tr("&till och med"), choice)
        to_label.setBuddy(self.date_to)
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") + 56)
        for widget in (self.date_from, to_label, self.date_to):
            period.addWidget(widget)
        period.addStretch(1)
        from_label = QLabel(self.tr("Registrerade från &datum:"), choice)
        from_label.setBuddy(self.date_from)
        form.addRow(from_label, period)
        self.counsellor = QComboBox(choice)
        add_row(form, self.tr("Hand&ledare:"), self.counsellor, self.tr("Handledare"))
        self.framework = QComboBox(choice)
        add_row(form, self.tr("Ramv&erk:"), self.framework, self.tr("Ramverk"))
        layout.addWidget(choice)

        target = QGroupBox(self.tr("Fil"), body)
        row = QHBoxLayout(target)
        file_label = QLabel(self.tr("Sparas &i:"), target)
        self.file_edit = QLineEdit(str(default_summary_path()), target)
        self.file_edit.setAccessibleName(self.tr("Filen som sammanställningen sparas i"))
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("V&älj…"), target)
        self.choose_button.setAccessibleName(self.tr("Välj fil för sammanställningen"))
        row.addWidget(file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addWidget(target)

        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Ska&pa sammanställning"), body)
        self.start_button.setAccessibleName(self.tr("Skapa sammanställningen"))
        self.start_button.setDefault(True)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = JobProgress(body)
        layout.addWidget(self.progress)

        self.result_box = QFrame(body)
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        result_row = QHBoxLayout(self.result_box)
        self.result_label = QLabel(self.result_box)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setAccessibleName(self.tr("Resultat"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Öppna"), self.result_box)
        self.open_button.setAccessibleName(self.tr("Öppna sammanställningen"))
        self.folder_button = QPushButton(self.tr("Öppna &mapp"), self.result_box)
        self.folder_button.setAccessibleName(self.tr("Öppna mappen med sammanställningen"))
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_button)
        result_row.addWidget(self.folder_button)
        self.result_box.hide()
        layout.addWidget(self.result_box)

        self.note = QLabel(self.tr(
            "Filen är pseudonymiserad: ärenden visas med ärendenummer, aldrig med namn eller "
            "personnummer. Räkna ändå med att små grupper kan gå att känna igen, och dela filen "
            "med eftertanke."), body)
        self.note.setObjectName("pseudonymNote")
        self.note.setStyleSheet(PSEUDONYMISED_STYLE)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Om personuppgifter i filen"))
        layout.addWidget(self.note)
        layout.addStretch(1)
        columns.addWidget(body, 3)
        columns.addSpacing(16)
        columns.addWidget(self._sheets(), 2, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(columns, 1)

        self.choose_button.clicked.connect(self._choose)
        self.start_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self._open_file)
        self.folder_button.clicked.connect(self._open_folder)
        order = [self.date_from, self.date_to, self.counsellor, self.framework, self.file_edit,
                 self.choose_button, self.start_button, self.open_button, self.folder_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _sheets(self) -> QLabel:
        sheets = (
            (self.tr("Översikt"), self.tr("nyckeltal och diagram: ärenden per status och "
                                         "ramverk, dagar till plan, andel tillgodoräknade "
                                         "poäng")),
            (self.tr("Ärenden"), self.tr("en rad per ärende, med ärendenummer")),
            (self.tr("Kursbehov"), self.tr("per kurs: hur många bedömda ärenden behöver hela "
                                          "kursen eller delar, och poäng att planera för; "
                                          "ärenden som ännu inte bedömts för sig")),
            (self.tr("Kompetensgap"), self.tr("de krav som oftast inte är uppfyllda")),
            (self.tr("Horisontella principer"), self.tr("ESF+: kön, ålder, "
                                                        "arbetsmarknadsstatus, utbildning")),
            (self.tr("Uppföljning"), self.tr("läget efter 3 och 6 månader")))
        items = "".join(f"<li><b>{html.escape(name)}</b> – {html.escape(text)}</li>"
                        for name, text in sheets)
        heading = html.escape(self.tr("Bladen i Excel-filen"))
        label = QLabel(f"<p><b>{heading}</b></p><ul style='margin-left: -20px'>{items}</ul>",
                       self)
        label.setObjectName("summarySheets")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet("#summarySheets { background: #f6f7f9; border: 1px solid #d5d9de; "
                            "border-radius: 4px; padding: 8px; }")
        label.setAccessibleName(self.tr("Bladen i Excel-filen"))
        return label

    def refresh(self) -> None:
        """The counsellors and frameworks there are now; the choices made are kept."""
        keep = (self.counsellor.currentData(), self.framework.currentData())
        self.counsellor.clear()
        self.counsellor.addItem(self.tr("Alla handledare"), None)
        for name in CaseRepository(self.db).counsellors():
            self.counsellor.addItem(name, name)
        self.framework.clear()
        self.framework.addItem(self.tr("Alla ramverk"), None)
        titles = {s.code: s.title for s in LibraryRepository(self.db).summaries()}
        for code, title in titles.items():
            self.framework.addItem(f"{code} – {title}", code)
        for combo, value in zip((self.counsellor, self.framework), keep, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    # -- the job -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def filters(self) -> dict:
        return {"date_from": self.date_from.value(), "date_to": self.date_to.value(),
                "counsellor": self.counsellor.currentData(),
                "framework": self.framework.currentData()}

    def start(self) -> JobRunner | None:
        """Write the summary at the chosen path in a worker with its own connection."""
        if self.busy:
            return None
        self.error_banner.hide()
        self.info_banner.hide()
        text = self.file_edit.text().strip()
        path = Path(text).expanduser() if text else default_summary_path()
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        if path.suffix.lower() != ".xlsx":
            self._failed(str(KnownError(self.tr("filen ska sluta på .xlsx"), place=str(path))))
            return None
        self.file_edit.setText(str(path))
        filters = self.filters()

        def work(db: Db, progress, cancelled):  # in the worker: no widgets here
            from koll_desktop.services.summary_xlsx import write_summary

            return write_summary(db, path, progress=progress, cancelled=cancelled, **filters)

        runner = JobRunner(database_job(self.data.database, work), log_file=self.data.log_file)
        self.job = runner
        runner.finished.connect(self._written)
        runner.failed.connect(self._failed)
        runner.cancelled.connect(self._cancelled)
        runner.ended.connect(self._job_ended)
        self.progress.follow(runner, self.tr("Skapar sammanställningen …"))
        self.result_box.hide()
        self._set_busy(True)
        return runner.start()

    def cancel(self) -> None:
        self.progress.cancel()

    def shutdown(self, timeout_s: float = 10.0) -> None:
        if self.busy and self.job is not None:
            self.job.cancel()
            self.job.wait(timeout_s)

    def _written(self, result) -> None:
        if result.cancelled or result.path is None:
            self._cancelled()
            return
        self.result = result
        cases = self.tr("1 ärende") if result.cases == 1 else \
            self.tr("{0} ärenden").format(result.cases)
        persons = self.tr("{0} deltagare").format(result.persons)
        done = html.escape(self.tr("Klar: {0}, {1}.").format(cases, persons))
        text = f"<b>{done}</b><br>{html.escape(str(result.path))}"
        if result.cases == 0:
            text += "<br>" + html.escape(self.tr("Inga ärenden matchar urvalet; filen har "
                                                 "tomma tabeller."))
        self.result_label.setText(text)
        self.result_box.show()
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, message: str) -> None:
        self.error_banner.show_message(self.tr("Sammanställningen skapades inte.\n{0}")
                                       .format(message))

    def _cancelled(self) -> None:
        self.info_banner.show_message(self.tr("Avbrutet. Ingen fil skrevs."))

    def _job_ended(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.start_button, self.choose_button, self.file_edit):
            widget.setEnabled(not busy)

    def _open_file(self) -> None:
        if self.result is not None:
            self.open_url(QUrl.fromLocalFile(str(self.result.path)))

    def _open_folder(self) -> None:
        if self.result is not None:
            self.open_url(QUrl.fromLocalFile(str(self.result.path.parent)))

    def _choose(self) -> None:
        chosen = self.choose_file()
        if chosen:
            path = Path(chosen)
            self.file_edit.setText(str(path if path.suffix else path.with_suffix(".xlsx")))

    def _ask_file(self) -> Path | None:
        current = Path(self.file_edit.text().strip() or default_summary_path())
        folder = QSettings().value("summary/folder", "")
        if folder and Path(str(folder)).is_dir() and not current.parent.is_dir():
            current = Path(str(folder)) / current.name
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Spara sammanställningen"),
                                                str(current), self.tr("Excel-fil (*.xlsx)"))
        if not chosen:
            return None
        QSettings().setValue("summary/folder", str(Path(chosen).parent))
        return Path(chosen)


class CoordinatorView(QWidget):
    """Samordning: summary workbook, moving cases between desks, comparing frameworks."""

    cases_changed = Signal()  # a bundle import added or updated cases
    library_changed = Signal()  # a bundle import brought frameworks

    def __init__(self, db: Db, data_paths: DataPaths,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CoordinatorView")
        self.db, self.data = db, data_paths
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Samordning"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Samordning"))
        self.summary = SummaryPanel(db, data_paths, self.tabs)
        self.transfer = TransferPanel(db, data_paths, self.tabs)
        self.comparison = ComparisonView(db, self.tabs)
        self.tabs.addTab(self.summary, self.tr("&Sammanställning"))
        self.tabs.addTab(self.transfer, self.tr("&Flytta ärenden"))
        self.tabs.addTab(self.comparison, self.tr("&Jämför ramverk"))
        layout.addWidget(self.tabs, 1)
        self.transfer.cases_changed.connect(self._cases_changed)
        self.transfer.library_changed.connect(self._library_changed)

    @property
    def open_url(self) -> Callable[[QUrl], object]:
        return self.summary.open_url

    @open_url.setter
    def open_url(self, opener: Callable[[QUrl], object]) -> None:
        for part in (self.summary, self.transfer, self.comparison):
            part.open_url = opener

    def refresh(self) -> None:
        """After the cases or the library changed elsewhere in the app."""
        self.summary.refresh()
        self.transfer.refresh()
        self.comparison.refresh()

    def shutdown(self, timeout_s: float = 10.0) -> None:
        """Before the window closes: stop running jobs and wait for them to leave."""
        for part in (self.summary, self.transfer, self.comparison):
            part.shutdown(timeout_s)

    def _cases_changed(self) -> None:
        self.summary.refresh()  # a new counsellor may have come with the cases
        self.cases_changed.emit()

    def _library_changed(self) -> None:
        self.summary.refresh()
        self.comparison.refresh()
        self.library_changed.emit()
