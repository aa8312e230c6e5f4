"""Micro-credentials in the library: define and edit them, and see how they stack.

Two tabs. **Definitioner**: the list of definitions (code, title, number of requirements,
a mark when a mandatory EU Annex I element is missing) beside an editor with every
element the definition holds, in Swedish with a one-line hint each, and its list of
requirements picked from a searchable tree of the library. A definition is an edited
document, not a live case: nothing is written until **Spara**, which saves the fields
and the list in one committed transaction (MicroCredentialRepository.save) and reports
what is still missing. With an undo stack, each save and delete is undoable.

**Stapelbarhet**: for a chosen framework and unit, which micro-credentials together
cover all its requirements (plan_engine.covering_micro_credentials) or which remain
uncovered; and for each micro-credential the courses and areas it can be built on
towards ("Kan byggas på till …").
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from koll_desktop.domain.ids import new_id
from koll_desktop.domain.library import (
    MANDATORY_MICRO_CREDENTIAL_FIELDS,
    Framework,
    MicroCredential,
    RequirementRef,
    Unit,
)
from koll_desktop.domain.plan_engine import StackingResult, covering_micro_credentials
from koll_desktop.errors import KnownError
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.micro_credentials import (
    TEXT_FIELDS,
    MicroCredentialRepository,
    normalised,
)
from koll_desktop.ui.widgets import Banner, example_icon

REF_ROLE = Qt.ItemDataRole.UserRole + 11  # a requirement ref, or the refs of a unit
UNIT_ROLE = Qt.ItemDataRole.UserRole + 12  # (framework code, unit ref)
ID_ROLE = Qt.ItemDataRole.UserRole + 13  # a micro-credential's id
MISSING_ROLE = Qt.ItemDataRole.UserRole + 14  # the Swedish names of its missing elements
_SEP = "\x1f"  # between framework code and unit ref in a combo key
WARN, OK, MUTED = "#8a5300", "#1b5e20", "#555"
_NOTE_STYLE = {"warn": "background: #fff3cd; color: #5c3d00; border: 1px solid #e0a800;",
               "ok": "background: #e8f5e9; color: #1b3d1d; border: 1px solid #2e7d32;",
               "info": "background: #eef3fb; color: #1d3557; border: 1px solid #9db4d6;"}


def _t(text: str) -> str:
    return QCoreApplication.translate("micro_credentials", text)


class Element(NamedTuple):
    name: str  # MicroCredential field
    label: str  # with a mnemonic
    hint: str
    lines: int = 1  # > 1: a multi-line text
    presets: tuple[str, ...] = ()  # an editable list of common answers


def elements() -> tuple[list[Element], list[Element]]:
    """The Annex I elements a definition holds (mandatory), then the optional ones."""
    mandatory = [
        Element("title", _t("&Titel"), _t("Mikromeritens namn så som det står på intyget.")),
        Element("awarding_body", _t("&Utfärdande organisation"),
                _t("Den som utfärdar mikromeriten och svarar för den, t.ex. en kommuns "
                   "vuxenutbildning.")),
        Element("country", _t("&Land/region"),
                _t("Utfärdarens land eller region, t.ex. SE (Sverige) eller Västra Götaland.")),
        Element("learning_outcomes", _t("Lärande&resultat"),
                _t("Vad deltagaren vet, kan och kan ta ansvar för efteråt, i klarspråk."), 4),
        Element("workload", _t("Teoretisk &arbetsbelastning"),
                _t("Uppskattad tid för att nå resultaten, t.ex. ”ca 40 timmar (1,5 hp)”; "
                   "ange ECTS/hp där det går.")),
        Element("level", _t("N&ivå (SeQF/EQF)"),
                _t("Nivå i referensramen för kvalifikationer, t.ex. SeQF 4 / EQF 4."),
                presets=tuple(f"SeQF {n} / EQF {n}" for n in range(1, 9))),
        Element("assessment_type", _t("Typ av bedömnin&g"),
                _t("Hur kunnandet bedöms, t.ex. praktiskt prov, observation på arbetsplats, "
                   "kunskapsprov.")),
        Element("participation", _t("&Deltagarform"),
                _t("Hur deltagaren deltar: på plats, på distans, blandat eller på "
                   "arbetsplatsen."),
                presets=(_t("På plats"), _t("Distans"), _t("Blandat: distans och på plats"),
                         _t("På arbetsplatsen"))),
        Element("quality_assurance", _t("Typ av &kvalitetssäkring"),
                _t("Hur bedömningen kvalitetssäkras, t.ex. huvudmannens rutiner och "
                   "bedömarnas kompetens."), 2),
    ]
    optional = [
        Element("prerequisites", _t("&Förkunskapskrav"),
                _t("Vad deltagaren behöver kunna innan, t.ex. ”Inga”.")),
        Element("stackable_into", _t("Kan b&yggas på till"),
                _t("Text på intyget om vad mikromeriten kan räknas in i; ”Fyll i från kraven” "
                   "föreslår en."), 2),
    ]
    return mandatory, optional


def missing_label(names: Sequence[str]) -> str:
    return _t("Saknas: {0}").format(", ".join(names))


# -- what the requirements reach --------------------------------------------------------------
def newest_frameworks(frameworks: Iterable[Framework]) -> list[Framework]:
    """One framework per code, the newest (as requirement refs resolve), in code order."""
    newest: dict[str, Framework] = {}
    for f in sorted(frameworks, key=lambda f: (f.valid_from or date.min, f.version)):
        newest[f.code] = f
    return [newest[code] for code in sorted(newest)]


class Contribution(NamedTuple):
    framework: Framework
    unit: Unit
    count: int  # requirements of the unit the credential holds

    @property
    def complete(self) -> bool:
        return self.count == len(self.unit.requirements)


def contributions(refs: Iterable[RequirementRef],
                  frameworks: Sequence[Framework]) -> list[Contribution]:
    """The units the requirements `refs` belong to, in library order, with how many each."""
    wanted = {tuple(ref) for ref in refs}
    found = []
    for f in frameworks:
        for unit in f.units:
            count = sum(1 for r in unit.requirements if (f.code, r.code) in wanted)
            if count:
                found.append(Contribution(f, unit, count))
    return found


def unit_name(unit: Unit) -> str:
    return f"{unit.code} {unit.title}" if unit.code else unit.title


def share_text(c: Contribution) -> str:
    if c.complete:
        return _t("alla {0} krav").format(c.count)
    return _t("{0} av {1} krav").format(c.count, len(c.unit.requirements))


def describe_contribution(c: Contribution) -> str:
    place = f"{c.framework.code} {c.unit.code}".strip()
    return _t("{0} ({1}): {2}").format(c.unit.title, place, share_text(c))


def stackable_text(found: Sequence[Contribution]) -> str:
    """A suggestion for the certificate's "Kan byggas på till" element."""
    if not found:
        return ""
    parts = [_t("{0} ({1}, {2})").format(c.unit.title, c.framework.title, c.framework.code)
             for c in found]
    return _t("Kan räknas in i {0}.").format(", ".join(parts))


