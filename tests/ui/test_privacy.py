"""The privacy screens: retention at start, the access export, the erasure of a person and
the case's audit trail."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from koll_desktop.domain.enums import AssessmentStatus, AuditAction, CaseStatus
from koll_desktop.errors import NotFound
from koll_desktop.storage.audit import AuditRepository
from koll_desktop.storage.backups import take_backup
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.erasure import ANONYMOUS_NAME
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.app import create_application
from koll_desktop.ui.audit_view import WHEN, AuditView
from koll_desktop.ui.privacy import ErasePersonDialog, export_access
from koll_desktop.ui.retention_dialog import (
    RetentionDialog,
    RetentionNotice,
    cases_past_retention,
)

JOB_MS = 60_000
NOTE = "Berättade om skulder och en diagnos"


@pytest.fixture
def app():
    return create_application()


class Recorder:
    """Stands in for a confirmation, a folder chooser or the system's file opener."""

    def __init__(self, answer=None) -> None:
        self.answer, self.calls = answer, []

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer


def _wait(qtbot, runner):
    if runner is not None:
        with qtbot.waitSignal(runner.ended, timeout=JOB_MS):
            pass


def _due(db, reference: str) -> str:
    cases = CaseRepository(db)
    case_id = cases.case(reference).id
    cases.update_case(case_id, retention_until=date(2020, 1, 1))
    return case_id


# -- retention ----------------------------------------------------------------------------------

def test_retention_lists_a_case_past_its_date_and_anonymising_keeps_it(app, qtbot, demo_db,
                                                                      data_paths):
    case_id = _due(demo_db, "K-2026-0002")
    assert cases_past_retention(demo_db) == 1
    confirm = Recorder(True)
    dialog = RetentionDialog(demo_db, data_paths=data_paths, confirm=confirm)
    qtbot.addWidget(dialog)
    row = dialog.tree.topLevelItem(0)
    assert dialog.tree.topLevelItemCount() == 1
    assert [row.text(c) for c in range(5)] == [
        "K-2026-0002", "Erik Lindqvist", "Plan", "2020-01-01", "Eget datum för ärendet"]
    assert row.checkState(0) == Qt.CheckState.Checked
    assert not dialog.apply_button.isEnabled()  # Radera or Anonymisera must be chosen first

    dialog.anonymise.setChecked(True)
    assert "statistiken finns kvar" in dialog.tree.topLevelItem(0).text(5)  # rebuilt rows
    applied = []
    dialog.applied.connect(applied.append)
    _wait(qtbot, dialog.apply())

    assert len(confirm.calls) == 1 and "K-2026-0002" in confirm.calls[0][2]
    cases = CaseRepository(demo_db)
    case = cases.case("K-2026-0002")
    assert case.status == CaseStatus.PLAN  # the statistics stay
    assert cases.person(case.person_id).full_name == ANONYMOUS_NAME
    assert applied == [[case_id]]
    assert "Anonymiserade ärenden: 1 (K-2026-0002)" in dialog.result.toPlainText()
    assert dialog.tree.topLevelItemCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert cases_past_retention(demo_db) == 0


def test_retention_purge_removes_the_case_and_only_the_checked_ones(app, qtbot, demo_db,
                                                                    data_paths):
    take_backup(demo_db, data_paths.backups, 7)  # taken before: it still holds the cases
    _due(demo_db, "K-2026-0002")
    _due(demo_db, "K-2026-0004")
    dialog = RetentionDialog(demo_db, data_paths=data_paths, confirm=Recorder(True))
    qtbot.addWidget(dialog)
    dialog.purge.setChecked(True)
    dialog.set_checked("K-2026-0004", False)
    _wait(qtbot, dialog.apply())

    cases = CaseRepository(demo_db)
    with pytest.raises(NotFound):
        cases.case("K-2026-0002")
    assert cases.case("K-2026-0004").reference == "K-2026-0004"
    assert [dialog.tree.topLevelItem(0).text(0)] == ["K-2026-0004"]
    assert dialog.tree.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked
    assert "säkerhetskopia" in dialog.backup_label.text()
    assert dialog.open_backups_button.isVisibleTo(dialog)


def test_retention_does_nothing_when_the_confirmation_is_declined(app, qtbot, demo_db):
    _due(demo_db, "K-2026-0002")
    dialog = RetentionDialog(demo_db, confirm=Recorder(False))  # no data folder: inline
    qtbot.addWidget(dialog)
    dialog.purge.setChecked(True)
    assert dialog.apply() is None
    assert CaseRepository(demo_db).case("K-2026-0002")
    assert dialog.status.text() == "Inget gjordes."


