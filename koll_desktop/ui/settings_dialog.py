"""Inställningar: organisation, language, plan numbers and backups (with restore).

Data settings (organisation, plan, retention, backups to keep) go through
`services.settings_service` in one transaction on OK; per-computer choices (language,
counsellor name, backups to keep for the start-up backup) are QSettings. Cancel saves
nothing. A restore happens at once when confirmed (it cannot wait for OK) and always takes
a copy of the current state first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.enums import CreditForm
from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths
from koll_desktop.services.settings_service import (
    MAX_BACKUPS_KEEP,
    MAX_RETENTION_MONTHS,
    PACES,
    DataSettings,
    SettingsError,
    backup_now,
    check_logo,
    load_settings,
    restore_with_safety_copy,
    save_settings,
)
from koll_desktop.storage.backups import BackupFile, list_backups
from koll_desktop.storage.db import Db
from koll_desktop.ui.labels import one_or_many
from koll_desktop.ui.widgets import EnumCombo
from koll_desktop.ui.workers import JobRunner, active_jobs, database_job, run_with_dialog

ChooseFile = Callable[[QWidget, str, str], str]  # (parent, title, start) → path or ""
Confirm = Callable[[QWidget, str, str], bool]  # (parent, title, question) → yes?
OpenFolder = Callable[[Path], None]

LANGUAGES = (("sv", "Svenska"), ("en", "English"))  # each in its own language
PREVIEW = QSize(240, 80)
PATH_ROLE = Qt.ItemDataRole.UserRole


def _choose_image(parent: QWidget, title: str, start: str) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, title, start,
        QApplication.translate("SettingsDialog", "Bilder (*.png *.jpg *.jpeg)"))
    return path


def _ask(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsDialog(QDialog):
    """Modal settings window. `restored` is emitted after a backup was restored (the open
    database changed under every view: refresh them and clear the undo stack)."""

    restored = Signal(str)

    def __init__(self, db: Db, data_paths: DataPaths, parent: QWidget | None = None, *,
                 choose_file: ChooseFile | None = None, confirm: Confirm | None = None,
                 open_folder: OpenFolder | None = None) -> None:
        super().__init__(parent)
        self.db, self.data = db, data_paths
        self._choose_file = choose_file or _choose_image
        self._confirm = confirm or _ask
        self._open_folder = open_folder or _open_folder
        self._runner: JobRunner | None = None
        self.restored_from: Path | None = None
        self.setWindowTitle(self.tr("Inställningar"))
        self.setObjectName("SettingsDialog")

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Inställningar"))
        self.tabs.addTab(self._organisation_tab(), self.tr("&Organisation"))
        self.tabs.addTab(self._language_tab(), self.tr("Sp&råk"))
        self.tabs.addTab(self._plan_tab(), self.tr("P&lan"))
        self.tabs.addTab(self._backups_tab(), self.tr("Säkerhets&kopior"))

        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setAccessibleName(self.tr("Fel i inställningarna"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._loaded = load_settings(db)
        self._fill_data(self._loaded)
        self._fill_computer()
        self._refresh_backups()
        self.resize(self.sizeHint().expandedTo(QSize(640, 560)))

    # -- building ------------------------------------------------------------------
    def _hint(self, text: str, parent: QWidget) -> QLabel:
        hint = QLabel(text, parent)
        hint.setWordWrap(True)
        palette = hint.palette()  # a softer text colour that still reads well (≥ 4.5:1)
        text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(
            QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.WindowText, QColor(
            *(round(0.72 * a + 0.28 * b) for a, b in zip(text.getRgb()[:3], back.getRgb()[:3],
                                                          strict=True))))
        hint.setPalette(palette)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        hint.setFont(font)
        return hint

    def _field(self, form: QFormLayout, label: str, widget: QWidget, hint: str = "",
               extra: QWidget | None = None) -> QWidget:
        """A form row: label (buddy, mnemonic), the widget (with `extra` beside it) and a
        one-line explanation under it, which is also the widget's accessible description."""
        parent = form.parentWidget()
        caption = QLabel(label, parent)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        if not hint and extra is None:
            form.addRow(caption, widget)
            return widget
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is None:
            column.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(extra)
            column.addLayout(row)
        if hint:
            widget.setAccessibleDescription(hint)
            column.addWidget(self._hint(hint, box))
        form.addRow(caption, box)
        return widget

    def _form(self, page: QWidget, inside: QVBoxLayout | None = None) -> QFormLayout:
        form = QFormLayout() if inside is not None else QFormLayout(page)
        if inside is not None:
            inside.addLayout(form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(12)
        return form

    def _organisation_tab(self) -> QWidget:
        page = QWidget(self)
        form = self._form(page)
        self.name_edit = self._field(form, self.tr("&Namn:"), QLineEdit(page), self.tr(
            "Står överst på planer och intyg som skrivs ut."))

        self.logo_edit = QLineEdit(page)
        self.logo_edit.setPlaceholderText(self.tr("ingen logotyp"))
        self.logo_edit.setClearButtonEnabled(True)
        self.choose_logo_button = QPushButton(self.tr("&Välj…"), page)
        self.choose_logo_button.setAccessibleName(self.tr("Välj logotyp"))
        self._field(form, self.tr("Logo&typ:"), self.logo_edit, self.tr(
            "En PNG- eller JPEG-bild som skrivs ut uppe till höger på planer och intyg."),
            extra=self.choose_logo_button)
        self.logo_preview = QLabel(page)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(PREVIEW + QSize(12, 12))
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)
        self.logo_preview.setAccessibleName(self.tr("Förhandsvisning av logotypen"))
        form.addRow("", self.logo_preview)

        self.counsellor_edit = self._field(form, self.tr("&Handledare på den här datorn:"),
                                           QLineEdit(page), self.tr(
            "Ditt namn. Fylls i som handledare i nya ärenden; sparas bara på den här datorn."))
        self.retention_spin = QSpinBox(page)
        self.retention_spin.setRange(1, MAX_RETENTION_MONTHS)
        self.retention_spin.setSuffix(self.tr(" månader"))
        self._field(form, self.tr("&Gallringstid:"), self.retention_spin, self.tr(
            "Hur länge ett ärendes personuppgifter sparas innan de ska gallras. Förslag för "
            "nya ärenden."))

        self.choose_logo_button.clicked.connect(self._choose_logo)
        self.logo_edit.textChanged.connect(self._show_logo)
        return page

    def _language_tab(self) -> QWidget:
        page = QWidget(self)
        form = self._form(page)
        self.language_combo = QComboBox(page)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self._field(form, self.tr("&Språk i KoLL:"), self.language_combo, self.tr(
            "Menyer, knappar och fönster. Gäller direkt för fönster som öppnas efter att du "
            "tryckt OK; starta om KoLL för att få allt på det nya språket."))
        form.addRow("", self._hint(self.tr(
            "Språket i en utskriven plan väljs när planen skrivs ut, oberoende av detta."), page))
        return page

    def _percent_spin(self, parent: QWidget, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(low, high)
        spin.setSuffix(" %")
        spin.setMaximumWidth(120)
        return spin

    def _plan_tab(self) -> QWidget:
        page = QWidget(self)
        form = self._form(page)
        self.credited_spin = self._field(
            form, self.tr("&Tillgodoräkna från:"), self._percent_spin(page, 1, 100), self.tr(
                "En kurs tillgodoräknas när minst så stor del av kraven är uppfyllda "
                "(100\u00a0% = alla)."))
        self.full_spin = self._field(
            form, self.tr("&Hel kurs upp till:"), self._percent_spin(page, 0, 99), self.tr(
                "Till och med den här delen uppfylld läses hela kursen (0\u00a0% = inget krav "
                "uppfyllt). Däremellan läses bara det som saknas."))
        self.rounding_spin = QSpinBox(page)
        self.rounding_spin.setRange(1, 100)
        self.rounding_spin.setSuffix(self.tr(" poäng"))
        self.rounding_spin.setMaximumWidth(120)
        self._field(form, self.tr("A&vrunda uppåt till:"), self.rounding_spin, self.tr(
            "Poäng som återstår i en kurs avrundas uppåt till en jämn multipel av detta."))
        self.partial_spin = self._field(
            form, self.tr("&Delvis koppling räknas som:"), self._percent_spin(page, 0, 100),
            self.tr("Ett krav som bara delvis motsvaras av ett bedömt krav i "
                    "korsreferensen räknas med den här andelen."))
        self.credit_form_combo = EnumCombo({CreditForm.CERTIFICATE: self.tr("Intyg"),
                                            CreditForm.EXAMINATION: self.tr(
                                                "Prövning för betyg")}, page)
        self._field(form, self.tr("&Form för tillgodoräknande:"), self.credit_form_combo,
                    self.tr("Hur tillgodoräknade kurser dokumenteras i planen."))
        self.pace_combo = QComboBox(page)
        for pace in PACES:
            self.pace_combo.addItem(self.tr("{0} % ({1} poäng i veckan)").format(
                pace, pace // 5), pace)
        self._field(form, self.tr("&Studietakt för nya planer:"), self.pace_combo, self.tr(
            "Takten en ny plan börjar med; den kan ändras i varje plan. 100\u00a0% är heltid."))
        return page

    def _backups_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = self._form(page, inside=layout)
        self.keep_spin = QSpinBox(page)
        self.keep_spin.setRange(1, MAX_BACKUPS_KEEP)
        self.keep_spin.setSuffix(self.tr(" st"))
        self.keep_spin.setMaximumWidth(120)
        self._field(form, self.tr("&Antal att spara:"), self.keep_spin, self.tr(
            "KoLL tar en kopia om dagen när programmet startar; de äldsta tas bort när det "
            "finns fler än så här."))

        list_label = QLabel(self.tr("&Sparade kopior (nyaste först):"), page)
        self.backup_list = QTreeWidget(page)
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(self.tr("Sparade säkerhetskopior"))
        self.backup_list.setHeaderLabels([self.tr("Tagen"), self.tr("Storlek")])
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setUniformRowHeights(True)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.setAlternatingRowColors(True)
        header = self.backup_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        list_label.setBuddy(self.backup_list)
        layout.addWidget(list_label)
        layout.addWidget(self.backup_list, 1)

        actions = QHBoxLayout()
        self.take_button = QPushButton(self.tr("&Ta säkerhetskopia nu"), page)
        self.restore_button = QPushButton(self.tr("Åt&erställ vald…"), page)
        self.restore_button.setAccessibleDescription(self.tr(
            "Ersätter allt i databasen med den valda kopian, efter en kopia av nuvarande läge."))
        actions.addWidget(self.take_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Plats:"), page)
        self.folder_edit = QLineEdit(str(self.data.backups), page)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Mapp med säkerhetskopior"))
        folder_label.setBuddy(self.folder_edit)
        self.open_folder_button = QPushButton(self.tr("Öppna &mapp"), page)
        self.open_folder_button.setAccessibleName(self.tr("Öppna mappen med säkerhetskopior"))
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.open_folder_button)
        layout.addLayout(folder_row)

        self.backup_status = QLabel(page)
        self.backup_status.setObjectName("backupStatus")
        self.backup_status.setWordWrap(True)
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_status.setAccessibleName(self.tr("Resultat"))
        layout.addWidget(self.backup_status)

        self.take_button.clicked.connect(self._take_backup)
        self.restore_button.clicked.connect(self._restore)
        self.open_folder_button.clicked.connect(lambda: self._open_folder(self.data.backups))
        self.backup_list.itemSelectionChanged.connect(self._enable_backup_actions)
        return page

    # -- values ------------------------------------------------------------------------
    def _fill_data(self, s: DataSettings) -> None:
        self.name_edit.setText(s.organisation_name)
        self.logo_edit.setText(s.organisation_logo)
        self._show_logo()
        self.retention_spin.setValue(s.retention_months)
        self.credited_spin.setValue(round(s.credited_threshold * 100))
        self.full_spin.setValue(round(s.full_course_threshold * 100))
        self.rounding_spin.setValue(s.rounding_step)
        self.partial_spin.setValue(round(s.partial_link_factor * 100))
        self.credit_form_combo.set_value(s.credit_form)
        self.pace_combo.setCurrentIndex(max(0, self.pace_combo.findData(s.default_pace)))

    def _fill_computer(self) -> None:
        stored = QSettings()
        self.counsellor_edit.setText(str(stored.value("counsellor", "")))
        self._language = str(stored.value("language", "sv"))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._language)))
        self.keep_spin.setValue(self._loaded.backups_keep)  # a data setting: one place

    def data_settings(self) -> DataSettings:
        """The data settings as the form shows them; an unchanged percentage keeps the
        stored value exactly (a stored 0.955 shown as 96 % is not saved as 0.96)."""
        old = self._loaded

        def percent(spin: QSpinBox, stored: float) -> float:
            return stored if spin.value() == round(stored * 100) else spin.value() / 100

        return replace(
            old,
            organisation_name=self.name_edit.text(),
            organisation_logo=self.logo_edit.text(),
            credited_threshold=percent(self.credited_spin, old.credited_threshold),
            full_course_threshold=percent(self.full_spin, old.full_course_threshold),
            rounding_step=self.rounding_spin.value(),
            partial_link_factor=percent(self.partial_spin, old.partial_link_factor),
            credit_form=CreditForm(self.credit_form_combo.value()),
            default_pace=int(self.pace_combo.currentData()),
            retention_months=self.retention_spin.value(),
            backups_keep=self.keep_spin.value(),
        )

    # -- OK ------------------------------------------------------------------------------
    def _field_widget(self, field: str) -> QWidget:
        return {"organisation_name": self.name_edit, "organisation_logo": self.logo_edit,
                "credited_threshold": self.credited_spin,
                "full_course_threshold": self.full_spin,
                "rounding_step": self.rounding_spin, "partial_link_factor": self.partial_spin,
                "credit_form": self.credit_form_combo, "default_pace": self.pace_combo,
                "retention_months": self.retention_spin,
                "backups_keep": self.keep_spin}.get(field, self.tabs)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _save(self) -> None:
        try:
            save_settings(self.db, self.data_settings())
        except SettingsError as error:
            self._show_error(self.tr("Inget sparades: {0}").format(error))
            widget = self._field_widget(error.field)
            page = next((i for i in range(self.tabs.count())
                         if self.tabs.widget(i).isAncestorOf(widget)), None)
            if page is not None:
                self.tabs.setCurrentIndex(page)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except KnownError as error:
            self._show_error(self.tr("Inget sparades: {0}").format(error))
            return
        stored = QSettings()
        stored.setValue("counsellor", self.counsellor_edit.text().strip())
        language = str(self.language_combo.currentData())
        stored.setValue("language", language)
        if language != self._language:
            from koll_desktop.ui.app import install_translation

            app = QApplication.instance()
            if isinstance(app, QApplication):
                install_translation(app, language)
        self._show_error("")
        self.accept()

    # -- logo ------------------------------------------------------------------------------
    def _choose_logo(self) -> None:
        current = self.logo_edit.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        path = self._choose_file(self, self.tr("Välj logotyp"), start)
        if path:
            self.logo_edit.setText(path)

    def _show_logo(self) -> None:
        path = self.logo_edit.text().strip()
        self.logo_preview.setPixmap(QPixmap())
        if not path:
            self.logo_preview.setText(self.tr("Ingen logotyp"))
            return
        try:
            check_logo(path)  # never hand a broken file to Qt's decoders (they warn)
        except KnownError as error:
            self.logo_preview.setText(error.message[:1].upper() + error.message[1:])
            return
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self.logo_preview.setText(self.tr("Bilden kan inte visas"))
            return
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > PREVIEW.width() or pixmap.height() > PREVIEW.height():
            pixmap = pixmap.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.logo_preview.setPixmap(pixmap)

    # -- backups -------------------------------------------------------------------------
    def _refresh_backups(self, select: Path | None = None) -> None:
        self.backup_list.clear()
        locale = self.locale()
        for backup in list_backups(self.data.backups):
            item = QTreeWidgetItem([
                backup.taken.strftime("%Y-%m-%d %H:%M:%S"),  # ISO, as in Swedish usage
                locale.formattedDataSize(backup.size, 1,
                                         QLocale.DataSizeFormat.DataSizeSIFormat)])
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backup_list.addTopLevelItem(item)
            if select is not None and backup.path == select:
                self.backup_list.setCurrentItem(item)
        if not self.backup_list.topLevelItemCount():
            self.backup_status.setText(self.tr("Det finns inga säkerhetskopior ännu."))
        self._enable_backup_actions()

    def _taken_text(self, path: Path) -> str:
        found = next((b for b in list_backups(self.data.backups) if b.path == path), None)
        return found.taken.strftime("%Y-%m-%d %H:%M:%S") if found else path.name

    def _selected(self) -> BackupFile | None:
        items = self.backup_list.selectedItems()
        if not items:
            return None
        path = Path(items[0].data(0, PATH_ROLE))
        return next((b for b in list_backups(self.data.backups) if b.path == path), None)

    def _enable_backup_actions(self) -> None:
        busy = self._runner is not None
        self.take_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and bool(self.backup_list.selectedItems()))

    def _take_backup(self) -> None:
        folder, keep = self.data.backups, self.keep_spin.value()
        job = database_job(self.data.database,
                           lambda db, _progress, _cancelled: backup_now(db, folder, keep))
        self.backup_status.setText(self.tr("Tar en säkerhetskopia …"))
        self._runner = run_with_dialog(self, self.tr("Säkerhetskopia"), job,
                                       self.tr("Tar en säkerhetskopia …"))
        self._runner.finished.connect(self._backup_taken)
        self._runner.failed.connect(self._backup_failed)
        self._runner.ended.connect(self._job_ended)
        self._enable_backup_actions()

    def _backup_taken(self, path: object) -> None:
        self._refresh_backups(select=Path(str(path)))
        self.backup_status.setText(self.tr("Säkerhetskopian är sparad: {0}").format(
            Path(str(path)).name))

    def _backup_failed(self, message: str) -> None:
        self.backup_status.setText(self.tr("Ingen säkerhetskopia togs: {0}").format(message))

    def _job_ended(self) -> None:
        self._runner = None
        self._enable_backup_actions()

    def _restore(self) -> None:
        backup = self._selected()
        if backup is None:
            self.backup_status.setText(self.tr("Välj en säkerhetskopia i listan först."))
            return
        if active_jobs():
            self.backup_status.setText(self.tr(
                "Vänta tills det som pågår (import, export, säkerhetskopia) är klart."))
            return
        when = backup.taken.strftime("%Y-%m-%d %H:%M")
        if not self._confirm(self, self.tr("Återställ säkerhetskopia"), self.tr(
                "Återställa allt till läget {0}?\n\nAllt som ändrats efter det försvinner ur "
                "databasen. KoLL tar först en säkerhetskopia av läget just nu, så att du kan "
                "gå tillbaka.").format(when)):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored = restore_with_safety_copy(self.db, self.data.backups, backup.path)
        except KnownError as error:
            self.backup_status.setText(self.tr("Inget återställdes: {0}").format(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._loaded = load_settings(self.db)
        self._fill_data(self._loaded)  # show the restored settings, so OK keeps them
        self._refresh_backups(select=backup.path)
        text = self.tr(
            "Återställt till läget {0}. Läget före återställningen sparades först som en egen "
            "säkerhetskopia: {1}.").format(when, self._taken_text(restored.safety))
        if restored.erased_again:
            text += " " + one_or_many(
                restored.erased_again,
                self.tr("1 person som har raderats sedan dess raderades igen."),
                self.tr("{0} personer som har raderats sedan dess raderades igen."))
        if restored.disposed_again:
            text += " " + one_or_many(
                restored.disposed_again,
                self.tr("1 ärende som har gallrats sedan dess gallrades igen."),
                self.tr("{0} ärenden som har gallrats sedan dess gallrades igen."))
        if restored.note:
            text += " " + restored.note[:1].upper() + restored.note[1:] + "."
        self.backup_status.setText(text)
        self.restored_from = backup.path
        self.restored.emit(str(backup.path))

    def done(self, result: int) -> None:
        """Closing while a backup is being taken: let it finish first (it is short)."""
        runner = self._runner
        if runner is not None:
            for signal, slot in ((runner.finished, self._backup_taken),
                                 (runner.failed, self._backup_failed),
                                 (runner.ended, self._job_ended)):
                signal.disconnect(slot)
            runner.wait(30)
            self._runner = None
        super().done(result)
