"""The privacy screens wired into the main window and the workspace."""

from __future__ import annotations

from datetime import date

import pytest

from koll_desktop.storage.cases import CaseRepository
from koll_desktop.ui import retention_dialog
from koll_desktop.ui.app import create_application
from koll_desktop.ui.main_window import MainWindow
from koll_desktop.ui.privacy import ErasePersonDialog
from koll_desktop.ui.retention_dialog import RetentionDialog


@pytest.fixture
def window(qtbot, demo_db, data_paths):
    create_application()
    CaseRepository(demo_db).update_case(CaseRepository(demo_db).case("K-2026-0002").id,
                                        retention_until=date(2020, 1, 1))
    win = MainWindow(demo_db, data_paths)
    qtbot.addWidget(win)
    win.show()
    # the check runs a moment after the start, in a worker
    qtbot.waitUntil(lambda: win.retention_notice is not None
                    and not win.retention_notice.isHidden(), timeout=10_000)
    return win


def _fake_exec(qtbot, act):
    def run(dialog):
        runner = act(dialog)
        if runner is not None:
            with qtbot.waitSignal(runner.ended, timeout=60_000):
                pass
        return 0
    return run


def test_the_notice_shows_at_start_and_retention_closes_the_open_case(window, qtbot,
                                                                     monkeypatch):
    assert window.retention_notice.label.text() == "1 ärende har passerat gallringsdatum"
    window.open_case(CaseRepository(window.db).case("K-2026-0002").id)
    monkeypatch.setattr(retention_dialog, "ask", lambda *a: True)

    def act(dialog):
        dialog.anonymise.setChecked(True)
        return dialog.apply()

    monkeypatch.setattr(RetentionDialog, "exec", _fake_exec(qtbot, act))
    window.retention_notice.open_button.click()
    assert window.workspace is None
    assert window.pages.currentWidget() is window.case_list_page
    assert window.retention_notice.isHidden()
    names = [window.model.summary(r).person_name for r in range(window.model.rowCount())]
    assert "Anonymiserad " in names


def test_erasing_the_open_person_closes_the_workspace_and_refreshes_the_list(window, qtbot,
                                                                            monkeypatch):
    window.open_case(CaseRepository(window.db).case("K-2026-0001").id)

    def act(dialog):
        dialog.confirm_edit.setText("Hassan")
        return dialog.erase()

    monkeypatch.setattr(ErasePersonDialog, "exec", _fake_exec(qtbot, act))
    window.erase_action.trigger()
    assert window.workspace is None
    refs = [window.model.summary(r).reference for r in range(window.model.rowCount())]
    assert "K-2026-0001" not in refs and len(refs) == 4


def test_the_log_button_opens_the_case_s_trail_and_follows_edits(window, qtbot):
    window.open_case(CaseRepository(window.db).case("K-2026-0003").id)
    window.workspace.log_button.click()
    view = window.workspace.audit_view
    assert view.isVisible() and "K-2026-0003" in view.windowTitle()
    before = view.model.rowCount()
    window.workspace.session.set_case_field("counsellor", "Ny Handledare", "Handledare")
    assert view.model.rowCount() == before + 1
    assert view.rows()[0][3:] == ("Ärende: handledare", "", "Lena Berg → Ny Handledare")


def test_access_export_from_the_selected_case(window, qtbot, monkeypatch, tmp_path):
    from koll_desktop.ui import privacy

    monkeypatch.setattr(privacy, "choose_folder_dialog", lambda *a: str(tmp_path / "ut"))
    window.table.selectRow(0)
    window.access_action.trigger()
    dialogs = window.findChildren(privacy.AccessExportDialog)
    assert len(dialogs) == 1
    if dialogs[0].runner is not None:
        with qtbot.waitSignal(dialogs[0].runner.ended, timeout=60_000):
            pass
    assert len(dialogs[0].files) == 2
    dialogs[0].close()