def test_retention_without_a_data_folder_runs_on_the_window_s_connection(app, qtbot, demo_db):
    _due(demo_db, "K-2026-0002")
    dialog = RetentionDialog(demo_db, confirm=Recorder(True))
    qtbot.addWidget(dialog)
    dialog.purge.setChecked(True)
    assert dialog.apply() is None  # done at once
    with pytest.raises(NotFound):
        CaseRepository(demo_db).case("K-2026-0002")
    assert "Raderade ärenden: 1" in dialog.result.toPlainText()


def test_the_notice_bar_shows_the_count_only_when_cases_are_due(app, qtbot):
    notice = RetentionNotice()
    qtbot.addWidget(notice)
    notice.set_count(3)
    assert not notice.isHidden()
    assert notice.label.text() == "3 ärenden har passerat gallringsdatum"
    notice.set_count(1)
    assert notice.label.text() == "1 ärende har passerat gallringsdatum"
    with qtbot.waitSignal(notice.show_requested, timeout=1000):
        notice.open_button.click()
    notice.set_count(0)
    assert notice.isHidden()


# -- erasure ------------------------------------------------------------------------------------

def test_erase_refuses_until_the_family_name_is_typed_then_erases(app, qtbot, demo_db,
                                                                 data_paths):
    take_backup(demo_db, data_paths.backups, 7)
    cases = CaseRepository(demo_db)
    case = cases.case("K-2026-0001")
    dialog = ErasePersonDialog(demo_db, case.person_id, data_paths=data_paths)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.status)))
    assert "Amina Hassan" in shown and "19820314-XXXX" in shown and "K-2026-0001" in shown
    assert "198203149821" not in shown
    assert "1 ärende (K-2026-0001)" in shown

    assert not dialog.erase_button.isEnabled()
    assert dialog.erase() is None  # refused: nothing typed
    for wrong in ("Hass", "Hassan Amina", "radera allt"):
        dialog.confirm_edit.setText(wrong)
        assert not dialog.erase_button.isEnabled()
    assert cases.person(case.person_id).full_name == "Amina Hassan"

    dialog.confirm_edit.setText("hassan")
    assert dialog.erase_button.isEnabled()
    erased = []
    dialog.erased.connect(lambda person_id, ids: erased.append((person_id, ids)))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog.runner)

    assert erased == [(case.person_id, [case.id])]
    with pytest.raises(NotFound):
        cases.person(case.person_id)
    references = [s.reference for s in cases.summaries()]
    assert "K-2026-0001" not in references and len(references) == 4
    assert cases.summaries("Hassan") == [] and cases.summaries("K-2026-0001") == []
    assert cases.summaries("198203149821") == []
    report = dialog.result.toPlainText()
    assert report.startswith("Raderat: personen och 1 ärende (K-2026-0001)")
    assert [p.parent for p in dialog.backups] == [data_paths.backups]
    assert "fortfarande" in dialog.backup_label.text()
    assert dialog.open_backups_button.isVisibleTo(dialog)
    assert dialog.close_button.text() == "Stäng"


def test_erase_accepts_the_word_radera(app, qtbot, demo_db):
    case = CaseRepository(demo_db).case("K-2026-0003")
    dialog = ErasePersonDialog(demo_db, case.person_id)  # no data folder: inline
    qtbot.addWidget(dialog)
    dialog.confirm_edit.setText("RADERA")
    assert dialog.erase() is None  # ran at once
    assert dialog.done_ and "K-2026-0003" in dialog.result.toPlainText()
    assert not dialog.backup_label.isVisibleTo(dialog)  # no folder to look in


# -- the access export ------------------------------------------------------------------------

