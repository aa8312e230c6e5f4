"""The micro-credential editor on the demo library: create, edit, delete, undo, missing
elements, and stackability computed from the bundled definitions."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QUndoStack

from koll_desktop import paths
from koll_desktop.domain.library import MANDATORY_MICRO_CREDENTIAL_FIELDS
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.app import create_application
from koll_desktop.ui.micro_credential_editor import (
    ID_ROLE,
    MISSING_ROLE,
    UNIT_ROLE,
    MicroCredentialEditor,
)

ELEMENTS = {
    "code": "MK-TEST-MAT", "title": "Stödja måltider och nutrition",
    "awarding_body": "Testkommunens vuxenutbildning", "country": "SE",
    "learning_outcomes": "Deltagaren kan stödja en person vid måltider\noch följa en kostplan.",
    "workload": "ca 40 timmar (1,5 hp)", "level": "SeQF 4 / EQF 4",
    "assessment_type": "Observation på arbetsplats", "participation": "På arbetsplatsen",
    "quality_assurance": "Huvudmannens rutiner för validering",
    "prerequisites": "Inga", "stackable_into": "Kan räknas in i Omvårdnad 1 (VOXABN).",
}


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def editor(qtbot, demo_db, stack):
    create_application()
    widget = MicroCredentialEditor(demo_db, stack)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.confirm_delete = lambda _code: True
    widget.ask_unsaved = lambda _code: pytest.fail("asked about unsaved changes")
    return widget


def _stored(db):
    return {m.code: m for m in LibraryRepository(db).micro_credentials()}


def _row(editor, code):
    for i in range(editor.list.topLevelItemCount()):
        item = editor.list.topLevelItem(i)
        if item.text(0) == code:
            return item
    return None


def _bundled():
    """The bundled definitions and the library's units, read from the resource files."""
    folder = paths.resource("library")
    credentials = json.loads((folder / "micro_credentials.json").read_text("utf-8"))
    units = {}
    for name in ("voxabn.json", "example_standard_usk.json"):
        for f in json.loads((folder / name).read_text("utf-8"))["frameworks"]:
            for u in f["units"]:
                units[(f["code"], u["code"] or u["title"])] = (
                    u["title"], [(f["code"], r["code"]) for r in u["requirements"]])
    return credentials["micro_credentials"], units


def test_lists_the_bundled_definitions_with_their_requirement_counts(editor):
    definitions, _units = _bundled()
    listed = {editor.list.topLevelItem(i).text(0): editor.list.topLevelItem(i).text(2)
              for i in range(editor.list.topLevelItemCount())}
    assert listed == {d["code"]: str(len(d["requirements"])) for d in definitions}
    assert all(_row(editor, d["code"]).data(0, MISSING_ROLE) in ([], None)
               for d in definitions)
    assert editor.baseline is not None and editor.baseline.code == min(listed)


def test_new_micro_credential_with_every_element_and_two_requirements(editor, demo_db, stack):
    editor.new()
    assert editor.is_new and editor.pane.currentIndex() == 1
    for name, value in ELEMENTS.items():
        editor.set_field(name, value)
    assert "Saknas" not in editor.missing.text()
    editor.form_tabs.setCurrentIndex(1)
    editor.picker.search.setText("grundläggande behov")
    assert editor.picker.select_in_library(("VOXABN", "OMVOMV01.2"))
    editor.picker.add_button.click()
    assert not editor.picker.select_in_library(("EX-USK", "A.9"))  # no such requirement
    editor.picker.search.setText("")
    assert editor.picker.select_in_library(("EX-USK", "A.3"))
    assert editor.picker.add_selected() == 1
    assert editor.picker.add_selected() == 0  # already there
    assert editor.form_tabs.tabText(1) == "Krav (2)"
    assert "Omvårdnad 1 (VOXABN OMVOMV01): 1 av 5 krav" in editor.picker.contrib.text()
    assert editor.save_button.isEnabled()
    editor.save_button.click()

    stored = _stored(demo_db)["MK-TEST-MAT"]
    assert demo_db.conn.in_transaction is False
    assert {name: getattr(stored, name) for name in ELEMENTS} == ELEMENTS
    assert stored.requirements == (("VOXABN", "OMVOMV01.2"), ("EX-USK", "A.3"))
    item = _row(editor, "MK-TEST-MAT")
    assert item is not None and item.text(2) == "2" and item.text(3) == "kompletta"
    assert editor.current_id() == stored.id and not editor.is_new
    assert "Sparat: MK-TEST-MAT" in editor.info_banner.text()
    assert not editor.save_button.isEnabled() and editor.state.text() == "Sparad."
    assert stack.undoText() == "Spara mikromerit MK-TEST-MAT"

    stack.undo()
    assert "MK-TEST-MAT" not in _stored(demo_db)
    assert _row(editor, "MK-TEST-MAT") is None
    stack.redo()
    assert _stored(demo_db)["MK-TEST-MAT"] == stored  # the same id comes back
    assert _row(editor, "MK-TEST-MAT") is not None