class _Change(QUndoCommand):
    """One committed save or delete and its inverse; applied before it is pushed."""

    def __init__(self, editor: MicroCredentialEditor, text: str, do: Callable[[], Any],
                 undo: Callable[[], Any], focus: str, row: int | None) -> None:
        super().__init__(text)
        self.editor, self.do, self.undo_fn = editor, do, undo
        self.focus, self.row = focus, row
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.do, self.text())

    def undo(self) -> None:
        self._run(self.undo_fn, _t("Ångrat: {0}").format(self.text()))

    def _run(self, fn: Callable[[], Any], message: str) -> None:
        if shiboken6.isValid(self.editor):
            self.editor.apply(fn, message, self.focus, row=self.row)
        else:  # the editor is gone; the database still takes the step
            with contextlib.suppress(KnownError):
                fn()


def _note(label: QLabel, kind: str, text: str) -> None:
    label.setStyleSheet(f"QLabel {{ {_NOTE_STYLE[kind]} border-radius: 4px; padding: 5px; }}")
    label.setText(text)


def _heading(text: str, parent: QWidget, scale: float = 1.0) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _tree(parent: QWidget, name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setAccessibleName(name)
    tree.setHeaderLabels(headers)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setIconSize(QSize(24, 16))
    return tree


# -- the requirement list and the library picker --------------------------------------------
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
        self.list = _tree(left, _t("Krav som ingår i mikromeriten"),
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


# -- stackability -------------------------------------------------------------------------------
class StackabilityPanel(QWidget):
    """Which micro-credentials together cover a unit, and what each one builds towards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frameworks: list[Framework] = []
        self.credentials: list[MicroCredential] = []
        self.result: StackingResult | None = None
        self.framework_picker = QComboBox(self)
        self.framework_picker.setAccessibleName(_t("Ramverk"))
        self.framework_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.framework_picker.setMinimumContentsLength(28)
        self.unit_picker = QComboBox(self)
        self.unit_picker.setAccessibleName(_t("Kurs eller kompetensområde"))
        self.unit_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_picker.setMinimumContentsLength(40)
        framework_label = QLabel(_t("&Ramverk:"), self)
        framework_label.setBuddy(self.framework_picker)
        unit_label = QLabel(_t("&Kurs/område:"), self)
        unit_label.setBuddy(self.unit_picker)
        top = QHBoxLayout()
        for widget in (framework_label, self.framework_picker, unit_label, self.unit_picker):
            top.addWidget(widget)
        top.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(_t("Täcks kursen av mikromeriter"))
        self.requirements = _tree(self, _t("Kursens krav och mikromeriterna som täcker dem"),
                                  [_t("Kod"), _t("Krav"), _t("Täcks av mikromerit")])
        self.requirements.setRootIsDecorated(False)
        self.requirements.header().setStretchLastSection(False)
        self.requirements.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        upper = QWidget(self)
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.status)
        column.addWidget(self.requirements, 1)

        lower = QWidget(self)
        self.towards = _tree(lower, _t("Vad varje mikromerit kan byggas på till"),
                             [_t("Mikromerit / kan byggas på till"), _t("Benämning"),
                              _t("Krav som ingår")])
        self.towards.header().setStretchLastSection(False)
        self.towards.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        towards_label = _heading(_t("Kan byggas på till – kurser och områden som varje "
                                    "mikromerits krav ingår i"), lower)
        hint = QLabel(_t("Dubbelklicka på en kurs för att se vilka mikromeriter som "
                         "tillsammans täcker den."), lower)
        hint.setStyleSheet(f"color: {MUTED}")
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(towards_label)
        column.addWidget(hint)
        column.addWidget(self.towards, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)

        self.framework_picker.currentIndexChanged.connect(self._framework_picked)
        self.unit_picker.currentIndexChanged.connect(self._show)
        self.towards.itemDoubleClicked.connect(self._jump)

    def load(self, frameworks: list[Framework], credentials: list[MicroCredential]) -> None:
        keep = (self.framework_picker.currentData(), self.unit_picker.currentData())
        self.frameworks, self.credentials = frameworks, credentials
        self.framework_picker.blockSignals(True)
        self.framework_picker.clear()
        for f in frameworks:
            self.framework_picker.addItem(f"{f.code} – {f.title}", f.code)
            if f.example:
                self.framework_picker.setItemIcon(self.framework_picker.count() - 1,
                                                  example_icon())
        self.framework_picker.blockSignals(False)
        touched = {ref[0] for m in credentials for ref in m.requirements}
        code = keep[0] if keep[0] in {f.code for f in frameworks} else next(
            (f.code for f in frameworks if f.code in touched),
            frameworks[0].code if frameworks else None)
        unit_ref = keep[1].split(_SEP, 1)[1] if keep[1] and keep[0] == code else None
        self.show_unit(code, unit_ref)
        self._fill_towards()

    def show_unit(self, framework_code: str | None, unit_ref: str | None = None) -> None:
        """Choose a framework and one of its units (default: the best covered one)."""
        self.framework_picker.blockSignals(True)
        self.framework_picker.setCurrentIndex(self.framework_picker.findData(framework_code))
        self.framework_picker.blockSignals(False)
        f = self._framework()
        self.unit_picker.blockSignals(True)
        self.unit_picker.clear()
        best, best_count = None, 0
        for unit in f.units if f else ():
            result = covering_micro_credentials(f.code, unit, self.credentials)
            covered = len(unit.requirements) - len(result.uncovered)
            if result.complete:
                share = _t("täcks helt")
            elif covered:
                share = _t("{0} av {1} krav").format(covered, len(unit.requirements))
            else:
                share = _t("ingen mikromerit")
            self.unit_picker.addItem(f"{unit_name(unit)} – {share}", _unit_key(f.code, unit.ref))
            if covered > best_count:
                best, best_count = unit.ref, covered
        wanted = unit_ref or best
        index = self.unit_picker.findData(_unit_key(f.code, wanted)) if f and wanted else 0
        self.unit_picker.setCurrentIndex(max(index, 0) if self.unit_picker.count() else -1)
        self.unit_picker.blockSignals(False)
        self._show()

    def _framework(self) -> Framework | None:
        code = self.framework_picker.currentData()
        return next((f for f in self.frameworks if f.code == code), None)

    def _framework_picked(self) -> None:
        self.show_unit(self.framework_picker.currentData())

    def _unit(self) -> tuple[Framework, Unit] | None:
        key, f = self.unit_picker.currentData(), self._framework()
        if not key or f is None:
            return None
        unit = next((u for u in f.units if _unit_key(f.code, u.ref) == key), None)
        return (f, unit) if unit is not None else None

    def _show(self, *_args) -> None:
        self.requirements.clear()
        found = self._unit()
        if found is None:
            self.result = None
            _note(self.status, "info", html.escape(_t("Välj ett ramverk och en kurs.")))
            return
        f, unit = found
        result = self.result = covering_micro_credentials(f.code, unit, self.credentials)
        chosen = {m.code for m in result.credentials}
        holders: dict[RequirementRef, list[str]] = {}
        for m in self.credentials:
            for ref in dict.fromkeys(tuple(r) for r in m.requirements):
                holders.setdefault(ref, []).append(m.code)
        for r in unit.requirements:
            codes = holders.get((f.code, r.code), [])
            shown = [c for c in codes if c in chosen] + [c for c in codes if c not in chosen]
            item = QTreeWidgetItem([r.code, r.text, ", ".join(shown) or _t("– ingen")])
            item.setToolTip(1, r.text)
            if not codes:
                for column in range(3):
                    item.setForeground(column, QBrush(QColor("#b3261e")))
            self.requirements.addTopLevelItem(item)
        self.requirements.resizeColumnToContents(0)
        self.requirements.resizeColumnToContents(2)
        name = html.escape(f"{unit_name(unit)} ({f.code})")
        parts = "".join(f"<br>• <b>{html.escape(m.code)}</b> {html.escape(m.title)}"
                        for m in result.credentials)
        total, left = len(unit.requirements), len(result.uncovered)
        if result.complete:
            _note(self.status, "ok", _t("<b>{0}</b> täcks helt av {1} mikromeriter "
                                        "tillsammans:{2}").format(name, len(result.credentials),
                                                                  parts))
        elif result.credentials:
            missing = html.escape(", ".join(rc for _fc, rc in result.uncovered))
            _note(self.status, "warn", _t(
                "<b>{0}</b> täcks inte helt: {1} av {2} krav saknar mikromerit ({3}). Dessa "
                "täcker tillsammans {4} av {2} krav:{5}").format(
                name, left, total, missing, total - left, parts))
        else:
            _note(self.status, "warn", _t("Ingen mikromerit täcker något av kraven i "
                                          "<b>{0}</b>.").format(name))

    def _fill_towards(self) -> None:
        self.towards.clear()
        for m in self.credentials:
            head = QTreeWidgetItem([m.code, m.title, _t("{0} krav").format(
                len(m.requirements))])
            bold = QFont(head.font(0))
            bold.setBold(True)
            head.setFont(0, bold)
            self.towards.addTopLevelItem(head)
            found = contributions(m.requirements, self.frameworks)
            for c in found:
                child = QTreeWidgetItem([f"{c.framework.code} {c.unit.code}".strip(),
                                         c.unit.title, share_text(c)])
                child.setData(0, UNIT_ROLE, (c.framework.code, c.unit.ref))
                child.setToolTip(2, _t("{0} av kursens {1} krav ingår i mikromeriten").format(
                    c.count, len(c.unit.requirements)))
                head.addChild(child)
            if not found:
                head.addChild(QTreeWidgetItem([_t("(inga krav i biblioteket)"), "", ""]))
        self.towards.expandAll()
        self.towards.resizeColumnToContents(0)
        self.towards.resizeColumnToContents(2)

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, UNIT_ROLE)
        if key:
            self.show_unit(key[0], key[1])


# -- the view -----------------------------------------------------------------------------------
class MicroCredentialEditor(QWidget):
    """Define, edit and delete micro-credentials; see how they stack."""

    library_changed = Signal()  # a definition was saved or deleted (also by undo)
    saved = Signal(str)  # a line for the status bar

    def __init__(self, db: Database, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MicroCredentialEditor")
        self.repo = MicroCredentialRepository(db)
        self.library = LibraryRepository(db)
        self.undo_stack = undo_stack
        self.credentials: list[MicroCredential] = []
        self.frameworks: list[Framework] = []
        self.baseline: MicroCredential | None = None  # as saved; None: nothing open
        self.is_new = False
        self._loading = False
        # Injectable so tests and scripts can drive the view without modal dialogs.
        self.confirm_delete: Callable[[str], bool] = self._ask_delete
        self.ask_unsaved: Callable[[str], str] = self._ask_unsaved  # save|discard|cancel
        self._build()
        self.refresh()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.error_banner = Banner("error", _t("Felmeddelande"), self)
        self.info_banner = Banner("info", _t("Meddelande"), self)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.info_banner)
        top = QHBoxLayout()
        top.addWidget(_heading(_t("Mikromeriter"), self, 1.4))
        top.addSpacing(12)
        self.counts = QLabel(self)
        self.counts.setAccessibleName(_t("Antal mikromeriter"))
        top.addWidget(self.counts, 1)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        definitions = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        definitions.setChildrenCollapsible(False)
        definitions.addWidget(self._build_list(definitions))
        definitions.addWidget(self._build_editor(definitions))
        definitions.setStretchFactor(1, 1)
        definitions.setSizes([440, 820])
        self.splitter = definitions
        self.stacking = StackabilityPanel(self.tabs)
        self.tabs.addTab(definitions, _t("Definitioner"))
        self.tabs.addTab(self.stacking, _t("Stapelbarhet"))
        layout.addWidget(self.tabs, 1)

    def _build_list(self, parent: QWidget) -> QWidget:
        left = QWidget(parent)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 4, 0, 0)
        self.list = _tree(left, _t("Mikromeriter i biblioteket"),
                          [_t("Kod"), _t("Titel"), _t("Krav"), _t("EU-uppgifter")])
        self.list.setObjectName("microCredentialList")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for section in (0, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.list.headerItem().setToolTip(3, _t("Obligatoriska uppgifter enligt EU:s "
                                                "rådsrekommendation om mikromeriter"))
        caption = QLabel(_t("Mikro&meriter:"), left)
        caption.setBuddy(self.list)
        self.new_button = QPushButton(_t("&Ny"), left)
        self.new_button.setAccessibleName(_t("Ny mikromerit"))
        self.delete_button = QPushButton(_t("Ta &bort …"), left)
        self.delete_button.setAccessibleName(_t("Ta bort den valda mikromeriten"))
        column.addWidget(caption)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        column.addLayout(row)
        self.list.currentItemChanged.connect(self._picked)
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete_current)
        return left

    def _build_editor(self, parent: QWidget) -> QWidget:
        self.pane = QStackedWidget(parent)
        empty = QLabel(_t("Välj en mikromerit i listan, eller skapa en ny med Ny."), self.pane)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet(f"color: {MUTED}")
        self.pane.addWidget(empty)
        editor = QWidget(self.pane)
        column = QVBoxLayout(editor)
        column.setContentsMargins(6, 4, 0, 0)
        self.title_label = _heading("", editor, 1.2)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.missing = QLabel(editor)
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(_t("Saknade uppgifter"))
        self.form_tabs = QTabWidget(editor)
        self.form_tabs.addTab(self._build_form(), _t("Uppgifter"))
        self.picker = RequirementPicker(self.form_tabs)
        self.form_tabs.addTab(self.picker, _t("Krav"))
        self.save_button = QPushButton(_t("&Spara"), editor)
        self.save_button.setAccessibleName(_t("Spara mikromeriten"))
        self.save_button.setToolTip(_t("Sparar uppgifterna och kraven (Ctrl+S)"))
        self.revert_button = QPushButton(_t("Åt&erställ"), editor)
        self.revert_button.setAccessibleName(_t("Släpp osparade ändringar"))
        self.state = QLabel(editor)
        self.state.setAccessibleName(_t("Sparat eller inte"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        column.addWidget(self.title_label)
        column.addWidget(self.missing)
        column.addWidget(self.form_tabs, 1)
        column.addLayout(buttons)
        self.pane.addWidget(editor)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.picker.changed.connect(self._edited)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, editor)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        return self.pane

    def _build_form(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(scroll)
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(1)
        grid.setHorizontalSpacing(12)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.captions: dict[str, QLabel] = {}
        mandatory, optional = elements()
        self._row = 0
        code = Element("code", _t("K&od"), _t("Unik kod i biblioteket, t.ex. MK-USK-HYG "
                                               "(bokstäver, siffror, bindestreck)."))
        self._add_field(grid, page, code)
        self._section(grid, page, _t("Obligatoriska uppgifter (EU:s rådsrekommendation om "
                                     "mikromeriter, bilaga I)"))
        issued = QLabel(_t("Deltagaren och utfärdandedatum – två av de elva obligatoriska "
                           "uppgifterna – hämtas från ärendet när mikromeriten utfärdas."), page)
        issued.setWordWrap(True)
        issued.setAccessibleName(_t("Om deltagare och datum"))
        _note(issued, "info", issued.text())
        grid.addWidget(issued, self._row, 0, 1, 2)
        grid.setRowMinimumHeight(self._row + 1, 8)
        self._row += 2
        for element in mandatory:
            self._add_field(grid, page, element)
        self._section(grid, page, _t("Frivilliga uppgifter"))
        for element in optional:
            self._add_field(grid, page, element)
        self.fill_button = QPushButton(_t("Fyll i från kra&ven"), page)
        self.fill_button.setAccessibleName(_t("Föreslå texten Kan byggas på till från kraven"))
        self.fill_button.clicked.connect(self.fill_stackable)
        grid.addWidget(self.fill_button, self._row, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setRowStretch(self._row + 1, 1)
        bold = QFont(page.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(c.text().replace("&", ""))
                     for c in self.captions.values())
        grid.setColumnMinimumWidth(0, widest + 8)  # no jump when a label turns bold
        scroll.setWidget(page)
        return scroll

    def _section(self, grid: QGridLayout, page: QWidget, text: str) -> None:
        label = _heading(text, page)
        label.setContentsMargins(0, 10, 0, 4)
        grid.addWidget(label, self._row, 0, 1, 2)
        self._row += 1

    def _add_field(self, grid: QGridLayout, page: QWidget, element: Element) -> None:
        widget: QLineEdit | QPlainTextEdit | QComboBox
        if element.lines > 1:
            widget = QPlainTextEdit(page)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * element.lines + 12)
            widget.textChanged.connect(self._edited)
        elif element.presets:
            widget = QComboBox(page)
            widget.setEditable(True)
            widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            widget.addItems(list(element.presets))
            widget.setCurrentIndex(-1)
            widget.currentTextChanged.connect(self._edited)
        else:
            widget = QLineEdit(page)
            widget.textChanged.connect(self._edited)
        caption = QLabel(element.label, page)
        caption.setBuddy(widget)
        widget.setAccessibleName(element.label.replace("&", ""))
        widget.setAccessibleDescription(element.hint)
        widget.setToolTip(element.hint)
        hint = QLabel(element.hint, page)
        hint.setWordWrap(True)  # one line at the usual width; never wider than the form
        hint.setStyleSheet(f"color: {MUTED}")
        font = QFont(hint.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        hint.setFont(font)
        hint.setContentsMargins(0, 0, 0, 6)
        top = Qt.AlignmentFlag.AlignTop if element.lines > 1 else Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(caption, self._row, 0, top | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(widget, self._row, 1)
        grid.addWidget(hint, self._row + 1, 1)
        self._row += 2
        self.fields[element.name] = widget
        self.captions[element.name] = caption

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the library and the definitions again (after an import or an undo)."""
        self.frameworks = newest_frameworks(self.library.all_frameworks())
        self.picker.load_library(self.frameworks)
        self._reload()

    def _reload(self, focus: str | None = None, row: int | None = None) -> None:
        """The list and the stackability from the database; the form kept if edited.

        Opens `focus` (else the current one); when it is gone, the one at `row` (else the
        first)."""
        keep = focus or self.current_id()
        self.credentials = self.repo.all()
        self.list.blockSignals(True)
        self.list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for m in self.credentials:
            missing = m.missing_elements()
            mark = _t("saknar {0}").format(len(missing)) if missing else _t("kompletta")
            item = QTreeWidgetItem([m.code, m.title, str(len(m.requirements)), mark])
            item.setData(0, ID_ROLE, m.id)
            item.setData(0, MISSING_ROLE, missing)
            item.setToolTip(1, m.title)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if missing:
                item.setIcon(3, warning)
                item.setForeground(3, QBrush(QColor(WARN)))
                item.setToolTip(3, missing_label(missing) + " – " + _t("kan inte utfärdas"))
            else:
                item.setForeground(3, QBrush(QColor(OK)))
                item.setToolTip(3, _t("Alla obligatoriska uppgifter är ifyllda"))
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        incomplete = sum(1 for m in self.credentials if m.missing_elements())
        self.counts.setText(_t("{0} i biblioteket · {1} saknar obligatoriska uppgifter")
                            .format(len(self.credentials), incomplete))
        self.stacking.load(self.frameworks, self.credentials)
        if self.baseline is not None and (self.is_dirty() or self.is_new):
            self._select_row(self.baseline.id)
        else:
            target = next((m for m in self.credentials if m.id == keep), None)
            if target is None and self.credentials:
                target = self.credentials[min(row or 0, len(self.credentials) - 1)]
            self._select_row(target.id if target else None)
            self._open(target)
        self._update_state()

    def _select_row(self, mc_id: str | None) -> bool:
        self.list.blockSignals(True)
        try:
            for row in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(row)
                if item.data(0, ID_ROLE) == mc_id:
                    self.list.setCurrentItem(item)
                    return True
            self.list.setCurrentItem(None)
            self.list.clearSelection()
            return False
        finally:
            self.list.blockSignals(False)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select(self, code: str) -> bool:
        """Open the definition with this code (asking first about unsaved changes)."""
        found = next((m for m in self.credentials if m.code == code), None)
        if found is None or not self.confirm_leave():
            return False
        self._select_row(found.id)
        self._hide_banners()
        self._open(self.repo.find(found.id))  # as stored now (leaving may have saved)
        return True

    def _open(self, mc: MicroCredential | None, *, new: bool = False) -> None:
        self.baseline, self.is_new = mc, new
        self.pane.setCurrentIndex(0 if mc is None else 1)
        self._loading = True
        try:
            for name, widget in self.fields.items():
                value = getattr(mc, name) if mc is not None else ""
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(-1)
                    widget.setEditText(value)
                else:
                    widget.setText(value)
                    widget.setCursorPosition(0)
            self.picker.set_refs(mc.requirements if mc is not None else ())
        finally:
            self._loading = False
        self._update_state()

    # -- the form ------------------------------------------------------------------------
    def draft(self) -> MicroCredential:
        """The definition as the form has it now."""
        values = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentText()
            else:
                values[name] = widget.text()
        base_id = self.baseline.id if self.baseline is not None else new_id()
        return normalised(MicroCredential(id=base_id, requirements=tuple(self.picker.refs),
                                          **values))

    def is_dirty(self) -> bool:
        if self.baseline is None:
            return False
        return _key(self.draft()) != _key(normalised(self.baseline))

    def set_field(self, name: str, value: str) -> None:
        """Type into one field (for scripts and tests)."""
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            widget.setEditText(value)
        else:
            widget.setText(value)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._update_state()

    def _update_state(self) -> None:
        open_ = self.baseline is not None
        self.delete_button.setEnabled(self.current_id() is not None and not self.is_new)
        if not open_:
            return
        mc = self.draft()
        dirty = self.is_dirty()
        title = f"{mc.code} – {mc.title}" if mc.code and mc.title else (mc.code or mc.title)
        if self.is_new:
            title = _t("Ny mikromerit: {0}").format(title) if title else _t("Ny mikromerit")
        self.title_label.setText(title)
        missing = mc.missing_elements()
        if missing:
            _note(self.missing, "warn", html.escape(
                missing_label(missing) + " – " + _t("mikromeriten kan inte utfärdas förrän "
                                                    "de är ifyllda.")))
        elif not mc.requirements:
            _note(self.missing, "warn", html.escape(_t(
                "Alla obligatoriska uppgifter är ifyllda, men inga krav är valda: utan krav "
                "kan mikromeriten aldrig bli intjänad.")))
        else:
            _note(self.missing, "ok", html.escape(_t(
                "Alla obligatoriska uppgifter är ifyllda; mikromeriten kan utfärdas när "
                "kraven är uppfyllda.")))
        empty = {name for name, _label in MANDATORY_MICRO_CREDENTIAL_FIELDS
                 if not getattr(mc, name)} | ({"code"} if not mc.code else set())
        for name, caption in self.captions.items():
            caption.setStyleSheet(f"color: {WARN}; font-weight: bold" if name in empty else "")
        self.form_tabs.setTabText(1, _t("Krav ({0})").format(len(mc.requirements)))
        self.save_button.setEnabled(dirty or self.is_new)
        self.revert_button.setEnabled(dirty)
        if self.is_new:
            self.state.setText(_t("Inte sparad ännu."))
        elif dirty:
            self.state.setText(_t("Osparade ändringar – spara med Spara (Ctrl+S)."))
        else:
            self.state.setText(_t("Sparad."))
        self.state.setStyleSheet(f"color: {WARN}" if dirty or self.is_new else f"color: {MUTED}")

    def fill_stackable(self) -> None:
        text = stackable_text(contributions(self.picker.refs, self.frameworks))
        if text:
            self.set_field("stackable_into", text)

    # -- navigation with unsaved changes --------------------------------------------------
    def confirm_leave(self) -> bool:
        """Before another definition (or another screen): save, discard or stay."""
        if not self.is_dirty() and not (self.is_new and self._typed()):
            return True
        answer = self.ask_unsaved(self.draft().code or _t("den nya mikromeriten"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            was_new = self.is_new
            self._open(None if was_new else self.repo.find(self.baseline.id))  # type: ignore[union-attr]
            return True
        return False

    def _typed(self) -> bool:
        blank = normalised(MicroCredential(code="", title=""))
        return _key(self.draft()) != _key(blank)

    def has_unsaved_changes(self) -> bool:
        return self.is_dirty() or (self.is_new and self._typed())

    def _picked(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        wanted = item.data(0, ID_ROLE)
        back = previous.data(0, ID_ROLE) if previous is not None else None
        if not self.confirm_leave():  # saving reads the list again: only ids survive
            self._select_row(back)
            return
        self._select_row(wanted)
        self._hide_banners()
        self._open(self.repo.find(wanted))

    def new(self) -> None:
        if not self.confirm_leave():
            return
        self._select_row(None)
        self._hide_banners()
        self._open(MicroCredential(code="", title=""), new=True)
        self.form_tabs.setCurrentIndex(0)
        self.fields["code"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_banners(self) -> None:
        self.error_banner.hide()
        self.info_banner.hide()

    def revert(self) -> None:
        if self.baseline is not None:
            self._open(self.baseline, new=self.is_new)

    # -- saving and deleting (each committed, each undoable) -------------------------------
    def save(self) -> bool:
        """Validate and save the form; report what is still missing."""
        if self.baseline is None:
            return False
        mc = self.draft()
        if not mc.code:
            self.error_banner.show_message(_t("Sparades inte: ange en kod för mikromeriten, "
                                              "t.ex. MK-USK-HYG."))
            self.form_tabs.setCurrentIndex(0)
            self.fields["code"].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        before = self.repo.find(mc.id)
        repo = self.repo
        label = _t("Spara mikromerit {0}").format(mc.code)
        if before is None:
            ok = self._edit(label, lambda: repo.save(mc), lambda: repo.delete(mc.id), mc.id)
        else:
            ok = self._edit(label, lambda: repo.save(mc), lambda: repo.save(before), mc.id)
        if ok:
            missing = mc.missing_elements()
            if missing:
                report = _t("Sparat som utkast: {0}. {1} obligatoriska uppgifter saknas, så "
                            "den kan inte utfärdas än.").format(mc.code, len(missing))
            else:
                report = _t("Sparat: {0}. Alla obligatoriska uppgifter är ifyllda.").format(
                    mc.code)
            self.info_banner.show_message(report)
        return ok

    def delete_current(self) -> bool:
        mc_id = self.current_id()
        if mc_id is None or self.is_new:
            return False
        mc = self.repo.find(mc_id)
        if mc is None or not self.confirm_delete(mc.code):
            return False
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        repo = self.repo
        ok = self._edit(_t("Ta bort mikromerit {0}").format(mc.code),
                        lambda: repo.delete(mc_id), lambda: repo.save(mc), mc_id, row=row)
        if ok:
            self.info_banner.show_message(_t("Borttagen: {0}. Ångra med Ctrl+Z.").format(
                mc.code) if self.undo_stack is not None else _t("Borttagen: {0}.").format(
                mc.code))
        return ok

    def _edit(self, label: str, do: Callable[[], Any], undo: Callable[[], Any],
              focus: str, row: int | None = None) -> bool:
        if not self.apply(do, label, focus, row=row):
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(_Change(self, label, do, undo, focus, row))
        return True

    def apply(self, fn: Callable[[], Any], message: str, focus: str | None = None,
              *, row: int | None = None) -> bool:
        """Run one repository call; show what happened; read the definitions again.

        The form shows what is stored now, unless it holds unsaved edits of another
        definition (an undo elsewhere leaves them alone)."""
        try:
            fn()
        except KnownError as error:
            self.info_banner.hide()
            self.error_banner.show_message(_t("Sparades inte: {0}").format(error))
            return False
        self.error_banner.hide()
        self.info_banner.hide()
        if not self.has_unsaved_changes() or (self.baseline is not None
                                              and self.baseline.id == focus):
            self.baseline, self.is_new = None, False
        self._reload(focus, row)
        self.saved.emit(_t("Sparat: {0}").format(message))
        self.library_changed.emit()
        return True

    # -- dialogs -----------------------------------------------------------------------------
    def _ask_delete(self, code: str) -> bool:
        answer = QMessageBox.question(
            self, _t("Ta bort mikromerit"),
            _t("Ta bort mikromeriten {0} ur biblioteket? Redan utfärdade intyg påverkas inte.")
            .format(code))
        return answer == QMessageBox.StandardButton.Yes

    def _ask_unsaved(self, code: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, _t("Osparade ändringar"),
                          _t("{0} har ändringar som inte är sparade.").format(code),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        box.deleteLater()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel")


def _unit_key(framework_code: str, unit_ref: str) -> str:
    return f"{framework_code}{_SEP}{unit_ref}"


def _key(mc: MicroCredential) -> tuple:
    return (*(getattr(mc, k) for k in TEXT_FIELDS), tuple(tuple(r) for r in mc.requirements))


__all__ = ["Contribution", "MicroCredentialEditor", "RequirementPicker", "StackabilityPanel",
           "contributions", "elements", "newest_frameworks"]
