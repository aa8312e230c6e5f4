"""Step 3, self-assessment (självskattning): the individual's own view of each requirement.

A tree grouped by framework and unit; the level of each requirement is set with the keyboard
(1–4, 0 or V for "vet inte", Delete clears; ↑/↓ move between requirements) or with the
combo box of the level column. Each change is one undoable `session.edit`. The questionnaire
can be written as an xlsx for the individual and read back filled in: the whole import is
one edit, and Ctrl+Z puts every previous rating back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
)

from koll_desktop import paths
from koll_desktop.domain.enums import SelfRatingLevel
from koll_desktop.domain.workflow import Step
from koll_desktop.errors import KnownError
from koll_desktop.services import questionnaire_xlsx as questionnaire
from koll_desktop.services.case_snapshot import CaseSnapshot
from koll_desktop.ui import labels
from koll_desktop.ui.pages.base import StepPage
from koll_desktop.ui.widgets import add_banners

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # "f:<id>", "u:<id>" or "r:<requirement id>"
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2  # the level's value, or None
LEVEL_COLUMN = 1
_NOT_RATED = "–"
_LEVEL_KEYS = {Qt.Key.Key_1: SelfRatingLevel.NOT_YET, Qt.Key.Key_2: SelfRatingLevel.SOMEWHAT,
               Qt.Key.Key_3: SelfRatingLevel.WELL, Qt.Key.Key_4: SelfRatingLevel.VERY_WELL,
               Qt.Key.Key_0: SelfRatingLevel.DONT_KNOW, Qt.Key.Key_V: SelfRatingLevel.DONT_KNOW}
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class RatingTree(QTreeView):
    """The requirements; rating keys and ↑/↓ are turned into signals for the page."""

    rate = Signal(object)  # a SelfRatingLevel, or None to clear
    move = Signal(int)  # -1 previous requirement, +1 next

    def keyPressEvent(self, event) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if key in _LEVEL_KEYS:
                self.rate.emit(_LEVEL_KEYS[key])
                return
            if key in _CLEAR_KEYS:
                self.rate.emit(None)
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move.emit(-1 if key == Qt.Key.Key_Up else 1)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_level_editor(self.currentIndex())
                return
        super().keyPressEvent(event)

    def open_level_editor(self, index: QModelIndex) -> None:
        """Open the level's combo box on the row of `index`, if it is a requirement."""
        target = index.siblingAtColumn(LEVEL_COLUMN)
        if (target.isValid() and target.flags() & Qt.ItemFlag.ItemIsEditable
                and self.state() != QAbstractItemView.State.EditingState):
            self.edit(target, QAbstractItemView.EditTrigger.AllEditTriggers, None)


class WrapDelegate(QStyledItemDelegate):
    """Requirement texts wrapped to the column's width, with a little air between rows."""

    PADDING = 6

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 1 if self.tree.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - depth * self.tree.indentation() - 8
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, max(width, 80), 100_000),
                                              Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(max(width, 80), bounds.height() + self.PADDING)


class LevelDelegate(QStyledItemDelegate):
    """A combo box with the five levels (and "not rated") for a requirement's level cell."""

    def __init__(self, choose: Callable[[QModelIndex, SelfRatingLevel | None], None],
                 parent=None) -> None:
        super().__init__(parent)
        self.choose = choose
        self.open_popup = True  # the list opens at once: one click or Enter to a choice

    def createEditor(self, parent, option, index):
        if not str(index.siblingAtColumn(0).data(KEY_ROLE) or "").startswith("r:"):
            return None
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Deltagarens skattning"))
        combo.addItem(self.tr("– ej skattad"), None)
        for level, label in labels.self_rating().items():
            combo.addItem(label, level.value)
        combo.activated.connect(lambda _i: (self.commitData.emit(combo),
                                            self.closeEditor.emit(combo)))
        if self.open_popup:
            QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(LEVEL_ROLE))))

    def setModelData(self, editor, model, index) -> None:
        value = editor.currentData()
        self.choose(index, SelfRatingLevel(value) if value else None)