def test_access_export_writes_both_files_from_a_case(app, qtbot, demo_db, data_paths, tmp_path):
    out = tmp_path / "utdrag"
    chooser, opener = Recorder(str(out)), Recorder()
    case = CaseRepository(demo_db).case("K-2026-0001")
    dialog = export_access(None, demo_db, case.id, data_paths=data_paths,
                           choose_folder=chooser, open_path=opener)
    try:
        assert dialog is not None
        _wait(qtbot, dialog.runner)
        assert chooser.calls[0][1] == "Välj mapp för registerutdraget"
        assert sorted(p.suffix for p in dialog.files) == [".json", ".pdf"]
        assert all(p.parent == out and p.stat().st_size > 0 for p in dialog.files)
        assert all("Hassan" not in p.name for p in dialog.files)
        record = json.loads(next(p for p in dialog.files if p.suffix == ".json")
                            .read_text(encoding="utf-8"))
        assert [c["case"]["reference"] for c in record["cases"]] == ["K-2026-0001"]
        assert record["person"]["family_name"] == "Hassan"
        assert dialog.list.count() == 2 and dialog.list.item(0).text().endswith("lämna ut")
        (event,) = [e for e in AuditRepository(demo_db).for_person(case.person_id)
                    if e.action == AuditAction.EXPORT]  # written by the worker's connection
        assert (event.entity, event.new, event.case_id) == ("person", "", None)
        audit = AuditView(demo_db, case.id)
        try:
            assert [r[2:4] for r in audit.rows() if r[2] == "Registerutdrag"] == [
                ("Registerutdrag", "Person")]
        finally:
            audit.close()
        dialog.open_folder_button.click()
        dialog.open_pdf_button.click()
        assert [c[0] for c in opener.calls] == [
            out, next(p for p in dialog.files if p.suffix == ".pdf")]
    finally:
        if dialog is not None:
            dialog.close()


def test_access_export_by_reference_and_a_cancelled_folder_choice(app, qtbot, demo_db,
                                                                  tmp_path):
    assert export_access(None, demo_db, "K-2026-0002", choose_folder=Recorder("")) is None
    dialog = export_access(None, demo_db, "k-2026-0002",
                           choose_folder=Recorder(str(tmp_path / "ut")))  # inline
    try:
        assert dialog is not None and len(dialog.files) == 2
    finally:
        dialog.close()


# -- the audit trail ----------------------------------------------------------------------------

def test_audit_view_shows_an_edit_in_swedish_and_never_a_note(app, qtbot, qtmodeltester,
                                                            demo_db):
    cases = CaseRepository(demo_db, actor="lena.berg")
    case = cases.case("K-2026-0001")
    cases.update_case(case.id, status=CaseStatus.PLAN)
    cases.update_case(case.id, goal=NOTE)
    requirement = LibraryRepository(demo_db).find_framework("EX-USK").requirements[0]
    data = CaseDataRepository(demo_db, actor="lena.berg")
    data.set_assessment(case.id, requirement.id, status=AssessmentStatus.MET)
    data.set_assessment(case.id, requirement.id, status=AssessmentStatus.NOT_MET,
                        rationale=NOTE)
    cases.update_person(case.person_id, personnummer="198203149821", email="a@example.org")

    view = AuditView(demo_db, case.id)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    rows = view.rows()
    assert not any(NOTE in cell for row in rows for cell in row)
    assert ("lena.berg", "Ändrade", "Ärende: status", "", "Bedömning → Plan") in [
        r[1:] for r in rows[:6]]  # newest first
    by_what = {r[3]: r for r in rows if r[1] == "lena.berg"}
    assert by_what["Ärende: mål"][5] == "(text ändrad)"
    assert by_what["Bedömning: motivering"][5] == "(text tillagd)"
    assert by_what["Bedömning: status"][4] == f"EX-USK {requirement.code}"
    assert by_what["Bedömning: status"][5] == "Uppfyllt → Ej uppfyllt"
    assert by_what["Person: e-post"][5] == "(uppgift tillagd)"  # the value stays in the record
    assert rows[0][WHEN] >= rows[-1][WHEN]
    assert len(rows[0][WHEN]) == len("2026-01-01 12:00")

    view.filter.setText("bedömning: STATUS")
    assert [r[3] for r in view.rows()] == ["Bedömning: status"]
    assert view.count.text() == f"1 av {view.model.rowCount()} händelser"
    view.filter.setText("finns inte")
    assert view.rows() == [] and view.count.text() == "Inga händelser passar filtret"

    assert view.table.editTriggers() == view.table.EditTrigger.NoEditTriggers
    assert not view.model.flags(view.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_audit_view_masks_a_changed_personnummer_and_follows_refresh(app, qtbot, demo_db):
    cases = CaseRepository(demo_db)
    case = cases.case("K-2026-0002")
    view = AuditView(demo_db, case.id)
    qtbot.addWidget(view)
    before = view.model.rowCount()
    cases.update_person(case.person_id, personnummer="19760509-9816")  # same, normalised
    cases.update_person(case.person_id, personnummer="")
    view.refresh()
    rows = view.rows()
    assert view.model.rowCount() == before + 1
    assert rows[0][3:] == ("Person: personnummer", "", "(uppgift borttagen)")
    assert not any("9816" in cell for row in rows for cell in row)
