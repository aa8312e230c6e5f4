"""A person's rights (GDPR art. 15 and 17) in the desktop app: the access export
(registerutdrag) and the erasure of one person, plus the helpers the privacy screens share.

Retention (gallring) lives in `retention_dialog`, the case's audit trail in `audit_view`.
Both long jobs run in a worker with its own database connection when the caller gives the
data folder (`data_paths`): an erasure rewrites the whole file (VACUUM), which may take
seconds. Without it they run in the GUI thread on the window's connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koll_desktop import APP_NAME
from koll_desktop.domain import personnummer
from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths, exports_dir
from koll_desktop.services.person_data import (
    backups_holding_person,
    erase_person,
    erasure_preview,
    export_person,
    find_person,
    person_references,
)
from koll_desktop.services.settings_service import load_settings
from koll_desktop.storage.backups import PREFIX as ROLLING_PREFIX
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db
from koll_desktop.ui import labels
from koll_desktop.ui.workers import JobProgress, JobRunner, database_job

Confirm = Callable[[QWidget, str, str], bool]  # (parent, title, question) → yes?
ChooseFolder = Callable[[QWidget, str, str], str]  # (parent, title, start) → folder or ""
OpenPath = Callable[[Path], Any]  # opens a folder or a file in the system's viewer
CONFIRM_WORD = "RADERA"


# -- shared helpers ----------------------------------------------------------------------------

def ask(parent: QWidget, title: str, question: str) -> bool:
    """Yes/No with No as the default: the safe answer is the one Enter gives."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose_folder_dialog(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def open_in_system(path: Path) -> None:
    if path.suffix == "":
        path.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def capitalised(line: str) -> str:
    return line[:1].upper() + line[1:]


