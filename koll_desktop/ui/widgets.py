"""Small widgets the pages share: optional dates, enum combos, labelled forms."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

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


_example_icon: QIcon | None = None


def example_icon() -> QIcon:
    """A small amber "ex" badge marking example texts in lists and trees."""
    global _example_icon
    if _example_icon is None:
        ratio = 2.0
        pixmap = QPixmap(int(24 * ratio), int(16 * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#fff3cd"))
        painter.setPen(QColor("#c99700"))
        painter.drawRoundedRect(QRectF(0.5, 1.5, 23, 13), 4, 4)
        font = QFont()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#6b4a00"))
        painter.drawText(QRectF(0, 1, 24, 14), Qt.AlignmentFlag.AlignCenter, "ex")
        painter.end()
        _example_icon = QIcon(pixmap)
    return _example_icon


class Banner(QFrame):
    """A message across the top of a view: an error (red) or a notice (green), with Hide."""

    COLOURS: ClassVar[dict[str, tuple[str, str, str]]] = {  # background, border, text
        "error": ("#fdecea", "#b3261e", "#5f1410"),
        "info": ("#e8f5e9", "#2e7d32", "#1b3d1d"),
    }

    def __init__(self, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        background, border, text = self.COLOURS[kind]
        self.setObjectName(f"{kind}Banner")
        self.setStyleSheet(f"#{kind}Banner {{ background: {background}; border: 1px solid "
                           f"{border}; border-radius: 4px; }} #{kind}Banner QLabel "
                           f"{{ color: {text}; }}")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        close = QToolButton(self)
        close.setText(self.tr("Dölj"))
        close.setAccessibleName(self.tr("Dölj meddelandet"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()


def add_banners(owner: QWidget, layout) -> None:
    """The error and notice banners a view shows at its top, as `owner.error_banner` and
    `owner.info_banner` (one look and one pair of accessible names everywhere)."""
    owner.error_banner = Banner(
        "error", QCoreApplication.translate("Banner", "Felmeddelande"), owner)
    owner.info_banner = Banner("info", QCoreApplication.translate("Banner", "Meddelande"), owner)
    layout.addWidget(owner.error_banner)
    layout.addWidget(owner.info_banner)
