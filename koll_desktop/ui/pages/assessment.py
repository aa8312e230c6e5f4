"""Step 4, in-depth mapping and assessment (fördjupad kartläggning och bedömning).

Left, the case's frameworks → units → requirements with status, self-rating and each unit's
live roll-up; right, the editor of the selected requirement (or the decision on a unit).
Every change is one `session.edit` whose undo restores the previous assessment exactly.
Keyboard: Ctrl+↓ / Ctrl+↑ next / previous requirement; in the tree 1 / 2 / 3 / 0 set the
status and move on.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.case import Assessment, RulesOfEvidence
from koll_desktop.domain.enums import AssessmentMethod, AssessmentStatus, UnitOutcome
from koll_desktop.domain.library import RequirementRef
from koll_desktop.domain.plan_engine import UnitRole, ValueSource
from koll_desktop.domain.workflow import Step
from koll_desktop.ui import labels
from koll_desktop.ui.assessment_model import (
    STATUS_COLOURS,
    AssessmentFilter,
    AssessmentModel,
    Column,
    FilterMode,
    NodeKind,
    coverage_word,
    derivation_lines,
    filter_labels,
    is_example,
    percent,
    value_status,
)
from koll_desktop.ui.labels import requirement_kind_label, unit_label
from koll_desktop.ui.pages.base import StepPage
from koll_desktop.ui.widgets import EnumCombo, OptionalDateEdit, add_row

STATUS_KEYS = {Qt.Key.Key_1: AssessmentStatus.MET, Qt.Key.Key_2: AssessmentStatus.PARTLY,
               Qt.Key.Key_3: AssessmentStatus.NOT_MET, Qt.Key.Key_0: AssessmentStatus.NOT_ASSESSED}
STATUS_ORDER = (AssessmentStatus.MET, AssessmentStatus.PARTLY, AssessmentStatus.NOT_MET,
                AssessmentStatus.NOT_ASSESSED)
NEXT_KEY, PREVIOUS_KEY = QKeySequence("Ctrl+Down"), QKeySequence("Ctrl+Up")
RULES = ("valid", "sufficient", "authentic", "current")
_RULE_DATA = {None: "", True: "yes", False: "no"}
_RULE_VALUE = {v: k for k, v in _RULE_DATA.items()}
_NO_ASSESSMENT: dict[str, Any] = {
    "status": AssessmentStatus.NOT_ASSESSED, "methods": (), "evidence_ids": (),
    "rules": RulesOfEvidence(), "assessor": "", "assessed_on": None, "rationale": ""}


def _fields_of(assessment: Assessment | None) -> dict[str, Any]:
    """Every stored field of an assessment; its absence reads as 'nothing recorded'."""
    if assessment is None:
        return dict(_NO_ASSESSMENT)
    return {name: getattr(assessment, name) for name in _NO_ASSESSMENT}


def _what(kind: str, key: tuple[str, str]) -> str:
    """The `changed(what)` of an edit here: names the row, so undo can show it again."""
    return f"{kind}|{key[0]}|{key[1]}"


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


class NoteEdit(QPlainTextEdit):
    """Multi-line text committed when focus leaves it."""

    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class OverrideDialog(QDialog):
    """Choose another outcome for a unit; a reason is required."""

    def __init__(self, unit_title: str, proposed: UnitOutcome, current: UnitOutcome,
                 reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ändra beslut – {0}").format(unit_title))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        proposal = QLabel(labels.unit_outcome()[proposed], self)
        proposal.setAccessibleName(self.tr("Förslag"))
        form.addRow(self.tr("Förslag utifrån bedömningen:"), proposal)
        self.outcome = EnumCombo(labels.unit_outcome(), self)
        self.outcome.set_value(current)
        add_row(form, self.tr("&Beslut"), self.outcome)
        self.reason = QPlainTextEdit(reason, self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Varför avviker beslutet från förslaget?"))
        self.reason.setFixedHeight(90)
        add_row(form, self.tr("&Motivering"), self.reason)
        self.message = QLabel(self)
        self.message.setObjectName("overrideMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meddelande"))
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[UnitOutcome, str]:
        return UnitOutcome(self.outcome.value()), self.reason.toPlainText().strip()

    def try_accept(self) -> None:
        if not self.values()[1]:
            self.message.setText(self.tr("Skriv en motivering: ett ändrat beslut måste "
                                         "motiveras."))
            self.reason.setFocus()
            return
        self.accept()


class AssessmentPage(StepPage):
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

    def _build_editor(self, parent: QWidget) -> QWidget:
        editor = QWidget(parent)
        editor.setObjectName("requirementEditor")
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(6, 0, 6, 0)
        nav = QHBoxLayout()
        self.heading = QLabel(editor)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Krav"))
        self.previous_button = QToolButton(editor)
        self.previous_button.setText(self.tr("▲ Föreg."))
        self.previous_button.setToolTip(self.tr("Föregående krav (Ctrl+↑)"))
        self.previous_button.setAccessibleName(self.tr("Föregående krav"))
        self.previous_button.clicked.connect(lambda: self.go(False))
        self.next_button = QToolButton(editor)
        self.next_button.setText(self.tr("Nästa ▼"))
        self.next_button.setToolTip(self.tr("Nästa krav (Ctrl+↓)"))
        self.next_button.setAccessibleName(self.tr("Nästa krav"))
        self.next_button.clicked.connect(lambda: self.go(True))
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do this; keep Tab short
        nav.addWidget(self.heading, 1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.text = self._info_label(editor, self.tr("Kravets text"))
        self.text.setStyleSheet("font-size: 11pt;")
        self.meta = self._info_label(editor, self.tr("Typ och nivå"))
        self.meta.setStyleSheet("color: #5f6368;")
        self.example_note = self._info_label(editor, self.tr("Exempeltext"))
        self.example_note.setStyleSheet("background: #fff3cd; color: #6b4a00; "
                                        "padding: 2px 4px; border-radius: 3px;")
        self.example_note.setText(self.tr("Exempeltext skriven för demonstration – inte "
                                          "officiell text."))
        self.self_rating = self._info_label(editor, self.tr("Individens självskattning"))
        self.links = self._info_label(editor, self.tr("Korsreferenser"))
        self.links.setStyleSheet("color: #5f6368;")
        for label in (self.text, self.meta, self.example_note, self.self_rating, self.links):
            layout.addWidget(label)
        layout.addWidget(self._build_status(editor))
        layout.addWidget(self._build_methods(editor))
        layout.addWidget(self._build_evidence(editor))
        form = QFormLayout()
        self.rationale = NoteEdit(editor)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(72)
        self.rationale.setPlaceholderText(self.tr("Vad visade personen, och hur bedömdes det?"))
        self.rationale.focus_lost.connect(self._commit_rationale)
        add_row(form, self.tr("M&otivering"), self.rationale)
        who = QHBoxLayout()
        self.assessor = QLineEdit(editor)
        self.assessor.editingFinished.connect(self._commit_assessor)
        self.assessed_on = OptionalDateEdit(editor)
        self.assessed_on.setAccessibleName(self.tr("Bedömningsdatum"))
        self.assessed_on.setToolTip(self.tr("Sätts till dagens datum när en status sätts "
                                            "första gången"))
        self.assessed_on.editingFinished.connect(self._commit_date)
        date_caption = QLabel(self.tr("&Datum"), editor)
        date_caption.setBuddy(self.assessed_on)
        who.addWidget(self.assessor, 1)
        who.addWidget(date_caption)
        who.addWidget(self.assessed_on)
        caption = QLabel(self.tr("&Bedömare"), editor)
        caption.setBuddy(self.assessor)
        self.assessor.setAccessibleName(self.tr("Bedömare"))
        form.addRow(caption, who)
        layout.addLayout(form)
        layout.addStretch(1)
        return editor

    def _info_label(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    def _build_status(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Bedömning"), parent)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.status_group = QButtonGroup(box)
        self.status_buttons: dict[AssessmentStatus, QPushButton] = {}
        names = labels.assessment_status()
        for number, status in zip((1, 2, 3, 0), STATUS_ORDER, strict=True):
            button = QPushButton(f"{number}  {names[status]}", box)
            button.setCheckable(True)
            button.setStyleSheet(f"QPushButton:checked {{ background: {STATUS_COLOURS[status]};"
                                 " color: white; font-weight: bold; }")
            button.setAccessibleName(names[status])
            button.setToolTip(self.tr("Tangent {0} när listan har fokus").format(number))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            row.addWidget(button)
        column.addLayout(row)
        self.derived_note = QLabel(box)
        self.derived_note.setWordWrap(True)
        self.derived_note.setAccessibleName(self.tr("Härlett värde"))
        self.derived_note.setStyleSheet("color: #5f6368;")
        column.addWidget(self.derived_note)
        return box

    def _build_methods(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Metoder"), parent)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(6)
        self.method_boxes: dict[AssessmentMethod, QCheckBox] = {}
        for i, (method, text) in enumerate(labels.method().items()):
            check = QCheckBox(text, box)
            check.setAccessibleName(text)
            check.clicked.connect(self._methods_clicked)
            self.method_boxes[method] = check
            grid.addWidget(check, i // 2, i % 2)
        return box

    def _build_evidence(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Bevis och beviskrav"), parent)
        column = QVBoxLayout(box)
        self.evidence = QListWidget(box)
        self.evidence.setAccessibleName(self.tr("Bevisfiler som stöder bedömningen"))
        self.evidence.setFixedHeight(58)
        self.evidence.itemChanged.connect(self._evidence_changed)
        self.no_evidence = QLabel(self.tr("Inga bevisfiler i ärendet ännu (läggs till i "
                                          "steg 2)."), box)
        self.no_evidence.setStyleSheet("color: #5f6368;")
        column.addWidget(self.evidence)
        column.addWidget(self.no_evidence)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.rule_boxes: dict[str, QComboBox] = {}
        for i, (rule, text) in enumerate(zip(RULES, (
                self.tr("&Giltigt"), self.tr("T&illräckligt"), self.tr("Ä&kta"),
                self.tr("Akt&uellt")), strict=True)):
            combo = QComboBox(box)
            for label, value in ((self.tr("Ej bedömt"), ""), (self.tr("Ja"), "yes"),
                                 (self.tr("Nej"), "no")):
                combo.addItem(label, value)
            combo.setAccessibleName(self.tr("Beviskrav: {0}").format(text.replace("&", "")))
            combo.activated.connect(self._rules_changed)
            caption = QLabel(text, box)
            caption.setBuddy(combo)
            self.rule_boxes[rule] = combo
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        column.addLayout(grid)
        return box

    def _build_summary(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        panel.setObjectName("unitPanel")
        column = QVBoxLayout(panel)
        self.summary = self._info_label(panel, self.tr("Sammanfattning"))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.override_button = QPushButton(self.tr("Ändra &beslut…"), panel)
        self.override_button.setAccessibleName(self.tr("Ändra beslut"))
        self.override_button.clicked.connect(self.override_unit)
        self.clear_override_button = QPushButton(self.tr("&Ta bort ändring"), panel)
        self.clear_override_button.setAccessibleName(self.tr("Ta bort ändrat beslut"))
        self.clear_override_button.setToolTip(self.tr("Gå tillbaka till förslaget"))
        self.clear_override_button.clicked.connect(self.clear_override)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.clear_override_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        self.summary_panel = panel
        return panel

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
        self.counts.setText(self.tr("{0} bedömda · {1} härledda · {2} krav").format(
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

    def _load_requirement(self, ref: RequirementRef) -> None:
        snapshot = self.session.snapshot
        framework, unit, requirement = self.model.place(NodeKind.REQUIREMENT, ref)
        guard, self._refreshing = self._refreshing, True
        try:
            self.heading.setText(f"<b>{html.escape(requirement.code)}</b> · "
                                 f"{html.escape(unit.title)} ({html.escape(framework.code)})")
            self.text.setText(requirement.text)
            meta = [requirement_kind_label(requirement.kind)]
            if requirement.level is not None:
                meta.append(self.tr("nivå {0}").format(requirement.level))
            if requirement.weight != 1:
                meta.append(self.tr("vikt {0:g}").format(requirement.weight))
            if requirement.grade_step:
                meta.append(self.tr("betygssteg {0}").format(requirement.grade_step))
            self.meta.setText(" · ".join(meta))
            self.example_note.setVisible(is_example(framework, requirement))
            rating = snapshot.self_ratings.get(ref)
            self.self_rating.setText(self.tr(
                "<b>Självskattning:</b> {0} <span style='color:#5f6368'>(individens egen "
                "uppfattning)</span>").format(html.escape(labels.self_rating()[rating.level])
                                             if rating else self.tr("ingen")))
            self.links.setText(self._links_text(ref))
            self.links.setVisible(bool(self.links.text()))
            self._load_assessment(ref)
        finally:
            self._refreshing = guard

    def _links_text(self, ref: RequirementRef) -> str:
        others = []
        for link in self.session.snapshot.links:
            if tuple(link.from_ref) == ref:
                others.append((tuple(link.to_ref), link.coverage))
            elif tuple(link.to_ref) == ref:
                others.append((tuple(link.from_ref), link.coverage))
        if not others:
            return ""
        return self.tr("Korsreferens: {0}").format(", ".join(
            f"{o[0]} {o[1]} ({coverage_word(coverage)})" for o, coverage in others))

    def _load_assessment(self, ref: RequirementRef) -> None:
        snapshot = self.session.snapshot
        assessment = snapshot.assessments.get(ref)
        fields = _fields_of(assessment)
        self.status_buttons[fields["status"]].setChecked(True)
        value = snapshot.result.value(ref)
        if value is not None and value.source == ValueSource.DERIVED:
            names = labels.assessment_status()
            self.derived_note.setText(self.tr("Värde just nu: <i>{0}</i>, {1}. En direkt "
                                              "bedömning här gäller före det härledda.").format(
                names[value_status(value)], html.escape("; ".join(derivation_lines(value)))))
            self.derived_note.show()
        else:
            self.derived_note.hide()
        for method, check in self.method_boxes.items():
            check.setChecked(method in fields["methods"])
        shown = [(self.evidence.item(i).data(Qt.ItemDataRole.UserRole),
                  self.evidence.item(i).text()) for i in range(self.evidence.count())]
        if shown != self._evidence:  # rebuilt only when the files change: an edit of a
            self.evidence.clear()  # check box refreshes the page from inside its signal
            for evidence_id, text in self._evidence:
                item = QListWidgetItem(text, self.evidence)
                item.setData(Qt.ItemDataRole.UserRole, evidence_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        for i in range(self.evidence.count()):
            item = self.evidence.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in fields["evidence_ids"]
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.evidence.setVisible(bool(self._evidence))
        self.no_evidence.setVisible(not self._evidence)
        for rule, combo in self.rule_boxes.items():
            combo.setCurrentIndex(combo.findData(_RULE_DATA[getattr(fields["rules"], rule)]))
        if self.rationale.toPlainText() != fields["rationale"]:
            self.rationale.setPlainText(fields["rationale"])
        self.assessor.setText(fields["assessor"])
        self.assessor.setPlaceholderText(self.session.case.counsellor)
        self.assessed_on.set_value(fields["assessed_on"])

    def _load_summary(self, kind: NodeKind, key: Any) -> None:
        snapshot = self.session.snapshot
        framework, unit, _ = self.model.place(kind, key)
        if kind == NodeKind.FRAMEWORK:
            values = [snapshot.result.value((framework.code, r.code))
                      for r in framework.requirements]
            direct = sum(1 for v in values if v and v.source == ValueSource.DIRECT)
            derived = sum(1 for v in values if v and v.source == ValueSource.DERIVED)
            text = [f"<h3>{html.escape(framework.code)} – {html.escape(framework.title)}</h3>",
                    self.tr("Version {0}").format(html.escape(framework.version)),
                    self.tr("{0} av {1} krav bedömda direkt, {2} härledda via korsreferens.")
                    .format(direct, len(values), derived)]
            if framework.has_example_content:
                text.append(self.tr("<i>Innehåller exempeltexter – inte officiell text.</i>"))
            self.summary.setText("<p>" + "</p><p>".join(text) + "</p>")
            self.override_button.hide()
            self.clear_override_button.hide()
            return
        result = snapshot.result.unit(key)
        names = labels.unit_outcome()
        lines = [f"<h3>{html.escape(unit_label(framework.kind))} "
                 f"{html.escape(unit.code)} {html.escape(unit.title)}</h3>"]
        rows = []
        if unit.points is not None:
            rows.append((self.tr("Poäng"), str(unit.points)))
        met = sum(1 for v in result.requirements if v.met)
        rows.append((self.tr("Täckning"), self.tr("{0} ({1} av {2} krav uppfyllda)").format(
            percent(result.coverage), met, len(result.requirements))))
        rows.append((self.tr("Förslag"), names[result.proposed]))
        if result.overridden:
            rows.append((self.tr("Beslut"), f"<b>{names[result.outcome]}</b> "
                         + self.tr("(ändrat)")))
            rows.append((self.tr("Motivering"), html.escape(result.override_reason)))
        else:
            rows.append((self.tr("Beslut"), self.tr("enligt förslaget")))
        if result.remaining_points is not None:
            rows.append((self.tr("Kvar att läsa"), self.tr("{0} p").format(
                result.remaining_points)))
        if result.role == UnitRole.ALTERNATIVE_NOT_NEEDED:
            rows.append(("", self.tr("<i>alternativ behövs inte</i> – ett annat alternativ i "
                                     "gruppen är bättre täckt.")))
        elif result.role == UnitRole.OPTIONAL:
            rows.append(("", self.tr("<i>valbar</i> – räknas inte i summan.")))
        table = "".join(f"<tr><td style='padding-right:12px'><b>{a}</b></td><td>{b}</td></tr>"
                        for a, b in rows)
        lines.append(f"<table>{table}</table>")
        missing = [v.ref[1] for v in result.requirements if not v.met]
        if missing and not result.empty:
            lines.append("<p>" + self.tr("Inte uppfyllt: {0}").format(
                html.escape(", ".join(missing))) + "</p>")
        self.summary.setText("".join(lines))
        self.override_button.show()
        self.clear_override_button.show()
        self.clear_override_button.setEnabled(result.overridden)

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

    # -- editing: assessments --------------------------------------------------------------
    def _current_ref(self) -> RequirementRef | None:
        if self._current is None or self._current[0] != NodeKind.REQUIREMENT:
            return None
        return self._current[1]

    def assess(self, ref: RequirementRef, label: str, **fields: Any) -> None:
        """One undoable edit of a requirement's assessment; the undo restores every field."""
        snapshot = self.session.snapshot
        place = self.model.place(NodeKind.REQUIREMENT, ref)
        if place is None:
            return
        before = snapshot.assessments.get(ref)
        previous = _fields_of(before)
        if all(previous[name] == value for name, value in fields.items()):
            return
        data, case_id, requirement_id = self.session.data, self.session.case_id, place[2].id
        if before is None:  # undo leaves no trace of an assessment that never was
            undo = lambda: data.delete_assessment(case_id, requirement_id)  # noqa: E731
        else:
            undo = lambda: data.set_assessment(case_id, requirement_id, **previous)  # noqa: E731
        self.session.edit(
            f"{label} {ref[1]}",
            lambda: data.set_assessment(case_id, requirement_id, **fields), undo,
            _what("assessment", ref))

    def set_status(self, status: AssessmentStatus, ref: RequirementRef | None = None) -> None:
        ref = ref or self._current_ref()
        if ref is None or self._refreshing:
            return
        fields: dict[str, Any] = {"status": status}
        before = self.session.snapshot.assessments.get(ref)
        if status != AssessmentStatus.NOT_ASSESSED:
            if before is None or before.assessed_on is None:
                fields["assessed_on"] = date.today()
            if (before is None or not before.assessor) and self.session.case.counsellor:
                fields["assessor"] = self.session.case.counsellor
        self.assess(ref, self.tr("Status"), **fields)

    def _status_from_key(self, status: AssessmentStatus) -> None:
        """1 / 2 / 3 / 0 in the tree: set the status, then go on to the next requirement."""
        ref = self._current_ref()
        if ref is None:
            return
        target = self.neighbour(True)
        self.set_status(status, ref)
        if target is not None:
            self._select(*target)

    def _methods_clicked(self) -> None:
        ref = self._current_ref()
        if ref is None or self._refreshing:
            return
        methods = tuple(m for m, check in self.method_boxes.items() if check.isChecked())
        self.assess(ref, self.tr("Metoder"), methods=methods)

    def _evidence_changed(self, _item: QListWidgetItem) -> None:
        ref = self._current_ref()
        if ref is None or self._refreshing:
            return
        shown = [self.evidence.item(i) for i in range(self.evidence.count())]
        known = {item.data(Qt.ItemDataRole.UserRole) for item in shown}
        before = _fields_of(self.session.snapshot.assessments.get(ref))["evidence_ids"]
        chosen = tuple(item.data(Qt.ItemDataRole.UserRole) for item in shown
                       if item.checkState() == Qt.CheckState.Checked)
        kept = tuple(e for e in before if e not in known)  # links to files no longer listed
        self.assess(ref, self.tr("Bevis"), evidence_ids=kept + chosen)

    def _rules_changed(self) -> None:
        ref = self._current_ref()
        if ref is None or self._refreshing:
            return
        rules = RulesOfEvidence(**{rule: _RULE_VALUE[combo.currentData()]
                                   for rule, combo in self.rule_boxes.items()})
        self.assess(ref, self.tr("Beviskrav"), rules=rules)

    def _commit_rationale(self) -> None:
        ref = self._current_ref()
        if ref is not None and not self._refreshing:
            self.assess(ref, self.tr("Motivering"), rationale=self.rationale.toPlainText().strip())

    def _commit_assessor(self) -> None:
        ref = self._current_ref()
        if ref is not None and not self._refreshing:
            self.assess(ref, self.tr("Bedömare"), assessor=self.assessor.text().strip())

    def _commit_date(self) -> None:
        ref = self._current_ref()
        if ref is not None and not self._refreshing:
            self.assess(ref, self.tr("Datum"), assessed_on=self.assessed_on.value())

    def _commit_pending(self) -> None:
        """Save typed text that has not lost focus yet (before moving to another row)."""
        if self._current_ref() is None or self._refreshing:
            return
        self._commit_rationale()
        self._commit_assessor()
        self._commit_date()

    # -- editing: unit decisions -----------------------------------------------------------
    def _current_unit(self) -> tuple[str, str] | None:
        if self._current is None or self._current[0] != NodeKind.UNIT:
            return None
        return self._current[1]

    def decide(self, key: tuple[str, str], outcome: UnitOutcome | None,
               reason: str = "") -> None:
        """Override a unit's outcome (None: back to the proposal); undo restores the old."""
        place = self.model.place(NodeKind.UNIT, key)
        result = self.session.snapshot.result.unit(key)
        if place is None or result is None:
            return
        before = (result.outcome, result.override_reason) if result.overridden else (None, "")
        if (outcome, reason) == before:
            return
        data, case_id, unit_id = self.session.data, self.session.case_id, place[1].id
        label = self.tr("Beslut {0}") if outcome else self.tr("Ta bort ändrat beslut {0}")
        self.session.edit(
            label.format(key[1]),
            lambda: data.set_unit_decision(case_id, unit_id, outcome, reason),
            lambda: data.set_unit_decision(case_id, unit_id, *before),
            _what("unit_decision", key))

    def override_dialog(self) -> OverrideDialog | None:
        key = self._current_unit()
        result = self.session.snapshot.result.unit(key) if key else None
        if result is None:
            return None
        return OverrideDialog(f"{key[1]} {result.title}".strip(), result.proposed,
                              result.outcome, result.override_reason, self)

    def override_unit(self) -> None:
        dialog = self.override_dialog()
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.decide(self._current_unit(), *dialog.values())
        dialog.deleteLater()

    def clear_override(self) -> None:
        key = self._current_unit()
        if key is not None:
            self.decide(key, None)
