"""The library screen's data: a snapshot of the library, and the tree model built from it.

The snapshot holds domain objects with lookups (taken through the repository; no Qt, no
SQL in it); the model shows frameworks → units → requirements, each row carrying its id in
ID_ROLE (the crosswalk editor's trees use the same role).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from koll_desktop.domain.library import (
    CrosswalkLink,
    Framework,
    MicroCredential,
    Requirement,
    RequirementRef,
    Unit,
)
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.labels import framework_kind_label, requirement_kind_label
from koll_desktop.ui.widgets import example_icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class LibrarySnapshot:
    """The library as the screen shows it: domain objects with lookups, no Qt, no SQL here."""

    frameworks: list[Framework] = field(default_factory=list)
    cases: dict[str, int] = field(default_factory=dict)  # framework id → cases using it
    links: dict[RequirementRef, list[CrosswalkLink]] = field(default_factory=dict)
    credentials: dict[RequirementRef, list[MicroCredential]] = field(default_factory=dict)
    places: dict[str, tuple[Framework, Unit | None, Requirement | None]] = field(
        default_factory=dict)  # item id → where it sits
    newest: dict[RequirementRef, str] = field(default_factory=dict)  # ref → requirement id
    link_count: int = 0
    credential_count: int = 0

    @classmethod
    def load(cls, repo: LibraryRepository) -> LibrarySnapshot:
        snap = cls()
        for summary in repo.summaries():
            snap.frameworks.append(repo.framework(summary.id))
            snap.cases[summary.id] = summary.cases
        by_age = sorted(snap.frameworks, key=lambda f: (f.valid_from or date.min, f.version))
        for f in by_age:
            snap.places[f.id] = (f, None, None)
            for unit in f.units:
                snap.places[unit.id] = (f, unit, None)
                for r in unit.requirements:
                    snap.places[r.id] = (f, unit, r)
                    snap.newest[(f.code, r.code)] = r.id  # a newer version wins
        links = repo.crosswalk()
        for link in links:
            snap.links.setdefault(link.from_ref, []).append(link)
            snap.links.setdefault(link.to_ref, []).append(link)
        credentials = repo.micro_credentials()
        for mc in credentials:
            for ref in mc.requirements:
                snap.credentials.setdefault(ref, []).append(mc)
        snap.link_count, snap.credential_count = len(links), len(credentials)
        return snap

    def requirement(self, ref: RequirementRef) -> tuple[Framework, Unit, Requirement] | None:
        found = self.places.get(self.newest.get(ref, ""))
        if found is None or found[1] is None or found[2] is None:
            return None
        return found[0], found[1], found[2]


class LibraryTreeModel(QStandardItemModel):
    """Frameworks → units → requirements; column 0 carries the item's id in ID_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: dict[str, QStandardItem] = {}
        self.setHorizontalHeaderLabels([self.tr("Kod"), self.tr("Benämning"), self.tr("Poäng"),
                                        self.tr("Typ"), self.tr("Nivå")])

    def load(self, frameworks: list[Framework]) -> None:
        self.removeRows(0, self.rowCount())
        self._items = {}
        root = self.invisibleRootItem()
        for f in frameworks:
            title = f.title
            if f.example and not title.lower().startswith(self.tr("exempel").lower()):
                title += " " + self.tr("(exempel)")
            if f.version:
                title += f" · {f.version}"
            tip = "\n\n".join(p for p in (f.title, f.description) if p)
            head = self._row(root, f.id, f.code, title, f.total_points,
                             framework_kind_label(f.kind), f.seqf_level, tip=tip)
            bold = QFont(head.font())
            bold.setBold(True)
            head.setFont(bold)
            for unit in f.units:
                kind = self.tr("Obligatorisk") if unit.required else self.tr("Valbar")
                tip = ""
                if unit.alternative_group:
                    kind = self.tr("Alternativ")
                    tip = self.tr("Ett av alternativen i gruppen {0} räcker").format(
                        unit.alternative_group)
                unit_item = self._row(head, unit.id, unit.code, unit.title, unit.points, kind,
                                      None, tip=tip)
                for r in unit.requirements:
                    item = self._row(unit_item, r.id, r.code, r.text, None,
                                     requirement_kind_label(r.kind), r.level, tip=r.text)
                    if r.example or f.example:
                        item.setIcon(example_icon())
                        item.setToolTip(self.tr("Exempeltext skriven för demon, inte "
                                                "officiell kursplanetext"))
                        item.setData(self.tr("exempel, {0}").format(r.code),
                                     Qt.ItemDataRole.AccessibleTextRole)

    def _row(self, parent: QStandardItem, item_id: str, code: str, title: str,
             points: int | None, kind: str, level: int | None, *, tip: str = "") -> QStandardItem:
        cells = [QStandardItem(v) for v in (code, title, "" if points is None else str(points),
                                            kind, "" if level is None else str(level))]
        for cell in cells:
            cell.setEditable(False)
            cell.setData(item_id, ID_ROLE)
        if tip:
            cells[1].setToolTip(tip)
        cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cells[4].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        parent.appendRow(cells)
        self._items[item_id] = cells[0]
        return cells[0]

    def index_of(self, item_id: str) -> QModelIndex:
        item = self._items.get(item_id)
        return item.index() if item is not None else QModelIndex()
