"""The settings dialog: saves on OK only, shows bad values, restores backups safely."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
)

from koll_desktop.domain.enums import CreditForm
from koll_desktop.services.case_snapshot import organisation, plan_settings
from koll_desktop.services.settings_service import DEFAULT_BACKUPS_KEEP
from koll_desktop.storage.backups import list_backups, take_backup
from koll_desktop.storage.settings import Settings
from koll_desktop.ui.app import create_application, install_translation
from koll_desktop.ui.settings_dialog import SettingsDialog
from tests.test_settings_service import write_png

KEYS = ("language", "counsellor")
JOB_TIMEOUT_MS = 10_000


@pytest.fixture
def app():
    """The application, with the per-computer keys this dialog writes put back after."""
    application = create_application()
    stored = QSettings()
    before = {key: stored.value(key) for key in KEYS if stored.contains(key)}
    for key in KEYS:
        stored.remove(key)
    yield application
    stored = QSettings()
    for key in KEYS:
        stored.remove(key)
    for key, value in before.items():
        stored.setValue(key, value)
    install_translation(application, str(before.get("language", "sv")))


class Recorder:
    """Stands in for the file chooser, the confirmation and the folder opener."""

    def __init__(self, answer=None) -> None:
        self.answer, self.calls = answer, []

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer


@pytest.fixture
def make_dialog(qtbot, app, db, data_paths):
    def make(**kwargs) -> SettingsDialog:
        dialog = SettingsDialog(db, data_paths, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _cancel(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_opens_with_the_stored_values(make_dialog, db):
    Settings(db).set("organisation.name", "Kommunen")
    Settings(db).set("plan.credited_threshold", "0.8")
    QSettings().setValue("counsellor", "Sara Lind")
    dialog = make_dialog()
    assert dialog.name_edit.text() == "Kommunen"
    assert dialog.credited_spin.value() == 80
    assert dialog.counsellor_edit.text() == "Sara Lind"
    assert dialog.keep_spin.value() == DEFAULT_BACKUPS_KEEP
    assert dialog.language_combo.currentData() == "sv"


def test_ok_saves_organisation_plan_and_computer_settings(make_dialog, db, qtbot):
    dialog = make_dialog()
    dialog.name_edit.setText("Vuxenutbildningen Exempelstad")
    dialog.credited_spin.setValue(90)
    dialog.full_spin.setValue(10)
    dialog.rounding_spin.setValue(5)
    dialog.credit_form_combo.set_value(CreditForm.EXAMINATION)
    dialog.pace_combo.setCurrentIndex(dialog.pace_combo.findData(50))
    dialog.counsellor_edit.setText(" Sara Lind ")
    dialog.keep_spin.setValue(7)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    _ok(dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert Settings(db).get("organisation.name") == "Vuxenutbildningen Exempelstad"
    assert organisation(db).name == "Vuxenutbildningen Exempelstad"
    engine = plan_settings(db)
    assert (engine.credited_threshold, engine.full_course_threshold, engine.rounding_step,
            engine.credit_form) == (0.9, 0.1, 5, CreditForm.EXAMINATION)
    assert Settings(db).get("plan.default_pace") == "50"
    assert Settings(db).get("backups.keep") == "7"
    stored = QSettings()
    assert stored.value("language") == "en"
    assert stored.value("counsellor") == "Sara Lind"
    assert stored.value("backups/keep") is None  # a data setting only: one place


def test_an_unchanged_percentage_keeps_its_exact_stored_value(make_dialog, db):
    Settings(db).set("plan.credited_threshold", "0.955")
    dialog = make_dialog()
    assert dialog.credited_spin.value() == 96
    _ok(dialog)
    assert plan_settings(db).credited_threshold == 0.955


def test_invalid_values_are_shown_and_nothing_is_saved(make_dialog, db):
    Settings(db).set("organisation.name", "Före")
    dialog = make_dialog()
    dialog.tabs.setCurrentIndex(0)
    dialog.name_edit.setText("Efter")
    dialog.credited_spin.setValue(50)
    dialog.full_spin.setValue(60)
    _ok(dialog)

    assert dialog.isVisible()
    assert "hel kurs" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.full_spin)  # taken to the field
    assert Settings(db).get("organisation.name") == "Före"
    assert Settings(db).get("plan.credited_threshold") is None
    assert not QSettings().contains("language")

    dialog.full_spin.setValue(0)  # fixed: OK now saves
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Settings(db).get("organisation.name") == "Efter"


def test_a_logo_that_is_no_image_is_refused_and_named(make_dialog, db, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_text("ingen bild", encoding="utf-8")
    dialog = make_dialog()
    dialog.logo_edit.setText(str(bad))
    assert dialog.logo_preview.pixmap().isNull()
    _ok(dialog)
    assert dialog.isVisible()
    assert str(bad) in dialog.error_label.text()
    assert Settings(db).all() == {}


def test_cancel_saves_nothing(make_dialog, db):
    Settings(db).set("organisation.name", "Före")
    dialog = make_dialog()
    dialog.name_edit.setText("Efter")
    dialog.credited_spin.setValue(70)
    dialog.counsellor_edit.setText("Någon")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.keep_spin.setValue(3)
    _cancel(dialog)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert Settings(db).all().keys() == {"organisation.name"}
    assert Settings(db).get("organisation.name") == "Före"
    assert not any(QSettings().contains(key) for key in KEYS)


def test_escape_cancels(make_dialog, db, qtbot):
    dialog = make_dialog()
    dialog.name_edit.setText("Efter")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Settings(db).all() == {}


def test_choosing_a_logo_fills_the_path_and_the_preview(make_dialog, db, tmp_path):
    logo = write_png(tmp_path / "logo.png", 30, 10)
    chooser = Recorder(answer=str(logo))
    dialog = make_dialog(choose_file=chooser)
    dialog.choose_logo_button.click()
    assert chooser.calls and chooser.calls[0][0] is dialog
    assert dialog.logo_edit.text() == str(logo)
    assert dialog.logo_preview.pixmap().width() == 30
    _ok(dialog)
    assert organisation(db).logo == str(logo)


def test_restore_brings_back_the_earlier_state_after_a_safety_copy(make_dialog, db,
                                                                  data_paths):
    folder = data_paths.backups
    Settings(db).set("organisation.name", "Före")
    earlier = take_backup(db, folder, keep=14, now=datetime(2026, 2, 1, 9, 0, 0))
    take_backup(db, folder, keep=14, now=datetime(2026, 2, 2, 9, 0, 0))
    Settings(db).set("organisation.name", "Efter")
    confirm = Recorder(answer=True)
    dialog = make_dialog(confirm=confirm)
    restored = []
    dialog.restored.connect(restored.append)

    tree: QTreeWidget = dialog.backup_list
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "2026-02-02 09:00:00", "2026-02-01 09:00:00"]  # newest first
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    tree.setCurrentItem(tree.topLevelItem(1))
    assert dialog.name_edit.text() == "Efter"
    dialog.restore_button.click()

    assert len(confirm.calls) == 1
    assert Settings(db).get("organisation.name") == "Före"  # in the open connection
    backups = list_backups(folder)
    assert len(backups) == 3
    safety = backups[0].path
    conn = sqlite3.connect(safety)
    try:
        assert conn.execute("SELECT value FROM setting WHERE key = 'organisation.name'"
                            ).fetchone()[0] == "Efter"
    finally:
        conn.close()
    assert backups[0].taken.strftime("%Y-%m-%d %H:%M:%S") in dialog.backup_status.text()
    assert tree.topLevelItemCount() == 3
    assert dialog.name_edit.text() == "Före"  # the form shows the restored settings
    assert restored == [str(earlier)]
    assert dialog.restored_from == earlier
    _ok(dialog)  # OK after a restore keeps the restored values
    assert Settings(db).get("organisation.name") == "Före"


def test_restore_says_how_many_erased_persons_were_erased_again(make_dialog, db, data_paths):
    from koll_desktop.services.demo import load_demo
    from koll_desktop.services.person_data import erase_person, find_person

    load_demo(db)
    earlier = take_backup(db, data_paths.backups, keep=14, now=datetime(2026, 2, 1, 9, 0, 0))
    for reference in ("K-2026-0001", "K-2026-0002"):
        erase_person(db, find_person(db, reference), "lena")
    dialog = make_dialog(confirm=Recorder(answer=True))
    dialog.backup_list.setCurrentItem(dialog.backup_list.topLevelItem(0))
    dialog.restore_button.click()
    assert dialog.restored_from == earlier
    assert dialog.backup_status.text().endswith(
        " 2 personer som har raderats sedan dess raderades igen.")
    assert db.execute("SELECT count(*) FROM person WHERE family_name IN ('Hassan', "
                      "'Lindqvist')").fetchone()[0] == 0
    assert db["case"].count == 3


def test_restore_says_how_many_purged_cases_were_purged_again(make_dialog, db, data_paths):
    from datetime import date

    from koll_desktop.services.demo import load_demo
    from koll_desktop.services.retention import RetentionMode, apply_retention, retention_due
    from koll_desktop.storage.cases import CaseRepository

    load_demo(db)
    earlier = take_backup(db, data_paths.backups, keep=14, now=datetime(2026, 2, 1, 9, 0, 0))
    cases = CaseRepository(db)
    cases.update_case(cases.case("K-2026-0003").id, retention_until=date(2025, 1, 1))
    mode = RetentionMode.ANONYMISE
    apply_retention(db, retention_due(db, date(2025, 6, 1), mode), mode, "lena")
    dialog = make_dialog(confirm=Recorder(answer=True))
    dialog.backup_list.setCurrentItem(dialog.backup_list.topLevelItem(0))
    dialog.restore_button.click()
    assert dialog.restored_from == earlier
    assert " 1 ärende som har gallrats sedan dess gallrades igen." in \
        dialog.backup_status.text()
    assert cases.case("K-2026-0003").goal == ""  # anonymised again


def test_restore_declined_changes_nothing(make_dialog, db, data_paths):
    Settings(db).set("organisation.name", "Före")
    take_backup(db, data_paths.backups, keep=14, now=datetime(2026, 2, 1, 9, 0, 0))
    Settings(db).set("organisation.name", "Efter")
    confirm = Recorder(answer=False)
    dialog = make_dialog(confirm=confirm)
    dialog.backup_list.setCurrentItem(dialog.backup_list.topLevelItem(0))
    dialog.restore_button.click()
    assert len(confirm.calls) == 1
    assert Settings(db).get("organisation.name") == "Efter"
    assert len(list_backups(data_paths.backups)) == 1
    assert dialog.restored_from is None


def test_take_backup_now_adds_one_to_the_list(make_dialog, db, data_paths, qtbot):
    dialog = make_dialog()
    assert dialog.backup_list.topLevelItemCount() == 0
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.backup_list.topLevelItemCount() == 1,
                    timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: dialog.take_button.isEnabled(), timeout=JOB_TIMEOUT_MS)
    item = dialog.backup_list.topLevelItem(0)
    assert item.isSelected()
    assert item.text(1).endswith("B")  # a size such as "98,3 kB"
    assert len(list_backups(data_paths.backups)) == 1


def test_backup_folder_is_shown_and_opened(make_dialog, data_paths):
    opener = Recorder()
    dialog = make_dialog(open_folder=opener)
    assert dialog.folder_edit.text() == str(data_paths.backups)
    dialog.open_folder_button.click()
    assert opener.calls == [(data_paths.backups,)]


def test_every_control_is_labelled_and_reachable_by_keyboard(make_dialog):
    dialog = make_dialog()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            assert "&" in label.text(), label.text()
    inputs = [w for kind in (QLineEdit, QAbstractSpinBox, QComboBox, QTreeWidget)
              for w in dialog.findChildren(kind)
              if not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))]
    assert len(inputs) >= 12
    for widget in inputs:
        assert widget in buddies, widget.accessibleName() or widget
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    for button in dialog.findChildren(QAbstractButton):
        if button.parent() is not dialog.buttons and button.text():
            assert "&" in button.text() or button.accessibleName(), button.text()
    mnemonics = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert all("&" in text for text in mnemonics)


def test_mnemonics_switch_tabs_and_reach_the_field_of_the_shown_tab(make_dialog, qtbot):
    dialog = make_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(dialog, Qt.Key.Key_L, alt)  # P&lan
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.credited_spin)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_T, alt)  # &Tillgodoräkna, not Logo&typ
    assert dialog.credited_spin.hasFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_K, alt)  # Säkerhets&kopior
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, alt)  # &Sparade kopior
    assert dialog.backup_list.hasFocus()


def test_keyboard_only_save(make_dialog, db, qtbot):
    dialog = make_dialog()
    dialog.tabs.setCurrentIndex(0)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Kommunen")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter presses OK
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Settings(db).get("organisation.name") == "Kommunen"