class SelfAssessmentPage(StepPage):
    step = Step.SELF_ASSESSMENT

    def __init__(self, session, parent=None) -> None:
        self.title = self.tr("Självskattning")
        super().__init__(session, parent)
        # Injectable for tests: the save and open file choosers, the desktop's "open".
        self.choose_save_path: Callable[[str], str] = self._ask_save_path
        self.choose_open_path: Callable[[], str] = self._ask_open_path
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._structure: tuple = ()
        self._items: dict[str, tuple[QStandardItem, QStandardItem]] = {}  # key → (text, level)
        self._order: list[str] = []  # requirement keys in display order
        self._groups: dict[str, list[str]] = {}  # framework/unit key → its requirement keys
        self.layout_.addWidget(self._note())
        self.layout_.addLayout(self._toolbar())
        add_banners(self, self.layout_)
        caption = QLabel(self.tr("&Krav och deltagarens skattning"), self)
        self.layout_.addWidget(caption)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Krav"), self.tr("Deltagarens skattning")])
        self.tree = RatingTree(self)
        self.tree.setObjectName("selfRatingTree")
        self.tree.setAccessibleName(self.tr("Krav och deltagarens skattning"))
        self.tree.setAccessibleDescription(self.hint_text())
        caption.setBuddy(self.tree)
        self.tree.setModel(self.model)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setItemDelegateForColumn(0, WrapDelegate(self.tree))
        self.tree.setItemDelegateForColumn(LEVEL_COLUMN, LevelDelegate(self._chosen, self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEVEL_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(LEVEL_COLUMN, 200)
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.rate.connect(self.rate_current)
        self.tree.move.connect(self.move_current)
        self.tree.clicked.connect(self._clicked)
        self.layout_.addWidget(self.tree, 1)
        self.empty_hint = QLabel(self.tr("Ärendet bedöms inte mot något ramverk än. Välj "
                                         "branschstandard eller yrkespaket under 1. Start."),
                                 self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAccessibleName(self.tr("Tips"))
        self.layout_.addWidget(self.empty_hint)

    # -- building ----------------------------------------------------------------------
    def _note(self) -> QFrame:
        note = QFrame(self)
        note.setObjectName("selfAssessmentNote")
        note.setStyleSheet("#selfAssessmentNote { background: #fff8e1; border: 1px solid "
                           "#e0a800; border-radius: 4px; } #selfAssessmentNote QLabel "
                           "{ color: #4a3500; }")
        text = QLabel(self.tr("<b>Deltagarens egen bild – ett underlag, inte ett beslut.</b> "
                              "Bedömningen görs i steg 4, fördjupad kartläggning och "
                              "bedömning."), note)
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("Om självskattningen"))
        self.note_label = text
        row = QHBoxLayout(note)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(text)
        return note

    def hint_text(self) -> str:
        return self.tr("↑ ↓ byter krav · 1–4 sätter nivå · 0 eller V = vet inte · "
                       "Delete tar bort skattningen · Enter öppnar listan")

    def _toolbar(self) -> QVBoxLayout:
        column = QVBoxLayout()
        row = QHBoxLayout()
        self.counter = QLabel(self)
        self.counter.setObjectName("selfRatingCounter")
        self.counter.setAccessibleName(self.tr("Antal skattade krav"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Andel skattade krav"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(14)
        self.write_button = QPushButton(self.tr("&Skriv ut frågeformulär (xlsx)…"), self)
        self.write_button.setAccessibleName(self.tr("Skriv ut frågeformulär som Excel-fil"))
        self.write_button.clicked.connect(self.write_form)
        self.read_button = QPushButton(self.tr("&Läs in ifyllt formulär…"), self)
        self.read_button.setAccessibleName(self.tr("Läs in ifyllt frågeformulär"))
        self.read_button.clicked.connect(self.read_form)
        row.addWidget(self.counter)
        row.addWidget(self.progress)
        row.addStretch(1)
        row.addWidget(self.write_button)
        row.addWidget(self.read_button)
        column.addLayout(row)
        hint = QLabel(self.tr("Tangentbord: {0}").format(self.hint_text()), self)
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("Kortkommandon"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(hint)
        return column

    def _build(self, snapshot: CaseSnapshot) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self._items.clear()
        self._order.clear()
        self._groups.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for framework in snapshot.frameworks:
            f_key = f"f:{framework.id}"
            f_row = self._row(f_key, questionnaire.framework_heading(framework), bold)
            self.model.appendRow(f_row)
            self._groups[f_key] = []
            for unit in framework.units:
                u_key = f"u:{unit.id}"
                u_row = self._row(u_key, " – ".join(p for p in (unit.code, unit.title) if p),
                                  bold)
                f_row[0].appendRow(u_row)
                self._groups[u_key] = []
                for requirement in unit.requirements:
                    r_key = f"r:{requirement.id}"
                    text = f"{requirement.code}  {requirement.text}"
                    if requirement.example:
                        text += self.tr(" (exempel)")
                    r_row = self._row(r_key, text)
                    r_row[0].setData((framework.code, requirement.code), Qt.ItemDataRole.UserRole)
                    r_row[1].setFlags(r_row[1].flags() | Qt.ItemFlag.ItemIsEditable)
                    r_row[1].setText(_NOT_RATED)
                    u_row[0].appendRow(r_row)
                    self._order.append(r_key)
                    self._groups[f_key].append(r_key)
                    self._groups[u_key].append(r_key)
        self.tree.expandAll()

    def _row(self, key: str, text: str, font: QFont | None = None) -> list[QStandardItem]:
        label, level = QStandardItem(text), QStandardItem()
        for item in (label, level):
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if font is not None:
                item.setFont(font)
        label.setData(key, KEY_ROLE)
        label.setToolTip(text)
        self._items[key] = (label, level)
        return [label, level]

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        snapshot = self.session.snapshot
        structure = tuple((f.id, tuple(r.id for r in f.requirements))
                          for f in snapshot.frameworks)
        if structure != self._structure:
            self._build(snapshot)
            self._structure = structure
        names = labels.self_rating()
        levels = {s.requirement_id: s.level for s in snapshot.self_ratings.values()}
        for key in self._order:
            level = levels.get(key[2:])
            item = self._items[key][1]
            if item.data(LEVEL_ROLE) != (level.value if level else None):
                item.setData(level.value if level else None, LEVEL_ROLE)
                item.setText(names[level] if level else _NOT_RATED)
                item.setData(self.tr("ej skattad") if level is None else names[level],
                             Qt.ItemDataRole.AccessibleTextRole)
        for key, members in self._groups.items():
            rated = sum(1 for k in members if k[2:] in levels)
            self._items[key][1].setText(self.tr("{0} av {1} skattade").format(rated,
                                                                              len(members)))
        self._show_counter(len(levels), len(self._order),
                           sum(1 for v in levels.values() if v == SelfRatingLevel.DONT_KNOW))
        has_requirements = bool(self._order)
        self.empty_hint.setVisible(not has_requirements)
        self.write_button.setEnabled(has_requirements)
        self.read_button.setEnabled(has_requirements)
        if has_requirements and self.current_key() is None:
            first = next((k for k in self._order if k[2:] not in levels), self._order[0])
            self._go_to(first)

    def _show_counter(self, rated: int, total: int, dont_know: int) -> None:
        text = self.tr("Skattade: {0} av {1} krav").format(rated, total)
        if dont_know:
            text += self.tr(" (varav {0} vet inte)").format(dont_know)
        self.counter.setText(text)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(rated)

    # -- moving and rating ---------------------------------------------------------------
    def current_key(self) -> str | None:
        """The key ("r:<requirement id>") of the current requirement, if a requirement is
        current."""
        key = self.tree.currentIndex().siblingAtColumn(0).data(KEY_ROLE)
        return key if isinstance(key, str) and key.startswith("r:") else None

    def current_requirement_id(self) -> str | None:
        key = self.current_key()
        return key[2:] if key else None

    def _go_to(self, key: str) -> None:
        index = self._items[key][0].index()
        self.tree.expand(index.parent().parent())
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def move_current(self, step: int) -> None:
        if not self._order:
            return
        current = self.tree.currentIndex().siblingAtColumn(0).data(KEY_ROLE)
        if current in self._order:
            position = self._order.index(current) + step
        elif self._groups.get(current):
            first = self._order.index(self._groups[current][0])
            position = first if step > 0 else first - 1
        else:
            position = 0
        self._go_to(self._order[min(max(position, 0), len(self._order) - 1)])

    def rate_current(self, level: SelfRatingLevel | None) -> None:
        """Set the current requirement's level (None clears it); a level moves on to the
        next requirement."""
        key = self.current_key()
        if key is None:
            self.move_current(1)
            return
        self.set_level(key[2:], level)
        if level is not None:
            self.move_current(1)

    def _chosen(self, index: QModelIndex, level: SelfRatingLevel | None) -> None:
        key = index.siblingAtColumn(0).data(KEY_ROLE)
        if isinstance(key, str) and key.startswith("r:"):
            QTimer.singleShot(0, self, lambda: self.set_level(key[2:], level))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == LEVEL_COLUMN:
            self.tree.open_level_editor(index)

    def set_level(self, requirement_id: str, level: SelfRatingLevel | None) -> None:
        snapshot = self.session.snapshot
        old = questionnaire.current_ratings(snapshot, [requirement_id])[requirement_id]
        if old == level:
            return
        code = self._items[f"r:{requirement_id}"][0].data(Qt.ItemDataRole.UserRole)[1]
        data, case_id = self.session.data, self.session.case_id
        shown = labels.self_rating()[level] if level else self.tr("ej skattad")
        self.error_banner.hide()
        self.session.edit(self.tr("Självskattning {0}: {1}").format(code, shown),
                          lambda: data.set_self_rating(case_id, requirement_id, level),
                          lambda: data.set_self_rating(case_id, requirement_id, old),
                          "self_rating")

    # -- the questionnaire -------------------------------------------------------------
    def write_form(self) -> None:
        snapshot = self.session.snapshot
        name = self.choose_save_path(questionnaire.default_file_name(snapshot))
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        try:
            questionnaire.write_questionnaire(snapshot, path)
        except KnownError as error:
            self.info_banner.hide()
            self.error_banner.show_message(self.tr("Frågeformuläret sparades inte: {0}")
                                           .format(error))
            return
        QSettings().setValue("self_assessment/folder", str(path.parent))
        self.error_banner.hide()
        opened = self.open_url(QUrl.fromLocalFile(str(path)))
        self.info_banner.show_message(
            self.tr("Frågeformuläret är sparat: {0}. Skriv ut det, eller låt deltagaren fylla "
                    "i det i Excel, och läs sedan in det med Läs in ifyllt formulär.")
            .format(path) if opened else
            self.tr("Frågeformuläret är sparat: {0}. Det finns inget program här som kan "
                    "öppna det; kopiera filen till en dator med Excel eller LibreOffice.")
            .format(path))

    def read_form(self) -> None:
        name = self.choose_open_path()
        if name:
            self.import_form(Path(name))

    def import_form(self, path: Path) -> None:
        """Read a filled-in questionnaire and store all its answers as one undoable edit;
        a problem in the file is shown and nothing is stored."""
        snapshot = self.session.snapshot
        try:
            ratings = questionnaire.read_questionnaire(path, snapshot)
        except KnownError as error:
            self.info_banner.hide()
            self.error_banner.show_message(self.tr("Formuläret lästes inte in; inga "
                                                   "skattningar ändrades.\n{0}").format(error))
            return
        self.error_banner.hide()
        QSettings().setValue("self_assessment/folder", str(path.parent))
        before = questionnaire.current_ratings(snapshot, ratings)
        changes = {rid: level for rid, level in ratings.items() if before[rid] != level}
        if not changes:
            self.info_banner.show_message(self.tr("Formuläret är inläst: inga ändringar – "
                                                  "svaren var redan sparade."))
            return
        old = {rid: before[rid] for rid in changes}
        db, case_id, actor = self.session.db, self.session.case_id, self.session.data.actor
        self.session.edit(
            self.tr("Läs in frågeformulär ({0} ändringar)").format(len(changes)),
            lambda: questionnaire.apply_ratings(db, case_id, changes, actor=actor,
                                                source=path.name),
            lambda: questionnaire.apply_ratings(db, case_id, old, actor=actor),
            "self_rating")
        self.info_banner.show_message(self.tr(
            "Formuläret är inläst: {0} skattningar ändrades. Ctrl+Z ångrar hela inläsningen."
        ).format(len(changes)))

    # -- dialogs ---------------------------------------------------------------------------
    def _folder(self) -> Path:
        folder = QSettings().value("self_assessment/folder", "")
        return Path(str(folder)) if folder and Path(str(folder)).is_dir() \
            else paths.exports_dir()

    def _ask_save_path(self, default_name: str) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Skriv ut frågeformulär"), str(self._folder() / default_name),
            self.tr("Excel-arbetsbok (*.xlsx)"))
        return name

    def _ask_open_path(self) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Läs in ifyllt formulär"), str(self._folder()),
            self.tr("Excel-arbetsbok (*.xlsx);;Alla filer (*)"))
        return name
