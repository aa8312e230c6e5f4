"""The requirement list of a micro-credential definition, beside a searchable library tree.

The definition's requirements are listed on top (remove the selected ones); below, the
library's frameworks → units → requirements, filtered by a search, from which requirements,
or whole units, are added. Underneath, what the chosen requirements can be built on towards.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.contributions import contributions
from koll_desktop.domain.library import Framework, RequirementRef
from koll_desktop.ui.micro_credential_parts import (
    REF_ROLE,
    WARN,
    describe_contribution,
    tree_widget,
)
from koll_desktop.ui.widgets import example_icon


def _t(text: str) -> str:
    return QCoreApplication.translate("micro_credentials", text)


class RequirementPicker(QWidget):
    """The definition's requirements (remove selected) beside the library tree (add)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refs: list[RequirementRef] = []
        self.frameworks: list[Framework] = []
        self._texts: dict[RequirementRef, tuple[str, bool]] = {}  # ref → text, example
        self._cells: dict[RequirementRef, QStandardItem] = {}  # the "Ingår" cells
        self._units: list[tuple[QStandardItem, tuple[RequirementRef, ...]]] = []

        left = QWidget(self)
        self.count_label = QLabel(left)
        self.list = tree_widget(left, _t("Krav som ingår i mikromeriten"),
                                [_t("Ramverk"), _t("Kod"), _t("Krav")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(False)
        self.count_label.setBuddy(self.list)
        self.remove_button = QPushButton(_t("Ta bort &valda krav"), left)
        self.remove_button.setAccessibleName(_t("Ta bort de valda kraven ur mikromeriten"))
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.count_label)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        column.addLayout(row)

        right = QWidget(self)
        search_label = QLabel(_t("Lägg till från biblioteket – sök i &ramverk, kurser och "
                                 "krav:"), right)
        self.search = QLineEdit(right)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_t("ord ur kravtexten, en kurs eller en kod"))
        self.search.setAccessibleName(_t("Sök krav att lägga till"))
        search_label.setBuddy(self.search)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([_t("Kod"), _t("Benämning"), _t("Ingår")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView(right)
        self.tree.setObjectName("mcLibraryTree")
        self.tree.setAccessibleName(_t("Bibliotekets ramverk, kurser och krav"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(QSize(24, 16))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(_t("&Lägg till valda"), right)
        self.add_button.setAccessibleName(_t("Lägg till de valda kraven i mikromeriten"))
        self.add_button.setToolTip(_t("En vald kurs eller ett valt område lägger till alla "
                                      "dess krav. Dubbelklick lägger till ett krav."))
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(search_label)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(_t("Välj ett eller flera krav, en kurs eller ett område; "
                                "dubbelklick lägger till."), right), 1)
        row.addWidget(self.add_button)
        column.addLayout(row)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([200, 330])
        self.contrib = QLabel(self)
        self.contrib.setWordWrap(True)
        self.contrib.setTextFormat(Qt.TextFormat.RichText)
        self.contrib.setAccessibleName(_t("Kan byggas på till"))
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.contrib)

        self.search.textChanged.connect(self._filter)
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree.doubleClicked.connect(lambda _index: self.add_selected())
        self.tree.selectionModel().selectionChanged.connect(self._buttons)
        self.list.itemSelectionChanged.connect(self._buttons)

    # -- the library ---------------------------------------------------------------------
    def load_library(self, frameworks: list[Framework]) -> None:
        self.frameworks = frameworks
        self.model.removeRows(0, self.model.rowCount())
        self._texts, self._cells, self._units = {}, {}, []
        for f in frameworks:
            head = self._row(self.model.invisibleRootItem(), f.code, f.title, ())
            bold = QFont(head[0].font())
            bold.setBold(True)
            for cell in head:
                cell.setFont(bold)
            for unit in f.units:
                refs = tuple((f.code, r.code) for r in unit.requirements)
                cells = self._row(head[0], unit.code, unit.title, refs)
                self._units.append((cells[2], refs))
                for r in unit.requirements:
                    ref = (f.code, r.code)
                    example = r.example or f.example
                    self._texts[ref] = (r.text, example)
                    leaf = self._row(cells[0], r.code, r.text, (ref,))
                    leaf[1].setToolTip(r.text)
                    if example:
                        leaf[0].setIcon(example_icon())
                        leaf[0].setToolTip(_t("Exempeltext skriven för demon"))
                    self._cells[ref] = leaf[2]
        metrics = self.tree.fontMetrics()
        header = self.tree.header()
        header.resizeSection(0, metrics.horizontalAdvance("VOXABN.12345") + 3
                             * self.tree.indentation() + 28)
        header.resizeSection(2, metrics.horizontalAdvance(_t("Ingår")) + 24)
        self._filter(self.search.text())
        self.set_refs(self.refs)

    def _row(self, parent: QStandardItem, code: str, text: str,
             refs: tuple[RequirementRef, ...]) -> list[QStandardItem]:
        cells = [QStandardItem(code), QStandardItem(text), QStandardItem("")]
        for cell in cells:
            cell.setEditable(False)
            if refs:
                cell.setData(refs, REF_ROLE)
        cells[2].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        parent.appendRow(cells)
        return cells

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            for row in range(self.proxy.rowCount()):
                self.tree.expand(self.proxy.index(row, 0))

    # -- the definition's list ---------------------------------------------------------------
    def set_refs(self, refs: Iterable[RequirementRef]) -> None:
        self.refs = list(dict.fromkeys(tuple(r) for r in refs))
        self.list.clear()
        for fc, rc in self.refs:
            text, example = self._texts.get((fc, rc), (None, False))
            item = QTreeWidgetItem([fc, rc, text if text is not None else
                                    _t("finns inte i biblioteket")])
            item.setData(0, REF_ROLE, (fc, rc))
            item.setToolTip(2, text or "")
            if text is None:
                item.setForeground(2, QBrush(QColor("#b3261e")))
            if example:
                item.setIcon(1, example_icon())
            self.list.addTopLevelItem(item)
        metrics = self.list.fontMetrics()
        for column in (0, 1):
            widest = max((metrics.horizontalAdvance(ref[column]) for ref in self.refs),
                         default=40)
            self.list.header().resizeSection(column, widest + (52 if column else 24))
        self.count_label.setText(_t("Krav som &ingår ({0}):").format(len(self.refs)))
        included = set(self.refs)
        for ref, cell in self._cells.items():
            cell.setText("✓" if ref in included else "")
        for cell, unit_refs in self._units:
            count = sum(1 for ref in unit_refs if ref in included)
            cell.setText(f"{count}/{len(unit_refs)}" if count else "")
        self._show_contributions()
        self._buttons()

    def add(self, refs: Iterable[RequirementRef]) -> int:
        new = [tuple(r) for r in refs if tuple(r) not in self.refs]
        if new:
            self.set_refs([*self.refs, *new])
            self.changed.emit()
        return len(new)

    def add_selected(self) -> int:
        refs: list[RequirementRef] = []
        for index in self.tree.selectionModel().selectedRows(0):
            refs += list(index.data(REF_ROLE) or ())
        return self.add(refs)

    def remove_selected(self) -> None:
        chosen = {tuple(item.data(0, REF_ROLE)) for item in self.list.selectedItems()}
        if chosen:
            self.set_refs([r for r in self.refs if r not in chosen])
            self.changed.emit()

    def select_in_library(self, ref: RequirementRef) -> bool:
        """Select one requirement in the library tree (for keyboard users and scripts)."""
        cell = self._cells.get(tuple(ref))
        if cell is None:
            return False
        index = self.proxy.mapFromSource(self.model.indexFromItem(cell).siblingAtColumn(0))
        if not index.isValid():
            return False
        self.tree.expand(index.parent().parent())
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _show_contributions(self) -> None:
        found = contributions(self.refs, self.frameworks)
        if not found:
            text = html.escape(_t("Inga krav valda ännu. Utan krav kan mikromeriten aldrig "
                                  "bli intjänad."))
            self.contrib.setText(f'<span style="color:{WARN}">{text}</span>')
            return
        items = " · ".join(html.escape(describe_contribution(c)) for c in found)
        self.contrib.setText(f"<b>{html.escape(_t('Kan byggas på till:'))}</b> {items}")

    def _buttons(self, *_args) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
        self.add_button.setEnabled(self.tree.selectionModel().hasSelection())
