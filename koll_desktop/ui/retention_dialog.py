"""Retention (gallring, DESIGN §9) in the desktop app: the notice shown at start when cases
have passed their retention date, and the dialog that lists them and purges or anonymises
the chosen ones (the same service as `koll retention --apply`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.paths import DataPaths
from koll_desktop.services.person_data import backups_holding_person
from koll_desktop.services.retention import (
    ACTION_LABELS,
    RetentionItem,
    RetentionMode,
    apply_retention,
    retention_due,
    retention_months,
)
from koll_desktop.services.settings_service import load_settings
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db
from koll_desktop.ui import labels
from koll_desktop.ui.privacy import (
    Confirm,
    OpenPath,
    ask,
    backups_note,
    capitalised,
    open_in_system,
    result_box,
    run_on_database,
)
from koll_desktop.ui.workers import JobProgress, JobRunner, database_job

CASE_ID = Qt.ItemDataRole.UserRole
REFERENCE, NAME, STATUS, DUE, WHY, ACTION = range(6)


def cases_past_retention(db: Db, today: date | None = None) -> int:
    """How many cases have passed their retention date (the notice at start shows if > 0)."""
    return len(retention_due(db, today or date.today()))


class RetentionNotice(QFrame):
    """"N ärenden har passerat gallringsdatum — Visa": a bar across the case list, not a
    dialog, so the start is never blocked. `show_requested` when Visa is clicked."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionNotice")
        self.setStyleSheet("#retentionNotice { background: #fff4e5; border: 1px solid #b26a00; "
                           "border-radius: 4px; } #retentionNotice QLabel { color: #4a2c00; }")
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Gallring"))
        self.open_button = QPushButton(self.tr("&Visa"), self)
        self.open_button.setAccessibleName(self.tr("Visa ärenden som passerat gallringsdatum"))
        self.open_button.clicked.connect(self.show_requested.emit)
        hide = QPushButton(self.tr("Dölj"), self)
        hide.setAccessibleName(self.tr("Dölj meddelandet om gallring"))
        hide.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(hide)
        self.hide()

    def count_in_background(self, data_paths: DataPaths) -> JobRunner:
        """Counts the due cases in a worker (its own connection; about 0.1 s for 10 000
        cases), so the start is not held up; the bar shows itself if any are due."""
        runner = JobRunner(database_job(data_paths.database,
                                        lambda db, _p, _c: cases_past_retention(db)),
                           log_file=data_paths.log_file)
        runner.finished.connect(self.set_count)
        return runner.start()

    def set_count(self, count: int) -> None:
        """Shows the bar for a count above 0, hides it otherwise."""
        self.label.setText(self.tr("1 ärende har passerat gallringsdatum") if count == 1 else
                           self.tr("{0} ärenden har passerat gallringsdatum").format(count))
        self.setVisible(count > 0)


