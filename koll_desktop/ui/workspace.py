"""The case workspace: the seven steps as a navigation list beside the page (DESIGN §3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.workflow import Step, StepState
from koll_desktop.storage.db import Db
from koll_desktop.ui import labels
from koll_desktop.ui.pages.base import StepPage
from koll_desktop.ui.session import CaseSession

_MARK = {StepState.DONE: "✓", StepState.IN_PROGRESS: "◐", StepState.NOT_STARTED: "○"}


def page_classes() -> dict[Step, type[StepPage]]:
    """The page for each step; a step without its own page yet shows a placeholder."""
    from koll_desktop.ui.pages import intake

    pages: dict[Step, type[StepPage]] = {Step.INTAKE: intake.IntakePage}
    for step, module, name in (
        (Step.MAPPING, "mapping", "MappingPage"),
        (Step.SELF_ASSESSMENT, "self_assessment", "SelfAssessmentPage"),
        (Step.ASSESSMENT, "assessment", "AssessmentPage"),
        (Step.PLAN, "plan", "PlanPage"),
        (Step.DOCUMENTATION, "documentation", "DocumentationPage"),
        (Step.FOLLOW_UP, "follow_up", "FollowUpPage"),
    ):
        try:
            mod = __import__(f"koll_desktop.ui.pages.{module}", fromlist=[name])
        except ModuleNotFoundError:
            continue
        pages[step] = getattr(mod, name)
    return pages


class CaseWorkspace(QWidget):
    closed = Signal()

    def __init__(self, db: Db, case_id: str, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CaseWorkspace")
        self.session = CaseSession(db, case_id, undo_stack, parent=self)
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(self.tr("← Ärendelista"), self)
        back.setAccessibleName(self.tr("Tillbaka till ärendelistan"))
        back.clicked.connect(self.closed.emit)
        self.heading = QLabel(self)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.audit_view = None
        self.log_button = QPushButton(self.tr("Logg…"), self)  # no Alt key: pages use g, l
        self.log_button.setAccessibleName(self.tr("Ärendets logg: vem ändrade vad och när"))
        self.log_button.setToolTip(self.tr("Ärendets logg: vem ändrade vad och när (Ctrl+L)"))
        self.log_button.clicked.connect(self.show_audit)
        header.addWidget(back)
        header.addWidget(self.heading, 1)
        header.addWidget(self.log_button)
        outer.addLayout(header)
        body = QHBoxLayout()
        self.steps = QListWidget(self)
        self.steps.setObjectName("stepList")
        self.steps.setAccessibleName(self.tr("Steg i ärendet"))
        self.steps.setFixedWidth(235)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.pages: dict[Step, StepPage] = {}
        for step, page_class in page_classes().items():
            page = page_class(self.session, self.stack)
            self.pages[step] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(labels.step()[step], self.steps)
            item.setData(Qt.ItemDataRole.UserRole, step.value)
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.steps.currentRowChanged.connect(self.stack.setCurrentIndex)
        # Ctrl+PgDown / Ctrl+PgUp: next / previous step, with the keyboard on the new page.
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.move_step(step))
        self.steps.setToolTip(self.tr("Ctrl+PgDown / Ctrl+PgUp byter steg"))
        self.session.changed.connect(lambda _: self._show_progress())
        self.steps.setCurrentRow(0)
        self._show_progress()

    def show_audit(self):
        """The case's audit trail in a window of its own, kept up to date while open."""
        from koll_desktop.ui.audit_view import AuditView

        if self.audit_view is None:
            self.audit_view = AuditView(self.session.db, self.session.case_id, self)
            self.session.changed.connect(
                lambda _: self.audit_view.isVisible() and self.audit_view.refresh())
        else:
            self.audit_view.refresh()
        self.audit_view.show()
        self.audit_view.activateWindow()
        return self.audit_view

    def move_step(self, delta: int) -> None:
        row = min(max(self.steps.currentRow() + delta, 0), self.steps.count() - 1)
        self.steps.setCurrentRow(row)
        target = self.stack.currentWidget().first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_step(self, step: Step) -> None:
        self.steps.setCurrentRow(list(self.pages).index(step))

    def current_step(self) -> Step:
        return list(self.pages)[self.steps.currentRow()]

    def _show_progress(self) -> None:
        case, person = self.session.case, self.session.person
        self.heading.setText(f"<b>{case.reference}</b> · {person.full_name} · "
                             + labels.case_status()[case.status])
        states = self.session.progress().states()
        names = labels.step()
        for row, step in enumerate(self.pages):
            item = self.steps.item(row)
            state = states[step]
            item.setText(f"{_MARK[state]}  {names[step]}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, {
                StepState.DONE: self.tr("klart"), StepState.IN_PROGRESS: self.tr("påbörjat"),
                StepState.NOT_STARTED: self.tr("inte påbörjat")}[state])
            item.setForeground(QColor("#1b6e20") if state == StepState.DONE else QColor("black"))
