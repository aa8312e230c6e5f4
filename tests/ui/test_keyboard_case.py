"""A whole case driven by the keyboard alone: every key goes to the widget that has focus,
the way a counsellor who cannot use a mouse works (DESIGN §10)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from koll_desktop.domain.enums import AssessmentStatus
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.ui.app import create_application
from koll_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, key, modifier)


def _type(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_whole_case_by_keyboard(qtbot, demo_db, data_paths, tmp_path):
    create_application()
    window = MainWindow(demo_db, data_paths)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window only
    window.table.setFocus()  # where the app opens: the case list

    def fill_new_case_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # the shortcut did not open it; the test fails below
            return
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.given)
        _type(qtbot, "Nora")
        _press(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, "Lind")
        _press(qtbot, Qt.Key.Key_Return)
        assert not dialog.isVisible()

    QTimer.singleShot(50, fill_new_case_dialog)
    _press(qtbot, Qt.Key.Key_N, CTRL)  # Arkiv → Nytt ärende
    window.activateWindow()  # the window manager's job when a dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    session = window.workspace.session
    assert session.person.full_name == "Nora Lind"

    # 1. Start: the goal by its mnemonic, then the target framework (Bedöms mot: Alt+Ö).
    _press(qtbot, Qt.Key.Key_M, ALT)
    _type(qtbot, "Underskoterska")
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Odiaeresis, ALT)
    _press(qtbot, Qt.Key.Key_Down)  # EX-USK, the first framework
    _press(qtbot, Qt.Key.Key_Space)
    assert session.case.goal == "Underskoterska"
    assert len(session.case.framework_ids) == 1

    # 4. Assessment: three steps on with Ctrl+PgDown, then statuses by number keys.
    _press(qtbot, Qt.Key.Key_PageDown, CTRL, times=3)
    assert QApplication.focusWidget() is window.workspace.pages[
        window.workspace.current_step()].tree
    _press(qtbot, Qt.Key.Key_Down, times=3)  # framework → area A → A.1
    _press(qtbot, Qt.Key.Key_1, times=5)  # A.1–A.5 met, each moves on to the next
    _press(qtbot, Qt.Key.Key_3, times=2)  # A.6–A.7 not met
    statuses = [a.status for a in load_snapshot(demo_db, session.case_id).assessments.values()]
    assert statuses.count(AssessmentStatus.MET) == 5
    assert statuses.count(AssessmentStatus.NOT_MET) == 2
    _press(qtbot, Qt.Key.Key_Z, CTRL)  # undo the last one
    statuses = [a.status for a in load_snapshot(demo_db, session.case_id).assessments.values()]
    assert statuses.count(AssessmentStatus.NOT_MET) == 1

    # 5. Plan: agree it (Alt+Ö on this page).
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.workspace.current_step().value == "plan"
    _press(qtbot, Qt.Key.Key_Odiaeresis, ALT)  # a button's mnemonic clicks after a flash
    qtbot.waitUntil(lambda: load_snapshot(demo_db, session.case_id).agreed_on == date.today())

    # 6. Documentation: print the plan (Alt+P), then record the hand-over (Alt+I).
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    page = window.workspace.pages[window.workspace.current_step()]
    page.folder = tmp_path
    _press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: page.last_file is not None and page.last_file.exists(),
                    timeout=60_000)
    _press(qtbot, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: [d["kind"] for d in session.data.documents(session.case_id)]
                    == ["plan"])

    # Back to the case list (Ctrl+1) and find the case by typing (Ctrl+F).
    _press(qtbot, Qt.Key.Key_F, CTRL)
    _type(qtbot, "Nora")
    assert window.model.rowCount() == 1
    assert window.model.index(0, 1).data() == "Nora Lind"
