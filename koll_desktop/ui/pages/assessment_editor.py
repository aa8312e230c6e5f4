"""Step 4's requirement editor: one requirement's text, status, methods, evidence and rationale.

`RequirementEditorMixin` is the right-hand pane of AssessmentPage for a requirement row:
it builds the widgets, loads the selected requirement's assessment into them, and turns
each change into one undoable `session.edit` whose undo restores the previous assessment
exactly (every stored field, or no assessment at all).
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.case import Assessment, RulesOfEvidence
from koll_desktop.domain.enums import AssessmentMethod, AssessmentStatus
from koll_desktop.domain.library import RequirementRef
from koll_desktop.domain.plan_engine import ValueSource
from koll_desktop.ui import labels
from koll_desktop.ui.assessment_model import (
    STATUS_COLOURS,
    NodeKind,
    coverage_word,
    derivation_lines,
    is_example,
    value_status,
)
from koll_desktop.ui.labels import requirement_kind_label
from koll_desktop.ui.widgets import OptionalDateEdit, add_row

STATUS_ORDER = (AssessmentStatus.MET, AssessmentStatus.PARTLY, AssessmentStatus.NOT_MET,
                AssessmentStatus.NOT_ASSESSED)
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


def info_label(parent: QWidget, name: str) -> QLabel:
    """A wrapping, selectable label for read-only text (also used by the unit panel)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    return label


class NoteEdit(QPlainTextEdit):
    """Multi-line text committed when focus leaves it."""

    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class RequirementEditorMixin:
    """The requirement editor of AssessmentPage (a StepPage it is mixed into)."""

    # -- building --------------------------------------------------------------------------
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
        self.text = info_label(editor, self.tr("Kravets text"))
        self.text.setStyleSheet("font-size: 11pt;")
        self.meta = info_label(editor, self.tr("Typ och nivå"))
        self.meta.setStyleSheet("color: #5f6368;")
        self.example_note = info_label(editor, self.tr("Exempeltext"))
        self.example_note.setStyleSheet("background: #fff3cd; color: #6b4a00; "
                                        "padding: 2px 4px; border-radius: 3px;")
        self.example_note.setText(self.tr("Exempeltext skriven för demonstration – inte "
                                          "officiell text."))
        self.self_rating = info_label(editor, self.tr("Individens självskattning"))
        self.links = info_label(editor, self.tr("Korsreferenser"))
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

    # -- showing ---------------------------------------------------------------------------
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
        text = self.rationale.toPlainText().strip()
        if ref is not None and not self._refreshing and self.session.free_text_ok(text):
            self.assess(ref, self.tr("Motivering"), rationale=text)

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
