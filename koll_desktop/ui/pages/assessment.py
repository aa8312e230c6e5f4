"""Step 4, in-depth mapping and assessment (fördjupad kartläggning och bedömning).

Left, the case's frameworks → units → requirements with status, self-rating and each unit's
live roll-up; right, the editor of the selected requirement (or the decision on a unit).
Every change is one `session.edit` whose undo restores the previous assessment exactly.
Keyboard: Ctrl+↓ / Ctrl+↑ next / previous requirement; in the tree 1 / 2 / 3 / 0 set the
status and move on.

The right-hand pane lives beside this module: assessment_editor (a requirement) and
assessment_decision (a framework's or unit's summary and the decision on a unit).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.enums import AssessmentStatus
from koll_desktop.domain.plan_engine import ValueSource
from koll_desktop.domain.workflow import Step
from koll_desktop.ui import labels
from koll_desktop.ui.assessment_model import (
    AssessmentFilter,
    AssessmentModel,
    Column,
    FilterMode,
    NodeKind,
    filter_labels,
)
from koll_desktop.ui.pages.assessment_decision import OverrideDialog, UnitDecisionMixin
from koll_desktop.ui.pages.assessment_editor import RequirementEditorMixin
from koll_desktop.ui.pages.base import StepPage

STATUS_KEYS = {Qt.Key.Key_1: AssessmentStatus.MET, Qt.Key.Key_2: AssessmentStatus.PARTLY,
               Qt.Key.Key_3: AssessmentStatus.NOT_MET, Qt.Key.Key_0: AssessmentStatus.NOT_ASSESSED}
NEXT_KEY, PREVIOUS_KEY = QKeySequence("Ctrl+Down"), QKeySequence("Ctrl+Up")


class RequirementTree(QTreeView):
    """The tree; the number keys 1, 2, 3 and 0 set the selected requirement's status."""

    status_key = Signal(object)

    def keyPressEvent(self, event) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        status = STATUS_KEYS.get(Qt.Key(event.key())) if plain else None
        if status is not None:
            self.status_key.emit(status)
            event.accept()
            return
        super().keyPressEvent(event)


