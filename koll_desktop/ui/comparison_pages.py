"""The parts of the comparison view: overall coverage, per-unit tables, matrix, unmatched.

Each part shows one ComparisonReport (or nothing, for None) and holds no state of its own.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.services.comparison import (
    ComparisonReport,
    CoverageMatrix,
    DirectionReport,
    percent_text,
)
from koll_desktop.ui.comparison_models import (
    NO_REQUIREMENTS,
    SORT_ROLE,
    CoverageBar,
    CoverageDelegate,
    MatrixModel,
    UnitCoverageModel,
    UnmatchedModel,
    heat_colour,
)
from koll_desktop.ui.labels import ui_language, units_label


def sortable_table(model, parent: QWidget, stretch: int) -> QTableView:
    """A read-only row table over `model`, sortable by its SORT_ROLE, in the report's order
    until a heading is clicked; Tab leaves the table, the arrows move inside it."""
    table = QTableView(parent)
    proxy = QSortFilterProxyModel(table)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    compact_rows(table)
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def compact_rows(table: QTableView) -> None:
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)


def unit_table(model: UnitCoverageModel, parent: QWidget) -> QTableView:
    table = sortable_table(model, parent, UnitCoverageModel.TITLE)
    table.setItemDelegateForColumn(UnitCoverageModel.COVERAGE, CoverageDelegate(table))
    table.horizontalHeader().setSectionResizeMode(UnitCoverageModel.COVERAGE,
                                                  QHeaderView.ResizeMode.Fixed)
    fit_columns(table)
    return table


def fit_columns(table: QTableView) -> None:
    """A unit table's columns after new rows: numbers fit, the bar column stays wide."""
    table.resizeColumnsToContents()
    table.horizontalHeader().resizeSection(UnitCoverageModel.COVERAGE, 260)


