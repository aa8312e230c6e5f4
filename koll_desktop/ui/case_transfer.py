"""Moving cases between desks: tick cases, export a .kollcase bundle, read one in.

Both jobs run in a worker with its own database connection (`database_job`); the bundle
services check everything before they write, so a bad bundle changes nothing and its
problem shows in the banner as the CLI's one line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QSettings,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from koll_desktop import paths
from koll_desktop.paths import DataPaths
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db
from koll_desktop.ui.case_check_model import CaseCheckModel, CaseTable
from koll_desktop.ui.labels import one_or_many
from koll_desktop.ui.widgets import add_banners
from koll_desktop.ui.workers import JobProgress, JobRunner, database_job

LIST_LIMIT = 500  # cases listed at once; the search finds the others
SUFFIX = ".kollcase"
CONFLICT_BACKGROUND, CONFLICT_TEXT = QColor("#fdecea"), QColor("#5f1410")


class TransferPanel(QWidget):
    """The Flytta ärenden tab: export ticked cases to a bundle, import a bundle."""

    cases_changed = Signal()
    library_changed = Signal()

    def __init__(self, db: Db, data: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.data = db, data
        self.cases = CaseRepository(db)
        self.job: JobRunner | None = None
        self.last_bundle: Path | None = None
        self.report = None
        # Injectable, so tests and scripts need no modal dialogs.
        self.choose_export_file: Callable[[], Path | None] = self._ask_export_file
        self.choose_import_file: Callable[[], Path | None] = self._ask_import_file
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._build()
        self.refresh()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        add_banners(self, layout)
        intro = QLabel(self.tr(
            "Flytta ärenden mellan datorer: markera ärenden och exportera dem till en paketfil "
            "(.kollcase); läs in paketet på den andra datorn. Samma paket två gånger ändrar "
            "inget, och den senast ändrade versionen av ett ärende vinner."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_export(split))
        split.addWidget(self._build_import(split))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.progress = JobProgress(self)
        layout.addWidget(self.progress)
        order = [self.search, self.table, self.all_button, self.none_button, self.pseudonymise,
                 self.export_button, self.open_folder_button, self.import_button, self.results]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _build_export(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Skicka: exportera markerade ärenden"), parent)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        search_label = QLabel(self.tr("Fil&trera:"), box)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(self.tr("namn, personnummer eller ärendenummer"))
        self.search.setAccessibleName(self.tr("Filtrera ärendelistan"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self.all_button = QPushButton(self.tr("&Markera alla"), box)
        self.all_button.setAccessibleName(self.tr("Markera alla ärenden i listan"))
        self.none_button = QPushButton(self.tr("Markera i&nga"), box)
        self.none_button.setAccessibleName(self.tr("Ta bort alla markeringar"))
        for widget, stretch in ((search_label, 0), (self.search, 1), (self.all_button, 0),
                                (self.none_button, 0)):
            row.addWidget(widget, stretch)
        column.addLayout(row)

        list_label = QLabel(self.tr("&Ärenden (mellanslag markerar):"), box)
        self.model = CaseCheckModel(self)
        self.table = CaseTable(box)
        self.table.setObjectName("transferCases")
        self.table.setAccessibleName(self.tr("Ärenden att exportera"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        list_label.setBuddy(self.table)
        self.count = QLabel(box)
        self.count.setAccessibleName(self.tr("Antal markerade ärenden"))
        column.addWidget(list_label)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)

        self.pseudonymise = QCheckBox(self.tr("&Pseudonymisera"), box)
        self.pseudonymise.setAccessibleName(self.tr("Pseudonymisera paketet"))
        explain = QLabel(self.tr(
            "Utan namn, personnummer, kontaktuppgifter, fritext och bevisfiler. Ärendet får ett "
            "nytt id, så kopian skriver aldrig över det riktiga ärendet. För statistik hos "
            "samordnaren, inte för att arbeta vidare med ärendet."), box)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #444;")
        self.pseudonymise.setToolTip(explain.text())
        self.pseudonymise.setAccessibleDescription(explain.text())
        column.addWidget(self.pseudonymise)
        column.addWidget(explain)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Exportera paket…"), box)
        self.export_button.setAccessibleName(self.tr("Exportera markerade ärenden till ett "
                                                     "paket"))
        self.open_folder_button = QPushButton(self.tr("&Öppna mappen"), box)
        self.open_folder_button.setAccessibleName(self.tr("Öppna mappen med paketet"))
        self.open_folder_button.hide()
        row.addWidget(self.export_button)
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        column.addLayout(row)

        self.search.textChanged.connect(self._search)
        self.all_button.clicked.connect(lambda: self.model.check_shown(True))
        self.none_button.clicked.connect(lambda: self.model.set_checked(self.model.checked,
                                                                        False))
        self.model.checked_changed.connect(self._show_count)
        self.export_button.clicked.connect(self.start_export)
        self.open_folder_button.clicked.connect(self._open_folder)
        return box

    def _build_import(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Ta emot: läs in ett paket"), parent)
        column = QVBoxLayout(box)
        about = QLabel(self.tr(
            "Ärenden i paketet läggs till eller uppdateras här. Ramverk som ärendena bygger på "
            "och som saknas i biblioteket följer med. Ett ärende som har ändrats senare här än "
            "i paketet behålls och visas som konflikt."), box)
        about.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Läs in paket…"), box)
        self.import_button.setAccessibleName(self.tr("Läs in ett paket med ärenden"))
        results_label = QLabel(self.tr("Inläsningens res&ultat:"), box)
        self.results = QListWidget(box)
        self.results.setObjectName("bundleReport")
        self.results.setAccessibleName(self.tr("Inläsningens resultat"))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSpacing(2)
        results_label.setBuddy(self.results)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        column.addWidget(about)
        column.addLayout(row)
        column.addWidget(results_label)
        column.addWidget(self.results, 1)
        self.import_button.clicked.connect(self.start_import)
        return box

    # -- the list --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._search(self.search.text())

    def _search(self, text: str) -> None:
        rows = self.cases.summaries(text, limit=LIST_LIMIT)
        self.model.set_rows(rows)
        self._show_count()

    def _show_count(self) -> None:
        checked = len(self.model.checked)
        hidden = len(self.model.checked - {r.reference for r in self.model.rows})
        parts = []
        if not self.model.rows:
            parts.append(self.tr("Inga ärenden matchar filtret.") if self.search.text().strip()
                         else self.tr("Det finns inga ärenden på den här datorn än."))
        if checked or self.model.rows:
            parts.append(self.tr("Inga ärenden markerade.") if not checked else
                         self.tr("1 ärende markerat.") if checked == 1 else
                         self.tr("{0} ärenden markerade.").format(checked))
        if hidden:
            parts.append(self.tr("{0} av dem syns inte med filtret.").format(hidden))
        if len(self.model.rows) >= LIST_LIMIT:
            parts.append(self.tr("Listan visar de {0} senast ändrade; filtrera för att hitta "
                                 "fler.").format(LIST_LIMIT))
        self.count.setText(" ".join(parts))
        self._set_busy(self.busy)

    # -- jobs ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def start_export(self) -> JobRunner | None:
        references = self.model.checked_references()
        if self.busy or not references:
            return None
        chosen = self.choose_export_file()
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        QSettings().setValue("transfer/folder", str(path.parent))
        pseudonymise = self.pseudonymise.isChecked()

        def work(db: Db, progress, cancelled) -> Path:
            from koll_desktop.services.bundles import export_cases

            progress(0, 1, path.name)
            export_cases(db, references, path, pseudonymise=pseudonymise)
            progress(1, 1, path.name)
            return path

        runner = self._run(work, self.tr("Packar {0} ärenden …").format(len(references)),
                           self.tr("Exporten misslyckades. Inget paket skrevs."))
        runner.finished.connect(lambda written: self._exported(written, len(references),
                                                               pseudonymise))
        runner.cancelled.connect(lambda: self.info_banner.show_message(
            self.tr("Exporten avbröts. Inget paket skrevs.")))
        return runner.start()

    def start_import(self) -> JobRunner | None:
        if self.busy:
            return None
        chosen = self.choose_import_file()
        if not chosen:
            return None
        path = Path(chosen)
        QSettings().setValue("transfer/folder", str(path.parent))

        def work(db: Db, progress, cancelled):
            from koll_desktop.services.bundles import import_bundle

            progress(0, 1, path.name)
            report = import_bundle(db, path)
            progress(1, 1, path.name)
            return report

        self.results.clear()
        runner = self._run(work, self.tr("Läser in {0} …").format(path.name),
                           self.tr("Paketet lästes inte in. Inga ärenden ändrades."))
        runner.finished.connect(lambda report: self._imported(report, path))
        runner.cancelled.connect(lambda: self.info_banner.show_message(
            self.tr("Inläsningen avbröts. Inga ärenden ändrades.")))
        return runner.start()

    def shutdown(self, timeout_s: float = 10.0) -> None:
        if self.busy and self.job is not None:
            self.job.cancel()
            self.job.wait(timeout_s)

    def _run(self, work, label: str, headline: str) -> JobRunner:
        self.error_banner.hide()
        self.info_banner.hide()
        runner = JobRunner(database_job(self.data.database, work), log_file=self.data.log_file)
        self.job = runner
        runner.failed.connect(lambda message: self.error_banner.show_message(
            f"{headline}\n{message}"))
        runner.ended.connect(self._job_ended)
        self.progress.follow(runner, label)
        self._set_busy(True)
        return runner

    def _exported(self, path: Path, count: int, pseudonymised: bool) -> None:
        self.last_bundle = path
        text = self.tr("{0} ärenden exporterade till {1}").format(count, path)
        if pseudonymised:
            text += " " + self.tr("(pseudonymiserade)")
        self.info_banner.show_message(text)
        self.open_folder_button.show()

    def _imported(self, report, path: Path) -> None:
        self.report = report
        conflicts = {f"konflikt: {c}" for c in report.conflicts}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bold = QFont(self.results.font())
        bold.setBold(True)
        for line in report.lines():
            item = QListWidgetItem(line, self.results)
            item.setToolTip(line)
            if line == report.skipped_line():
                item.setIcon(warning)
            if line in conflicts:
                item.setIcon(warning)
                item.setBackground(QBrush(CONFLICT_BACKGROUND))
                item.setForeground(QBrush(CONFLICT_TEXT))
                item.setFont(bold)
        done = self.tr("Inläst från {0}.").format(path.name)
        if report.conflicts:
            done += " " + one_or_many(len(report.conflicts), self.tr("1 konflikt, se listan."),
                                      self.tr("{0} konflikter, se listan."))
        if report.skipped_erased:
            done += " " + one_or_many(
                report.skipped_erased,
                self.tr("1 ärende lästes inte in: personen har raderats här."),
                self.tr("{0} ärenden lästes inte in: personen har raderats här."))
        if report.skipped_disposed:
            done += " " + one_or_many(
                report.skipped_disposed, self.tr("1 ärende lästes inte in: det har gallrats här."),
                self.tr("{0} ärenden lästes inte in: de har gallrats här."))
        self.info_banner.show_message(done)
        self.refresh()
        if report.added or report.updated:
            self.cases_changed.emit()
        if report.frameworks_added:
            self.library_changed.emit()

    def _job_ended(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy and bool(self.model.checked))
        self.import_button.setEnabled(not busy)

    def _open_folder(self) -> None:
        if self.last_bundle is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_bundle.parent)))

    # -- file dialogs --------------------------------------------------------------------------
    def _folder(self) -> Path:
        folder = QSettings().value("transfer/folder", "")
        return Path(str(folder)) if folder and Path(str(folder)).is_dir() else \
            paths.exports_dir()

    def _ask_export_file(self) -> Path | None:
        name = f"arenden-{date.today():%Y%m%d}"
        if self.pseudonymise.isChecked():
            name += "-pseudonymiserade"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportera ärenden"), str(self._folder() / (name + SUFFIX)),
            self.tr("KoLL-paket (*.kollcase)"))
        return Path(chosen) if chosen else None

    def _ask_import_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Läs in paket"), str(self._folder()),
            self.tr("KoLL-paket (*.kollcase);;Alla filer (*)"))
        return Path(chosen) if chosen else None
