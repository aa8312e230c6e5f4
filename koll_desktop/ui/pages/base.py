"""What every step page shares: the session, a title, and refresh on change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from koll_desktop.domain.workflow import Step
from koll_desktop.ui.session import CaseSession


class StepPage(QWidget):
    """A page of the workspace. Subclasses build their widgets and implement `refresh()`,
    which reads from `self.session.snapshot` and never writes."""

    step: Step
    title = ""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"page_{self.step.value}")
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title}</h2>", self)
        heading.setAccessibleName(self.title)
        self.layout_.addWidget(heading)
        self._refreshing = False
        session.changed.connect(self._on_changed)

    def _on_changed(self, what: str) -> None:
        if self.isVisible() or what == "all":
            self.reload()

    def reload(self) -> None:
        """Refresh without echoing the widgets' change signals back as edits."""
        self._refreshing = True
        try:
            self.refresh()
        finally:
            self._refreshing = False

    def refresh(self) -> None:
        """Show the session's current state; subclasses fill this in."""

    def first_focus(self) -> QWidget | None:
        """Where the keyboard lands when the step is opened: the page's main list if it has
        one (`tree` or `table`), else its first control that takes Tab focus."""
        for name in ("tree", "table"):
            widget = getattr(self, name, None)
            if isinstance(widget, QWidget):
                return widget
        return next((w for w in self.findChildren(QWidget)
                     if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(self)),
                    None)

    def showEvent(self, event) -> None:
        self.reload()
        super().showEvent(event)
