"""Step 2's evidence panel: the files of the selected entry (or of no entry), open and delete.

`EvidenceFilesMixin` is the part of MappingPage that lists the selected row's files in an
EvidenceList (files dropped there are added), opens a private copy of one with the
desktop's default program after checking its sha256, and deletes one (undoable). Adding
files is MappingPage.add_files, next to the check of what is read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.case import Evidence
from koll_desktop.errors import KnownError
from koll_desktop.ui.evidence import EvidenceList, temporary_copy

OTHER_FILES = "__other_files__"  # the table row for files that belong to no entry


class EvidenceFilesMixin:
    """The evidence panel of MappingPage (a StepPage it is mixed into)."""

    def _evidence_panel(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Filer som styrker posten"), parent)
        layout = QVBoxLayout(box)
        caption = QLabel(self.tr("Bevi&sfiler (dra hit filer från skrivbordet)"), box)
        caption.setWordWrap(True)
        self.files = EvidenceList(box)
        self.files.setObjectName("evidenceList")
        self.files.setAccessibleName(self.tr("Bevisfiler för vald post"))
        self.files.setAccessibleDescription(self.tr("Dra filer hit för att lägga till dem"))
        self.files.placeholder = self.tr("Inga filer. Dra hit intyg, betyg eller andra filer, "
                                         "eller klicka på Lägg till fil…")
        caption.setBuddy(self.files)
        self.files.files_dropped.connect(self.add_files)
        self.files.itemActivated.connect(lambda _item: self.open_evidence())
        self.files.itemSelectionChanged.connect(self._update_buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.files)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_evidence)
        buttons = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("Lägg till &fil…"), box)
        self.add_file_button.setAccessibleName(self.tr("Lägg till fil till vald post"))
        self.add_file_button.clicked.connect(lambda: self.add_files(self.choose_files()))
        self.open_button = QPushButton(self.tr("&Öppna"), box)
        self.open_button.setAccessibleName(self.tr("Öppna vald fil"))
        self.open_button.clicked.connect(self.open_evidence)
        self.delete_file_button = QPushButton(self.tr("&Ta bort fil"), box)
        self.delete_file_button.setAccessibleName(self.tr("Ta bort vald fil"))
        self.delete_file_button.clicked.connect(self.delete_evidence)
        for button in (self.add_file_button, self.open_button, self.delete_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(caption)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        return box

    # -- what is shown -----------------------------------------------------------------
    def current_evidence(self) -> Evidence | None:
        item = self.files.currentItem()
        if item is None or not item.isSelected():
            return None
        evidence_id = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self._shown_evidence() if e.id == evidence_id), None)

    def _shown_evidence(self) -> tuple[Evidence, ...]:
        if self._selected == OTHER_FILES:
            return tuple(self._other_files)
        entry = self.current_entry()
        return entry.evidence if entry else ()

    def open_evidence(self) -> None:
        evidence = self.current_evidence()
        if evidence is None:
            return
        try:
            data = self.session.data.evidence_bytes(evidence.id)
            if hashlib.sha256(data).hexdigest() != evidence.sha256:
                raise KnownError("filens innehåll stämmer inte med dess kontrollsumma (sha256); "
                                 "den kan vara skadad", place=evidence.name)
            path = temporary_copy(evidence, data)
        except (KnownError, OSError) as error:
            self.error_banner.show_message(self.tr("Kunde inte öppna filen: {0}").format(error))
            return
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.info_banner.show_message(self.tr(
                "Det finns inget program som kan öppna filen. En kopia finns här: {0}"
            ).format(path))

    def delete_evidence(self) -> None:
        evidence = self.current_evidence()
        if evidence is None:
            return
        if not self.confirm(self.tr("Ta bort fil"), self.tr(
                "Ta bort filen ”{0}” ur ärendet? Det går att ångra med Ctrl+Z.").format(
                evidence.name)):
            return
        data, case_id = self.session.data, self.session.case_id
        try:
            content = data.evidence_bytes(evidence.id)  # kept for undo
        except KnownError as error:
            self.error_banner.show_message(str(error))
            return
        self.session.edit(
            self.tr("Ta bort fil ”{0}”").format(evidence.name),
            lambda: data.delete_evidence(evidence.id, case_id),
            lambda: data.add_evidence(case_id, evidence.name, content,
                                      evidence.prior_learning_id, evidence_id=evidence.id),
            "evidence")

    def _ask_files(self) -> list[str]:
        folder = str(QSettings().value("mapping/folder", "") or "")
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Lägg till filer"),
            folder if folder and Path(folder).is_dir() else str(Path.home()),
            self.tr("Alla filer (*);;Dokument och bilder (*.pdf *.doc *.docx *.odt *.txt "
                    "*.jpg *.jpeg *.png)"))
        if names:
            QSettings().setValue("mapping/folder", str(Path(names[0]).parent))
        return names
