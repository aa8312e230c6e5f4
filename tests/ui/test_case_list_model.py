"""The case list model pages through the repository: every case is a row at once, the end
of the list is reached without reading all that lies before it."""

from __future__ import annotations

from koll_desktop.services.synthetic import generate
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.ui.case_list import PAGE, PAGES_KEPT, CaseListModel


def test_every_case_is_a_row_and_the_last_one_reads(qtbot, qtmodeltester, db):
    generate(db, 600, seed=3)
    repo = CaseRepository(db)
    total = repo.count()
    assert total > 3 * PAGE
    model = CaseListModel(repo)
    assert model.rowCount() == total
    last = model.summary(total - 1)
    assert last == repo.summaries(limit=1, offset=total - 1)[0]
    assert model.index(total - 1, 0).data() == last.reference
    qtmodeltester.check(model)


def test_filters_count_and_only_a_few_pages_stay_in_memory(qtbot, db):
    generate(db, 600, seed=3)
    repo = CaseRepository(db)
    model = CaseListModel(repo)
    model.set_query("", status="plan")
    assert model.rowCount() == repo.count(status="plan")
    assert {model.summary(r).status.value for r in range(model.rowCount())} <= {"plan"}
    model.set_query("")
    for row in range(0, model.rowCount(), PAGE):
        model.index(row, 0).data()
    assert len(model._pages) <= PAGES_KEPT
