"""Step 6, documentation: print the plan, the competence certificate and earned
micro-credentials (in a worker, from a snapshot), open them, and record the hand-over."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from koll_desktop.domain.workflow import Step
from koll_desktop.paths import exports_dir
from koll_desktop.services.case_snapshot import CaseSnapshot
from koll_desktop.ui.pages.base import StepPage
from koll_desktop.ui.widgets import add_row
from koll_desktop.ui.workers import JobProgress, JobRunner

PLAN, CERTIFICATE, MICRO = "plan", "certificate", "micro_credential"


def write_document(snapshot: CaseSnapshot, kind: str, folder: Path, *, language: str,
                   large_print: bool, code: str = "") -> Path:
    """Write one document for the case into `folder`; returns the PDF path."""
    from koll_desktop.services.certificate_pdf import write_certificate_pdf
    from koll_desktop.services.micro_credential_docs import issue_micro_credential
    from koll_desktop.services.plan_pdf import write_plan_pdf

    reference = snapshot.case.reference
    suffix = "-storstil" if large_print else ""
    if kind == PLAN:
        return write_plan_pdf(snapshot, folder / f"{reference}-plan{suffix}.pdf",
                              language=language, large_print=large_print)
    if kind == CERTIFICATE:
        return write_certificate_pdf(snapshot, folder / f"{reference}-kompetensintyg"
                                     f"{suffix}.pdf", language=language,
                                     large_print=large_print)
    pdf, _badge = issue_micro_credential(snapshot, code, folder / f"{reference}-{code}.pdf",
                                         language=language, large_print=large_print)
    return pdf


class DocumentationPage(StepPage):
    step = Step.DOCUMENTATION

    def __init__(self, session, parent=None) -> None:
        self.title = self.tr("Dokumentation: plan, kompetensintyg och mikromeriter")
        super().__init__(session, parent)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # injectable
        self.folder = exports_dir()
        self.last_file: Path | None = None
        self.runner: JobRunner | None = None
        options = QGroupBox(self.tr("Utskrift"), self)
        form = QFormLayout(options)
        self.language = QComboBox(options)
        self.language.addItem(self.tr("Svenska"), "sv")
        self.language.addItem(self.tr("Engelska"), "en")
        self.language.setMaximumWidth(220)
        add_row(form, self.tr("&Språk"), self.language)
        self.large = QCheckBox(self.tr("Stor stil (16 punkter)"), options)
        self.large.setAccessibleName(self.tr("Stor stil"))
        form.addRow("", self.large)
        self.folder_label = QLabel(str(self.folder), options)
        change = QPushButton(self.tr("&Byt mapp…"), options)
        change.setAccessibleName(self.tr("Byt mapp för utskrifter"))
        change.clicked.connect(self._change_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(change)
        folder_row.addStretch(1)
        form.addRow(self.tr("Sparas i"), folder_row)
        # Injectable for tests: how a folder is chosen.
        self.choose_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Mapp för utskrifter"), str(self.folder))
        self.layout_.addWidget(options)

        buttons = QHBoxLayout()
        self.plan_button = self._button(self.tr("Skriv ut &planen"), PLAN)
        self.certificate_button = self._button(self.tr("Skriv ut &kompetensintyg"), CERTIFICATE)
        for button in (self.plan_button, self.certificate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

        self.layout_.addWidget(QLabel(self.tr("<b>Uppnådda mikromeriter</b>"), self))
        self.credentials = QListWidget(self)
        self.credentials.setAccessibleName(self.tr("Uppnådda mikromeriter"))
        self.credentials.setMaximumHeight(120)
        self.credentials.itemActivated.connect(self._issue_selected)
        self.layout_.addWidget(self.credentials)
        issue = QPushButton(self.tr("Utfärda vald &mikromerit (PDF + Open Badges)"), self)
        issue.setAccessibleName(issue.text().replace("&", ""))
        issue.clicked.connect(self._issue_selected)
        issue_row = QHBoxLayout()
        issue_row.addWidget(issue)
        issue_row.addStretch(1)
        self.layout_.addLayout(issue_row)

        self.progress = JobProgress(self)
        self.layout_.addWidget(self.progress)
        self.result = QLabel(self)
        self.result.setObjectName("documentResult")
        self.result.setWordWrap(True)
        self.layout_.addWidget(self.result)
        handed = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Öppna senaste"), self)
        self.open_button.clicked.connect(self._open_last)
        self.handed_button = QPushButton(self.tr("Lämnad till deltagaren &idag"), self)
        self.handed_button.clicked.connect(self._record_handed_over)
        for button in (self.open_button, self.handed_button):
            button.setAccessibleName(button.text().replace("&", ""))
            handed.addWidget(button)
        handed.addStretch(1)
        self.layout_.addLayout(handed)
        self.layout_.addWidget(QLabel(self.tr("<b>Utlämnat</b>"), self))
        self.handed = QListWidget(self)
        self.handed.setAccessibleName(self.tr("Dokument som lämnats till deltagaren"))
        self.layout_.addWidget(self.handed, 1)
        self._last_kind = ""

    def _button(self, text: str, kind: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self.print_document(kind))
        return button

    # -- printing in a worker -------------------------------------------------------------
    def print_document(self, kind: str, code: str = "") -> JobRunner:
        snapshot = self.session.snapshot  # a snapshot travels to the worker, never the DB
        language, large, folder = self.language.currentData(), self.large.isChecked(), \
            self.folder
        making, done = self.tr("skapar dokumentet"), self.tr("klart")

        def job(progress, cancelled) -> Path:  # runs in the worker: no widgets here
            progress(0, 2, making)
            folder.mkdir(parents=True, exist_ok=True)
            path = write_document(snapshot, kind, folder, language=language,
                                  large_print=large, code=code)
            progress(2, 2, done)
            return path

        self.runner = JobRunner(job)
        self.progress.follow(self.runner, self.tr("Skriver ut…"))
        self.runner.finished.connect(lambda path: self._printed(kind, path))
        self.runner.failed.connect(lambda message: self.result.setText(
            self.tr("Kunde inte skriva ut: {0}").format(message)))
        return self.runner.start()

    def _printed(self, kind: str, path: Path) -> None:
        self.last_file, self._last_kind = path, kind
        self.result.setText(self.tr("Sparad: {0}").format(path))
        self.session.saved.emit(self.tr("Utskrift klar: {0}").format(path.name))

    def _issue_selected(self, *_args) -> None:
        item = self.credentials.currentItem()
        if item is None:
            self.result.setText(self.tr("Välj en uppnådd mikromerit i listan först."))
            return
        self.print_document(MICRO, item.data(Qt.ItemDataRole.UserRole))

    def _change_folder(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder = Path(chosen)
            self.folder_label.setText(str(self.folder))

    def _open_last(self) -> None:
        if self.last_file is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_file)))

    def _record_handed_over(self) -> None:
        if self.last_file is None:
            self.result.setText(self.tr("Skriv ut ett dokument först."))
            return
        data, case_id = self.session.data, self.session.case_id
        kind, name = self._last_kind, self.last_file.name
        created: list[str] = []
        self.session.edit(
            self.tr("Lämnad: {0}").format(name),
            lambda: created.append(data.record_document(case_id, kind, date.today(), name)),
            lambda: data.delete_document(created.pop(), case_id), "documents")

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.credentials.clear()
        for status in self.session.snapshot.result.micro_credentials:
            if status.earned:
                item = QListWidgetItem(status.title, self.credentials)
                item.setData(Qt.ItemDataRole.UserRole, status.code)
        self.handed.clear()
        names = {PLAN: self.tr("Plan"), CERTIFICATE: self.tr("Kompetensintyg"),
                 MICRO: self.tr("Mikromerit")}
        for row in self.session.data.documents(self.session.case_id):
            self.handed.addItem(f"{row['handed_over_on']} · {names.get(row['kind'], '')} · "
                                f"{row['file_name']}")
