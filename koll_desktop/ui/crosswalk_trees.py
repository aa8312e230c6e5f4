"""The crosswalk editor's two trees: one framework's units → requirements per side.

Each requirement shows the number of its links to the other side; the rows linked to the
other side's current requirement are coloured by coverage (MARK). A filter shows only the
requirements without links.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.enums import Coverage
from koll_desktop.domain.library import Framework, Requirement
from koll_desktop.ui.labels import coverage_label
from koll_desktop.ui.library_tree import ID_ROLE
from koll_desktop.ui.widgets import example_icon

LINKS_ROLE = Qt.ItemDataRole.UserRole + 3  # links of a requirement to the other side
MARK = {Coverage.FULL: QColor("#c6efce"), Coverage.PARTIAL: QColor("#ffeb9c")}


class _SideModel(QStandardItemModel):
    """Units → requirements of one framework: code, text, number of links to the other side."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.framework: Framework | None = None
        self.rows: dict[str, list[QStandardItem]] = {}  # requirement id → its cells
        self.requirements: dict[str, Requirement] = {}
        self.units: list[tuple[QStandardItem, tuple[str, ...]]] = []  # count cell, requirements
        self._marked: set[str] = set()
        self.setHorizontalHeaderLabels([self.tr("Kod"), self.tr("Krav"), self.tr("Kopplingar")])
        self.horizontalHeaderItem(2).setToolTip(self.tr("Antal kopplingar till det andra "
                                                        "ramverket"))

    def load(self, framework: Framework | None) -> None:
        self.removeRows(0, self.rowCount())
        self.framework, self.rows, self.units, self._marked = framework, {}, [], set()
        self.requirements = {r.id: r for r in framework.requirements} if framework else {}
        if framework is None:
            return
        for unit in framework.units:
            head = self._cells(unit.id, unit.code, unit.title, unit.title)
            bold = QFont(head[1].font())
            bold.setBold(True)
            for cell in head:
                cell.setFont(bold)
            self.invisibleRootItem().appendRow(head)
            for r in unit.requirements:
                cells = self._cells(r.id, r.code, r.text, r.text)
                cells[0].setData(0, LINKS_ROLE)
                if r.example or framework.example:
                    cells[0].setIcon(example_icon())
                    cells[0].setData(self.tr("exempel, {0}").format(r.code),
                                     Qt.ItemDataRole.AccessibleTextRole)
                    cells[1].setToolTip(r.text + "\n\n" + self.tr(
                        "Exempeltext skriven för demon, inte officiell text"))
                head[0].appendRow(cells)
                self.rows[r.id] = cells
            self.units.append((head[2], tuple(r.id for r in unit.requirements)))

    def _cells(self, item_id: str, code: str, text: str, tip: str) -> list[QStandardItem]:
        cells = [QStandardItem(code), QStandardItem(text), QStandardItem("")]
        for cell in cells:
            cell.setEditable(False)
            cell.setData(item_id, ID_ROLE)
        cells[1].setToolTip(tip)
        cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cells

    def set_counts(self, counts: dict[str, int]) -> None:
        for requirement_id, cells in self.rows.items():
            count = counts.get(requirement_id, 0)
            if cells[0].data(LINKS_ROLE) != count or not cells[2].text():
                cells[2].setText(str(count))
                cells[0].setData(count, LINKS_ROLE)
        for cell, ids in self.units:
            linked = sum(1 for i in ids if counts.get(i, 0))
            cell.setText(f"{linked}/{len(ids)}")
            cell.setToolTip(self.tr("{0} av {1} krav har kopplingar").format(linked, len(ids)))

    def set_marks(self, marks: dict[str, Coverage]) -> None:
        """Colour the rows of `marks` (requirement id → coverage of its link); clear others."""
        for requirement_id in self._marked - set(marks):
            for cell in self.rows[requirement_id]:
                cell.setData(None, Qt.ItemDataRole.BackgroundRole)
                cell.setData(None, Qt.ItemDataRole.AccessibleDescriptionRole)
        for requirement_id, coverage in marks.items():
            cells = self.rows.get(requirement_id)
            if cells is None:
                continue
            for cell in cells:
                cell.setData(MARK[coverage], Qt.ItemDataRole.BackgroundRole)
            cells[0].setData(self.tr("kopplat till valt krav: {0}").format(
                coverage_label(coverage).lower()), Qt.ItemDataRole.AccessibleDescriptionRole)
        self._marked = {i for i in marks if i in self.rows}


class _UnlinkedFilter(QSortFilterProxyModel):
    """With `only_unlinked`, requirements without links (and their units) only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_unlinked = False
        self.setRecursiveFilteringEnabled(True)

    def set_only_unlinked(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_unlinked = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self.only_unlinked:
            return True
        if not parent.isValid():
            return False  # a unit: shown when one of its requirements is
        return self.sourceModel().index(row, 0, parent).data(LINKS_ROLE) == 0


class _Side(QWidget):
    """A framework picker, the "only unlinked" filter and the tree of one side."""

    def __init__(self, label: str, picker_name: str, filter_text: str, tree_name: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(picker_name)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(16)
        caption = QLabel(label, self)
        caption.setBuddy(self.picker)
        self.only_unlinked = QCheckBox(filter_text, self)
        self.only_unlinked.setAccessibleName(tree_name + ": " + filter_text.replace("&", ""))
        self.model = _SideModel(self)
        self.proxy = _UnlinkedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setAccessibleName(tree_name)
        self.tree.setModel(self.proxy)
        self.tree.setIconSize(QSize(24, 16))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.picker, 1)
        top.addWidget(self.only_unlinked)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.tree, 1)
        self.only_unlinked.toggled.connect(self.proxy.set_only_unlinked)

    @property
    def framework(self) -> Framework | None:
        return self.model.framework

    def load(self, framework: Framework | None) -> None:
        self.model.load(framework)
        self.tree.expandAll()
        self._size_columns()

    def current_requirement(self) -> Requirement | None:
        index = self.tree.currentIndex()
        return self.model.requirements.get(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, requirement_id: str) -> bool:
        cells = self.model.rows.get(requirement_id)
        index = self.proxy.mapFromSource(cells[0].index()) if cells else QModelIndex()
        if not index.isValid():
            return False
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def reveal(self, requirement_id: str) -> None:
        """Scroll a requirement into view without selecting it."""
        cells = self.model.rows.get(requirement_id)
        index = self.proxy.mapFromSource(cells[0].index()) if cells else QModelIndex()
        if index.isValid():
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _size_columns(self) -> None:
        metrics, f = self.tree.fontMetrics(), self.framework
        codes = [r.code for r in f.requirements] if f else []
        widest = max((metrics.horizontalAdvance(c) for c in codes), default=40)
        header = self.tree.header()
        header.resizeSection(0, min(widest + 2 * self.tree.indentation() + 24 + 16, 220))
        header.resizeSection(2, metrics.horizontalAdvance(self.tr("Kopplingar")) + 20)
