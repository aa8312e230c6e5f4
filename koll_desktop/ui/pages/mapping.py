"""Step 2, initial mapping (inledande kartläggning): prior learning entries with their files.

Every change is one committed, undoable `session.edit`. Evidence files are read whole, checked
(readable, not empty, within the size limit) before anything is saved, and stored in the
database with their sha256 by the repository. "Öppna" writes a copy into a private temporary
folder, removed when the program ends, and hands it to the desktop's default program.

The file list and its helpers: ui/evidence.py; the evidence panel: pages/mapping_evidence.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.case import Evidence, PriorLearning
from koll_desktop.domain.enums import PriorLearningKind
from koll_desktop.domain.workflow import Step
from koll_desktop.errors import KnownError, os_reason
from koll_desktop.storage.case_data import MAX_EVIDENCE_BYTES, CaseDataRepository
from koll_desktop.storage.db import write
from koll_desktop.ui import labels
from koll_desktop.ui.evidence import local_files, size_text, temporary_copy
from koll_desktop.ui.pages.base import StepPage
from koll_desktop.ui.pages.mapping_evidence import OTHER_FILES, EvidenceFilesMixin
from koll_desktop.ui.widgets import EnumCombo, OptionalDateEdit, add_banners, add_row


def read_evidence_file(path: str | Path) -> tuple[str, bytes]:
    """A file's name and bytes, or a KnownError naming it: missing, a folder, unreadable,
    empty or over the size limit. Nothing is read past the limit."""
    path = Path(path)
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise KnownError("är en mapp, inte en fil", place=name)
        size = path.stat().st_size
        if size > MAX_EVIDENCE_BYTES:
            raise KnownError(f"filen är för stor ({size_text(size)}; högst "
                             f"{size_text(MAX_EVIDENCE_BYTES)})", place=name)
        data = path.read_bytes()
    except OSError as exc:
        raise KnownError(f"kan inte läsa filen ({os_reason(exc)})", place=name) from exc
    if not data:
        raise KnownError("filen är tom", place=name)
    if len(data) > MAX_EVIDENCE_BYTES:  # it grew while we looked
        raise KnownError(f"filen är för stor (högst {size_text(MAX_EVIDENCE_BYTES)})",
                         place=name)
    return name, data


class MappingPage(EvidenceFilesMixin, StepPage):
    step = Step.MAPPING
    COLUMNS = 6

    def __init__(self, session, parent=None) -> None:
        self.title = self.tr("Inledande kartläggning: tidigare lärande")
        super().__init__(session, parent)
        # Injectable for tests: the file chooser, the desktop's "open", the confirm question.
        self.choose_files: Callable[[], list[str]] = self._ask_files
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.confirm: Callable[[str, str], bool] = self._ask_confirm
        self._selected: str | None = None  # entry id, OTHER_FILES, or None
        self._other_files: list[Evidence] = []
        intro = QLabel(self.tr(
            "Vad har deltagaren gjort tidigare? Skriv in utbildningar, kurser, arbete och annat "
            "lärande. Intyg, betyg och andra filer som styrker posten sparas i ärendet."), self)
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        add_banners(self, self.layout_)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._entries_panel(splitter))
        bottom = QWidget(splitter)
        columns = QHBoxLayout(bottom)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self._editor(bottom), 3)
        columns.addWidget(self._evidence_panel(bottom), 2)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.layout_.addWidget(splitter, 1)

    # -- building ----------------------------------------------------------------------
    def _entries_panel(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Poster"), panel)
        self.new_button = QPushButton(self.tr("&Ny post"), panel)
        self.new_button.setAccessibleName(self.tr("Ny post om tidigare lärande"))
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button = QPushButton(self.tr("Ta &bort"), panel)
        self.delete_button.setAccessibleName(self.tr("Ta bort vald post"))
        self.delete_button.clicked.connect(self.delete_entry)
        row.addWidget(caption)
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        box.addLayout(row)
        self.table = QTableWidget(0, self.COLUMNS, panel)
        self.table.setObjectName("priorLearningTable")
        self.table.setAccessibleName(self.tr("Poster om tidigare lärande"))
        caption.setBuddy(self.table)
        self.table.setHorizontalHeaderLabels([
            self.tr("Typ"), self.tr("Titel"), self.tr("Organisation"), self.tr("Land"),
            self.tr("Period"), self.tr("Filer")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate((
                QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_entry)
        box.addWidget(self.table, 1)
        self.empty_hint = QLabel(self.tr("Inga poster ännu. Klicka på Ny post för att lägga "
                                         "till en utbildning, en kurs, ett arbete eller annat "
                                         "lärande."), panel)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAccessibleName(self.tr("Tips"))
        box.addWidget(self.empty_hint)
        return panel

    def _editor(self, parent: QWidget) -> QGroupBox:
        self.editor = QGroupBox(self.tr("Vald post"), parent)
        form = QFormLayout(self.editor)
        self.kind = EnumCombo(labels.prior_learning_kind(), self.editor)
        add_row(form, self.tr("T&yp"), self.kind)
        self.kind.picked.connect(lambda v: self._save("kind", v, self.tr("Typ")))
        self.entry_title = self._line(form, self.tr("Tit&el"), "title")
        self.entry_title.setPlaceholderText(self.tr("t.ex. Vårdbiträde i hemtjänsten"))
        self.organisation = self._line(form, self.tr("&Organisation"), "organisation")
        self.organisation.setPlaceholderText(self.tr("arbetsgivare, skola eller anordnare"))
        self.country = self._line(form, self.tr("&Land"), "country")
        self.country.setPlaceholderText(self.tr("t.ex. SE"))
        dates = QHBoxLayout()
        self.date_from = OptionalDateEdit(self.editor)
        self.date_to = OptionalDateEdit(self.editor)
        from_caption = QLabel(self.tr("Fr&ån"), self.editor)
        from_caption.setBuddy(self.date_from)
        to_caption = QLabel(self.tr("T&ill"), self.editor)
        to_caption.setBuddy(self.date_to)
        self.date_from.setAccessibleName(self.tr("Från datum"))
        self.date_to.setAccessibleName(self.tr("Till datum"))
        for widget in (self.date_from, to_caption, self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        form.addRow(from_caption, dates)
        self.date_from.editingFinished.connect(
            lambda: self._save("date_from", self.date_from.value(), self.tr("Från")))
        self.date_to.editingFinished.connect(
            lambda: self._save("date_to", self.date_to.value(), self.tr("Till")))
        self.description = QPlainTextEdit(self.editor)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Vad gjorde deltagaren? Arbetsuppgifter, "
                                                    "innehåll, omfattning."))
        self.description.setMinimumHeight(70)
        add_row(form, self.tr("Beskrivnin&g"), self.description)
        self.description.focusOutEvent = self._description_focus_out
        return self.editor

    def _line(self, form: QFormLayout, label: str, field: str) -> QLineEdit:
        edit = QLineEdit(form.parentWidget())
        add_row(form, label, edit)
        edit.editingFinished.connect(
            lambda: self._save(field, self._clean(field, edit.text()), label.replace("&", "")))
        return edit

    # -- what is shown -----------------------------------------------------------------
    def _entries(self) -> tuple[PriorLearning, ...]:
        return self.session.snapshot.prior_learning

    def _entry(self, item_id: str | None) -> PriorLearning | None:
        return next((e for e in self._entries() if e.id == item_id), None)

    def current_entry(self) -> PriorLearning | None:
        return self._entry(self._selected)

    def refresh(self) -> None:
        entries = self._entries()
        self._other_files = [e for e in self.session.data.evidence(self.session.case_id)
                             if e.prior_learning_id is None]
        keys = [e.id for e in entries] + ([OTHER_FILES] if self._other_files else [])
        if self._selected not in keys:
            self._selected = keys[0] if keys else None
        kinds = labels.prior_learning_kind()
        self.table.setRowCount(len(keys))
        for row, entry in enumerate(entries):
            self._fill_row(row, entry.id, (
                kinds[entry.kind], entry.title or self.tr("(utan titel)"), entry.organisation,
                entry.country, self._period(entry), str(len(entry.evidence))))
        if self._other_files:
            self._fill_row(len(entries), OTHER_FILES, (
                "—", self.tr("Övriga filer (utan post)"), "", "", "",
                str(len(self._other_files))), italic=True)
        if self._selected is not None:
            self.table.selectRow(keys.index(self._selected))
        else:
            self.table.clearSelection()
        self.table.setColumnWidth(2, min(max(self.table.sizeHintForColumn(2), 120), 280))
        self.empty_hint.setVisible(not keys)
        self._show_selected()

    def _fill_row(self, row: int, key: str, texts: tuple[str, ...], italic: bool = False) -> None:
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(text)
            if column == self.COLUMNS - 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if italic:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def _period(self, entry: PriorLearning) -> str:
        start = entry.date_from.isoformat() if entry.date_from else ""
        end = entry.date_to.isoformat() if entry.date_to else ""
        if start and start == end:
            return start
        if start and not end:
            return self.tr("{0} – pågår").format(start) if entry.kind == PriorLearningKind.WORK \
                else f"{start} –"
        return f"{start} – {end}" if start or end else ""

    def _show_selected(self) -> None:
        entry = self.current_entry()
        self.editor.setEnabled(entry is not None)
        if entry is not None:
            self.editor.setTitle(self.tr("Vald post: {0}").format(
                entry.title or self.tr("(utan titel)")))
        else:
            self.editor.setTitle(self.tr("Övriga filer hör inte till någon post")
                                 if self._selected == OTHER_FILES else self.tr("Vald post"))
        shown = entry or PriorLearning(case_id="", kind=PriorLearningKind.WORK, title="",
                                       country="")
        self.kind.set_value(shown.kind)
        self.entry_title.setText(shown.title)
        self.organisation.setText(shown.organisation)
        self.country.setText(shown.country)
        self.date_from.set_value(shown.date_from)
        self.date_to.set_value(shown.date_to)
        if self.description.toPlainText() != shown.description:
            self.description.setPlainText(shown.description)
        current = self.files.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.files.clear()
        for evidence in self._shown_evidence():
            item = QListWidgetItem(f"{evidence.name}  ({size_text(evidence.size)})", self.files)
            item.setData(Qt.ItemDataRole.UserRole, evidence.id)
            item.setToolTip(self.tr("{0}\n{1}\nsha256: {2}").format(
                evidence.name, size_text(evidence.size), evidence.sha256))
            if evidence.id == keep:
                self.files.setCurrentItem(item)
        if self.files.currentItem() is None and self.files.count():
            self.files.setCurrentRow(0)
        self.files.setEnabled(self._selected is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_entry = self.current_entry() is not None
        self.delete_button.setEnabled(has_entry)
        self.add_file_button.setEnabled(self._selected is not None)
        has_file = self.current_evidence() is not None
        self.open_button.setEnabled(has_file)
        self.delete_file_button.setEnabled(has_file)

    def _selection_changed(self) -> None:
        if self._refreshing:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self._selected = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.error_banner.hide()
        self._refreshing = True
        try:
            self._show_selected()
        finally:
            self._refreshing = False

    def select_entry(self, key: str) -> None:
        """Select the entry with id `key` (or OTHER_FILES) in the table."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == key:
                self.table.selectRow(row)
                return

    # -- entries -------------------------------------------------------------------------
    @staticmethod
    def _clean(field: str, text: str) -> str:
        text = text.strip()
        return text.upper() if field == "country" and len(text) == 2 else text

    def _save(self, field: str, value, label: str) -> None:
        if self._refreshing:
            return
        entry = self.current_entry()
        if entry is None or getattr(entry, field) == value:
            return
        if field in ("date_from", "date_to"):
            start = value if field == "date_from" else entry.date_from
            end = value if field == "date_to" else entry.date_to
            if start and end and end < start:
                self.error_banner.show_message(self.tr(
                    "Sparades inte: till-datumet ({0}) är före från-datumet ({1}).").format(
                    end.isoformat(), start.isoformat()))
                self.reload()
                return
        self.error_banner.hide()
        old = getattr(entry, field)
        data, case_id, item_id = self.session.data, self.session.case_id, entry.id
        self.session.edit(
            self.tr("{0} för ”{1}”").format(label, entry.title or self.tr("ny post")),
            lambda: data.update_prior_learning(item_id, case_id, **{field: value}),
            lambda: data.update_prior_learning(item_id, case_id, **{field: old}),
            "prior_learning")

    def _description_focus_out(self, event) -> None:
        text = self.description.toPlainText().strip()
        if self._refreshing or self.session.free_text_ok(text):
            self._save("description", text, self.tr("Beskrivning"))
        QPlainTextEdit.focusOutEvent(self.description, event)

    def new_entry(self) -> None:
        entry = PriorLearning(case_id=self.session.case_id, kind=PriorLearningKind.WORK,
                              title="")
        data = self.session.data
        self._selected = entry.id
        self.error_banner.hide()
        self.session.edit(self.tr("Ny post"), lambda: data.add_prior_learning(entry),
                          lambda: data.delete_prior_learning(entry.id, entry.case_id),
                          "prior_learning")
        self.entry_title.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        name = entry.title or self.tr("(utan titel)")
        question = self.tr("Ta bort posten ”{0}”?").format(name)
        if entry.evidence:
            question += " " + self.tr("Dess filer ({0} st.) finns kvar i ärendet under "
                                      "”Övriga filer”.").format(len(entry.evidence))
        question += " " + self.tr("Det går att ångra med Ctrl+Z.")
        if not self.confirm(self.tr("Ta bort post"), question):
            return
        data, evidence_ids = self.session.data, [e.id for e in entry.evidence]
        self.session.edit(self.tr("Ta bort ”{0}”").format(name),
                          lambda: data.delete_prior_learning(entry.id, entry.case_id),
                          lambda: _restore_entry(data, entry, evidence_ids), "prior_learning")

    # -- evidence ------------------------------------------------------------------------
    def add_files(self, paths: list[str]) -> None:
        """Store the files at `paths` with the selected entry: all of them, or none (the
        first problem is shown and nothing is saved)."""
        if not paths:
            return
        if self._selected is None:
            self.error_banner.show_message(self.tr("Lägg först till en post med Ny post; "
                                                   "filerna hör till en post."))
            return
        try:
            files = [read_evidence_file(p) for p in paths]
        except KnownError as error:
            self.info_banner.hide()
            self.error_banner.show_message(self.tr("Inget sparades: {0}").format(error))
            return
        owner = None if self._selected == OTHER_FILES else self._selected
        data, case_id = self.session.data, self.session.case_id
        added: list[str] = []

        def do() -> None:
            added.clear()
            try:
                for name, content in files:
                    added.append(data.add_evidence(case_id, name, content, owner).id)
            except Exception:
                for evidence_id in added:  # all or nothing
                    data.delete_evidence(evidence_id, case_id)
                added.clear()
                raise

        def undo() -> None:
            for evidence_id in added:
                data.delete_evidence(evidence_id, case_id)

        label = (self.tr("Lägg till fil ”{0}”").format(files[0][0]) if len(files) == 1
                 else self.tr("Lägg till {0} filer").format(len(files)))
        self.error_banner.hide()
        self.session.edit(label, do, undo, "evidence")
        if added:
            self.info_banner.show_message(self.tr("Sparat i ärendet: {0}").format(
                ", ".join(name for name, _ in files)))

    # -- dialogs ---------------------------------------------------------------------------
    def _ask_confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def _restore_entry(data: CaseDataRepository, entry: PriorLearning,
                   evidence_ids: list[str]) -> None:
    """Undo of a delete: the same entry (same id) with its files linked again, in one
    transaction. Deleting an entry leaves its files in the case (ON DELETE SET NULL)."""
    with write(data.db):
        data.add_prior_learning(entry)
        present = {e.id for e in data.evidence(entry.case_id)}
        for evidence_id in (e for e in evidence_ids if e in present):
            data.link_evidence(evidence_id, entry.case_id, entry.id)


__all__ = ["OTHER_FILES", "MappingPage", "local_files", "read_evidence_file", "temporary_copy"]
