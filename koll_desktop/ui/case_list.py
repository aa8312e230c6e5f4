"""The case list: a Qt table model over the case repository, fetched in pages."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from koll_desktop.domain.enums import CaseStatus
from koll_desktop.storage.cases import CaseRepository, CaseSummary
from koll_desktop.ui import labels

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def status_label(status: CaseStatus) -> str:
    return labels.case_status()[status]


class CaseListModel(QAbstractTableModel):
    """Rows come from the repository a page at a time, so 10 000 cases open instantly."""

    def __init__(self, repo: CaseRepository, parent=None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._rows: list[CaseSummary] = []
        self._more = True
        self._filters: dict[str, str | None] = {}
        self._search = ""
        self.headers = [
            QCoreApplication.translate("CaseListModel", "Ärende"),
            QCoreApplication.translate("CaseListModel", "Namn"),
            QCoreApplication.translate("CaseListModel", "Status"),
            QCoreApplication.translate("CaseListModel", "Ramverk"),
            QCoreApplication.translate("CaseListModel", "Handledare"),
            QCoreApplication.translate("CaseListModel", "Ändrat"),
        ]
        self.refresh()

    def set_query(self, search: str, **filters: str | None) -> None:
        self._search, self._filters = search, filters
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._page(0)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def _page(self, offset: int) -> list[CaseSummary]:
        return self._repo.summaries(
            self._search, status=self._filters.get("status"),
            counsellor=self._filters.get("counsellor"),
            framework_code=self._filters.get("framework_code"), limit=PAGE, offset=offset)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows))
        self._more = len(more) == PAGE
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._rows[index.row()]
        values = (r.reference, r.person_name, status_label(r.status), r.frameworks,
                  r.counsellor, r.updated_at[:10])
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
