"""The widgets of the crosswalk editor (as a Designer form class would build them).

`CrosswalkLayout` lays out the heading with the counts and the colour legend, the two
trees side by side, the box for the pair of current requirements (link, re-grade, unlink)
and the suggestion box, and sets the tab order. `CrosswalkEditor` inherits it and supplies
the behaviour the widgets are connected to.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.enums import Coverage
from koll_desktop.ui.crosswalk_trees import MARK, _Side
from koll_desktop.ui.widgets import Banner


class CrosswalkLayout:
    """Builds the editor's widgets; mixed into CrosswalkEditor (a QWidget)."""

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.error_banner = Banner("error", self.tr("Felmeddelande"), self)
        layout.addWidget(self.error_banner)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Korsreferenser"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Kopplingar mellan ramverken"))
        self.swap_button = QPushButton(self.tr("B&yt plats"), self)
        self.swap_button.setAccessibleName(self.tr("Byt plats på ramverken"))
        legend = QLabel(self.tr("Det valda kravets kopplingar: {0} helt {1} delvis").format(
            f'<span style="background:{MARK[Coverage.FULL].name()}">&nbsp;&nbsp;&nbsp;&nbsp;'
            "</span>",
            f'<span style="background:{MARK[Coverage.PARTIAL].name()}">&nbsp;&nbsp;&nbsp;&nbsp;'
            "</span>"), self)
        legend.setAccessibleName(self.tr("Färgförklaring"))
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        top.addWidget(legend)
        top.addSpacing(12)
        top.addWidget(self.swap_button)
        layout.addLayout(top)

        trees = QSplitter(Qt.Orientation.Horizontal, self)
        trees.setChildrenCollapsible(False)
        self.side_a = _Side(self.tr("&Första ramverket:"), self.tr("Första ramverket"),
                            self.tr("visa bara &okopplade"), self.tr("Krav i första ramverket"),
                            trees)
        self.side_b = _Side(self.tr("A&ndra ramverket:"), self.tr("Andra ramverket"),
                            self.tr("visa bara okop&plade"), self.tr("Krav i andra ramverket"),
                            trees)
        trees.addWidget(self.side_a)
        trees.addWidget(self.side_b)
        bottom = QWidget(self)
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._build_link_box(bottom), 2)
        row.addWidget(self._build_suggestion_box(bottom), 3)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(trees)
        split.addWidget(bottom)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        layout.addWidget(split, 1)

        for side in (self.side_a, self.side_b):
            side.picker.currentIndexChanged.connect(self._framework_picked)
            side.tree.selectionModel().currentChanged.connect(self._requirement_changed)
            # the filter may take the current row away without a currentChanged
            side.only_unlinked.toggled.connect(self._requirement_changed)
        self.swap_button.clicked.connect(self.swap)
        order = [self.side_a.picker, self.side_a.only_unlinked, self.side_a.tree,
                 self.side_b.picker, self.side_b.only_unlinked, self.side_b.tree,
                 self.full_radio, self.partial_radio, self.note, self.link_button,
                 self.save_button, self.unlink_button, self.suggestion_table,
                 self.accept_coverage, self.accept_button, self.reject_button,
                 self.restore_button, self.swap_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _build_link_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Koppling mellan de valda kraven"), parent)
        self.a_text, self.b_text, self.a_links = QLabel(box), QLabel(box), QLabel(box)
        for label, name in ((self.a_text, self.tr("Valt krav i första ramverket")),
                            (self.b_text, self.tr("Valt krav i andra ramverket")),
                            (self.a_links, self.tr("Det valda kravets kopplingar"))):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.state = QLabel(box)
        self.state.setAccessibleName(self.tr("Kopplingens läge"))
        self.state.setWordWrap(True)
        self.full_radio = QRadioButton(self.tr("H&elt"), box)
        self.full_radio.setAccessibleName(self.tr("Täckning: helt"))
        self.full_radio.setToolTip(self.tr("Kravet täcks helt av det andra kravet"))
        self.partial_radio = QRadioButton(self.tr("&Delvis"), box)
        self.partial_radio.setAccessibleName(self.tr("Täckning: delvis"))
        self.partial_radio.setToolTip(self.tr("Kravet täcks delvis; skriv gärna vad som saknas"))
        self.coverage = QButtonGroup(box)
        self.coverage.addButton(self.full_radio)
        self.coverage.addButton(self.partial_radio)
        self.full_radio.setChecked(True)
        self.note = QPlainTextEdit(box)
        self.note.setAccessibleName(self.tr("Anmärkning om kopplingen"))
        self.note.setPlaceholderText(self.tr("t.ex. vad som saknas för en hel täckning"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        note_label = QLabel(self.tr("Anm&ärkning:"), box)
        note_label.setBuddy(self.note)
        self.link_button = QPushButton(self.tr("&Koppla"), box)
        self.link_button.setAccessibleName(self.tr("Koppla de valda kraven"))
        self.save_button = QPushButton(self.tr("&Spara ändring"), box)
        self.save_button.setAccessibleName(self.tr("Spara ändrad täckning eller anmärkning"))
        self.unlink_button = QPushButton(self.tr("&Ta bort koppling"), box)
        self.unlink_button.setAccessibleName(self.tr("Ta bort kopplingen mellan de valda kraven"))

        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.captions = [QLabel(box) for _ in range(3)]
        for row, (label, widget) in enumerate(zip(self.captions, (self.a_text, self.b_text,
                                                                  self.a_links), strict=True)):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setStyleSheet("color: #555")
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        self.captions[2].setText(self.tr("Kopplingar:"))
        grid.addWidget(self.state, 3, 0, 1, 2)
        coverage_row = QHBoxLayout()
        coverage_label_ = QLabel(self.tr("Täckning:"), box)
        coverage_row.addWidget(self.full_radio)
        coverage_row.addWidget(self.partial_radio)
        coverage_row.addStretch(1)
        grid.addWidget(coverage_label_, 4, 0)
        grid.addLayout(coverage_row, 4, 1)
        grid.addWidget(note_label, 5, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 5, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlink_button)
        grid.addLayout(buttons, 6, 0, 1, 2)
        grid.setRowStretch(7, 1)

        self.link_button.clicked.connect(self.link_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.coverage.buttonToggled.connect(self._coverage_toggled)
        self.note.textChanged.connect(self._update_buttons)
        return box
