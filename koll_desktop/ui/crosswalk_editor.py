"""The crosswalk editor: a coordinator links the requirements of two frameworks (DESIGN §2).

Two frameworks side by side as trees (units → requirements), each requirement with the
number of its links to the other side; the current requirement of one tree marks its
linked counterparts in the other. Below: the pair of current requirements, to link
(full or partial, with a note), re-grade or unlink; and ranked suggestions from the
likeness of the texts, which the coordinator accepts or rejects one by one; nothing is
ever linked without a click.

Every change is one committed CrosswalkRepository call, pushed on the window's
QUndoStack with its inverse, so Ctrl+Z undoes a link, an unlink, a change or an
accepted suggestion. Rejected suggestions stay hidden while the editor lives.
"""

from __future__ import annotations

import contextlib
import html
import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from koll_desktop.domain import text_similarity
from koll_desktop.domain.enums import Coverage, FrameworkKind
from koll_desktop.domain.ids import new_id
from koll_desktop.domain.library import Framework, Requirement, RequirementRef
from koll_desktop.domain.text_similarity import Suggestion
from koll_desktop.errors import KnownError
from koll_desktop.storage.crosswalk import CrosswalkRepository, StoredLink
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.ui.labels import coverage_label
from koll_desktop.ui.library_view import ID_ROLE
from koll_desktop.ui.widgets import Banner, example_icon

LINKS_ROLE = Qt.ItemDataRole.UserRole + 3  # links of a requirement to the other side
HTML_ROLE = Qt.ItemDataRole.UserRole + 4  # a cell painted as rich text
MARK = {Coverage.FULL: QColor("#c6efce"), Coverage.PARTIAL: QColor("#ffeb9c")}
SHARED_STYLE = "background-color: #fde68a; color: #3d2e00; font-weight: 600"


def _t(text: str) -> str:
    return QCoreApplication.translate("crosswalk", text)


def _highlighted(text: str, words: tuple[str, ...]) -> str:
    return "".join(f'<span style="{SHARED_STYLE}">{html.escape(piece)}</span>' if shared
                   else html.escape(piece) for piece, shared in
                   text_similarity.segments(text, words))


