"""The case list: a Qt table model over the case repository, fetched in pages.

No `Qt` here or in the main window at module level: the first use of the `Qt` namespace
creates all its enums (93 Python enum classes, about 13 ms), and the start does without it
(tests/test_startup.py checks).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel

from koll_desktop.domain.enums import CaseStatus
from koll_desktop.storage.cases import CaseRepository, CaseSummary
from koll_desktop.ui import labels

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, Qt

PAGE = 200
PAGES_KEPT = 20  # 4 000 rows in memory at most
REFERENCE, NAME, STATUS, FRAMEWORKS, COUNSELLOR, CHANGED = range(6)
Index = QModelIndex | QPersistentModelIndex
# data() is asked for every role of every cell when columns size to their contents (about
# 28 000 calls for a page of 200 cases at the start): the text roles as plain ints (the
# values of Qt::DisplayRole and Qt::ToolTipRole), the texts made once per page.
DISPLAY_ROLE, TOOLTIP_ROLE = 0, 3
_TEXT_ROLES = frozenset({DISPLAY_ROLE, TOOLTIP_ROLE})
HORIZONTAL = 1  # Qt::Horizontal


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

    def column_texts(self, column: int) -> list[str]:
        """What the column must be wide enough for: its title and its texts on the first
        page; for the status, every status (the width does not depend on the page)."""
        if column == STATUS:
            return [self.headers[column], *self._status_labels.values()]
        cells = self._pages[0][1] if 0 in self._pages else []
        return [self.headers[column], *(texts[column] for texts in cells)]

    def summary(self, row: int) -> CaseSummary:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found[0]

    def data(self, index: Index, role: int = DISPLAY_ROLE):
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        found = self._row(index.row())
        return None if found is None else found[1][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE):
        """What a screen reader reads for a column (it asks the view's model); the header view
        paints from `header_labels` instead."""
        if orientation.value == HORIZONTAL and role == DISPLAY_ROLE:
            return self.headers[section]
        return None

    def header_labels(self, parent: QObject) -> QStandardItemModel:
        """The column titles in a model of Qt's own, for the table's header view to paint.

        A header asks its model for every section's title, font, alignment … while it is laid
        out and painted; asking this Python model would hand it a `Qt.Orientation` and so
        create the whole `Qt` namespace at the start (see the module's docstring).
        """
        titles = QStandardItemModel(0, len(self.headers), parent)
        titles.setHorizontalHeaderLabels(self.headers)
        return titles
