"""The main window on the demo data, shown at a desk-sized 1280 × 800, for the workflow's tests."""

from __future__ import annotations

import pytest

from koll_desktop.ui.app import create_application
from koll_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db, data_paths) -> MainWindow:
    create_application()
    win = MainWindow(demo_db, data_paths)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win
