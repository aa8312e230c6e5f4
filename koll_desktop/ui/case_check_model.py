"""The case list of the transfer tab: cases with a check box, ticked by mouse or Space."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView

from koll_desktop.storage.cases import CaseSummary
from koll_desktop.ui.labels import case_status

Index = QModelIndex | QPersistentModelIndex


class CaseCheckModel(QAbstractTableModel):
    """Cases with a check box in the first column; the ticks survive a new search."""

    checked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CaseSummary] = []
        self.checked: set[str] = set()  # case references
        self.headings = [self.tr("Ärende"), self.tr("Namn"), self.tr("Status"),
                         self.tr("Ramverk"), self.tr("Handledare")]
        self._status = case_status()

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def checked_references(self) -> list[str]:
        return sorted(self.checked)

    def set_checked(self, references, checked: bool = True) -> None:
        changed = set(references) - self.checked if checked else set(references) & self.checked
        if not changed:
            return
        if checked:
            self.checked |= changed
        else:
            self.checked -= changed
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def check_shown(self, checked: bool) -> None:
        self.set_checked([r.reference for r in self.rows], checked)

    def toggle(self, rows: list[int]) -> None:
        references = [self.rows[r].reference for r in rows if 0 <= r < len(self.rows)]
        if references:
            self.set_checked(references, not all(r in self.checked for r in references))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headings)):
            return self.headings[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (Qt.CheckState.Checked if row.reference in self.checked
                    else Qt.CheckState.Unchecked)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.reference, row.person_name, self._status.get(row.status, row.status),
                    row.frameworks, row.counsellor)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            mark = self.tr("markerat") if row.reference in self.checked else \
                self.tr("inte markerat")
            return f"{row.reference}, {mark}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != 0 or index.row() >= len(self.rows)):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.set_checked([self.rows[index.row()].reference], state == Qt.CheckState.Checked)
        return True


class CaseTable(QTableView):
    """Space ticks or unticks the selected rows, whichever column has the focus."""

    def keyPressEvent(self, event) -> None:
        model = self.model()
        if event.key() == Qt.Key.Key_Space and isinstance(model, CaseCheckModel):
            rows = sorted({i.row() for i in self.selectionModel().selectedRows()}
                          or ({self.currentIndex().row()} if self.currentIndex().isValid()
                              else set()))
            model.toggle(rows)
            return
        super().keyPressEvent(event)
