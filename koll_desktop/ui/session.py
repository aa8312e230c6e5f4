"""One open case in the desktop app: its repositories, its snapshot and its undo stack.

Every edit goes through `CaseSession.edit()`: a pair of callables that apply the new and
the old value, each a committed repository call (DESIGN §3: saved at once, undoable). The
pair is pushed on the window's QUndoStack, so Ctrl+Z works across every page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from koll_desktop.domain import personnummer
from koll_desktop.domain.case import Case, Person
from koll_desktop.domain.workflow import CaseProgress
from koll_desktop.errors import KnownError
from koll_desktop.services.case_snapshot import CaseSnapshot, load_snapshot
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.undo import AppliedEdit

log = logging.getLogger("koll.ui.session")


class CaseSession(QObject):
    """The open case. `changed(what)` tells pages to refresh; `saved(message)` the status bar;
    `failed(message)` a known error (nothing was saved)."""

    changed = Signal(str)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Db, case_id: str, undo_stack: QUndoStack,
                 actor: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.cases = CaseRepository(db, actor)
        self.data = CaseDataRepository(db, actor)
        self.library = LibraryRepository(db, actor)
        self.undo_stack = undo_stack
        self.case_id = self.cases.case(case_id).id
        self._snapshot: CaseSnapshot | None = None
        # How a personnummer found in a note is put to the counsellor (tests inject this).
        self.confirm_identifiers: Callable[[list[str]], bool] | None = None

    # -- reading -------------------------------------------------------------------------
    @property
    def snapshot(self) -> CaseSnapshot:
        """The case with its plan, recomputed after every change (cheap: DESIGN §4)."""
        if self._snapshot is None:
            self._snapshot = load_snapshot(self.db, self.case_id)
        return self._snapshot

    @property
    def case(self) -> Case:
        return self.snapshot.case

    @property
    def person(self) -> Person:
        return self.snapshot.person

    def progress(self) -> CaseProgress:
        s = self.snapshot
        values = s.result.values
        return CaseProgress(
            has_person=bool(s.person.given_name or s.person.family_name),
            has_consent=s.case.consent.given_on is not None, frameworks=len(s.frameworks),
            prior_learning=len(s.prior_learning), requirements=len(values),
            self_rated=len(s.self_ratings),
            assessed=sum(1 for v in values.values() if v.source != "none"),
            plan_started=s.starts_on is not None or bool(s.plan_rows),
            plan_agreed=s.plan_agreed,
            documents_handed_over=self.documents_handed_over(),
            follow_ups=len(s.follow_ups))

    def documents_handed_over(self) -> int:
        return self.data.documents_handed_over(self.case_id)

    # -- writing -------------------------------------------------------------------------
    def free_text_ok(self, text: str) -> bool:
        """A note that holds a personnummer is flagged before it is saved (notes follow the
        case into printouts and exports); the counsellor may still keep it."""
        found = personnummer.find_in_text(text)
        if not found:
            return True
        ask = self.confirm_identifiers or _ask_about_identifiers
        if ask(found):
            return True
        self.failed.emit(QObject.tr("Sparades inte: ta bort personnumret ur texten"))
        return False

    def edit(self, label: str, do: Callable[[], Any], undo: Callable[[], Any],
             what: str) -> None:
        """Apply `do` now (committed), and make it undoable under `label`; an edit that is
        refused (a KnownError or a rule) is reported and never reaches the undo stack."""
        if self._run(do, what, label):
            self.undo_stack.push(AppliedEdit(label, do, undo,
                                             lambda fn, message: self._run(fn, what, message)))

    def set_case_field(self, field: str, value: Any, label: str) -> None:
        old = self.cases.stored_value("case", self.case_id, field)
        if old == _plain(value):
            return
        self.edit(label, lambda: self.cases.update_case(self.case_id, **{field: value}),
                  lambda: self.cases.update_case(self.case_id, **{field: old}), "case")

    def set_person_field(self, field: str, value: Any, label: str) -> None:
        person_id = self.person.id
        old = self.cases.stored_value("person", person_id, field)
        if old == _plain(value):
            return
        self.edit(label, lambda: self.cases.update_person(person_id, **{field: value}),
                  lambda: self.cases.update_person(person_id, **{field: old}), "person")

    def _run(self, fn: Callable[[], Any], what: str, message: str) -> bool:
        try:
            fn()
        except (KnownError, ValueError) as error:
            log.info("edit refused: %s", error)
            self.failed.emit(str(error))
            self.refresh(what)
            return False
        self.saved.emit(QObject.tr("Sparat: {0}").format(message))
        self.refresh(what)
        return True

    def refresh(self, what: str = "all") -> None:
        self._snapshot = None
        self.changed.emit(what)


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def _ask_about_identifiers(found: list[str]) -> bool:
    from PySide6.QtWidgets import QApplication, QMessageBox

    answer = QMessageBox.question(
        QApplication.activeWindow(), QApplication.translate("CaseSession", "Personnummer i texten"),
        QApplication.translate(
            "CaseSession", "Texten innehåller något som ser ut som ett personnummer ({0}). "
            "Anteckningar ska inte innehålla personnummer: de följer med i utskrifter och "
            "paket.\n\nSpara ändå?").format(", ".join(found)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
