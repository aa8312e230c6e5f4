"""The main window: the case list with search as you type, filters and menus."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from koll_desktop import APP_NAME, __version__
from koll_desktop.domain.enums import CaseStatus
from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.case_list import CaseListModel, status_label


class MainWindow(QMainWindow):
    def __init__(self, db: Database, data: DataPaths) -> None:
        super().__init__()
        self.db, self.data = db, data
        self.cases = CaseRepository(db)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self._build_menus()
        self.setCentralWidget(self._build_centre())
        self._restore_layout()
        self._offer_library()
        self._show_counts()

    # -- layout --------------------------------------------------------------------
    def _build_centre(self) -> QWidget:
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        self.library_bar = self._build_library_bar()
        layout.addWidget(self.library_bar)

        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Sök:"), centre)
        self.search = QLineEdit(centre)
        self.search.setPlaceholderText(self.tr("namn, ärendenummer eller personnummer"))
        self.search.setAccessibleName(self.tr("Sök ärende"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        status_title = QLabel(self.tr("S&tatus:"), centre)
        self.status_filter = QComboBox(centre)
        self.status_filter.setAccessibleName(self.tr("Filtrera på status"))
        self.status_filter.addItem(self.tr("Alla"), None)
        for status in CaseStatus:
            self.status_filter.addItem(status_label(status), status.value)
        status_title.setBuddy(self.status_filter)
        for widget in (search_label, self.search, status_title, self.status_filter):
            filters.addWidget(widget)
        layout.addLayout(filters)

        self.model = CaseListModel(self.cases, self)
        self.table = QTableView(centre)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Ärenden"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        return centre

    def _build_library_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(bar)
        row.addWidget(QLabel(self.tr("Referensbiblioteket är tomt. KoLL har Skolverkets "
                                     "yrkespaket Undersköterska och Barnskötare/Elevassistent "
                                     "samt en exempelstandard inbyggda."), bar), 1)
        load = QPushButton(self.tr("&Läs in inbyggt bibliotek"), bar)
        load.clicked.connect(self._load_bundled)
        row.addWidget(load)
        return bar

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self.quit_action = QAction(self.tr("&Avsluta"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        find = QAction(self.tr("&Sök ärende"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        view_menu.addAction(find)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        about = QAction(self.tr("&Om KoLL"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- behaviour -----------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.model.set_query(self.search.text(), status=self.status_filter.currentData())
        self._show_counts()

    def _offer_library(self) -> None:
        self.library_bar.setVisible(not LibraryRepository(self.db).summaries())

    def _load_bundled(self) -> None:
        from koll_desktop.services.demo import load_bundled_library

        try:
            result = load_bundled_library(self.db)
        except KnownError as error:
            QMessageBox.warning(self, APP_NAME, str(error))
            return
        self.statusBar().showMessage(self.tr("Biblioteket inläst: {0}").format(result.describe()))
        self._offer_library()

    def _show_counts(self) -> None:
        shown = self.model.rowCount() + (1 if self.model.canFetchMore() else 0)
        more = "+" if self.model.canFetchMore() else ""
        self.statusBar().showMessage(self.tr("{0}{1} ärenden visas").format(
            shown - (1 if more else 0), more))

    def _about(self) -> None:
        QMessageBox.about(self, APP_NAME, self.tr(
            "{0} {1}\n\nValidering av reell kompetens mot branschstandarder, yrkespaket och "
            "kursplaner.\n\nDatamapp: {2}").format(APP_NAME, __version__, self.data.root))

    # -- remembered layout -----------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        state = settings.value("main/columns")
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/columns", self.table.horizontalHeader().saveState())
        super().closeEvent(event)