class AssessmentPage(RequirementEditorMixin, UnitDecisionMixin, StepPage):
    step = Step.ASSESSMENT

    def __init__(self, session, parent=None) -> None:
        self.title = self.tr("Fördjupad kartläggning och bedömning")
        super().__init__(session, parent)
        self._current: tuple[NodeKind, Any] | None = None
        self._evidence: list[tuple[str, str]] = []  # (evidence id, label)
        self._updating = False  # the model is taking a new snapshot
        self._moving = False  # the cursor is moving to another row
        self.model = AssessmentModel(self)
        self.proxy = AssessmentFilter(self)
        self.proxy.setSourceModel(self.model)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_tree(splitter))
        splitter.addWidget(self._build_right(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([550, 420])
        self.splitter = splitter
        self.layout_.addWidget(splitter, 1)
        for keys, forward in ((NEXT_KEY, True), (PREVIOUS_KEY, False)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda forward=forward: self.go(forward))
        session.changed.connect(self._show_changed_row)
        self._set_tab_order()

    # -- building: the tree ------------------------------------------------------------
    def _build_tree(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("&Filter:"), box)
        self.filter = QComboBox(box)
        for mode, text in filter_labels().items():
            self.filter.addItem(text, mode.value)
        self.filter.setAccessibleName(self.tr("Visa krav"))
        caption.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.counts = QLabel(box)
        self.counts.setObjectName("assessmentCounts")
        self.counts.setToolTip(self.tr(
            "Bedömda: krav du har bedömt här. Härledda: krav som följer av en bedömning i ett "
            "annat ramverk genom korsreferensen; en egen bedömning går alltid före."))
        bar.addWidget(caption)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.counts)
        column.addLayout(bar)
        self.tree = RequirementTree(box)
        self.tree.setObjectName("assessmentTree")
        self.tree.setAccessibleName(self.tr("Krav att bedöma"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        bold = self.tree.font()
        bold.setBold(True)
        plain = self.tree.font()
        for col, samples, font in (
                (Column.STATUS, ["Tillgodoräknas · 100 %"], bold),
                (Column.SELF_RATING, ["Självskattning", *(label.split(" – ", 1)[-1] for label in
                                                         labels.self_rating().values())], plain)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(QFontMetrics(font).horizontalAdvance(sample)
                                          for sample in samples) + 18)
        self.tree.setToolTip(self.tr("1 Uppfyllt · 2 Delvis · 3 Ej uppfyllt · 0 Ej bedömd "
                                     "(går vidare till nästa krav). Ctrl+↓ / Ctrl+↑: nästa / "
                                     "föregående krav."))
        self.tree.status_key.connect(self._status_from_key)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        column.addWidget(self.tree, 1)
        hint = QLabel(self.tr("<b>Tangentbord:</b> Ctrl+↓ / Ctrl+↑ nästa / föregående krav · "
                              "i listan 1 Uppfyllt, 2 Delvis, 3 Ej uppfyllt, 0 Ej bedömd "
                              "(går vidare till nästa) · Ctrl+Z ångrar."), box)
        hint.setObjectName("assessmentHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        hint.setAccessibleName(self.tr("Kortkommandon"))
        column.addWidget(hint)
        return box

    # -- building: the editor --------------------------------------------------------------
    def _build_right(self, parent: QWidget) -> QWidget:
        self.right = QStackedWidget(parent)
        self.right.setMinimumWidth(400)
        self.placeholder = QLabel(self.tr("Välj ett krav eller en kurs i listan."), self.right)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAccessibleName(self.tr("Inget valt"))
        self.right.addWidget(self.placeholder)
        scroll = QScrollArea(self.right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._build_editor(scroll))
        self.editor_scroll = scroll
        self.right.addWidget(scroll)
        self.right.addWidget(self._build_summary(self.right))
        return self.right

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.filter, self.tree,
                                *self.status_buttons.values(), *self.method_boxes.values(),
                                self.evidence, *self.rule_boxes.values(), self.rationale,
                                self.assessor, self.assessed_on]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        snapshot = self.session.snapshot
        scroll = self.tree.verticalScrollBar().value()
        self._updating = True
        try:
            rebuilt = self.model.set_snapshot(snapshot)
        finally:
            self._updating = False
        self._evidence = self._evidence_choices()
        # the individual's view only takes room when there is one
        self.tree.setColumnHidden(Column.SELF_RATING, not snapshot.self_ratings)
        self.placeholder.setText(self.tr("Välj ett krav eller en kurs i listan.")
                                 if snapshot.frameworks else
                                 self.tr("Ärendet bedöms inte mot något ramverk ännu. Välj "
                                         "branschstandard eller yrkespaket under steg 1, "
                                         "Start."))
        if rebuilt:
            self.tree.expandAll()
            if self._current is None or not self._select(*self._current, centre=True):
                self._select_first()
            if scroll:
                self.tree.verticalScrollBar().setValue(scroll)
        else:
            self._reselect()
        self._show_counts()
        self._show_current()

    def _evidence_choices(self) -> list[tuple[str, str]]:
        titles = {p.id: p.title for p in self.session.snapshot.prior_learning}
        choices = []
        for item in self.session.data.evidence(self.session.case_id):
            title = titles.get(item.prior_learning_id or "")
            choices.append((item.id, f"{item.name} ({title})" if title else item.name))
        return choices

    def _show_counts(self) -> None:
        values = self.session.snapshot.result.values.values()
        direct = sum(1 for v in values if v.source == ValueSource.DIRECT)
        derived = sum(1 for v in values if v.source == ValueSource.DERIVED)
        self.counts.setText(self.tr("{2} krav: {0} bedömda, {1} härledda via korsreferens").format(
            direct, derived, len(values)))

    def _show_current(self) -> None:
        current = self._current
        if current is None or self.model.place(*current) is None:
            self.right.setCurrentWidget(self.placeholder)
            return
        kind, key = current
        if kind == NodeKind.REQUIREMENT:
            self._load_requirement(key)
            self.right.setCurrentWidget(self.editor_scroll)
        else:
            self._load_summary(kind, key)
            self.right.setCurrentWidget(self.summary_panel)

    # -- selection and navigation ------------------------------------------------------
    def _source(self, proxy_index: QModelIndex) -> tuple[NodeKind, Any] | None:
        return self.model.node_at(self.proxy.mapToSource(proxy_index))

    def _proxy_index(self, kind: NodeKind, key: Any) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_for(kind, key))

    def _select(self, kind: NodeKind, key: Any, centre: bool = False) -> bool:
        """Make a row current (expanding its parents); False if the filter hides it.

        Stepping through rows scrolls as little as possible; a jump (`centre`) to a row out of
        sight shows it in the middle, with its neighbours."""
        index = self._proxy_index(kind, key)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        hint = QAbstractItemView.ScrollHint.EnsureVisible
        if centre:  # decided before the view's own scrolling to the new current row
            self.tree.executeDelayedItemsLayout()
            if not self.tree.viewport().rect().contains(self.tree.visualRect(index)):
                hint = QAbstractItemView.ScrollHint.PositionAtCenter
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index, hint)
        return True

    def _select_first(self) -> None:
        first = next((row for row in self._shown_rows() if row[0] == NodeKind.REQUIREMENT),
                     None)
        if first is not None:
            self._select(*first)
        else:
            self._current = None

    def _reselect(self) -> None:
        """After an update: the view's current row is the one the editor shows."""
        if self._current is None or self._moving:
            return
        wanted = self._proxy_index(*self._current)
        if wanted.isValid() and wanted != self.tree.currentIndex().siblingAtColumn(0):
            self._select(*self._current)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._updating:
            return  # an update moved the view's cursor; `_reselect` puts it back
        node = self._source(current)
        if node is None or node == self._current:
            return
        if not self._refreshing:
            self._moving = True  # the commit's refresh must not pull the cursor back
            try:
                self._commit_pending()
            finally:
                self._moving = False
        self._current = node
        self.proxy.set_pinned(node[1] if node[0] == NodeKind.REQUIREMENT else None)
        self._show_current()

    def _shown_rows(self) -> list[tuple[NodeKind, Any]]:
        """Every row the filter shows, in tree order (collapsed ones too)."""
        def walk(parent: QModelIndex) -> Iterator[tuple[NodeKind, Any]]:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                yield self._source(index)
                yield from walk(index)
        return list(walk(QModelIndex()))

    def neighbour(self, forward: bool) -> tuple[NodeKind, Any] | None:
        """The next (or previous) shown requirement from the current row, across units and
        frameworks; from a unit row, its first requirement."""
        rows = self._shown_rows()
        step = 1 if forward else -1
        if self._current in rows:
            at = rows.index(self._current) + step
        else:
            at = 0 if forward else len(rows) - 1
        while 0 <= at < len(rows):
            if rows[at][0] == NodeKind.REQUIREMENT:
                return rows[at]
            at += step
        return None

    def go(self, forward: bool) -> None:
        """Ctrl+↓ / Ctrl+↑: commit what is typed, then move to the next requirement."""
        self._commit_pending()
        target = self.neighbour(forward)
        if target is not None:
            self._select(*target)

    def _filter_changed(self) -> None:
        mode = FilterMode(self.filter.currentData())
        self.proxy.set_mode(mode)
        self.tree.expandAll()
        if self._current is None or not self._select(*self._current, centre=True):
            self._select_first()

    def _show_changed_row(self, what: str) -> None:
        """After an edit here, or its undo: the row it touched is the one shown."""
        kind, _, key = what.partition("|")
        if kind not in ("assessment", "unit_decision") or not self.isVisible():
            return
        node = (NodeKind.REQUIREMENT if kind == "assessment" else NodeKind.UNIT,
                tuple(key.split("|", 1)))
        if node != self._current:
            self._select(*node, centre=True)

    def _status_from_key(self, status: AssessmentStatus) -> None:
        """1 / 2 / 3 / 0 in the tree: set the status, then go on to the next requirement."""
        ref = self._current_ref()
        if ref is None:
            return
        target = self.neighbour(True)
        self.set_status(status, ref)
        if target is not None:
            self._select(*target)


__all__ = ["AssessmentPage", "OverrideDialog", "RequirementTree"]
