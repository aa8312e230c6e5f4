"""The crosswalk editor: a coordinator links the requirements of two frameworks (DESIGN §2).

Two frameworks side by side as trees (units → requirements), each requirement with the
number of its links to the other side; the current requirement of one tree marks its
linked counterparts in the other. Below: the pair of current requirements, to link
(full or partial, with a note), re-grade or unlink; and ranked suggestions from the
likeness of the texts, which the coordinator accepts or rejects one by one; nothing is
ever linked without a click.

Every change is one committed CrosswalkRepository call, pushed on the window's
QUndoStack with its inverse, so Ctrl+Z undoes a link, an unlink, a change or an
accepted suggestion. Rejected suggestions stay hidden while the editor lives.

The pieces live beside this module: crosswalk_layout (the widgets), crosswalk_trees (the
two trees and their models) and crosswalk_suggestions (the ranked suggestions).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from koll_desktop.domain.enums import Coverage, FrameworkKind
from koll_desktop.domain.ids import new_id
from koll_desktop.domain.library import Framework, Requirement, RequirementRef
from koll_desktop.domain.text_similarity import Suggestion
from koll_desktop.errors import KnownError
from koll_desktop.storage.crosswalk import CrosswalkRepository, StoredLink
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.crosswalk_layout import CrosswalkLayout
from koll_desktop.ui.crosswalk_suggestions import HTML_ROLE, CrosswalkSuggestionsMixin
from koll_desktop.ui.crosswalk_trees import LINKS_ROLE, MARK, _Side
from koll_desktop.ui.labels import coverage_label
from koll_desktop.ui.undo import AppliedEdit
from koll_desktop.ui.widgets import example_icon


def _t(text: str) -> str:
    return QCoreApplication.translate("crosswalk", text)


# -- the editor ----------------------------------------------------------------------------
class CrosswalkEditor(CrosswalkLayout, CrosswalkSuggestionsMixin, QWidget):
    """Link the requirements of two frameworks; every change undoable on `undo_stack`."""

    crosswalk_changed = Signal()  # after a link was made, changed or removed (also by undo)
    saved = Signal(str)  # a line for the status bar

    def __init__(self, db: Db, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrosswalkEditor")
        self.library = LibraryRepository(db)
        self.repo = CrosswalkRepository(db)
        self.undo_stack = undo_stack
        self.links: dict[str, list[StoredLink]] = {}  # requirement id → its links across
        self.rejected: set[tuple[RequirementRef, RequirementRef]] = set()
        self._ranked: list[Suggestion] = []
        self._ranked_for: tuple[str, str] | None = None
        self._new_coverage = Coverage.FULL
        self._loading = False
        self._listing = False  # the suggestion list is being filled (not the user choosing)
        self._build()
        self.refresh()

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the library again (after an import), keeping the chosen frameworks."""
        keep = [side.picker.currentData() for side in (self.side_a, self.side_b)]
        summaries = self.library.summaries()
        self._loading = True
        try:
            for side in (self.side_a, self.side_b):
                side.picker.clear()
                for s in summaries:
                    title = s.title
                    if s.example and not title.lower().startswith(self.tr("exempel").lower()):
                        title += " " + self.tr("(exempel)")
                    text = f"{s.code} — {title} · {s.version}"
                    side.picker.addItem(text, s.id)
                    side.picker.setItemData(side.picker.count() - 1, text,
                                            Qt.ItemDataRole.ToolTipRole)
                    if s.example:
                        side.picker.setItemIcon(side.picker.count() - 1, example_icon())
        finally:
            self._loading = False
        ids = [s.id for s in summaries]
        first = keep[0] if keep[0] in ids else next(
            (s.id for s in summaries if s.kind == FrameworkKind.INDUSTRY_STANDARD),
            ids[0] if ids else None)
        others = [s for s in summaries if s.id != first]
        second = keep[1] if keep[1] in ids else next(
            (s.id for s in others if s.kind != FrameworkKind.INDUSTRY_STANDARD),
            others[0].id if others else None)
        self._ranked_for = None
        self.set_frameworks(first, second)

    def set_frameworks(self, first_id: str | None, second_id: str | None) -> None:
        self._loading = True
        try:
            for side, wanted in ((self.side_a, first_id), (self.side_b, second_id)):
                side.picker.setCurrentIndex(side.picker.findData(wanted) if wanted else -1)
                side.load(self.library.framework(wanted) if wanted else None)
        finally:
            self._loading = False
        self._reload_links()

    def swap(self) -> None:
        a, b = self.side_a.framework, self.side_b.framework
        self.set_frameworks(b.id if b else None, a.id if a else None)

    def _framework_picked(self) -> None:
        if self._loading:
            return
        self.set_frameworks(self.side_a.picker.currentData(), self.side_b.picker.currentData())

    def _pair_ids(self) -> tuple[str, str] | None:
        a, b = self.side_a.framework, self.side_b.framework
        return (a.id, b.id) if a is not None and b is not None else None

    def _pair_ok(self) -> bool:
        a, b = self.side_a.framework, self.side_b.framework
        return a is not None and b is not None and a.code != b.code

    def _reload_links(self) -> None:
        """Links, counts, marks, the link panel and the suggestions, from the database."""
        a, b = self.side_a.framework, self.side_b.framework
        self.links = {}
        stored = self.repo.links_between(a.id, b.id) if self._pair_ok() else []  # type: ignore[union-attr]
        for link in stored:
            self.links.setdefault(link.from_id, []).append(link)
            self.links.setdefault(link.to_id, []).append(link)
        counts = {i: len(v) for i, v in self.links.items()}
        self.side_a.model.set_counts(counts)
        self.side_b.model.set_counts(counts)
        self._show_counts(len(stored))
        self._show_marks()
        self._show_pair()
        self._show_suggestions()

    def _show_counts(self, total: int) -> None:
        a, b = self.side_a.framework, self.side_b.framework
        if a is None or b is None:
            self.counts.setText(self.tr("Biblioteket behöver minst två ramverk."))
            return
        if not self._pair_ok():
            self.counts.setText(self.tr("Välj två olika ramverk."))
            return

        def linked(f: Framework) -> int:
            return sum(1 for r in f.requirements if r.id in self.links)

        self.counts.setText(self.tr("{0} kopplingar · {1} av {2} krav i {3} och {4} av {5} i "
                                    "{6} har någon koppling").format(
            total, linked(a), len(a.requirements), a.code, linked(b), len(b.requirements), b.code))

    # -- selection and marks -------------------------------------------------------------
    def _requirement_changed(self, *_args) -> None:
        if self._loading:
            return
        self._show_marks(reveal=True)
        self._show_pair()

    def _show_marks(self, reveal: bool = False) -> None:
        for here, there in ((self.side_a, self.side_b), (self.side_b, self.side_a)):
            r = here.current_requirement()
            marks = {link.other(r.id): link.coverage for link in self.links.get(r.id, [])} \
                if r is not None else {}
            there.model.set_marks(marks)
            if reveal and marks and here.tree.hasFocus():
                there.reveal(next(iter(marks)))

    def _current_link(self) -> StoredLink | None:
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        if a is None or b is None:
            return None
        return next((link for link in self.links.get(a.id, []) if link.other(a.id) == b.id), None)

    def _describe(self, side: _Side, r: Requirement | None) -> str:
        if r is None:
            return '<span style="color:#777">' + html.escape(self.tr("Välj ett krav i trädet")) \
                + "</span>"
        example = ""
        if r.example or (side.framework is not None and side.framework.example):
            example = ' <span style="color:#6b4a00; background:#fff3cd">&nbsp;' + html.escape(
                self.tr("exempeltext")) + "&nbsp;</span>"
        return f"<b>{html.escape(r.code)}</b>{example} {html.escape(r.text)}"

    def _show_pair(self) -> None:
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        for caption, side in zip(self.captions, (self.side_a, self.side_b), strict=False):
            caption.setText(f"{side.framework.code}:" if side.framework else "")
        self.a_text.setText(self._describe(self.side_a, a))
        self.b_text.setText(self._describe(self.side_b, b))
        if a is None:
            self.a_links.setText("")
        else:
            codes = {r.id: r.code for r in self.side_b.framework.requirements} \
                if self.side_b.framework else {}
            parts = [f"{html.escape(codes.get(link.other(a.id), '?'))} "
                     f"({coverage_label(link.coverage).lower()})"
                     for link in self.links.get(a.id, [])]
            self.a_links.setText(", ".join(parts) if parts else self.tr("inga till {0}").format(
                self.side_b.framework.code if self.side_b.framework else ""))
        link = self._current_link()
        if not self._pair_ok():
            self.state.setText(self.tr("Välj två olika ramverk för att koppla krav."))
        elif a is None or b is None:
            self.state.setText(self.tr("Välj ett krav i varje träd."))
        elif link is None:
            self.state.setText(self.tr("Kraven är inte kopplade."))
        else:
            self.state.setText(self.tr("Kraven är kopplade ({0}).").format(
                coverage_label(link.coverage).lower()))
        self._loading = True
        try:
            coverage = link.coverage if link is not None else self._new_coverage
            (self.full_radio if coverage == Coverage.FULL else self.partial_radio).setChecked(True)
            self.note.setPlainText(link.note if link is not None else "")
        finally:
            self._loading = False
        self._update_buttons()

    def _chosen_coverage(self) -> Coverage:
        return Coverage.FULL if self.full_radio.isChecked() else Coverage.PARTIAL

    def _coverage_toggled(self, *_args) -> None:
        if not self._loading and self._current_link() is None:
            self._new_coverage = self._chosen_coverage()
        self._update_buttons()

    def _update_buttons(self) -> None:
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        link = self._current_link()
        self.link_button.setEnabled(self._pair_ok() and a is not None and b is not None
                                    and link is None)
        self.unlink_button.setEnabled(link is not None)
        self.save_button.setEnabled(link is not None and (
            link.coverage != self._chosen_coverage()
            or link.note != self.note.toPlainText().strip()))

    # -- changes (each committed, each undoable) -----------------------------------------
    def apply(self, fn: Callable[[], Any], message: str) -> bool:
        """Run one repository call; show what happened; re-read the links."""
        try:
            fn()
        except KnownError as error:
            self.error_banner.show_message(self.tr("Sparades inte: {0}").format(error))
            self._reload_links()
            return False
        self.error_banner.hide()
        self._reload_links()
        self.saved.emit(self.tr("Sparat: {0}").format(message))
        self.crosswalk_changed.emit()
        return True

    def _edit(self, label: str, do: Callable[[], Any], undo: Callable[[], Any]) -> bool:
        if not self.apply(do, label):
            return False
        self.undo_stack.push(AppliedEdit(label, do, undo, self.apply, owner=self))
        return True

    def _make_link(self, a: Requirement, b: Requirement, coverage: Coverage, note: str,
                   label: str) -> bool:
        link_id, repo = new_id(), self.repo
        return self._edit(label.format(f"{a.code} ↔ {b.code}"),
                          lambda: repo.link(a.id, b.id, coverage, note, link_id=link_id),
                          lambda: repo.unlink(link_id))

    def link_selected(self) -> None:
        """Link the current requirement of the first tree to that of the second."""
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        if a is None or b is None or not self.link_button.isEnabled():
            return
        self._make_link(a, b, self._chosen_coverage(), self.note.toPlainText(),
                        self.tr("Koppla {0}"))

    def save_selected(self) -> None:
        link = self._current_link()
        if link is None:
            return
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        coverage, note = self._chosen_coverage(), self.note.toPlainText().strip()
        repo = self.repo
        self._edit(self.tr("Ändra koppling {0}").format(f"{a.code} ↔ {b.code}"),  # type: ignore[union-attr]
                   lambda: repo.update_link(link.id, coverage=coverage, note=note),
                   lambda: repo.update_link(link.id, coverage=link.coverage, note=link.note))

    def unlink_selected(self) -> None:
        link = self._current_link()
        if link is None:
            return
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        repo = self.repo
        self._edit(self.tr("Ta bort koppling {0}").format(f"{a.code} ↔ {b.code}"),  # type: ignore[union-attr]
                   lambda: repo.unlink(link.id), lambda: repo.restore(link))


__all__ = ["HTML_ROLE", "LINKS_ROLE", "MARK", "CrosswalkEditor"]
