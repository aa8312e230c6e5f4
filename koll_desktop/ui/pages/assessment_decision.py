"""Step 4's unit panel: a framework's or unit's roll-up, and the decision on a unit.

`UnitDecisionMixin` is the right-hand pane of AssessmentPage for a framework or unit row:
the summary (coverage, proposal, decision) and the buttons to override the proposed
outcome (OverrideDialog, a reason required) or to go back to it; each decision is one
undoable `session.edit`.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.enums import UnitOutcome
from koll_desktop.domain.plan_engine import UnitRole, ValueSource
from koll_desktop.ui import labels
from koll_desktop.ui.assessment_model import NodeKind, percent
from koll_desktop.ui.labels import unit_label
from koll_desktop.ui.pages.assessment_editor import _what, info_label
from koll_desktop.ui.widgets import EnumCombo, add_row


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


class UnitDecisionMixin:
    """The unit panel of AssessmentPage (a StepPage it is mixed into)."""

    def _build_summary(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        panel.setObjectName("unitPanel")
        column = QVBoxLayout(panel)
        self.summary = info_label(panel, self.tr("Sammanfattning"))
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
