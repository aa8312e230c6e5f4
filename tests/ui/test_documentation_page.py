"""The documentation step: printing in a worker, opening, recording the hand-over."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from koll_desktop.domain.workflow import Step
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.ui.app import create_application
from koll_desktop.ui.main_window import MainWindow


@pytest.fixture
def page(qtbot, demo_db, data_paths, tmp_path):
    create_application()
    win = MainWindow(demo_db, data_paths)
    qtbot.addWidget(win)
    win.show()
    win.open_case(CaseRepository(demo_db).case("K-2026-0001").id)
    win.workspace.show_step(Step.DOCUMENTATION)
    documentation = win.workspace.pages[Step.DOCUMENTATION]
    documentation.folder = tmp_path / "ut"
    documentation.window_ = win
    return documentation


def _print(page, qtbot, kind, code=""):
    runner = page.print_document(kind, code)
    with qtbot.waitSignal(runner.ended, timeout=60_000):
        pass
    return page.last_file


def test_plan_printed_in_a_worker_then_opened_and_handed_over(page, qtbot):
    path = _print(page, qtbot, "plan")
    assert path.name == "K-2026-0001-plan.pdf"
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Individuell plan för kompletterande utbildning" in text
    opened = []
    page.open_url = opened.append
    page._open_last()
    assert opened[0].toLocalFile() == str(path)
    page._record_handed_over()
    rows = page.session.data.documents(page.session.case_id)
    assert [(r["kind"], r["file_name"]) for r in rows] == [("plan", path.name)]
    step_text = page.window_.workspace.steps.item(
        list(page.window_.workspace.pages).index(Step.DOCUMENTATION)).text()
    assert step_text.startswith("✓")
    page.window_.undo_action.trigger()
    assert page.session.data.documents(page.session.case_id) == []


def test_large_print_english_certificate(page, qtbot):
    page.large.setChecked(True)
    page.language.setCurrentIndex(page.language.findData("en"))
    path = _print(page, qtbot, "certificate")
    assert path.name == "K-2026-0001-kompetensintyg-storstil.pdf"
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Certificate of competence" in text


def test_earned_micro_credential_is_issued_with_its_badge(page, qtbot):
    codes = [page.credentials.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(page.credentials.count())]
    assert "MK-USK-HYG" in codes and "MK-USK-LKM" not in codes  # only earned ones
    page.credentials.setCurrentRow(codes.index("MK-USK-HYG"))
    page._issue_selected()
    with qtbot.waitSignal(page.runner.ended, timeout=60_000):
        pass
    assert page.last_file.with_suffix(".json").exists()
