"""An edit made in the desktop app is on disk the moment it is shown as saved: the app is
killed (SIGKILL, no chance to clean up) and the edit is there after a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from koll_desktop.services.demo import load_demo
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import open_db

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from koll_desktop.paths import DataPaths
    from koll_desktop.storage.db import open_db
    from koll_desktop.storage.cases import CaseRepository
    from koll_desktop.ui.app import create_application
    from koll_desktop.ui.main_window import MainWindow

    data = DataPaths(Path(sys.argv[1])).ensure()
    db = open_db(data.database)
    app = create_application()
    window = MainWindow(db, data)
    window.show()
    window.open_case(CaseRepository(db).case("K-2026-0003").id)
    window.workspace.session.set_case_field("goal", "Barnskötare i Sävsjö", "Mål")
    app.processEvents()
    print(window.statusBar().currentMessage(), flush=True)
    time.sleep(60)  # the parent kills us here
""")


def test_an_edit_survives_a_kill_and_restart(data_paths):
    db = open_db(data_paths.database)
    load_demo(db)
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_paths.root)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert "Sparat" in line, child.stderr.read() if child.poll() is not None else line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    again = open_db(data_paths.database)
    try:
        assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert CaseRepository(again).case("K-2026-0003").goal == "Barnskötare i Sävsjö"
    finally:
        again.close()
