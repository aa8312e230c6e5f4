"""Qt models and painting for the framework comparison (the data comes from a ComparisonReport).

Three table models over the report's frozen dataclasses: the per-unit coverage of one
direction, the unit × unit matrix (a heat map through the background colour; units of B on
the rows, units of A across and a last column "Hela A", as in the workbook and the PDF) and
the requirements without a counterpart. Every percentage goes through the report's one rule
(`percent_text`: one decimal; `matrix_text`: whole percent in the matrix; both rounded down).
Colours follow the workbook's and the PDF's scale: white at 0, yellow at 50 %, green at
100 %; bars are dark for full links, light for partial.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from koll_desktop.services.comparison import (
    CoverageMatrix,
    DirectionReport,
    UnitCoverage,
    UnmatchedRequirement,
    matrix_text,
    percent_text,
)
from koll_desktop.ui.labels import ui_language

Index = QModelIndex | QPersistentModelIndex
SHARES_ROLE = Qt.ItemDataRole.UserRole + 1  # (full share, partial share × factor, coverage)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HEAT = ((0.0, QColor("#ffffff")), (0.5, QColor("#ffeb84")), (1.0, QColor("#63be7b")))
BAR_FULL, BAR_PARTIAL, BAR_BACK = QColor("#2e7d32"), QColor("#a5d6a7"), QColor("#eceff1")
NO_REQUIREMENTS = QColor("#e0e0e0")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def heat_colour(value: float) -> QColor:
    """The three-colour scale of the workbook's Matris sheet."""
    value = min(max(value, 0.0), 1.0)
    for (low, c_low), (high, c_high) in pairwise(HEAT):
        if value <= high:
            t = (value - low) / (high - low)
            return QColor.fromRgbF(*(a + (b - a) * t for a, b in zip(
                c_low.getRgbF()[:3], c_high.getRgbF()[:3], strict=True)))
    return HEAT[-1][1]


def paint_bar(painter: QPainter, rect: QRect, full: float, partial: float) -> None:
    """A bar across `rect`: the full share dark, then the (weighted) partial share light."""
    painter.save()
    painter.setPen(QColor("#b0bec5"))
    painter.setBrush(BAR_BACK)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.setPen(Qt.PenStyle.NoPen)
    full_width = round(rect.width() * min(max(full, 0.0), 1.0))
    partial_width = min(round(rect.width() * max(partial, 0.0)), rect.width() - full_width)
    painter.fillRect(QRect(rect.left(), rect.top(), full_width, rect.height()), BAR_FULL)
    painter.fillRect(QRect(rect.left() + full_width, rect.top(), partial_width, rect.height()),
                     BAR_PARTIAL)
    painter.restore()


class CoverageDelegate(QStyledItemDelegate):
    """The coverage column: a bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        shares = index.data(SHARES_ROLE)
        if shares is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        text_width = option.fontMetrics.horizontalAdvance("100,0 %") + 8
        box = option.rect.adjusted(4, 5, -(text_width + 4), -5)
        if box.width() > 10:
            paint_bar(painter, box, shares[0], shares[1])
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(option.rect.adjusted(0, 0, -4, 0), _RIGHT, str(index.data()))
        painter.restore()


class CoverageBar(QWidget):
    """The overall coverage of one direction, drawn like the table's bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = self.partial = 0.0
        self.setMinimumSize(160, 18)
        self.setMaximumHeight(22)

    def set_shares(self, full: float, partial: float, description: str) -> None:
        self.full, self.partial = full, partial
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        paint_bar(painter, self.rect(), self.full, self.partial)
        painter.end()