class _Change(QUndoCommand):
    """One committed crosswalk change and its inverse; applied before it is pushed."""

    def __init__(self, editor: CrosswalkEditor, text: str, do: Callable[[], Any],
                 undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self.editor, self.do, self.undo_fn = editor, do, undo
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
            self.editor.apply(fn, message)
        else:  # the editor is gone; the database still takes the step
            with contextlib.suppress(KnownError):
                fn()


# -- the two trees -------------------------------------------------------------------------
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


# -- suggestions ---------------------------------------------------------------------------
class _RichTextDelegate(QStyledItemDelegate):
    """Paints cells that carry HTML_ROLE as wrapped rich text (shared words highlighted)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(5)
        doc.setHtml(index.data(HTML_ROLE))
        doc.setTextWidth(option.rect.width() if option.rect.width() > 0 else 300)
        return doc

    def paint(self, painter, option, index) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRect(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class _SuggestionTable(QTableView):
    """Rows as high as their wrapped texts, also after the columns change width."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.resizeRowsToContents)

    def fit_rows(self) -> None:
        self._fit.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_rows()


class _SuggestionModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.suggestions: list[Suggestion] = []
        self.setColumnCount(3)

    def load(self, suggestions: list[Suggestion], texts: dict[RequirementRef, str],
             codes: tuple[str, str]) -> None:
        self.removeRows(0, self.rowCount())
        self.setHorizontalHeaderLabels([self.tr("Likhet"), self.tr("Krav i {0}").format(codes[0]),
                                        self.tr("Krav i {0}").format(codes[1])])
        self.suggestions = list(suggestions)
        for s in suggestions:
            shared = self.tr("Gemensamma ord: {0}").format(", ".join(s.shared_words))
            percent = round(s.score * 100)
            score = QStandardItem(f"{percent} %")
            score.setData(f'<div align="right">{percent}&nbsp;%</div>', HTML_ROLE)
            score.setToolTip(shared)
            row = [score]
            for ref in (s.a_ref, s.b_ref):
                text = texts.get(ref, "")
                cell = QStandardItem(f"{ref[1]} {text}")
                cell.setData(f"<b>{html.escape(ref[1])}</b> "
                             f"{_highlighted(text, s.shared_words)}", HTML_ROLE)
                cell.setToolTip(shared)
                row.append(cell)
            for cell in row:
                cell.setEditable(False)
            self.appendRow(row)


# -- the editor ----------------------------------------------------------------------------
class CrosswalkEditor(QWidget):
    """Link the requirements of two frameworks; every change undoable on `undo_stack`."""

    crosswalk_changed = Signal()  # after a link was made, changed or removed (also by undo)
    saved = Signal(str)  # a line for the status bar

    def __init__(self, db: Database, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrosswalkEditor")
        self.library = LibraryRepository(db)
        self.repo = CrosswalkRepository(db)
        self.undo_stack = undo_stack
        self.links: dict[str, list[StoredLink]] = {}  # requirement id → its links across
        self.rejected: set[tuple[RequirementRef, RequirementRef]] = set()
        self._ranked: list[Suggestion] = []
        self._ranked_for: tuple[str, str] | None = None
        self._new_coverage = Coverage.FULL
        self._loading = False
        self._listing = False  # the suggestion list is being filled (not the user choosing)
        self._build()
        self.refresh()

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.error_banner = Banner("error", self.tr("Felmeddelande"), self)
        layout.addWidget(self.error_banner)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Korsreferenser"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Kopplingar mellan ramverken"))
        self.swap_button = QPushButton(self.tr("B&yt plats"), self)
        self.swap_button.setAccessibleName(self.tr("Byt plats på ramverken"))
        legend = QLabel(self.tr("Det valda kravets kopplingar: {0} helt {1} delvis").format(
            f'<span style="background:{MARK[Coverage.FULL].name()}">&nbsp;&nbsp;&nbsp;&nbsp;'
            "</span>",
            f'<span style="background:{MARK[Coverage.PARTIAL].name()}">&nbsp;&nbsp;&nbsp;&nbsp;'
            "</span>"), self)
        legend.setAccessibleName(self.tr("Färgförklaring"))
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        top.addWidget(legend)
        top.addSpacing(12)
        top.addWidget(self.swap_button)
        layout.addLayout(top)

        trees = QSplitter(Qt.Orientation.Horizontal, self)
        trees.setChildrenCollapsible(False)
        self.side_a = _Side(self.tr("&Första ramverket:"), self.tr("Första ramverket"),
                            self.tr("visa bara &okopplade"), self.tr("Krav i första ramverket"),
                            trees)
        self.side_b = _Side(self.tr("A&ndra ramverket:"), self.tr("Andra ramverket"),
                            self.tr("visa bara okop&plade"), self.tr("Krav i andra ramverket"),
                            trees)
        trees.addWidget(self.side_a)
        trees.addWidget(self.side_b)
        bottom = QWidget(self)
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._build_link_box(bottom), 2)
        row.addWidget(self._build_suggestion_box(bottom), 3)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(trees)
        split.addWidget(bottom)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        layout.addWidget(split, 1)

        for side in (self.side_a, self.side_b):
            side.picker.currentIndexChanged.connect(self._framework_picked)
            side.tree.selectionModel().currentChanged.connect(self._requirement_changed)
            # the filter may take the current row away without a currentChanged
            side.only_unlinked.toggled.connect(self._requirement_changed)
        self.swap_button.clicked.connect(self.swap)
        order = [self.side_a.picker, self.side_a.only_unlinked, self.side_a.tree,
                 self.side_b.picker, self.side_b.only_unlinked, self.side_b.tree,
                 self.full_radio, self.partial_radio, self.note, self.link_button,
                 self.save_button, self.unlink_button, self.suggestion_table,
                 self.accept_coverage, self.accept_button, self.reject_button,
                 self.restore_button, self.swap_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _build_link_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Koppling mellan de valda kraven"), parent)
        self.a_text, self.b_text, self.a_links = QLabel(box), QLabel(box), QLabel(box)
        for label, name in ((self.a_text, self.tr("Valt krav i första ramverket")),
                            (self.b_text, self.tr("Valt krav i andra ramverket")),
                            (self.a_links, self.tr("Det valda kravets kopplingar"))):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.state = QLabel(box)
        self.state.setAccessibleName(self.tr("Kopplingens läge"))
        self.state.setWordWrap(True)
        self.full_radio = QRadioButton(self.tr("H&elt"), box)
        self.full_radio.setAccessibleName(self.tr("Täckning: helt"))
        self.full_radio.setToolTip(self.tr("Kravet täcks helt av det andra kravet"))
        self.partial_radio = QRadioButton(self.tr("&Delvis"), box)
        self.partial_radio.setAccessibleName(self.tr("Täckning: delvis"))
        self.partial_radio.setToolTip(self.tr("Kravet täcks delvis; skriv gärna vad som saknas"))
        self.coverage = QButtonGroup(box)
        self.coverage.addButton(self.full_radio)
        self.coverage.addButton(self.partial_radio)
        self.full_radio.setChecked(True)
        self.note = QPlainTextEdit(box)
        self.note.setAccessibleName(self.tr("Anmärkning om kopplingen"))
        self.note.setPlaceholderText(self.tr("t.ex. vad som saknas för en hel täckning"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        note_label = QLabel(self.tr("Anm&ärkning:"), box)
        note_label.setBuddy(self.note)
        self.link_button = QPushButton(self.tr("&Koppla"), box)
        self.link_button.setAccessibleName(self.tr("Koppla de valda kraven"))
        self.save_button = QPushButton(self.tr("&Spara ändring"), box)
        self.save_button.setAccessibleName(self.tr("Spara ändrad täckning eller anmärkning"))
        self.unlink_button = QPushButton(self.tr("&Ta bort koppling"), box)
        self.unlink_button.setAccessibleName(self.tr("Ta bort kopplingen mellan de valda kraven"))

        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.captions = [QLabel(box) for _ in range(3)]
        for row, (label, widget) in enumerate(zip(self.captions, (self.a_text, self.b_text,
                                                                  self.a_links), strict=True)):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setStyleSheet("color: #555")
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        self.captions[2].setText(self.tr("Kopplingar:"))
        grid.addWidget(self.state, 3, 0, 1, 2)
        coverage_row = QHBoxLayout()
        coverage_label_ = QLabel(self.tr("Täckning:"), box)
        coverage_row.addWidget(self.full_radio)
        coverage_row.addWidget(self.partial_radio)
        coverage_row.addStretch(1)
        grid.addWidget(coverage_label_, 4, 0)
        grid.addLayout(coverage_row, 4, 1)
        grid.addWidget(note_label, 5, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 5, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlink_button)
        grid.addLayout(buttons, 6, 0, 1, 2)
        grid.setRowStretch(7, 1)

        self.link_button.clicked.connect(self.link_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.coverage.buttonToggled.connect(self._coverage_toggled)
        self.note.textChanged.connect(self._update_buttons)
        return box

    def _build_suggestion_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Förslag utifrån kravtexterna"), parent)
        self.suggestion_info = QLabel(box)
        self.suggestion_info.setWordWrap(True)
        self.suggestion_info.setAccessibleName(self.tr("Om förslagen"))
        self.suggestion_model = _SuggestionModel(self)
        table = _SuggestionTable(box)
        table.setObjectName("crosswalkSuggestions")
        table.setAccessibleName(self.tr("Förslag på kopplingar"))
        table.setModel(self.suggestion_model)
        table.setItemDelegate(_RichTextDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        metrics = table.fontMetrics()
        header.resizeSection(0, max(metrics.horizontalAdvance(self.tr("Likhet")),
                                    metrics.horizontalAdvance("100 %")) + 28)
        self.suggestion_table = table
        self.accept_coverage = QComboBox(box)
        self.accept_coverage.addItem(coverage_label(Coverage.PARTIAL), Coverage.PARTIAL.value)
        self.accept_coverage.addItem(coverage_label(Coverage.FULL), Coverage.FULL.value)
        accept_label = QLabel(self.tr("Godta so&m:"), box)
        accept_label.setBuddy(self.accept_coverage)
        self.accept_coverage.setAccessibleName(self.tr("Täckning när förslaget godtas"))
        self.accept_button = QPushButton(self.tr("&Godta"), box)
        self.accept_button.setAccessibleName(self.tr("Godta förslaget och koppla kraven"))
        self.reject_button = QPushButton(self.tr("Avv&isa"), box)
        self.reject_button.setAccessibleName(self.tr("Avvisa förslaget"))
        self.reject_button.setToolTip(self.tr("Döljer förslaget så länge programmet är öppet"))
        self.restore_button = QPushButton(box)
        self.restore_button.setAccessibleName(self.tr("Visa avvisade förslag igen"))
        buttons = QHBoxLayout()
        for widget in (accept_label, self.accept_coverage, self.accept_button,
                       self.reject_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        column = QVBoxLayout(box)
        column.addWidget(self.suggestion_info)
        column.addWidget(table, 1)
        column.addLayout(buttons)

        table.selectionModel().currentRowChanged.connect(self._suggestion_changed)
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.reject_button.clicked.connect(self.reject_suggestion)
        self.restore_button.clicked.connect(self.restore_rejected)
        return box

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the library again (after an import), keeping the chosen frameworks."""
        keep = [side.picker.currentData() for side in (self.side_a, self.side_b)]
        summaries = self.library.summaries()
        self._loading = True
        try:
            for side in (self.side_a, self.side_b):
                side.picker.clear()
                for s in summaries:
                    title = s.title
                    if s.example and not title.lower().startswith(self.tr("exempel").lower()):
                        title += " " + self.tr("(exempel)")
                    text = f"{s.code} — {title} · {s.version}"
                    side.picker.addItem(text, s.id)
                    side.picker.setItemData(side.picker.count() - 1, text,
                                            Qt.ItemDataRole.ToolTipRole)
                    if s.example:
                        side.picker.setItemIcon(side.picker.count() - 1, example_icon())
        finally:
            self._loading = False
        ids = [s.id for s in summaries]
        first = keep[0] if keep[0] in ids else next(
            (s.id for s in summaries if s.kind == FrameworkKind.INDUSTRY_STANDARD),
            ids[0] if ids else None)
        others = [s for s in summaries if s.id != first]
        second = keep[1] if keep[1] in ids else next(
            (s.id for s in others if s.kind != FrameworkKind.INDUSTRY_STANDARD),
            others[0].id if others else None)
        self._ranked_for = None
        self.set_frameworks(first, second)

    def set_frameworks(self, first_id: str | None, second_id: str | None) -> None:
        self._loading = True
        try:
            for side, wanted in ((self.side_a, first_id), (self.side_b, second_id)):
                side.picker.setCurrentIndex(side.picker.findData(wanted) if wanted else -1)
                side.load(self.library.framework(wanted) if wanted else None)
        finally:
            self._loading = False
        self._reload_links()

    def swap(self) -> None:
        a, b = self.side_a.framework, self.side_b.framework
        self.set_frameworks(b.id if b else None, a.id if a else None)

    def _framework_picked(self) -> None:
        if self._loading:
            return
        self.set_frameworks(self.side_a.picker.currentData(), self.side_b.picker.currentData())

    def _pair_ids(self) -> tuple[str, str] | None:
        a, b = self.side_a.framework, self.side_b.framework
        return (a.id, b.id) if a is not None and b is not None else None

    def _pair_ok(self) -> bool:
        a, b = self.side_a.framework, self.side_b.framework
        return a is not None and b is not None and a.code != b.code

    def _reload_links(self) -> None:
        """Links, counts, marks, the link panel and the suggestions, from the database."""
        a, b = self.side_a.framework, self.side_b.framework
        self.links = {}
        stored = self.repo.links_between(a.id, b.id) if self._pair_ok() else []  # type: ignore[union-attr]
        for link in stored:
            self.links.setdefault(link.from_id, []).append(link)
            self.links.setdefault(link.to_id, []).append(link)
        counts = {i: len(v) for i, v in self.links.items()}
        self.side_a.model.set_counts(counts)
        self.side_b.model.set_counts(counts)
        self._show_counts(len(stored))
        self._show_marks()
        self._show_pair()
        self._show_suggestions()

    def _show_counts(self, total: int) -> None:
        a, b = self.side_a.framework, self.side_b.framework
        if a is None or b is None:
            self.counts.setText(self.tr("Biblioteket behöver minst två ramverk."))
            return
        if not self._pair_ok():
            self.counts.setText(self.tr("Välj två olika ramverk."))
            return

        def linked(f: Framework) -> int:
            return sum(1 for r in f.requirements if r.id in self.links)

        self.counts.setText(self.tr("{0} kopplingar · {1} av {2} krav i {3} och {4} av {5} i "
                                    "{6} har någon koppling").format(
            total, linked(a), len(a.requirements), a.code, linked(b), len(b.requirements), b.code))

    # -- selection and marks -------------------------------------------------------------
    def _requirement_changed(self, *_args) -> None:
        if self._loading:
            return
        self._show_marks(reveal=True)
        self._show_pair()

    def _show_marks(self, reveal: bool = False) -> None:
        for here, there in ((self.side_a, self.side_b), (self.side_b, self.side_a)):
            r = here.current_requirement()
            marks = {link.other(r.id): link.coverage for link in self.links.get(r.id, [])} \
                if r is not None else {}
            there.model.set_marks(marks)
            if reveal and marks and here.tree.hasFocus():
                there.reveal(next(iter(marks)))

    def _current_link(self) -> StoredLink | None:
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        if a is None or b is None:
            return None
        return next((link for link in self.links.get(a.id, []) if link.other(a.id) == b.id), None)

    def _describe(self, side: _Side, r: Requirement | None) -> str:
        if r is None:
            return '<span style="color:#777">' + html.escape(self.tr("Välj ett krav i trädet")) \
                + "</span>"
        example = ""
        if r.example or (side.framework is not None and side.framework.example):
            example = ' <span style="color:#6b4a00; background:#fff3cd">&nbsp;' + html.escape(
                self.tr("exempeltext")) + "&nbsp;</span>"
        return f"<b>{html.escape(r.code)}</b>{example} {html.escape(r.text)}"

    def _show_pair(self) -> None:
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        for caption, side in zip(self.captions, (self.side_a, self.side_b), strict=False):
            caption.setText(f"{side.framework.code}:" if side.framework else "")
        self.a_text.setText(self._describe(self.side_a, a))
        self.b_text.setText(self._describe(self.side_b, b))
        if a is None:
            self.a_links.setText("")
        else:
            codes = {r.id: r.code for r in self.side_b.framework.requirements} \
                if self.side_b.framework else {}
            parts = [f"{html.escape(codes.get(link.other(a.id), '?'))} "
                     f"({coverage_label(link.coverage).lower()})"
                     for link in self.links.get(a.id, [])]
            self.a_links.setText(", ".join(parts) if parts else self.tr("inga till {0}").format(
                self.side_b.framework.code if self.side_b.framework else ""))
        link = self._current_link()
        if not self._pair_ok():
            self.state.setText(self.tr("Välj två olika ramverk för att koppla krav."))
        elif a is None or b is None:
            self.state.setText(self.tr("Välj ett krav i varje träd."))
        elif link is None:
            self.state.setText(self.tr("Kraven är inte kopplade."))
        else:
            self.state.setText(self.tr("Kraven är kopplade ({0}).").format(
                coverage_label(link.coverage).lower()))
        self._loading = True
        try:
            coverage = link.coverage if link is not None else self._new_coverage
            (self.full_radio if coverage == Coverage.FULL else self.partial_radio).setChecked(True)
            self.note.setPlainText(link.note if link is not None else "")
        finally:
            self._loading = False
        self._update_buttons()

    def _chosen_coverage(self) -> Coverage:
        return Coverage.FULL if self.full_radio.isChecked() else Coverage.PARTIAL

    def _coverage_toggled(self, *_args) -> None:
        if not self._loading and self._current_link() is None:
            self._new_coverage = self._chosen_coverage()
        self._update_buttons()

    def _update_buttons(self) -> None:
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        link = self._current_link()
        self.link_button.setEnabled(self._pair_ok() and a is not None and b is not None
                                    and link is None)
        self.unlink_button.setEnabled(link is not None)
        self.save_button.setEnabled(link is not None and (
            link.coverage != self._chosen_coverage()
            or link.note != self.note.toPlainText().strip()))

    # -- changes (each committed, each undoable) -----------------------------------------
    def apply(self, fn: Callable[[], Any], message: str) -> bool:
        """Run one repository call; show what happened; re-read the links."""
        try:
            fn()
        except KnownError as error:
            self.error_banner.show_message(self.tr("Sparades inte: {0}").format(error))
            self._reload_links()
            return False
        self.error_banner.hide()
        self._reload_links()
        self.saved.emit(self.tr("Sparat: {0}").format(message))
        self.crosswalk_changed.emit()
        return True

    def _edit(self, label: str, do: Callable[[], Any], undo: Callable[[], Any]) -> bool:
        if not self.apply(do, label):
            return False
        self.undo_stack.push(_Change(self, label, do, undo))
        return True

    def _make_link(self, a: Requirement, b: Requirement, coverage: Coverage, note: str,
                   label: str) -> bool:
        link_id, repo = new_id(), self.repo
        return self._edit(label.format(f"{a.code} ↔ {b.code}"),
                          lambda: repo.link(a.id, b.id, coverage, note, link_id=link_id),
                          lambda: repo.unlink(link_id))

    def link_selected(self) -> None:
        """Link the current requirement of the first tree to that of the second."""
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        if a is None or b is None or not self.link_button.isEnabled():
            return
        self._make_link(a, b, self._chosen_coverage(), self.note.toPlainText(),
                        self.tr("Koppla {0}"))

    def save_selected(self) -> None:
        link = self._current_link()
        if link is None:
            return
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        coverage, note = self._chosen_coverage(), self.note.toPlainText().strip()
        repo = self.repo
        self._edit(self.tr("Ändra koppling {0}").format(f"{a.code} ↔ {b.code}"),  # type: ignore[union-attr]
                   lambda: repo.update_link(link.id, coverage=coverage, note=note),
                   lambda: repo.update_link(link.id, coverage=link.coverage, note=link.note))

    def unlink_selected(self) -> None:
        link = self._current_link()
        if link is None:
            return
        a, b = self.side_a.current_requirement(), self.side_b.current_requirement()
        repo = self.repo
        self._edit(self.tr("Ta bort koppling {0}").format(f"{a.code} ↔ {b.code}"),  # type: ignore[union-attr]
                   lambda: repo.unlink(link.id), lambda: repo.restore(link))

    # -- suggestions ---------------------------------------------------------------------
    def _refs(self) -> tuple[dict[str, RequirementRef], dict[RequirementRef, Requirement]]:
        by_id: dict[str, RequirementRef] = {}
        by_ref: dict[RequirementRef, Requirement] = {}
        for side in (self.side_a, self.side_b):
            if side.framework is not None:
                for r in side.framework.requirements:
                    by_id[r.id] = (side.framework.code, r.code)
                    by_ref[(side.framework.code, r.code)] = r
        return by_id, by_ref

    def _show_suggestions(self) -> None:
        a, b = self.side_a.framework, self.side_b.framework
        table = self.suggestion_table
        row = max(table.currentIndex().row(), 0) if self._ranked_for == self._pair_ids() else 0
        if not self._pair_ok():
            self.suggestion_model.load([], {}, ("", ""))
            self.suggestion_info.setText(self.tr("Välj två olika ramverk för att få förslag."))
            self._update_suggestion_buttons()
            return
        assert a is not None and b is not None
        if self._ranked_for != self._pair_ids():
            self._ranked = text_similarity.rank(text_similarity.requirement_texts(a),
                                                text_similarity.requirement_texts(b))
            self._ranked_for = (a.id, b.id)
        by_id, by_ref = self._refs()
        linked = {(by_id[x.from_id], by_id[x.to_id]) for v in self.links.values() for x in v
                  if x.from_id in by_id and x.to_id in by_id}
        shown = text_similarity.choose(self._ranked, linked | self.rejected)
        texts = {ref: r.text for ref, r in by_ref.items()}
        self._listing = True
        try:
            self.suggestion_model.load(shown, texts, (a.code, b.code))
            table.resizeRowsToContents()
            table.fit_rows()
            if shown:
                table.selectRow(min(row, len(shown) - 1))
        finally:
            self._listing = False
        hidden = sum(1 for s in self._ranked if (s.a_ref, s.b_ref) in self.rejected)
        if shown:
            self.suggestion_info.setText(self.tr(
                "{0} förslag på krav med liknande text, bäst först. Inget kopplas förrän du "
                "godtar ett förslag; granska texterna först.").format(len(shown)))
        else:
            self.suggestion_info.setText(self.tr("Inga fler förslag: inga okopplade krav har "
                                                 "tillräckligt lik text."))
        self.restore_button.setText(self.tr("&Återställ avvisade ({0})").format(hidden))
        self.restore_button.setEnabled(hidden > 0)
        self._update_suggestion_buttons()

    def _update_suggestion_buttons(self) -> None:
        has = self.current_suggestion() is not None
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)

    def current_suggestion(self) -> Suggestion | None:
        row = self.suggestion_table.currentIndex().row()
        shown = self.suggestion_model.suggestions
        return shown[row] if 0 <= row < len(shown) else None

    def _suggestion_changed(self, *_args) -> None:
        self._update_suggestion_buttons()
        s = self.current_suggestion()
        if s is None or self._listing:
            return
        _by_id, by_ref = self._refs()
        for side, ref in ((self.side_a, s.a_ref), (self.side_b, s.b_ref)):
            if ref in by_ref:
                side.select(by_ref[ref].id)

    def accept_suggestion(self) -> None:
        """Link the pair of the current suggestion (coverage from the combo, partial first)."""
        s = self.current_suggestion()
        if s is None:
            return
        _by_id, by_ref = self._refs()
        a, b = by_ref.get(s.a_ref), by_ref.get(s.b_ref)
        if a is None or b is None:
            return
        coverage = Coverage(self.accept_coverage.currentData())
        self._make_link(a, b, coverage, "", self.tr("Godta förslag {0}"))

    def reject_suggestion(self) -> None:
        """Hide the current suggestion while the editor lives; nothing is written."""
        s = self.current_suggestion()
        if s is None:
            return
        self.rejected.add((s.a_ref, s.b_ref))
        self._show_suggestions()

    def restore_rejected(self) -> None:
        self.rejected.clear()
        self._show_suggestions()