def test_editing_a_field_and_saving_updates_it_and_undo_puts_it_back(editor, demo_db, stack):
    assert editor.select("MK-USK-HYG")
    old = _stored(demo_db)["MK-USK-HYG"]
    assert not editor.save_button.isEnabled()
    editor.set_field("workload", "ca 45 timmar (1,5 hp)")
    assert editor.is_dirty() and editor.save_button.isEnabled()
    assert "Osparade ändringar" in editor.state.text()
    assert _stored(demo_db)["MK-USK-HYG"] == old  # nothing written before Spara
    editor.save()
    assert _stored(demo_db)["MK-USK-HYG"].workload == "ca 45 timmar (1,5 hp)"
    assert not editor.is_dirty()
    events = list(demo_db.query("SELECT field, old, new FROM audit_event WHERE entity_id = ? "
                                "AND action = 'update'", [old.id]))
    assert events == [{"field": "workload", "old": old.workload,
                       "new": "ca 45 timmar (1,5 hp)"}]

    stack.undo()
    assert _stored(demo_db)["MK-USK-HYG"] == old
    assert editor.fields["workload"].text() == old.workload  # the form shows it again


def test_missing_elements_are_listed_by_name_and_marked_in_the_list(editor, demo_db):
    editor.new()
    editor.set_field("code", "MK-UTKAST")
    editor.set_field("title", "Utkast till mikromerit")
    editor.set_field("awarding_body", "Testkommunen")
    expected = [label for name, label in MANDATORY_MICRO_CREDENTIAL_FIELDS
                if name not in ("title", "awarding_body", "country")]
    assert editor.missing.text().startswith("Saknas: " + ", ".join(expected))
    assert "läranderesultat" in editor.missing.text()
    assert "kan inte utfärdas" in editor.missing.text()
    caption = editor.captions["learning_outcomes"]
    assert "font-weight: bold" in caption.styleSheet()
    assert editor.captions["title"].styleSheet() == ""
    assert editor.save()
    assert f"{len(expected)} obligatoriska uppgifter saknas" in editor.info_banner.text()

    item = _row(editor, "MK-UTKAST")
    assert item.data(0, MISSING_ROLE) == expected
    assert item.text(3) == f"saknar {len(expected)}" and not item.icon(3).isNull()
    assert "Saknas: läranderesultat" in item.toolTip(3)
    assert "1 saknar obligatoriska uppgifter" in editor.counts.text()
    assert _row(editor, "MK-USK-HYG").icon(3).isNull()

    editor.form_tabs.setCurrentIndex(1)
    editor.picker.add([("VOXABN", "OMVOMV01.1"), ("VOXABN", "OMVOMV01.2")])
    editor.fill_button.click()
    assert editor.fields["stackable_into"].toPlainText() == (
        "Kan räknas in i Omvårdnad 1 (Undersköterska, VOXABN).")
    editor.set_field("learning_outcomes", "Deltagaren kan något.")
    assert "läranderesultat" not in editor.missing.text()
    assert _row(editor, "MK-UTKAST").text(3) == f"saknar {len(expected)}"  # as saved


def test_delete_asks_first_and_undo_brings_it_back_with_its_requirements(editor, demo_db,
                                                                          stack):
    editor.select("MK-USK-DOK")
    asked = []
    editor.confirm_delete = lambda code: asked.append(code) or False
    assert not editor.delete_current()
    assert asked == ["MK-USK-DOK"] and "MK-USK-DOK" in _stored(demo_db)
    old = _stored(demo_db)["MK-USK-DOK"]
    editor.confirm_delete = lambda _code: True
    assert editor.delete_current()
    assert "MK-USK-DOK" not in _stored(demo_db)
    assert editor.baseline is not None and editor.baseline.code == "MK-USK-FORFL"  # the next
    stack.undo()
    assert _stored(demo_db)["MK-USK-DOK"] == old
    assert editor.baseline.code == "MK-USK-DOK"


def test_duplicate_code_and_empty_code_are_reported_and_nothing_is_saved(editor, demo_db):
    before = _stored(demo_db)
    editor.new()
    editor.set_field("code", "MK-USK-HYG")
    editor.set_field("title", "Dubblett")
    assert not editor.save()
    assert "koden används redan" in editor.error_banner.text()
    assert editor.is_new and _stored(demo_db) == before
    editor.set_field("code", "")
    assert not editor.save()
    assert "ange en kod" in editor.error_banner.text()
    assert _stored(demo_db) == before


