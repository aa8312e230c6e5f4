"""The crosswalk editor's suggestions: requirement pairs ranked by the likeness of their texts.

The table paints both texts as rich text with their shared words highlighted. The
`CrosswalkSuggestionsMixin` part of the editor builds the "Förslag" box and lets the
coordinator accept (link) or reject (hide while the editor lives) one suggestion at a
time; nothing is ever linked without a click.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain import text_similarity
from koll_desktop.domain.enums import Coverage
from koll_desktop.domain.library import Requirement, RequirementRef
from koll_desktop.domain.text_similarity import Suggestion
from koll_desktop.ui.labels import coverage_label

HTML_ROLE = Qt.ItemDataRole.UserRole + 4  # a cell painted as rich text
SHARED_STYLE = "background-color: #fde68a; color: #3d2e00; font-weight: 600"


def _highlighted(text: str, words: tuple[str, ...]) -> str:
    return "".join(f'<span style="{SHARED_STYLE}">{html.escape(piece)}</span>' if shared
                   else html.escape(piece) for piece, shared in
                   text_similarity.segments(text, words))


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


class CrosswalkSuggestionsMixin:
    """The suggestion box of CrosswalkEditor (a QWidget it is mixed into)."""

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