def run_on_database(db: Db, data_paths: DataPaths | None, fn: Callable[[Db], Any],
                    done: Callable[[Any], None], failed: Callable[[str], None]
                    ) -> JobRunner | None:
    """`fn(db)` in a worker on its own connection to the data folder's database, or, without
    a data folder, at once on `db` in the GUI thread (a wait cursor meanwhile)."""
    if data_paths is None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = fn(db)
        except KnownError as error:
            failed(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        done(result)
        return None
    runner = JobRunner(database_job(data_paths.database, lambda d, _p, _c: fn(d)),
                       log_file=data_paths.log_file)
    runner.finished.connect(done)
    runner.failed.connect(failed)
    return runner.start()


def backups_note(backups: list[Path], keep: int) -> str:
    """Plain words about backups taken before a removal, which still hold the data."""
    tr = QApplication.translate
    if not backups:
        return tr("privacy", "Ingen säkerhetskopia innehåller uppgifterna längre.")
    names = "\n".join(f"    {p.name}" for p in backups)
    text = (tr("privacy", "Obs: en äldre säkerhetskopia, tagen innan, innehåller fortfarande "
                          "uppgifterna:") if len(backups) == 1 else
            tr("privacy", "Obs: {0} äldre säkerhetskopior, tagna innan, innehåller fortfarande "
                          "uppgifterna:").format(len(backups)))
    text += f"\n{names}\n" + tr(
        "privacy", "De dagliga kopiorna (koll-…) byts ut efter hand: KoLL sparar de {0} "
        "senaste.").format(keep)
    if not all(p.name.startswith(ROLLING_PREFIX) for p in backups):
        text += tr("privacy", " Andra kopior (till exempel fore-migrering-…) finns kvar tills "
                              "någon tar bort dem.")
    return text + tr("privacy", " Ska uppgifterna bort direkt: ta bort filerna i mappen med "
                                "säkerhetskopior.")


def result_box(parent: QWidget, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setAccessibleName(name)
    box.setMaximumHeight(130)
    box.hide()
    return box


# -- the access export -------------------------------------------------------------------------

class AccessExportDialog(QDialog):
    """Writes the registerutdrag of one person into a folder (in a worker) and shows the two
    files. `files` holds them once written; `error` the message if it failed."""

    def __init__(self, db: Db, person_id: str, folder: Path,
                 parent: QWidget | None = None, *, data_paths: DataPaths | None = None,
                 open_path: OpenPath | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccessExportDialog")
        self.db, self.person_id, self.folder, self.data_paths = db, person_id, folder, data_paths
        self._open = open_path or open_in_system
        self.files: list[Path] = []
        self.error = ""
        self.runner: JobRunner | None = None
        person = CaseRepository(db).person(person_id)
        self.setWindowTitle(self.tr("Registerutdrag"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<b>Registerutdrag för {0}</b> ({1})").format(
            person.full_name, erasure_preview(db, person_id)), self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        about = QLabel(self.tr(
            "Ett registerutdrag visar allt som KoLL sparar om personen (GDPR artikel 15): en "
            "PDF att läsa och lämna ut, och en JSON-fil med varje sparad rad."), self)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.progress = JobProgress(self)
        self.progress.cancel_button.hide()  # a few seconds at most; nothing to stop half-way
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setObjectName("accessStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Filerna i registerutdraget"))
        self.list.setMaximumHeight(70)
        self.list.itemActivated.connect(
            lambda item: self._open(Path(item.data(Qt.ItemDataRole.UserRole))))
        self.list.hide()
        layout.addWidget(self.list)
        self.note = QLabel(self.tr(
            "Filerna innehåller personuppgifter. Lämna ut dem på ett säkert sätt, till "
            "exempel utskrivna eller i ett krypterat meddelande, och ta bort dina kopior när "
            "de har lämnats ut."), self)
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_folder_button = QPushButton(self.tr("Öppna &mapp"), self)
        self.open_folder_button.setAccessibleName(self.tr("Öppna mappen med registerutdraget"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(lambda: self._open(self.folder))
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_pdf_button = QPushButton(self.tr("Öppna &PDF"), self)
        self.open_pdf_button.setAccessibleName(self.tr("Öppna registerutdraget som PDF"))
        self.open_pdf_button.setEnabled(False)
        self.open_pdf_button.clicked.connect(self._open_pdf)
        buttons.addButton(self.open_pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _open_pdf(self) -> None:
        for path in self.files:
            if path.suffix == ".pdf":
                self._open(path)

    def start(self) -> JobRunner | None:
        person_id, folder = self.person_id, self.folder
        printed_by = str(QSettings().value("counsellor", "") or "")
        self.status.setText(self.tr("Skriver registerutdraget till {0} …").format(folder))
        self.runner = run_on_database(
            self.db, self.data_paths,
            lambda d: export_person(d, person_id, folder, printed_by=printed_by),
            self._written, self._failed)
        if self.runner is not None:
            self.progress.follow(self.runner, self.tr("Skriver registerutdraget …"))
            self.progress.cancel_button.hide()
            self.runner.ended.connect(lambda: setattr(self, "runner", None))
        return self.runner

    def _written(self, files: list[Path]) -> None:
        self.files = list(files)
        self.status.setText(self.tr("Klart. Registerutdraget är sparat i {0}:").format(
            self.folder))
        what = {".pdf": self.tr("att läsa och lämna ut"),
                ".json": self.tr("alla sparade rader, maskinläsbart")}
        for path in sorted(self.files, key=lambda p: p.suffix != ".pdf"):
            item = QListWidgetItem(f"{path.name} — {what.get(path.suffix, '')}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(self.tr("Dubbelklicka för att öppna"))
        self.list.show()
        self.note.show()
        self.open_folder_button.setEnabled(True)
        self.open_pdf_button.setEnabled(True)
        self.open_folder_button.setDefault(True)

    def _failed(self, message: str) -> None:
        self.error = message
        self.status.setText(self.tr("Inget registerutdrag skrevs: {0}").format(message))


def export_access(parent: QWidget | None, db: Db, person_key_or_case: str, *,
                  data_paths: DataPaths | None = None,
                  choose_folder: ChooseFolder | None = None,
                  open_path: OpenPath | None = None) -> AccessExportDialog | None:
    """The registerutdrag of the person behind a case id or reference (or a personnummer):
    a folder is chosen (starting in the exports folder), the files are written in a worker
    and shown with "Öppna mapp". Returns the dialog (already shown), or None if the folder
    choice was cancelled or no person fits."""
    try:
        person_id = find_person(db, person_key_or_case)
    except KnownError as error:
        QMessageBox.warning(parent, APP_NAME, str(error))
        return None
    chooser = choose_folder or choose_folder_dialog
    folder = chooser(parent, QApplication.translate("privacy", "Välj mapp för registerutdraget"),
                     str(exports_dir()))
    if not folder:
        return None
    dialog = AccessExportDialog(db, person_id, Path(folder), parent, data_paths=data_paths,
                                open_path=open_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog


# -- erasure ---------------------------------------------------------------------------------

class ErasePersonDialog(QDialog):
    """Shows who and what an erasure removes; "Radera för alltid" is enabled only when the
    person's family name (or RADERA) is typed. The erasure runs in a worker; then the report
    and the older backups that still hold the person are shown.

    `erased(person_id, case_ids)` follows a completed erasure: close any view of those cases
    and refresh the case list."""

    erased = Signal(str, list)

    def __init__(self, db: Db, person_id: str, parent: QWidget | None = None, *,
                 data_paths: DataPaths | None = None, open_path: OpenPath | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("ErasePersonDialog")
        self.db, self.person_id, self.data_paths = db, person_id, data_paths
        self._open = open_path or open_in_system
        self.runner: JobRunner | None = None
        self.report_lines: list[str] = []
        self.backups: list[Path] = []
        self.done_ = False
        cases = CaseRepository(db)
        self.person = cases.person(person_id)
        self.cases = [cases.case(ref) for ref in person_references(db, person_id)]
        self.setWindowTitle(self.tr("Radera person för alltid"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Radera {0} för alltid").format(self.person.full_name),
                              self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        layout.addWidget(self._who())
        self.what = self._what(erasure_preview(db, person_id))
        layout.addWidget(self.what)
        self.warning = warning = QLabel(self.tr(
            "Det går inte att ångra. Ska personen få ett registerutdrag, gör det först. "
            "Dokument som redan har skrivits ut eller sparats som filer utanför KoLL (planer, "
            "intyg, registerutdrag) tas inte bort. Äldre säkerhetskopior innehåller personen "
            "tills de byts ut; det visas efteråt."), self)
        warning.setObjectName("eraseWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("#eraseWarning { background: #fdecea; border: 1px solid #b3261e; "
                              "border-radius: 4px; padding: 6px; color: #5f1410; }")
        layout.addWidget(warning)

        self.expected = self.person.family_name.strip()
        form = QFormLayout()
        prompt = (self.tr("Skriv efternamnet <b>{0}</b> eller ordet <b>{1}</b> för att "
                          "bekräfta:").format(self.expected, CONFIRM_WORD) if self.expected
                  else self.tr("Skriv ordet <b>{0}</b> för att bekräfta:").format(CONFIRM_WORD))
        self.prompt = QLabel(prompt, self)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.prompt.setWordWrap(True)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("eraseConfirm")
        self.confirm_edit.setAccessibleName(self.tr("Bekräfta radering: skriv efternamnet "
                                                    "eller RADERA"))
        self.prompt.setBuddy(self.confirm_edit)
        form.addRow(self.prompt)
        form.addRow(self.confirm_edit)
        layout.addLayout(form)

        self.progress = JobProgress(self)
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setObjectName("eraseStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.result = result_box(self, self.tr("Vad som raderades"))
        layout.addWidget(self.result)
        self.backup_label = QLabel(self)
        self.backup_label.setWordWrap(True)
        self.backup_label.hide()
        layout.addWidget(self.backup_label)

        self.buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("Radera för alltid"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet(  # the same size enabled or not; red when it acts
            "#eraseButton { border: 1px solid #9e9e9e; border-radius: 3px; padding: 4px 14px; }"
            " #eraseButton:enabled { background: #b3261e; color: white; border-color: #8c1d18; }")
        self.open_backups_button = QPushButton(self.tr("Öppna mappen med säkerhetskopior"), self)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.open_backups_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_backups_button.hide()  # after addButton, which shows it
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        self.open_backups_button.clicked.connect(self._open_backups)
        layout.addWidget(self.buttons)
        self.confirm_edit.textChanged.connect(self._typed)
        self.confirm_edit.setFocus()

    def _who(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vem"), self)
        form = QFormLayout(box)
        number = personnummer.masked(self.person.personnummer)
        status = labels.case_status()
        rows = ((self.tr("Namn"), self.person.full_name),
                (self.tr("Personnummer"), number or self.tr("inget angivet")),
                (self.tr("Födelseår"), str(self.person.birth_year or "–")),
                (self.tr("Ärenden"), "\n".join(f"{c.reference} ({status[c.status]})"
                                               for c in self.cases) or self.tr("inga")))
        for caption, value in rows:
            label = QLabel(value, box)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
        return box

    def _what(self, preview: str) -> QGroupBox:
        box = QGroupBox(self.tr("Det här tas bort"), self)
        column = QVBoxLayout(box)
        for text in (
                self.tr("Personuppgifterna: namn, personnummer, kontaktuppgifter och behov av "
                        "anpassning."),
                self.tr("{0} med allt i dem: tidigare erfarenheter, bevisfiler, "
                        "självskattning, bedömningar, plan, utlämnade dokument och uppföljning."
                        ).format(capitalised(preview)),
                self.tr("Personen i sökningen och loggens rader om personen och ärendena."),
                self.tr("Kvar blir bara en rad i loggen om att en radering gjordes, utan namn "
                        "och utan personnummer.")):
            label = QLabel(f"•  {text}", box)
            label.setWordWrap(True)
            column.addWidget(label)
        return box

    # -- behaviour ----------------------------------------------------------------------------
    def confirmed(self) -> bool:
        typed = self.confirm_edit.text().strip().casefold()
        return bool(typed) and typed in {CONFIRM_WORD.casefold(), self.expected.casefold()}

    def _typed(self) -> None:
        self.erase_button.setEnabled(self.confirmed() and self.runner is None
                                     and not self.done_)

    def erase(self) -> JobRunner | None:
        """Refused (None, with a hint) until the name is typed; else the erasure starts."""
        if self.done_ or self.runner is not None:
            return None
        if not self.confirmed():
            self.status.setText(self.tr("Skriv efternamnet eller {0} först. Inget raderades."
                                        ).format(CONFIRM_WORD))
            return None
        person_id = self.person_id
        folder = self.data_paths.backups if self.data_paths is not None else None

        def job(db: Db) -> tuple[list[str], list[Path]]:
            lines = erase_person(db, person_id).lines()
            return lines, (backups_holding_person(folder, person_id) if folder else [])

        self.confirm_edit.setEnabled(False)
        self.erase_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Raderar och skriver om databasfilen … vänta."))
        self.runner = run_on_database(self.db, self.data_paths, job, self._erased,
                                      self._failed)
        if self.runner is not None:
            self.progress.follow(self.runner, self.tr("Raderar …"))
            self.progress.cancel_button.hide()  # the removal is one transaction; wait for it
            self.runner.ended.connect(self._ended)
        return self.runner

    def _ended(self) -> None:
        self.runner = None
        self.close_button.setEnabled(True)

    def _erased(self, result: tuple[list[str], list[Path]]) -> None:
        self.done_ = True
        self.report_lines, self.backups = result
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Stäng"))
        for widget in (self.erase_button, self.confirm_edit, self.prompt, self.what,
                       self.warning):
            widget.hide()
        self.heading.setText(self.tr("{0} är raderad").format(self.person.full_name))
        self.status.setText(self.tr("Det här gjordes:"))
        self.result.setPlainText("\n".join(capitalised(line) for line in self.report_lines))
        self.result.show()
        if self.data_paths is not None:
            self.backup_label.setText(backups_note(self.backups,
                                                   load_settings(self.db).backups_keep))
            self.backup_label.show()
            self.open_backups_button.setVisible(bool(self.backups))
        self.adjustSize()  # the parts about what would happen are gone
        self.erased.emit(self.person_id, [c.id for c in self.cases])

    def _failed(self, message: str) -> None:
        self.confirm_edit.setEnabled(True)
        self.close_button.setEnabled(True)
        self._typed()
        self.status.setText(self.tr("Inget raderades: {0}").format(message))

    def _open_backups(self) -> None:
        if self.data_paths is not None:
            self._open(self.data_paths.backups)

    def reject(self) -> None:
        """While the erasure runs the dialog stays: it ends in a few seconds."""
        if self.runner is None:
            super().reject()
