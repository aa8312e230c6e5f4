"""Compare two frameworks of the library: coverage both ways, per unit, unit × unit, unmatched.

The report comes from `services.comparison.compare_frameworks` (a few milliseconds, so it is
made in the GUI thread when A or B changes); it is a frozen snapshot, which is what the
export worker writes to Excel or PDF. Errors (an unknown framework, one without requirements)
show in a banner with the CLI's one-line message.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from koll_desktop import paths
from koll_desktop.domain.enums import FrameworkKind
from koll_desktop.errors import KnownError
from koll_desktop.services.comparison import (
    ComparisonReport,
    compare_frameworks,
    report_notes,
)
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.comparison_models import UnitCoverageModel
from koll_desktop.ui.comparison_pages import (
    MatrixPage,
    OverallPanel,
    UnmatchedPage,
    fit_columns,
    unit_table,
)
from koll_desktop.ui.labels import ui_language
from koll_desktop.ui.widgets import add_banners
from koll_desktop.ui.workers import JobProgress, JobRunner

NOTE_STYLE = ("#comparisonNotes { background: #fff3cd; color: #4a3300; border: 2px solid "
              "#e0a800; border-radius: 4px; padding: 6px 8px; }")


class ComparisonView(QWidget):
    """Pick A and B; see how much of each the other covers, and export it."""

    compared = Signal()  # a new report is shown

    def __init__(self, db: Db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComparisonView")
        self.db = db
        self.repo = LibraryRepository(db)
        self.report: ComparisonReport | None = None
        self.job: JobRunner | None = None
        self.last_file: Path | None = None
        # Injectable, so tests and scripts need no modal dialogs.
        self.choose_export_file: Callable[[str], Path | None] = self._ask_export_file
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._kinds: dict[str, FrameworkKind] = {}
        self._build()
        self.refresh()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        add_banners(self, layout)

        pick = QHBoxLayout()
        self.combo_a, self.combo_b = QComboBox(self), QComboBox(self)
        self.swap_button = QPushButton(self.tr("Byt &plats"), self)
        self.swap_button.setAccessibleName(self.tr("Byt plats på A och B"))
        self.swap_button.setToolTip(self.tr("Låt A och B byta plats"))
        for text, combo, name in ((self.tr("Ramv&erk A:"), self.combo_a, self.tr("Ramverk A")),
                                  (self.tr("Ra&mverk B:"), self.combo_b, self.tr("Ramverk B"))):
            label = QLabel(text, self)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(28)
            combo.activated.connect(lambda _i: self.compare())
            pick.addWidget(label)
            pick.addWidget(combo, 1)
            if combo is self.combo_a:
                pick.addWidget(self.swap_button)
                pick.addSpacing(12)
        layout.addLayout(pick)

        self.notes = QLabel(self)
        self.notes.setObjectName("comparisonNotes")
        self.notes.setStyleSheet(NOTE_STYLE)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setAccessibleName(self.tr("Att tänka på"))
        self.notes.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.notes)

        middle = QHBoxLayout()
        self.overall = OverallPanel(self)
        middle.addWidget(self.overall, 1)
        middle.addSpacing(24)
        middle.addLayout(self._build_export())
        layout.addLayout(middle)
        self.progress = JobProgress(self)
        layout.addWidget(self.progress)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Jämförelsens delar"))
        self.unit_models = (UnitCoverageModel(self), UnitCoverageModel(self))
        self.tables = [unit_table(model, self.tabs) for model in self.unit_models]
        for table in self.tables:
            self.tabs.addTab(table, "")
        self.matrix_page = MatrixPage(self.tabs)
        self.unmatched_page = UnmatchedPage(self.tabs)
        self.tabs.addTab(self.matrix_page, self.tr("&3 Matris enhet × enhet"))
        self.tabs.addTab(self.unmatched_page, self.tr("&4 Krav utan motsvarighet"))
        layout.addWidget(self.tabs, 1)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #555;")
        layout.addWidget(self.rule)

        self.swap_button.clicked.connect(self.swap)
        order = [self.combo_a, self.swap_button, self.combo_b, self.notes, self.language,
                 self.excel_button, self.pdf_button, self.open_button, self.tabs]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _build_export(self) -> QGridLayout:
        grid = QGridLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Svenska"), "sv")
        self.language.addItem(self.tr("Engelska"), "en")
        language_label = QLabel(self.tr("Spr&åk i PDF:"), self)
        language_label.setBuddy(self.language)
        self.language.setAccessibleName(self.tr("Språk i PDF-filen"))
        self.excel_button = QPushButton(self.tr("Exportera E&xcel…"), self)
        self.pdf_button = QPushButton(self.tr("Exportera P&DF…"), self)
        self.open_button = QPushButton(self.tr("&Öppna senaste"), self)
        for button, name in ((self.excel_button, self.tr("Exportera jämförelsen till Excel")),
                             (self.pdf_button, self.tr("Exportera jämförelsen till PDF")),
                             (self.open_button, self.tr("Öppna den senast exporterade filen"))):
            button.setAccessibleName(name)
        self.excel_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.open_button.clicked.connect(self._open_last)
        self.open_button.setEnabled(False)
        grid.addWidget(language_label, 0, 0)
        grid.addWidget(self.language, 0, 1)
        grid.addWidget(self.excel_button, 1, 0, 1, 2)
        grid.addWidget(self.pdf_button, 2, 0, 1, 2)
        grid.addWidget(self.open_button, 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        return grid

    # -- choosing A and B ----------------------------------------------------------------
    def refresh(self) -> None:
        """Read the frameworks again (after an import); keep A and B when they still exist."""
        keep = (self.combo_a.currentData(), self.combo_b.currentData())
        newest = {}
        for summary in self.repo.summaries():  # by code, then version: the last one is newest
            newest[summary.code] = summary
        self._kinds = {code: s.kind for code, s in newest.items()}
        for combo in (self.combo_a, self.combo_b):
            combo.blockSignals(True)
            combo.clear()
            for code, s in newest.items():
                combo.addItem(self._label(code, s.version, s.title, s.example), code)
                combo.setItemData(combo.count() - 1, self.tr("{0}, version {1}, {2} krav").format(
                    s.title, s.version, s.requirements), Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        codes = list(newest)
        if not codes:
            self._show(None)
            self.error_banner.hide()
            self.info_banner.show_message(self._empty_text())
            return
        if self.info_banner.text() == self._empty_text():
            self.info_banner.hide()
        a, b = keep
        if a not in newest or b not in newest:
            a, b = self._defaults(codes)
        self.compare(a, b)

    def _label(self, code: str, version: str, title: str, example: bool) -> str:
        marked = example and not title.lower().startswith(self.tr("exempel").lower())
        mark = " " + self.tr("(exempel)") if marked else ""
        return f"{code} ({version}) – {title}{mark}"

    def _empty_text(self) -> str:
        return self.tr("Biblioteket är tomt. Läs in ramverk under Visa → Bibliotek innan du "
                       "jämför.")

    def _defaults(self, codes: list[str]) -> tuple[str, str]:
        standards = [c for c in codes if self._kinds[c] == FrameworkKind.INDUSTRY_STANDARD]
        a = (standards or codes)[0]
        packages = [c for c in codes
                    if c != a and self._kinds[c] != FrameworkKind.INDUSTRY_STANDARD]
        others = [c for c in codes if c != a]
        return a, (packages or others or [a])[0]

    def swap(self) -> None:
        a, b = self.combo_a.currentData(), self.combo_b.currentData()
        if a is not None and b is not None:
            self.compare(b, a)

    def compare(self, code_a: str | None = None, code_b: str | None = None) -> bool:
        """Compare A and B (default: what the combos show); False and a banner on error."""
        code_a = code_a if code_a is not None else self.combo_a.currentData() or ""
        code_b = code_b if code_b is not None else self.combo_b.currentData() or ""
        for combo, code in ((self.combo_a, code_a), (self.combo_b, code_b)):
            found = combo.findData(code)
            if found >= 0:
                combo.setCurrentIndex(found)
        try:
            report = compare_frameworks(self.db, code_a, code_b)
        except KnownError as error:
            self._show(None)
            self.info_banner.hide()
            self.error_banner.show_message(self.tr("Jämförelsen gick inte att göra.\n{0}")
                                           .format(error))
            return False
        self.error_banner.hide()
        for combo, info in ((self.combo_a, report.a), (self.combo_b, report.b)):
            if combo.currentData() != info.code:
                continue
            # the version compared is the newest by validity, which the label must name
            combo.setItemText(combo.currentIndex(), self._label(
                info.code, info.version, info.title, info.example))
        self._show(report)
        self.compared.emit()
        return True

    # -- showing the report --------------------------------------------------------------
    def _show(self, report: ComparisonReport | None) -> None:
        self.report = report
        factor = report.partial_factor if report else 0.5
        directions = report.directions if report else (None, None)
        for i, (model, direction) in enumerate(zip(self.unit_models, directions, strict=True)):
            model.set_direction(direction, factor)
            title = self.tr("&{0} {1} täcks av {2}").format(
                i + 1, direction.covered.code, direction.by.code) if direction else \
                self.tr("&{0} Per enhet").format(i + 1)
            self.tabs.setTabText(i, title)
            self.tables[i].setAccessibleName(title.replace("&", "", 1))
            fit_columns(self.tables[i])
        every = report_notes(report, ui_language()) if report else ()
        notes = list(every[:-1])
        self.notes.setText("\n".join(f"• {n}" for n in notes))
        self.notes.setVisible(bool(notes))
        self.rule.setText(every[-1] + " " + self.tr(
            "I staplarna: mörkgrönt = hel koppling, ljusgrönt = delvis koppling.")
            if report else "")
        self.overall.show_report(report)
        self.overall.setVisible(report is not None)
        self.matrix_page.show_report(report)
        self.unmatched_page.show_report(report)
        self._set_busy(self.busy)

    # -- export --------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def export(self, suffix: str) -> JobRunner | None:
        """Ask for a file and write the shown report to it (.xlsx or .pdf) in a worker."""
        report = self.report
        if self.busy or report is None:
            return None
        chosen = self.choose_export_file(suffix)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(suffix)
        if path.suffix.lower() != suffix:
            self.info_banner.hide()
            self.error_banner.show_message(self.tr("Exporten misslyckades.\n{0}").format(
                KnownError(self.tr("filen ska sluta på {0}").format(suffix), place=str(path))))
            return None
        QSettings().setValue("comparison/folder", str(path.parent))
        language = self.language.currentData()

        def work(progress, cancelled) -> Path:  # in the worker: the report only, no widgets
            progress(0, 1, path.name)
            if suffix == ".xlsx":
                from koll_desktop.services.comparison_xlsx import write_comparison_xlsx

                write_comparison_xlsx(report, path)
            else:
                from koll_desktop.services.comparison_pdf import write_comparison_pdf

                write_comparison_pdf(report, path, language=language)
            progress(1, 1, path.name)
            return path

        self.error_banner.hide()
        self.info_banner.hide()
        runner = JobRunner(work)
        self.job = runner
        runner.finished.connect(self._exported)
        runner.failed.connect(lambda message: self.error_banner.show_message(
            self.tr("Exporten misslyckades.\n{0}").format(message)))
        runner.cancelled.connect(lambda: self.info_banner.show_message(
            self.tr("Exporten avbröts. Ingen fil skrevs.")))
        runner.ended.connect(self._job_ended)
        self.progress.follow(runner, self.tr("Skriver {0} …").format(path.name))
        self._set_busy(True)
        return runner.start()

    def shutdown(self, timeout_s: float = 10.0) -> None:
        if self.busy and self.job is not None:
            self.job.cancel()
            self.job.wait(timeout_s)

    def _exported(self, path: Path) -> None:
        self.last_file = path
        self.info_banner.show_message(self.tr("Jämförelsen är sparad: {0}").format(path))

    def _job_ended(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        ready = self.report is not None and not busy
        self.excel_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        self.open_button.setEnabled(self.last_file is not None and not busy)
        for widget in (self.combo_a, self.combo_b, self.swap_button):
            widget.setEnabled(not busy and self.combo_a.count() > 0)

    def _open_last(self) -> None:
        if self.last_file is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_file)))

    def _ask_export_file(self, suffix: str) -> Path | None:
        folder = QSettings().value("comparison/folder", "")
        start = Path(str(folder)) if folder and Path(str(folder)).is_dir() else paths.exports_dir()
        report = self.report
        name = f"jamforelse-{report.a.code}-{report.b.code}{suffix}" if report else \
            f"jamforelse{suffix}"
        kind = self.tr("Excel-fil (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera jämförelsen"),
                                                str(start / name), kind)
        return Path(chosen) if chosen else None
