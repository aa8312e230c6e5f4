"""Step 1, Start (intake): the person, consent, goal, target frameworks and ESF+ fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain import personnummer
from koll_desktop.domain.workflow import Step
from koll_desktop.ui import labels
from koll_desktop.ui.pages.base import StepPage
from koll_desktop.ui.widgets import EnumCombo, OptionalDateEdit, add_row


class IntakePage(StepPage):
    step = Step.INTAKE

    def __init__(self, session, parent=None) -> None:
        self.title = self.tr("Start: person, samtycke och mål")
        super().__init__(session, parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        columns = QHBoxLayout(body)
        for box in (self._person_form(body), self._case_form(body)):
            column = QVBoxLayout()
            column.addWidget(box)
            column.addStretch(1)
            columns.addLayout(column, 1)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll)

    # -- building ----------------------------------------------------------------------
    def _line(self, form: QFormLayout, label: str, table: str, field: str) -> QLineEdit:
        edit = QLineEdit(form.parentWidget())
        add_row(form, label, edit)
        edit.editingFinished.connect(lambda: self._save_text(table, field, edit.text().strip(),
                                                             label))
        setattr(self, f"{table}_{field}", edit)
        return edit

    def _person_form(self, body: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Person"), body)
        form = QFormLayout(box)
        self._line(form, self.tr("&Förnamn"), "person", "given_name")
        self._line(form, self.tr("&Efternamn"), "person", "family_name")
        self.pnr = QLineEdit(box)
        self.pnr.setPlaceholderText(self.tr("ÅÅÅÅMMDD-NNNN (frivilligt)"))
        add_row(form, self.tr("&Personnummer"), self.pnr)
        self.pnr_hint = QLabel(box)
        self.pnr_hint.setObjectName("pnrHint")
        self.pnr_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form.addRow("", self.pnr_hint)
        self.pnr.textEdited.connect(self._check_pnr)
        self.pnr.editingFinished.connect(self._save_pnr)
        self.birth_year = QSpinBox(box)
        self.birth_year.setRange(1900, 2100)
        self.birth_year.setSpecialValueText("–")
        self.birth_year.setMinimum(1900)
        add_row(form, self.tr("Födelse&år"), self.birth_year)
        self.birth_year.editingFinished.connect(
            lambda: self._save("person", "birth_year", self.birth_year.value()
                               if self.birth_year.value() > 1900 else None, self.tr("Födelseår")))
        self.gender = EnumCombo(labels.gender(), box)
        add_row(form, self.tr("&Kön"), self.gender)
        self.gender.picked.connect(lambda v: self._save("person", "gender", v, self.tr("Kön")))
        self._line(form, self.tr("&Språk"), "person", "languages")
        self._line(form, self.tr("E-pos&t"), "person", "email")
        self._line(form, self.tr("Te&lefon"), "person", "phone")
        self.needs = QPlainTextEdit(box)
        self.needs.setTabChangesFocus(True)
        self.needs.setMaximumHeight(70)
        add_row(form, self.tr("Behov av a&npassning"), self.needs)
        self.needs.focusOutEvent = self._needs_focus_out
        return box

    def _case_form(self, body: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Ärende"), body)
        form = QFormLayout(box)
        self._line(form, self.tr("&Mål (yrke)"), "case", "goal")
        self._line(form, self.tr("Handle&dare"), "case", "counsellor")
        self._line(form, self.tr("&Organisation"), "case", "organisation")
        self.consent_date = self._date(form, self.tr("Samtycke g&ivet (datum)"),
                                       "consent_date")
        self._line(form, self.tr("Samtycket g&äller"), "case", "consent_scope")
        self._line(form, self.tr("Hur samt&ycket gavs"), "case", "consent_method")
        self.retention = self._date(form, self.tr("&Gallras senast"), "retention_until")
        self.labour = EnumCombo(labels.labour_market(), box)
        add_row(form, self.tr("Ar&betsmarknadsstatus"), self.labour)
        self.labour.picked.connect(
            lambda v: self._save("case", "labour_market_status", v, self.tr("Arbetsmarknad")))
        self.education = EnumCombo(labels.education(), box)
        add_row(form, self.tr("&Utbildningsnivå"), self.education)
        self.education.picked.connect(
            lambda v: self._save("case", "education_level", v, self.tr("Utbildningsnivå")))
        self.frameworks = QListWidget(box)
        self.frameworks.setWordWrap(True)
        self.frameworks.setFixedHeight(130)
        add_row(form, self.tr("Bed&öms mot"), self.frameworks,
                self.tr("Branschstandard och yrkespaket som ärendet bedöms mot"))
        self.frameworks.itemChanged.connect(self._frameworks_changed)
        return box

    def _date(self, form: QFormLayout, label: str, field: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(form.parentWidget())
        add_row(form, label, edit)
        edit.editingFinished.connect(
            lambda: self._save("case", field, edit.value(), label.replace("&", "")))
        return edit

    # -- saving ------------------------------------------------------------------------
    def _save(self, table: str, field: str, value, label: str) -> None:
        if self._refreshing:
            return
        if table == "person":
            self.session.set_person_field(field, value, label)
        else:
            self.session.set_case_field(field, value, label)

    def _save_text(self, table: str, field: str, value: str, label: str) -> None:
        if field in ("goal", "consent_scope") and not self._refreshing \
                and not self.session.free_text_ok(value):
            return
        self._save(table, field, value, label.replace("&", ""))

    def _needs_focus_out(self, event) -> None:
        text = self.needs.toPlainText().strip()
        if self._refreshing or self.session.free_text_ok(text):
            self._save("person", "accessibility_needs", text, self.tr("Behov av anpassning"))
        QPlainTextEdit.focusOutEvent(self.needs, event)

    def _check_pnr(self, text: str) -> None:
        result = personnummer.check(text)
        if not text.strip():
            self.pnr_hint.setText("")
        elif result.ok:
            self.pnr_hint.setText(self.tr("✓ giltigt, född {0}").format(result.birth_date))
        else:
            self.pnr_hint.setText(self.tr("✗ {0}").format(result.message))

    def _save_pnr(self) -> None:
        text = self.pnr.text().strip()
        result = personnummer.check(text)
        if not result.ok and not self._refreshing:
            self.session.failed.emit(self.tr("Personnumret sparades inte: {0}").format(
                result.message))
            return
        if result.ok:
            self._save("person", "personnummer", result.normalized, self.tr("Personnummer"))
            if result.birth_date and not self.session.person.birth_year:
                self._save("person", "birth_year", result.birth_date.year, self.tr("Födelseår"))

    def _frameworks_changed(self, _item: QListWidgetItem) -> None:
        if self._refreshing:
            return
        chosen = tuple(self.frameworks.item(i).data(Qt.ItemDataRole.UserRole)
                       for i in range(self.frameworks.count())
                       if self.frameworks.item(i).checkState() == Qt.CheckState.Checked)
        old = self.session.case.framework_ids
        cases = self.session.cases
        case_id = self.session.case_id
        self.session.edit(self.tr("Ramverk"), lambda: cases.set_frameworks(case_id, chosen),
                          lambda: cases.set_frameworks(case_id, old), "frameworks")

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        person, case = self.session.person, self.session.case
        for field in ("given_name", "family_name", "languages", "email", "phone"):
            getattr(self, f"person_{field}").setText(getattr(person, field))
        for field in ("goal", "counsellor", "organisation"):
            getattr(self, f"case_{field}").setText(getattr(case, field))
        self.case_consent_scope.setText(case.consent.scope)
        self.case_consent_method.setText(case.consent.method)
        self.pnr.setText(personnummer.formatted(person.personnummer))
        self._check_pnr(self.pnr.text())
        self.birth_year.setValue(person.birth_year or 1900)
        self.gender.set_value(person.gender)
        self.needs.setPlainText(person.accessibility_needs)
        self.consent_date.set_value(case.consent.given_on)
        self.retention.set_value(case.retention_until)
        self.labour.set_value(case.labour_market_status)
        self.education.set_value(case.education_level)
        self._fill_frameworks(case.framework_ids)

    def _fill_frameworks(self, pinned: tuple[str, ...]) -> None:
        self.frameworks.clear()
        for summary in self.session.library.summaries():
            text = self.tr("{0} – {1} (version {2})").format(summary.code, summary.title,
                                                             summary.version)
            item = QListWidgetItem(text, self.frameworks)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if summary.id in pinned
                               else Qt.CheckState.Unchecked)
