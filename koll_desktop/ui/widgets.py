"""Small widgets the pages share: optional dates, enum combos, labelled forms."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QWidget

NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date that may be empty: the minimum date shows as '–' and means None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("–")
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        picked = self.date()
        return None if picked == NO_DATE else date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class EnumCombo(QComboBox):
    """A combo box over a StrEnum with translated labels; `value()` returns the member."""

    picked = Signal(object)

    def __init__(self, labels: dict[StrEnum, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for member, label in labels.items():
            self.addItem(label, member.value)
        self._enum = type(next(iter(labels)))
        self.activated.connect(lambda _: self.picked.emit(self.value()))

    def value(self) -> StrEnum:
        return self._enum(self.currentData())

    def set_value(self, member: StrEnum) -> None:
        self.setCurrentIndex(self.findData(member.value))


def add_row(form: QFormLayout, label: str, widget: QWidget, accessible: str = "") -> QWidget:
    """A form row whose label is the widget's buddy (Alt+letter) and accessible name."""
    caption = QLabel(label, form.parentWidget())
    caption.setBuddy(widget)
    widget.setAccessibleName(accessible or label.replace("&", ""))
    form.addRow(caption, widget)
    return widget
