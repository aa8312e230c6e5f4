"""The case list: a Qt table model over the case repository, fetched in pages."""

from __future__ import annotations

from collections import OrderedDict

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
PAGES_KEPT = 20  # 4 000 rows in memory at most
Index = QModelIndex | QPersistentModelIndex
# data() is asked for every role of every cell when columns size to their contents (about
# 28 000 calls for a page of 200 cases at the start): the text roles as plain ints, the texts
# made once per page.
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.ToolTipRole.value})


def status_label(status: CaseStatus) -> str:
    return labels.case_status()[status]


class CaseListModel(QAbstractTableModel):
    """All matching cases as rows, read from the repository a page at a time when a row is
    first shown: 100 000 cases open, scroll to the end and filter at once. A few pages are
    kept; the rest are read again when scrolled back to."""

    def __init__(self, repo: CaseRepository, parent=None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._count = 0
        self._pages: OrderedDict[int, tuple[list[CaseSummary], list[tuple[str, ...]]]] = \
            OrderedDict()
        self._status_labels: dict[CaseStatus, str] = {}
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
        self._status_labels = labels.case_status()  # in the language of now
        self._pages.clear()
        first = self._load(0)
        # A short list is counted by its first page; a long one asks the database.
        self._count = len(first[0]) if len(first[0]) < PAGE else self._repo.count(
            self._search, **self._query_filters())
        self.endResetModel()

    def _query_filters(self) -> dict[str, str | None]:
        return {"status": self._filters.get("status"),
                "counsellor": self._filters.get("counsellor"),
                "framework_code": self._filters.get("framework_code")}

    def _texts(self, r: CaseSummary) -> tuple[str, ...]:
        return (r.reference, r.person_name, self._status_labels[r.status], r.frameworks,
                r.counsellor, r.updated_at[:10])

    def _load(self, page: int) -> tuple[list[CaseSummary], list[tuple[str, ...]]]:
        if page in self._pages:
            self._pages.move_to_end(page)
            return self._pages[page]
        rows = self._repo.summaries(self._search, limit=PAGE, offset=page * PAGE,
                                    **self._query_filters())
        loaded = (rows, [self._texts(r) for r in rows])
        self._pages[page] = loaded
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return loaded

    def _row(self, row: int) -> tuple[CaseSummary, tuple[str, ...]] | None:
        rows, cells = self._load(row // PAGE)
        at = row % PAGE
        return (rows[at], cells[at]) if at < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def summary(self, row: int) -> CaseSummary:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found[0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        found = self._row(index.row())
        return None if found is None else found[1][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