class OverallPanel(QWidget):
    """Both directions at a glance: name, percentage, bar, and the counts behind them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(3, 1)  # the room left over goes after the bars
        bold = QFont(self.font())
        bold.setBold(True)
        big = QFont(bold)
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.rows: list[tuple[QLabel, QLabel, CoverageBar, QLabel]] = []
        for row in range(2):
            name, value, bar, detail = QLabel(self), QLabel(self), CoverageBar(self), \
                QLabel(self)
            name.setFont(bold)
            value.setFont(big)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("100,0 %") + 12)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            detail.setStyleSheet("color: #444;")
            bar.setFixedWidth(440)
            grid.addWidget(name, row * 2, 0)
            grid.addWidget(value, row * 2, 1)
            grid.addWidget(bar, row * 2, 2)
            grid.addWidget(detail, row * 2 + 1, 2)
            grid.setRowMinimumHeight(row * 2 + 1, detail.fontMetrics().height() + 4)
            self.rows.append((name, value, bar, detail))

    def show_report(self, report: ComparisonReport | None) -> None:
        directions = report.directions if report else (None, None)
        factor = report.partial_factor if report else 0.5
        for widgets, direction in zip(self.rows, directions, strict=True):
            self._show(widgets, direction, factor)

    def text(self) -> str:
        return "\n".join(f"{n.text()} {v.text()} {d.text()}" for n, v, _b, d in self.rows)

    def _show(self, widgets, direction: DirectionReport | None, factor: float) -> None:
        name, value, bar, detail = widgets
        if direction is None:
            for label in (name, value, detail):
                label.setText("")
            bar.set_shares(0.0, 0.0, "")
            return
        covered, by = direction.covered.code, direction.by.code
        name.setText(self.tr("{0} täcks av {1}").format(covered, by))
        value.setText(percent_text(direction.coverage, ui_language()))
        unmatched = direction.requirements - direction.full - direction.partial
        detail.setText(self.tr(
            "{0} av {1} krav i {2} har en hel koppling till {3}, {4} en delvis; {5} saknar "
            "motsvarighet.").format(direction.full, direction.requirements, covered, by,
                                    direction.partial, unmatched))
        bar.set_shares(direction.full_share, direction.partial_share * factor, self.tr(
            "{0} täcks till {1} av {2}").format(
                covered, percent_text(direction.coverage, ui_language()), by))
        bar.setAccessibleName(name.text())


class MatrixPage(QWidget):
    """The unit × unit heat map: units of B on the rows, units of A across and a last column
    with the whole of A, the same way round as the workbook and the PDF. A line above names
    the axes; a key beside it names the column units and explains the colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.axes = QLabel(self)
        self.axes.setObjectName("matrixAxes")
        bold = QFont(self.axes.font())
        bold.setBold(True)
        self.axes.setFont(bold)
        self.axes.setWordWrap(True)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.model = MatrixModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("coverageMatrix")
        self.table.setAccessibleName(self.tr("Matris: täckning enhet för enhet"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setStyleSheet("QTableView#coverageMatrix { gridline-color: #c8c8c8; }")
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(56)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        compact_rows(self.table)
        self.key = QLabel(self)
        self.key.setObjectName("matrixKey")
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.key.setAccessibleName(self.tr("Teckenförklaring till matrisen"))
        self.key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        scroll = QScrollArea(self)
        scroll.setWidget(self.key)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(330)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addWidget(scroll)
        column.addWidget(self.axes)
        column.addWidget(self.caption)
        column.addLayout(row, 1)

    def show_report(self, report: ComparisonReport | None) -> None:
        if report is None:
            self.model.set_matrix(CoverageMatrix((), (), ()), ("A", "B"))
            for label in (self.axes, self.caption, self.key):
                label.setText("")
            return
        a, b = report.a, report.b
        totals = tuple(None if u.empty else u.coverage for u in report.b_by_a.units)
        self.model.set_matrix(report.matrix, (a.code, b.code), totals)
        rows, columns = units_label(b.kind).lower(), units_label(a.kind).lower()
        self.axes.setText(self.tr("Rader \u2193 {0} i {1} (B)    Kolumner \u2192 {2} i {3} (A)")
                          .format(rows, b.code, columns, a.code))
        self.caption.setText(self.tr(
            "En cell visar hur stor del av kraven i radens enhet som täcks av kopplingar till "
            "kolumnens enhet, i hela procent avrundat nedåt; sista kolumnen är täckningen "
            "genom hela {0}. Muspekaren över en cell visar värdet med en decimal.").format(
            a.code))
        self.table.setAccessibleDescription(self.axes.text())
        headings = report.matrix.rows
        self.key.setText(self._key(columns, a.code, headings))
        metrics = self.table.horizontalHeader().fontMetrics()
        widest = max((metrics.horizontalAdvance(h.ref) for h in headings), default=0)
        self.table.horizontalHeader().setMinimumSectionSize(max(56, widest + 20))
        # the last column ("Hela A") is as wide as its bold heading, the others share the rest
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.total_column,
                                    QHeaderView.ResizeMode.ResizeToContents)

    def _key(self, units: str, code: str, headings) -> str:
        lines = "".join(
            f"<tr><td style='padding-right:8px'><b>{escape(h.ref)}</b></td>"
            f"<td>{escape(h.title if h.title != h.ref else '')}</td></tr>" for h in headings)
        swatches = "".join(
            f"<td style='background:{heat_colour(v).name()}; border:1px solid #bbb; "
            f"padding:2px 8px'>{escape(percent_text(v, ui_language(), decimals=0))}</td>"
            for v in (0.0, 0.5, 1.0))
        none = (f"<td style='background:{NO_REQUIREMENTS.name()}; border:1px solid #bbb; "
                f"padding:2px 8px'>–</td>")
        heading = self.tr("Kolumner: {0} i {1}").format(units, code)
        colours = self.tr("Färger")
        explained = self.tr("Grön = täcks helt, gul = till hälften, vit = inte alls; tom cell = "
                            "ingen koppling; – = enheten har inga krav.")
        return (f"<p><b>{escape(heading)}</b></p>"
                f"<table cellspacing='0' cellpadding='1'>{lines}</table>"
                f"<p><b>{escape(colours)}</b></p>"
                f"<table cellspacing='4'><tr>{swatches}{none}</tr></table>"
                f"<p>{escape(explained)}</p>")


class UnmatchedPage(QWidget):
    """The requirements without a counterpart, one table a direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.texts = (self.tr("Krav i {0} &utan motsvarighet i {1} ({2} st)"),
                      self.tr("Krav i {0} u&tan motsvarighet i {1} ({2} st)"))
        self.models = (UnmatchedModel(self), UnmatchedModel(self))
        self.labels: list[QLabel] = []
        self.tables: list[QTableView] = []
        for model in self.models:
            label = QLabel(self)
            table = sortable_table(model, self, 3)
            label.setBuddy(table)
            column.addWidget(label)
            column.addWidget(table, 1)
            self.labels.append(label)
            self.tables.append(table)

    def show_report(self, report: ComparisonReport | None) -> None:
        directions = report.directions if report else (None, None)
        for model, label, table, direction, text in zip(
                self.models, self.labels, self.tables, directions, self.texts, strict=True):
            model.set_rows(direction.unmatched if direction else ())
            if direction is None:
                label.setText("")
                table.setAccessibleName(self.tr("Krav utan motsvarighet"))
                continue
            label.setText(text.format(direction.covered.code, direction.by.code,
                                       len(direction.unmatched)))
            table.setAccessibleName(label.text().replace("&", "", 1))
            table.resizeColumnsToContents()
