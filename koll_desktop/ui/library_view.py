"""The library screen: frameworks → units → requirements, search, details, import and export.

The tree and the details come from a snapshot of the library taken through the repository
(library_tree: the snapshot and the tree model; library_details: the details panel).
Import runs in a worker with its own database connection; export writes a snapshot in a
worker. Problems are shown in a banner at the top of the view, with the CLI's one-line message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from koll_desktop import paths
from koll_desktop.errors import KnownError, os_reason
from koll_desktop.paths import DataPaths
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.library_details import DetailsPanel
from koll_desktop.ui.library_tree import ID_ROLE, REF_ROLE, LibrarySnapshot, LibraryTreeModel
from koll_desktop.ui.widgets import add_banners, example_icon
from koll_desktop.ui.workers import JobProgress, JobRunner, database_job

EXPORT_SUFFIXES = (".xlsx", ".json")


class LibraryView(QWidget):
    """The reference library: browse, search, import and export (for coordinators)."""

    library_changed = Signal()  # after an import changed the library

    def __init__(self, db: Db, data: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LibraryView")
        self.db, self.data = db, data
        self.repo = LibraryRepository(db)
        self.snapshot = LibrarySnapshot()
        self.job: JobRunner | None = None
        self._job_path: Path | None = None
        self._headline = ""
        self._loading = False
        # Injectable so tests (and scripts) can drive the view without modal dialogs.
        self.choose_import_file: Callable[[], Path | None] = self._ask_import_file
        self.choose_export_file: Callable[[], Path | None] = self._ask_export_file
        self._build()
        self.refresh()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        add_banners(self, layout)

        top = QHBoxLayout()
        heading = QLabel(self.tr("Referensbibliotek"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Bibliotekets innehåll"))
        self.import_button = QPushButton(self.tr("&Importera …"), self)
        self.import_button.setAccessibleName(self.tr("Importera till biblioteket"))
        self.import_button.setToolTip(self.tr(
            "Läs in en Excel-mall, en biblioteksfil (JSON) eller en kursplan från Skolverket"))
        self.export_button = QPushButton(self.tr("&Exportera …"), self)
        self.export_button.setAccessibleName(self.tr("Exportera biblioteket"))
        self.export_button.setToolTip(self.tr(
            "Spara biblioteket som redigerbar Excel-mall (.xlsx) eller biblioteksfil (.json)"))
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.progress = JobProgress(self)
        layout.addWidget(self.progress)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_browser(splitter))
        self.details = DetailsPanel(splitter)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 500])
        layout.addWidget(splitter, 1)
        self.splitter = splitter

        self.import_button.clicked.connect(self.start_import)
        self.export_button.clicked.connect(self.start_export)
        self.details.requirement_clicked.connect(self.select)
        for first, second in ((self.search, self.results), (self.results, self.tree),
                              (self.tree, self.details.browser),
                              (self.details.browser, self.import_button),
                              (self.import_button, self.export_button)):
            QWidget.setTabOrder(first, second)

    def _build_browser(self, parent: QWidget) -> QWidget:
        left = QWidget(parent)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        search_label = QLabel(self.tr("&Sök krav:"), left)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("ord ur kravtexten eller en kod, t.ex. hygien"))
        self.search.setAccessibleName(self.tr("Sök krav i biblioteket"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        column.addLayout(row)

        self.results_label = QLabel(left)
        self.results = QListWidget(left)
        self.results.setAccessibleName(self.tr("Träffar"))
        self.results.setMaximumHeight(self.fontMetrics().height() * 9)
        self.results.setUniformItemSizes(True)
        self.results.setIconSize(QSize(24, 16))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results_label.setBuddy(self.results)
        column.addWidget(self.results_label)
        column.addWidget(self.results)

        tree_label = QLabel(self.tr("&Ramverk, kurser och krav:"), left)
        self.model = LibraryTreeModel(self)
        self.tree = QTreeView(left)
        self.tree.setObjectName("libraryTree")
        self.tree.setAccessibleName(self.tr("Ramverk, kurser och krav"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(QSize(24, 16))
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tree_label.setBuddy(self.tree)
        column.addWidget(tree_label)
        column.addWidget(self.tree, 1)

        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._to_results)
        self.results.currentItemChanged.connect(self._show_result)
        self.results.itemActivated.connect(
            lambda _item: self.tree.setFocus(Qt.FocusReason.OtherFocusReason))
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self._search("")
        return left

    # -- browsing ------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Read the library again, keeping (or moving) the selection."""
        keep = select_id or self.current_id()
        self._loading = True
        try:
            self.snapshot = LibrarySnapshot.load(self.repo)
            self.model.load(self.snapshot.frameworks)
        finally:
            self._loading = False
        snap = self.snapshot
        requirements = sum(len(f.requirements) for f in snap.frameworks)
        self.counts.setText(self.tr("{0} ramverk · {1} krav · {2} kopplingar · {3} mikromeriter")
                            .format(len(snap.frameworks), requirements, snap.link_count,
                                    snap.credential_count))
        self._size_columns()
        self._set_busy(self.busy)
        self._search(self.search.text())
        if keep and keep in snap.places:
            self.select(keep)
        elif snap.frameworks:
            self.select(snap.frameworks[0].id)
        else:
            self.details.show_empty(True)

    def focus_search(self) -> None:
        """For the host's Find shortcut while this view is shown."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, item_id: str) -> None:
        """Select a framework, unit or requirement in the tree by its id, and show it."""
        index = self.model.index_of(item_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _show_current(self, index: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self._loading:
            return
        place = self.snapshot.places.get(index.data(ID_ROLE)) if index.isValid() else None
        if place is None:
            self.details.show_empty(not self.snapshot.frameworks)
            return
        f, unit, r = place
        if unit is not None and r is not None:
            self.details.show_requirement(self.snapshot, f, unit, r)
        elif unit is not None:
            self.details.show_unit(f, unit)
        else:
            self.details.show_framework(f, self.snapshot.cases.get(f.id, 0))

    def _size_columns(self) -> None:
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(f.code) for f in self.snapshot.frameworks),
                     default=0) * 1.15  # framework codes are bold
        for f in self.snapshot.frameworks:
            for unit in f.units:
                widest = max(widest, metrics.horizontalAdvance(unit.code)
                             + self.tree.indentation())
                for r in unit.requirements:
                    badge = self.tree.iconSize().width() + 4 if r.example or f.example else 0
                    widest = max(widest, metrics.horizontalAdvance(r.code) + badge
                                 + 2 * self.tree.indentation())
        header = self.tree.header()
        header.resizeSection(0, min(int(widest) + self.tree.indentation() + 24, 280))
        header.resizeSection(2, metrics.horizontalAdvance("00000 ") + 16)
        header.resizeSection(3, metrics.horizontalAdvance(self.tr("Branschstandard")) + 16)
        header.resizeSection(4, metrics.horizontalAdvance(self.tr("Nivå")) + 20)

    # -- search --------------------------------------------------------------------
    def _search(self, text: str) -> None:
        text = text.strip()
        self.results.blockSignals(True)
        self.results.clear()
        self.results.blockSignals(False)
        self.results.setVisible(bool(text))
        self.results_label.setVisible(bool(text))
        if not text:
            return
        hits = self.repo.search_requirements(text)
        for framework_code, code, requirement_text in hits:
            item_id = self.snapshot.newest.get((framework_code, code))
            if item_id is None:
                continue
            item = QListWidgetItem(f"{framework_code} {code} — {requirement_text}")
            item.setToolTip(requirement_text)
            item.setData(ID_ROLE, item_id)
            f, _unit, r = self.snapshot.places[item_id]
            if f.example or (r is not None and r.example):
                item.setIcon(example_icon())
            self.results.addItem(item)
        count = self.results.count()
        if count == 0:
            self.results_label.setText(self.tr("&Träffar: inga krav matchar sökningen"))
        else:
            self.results_label.setText(self.tr("&Träffar: {0}").format(count))

    def _to_results(self) -> None:
        if self.results.count():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def _show_result(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.select(item.data(ID_ROLE))

    # -- import and export -----------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def start_import(self) -> None:
        """Ask for a file and import it in a worker with its own database connection."""
        if self.busy:
            return
        chosen = self.choose_import_file()
        if not chosen:
            return
        path = Path(chosen)
        self._remember_folder(path)

        def work(db: Db, progress, cancelled):
            from koll_desktop.services.library_import import import_library_file

            return import_library_file(db, path, progress=progress)

        self._job_path = path
        self._headline = self.tr("Importen misslyckades. Biblioteket är oförändrat.")
        runner = self._run(database_job(self.data.database, work),
                           self.tr("Läser in {0} …").format(path.name))
        runner.finished.connect(self._imported)
        runner.cancelled.connect(self._import_cancelled)
        runner.start()

    def start_export(self) -> None:
        """Ask for a .xlsx or .json file and write a snapshot of the library in a worker."""
        if self.busy:
            return
        chosen = self.choose_export_file()
        if not chosen:
            return
        path = Path(chosen)
        suffix = path.suffix.lower()
        self._headline = self.tr("Exporten misslyckades.")
        if suffix not in EXPORT_SUFFIXES:
            self._failed(str(KnownError(self.tr("filen ska sluta på .xlsx eller .json"),
                                        place=str(path))))
            return
        self._remember_folder(path)
        library = self.repo.library()  # the snapshot the worker writes
        cannot_write = self.tr("kan inte skriva filen ({0})")

        def work(progress, cancelled):
            try:
                if suffix == ".json":
                    from koll_desktop.services.library_json import write_library_json

                    progress(0, 1, path.name)
                    write_library_json(library, path)
                    progress(1, 1, path.name)
                else:
                    from koll_desktop.services.library_xlsx import write_library_xlsx

                    write_library_xlsx(library, path, progress=progress)
            except OSError as exc:
                raise KnownError(cannot_write.format(os_reason(exc)),
                                 place=str(path)) from exc
            return len(library.frameworks)

        self._job_path = path
        runner = self._run(work, self.tr("Skriver {0} …").format(path.name))
        runner.finished.connect(self._exported)
        runner.cancelled.connect(self._export_cancelled)
        runner.start()

    def shutdown(self, timeout_s: float = 10.0) -> None:
        """Before the window closes: stop a running job and wait for it to leave."""
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait(timeout_s)

    def _run(self, job, label: str) -> JobRunner:
        self.error_banner.hide()
        self.info_banner.hide()
        runner = JobRunner(job, log_file=self.data.log_file)
        self.job = runner
        runner.failed.connect(self._failed)
        runner.ended.connect(self._job_ended)
        self.progress.follow(runner, label)
        self._set_busy(True)
        return runner

    def _imported(self, result) -> None:
        name = self._job_path.name if self._job_path else ""
        self.refresh()
        first = next(iter(result.added + result.replaced), None)
        target = next((f.id for f in self.snapshot.frameworks
                       if f"{f.code} {f.version}" == first), None)
        if target:
            self.tree.collapseAll()
            self.select(target)
        self.info_banner.show_message(self.tr("Inläst från {0}: {1}").format(
            name, result.describe()))
        self.library_changed.emit()

    def _exported(self, frameworks: int) -> None:
        self.info_banner.show_message(self.tr("Exporterat till {0}: {1} ramverk").format(
            self._job_path, frameworks))

    def _import_cancelled(self) -> None:
        self.info_banner.show_message(self.tr("Importen avbröts. Biblioteket är oförändrat."))

    def _export_cancelled(self) -> None:
        self.info_banner.show_message(self.tr("Exporten avbröts. Ingen fil skrevs."))

    def _failed(self, message: str) -> None:
        """A KnownError's one line (as the CLI prints it), under what it means for the user."""
        self.info_banner.hide()
        self.error_banner.show_message(f"{self._headline}\n{message}" if self._headline
                                       else message)

    def _job_ended(self) -> None:
        self.job = None
        self._job_path = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and bool(self.snapshot.frameworks))

    # -- file dialogs ------------------------------------------------------------------
    def _folder(self) -> str:
        folder = QSettings().value("library/folder", "")
        return str(folder) if folder and Path(str(folder)).is_dir() else str(paths.exports_dir())

    def _remember_folder(self, path: Path) -> None:
        QSettings().setValue("library/folder", str(path.parent))

    def _ask_import_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importera till biblioteket"), self._folder(),
            self.tr("Bibliotek och kursplaner (*.xlsx *.json);;Excel-mall (*.xlsx);;"
                    "JSON (*.json);;Alla filer (*)"))
        return Path(name) if name else None

    def _ask_export_file(self) -> Path | None:
        xlsx = self.tr("Excel-mall (*.xlsx)")
        json_filter = self.tr("Biblioteksfil JSON (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Exportera biblioteket"),
            str(Path(self._folder()) / "koll-bibliotek.xlsx"), f"{xlsx};;{json_filter}", xlsx)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json" if chosen == json_filter else ".xlsx")
        return path


__all__ = ["EXPORT_SUFFIXES", "ID_ROLE", "REF_ROLE", "DetailsPanel", "LibrarySnapshot",
           "LibraryTreeModel", "LibraryView"]
