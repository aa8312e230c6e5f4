"""One undo command for every view: a committed change and its inverse.

The change is applied (and committed) before the command is pushed, so the stack's first
redo is skipped. Each later step goes through the view's `run(fn, message)`, which saves,
refreshes and reports; if that view is gone by then, the database still takes the step.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from koll_desktop.errors import KnownError

Step = Callable[[], Any]


class AppliedEdit(QUndoCommand):
    def __init__(self, text: str, do: Step, undo: Step, run: Callable[[Step, str], Any],
                 owner: QObject | None = None) -> None:
        super().__init__(text)
        self.do, self.undo_fn, self.run, self.owner = do, undo, run, owner
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._step(self.do, self.text())

    def undo(self) -> None:
        self._step(self.undo_fn,
                   QCoreApplication.translate("undo", "Ångrat: {0}").format(self.text()))

    def _step(self, fn: Step, message: str) -> None:
        if self.owner is None or shiboken6.isValid(self.owner):
            self.run(fn, message)
        else:  # the view is gone; the database still takes the step
            with contextlib.suppress(KnownError):
                fn()
