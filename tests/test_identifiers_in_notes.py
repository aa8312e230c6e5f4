"""Notes should not carry personnummer: one typed into a free text is flagged before it is
saved; and a purge that fails half way leaves all or none of that case."""

from __future__ import annotations

from datetime import date

import pytest

from koll_desktop.domain.personnummer import find_in_text
from koll_desktop.domain.workflow import Step
from koll_desktop.services import retention
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.ui.app import create_application
from koll_desktop.ui.assessment_model import NodeKind
from koll_desktop.ui.main_window import MainWindow


@pytest.mark.parametrize(("text", "found"), [
    ("Amina (19820314-9821) visade rutinerna", ["19820314-XXXX"]),
    ("pnr 820314-9821 och 8203149821", ["19820314-XXXX", "19820314-XXXX"]),
    ("telefon 070-123 45 67, 2019–2025, kurs 100 poäng", []),
    ("19820314-9822 har fel kontrollsiffra", []),
])
def test_personnummer_are_found_in_free_text(text, found):
    assert find_in_text(text) == found


@pytest.fixture
def rationale_page(qtbot, demo_db, data_paths):
    create_application()
    window = MainWindow(demo_db, data_paths)
    qtbot.addWidget(window)
    window.show()
    window.open_case(CaseRepository(demo_db).case("K-2026-0001").id)
    window.workspace.show_step(Step.ASSESSMENT)
    page = window.workspace.pages[Step.ASSESSMENT]
    return window, page


def _rationale_of(page, ref):
    return page.session.snapshot.assessments[ref].rationale


@pytest.mark.parametrize("keep", [False, True])
def test_a_personnummer_in_a_rationale_is_flagged_before_saving(rationale_page, keep):
    window, page = rationale_page
    asked = []
    page.session.confirm_identifiers = lambda found: (asked.append(found), keep)[1]
    ref = ("EX-USK", "A.1")
    assert page._select(NodeKind.REQUIREMENT, ref)
    page.rationale.setPlainText("Intervju med 19820314-9821 på arbetsplatsen")
    page._commit_rationale()
    assert asked == [["19820314-XXXX"]]
    saved = _rationale_of(page, ref)
    assert ("19820314-9821" in saved) is keep
    if not keep:
        assert "Sparades inte" in window.statusBar().currentMessage()


def test_a_purge_that_fails_half_way_leaves_the_case_whole(demo_db, monkeypatch):
    cases = CaseRepository(demo_db)
    sara = cases.case("K-2026-0003")
    cases.update_case(sara.id, retention_until=date(2020, 1, 1))
    items = retention.retention_due(demo_db, date.today(), retention.RetentionMode.PURGE)
    assert [i.reference for i in items] == ["K-2026-0003"]
    tables = ("case", "person", "case_framework", "audit_event", "person_search")
    before = {t: demo_db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    real = retention.erase_person_rows

    def half_way(db, person_id, actor=None):
        db.execute('DELETE FROM case_framework WHERE case_id = ?', [sara.id])  # some rows go
        raise OSError(28, "No space left on device")  # … then the disk is full

    monkeypatch.setattr(retention, "erase_person_rows", half_way)
    with pytest.raises(Exception):  # noqa: B017 - whatever the failure, nothing half-done
        retention.apply_retention(demo_db, items, retention.RetentionMode.PURGE)
    monkeypatch.setattr(retention, "erase_person_rows", real)
    after = {t: demo_db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    assert after == before
    assert cases.case("K-2026-0003").id == sara.id
