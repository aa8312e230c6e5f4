"""The assessment tree of one case: frameworks → units → requirements over its snapshot.

Each row is described once per snapshot (`_Row`: texts, tooltips, colours); a new snapshot
with the same library structure only emits `dataChanged` for the rows whose description
changed, so the view keeps its selection, expansion and scroll position on every edit.
`AssessmentFilter` narrows the tree to what the counsellor is working on.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from koll_desktop.domain.enums import AssessmentStatus, Coverage, UnitOutcome
from koll_desktop.domain.library import Framework, Requirement, RequirementRef, Unit
from koll_desktop.domain.plan_engine import (
    RequirementValue,
    UnitResult,
    UnitRole,
    ValueSource,
)
from koll_desktop.services.case_snapshot import CaseSnapshot
from koll_desktop.ui import labels
from koll_desktop.ui.labels import percent
from koll_desktop.ui.widgets import example_icon

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # a NodeKind
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # framework code, unit key or requirement ref
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 3  # a requirement's ValueSource
VALUE_ROLE = Qt.ItemDataRole.UserRole + 4  # a requirement's value v(r), 0..1

_ROOT = QModelIndex()
GREEN, AMBER, RED, GREY = "#1b6e20", "#8a5300", "#b3261e", "#5f6368"
STATUS_COLOURS = {AssessmentStatus.MET: GREEN, AssessmentStatus.PARTLY: AMBER,
                  AssessmentStatus.NOT_MET: RED, AssessmentStatus.NOT_ASSESSED: GREY}
_OUTCOME_COLOUR = {UnitOutcome.CREDITED: GREEN, UnitOutcome.SUPPLEMENTARY: AMBER,
                   UnitOutcome.FULL_COURSE: RED}


@functools.lru_cache(maxsize=256)
def _t(text: str) -> str:
    """Translated once per model reset: rows are described again on every edit."""
    return QCoreApplication.translate("assessment", text)


class Column(IntEnum):
    TEXT = 0
    STATUS = 1  # a requirement's status; a unit's outcome and coverage
    SELF_RATING = 2


class NodeKind(StrEnum):
    FRAMEWORK = "framework"
    UNIT = "unit"
    REQUIREMENT = "requirement"


class FilterMode(StrEnum):
    ALL = "all"
    NOT_ASSESSED = "not_assessed"
    GAPS = "gaps"  # not met or partly, directly or derived
    DERIVED = "derived"


def filter_labels() -> dict[FilterMode, str]:
    return {FilterMode.ALL: _t("Alla krav"), FilterMode.NOT_ASSESSED: _t("Ej bedömda"),
            FilterMode.GAPS: _t("Ej eller delvis uppfyllda"),
            FilterMode.DERIVED: _t("Härledda via korsreferens")}


def value_status(value: RequirementValue | None) -> AssessmentStatus:
    """The status a value stands for: the direct status, or what a derived value amounts to."""
    if value is None or value.source == ValueSource.NONE:
        return AssessmentStatus.NOT_ASSESSED
    if value.source == ValueSource.DIRECT and value.status is not None:
        return value.status
    if value.met:
        return AssessmentStatus.MET
    return AssessmentStatus.PARTLY if value.value > 0 else AssessmentStatus.NOT_MET


def coverage_word(coverage: Coverage) -> str:
    return _t("full") if coverage == Coverage.FULL else _t("delvis")


def derivation_lines(value: RequirementValue,
                     names: dict[AssessmentStatus, str] | None = None) -> list[str]:
    """'härlett via EX-USK A.3 (full), bedömt uppfyllt' for each link behind a value."""
    names = names or labels.assessment_status()
    return [_t("härlett via {0} {1} ({2}), bedömt {3}").format(
        d.ref[0], d.ref[1], coverage_word(d.coverage), names[d.status].lower())
        for d in value.derived_from]


def short_code(unit: Unit, requirement: Requirement) -> str:
    """A requirement's code without its unit's code in front (OMVOMV01.3 → 3 under
    OMVOMV01): the tree shows it under the unit, so the text gets the room."""
    code, prefix = requirement.code, unit.code
    if prefix and code.startswith(prefix):
        rest = code[len(prefix):].lstrip(".-_ ")
        if rest:
            return rest
    return code


def is_example(framework: Framework, requirement: Requirement) -> bool:
    return framework.example or requirement.example


@dataclass(slots=True)
class _Node:
    kind: NodeKind
    parent: int  # node id of the parent; 0 for a framework (top level)
    row: int
    framework: Framework
    unit: Unit | None = None
    requirement: Requirement | None = None
    children: list[int] = field(default_factory=list)

    @property
    def key(self) -> str | tuple[str, str]:
        if self.requirement is not None:
            return (self.framework.code, self.requirement.code)
        if self.unit is not None:
            return (self.framework.code, self.unit.ref)
        return self.framework.code


@dataclass(frozen=True, slots=True)
class _Row:
    """Everything the view shows of one row, so that changes can be found by comparing."""

    texts: tuple[str, str, str]
    tips: tuple[str, str, str]
    colours: tuple[str, str, str]
    accessible: str = ""  # the cell that the display abbreviates, spelled out for screen readers
    italic_status: bool = False
    bold: bool = False
    example: bool = False
    source: str = ""
    value: float = 0.0


def _tip(*paragraphs: str) -> str:
    """A rich-text tooltip, so that long texts wrap."""
    return "<qt>" + "<br>".join(p for p in paragraphs if p) + "</qt>"


class AssessmentModel(QAbstractItemModel):
    """Read-only tree over a `CaseSnapshot`; feed it each new snapshot with `set_snapshot`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._snapshot: CaseSnapshot | None = None
        self._nodes: list[_Node | None] = [None]  # node ids start at 1; 0 is the root
        self._top: list[int] = []
        self._rows: dict[int, _Row] = {}
        self._by_key: dict[tuple[NodeKind, object], int] = {}
        self._structure: tuple = ()
        self._status_names: dict = {}
        self._rating_names: dict = {}
        self._method_names: dict = {}
        self._outcome_names: dict = {}

    # -- feeding -------------------------------------------------------------------------
    @property
    def snapshot(self) -> CaseSnapshot | None:
        return self._snapshot

    def set_snapshot(self, snapshot: CaseSnapshot) -> bool:
        """Show `snapshot`; returns True when the tree was rebuilt (its structure changed)."""
        structure = tuple((f.id, tuple((u.id, tuple(r.id for r in u.requirements))
                                       for u in f.units)) for f in snapshot.frameworks)
        if structure != self._structure or self._snapshot is None:
            _t.cache_clear()  # a new language shows with the next case opened
            self.beginResetModel()
            self._snapshot, self._structure = snapshot, structure
            self._build(snapshot)
            self._rows = self._describe_all()
            self.endResetModel()
            return True
        self._snapshot = snapshot
        rows = self._describe_all()
        old, self._rows = self._rows, rows
        last = len(Column) - 1
        for node_id, row in rows.items():
            if old.get(node_id) != row:
                node = self._nodes[node_id]
                self.dataChanged.emit(self.createIndex(node.row, 0, node_id),
                                      self.createIndex(node.row, last, node_id))
        return False

    def touch(self, kind: NodeKind, key: object) -> None:
        """Tell views (and filters) that a row should be looked at again."""
        index = self.index_for(kind, key)
        if index.isValid():
            self.dataChanged.emit(index, index.siblingAtColumn(len(Column) - 1))

    def _build(self, snapshot: CaseSnapshot) -> None:
        self._nodes, self._top, self._by_key = [None], [], {}

        def add(node: _Node, siblings: list[int]) -> int:
            node_id = len(self._nodes)
            self._nodes.append(node)
            siblings.append(node_id)
            self._by_key[(node.kind, node.key)] = node_id
            return node_id

        for f_row, framework in enumerate(snapshot.frameworks):
            f_id = add(_Node(NodeKind.FRAMEWORK, 0, f_row, framework), self._top)
            for u_row, unit in enumerate(framework.units):
                u_id = add(_Node(NodeKind.UNIT, f_id, u_row, framework, unit),
                           self._nodes[f_id].children)
                for r_row, requirement in enumerate(unit.requirements):
                    add(_Node(NodeKind.REQUIREMENT, u_id, r_row, framework, unit, requirement),
                        self._nodes[u_id].children)

    # -- describing rows -------------------------------------------------------------------
    def _describe_all(self) -> dict[int, _Row]:
        snapshot = self._snapshot
        self._status_names, self._rating_names = labels.assessment_status(), labels.self_rating()
        self._method_names, self._outcome_names = labels.method(), labels.unit_outcome()
        units = {u.key: u for f in snapshot.result.frameworks for u in f.units}
        rows: dict[int, _Row] = {}
        for node_id, node in enumerate(self._nodes):
            if node is None:
                continue
            if node.kind == NodeKind.REQUIREMENT:
                rows[node_id] = self._describe_requirement(node)
            elif node.kind == NodeKind.UNIT:
                rows[node_id] = self._describe_unit(node, units.get(node.key))
            else:
                rows[node_id] = self._describe_framework(node)
        return rows

    def _describe_requirement(self, node: _Node) -> _Row:
        snapshot, requirement = self._snapshot, node.requirement
        ref: RequirementRef = node.key
        value = snapshot.result.value(ref)
        status = value_status(value)
        names = self._status_names
        source = value.source if value is not None else ValueSource.NONE
        example = is_example(node.framework, requirement)
        text_tip = _tip(f"<b>{html.escape(requirement.code)}</b> {html.escape(requirement.text)}",
                        "<i>" + _t("Exempeltext – inte officiell text.") + "</i>" if example
                        else "")
        if source == ValueSource.DERIVED:
            status_text = _t("{0} (härlett)").format(names[status])
            status_tip = _tip(*(html.escape(line) for line in derivation_lines(value, names)),
                              _t("En direkt bedömning av kravet gäller före det härledda."))
        else:
            status_text = names[status]
            status_tip = self._direct_tip(ref) if source == ValueSource.DIRECT else _tip(
                _t("Inte bedömt, och inget bedömt krav i korsreferensen täcker det."))
        rating = snapshot.self_ratings.get(ref)
        rating_label = self._rating_names[rating.level] if rating else ""
        rating_text = rating_label.split(" – ", 1)[-1]  # "Kan bra": the scale is in the tip
        rating_tip = _tip(_t("Individens egen uppfattning (självskattning) – inget beslut."),
                          html.escape(rating_label)) if rating else ""
        return _Row(
            texts=(f"{short_code(node.unit, requirement)}  {requirement.text}", status_text,
                   rating_text),
            tips=(text_tip, status_tip, rating_tip),
            colours=("", STATUS_COLOURS[status], GREY),
            accessible=f"{requirement.code} {requirement.text}",
            italic_status=source == ValueSource.DERIVED, example=example,
            source=str(source), value=value.value if value is not None else 0.0)

    def _direct_tip(self, ref: RequirementRef) -> str:
        assessment = self._snapshot.assessments.get(ref)
        if assessment is None:
            return ""
        methods = self._method_names
        parts = [_t("Direkt bedömt.")]
        if assessment.assessor or assessment.assessed_on:
            parts.append(html.escape(" ".join(filter(None, (
                assessment.assessor, str(assessment.assessed_on or ""))))))
        if assessment.methods:
            parts.append(html.escape(", ".join(methods[m] for m in assessment.methods)))
        return _tip(*parts)

    def _describe_unit(self, node: _Node, result: UnitResult | None) -> _Row:
        unit = node.unit
        title = f"{unit.code} {unit.title}".strip() if unit.code != unit.title else unit.title
        text_tip = _tip(f"<b>{html.escape(title)}</b>",
                        _t("{0} poäng").format(unit.points) if unit.points is not None else "",
                        "" if unit.required else _t("Valbar – räknas inte i summan."),
                        _t("Ett av alternativen i gruppen ”{0}” räcker.").format(
                            html.escape(unit.alternative_group))
                        if unit.alternative_group else "")
        if result is None:
            return _Row((title, "", ""), (text_tip, "", ""), ("", "", ""), bold=True)
        names = self._outcome_names
        outcome = names[result.outcome]
        colour = _OUTCOME_COLOUR[result.outcome]
        italic = False
        if result.empty:
            coverage, coverage_tip = "–", _t("Inga krav att bedöma i den här delen.")
        else:
            met = sum(1 for v in result.requirements if v.met)
            coverage = percent(result.coverage)
            coverage_tip = _t("{0} av {1} krav uppfyllda (viktad täckning {2}).").format(
                met, len(result.requirements), coverage)
        spoken = _t("{0}, täckning {1}").format(outcome, coverage)
        if result.role == UnitRole.ALTERNATIVE_NOT_NEEDED:
            outcome, colour, italic = _t("alternativ behövs inte"), GREY, True
            spoken = outcome
            outcome_tip = _tip(_t("Ett annat alternativ i gruppen ”{0}” är bättre täckt och "
                                  "räknas i stället.").format(
                html.escape(unit.alternative_group or "")),
                _t("Förslag om det räknades: {0}").format(names[result.outcome]))
        elif result.overridden:
            spoken = _t("{0}, ändrat beslut, täckning {1}").format(outcome, coverage)
            outcome = f"✎ {outcome}"
            outcome_tip = _tip(
                _t("Ändrat beslut: <b>{0}</b> (förslag: {1}).").format(
                    names[result.outcome], names[result.proposed]),
                _t("Motivering: {0}").format(html.escape(result.override_reason)))
        else:
            outcome_tip = _tip(_t("Förslag utifrån täckningen."))
        if result.role != UnitRole.ALTERNATIVE_NOT_NEEDED:
            outcome = f"{outcome} · {coverage}"
        outcome_tip = outcome_tip.replace("</qt>", f"<br>{html.escape(coverage_tip)}</qt>")
        return _Row((title, outcome, ""), (text_tip, outcome_tip, ""), ("", colour, ""),
                    accessible=spoken, italic_status=italic, bold=True)

    def _describe_framework(self, node: _Node) -> _Row:
        framework, values = node.framework, self._snapshot.result.values
        refs = [(framework.code, r.code) for r in framework.requirements]
        sources = [values[ref].source if ref in values else ValueSource.NONE for ref in refs]
        direct = sources.count(ValueSource.DIRECT)
        derived = sources.count(ValueSource.DERIVED)
        title = f"{framework.code} – {framework.title}"
        text_tip = _tip(f"<b>{html.escape(framework.title)}</b>",
                        _t("Version {0}").format(html.escape(framework.version)),
                        "<i>" + _t("Innehåller exempeltexter – inte officiell text.") + "</i>"
                        if framework.has_example_content else "")
        progress = _t("{0} av {1} bedömda").format(direct, len(refs))
        progress_tip = _tip(_t("{0} krav bedömda direkt, {1} härledda via korsreferens, "
                               "{2} utan värde.").format(direct, derived,
                                                         len(refs) - direct - derived))
        return _Row((title, progress, ""), (text_tip, progress_tip, ""), ("", GREY, ""),
                    bold=True, example=framework.has_example_content)

    # -- QAbstractItemModel ------------------------------------------------------------------
    def _children(self, parent: QModelIndex | QPersistentModelIndex) -> list[int]:
        if not parent.isValid():
            return self._top
        return self._nodes[parent.internalId()].children

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        if column < 0 or column >= len(Column) or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        children = self._children(parent)
        if 0 <= row < len(children):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        node = self._nodes[index.internalId()]
        if node.parent == 0:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(Column)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (_t("Krav"), _t("Bedömning"), _t("Självskattning"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (_t("Kod och text; kompetensområden och kurser med sina krav"),
                    _t("Status per krav (kursiv: härlett via korsreferens); per kurs utfallet "
                       "och den viktade täckningen (✎: ändrat beslut)"),
                    _t("Individens egen uppfattning – inget beslut"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node_id, column = index.internalId(), index.column()
        node, row = self._nodes[node_id], self._rows.get(node_id)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if row.accessible and column == (
                    Column.TEXT if node.kind == NodeKind.REQUIREMENT else Column.STATUS):
                return row.accessible
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips[column] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(row.colours[column]) if row.colours[column] else None
        if role == Qt.ItemDataRole.FontRole:
            italic = row.italic_status and column == Column.STATUS
            if not (row.bold or italic):
                return None
            font = QFont()
            font.setItalic(italic)
            font.setBold(row.bold and column in (Column.TEXT, Column.STATUS))
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return example_icon() if row.example and column == Column.TEXT else None
        if role == KIND_ROLE:
            return str(node.kind)
        if role == KEY_ROLE:
            return node.key
        if role == SOURCE_ROLE:
            return row.source or None
        if role == VALUE_ROLE:
            return row.value if node.kind == NodeKind.REQUIREMENT else None
        return None

    # -- lookups for the page ----------------------------------------------------------------
    def index_for(self, kind: NodeKind, key: object, column: int = 0) -> QModelIndex:
        node_id = self._by_key.get((NodeKind(kind), key))
        if node_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node_id].row, column, node_id)

    def node_at(self, index: QModelIndex) -> tuple[NodeKind, object] | None:
        if not index.isValid() or index.model() is not self:
            return None
        node = self._nodes[index.internalId()]
        return node.kind, node.key

    def requirement_state(self, index: QModelIndex) -> tuple[str | None, float | None]:
        """(value source, value) of a requirement row, for filters."""
        row = self._rows.get(index.internalId()) if index.isValid() else None
        return (row.source, row.value) if row is not None else (None, None)

    def place(self, kind: NodeKind, key: object) -> tuple[Framework, Unit | None,
                                                          Requirement | None] | None:
        node_id = self._by_key.get((NodeKind(kind), key))
        if node_id is None:
            return None
        node = self._nodes[node_id]
        return node.framework, node.unit, node.requirement


class AssessmentFilter(QSortFilterProxyModel):
    """Shows the requirements of one `FilterMode` with their units and frameworks.

    The requirement being worked on is pinned: it stays visible while it is selected even
    when an edit takes it out of the filter, so the counsellor is not pulled away from it.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mode = FilterMode.ALL
        self.pinned: RequirementRef | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)

    def set_mode(self, mode: FilterMode) -> None:
        self.beginFilterChange()
        self.mode, self.pinned = FilterMode(mode), None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_pinned(self, ref: RequirementRef | None) -> None:
        old, self.pinned = self.pinned, ref
        model = self.sourceModel()
        if old is not None and old != ref and self.mode != FilterMode.ALL and model is not None:
            model.touch(NodeKind.REQUIREMENT, old)  # may leave the filter now

    def accepts(self, source: str | None, value: float | None) -> bool:
        if self.mode == FilterMode.ALL:
            return True
        if self.mode == FilterMode.NOT_ASSESSED:
            return source == ValueSource.NONE
        if self.mode == FilterMode.DERIVED:
            return source == ValueSource.DERIVED
        return source != ValueSource.NONE and (value or 0.0) < 1.0

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.mode == FilterMode.ALL:
            return True
        model: AssessmentModel = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        node = model.node_at(index)
        if node is None or node[0] != NodeKind.REQUIREMENT:
            return False  # shown only for its requirements (recursive filtering)
        if self.pinned is not None and node[1] == self.pinned:
            return True
        return self.accepts(*model.requirement_state(index))
