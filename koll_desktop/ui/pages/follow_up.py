"""Step 7, follow-up (uppföljning): the outcome towards work or studies at 3 and 6 months."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit

from koll_desktop.domain.case import FollowUp
from koll_desktop.domain.enums import FollowUpOutcome
from koll_desktop.domain.workflow import Step
from koll_desktop.ui import labels
from koll_desktop.ui.pages.base import StepPage
from koll_desktop.ui.widgets import OptionalDateEdit, add_row


class FollowUpPage(StepPage):
    step = Step.FOLLOW_UP

    def __init__(self, session, parent=None) -> None:
        self.title = self.tr("Uppföljning: vad hände sedan?")
        super().__init__(session, parent)
        row = QHBoxLayout()
        self.rows: dict[int, tuple[QComboBox, OptionalDateEdit, QLineEdit]] = {}
        for months, mnemonic in ((3, "3"), (6, "6")):
            box = QGroupBox(self.tr("Efter {0} månader").format(months), self)
            form = QFormLayout(box)
            outcome = QComboBox(box)
            outcome.addItem(self.tr("– inte följt upp än –"), None)
            for member, label in labels.follow_up().items():
                outcome.addItem(label, member.value)
            add_row(form, self.tr("&{0} mån: läge").format(mnemonic), outcome,
                    self.tr("Läge efter {0} månader").format(months))
            when = OptionalDateEdit(box)
            add_row(form, self.tr("Datum"), when,
                    self.tr("Datum för uppföljningen efter {0} månader").format(months))
            note = QLineEdit(box)
            add_row(form, self.tr("Kommentar"), note,
                    self.tr("Kommentar efter {0} månader").format(months))
            for signal in (outcome.activated, when.editingFinished, note.editingFinished):
                signal.connect(lambda *_, m=months: self._save(m))
            self.rows[months] = (outcome, when, note)
            row.addWidget(box)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)

    def _current(self, months: int) -> FollowUp | None:
        return next((f for f in self.session.snapshot.follow_ups if f.months == months), None)

    def _save(self, months: int) -> None:
        if self._refreshing:
            return
        outcome, when, note = self.rows[months]
        old = self._current(months)
        data, case_id = self.session.data, self.session.case_id
        if outcome.currentData() is None:
            if old is None:
                return
            do = lambda: data.delete_follow_up(case_id, months)  # noqa: E731
        else:
            picked = FollowUpOutcome(outcome.currentData())
            on = when.value() or date.today()
            text = note.text().strip()
            if not self.session.free_text_ok(text):
                return
            if old and (old.outcome, old.recorded_on, old.note) == (picked, on, text):
                return
            do = lambda: data.set_follow_up(case_id, months, picked, on, text)  # noqa: E731
        if old is None:
            undo = lambda: data.delete_follow_up(case_id, months)  # noqa: E731
        else:
            undo = lambda: data.set_follow_up(case_id, months, old.outcome,  # noqa: E731
                                              old.recorded_on, old.note)
        self.session.edit(self.tr("Uppföljning {0} mån").format(months), do, undo, "follow_up")

    def refresh(self) -> None:
        for months, (outcome, when, note) in self.rows.items():
            current = self._current(months)
            outcome.setCurrentIndex(outcome.findData(current.outcome.value) if current else 0)
            when.set_value(current.recorded_on if current else None)
            note.setText(current.note if current else "")
