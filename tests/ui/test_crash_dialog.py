"""A bug in the desktop app: logged whole, the user told where the log is; a known error is
one plain message; and without a screen nothing waits for a click that cannot come."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from koll_desktop.errors import KnownError
from koll_desktop.ui import app as app_module


def _raised(error: BaseException):
    try:
        raise error
    except BaseException:  # the hook gets whatever was raised
        return sys.exc_info()


def test_a_bug_shows_the_log_file_and_the_traceback_in_details(qapp, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(app_module, "_headless", lambda: False)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.icon(), box.text(), box.detailedText())) or 0)

    app_module.show_crash_dialog(*_raised(ZeroDivisionError("x")), "/data/logs/koll.log")

    [(icon, text, details)] = shown
    assert icon == QMessageBox.Icon.Critical
    assert "Allt du redan gjort är sparat" in text and "/data/logs/koll.log" in text
    assert "ZeroDivisionError" in details and "Traceback" in details
    assert "oväntat fel" in caplog.text and "ZeroDivisionError" in caplog.text


def test_a_known_error_is_a_plain_warning(qapp, monkeypatch):
    warned = []
    monkeypatch.setattr(app_module, "_headless", lambda: False)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))

    app_module.show_crash_dialog(*_raised(KnownError("disken är full")), "koll.log")

    assert warned == ["disken är full"]


def test_without_a_screen_the_bug_goes_to_stderr_and_nothing_waits(qapp, monkeypatch,
                                                                     capsys, caplog):
    def no_box(*_args):
        raise AssertionError("a message box offscreen would wait for ever")

    monkeypatch.setattr(QMessageBox, "exec", no_box)
    monkeypatch.setattr(QMessageBox, "warning", no_box)

    app_module.show_crash_dialog(*_raised(KeyError("k")), "/data/logs/koll.log")

    err = capsys.readouterr().err
    assert "KeyError" in err and "/data/logs/koll.log" in err
    assert "Traceback" in caplog.text and "KeyError" in caplog.text  # the log has it whole