def test_unsaved_changes_are_asked_about_before_another_is_opened(editor, demo_db):
    editor.select("MK-USK-HYG")
    editor.set_field("title", "Ändrad titel")
    editor.ask_unsaved = lambda _code: "cancel"
    editor.list.setCurrentItem(_row(editor, "MK-USK-LKM"))
    assert editor.current_id() == _row(editor, "MK-USK-HYG").data(0, ID_ROLE)
    assert editor.fields["title"].text() == "Ändrad titel"
    editor.ask_unsaved = lambda _code: "discard"
    editor.list.setCurrentItem(_row(editor, "MK-USK-LKM"))
    assert editor.baseline.code == "MK-USK-LKM"
    assert _stored(demo_db)["MK-USK-HYG"].title != "Ändrad titel"
    editor.set_field("title", "Sparas när jag går")
    editor.ask_unsaved = lambda _code: "save"
    editor.list.setCurrentItem(_row(editor, "MK-USK-HYG"))
    assert _stored(demo_db)["MK-USK-LKM"].title == "Sparas när jag går"
    assert editor.baseline.code == "MK-USK-HYG"


def test_without_an_undo_stack_saving_still_works(qtbot, demo_db):
    create_application()
    widget = MicroCredentialEditor(demo_db)
    qtbot.addWidget(widget)
    widget.select("MK-USK-LKM")
    widget.set_field("participation", "Distans")
    assert widget.save()
    assert _stored(demo_db)["MK-USK-LKM"].participation == "Distans"


# -- stackability ---------------------------------------------------------------------------
def test_stackability_of_omvardnad_1_follows_the_bundled_definitions(editor, demo_db):
    definitions, units = _bundled()
    title, needed = units[("VOXABN", "OMVOMV01")]
    holding = {d["code"]: {tuple(r) for r in d["requirements"]} & set(needed)
               for d in definitions}
    holding = {code: refs for code, refs in holding.items() if refs}
    # each definition brings a requirement no other one has, so the cover needs all of them
    assert all(refs - set().union(*(o for c, o in holding.items() if c != code))
               for code, refs in holding.items())
    uncovered = [ref for ref in needed if not any(ref in refs for refs in holding.values())]
    assert holding and uncovered  # the demo leaves Omvårdnad 1 partly uncovered

    editor.tabs.setCurrentIndex(1)
    panel = editor.stacking
    panel.show_unit("VOXABN", "OMVOMV01")
    assert {m.code for m in panel.result.credentials} == set(holding)
    assert list(panel.result.uncovered) == uncovered
    assert not panel.result.complete
    assert "täcks inte helt" in panel.status.text()
    assert title in panel.status.text()
    cells = {panel.requirements.topLevelItem(i).text(0): panel.requirements.topLevelItem(i)
             .text(2) for i in range(panel.requirements.topLevelItemCount())}
    assert {code for (_fc, code) in uncovered} == {c for c, v in cells.items() if v == "– ingen"}

    # a new definition for what is left makes the course complete
    editor.tabs.setCurrentIndex(0)
    editor.new()
    editor.set_field("code", "MK-TEST-REST")
    editor.set_field("title", "Resten av Omvårdnad 1")
    editor.picker.add(uncovered)
    assert editor.save()
    panel.show_unit("VOXABN", "OMVOMV01")
    assert panel.result.complete
    assert {m.code for m in panel.result.credentials} == {*holding, "MK-TEST-REST"}
    assert "täcks helt av" in panel.status.text()
    assert "täcks helt" in panel.unit_picker.currentText()


def test_each_micro_credential_lists_what_it_can_be_built_on_towards(editor):
    definitions, units = _bundled()
    tree = editor.stacking.towards
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        refs = {tuple(r) for r in next(d for d in definitions
                                       if d["code"] == head.text(0))["requirements"]}
        expected = {}
        for key, (_title, needed) in units.items():
            count = len(refs & set(needed))
            if count:
                expected[key] = f"{count} av {len(needed)} krav"
        shown = {head.child(j).data(0, UNIT_ROLE): head.child(j).text(2)
                 for j in range(head.childCount())}
        assert shown == expected, head.text(0)
    # a double-click on a course shows its stacking above
    hyg = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0) == "MK-USK-HYG")
    course = next(hyg.child(j) for j in range(hyg.childCount())
                  if hyg.child(j).data(0, UNIT_ROLE) == ("VOXABN", "HAOHAL01"))
    tree.itemDoubleClicked.emit(course, 0)
    assert editor.stacking.result.unit_key == ("VOXABN", "HAOHAL01")