class RetentionDialog(QDialog):
    """The cases past their retention date, a checkbox each (all checked), a choice between
    Radera and Anonymisera, and Genomför (after a confirmation). The report follows.

    `applied(case_ids)` after a run: those cases are gone or anonymised (close their views,
    refresh the list)."""

    applied = Signal(list)

    def __init__(self, db: Db, parent: QWidget | None = None, *,
                 data_paths: DataPaths | None = None, confirm: Confirm | None = None,
                 open_path: OpenPath | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.db, self.data_paths, self.today = db, data_paths, today or date.today()
        self._confirm = confirm or ask
        self._open = open_path or open_in_system
        self.cases = CaseRepository(db)
        self.runner: JobRunner | None = None
        self.report_lines: list[str] = []
        self.items: list[RetentionItem] = []
        self.setWindowTitle(self.tr("Gallring"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        months = retention_months(db)
        intro = QLabel(self.tr(
            "<b>Ärenden som har passerat sitt gallringsdatum</b><br>Personuppgifter får inte "
            "sparas längre än de behövs. Ett ärende sparas {0} månader efter att det avslutades "
            "(eller efter den senaste ändringen, om det aldrig avslutades), eller till det "
            "datum som har angetts för ärendet. Bocka ur ett ärende som ska sparas längre och "
            "ge det ett nytt datum i ärendet.").format(months), self)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("retentionList")
        self.tree.setAccessibleName(self.tr("Ärenden som har passerat gallringsdatum"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Ärende"), self.tr("Namn"), self.tr("Status"),
                                   self.tr("Gallringsdatum"), self.tr("Varför"),
                                   self.tr("Vad som händer")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (REFERENCE, NAME, STATUS, DUE, ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.tree.itemChanged.connect(lambda *_: self._hint())
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(self.tr("Inga ärenden har passerat sitt gallringsdatum."), self)
        self.empty.hide()
        layout.addWidget(self.empty)

        layout.addWidget(self._choice())
        self.progress = JobProgress(self)
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.result = result_box(self, self.tr("Vad som gjordes"))
        layout.addWidget(self.result)
        self.backup_label = QLabel(self)
        self.backup_label.setWordWrap(True)
        self.backup_label.hide()
        layout.addWidget(self.backup_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = QPushButton(self.tr("&Genomför"), self)
        self.apply_button.setObjectName("retentionApply")
        self.apply_button.setAutoDefault(False)
        self.open_backups_button = QPushButton(self.tr("Öppna mappen med säkerhetskopior"), self)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_backups_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_backups_button.hide()  # after addButton, which shows it
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.open_backups_button.clicked.connect(self._open_backups)
        layout.addWidget(buttons)
        self.reload()

    def _choice(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vad ska hända med de markerade ärendena?"), self)
        column = QVBoxLayout(box)
        self.purge = QRadioButton(self.tr("&Radera"), box)
        self.anonymise = QRadioButton(self.tr("&Anonymisera (behåll statistiken)"), box)
        self.mode_group = QButtonGroup(self)
        for button, text in (
                (self.purge, self.tr(
                    "Ärendet tas bort helt, med bedömningar, plan, filer och loggens rader. Har "
                    "personen inga andra ärenden kvar tas personen också bort.")),
                (self.anonymise, self.tr(
                    "Namn, personnummer, kontaktuppgifter, all fritext och alla filer tas bort. "
                    "Ärendet finns kvar utan koppling till personen, med kön, födelseår, status "
                    "och resultat, så att statistiken (till exempel till ESF+) fortsätter att "
                    "stämma."))):
            self.mode_group.addButton(button)
            button.setAccessibleDescription(text)
            explanation = QLabel(text, box)
            explanation.setWordWrap(True)
            explanation.setContentsMargins(24, 0, 0, 6)
            column.addWidget(button)
            column.addWidget(explanation)
        column.addWidget(QLabel(self.tr("Inget av det går att ångra."), box))
        self.mode_group.buttonToggled.connect(lambda _b, on: on and self._mode_changed())
        return box

    # -- the list -----------------------------------------------------------------------------
    def mode(self) -> RetentionMode | None:
        if self.purge.isChecked():
            return RetentionMode.PURGE
        if self.anonymise.isChecked():
            return RetentionMode.ANONYMISE
        return None

    def reload(self) -> None:
        """Lists the due cases again (keeping what was unchecked)."""
        unchecked = {cid for cid in self._all_ids() if cid not in self.checked_ids()}
        self.items = retention_due(self.db, self.today, self.mode() or RetentionMode.PURGE)
        status = labels.case_status()
        self.tree.blockSignals(True)
        self.tree.clear()
        for item in self.items:
            case_status = status[self.cases.case(item.case_id).status]
            row = QTreeWidgetItem(self.tree, [item.reference, item.person, case_status,
                                              item.due_on.isoformat(),
                                              capitalised(item.reason), ""])
            row.setData(REFERENCE, CASE_ID, item.case_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(REFERENCE, Qt.CheckState.Unchecked if item.case_id in unchecked
                              else Qt.CheckState.Checked)
            row.setToolTip(WHY, item.reason)
        self.tree.blockSignals(False)
        self.tree.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self._show_actions()
        self._hint()

    def _all_ids(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(REFERENCE, CASE_ID)
                for i in range(self.tree.topLevelItemCount())]

    def checked_ids(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(REFERENCE, CASE_ID)
                for i in range(self.tree.topLevelItemCount())
                if self.tree.topLevelItem(i).checkState(REFERENCE) == Qt.CheckState.Checked]

    def set_checked(self, reference: str, checked: bool) -> None:
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            if row.text(REFERENCE) == reference:
                row.setCheckState(REFERENCE, Qt.CheckState.Checked if checked
                                  else Qt.CheckState.Unchecked)

    def _mode_changed(self) -> None:
        if self.runner is None:
            self.reload()  # the service words the action per case for the mode

    def _show_actions(self) -> None:
        chosen = self.mode() is not None
        for i, item in enumerate(self.items):
            text = ACTION_LABELS[item.action] if chosen else self.tr("välj nedan")
            self.tree.topLevelItem(i).setText(ACTION, capitalised(text))

    def _enable(self) -> None:
        checked = self.checked_ids()
        self.apply_button.setEnabled(self.runner is None and bool(checked)
                                     and self.mode() is not None)

    def _hint(self) -> None:
        """What is missing before Genomför can be used, or how many are chosen."""
        self._enable()
        checked = len(self.checked_ids())
        if self.runner is not None or not self.items:
            return
        if self.mode() is None:
            self.status.setText(self.tr("Välj Radera eller Anonymisera."))
        elif not checked:
            self.status.setText(self.tr("Markera minst ett ärende."))
        else:
            self.status.setText(self.tr("{0} av {1} ärenden är markerade.").format(
                checked, len(self.items)))

    # -- doing it -----------------------------------------------------------------------------
    def apply(self) -> JobRunner | None:
        """Asks first; then purges or anonymises the checked cases in a worker."""
        mode, ids = self.mode(), set(self.checked_ids())
        chosen = [item for item in self.items if item.case_id in ids]
        if mode is None or not chosen or self.runner is not None:
            return None
        refs = ", ".join(item.reference for item in chosen)
        if mode == RetentionMode.PURGE:
            title = self.tr("Radera ärenden")
            question = self.tr("Radera {0} ärenden för alltid?\n\n{1}\n\nAllt i ärendena tas "
                               "bort, och personer som inte har fler ärenden. Det går inte att "
                               "ångra.").format(len(chosen), refs)
        else:
            title = self.tr("Anonymisera ärenden")
            question = self.tr("Anonymisera {0} ärenden?\n\n{1}\n\nNamn, personnummer, "
                               "kontaktuppgifter, fritext och filer tas bort för alltid. "
                               "Statistiken finns kvar. Det går inte att ångra."
                               ).format(len(chosen), refs)
        if not self._confirm(self, title, question):
            self.status.setText(self.tr("Inget gjordes."))
            return None
        folder = self.data_paths.backups if self.data_paths is not None else None
        persons = sorted({item.person_id for item in chosen})

        def job(db: Db) -> tuple[list[str], list[str], list[Path]]:
            report = apply_retention(db, chosen, mode)
            done = set(report.purged) | set(report.anonymised)
            held: set[Path] = set()
            if folder is not None:
                for person_id in persons:
                    held.update(backups_holding_person(folder, person_id))
            return (report.lines(), [i.case_id for i in chosen if i.reference in done],
                    sorted(held))

        self.apply_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Gallrar {0} ärenden och skriver om databasfilen … vänta."
                                    ).format(len(chosen)))
        self.runner = run_on_database(self.db, self.data_paths, job, self._applied,
                                      self._failed)
        if self.runner is not None:
            self.progress.follow(self.runner, self.tr("Gallrar …"))
            self.progress.cancel_button.hide()  # each case is its own transaction; short
            self.runner.ended.connect(self._ended)
        return self.runner

    def _ended(self) -> None:
        self.runner = None
        self.close_button.setEnabled(True)
        self._enable()

    def _applied(self, result: tuple[list[str], list[str], list[Path]]) -> None:
        self.report_lines, case_ids, backups = result
        self.runner = None
        self.close_button.setEnabled(True)
        self.result.setPlainText("\n".join(capitalised(line) for line in self.report_lines))
        self.result.show()
        if self.data_paths is not None:
            self.backup_label.setText(backups_note(backups, load_settings(self.db).backups_keep))
            self.backup_label.show()
            self.open_backups_button.setVisible(bool(backups))
        self.reload()
        self.status.setText(self.tr("Klart.") if self.items else
                            self.tr("Klart. Inga fler ärenden har passerat gallringsdatum."))
        self.applied.emit(case_ids)

    def _failed(self, message: str) -> None:
        self.runner = None
        self.close_button.setEnabled(True)
        self.reload()  # cases done before the failure are gone: the list shows what is left
        self.status.setText(self.tr("Gallringen avbröts: {0}").format(message))

    def _open_backups(self) -> None:
        if self.data_paths is not None:
            self._open(self.data_paths.backups)

    def reject(self) -> None:
        if self.runner is None:  # while it runs the dialog stays; it ends in seconds
            super().reject()
