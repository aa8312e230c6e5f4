"""The main window: the case list with search as you type, filters and menus."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koll_desktop import APP_NAME, __version__
from koll_desktop.domain.enums import CaseStatus
from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db
from koll_desktop.ui.case_list import (
    CHANGED,
    COUNSELLOR,
    FRAMEWORKS,
    NAME,
    REFERENCE,
    STATUS,
    CaseListModel,
    status_label,
)

RETENTION_CHECK_MS = 1000  # how long after the start the retention check runs
LIBRARY_OFFER_MS = 200  # and the offer of the bundled library (once the list is painted)


class MainWindow(QMainWindow):
    def __init__(self, db: Db, data: DataPaths) -> None:
        super().__init__()
        self.db, self.data = db, data
        self.cases = CaseRepository(db)
        self.undo_stack = QUndoStack(self)
        self.workspace = None
        self.library_view = None
        self.crosswalk_editor = None
        self.coordinator_view = None
        self.micro_credential_editor = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.pages = QStackedWidget(self)
        self.case_list_page = self._build_centre()
        self.pages.addWidget(self.case_list_page)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self._restore_layout()
        self.library_bar.hide()
        QTimer.singleShot(LIBRARY_OFFER_MS, self, self._offer_library_when_shown)
        self._show_counts()
        self.retention_notice = None  # made by check_retention, after the window shows
        # Later than the first paint: the start imports no services and no workers (§11).
        QTimer.singleShot(RETENTION_CHECK_MS, self, self.check_retention)

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
        new_case = _button(self.tr("&Nytt ärende…"), centre)
        new_case.setAccessibleName(self.tr("Nytt ärende"))
        new_case.setToolTip(self.tr("Ctrl+N"))
        new_case.clicked.connect(self.new_case)
        filters.addWidget(new_case)
        layout.addLayout(filters)

        self.model = CaseListModel(self.cases, self)
        self.table = QTableView(centre)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Ärenden"))
        # The headers paint their titles from a model of Qt's own (CaseListModel.header_labels
        # says why); hidden while the table's model is set, they do not ask it for titles.
        header = self.table.horizontalHeader()
        header.hide()
        self.table.verticalHeader().hide()
        self.table.setModel(self.model)
        header.setModel(self.model.header_labels(self.table))
        header.show()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header.resizeSection(NAME, 280)  # a fair width, which the counsellor may change
        self.model.modelReset.connect(self._widen_columns)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.table.activated.connect(lambda index: self.open_case(
            self.model.summary(index.row()).id))
        return centre

    def _fit_columns(self, *, grow_only: bool = False) -> None:
        """Reference, status, counsellor and date as wide as their texts on the first page
        (CaseListModel.column_texts), the frameworks the rest, the name as the user left it.

        Measured here, with the table's font, at the start; when the list is read again (a
        search, a filter) a column only grows, for a text that would not fit, so a width
        the counsellor gave it stays. Qt's ResizeToContents would ask the model for eight
        roles of each cell of 50 rows at every layout: about 7 000 Python calls (some 15 ms)
        at the start, and more at each letter typed in the search field.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        margins = 2 * metrics.averageCharWidth()  # the cell's and the header's own margins
        if not grow_only:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(FRAMEWORKS, QHeaderView.ResizeMode.Stretch)
        for column in (REFERENCE, STATUS, COUNSELLOR, CHANGED):
            needed = margins + max(metrics.horizontalAdvance(text)
                                   for text in set(self.model.column_texts(column)))
            if not grow_only or needed > header.sectionSize(column):
                header.resizeSection(column, needed)

    def _widen_columns(self) -> None:
        self._fit_columns(grow_only=True)

    def _build_library_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(bar)
        row.addWidget(QLabel(self.tr("Referensbiblioteket är tomt. KoLL har Skolverkets "
                                     "yrkespaket Undersköterska och Barnskötare/Elevassistent "
                                     "samt en exempelstandard inbyggda."), bar), 1)
        load = _button(self.tr("&Läs in inbyggt bibliotek"), bar)
        load.clicked.connect(self._load_bundled)
        row.addWidget(load)
        return bar

    def _action(self, menu, text: str, slot,
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)  # QAction(text, self) would create QIcon for its overloads
        action.setText(text)
        if shortcut is not None:
            # A key sequence made from text or a standard key, set as a list: setShortcut's
            # overloads, and a QKeySequence made from a QKeySequence, create the `Qt`
            # namespace while the window is built (ui/case_list.py says why that matters).
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self.new_case_action = self._action(file_menu, self.tr("&Nytt ärende…"),
                                            self.new_case, QKeySequence.StandardKey.New)
        file_menu.addSeparator()
        self.access_action = self._action(file_menu, self.tr("&Registerutdrag…"),
                                          self.export_access)
        self.erase_action = self._action(file_menu, self.tr("Ra&dera person för alltid…"),
                                         self.erase_person)
        self.retention_action = self._action(file_menu, self.tr("&Gallring…"),
                                             self.open_retention)
        file_menu.addSeparator()
        self.settings_action = self._action(file_menu, self.tr("&Inställningar…"),
                                            self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")])
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Avsluta"), self.close,
                                        QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Redigera"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Ångra"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Gör om"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        self._action(view_menu, self.tr("Ä&renden"), self.show_case_list, "Ctrl+1")
        self._action(view_menu, self.tr("&Bibliotek"), self.show_library, "Ctrl+2")
        self._action(view_menu, self.tr("&Korsreferenser"), self.show_crosswalk, "Ctrl+3")
        self._action(view_menu, self.tr("Sa&mordning"), self.show_coordinator, "Ctrl+4")
        self._action(view_menu, self.tr("M&ikromeriter"), self.show_micro_credentials,
                     "Ctrl+5")
        view_menu.addSeparator()
        self.audit_action = self._action(view_menu, self.tr("Ärendets &logg…"),
                                         self.show_audit, "Ctrl+L")
        self._action(view_menu, self.tr("&Sök ärende"), self._focus_search,
                     QKeySequence.StandardKey.Find)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        self._action(help_menu, self.tr("&Om KoLL"), self._about)

    # -- navigation ------------------------------------------------------------------
    def _focus_search(self) -> None:
        if self.library_view is not None and self.pages.currentWidget() is self.library_view:
            self.library_view.focus_search()
            return
        self.show_case_list()
        from PySide6.QtCore import Qt  # not at the start (ui/case_list.py says why)

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_case_list(self) -> None:
        if not self._may_leave():
            return
        self.pages.setCurrentWidget(self.case_list_page)
        self.model.refresh()
        self._show_counts()

    def show_library(self) -> None:
        if not self._may_leave():
            return
        if self.library_view is None:
            from koll_desktop.ui.library_view import LibraryView

            self.library_view = LibraryView(self.db, self.data, self.pages)
            self.library_view.library_changed.connect(self._library_changed)
            self.pages.addWidget(self.library_view)
        self.pages.setCurrentWidget(self.library_view)

    def show_crosswalk(self) -> None:
        if not self._may_leave():
            return
        if self.crosswalk_editor is None:
            from koll_desktop.ui.crosswalk_editor import CrosswalkEditor

            self.crosswalk_editor = CrosswalkEditor(self.db, self.undo_stack, self.pages)
            self.crosswalk_editor.saved.connect(
                lambda m: self.statusBar().showMessage(m, 5000))
            self.crosswalk_editor.crosswalk_changed.connect(self._library_changed)
            self.pages.addWidget(self.crosswalk_editor)
        self.undo_stack.clear()  # like open_case: Ctrl+Z must not undo an unseen edit
        self.pages.setCurrentWidget(self.crosswalk_editor)

    def _may_leave(self) -> bool:
        """A micro-credential definition is edited like a document: unsaved changes are
        saved or dropped (the editor asks) before another page is shown."""
        editor = self.micro_credential_editor
        return editor is None or self.pages.currentWidget() is not editor \
            or editor.confirm_leave()

    def show_micro_credentials(self) -> None:
        if self.micro_credential_editor is None:
            from koll_desktop.ui.micro_credential_editor import MicroCredentialEditor

            editor = MicroCredentialEditor(self.db, self.undo_stack, self.pages)
            editor.saved.connect(lambda m: self.statusBar().showMessage(m, 5000))
            editor.library_changed.connect(self._library_changed)
            self.pages.addWidget(editor)
            self.micro_credential_editor = editor
        self.undo_stack.clear()  # as for the crosswalk editor
        self.pages.setCurrentWidget(self.micro_credential_editor)

    def show_coordinator(self) -> None:
        if not self._may_leave():
            return
        if self.coordinator_view is None:
            from koll_desktop.ui.coordinator_view import CoordinatorView

            self.coordinator_view = CoordinatorView(self.db, self.data, self.pages)
            self.coordinator_view.cases_changed.connect(self.model.refresh)
            self.coordinator_view.library_changed.connect(self._library_changed)
            self.pages.addWidget(self.coordinator_view)
        else:
            self.coordinator_view.refresh()  # cases or library may have changed meanwhile
        self.pages.setCurrentWidget(self.coordinator_view)

    def _library_changed(self) -> None:
        """After an import or a crosswalk edit: every view that lists the library."""
        self._offer_library()
        if self.library_view is not None:
            self.library_view.refresh()
        if self.crosswalk_editor is not None:
            self.crosswalk_editor.refresh()
        if self.coordinator_view is not None:
            self.coordinator_view.refresh()
        if self.micro_credential_editor is not None:
            self.micro_credential_editor.refresh()

    def open_case(self, case_id: str) -> None:
        if not self._may_leave():
            return
        from koll_desktop.ui.workspace import CaseWorkspace

        if self.workspace is not None:
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.undo_stack.clear()  # undo belongs to the case it was made in
        self.workspace = CaseWorkspace(self.db, case_id, self.undo_stack, self.pages)
        self.workspace.closed.connect(self.show_case_list)
        self.workspace.session.saved.connect(lambda m: self.statusBar().showMessage(m, 5000))
        self.workspace.session.failed.connect(self._edit_refused)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.statusBar().showMessage(self.tr("Ärende {0} öppnat").format(
            self.workspace.session.case.reference), 3000)
        self.workspace.steps.setFocus()

    def open_settings(self) -> None:
        from koll_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.data, self)
        dialog.restored.connect(self._after_restore)
        accepted = dialog.exec() == dialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted and self.workspace is not None and dialog.restored_from is None:
            self.workspace.session.refresh("all")  # thresholds may have changed the plan

    def _after_restore(self, _path: str) -> None:
        self.undo_stack.clear()  # its commands describe the data before the restore
        if self.workspace is not None:  # the open case may not exist in the restored data
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self._library_changed()
        self.show_case_list()
        self.statusBar().showMessage(self.tr("Säkerhetskopian är återställd."), 10000)

    def _edit_refused(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Sparades inte: {0}").format(message), 10000)

    def new_case(self) -> None:
        from koll_desktop.ui.new_case_dialog import NewCaseDialog

        names = NewCaseDialog(self)
        if names.exec() != names.DialogCode.Accepted:
            return
        given, family = names.values()
        from koll_desktop.domain.case import Case, Person  # not needed to show the list

        person = self.cases.add_person(Person(given_name=given, family_name=family))
        case = self.cases.add_case(Case(
            reference=self.cases.next_reference(), person_id=person.id,
            counsellor=str(QSettings().value("counsellor", ""))))
        self.statusBar().showMessage(self.tr("Nytt ärende {0}").format(case.reference), 5000)
        self.open_case(case.id)

    # -- personal data (GDPR) ------------------------------------------------------------
    def check_retention(self) -> None:
        """Counts the cases past their retention date in a worker; a notice bar above the
        case list ("N ärenden har passerat gallringsdatum — Visa") shows itself if any are."""
        if not self.isVisible():  # a window already closed checks nothing
            return
        from koll_desktop.ui.retention_dialog import RetentionNotice

        if self.retention_notice is None:
            self.retention_notice = RetentionNotice(self.case_list_page)
            self.retention_notice.show_requested.connect(self.open_retention)
            self.case_list_page.layout().insertWidget(1, self.retention_notice)
        self.retention_notice.count_in_background(self.data)

    def _chosen_case_id(self) -> str | None:
        """The open case when its workspace is shown, else the case selected in the list."""
        if self.workspace is not None and self.pages.currentWidget() is self.workspace:
            return self.workspace.session.case_id
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.summary(rows[0].row()).id
        self.statusBar().showMessage(self.tr("Öppna eller markera ett ärende först."), 5000)
        return None

    def export_access(self) -> None:
        from koll_desktop.ui.privacy import export_access

        case_id = self._chosen_case_id()
        if case_id is not None:
            export_access(self, self.db, case_id, data_paths=self.data)

    def erase_person(self) -> None:
        from koll_desktop.ui.privacy import ErasePersonDialog

        case_id = self._chosen_case_id()
        if case_id is None:
            return
        dialog = ErasePersonDialog(self.db, self.cases.case(case_id).person_id, self,
                                   data_paths=self.data)
        dialog.erased.connect(lambda _person_id, case_ids: self._cases_removed(case_ids))
        dialog.exec()
        dialog.deleteLater()

    def open_retention(self) -> None:
        from koll_desktop.ui.retention_dialog import RetentionDialog, cases_past_retention

        dialog = RetentionDialog(self.db, self, data_paths=self.data)
        dialog.applied.connect(self._cases_removed)
        dialog.exec()
        dialog.deleteLater()
        if self.retention_notice is not None:
            self.retention_notice.set_count(cases_past_retention(self.db))

    def show_audit(self) -> None:
        if self.workspace is not None and self.pages.currentWidget() is self.workspace:
            self.workspace.show_audit()
        else:
            self.statusBar().showMessage(self.tr("Öppna ett ärende först."), 5000)

    def _cases_removed(self, case_ids: list[str]) -> None:
        """After an erasure or a retention run: no view may show a removed or anonymised
        case, and no undo may reach its rows."""
        closing = self.workspace is not None and self.workspace.session.case_id in case_ids
        if closing:
            self.undo_stack.clear()
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if closing or self.pages.currentWidget() is self.case_list_page:
            self.show_case_list()
        else:
            self.model.refresh()

    # -- behaviour -----------------------------------------------------------------
    def _apply_filters(self) -> None:
        # A new search starts at its best matches: from the top, never from where an earlier
        # list was scrolled to (that would read deep pages of the new one first).
        self.table.scrollToTop()
        self.model.set_query(self.search.text(), status=self.status_filter.currentData())
        self.table.scrollToTop()
        self._show_counts()

    def _offer_library_when_shown(self) -> None:
        """At the start the offer comes right after the window is shown: the library's code
        (about 4 ms to import) is not needed to show the case list."""
        if self.isVisible():  # a window already closed reads nothing
            self._offer_library()

    def _offer_library(self) -> None:
        """The offer to load the bundled library, shown while the library is empty."""
        from koll_desktop.storage.library import LibraryRepository

        self.library_bar.setVisible(LibraryRepository(self.db).is_empty())

    def _load_bundled(self) -> None:
        from koll_desktop.services.demo import load_bundled_library

        try:
            result = load_bundled_library(self.db)
        except KnownError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, APP_NAME, str(error))
            return
        self.statusBar().showMessage(self.tr("Biblioteket inläst: {0}").format(result.describe()))
        self._library_changed()

    def _show_counts(self) -> None:
        shown = self.model.rowCount()
        text = (self.tr("1 ärende visas") if shown == 1
                else self.tr("{0} ärenden visas").format(f"{shown:,}".replace(",", " ")))
        self.statusBar().showMessage(text)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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
            self.table.horizontalHeader().restoreState(state)  # the name column's width
        self._fit_columns()  # and the modes of this version (a saved state holds older ones)

    def closeEvent(self, event) -> None:
        if not self._may_leave():
            event.ignore()
            return
        for view in (self.library_view, self.coordinator_view):
            if view is not None:
                view.shutdown()  # a running job ends before the database closes
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/columns", self.table.horizontalHeader().saveState())
        super().closeEvent(event)


def _button(text: str, parent: QWidget) -> QPushButton:
    """QPushButton(text, parent) would have PySide create the QIcon class, with its enums,
    to rule out the (icon, text, parent) overload: about 1.5 ms of the start."""
    button = QPushButton(parent)
    button.setText(text)
    return button
