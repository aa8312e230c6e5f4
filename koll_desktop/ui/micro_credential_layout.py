"""The widgets of the micro-credential editor, and the EU Annex I elements its form holds.

`MicroCredentialLayout` builds the view (as a Designer form class would): the list of
definitions with Ny / Ta bort, the editor with its "Uppgifter" form and "Krav" picker, and
the "Stapelbarhet" tab; and it asks the two modal questions (delete? unsaved changes?).
`MicroCredentialEditor` inherits it and supplies the behaviour the buttons and fields are
connected to.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.ui.micro_credential_parts import MUTED, heading_label, show_note, tree_widget
from koll_desktop.ui.micro_credential_picker import RequirementPicker
from koll_desktop.ui.micro_credential_stacking import StackabilityPanel
from koll_desktop.ui.widgets import add_banners


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


class MicroCredentialLayout:
    """Builds the editor's widgets; mixed into MicroCredentialEditor (a QWidget)."""

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        add_banners(self, layout)
        top = QHBoxLayout()
        top.addWidget(heading_label(_t("Mikromeriter"), self, 1.4))
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
        self.list = tree_widget(left, _t("Mikromeriter i biblioteket"),
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
        self.title_label = heading_label("", editor, 1.2)
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
        show_note(issued, "info", issued.text())
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
        label = heading_label(text, page)
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
