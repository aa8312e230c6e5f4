"""Step 2, initial mapping: prior learning entries and evidence files, saved at once, undoable."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from koll_desktop.domain.enums import PriorLearningKind
from koll_desktop.domain.workflow import Step
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.ui import labels
from koll_desktop.ui.pages import mapping

AMINA = "K-2026-0001"


@pytest.fixture
def page(window):
    window.open_case(CaseRepository(window.db).case(AMINA).id)
    window.workspace.show_step(Step.MAPPING)
    page = window.workspace.pages[Step.MAPPING]
    assert page.isVisible()
    page.confirm = lambda title, text: True
    return page


def _entries(page):
    return {e.id: e for e in CaseDataRepository(page.session.db).prior_learning(
        page.session.case_id)}


def _evidence_rows(page):
    return list(page.session.db.query(
        "SELECT id, name, sha256, size, data, prior_learning_id FROM evidence WHERE case_id = ?",
        [page.session.case_id]))


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_the_table_lists_entries_in_swedish(page):
    assert page.table.rowCount() == 2
    first = [page.table.item(0, c).text() for c in range(page.COLUMNS)]
    assert first == ["Arbetslivserfarenhet", "Vårdbiträde i hemtjänsten",
                     "Exempelkommunens hemtjänst", "SE", "2019-03-01 – 2025-12-31", "1"]
    assert page.table.item(1, 0).text() == "Icke-formell utbildning (kurser)"
    assert page.entry_title.text() == "Vårdbiträde i hemtjänsten"
    assert [page.files.item(i).text() for i in range(page.files.count())] == [
        "arbetsgivarintyg.txt  (84 byte)"]


def test_field_edits_are_saved_at_once_and_undone_and_redone(page, window, qtbot):
    entry_id = page.current_entry().id
    _type(qtbot, page.entry_title, "Vardbitrade och stodassistent")
    assert _entries(page)[entry_id].title == "Vardbitrade och stodassistent"
    assert page.table.item(0, 1).text() == "Vardbitrade och stodassistent"
    page.organisation.setText("Hemtjänsten Öst")  # not ASCII: set, then finish editing
    page.organisation.editingFinished.emit()
    page.kind.setCurrentIndex(page.kind.findData(PriorLearningKind.FORMAL.value))
    page.kind.activated.emit(page.kind.currentIndex())
    page.date_to.set_value(date(2026, 1, 31))
    page.date_to.editingFinished.emit()
    stored = _entries(page)[entry_id]
    assert (stored.organisation, stored.kind, stored.date_to) == (
        "Hemtjänsten Öst", PriorLearningKind.FORMAL, date(2026, 1, 31))
    assert page.table.item(0, 0).text() == labels.prior_learning_kind()[PriorLearningKind.FORMAL]
    for _ in range(3):
        window.undo_action.trigger()
    stored = _entries(page)[entry_id]
    assert (stored.title, stored.organisation, stored.kind, stored.date_to) == (
        "Vardbitrade och stodassistent", "Exempelkommunens hemtjänst", PriorLearningKind.WORK,
        date(2025, 12, 31))
    assert page.organisation.text() == "Exempelkommunens hemtjänst"
    window.undo_action.trigger()
    assert _entries(page)[entry_id].title == "Vårdbiträde i hemtjänsten"
    window.redo_action.trigger()
    assert _entries(page)[entry_id].title == "Vardbitrade och stodassistent"


def test_an_end_before_the_start_is_refused(page, window):
    entry_id = page.current_entry().id
    page.date_to.set_value(date(2018, 1, 1))
    page.date_to.editingFinished.emit()
    assert _entries(page)[entry_id].date_to == date(2025, 12, 31)
    assert page.error_banner.isVisible() and "före" in page.error_banner.text()
    assert page.date_to.value() == date(2025, 12, 31)
    assert window.undo_stack.count() == 0


def test_new_entry_is_added_selected_and_undone(page, window, qtbot):
    before = set(_entries(page))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    [new_id] = set(_entries(page)) - before
    assert page.current_entry().id == new_id
    assert page.entry_title.hasFocus()
    qtbot.keyClicks(page.entry_title, "Truckkort A och B")
    qtbot.keyClick(page.entry_title, Qt.Key.Key_Tab)
    assert _entries(page)[new_id].title == "Truckkort A och B"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert set(_entries(page)) == before
    assert page.table.rowCount() == 2
    window.redo_action.trigger()
    assert new_id in _entries(page)  # the same entry, the same id


def test_delete_asks_first_and_undo_brings_back_the_same_entry_and_its_files(page, window):
    entry = page.current_entry()
    [evidence] = entry.evidence
    questions = []
    page.confirm = lambda title, text: questions.append(text) and False
    page.delete_button.click()
    assert entry.id in _entries(page)
    assert "Vårdbiträde i hemtjänsten" in questions[0] and "Övriga filer" in questions[0]
    page.confirm = lambda title, text: True
    page.delete_button.click()
    assert entry.id not in _entries(page)
    [row] = _evidence_rows(page)
    assert row["id"] == evidence.id and row["prior_learning_id"] is None  # the file is kept
    assert page.table.item(page.table.rowCount() - 1, 1).text() == "Övriga filer (utan post)"
    window.undo_action.trigger()
    restored = _entries(page)[entry.id]
    assert restored.title == entry.title and restored.description == entry.description
    assert [e.id for e in restored.evidence] == [evidence.id]
    assert page.table.rowCount() == 2
    window.redo_action.trigger()
    assert entry.id not in _entries(page)


def test_a_chosen_file_is_stored_with_its_sha256_and_undone(page, window, qtbot, tmp_path):
    entry = page.current_entry()
    content = "Betyg i vård och omsorg – godkänt.\n".encode() * 50
    path = tmp_path / "betyg-vård.pdf"
    path.write_bytes(content)
    page.choose_files = lambda: [str(path)]
    qtbot.mouseClick(page.add_file_button, Qt.MouseButton.LeftButton)
    [row] = [r for r in _evidence_rows(page) if r["name"] == "betyg-vård.pdf"]
    assert bytes(row["data"]) == content
    assert row["sha256"] == hashlib.sha256(content).hexdigest()
    assert (row["size"], row["prior_learning_id"]) == (len(content), entry.id)
    assert page.files.count() == 2 and page.table.item(0, 5).text() == "2"
    window.undo_action.trigger()
    assert [r["name"] for r in _evidence_rows(page)] == ["arbetsgivarintyg.txt"]
    window.redo_action.trigger()
    assert sorted(r["name"] for r in _evidence_rows(page)) == [
        "arbetsgivarintyg.txt", "betyg-vård.pdf"]


def _mime(*urls: QUrl) -> QMimeData:
    mime = QMimeData()
    mime.setUrls(list(urls))
    return mime


def test_files_dropped_from_the_desktop_are_stored(page, tmp_path):
    page.select_entry(list(_entries(page))[1])  # the web course, no files yet
    entry = page.current_entry()
    assert entry.title.startswith("Basal hygien") and page.files.count() == 0
    files = []
    for name, content in (("kursintyg.pdf", b"%PDF-1.4 intyg"), ("bild.png", b"\x89PNG bild")):
        (tmp_path / name).write_bytes(content)
        files.append(tmp_path / name)
    mime = _mime(*(QUrl.fromLocalFile(str(p)) for p in files))
    viewport = page.files.viewport()
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    stored = {r["name"]: r for r in _evidence_rows(page) if r["prior_learning_id"] == entry.id}
    assert set(stored) == {"kursintyg.pdf", "bild.png"}
    assert bytes(stored["bild.png"]["data"]) == b"\x89PNG bild"
    assert stored["kursintyg.pdf"]["sha256"] == hashlib.sha256(b"%PDF-1.4 intyg").hexdigest()
    assert page.files.count() == 2


def test_a_drag_without_local_files_is_not_accepted(page):
    mime = _mime(QUrl("https://example.org/intyg.pdf"))
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.files.viewport(), enter)
    assert not enter.isAccepted()
    assert mapping.local_files(mime) == []


def test_a_file_over_the_limit_or_unreadable_saves_nothing(page, window, tmp_path,
                                                            monkeypatch):
    monkeypatch.setattr(mapping, "MAX_EVIDENCE_BYTES", 100)
    small, big = tmp_path / "liten.txt", tmp_path / "stor.pdf"
    small.write_bytes(b"x" * 10)
    big.write_bytes(b"x" * 101)
    before = _evidence_rows(page)
    page.choose_files = lambda: [str(small), str(big)]
    page.add_file_button.click()
    assert page.error_banner.isVisible()
    assert "stor.pdf: filen är för stor" in page.error_banner.text()
    assert _evidence_rows(page) == before  # not even the small one
    page.choose_files = lambda: [str(tmp_path / "finns-inte.pdf")]
    page.add_file_button.click()
    assert "finns-inte.pdf: kan inte läsa filen" in page.error_banner.text()
    page.choose_files = lambda: [str(tmp_path)]
    page.add_file_button.click()
    assert "är en mapp" in page.error_banner.text()
    assert _evidence_rows(page) == before
    assert window.undo_stack.count() == 0


def test_open_writes_a_temporary_copy_and_hands_it_to_the_desktop(page):
    opened: list[QUrl] = []
    page.open_url = lambda url: opened.append(url) or True
    assert page.current_evidence().name == "arbetsgivarintyg.txt"
    page.open_button.click()
    [url] = opened
    path = Path(url.toLocalFile())
    assert path.name == "arbetsgivarintyg.txt"
    [row] = _evidence_rows(page)
    assert path.read_bytes() == bytes(row["data"])
    assert not page.error_banner.isVisible()


def test_open_refuses_a_file_whose_checksum_does_not_match(page):
    page.session.db.execute("UPDATE evidence SET data = ? WHERE case_id = ?",
                            [b"manipulerad", page.session.case_id])
    opened = []
    page.open_url = opened.append
    page.open_button.click()
    assert opened == []
    assert "kontrollsumma" in page.error_banner.text()


def test_delete_file_and_undo_puts_the_same_bytes_back(page, window):
    [before] = _evidence_rows(page)
    page.delete_file_button.click()
    assert _evidence_rows(page) == []
    assert page.files.count() == 0
    window.undo_action.trigger()
    [after] = _evidence_rows(page)
    assert bytes(after["data"]) == bytes(before["data"])
    assert (after["sha256"], after["name"], after["prior_learning_id"]) == (
        before["sha256"], before["name"], before["prior_learning_id"])
    window.redo_action.trigger()
    assert _evidence_rows(page) == []


def test_temporary_names_cannot_leave_the_folder():
    from koll_desktop.domain.case import Evidence

    path = mapping.temporary_copy(Evidence(name="..\\..\\x:y?.txt", sha256="", size=1), b"1")
    assert path.name == "x_y_.txt" and path.read_bytes() == b"1"