class UnitCoverageModel(QAbstractTableModel):
    """The units of the covered framework, each with how much of it the other covers."""

    CODE, TITLE, POINTS, REQUIREMENTS, FULL, PARTIAL, COVERAGE = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.units: tuple[UnitCoverage, ...] = ()
        self.factor = 0.5
        self.language = ui_language()
        self.headings = [self.tr("Kod"), self.tr("Benämning"), self.tr("Poäng"),
                         self.tr("Krav"), self.tr("Helt"), self.tr("Delvis"),
                         self.tr("Täckning")]
        self.tips = ["", "", "", self.tr("Antal krav i enheten"),
                     self.tr("Krav med en hel koppling till det andra ramverket"),
                     self.tr("Krav vars bästa koppling är delvis"),
                     self.tr("Viktad andel av enhetens krav som täcks")]

    def set_direction(self, direction: DirectionReport | None, factor: float = 0.5) -> None:
        self.beginResetModel()
        self.units = direction.units if direction is not None else ()
        self.factor = factor
        self.endResetModel()

    def row_of(self, ref: str) -> int:
        return next(i for i, u in enumerate(self.units) if u.ref == ref)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headings):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headings[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[section] or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.units):
            return None
        unit, column = self.units[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(unit, column)
        if role == SORT_ROLE:
            values = (unit.code, unit.title, unit.points or 0, unit.requirements, unit.full,
                      unit.partial, -1.0 if unit.empty else unit.coverage)
            return values[column]
        if role == SHARES_ROLE and column == self.COVERAGE and not unit.empty:
            return unit.full_share, unit.partial_share * self.factor, unit.coverage
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.POINTS:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(unit)
        if role == Qt.ItemDataRole.ForegroundRole and not unit.counted:
            return QColor("#6b6b6b")  # shown, but not in the whole
        return None

    def _text(self, unit: UnitCoverage, column: int) -> str:
        if column == self.CODE:
            return unit.code
        if column == self.TITLE:
            return unit.title
        if column == self.POINTS:
            return "" if unit.points is None else str(unit.points)
        if column == self.COVERAGE:
            if unit.empty:
                return self.tr("inga krav")
            return percent_text(unit.coverage, self.language)
        return str((unit.requirements, unit.full, unit.partial)[column - self.REQUIREMENTS])

    def _tip(self, unit: UnitCoverage) -> str:
        head = " ".join(p for p in (unit.code, unit.title) if p)
        if unit.empty:
            return self.tr("{0}\nEnheten har inga krav, så den har ingen täckning.").format(head)
        text = self.tr("{0}\nTäckning {1}: {2} av {3} krav helt, {4} delvis, {5} utan "
                       "motsvarighet.").format(head, percent_text(unit.coverage, self.language),
                                               unit.full,
                                               unit.requirements, unit.partial, unit.unmatched)
        if unit.alternative_group:
            text += "\n" + self.tr("Ett alternativ i gruppen {0}.").format(unit.alternative_group)
        if not unit.counted:
            text += "\n" + self.tr("Räknas inte i helheten: ett annat alternativ räknas, eller "
                                    "kursen krävs inte.")
        return text


class MatrixModel(QAbstractTableModel):
    """Units of B (rows) × units of A (columns), then a last column with each B-unit's coverage
    by all of A: the orientation of the workbook's Matris sheet and the PDF.

    A cell is the share of the row's B-unit requirements covered by links to the column's
    A-unit, shown in whole percent rounded down; the tooltip gives it with one decimal.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix = CoverageMatrix((), (), ())
        self.totals: tuple[float | None, ...] = ()
        self.codes = ("A", "B")
        self.language = ui_language()
        self.bold = QFont()
        self.bold.setBold(True)

    def set_matrix(self, matrix: CoverageMatrix, codes: tuple[str, str],
                   totals: tuple[float | None, ...] = ()) -> None:
        """`totals`: each B-unit's coverage by all of A (None: no requirements)."""
        self.beginResetModel()
        self.matrix, self.codes = matrix, codes
        self.totals = totals or tuple(None for _ in matrix.columns)
        self.endResetModel()

    @property
    def total_column(self) -> int:
        return len(self.matrix.rows)

    def index_of(self, a_ref: str, b_ref: str) -> QModelIndex:
        """The cell of B-unit `b_ref` (its row) by A-unit `a_ref` (its column)."""
        i = [h.ref for h in self.matrix.rows].index(a_ref)
        j = [h.ref for h in self.matrix.columns].index(b_ref)
        return self.index(j, i)

    def total_of(self, b_ref: str) -> QModelIndex:
        j = [h.ref for h in self.matrix.columns].index(b_ref)
        return self.index(j, self.total_column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.matrix.columns:
            return 0
        return len(self.matrix.rows) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        a_code, b_code = self.codes
        if orientation == Qt.Orientation.Horizontal and section == self.total_column \
                and self.matrix.columns:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Hela {0}").format(a_code)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Enhetens täckning genom hela {0}").format(a_code)
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
            return None
        of_b = orientation == Qt.Orientation.Vertical
        headings = self.matrix.columns if of_b else self.matrix.rows
        if not 0 <= section < len(headings):
            return None
        heading, code = headings[section], b_code if of_b else a_code
        if role == Qt.ItemDataRole.DisplayRole:
            if of_b and heading.title != heading.ref:
                return f"{heading.ref}  {heading.title}"
            return heading.ref
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code}: {heading.ref} {heading.title}".strip()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount() or \
                index.column() >= self.columnCount():
            return None
        j, i = index.row(), index.column()
        total = i == self.total_column
        value = self.totals[j] if total else self.matrix.cells[i][j]
        if role == Qt.ItemDataRole.DisplayRole:
            return matrix_text(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            return NO_REQUIREMENTS if value is None else heat_colour(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1b1b1b")
        if role == Qt.ItemDataRole.FontRole and total:
            return self.bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SORT_ROLE:
            return value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tip(i, j, value)
        return None

    def _tip(self, i: int, j: int, value: float | None) -> str:
        b = self.matrix.columns[j]
        b_name = f"{self.codes[1]} {b.ref} {b.title}"
        if value is None:
            return self.tr("{0}\nhar inga krav, så den har ingen täckning.").format(b_name)
        if i == self.total_column:
            return self.tr("{0}\ntäcks till {1} av hela {2}").format(
                b_name, percent_text(value, self.language), self.codes[0])
        a = self.matrix.rows[i]
        a_name = f"{self.codes[0]} {a.ref} {a.title}"
        return self.tr("{0}\ntäcks till {1} av kopplingar till\n{2}").format(
            b_name, percent_text(value, self.language), a_name)


class UnmatchedModel(QAbstractTableModel):
    """Requirements of one framework with no counterpart (c = 0) in the other."""

    COLUMNS: ClassVar[int] = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: tuple[UnmatchedRequirement, ...] = ()
        self.headings = [self.tr("Enhet"), self.tr("Enhetens namn"), self.tr("Krav"),
                         self.tr("Kravtext")]

    def set_rows(self, rows: tuple[UnmatchedRequirement, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMNS):
            return self.headings[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    SORT_ROLE):
            text = (r.unit, r.unit_title, r.code, r.text)[index.column()]
            if index.column() == 3 and r.example and role != SORT_ROLE:
                text += " " + self.tr("(exempeltext)")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r.framework} {r.code} ({r.unit} {r.unit_title})\n{r.text}"
        return None
