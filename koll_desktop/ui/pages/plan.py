"""Step 5, the plan (kompletterande utbildning): the engine's result, live, with the
counsellor's edits per row, pace, start date, totals and micro-credentials."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from koll_desktop.domain.case import PlanRow
from koll_desktop.domain.enums import UnitOutcome
from koll_desktop.domain.library import Framework, Unit
from koll_desktop.domain.plan_engine import UnitRole
from koll_desktop.domain.workflow import Step
from koll_desktop.services.case_snapshot import PlanLine, agree_plan
from koll_desktop.ui import labels
from koll_desktop.ui.pages.base import StepPage
from koll_desktop.ui.widgets import OptionalDateEdit

# Columns; the last five are the counsellor's and editable.
COURSE, OUTCOME, COVERAGE, REMAINING, WEEKS, PROVIDER, START, END, NOTE, INCLUDED = range(10)
_EDITABLE = {PROVIDER: "provider", START: "starts_on", END: "ends_on", NOTE: "note"}
_OUTCOME_COLOUR = {UnitOutcome.CREDITED: "#dff0d8", UnitOutcome.SUPPLEMENTARY: "#fcf3cf",
                   UnitOutcome.FULL_COURSE: "#f9e0e0"}
PACES = (100, 50, 25)


class PlanPage(StepPage):
    step = Step.PLAN

    def __init__(self, session, parent=None) -> None:
        self.title = self.tr("Plan för kompletterande utbildning")
        super().__init__(session, parent)
        # Injectable for tests: how a reason or a title is asked for.
        self.ask_text: Callable[[str, str], str | None] = self._ask_text
        self.layout_.addLayout(self._build_header())
        self.totals = QLabel(self)
        self.totals.setObjectName("planTotals")
        self.totals.setWordWrap(True)
        self.layout_.addWidget(self.totals)
        self.table = QTableWidget(0, 10, self)
        self.table.setObjectName("planTable")
        self.table.setAccessibleName(self.tr("Planens kurser och områden"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Kurs / område"), self.tr("Beslut"), self.tr("Täckning"),
            self.tr("Kvar (poäng)"), self.tr("Veckor"), self.tr("Anordnare"),
            self.tr("Start"), self.tr("Slut"), self.tr("Anteckning"), self.tr("Med")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # F2 or a double click edits; typing alone does not, so Alt+letter shortcuts and
        # stray keys never change a row by accident.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setToolTip(self.tr("F2 eller dubbelklick ändrar en cell"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COURSE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._item_changed)
        self.layout_.addWidget(self.table, 3)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Lägg till rad…"), self)
        add.clicked.connect(self._add_row)
        self.remove = QPushButton(self.tr("&Ta bort egen rad"), self)
        self.remove.clicked.connect(self._remove_row)
        self.agree = QPushButton(self.tr("Planen är &överenskommen idag"), self)
        self.agree.clicked.connect(self._agree)
        for button in (add, self.remove, self.agree):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(QLabel(self.tr("<b>Mikromeriter</b>"), self))
        self.credentials = QListWidget(self)
        self.credentials.setAccessibleName(self.tr("Mikromeriter: uppnådda och kommande"))
        self.credentials.setMaximumHeight(110)
        self.layout_.addWidget(self.credentials)
        self._lines: list[PlanLine] = []

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        pace_label = QLabel(self.tr("Studie&takt:"), self)
        self.pace = QComboBox(self)
        for pace in PACES:
            self.pace.addItem(self.tr("{0} % ({1} poäng i veckan)").format(pace, pace // 5), pace)
        pace_label.setBuddy(self.pace)
        self.pace.setAccessibleName(self.tr("Studietakt"))
        self.pace.activated.connect(lambda _: self._set_header("pace", self.pace.currentData(),
                                                               self.tr("Studietakt")))
        start_label = QLabel(self.tr("&Startdatum:"), self)
        self.start = OptionalDateEdit(self)
        self.start.setAccessibleName(self.tr("Startdatum"))
        start_label.setBuddy(self.start)
        self.start.editingFinished.connect(
            lambda: self._set_header("starts_on", self.start.value(), self.tr("Startdatum")))
        self.agreed = QLabel(self)
        for widget in (pace_label, self.pace, start_label, self.start, self.agreed):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- edits ----------------------------------------------------------------------------
    def _set_header(self, field: str, value, label: str) -> None:
        if self._refreshing:
            return
        data, case_id = self.session.data, self.session.case_id
        old = data.plan_header(case_id)[field]
        if old == value:
            return
        self.session.edit(label, lambda: data.set_plan_header(case_id, **{field: value}),
                          lambda: data.set_plan_header(case_id, **{field: old}), "plan")

    def _row_edit(self, line: PlanLine, label: str, **fields) -> None:
        """Change the counsellor's fields of one line; undo puts the old values back."""
        data, case_id = self.session.data, self.session.case_id
        old_row = line.row
        before = {k: getattr(old_row, k) if old_row else _blank(k) for k in fields}
        if line.unit is None:
            row_id = old_row.id
            do = lambda: data.update_plan_row(row_id, case_id, **fields)  # noqa: E731
            undo = lambda: data.update_plan_row(row_id, case_id, **before)  # noqa: E731
        else:
            unit_id = self._unit_id(line)
            do = lambda: data.set_plan_row(case_id, unit_id, **fields)  # noqa: E731
            undo = lambda: data.set_plan_row(case_id, unit_id, **before)  # noqa: E731
        self.session.edit(label, do, undo, "plan")

    def _choose_alternative(self, line: PlanLine) -> None:
        """Count this unit instead of the alternative of its group counted now (e.g.
        Svenska som andraspråk 1 for Svenska 1): its row is marked 'forced', the others of
        the group lose the mark, in one edit that undo takes back."""
        data, case_id = self.session.data, self.session.case_id
        chosen = self._unit_id(line)
        group = self._unit(line).alternative_group
        framework = self._framework(line)
        forced = {u.id: u.id == chosen for u in framework.units if u.alternative_group == group}
        rows = {r.unit_id: r.forced for r in self.session.snapshot.plan_rows if r.unit_id}
        before = {unit_id: rows.get(unit_id, False) for unit_id in forced}
        label = self.tr("Räkna med {0} i stället").format(_line_title(line))
        self.session.edit(label, lambda: data.set_forced(case_id, forced),
                          lambda: data.set_forced(case_id, before), "plan")

    def _framework(self, line: PlanLine) -> Framework:
        framework_code, _ = line.unit.key
        return next(f for f in self.session.snapshot.frameworks if f.code == framework_code)

    def _unit(self, line: PlanLine) -> Unit:
        return next(u for u in self._framework(line).units if u.ref == line.unit.key[1])

    def _unit_id(self, line: PlanLine) -> str:
        return self._unit(line).id

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._refreshing:
            return
        line = self._lines[item.row()]
        name = self.table.horizontalHeaderItem(item.column()).text()
        if item.column() == INCLUDED:
            self._toggle_included(line, item.checkState() == Qt.CheckState.Checked)
        elif item.column() in _EDITABLE:
            field = _EDITABLE[item.column()]
            value = item.text().strip()
            if field == "note" and not self.session.free_text_ok(value):
                self.reload()
                return
            if field in ("starts_on", "ends_on"):
                try:
                    value = date.fromisoformat(value) if value else None
                except ValueError:
                    self.session.failed.emit(self.tr("Skriv datum som ÅÅÅÅ-MM-DD"))
                    self.reload()
                    return
            self._row_edit(line, f"{name}: {_line_title(line)}", **{field: value})

    def _toggle_included(self, line: PlanLine, included: bool) -> None:
        if included and _other_alternative(line):
            self._choose_alternative(line)
            return
        if included:  # back in the plan; a course the framework does not require, put in
            self._row_edit(line, self.tr("Med i planen: {0}").format(_line_title(line)),
                           excluded_reason="", **({"forced": True} if _optional(line) else {}))
            return
        if _optional(line):  # put in by the counsellor, taken out again: no reason needed
            self._row_edit(line, self.tr("Utanför planen: {0}").format(_line_title(line)),
                           forced=False)
            return
        reason = self.ask_text(self.tr("Lämna utanför planen"),
                               self.tr("Varför lämnas {0} utanför planen?").format(
                                   _line_title(line)))
        if not reason:
            self.session.failed.emit(self.tr("En rad lämnas bara utanför planen med ett skäl"))
            self.reload()
            return
        self._row_edit(line, self.tr("Utanför planen: {0}").format(_line_title(line)),
                       excluded_reason=reason)

    def _add_row(self) -> None:
        title = self.ask_text(self.tr("Lägg till rad"),
                              self.tr("Vad ska läggas till (t.ex. praktik, språkstöd)?"))
        if not title:
            return
        data, case_id = self.session.data, self.session.case_id
        created: list[str] = []

        def do() -> None:
            created.append(data.set_plan_row(case_id, None, title=title, forced=True,
                                             position=1000))

        self.session.edit(self.tr("Ny rad: {0}").format(title), do,
                          lambda: data.delete_plan_row(created.pop(), case_id), "plan")

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self._lines[row].unit is not None:
            self.session.failed.emit(self.tr("Bara egna rader kan tas bort; en kurs lämnas "
                                             "utanför planen med kryssrutan Med"))
            return
        old: PlanRow = self._lines[row].row
        data, case_id = self.session.data, self.session.case_id
        restore = {"id": old.id, "title": old.title, "provider": old.provider,
                   "starts_on": old.starts_on, "ends_on": old.ends_on, "note": old.note,
                   "forced": True, "position": 1000}
        self.session.edit(self.tr("Tog bort rad: {0}").format(old.title),
                          lambda: data.delete_plan_row(old.id, case_id),
                          lambda: data.set_plan_row(case_id, None, **restore), "plan")

    def _agree(self) -> None:
        data, case_id, db = self.session.data, self.session.case_id, self.session.db
        old = data.plan_header(case_id)
        self.session.edit(
            self.tr("Planen överenskommen"), lambda: agree_plan(db, case_id, date.today()),
            lambda: data.set_plan_header(case_id, agreed_on=old["agreed_on"],
                                         framework_versions=old["framework_versions"]), "plan")

    def _ask_text(self, title: str, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, question)
        return text.strip() if ok and text.strip() else None

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        snapshot = self.session.snapshot
        self.pace.setCurrentIndex(max(0, self.pace.findData(snapshot.pace)))
        self.start.set_value(snapshot.starts_on)
        self.agreed.setText(self.tr("Överenskommen {0}").format(snapshot.agreed_on)
                            if snapshot.agreed_on else self.tr("Inte överenskommen än"))
        self._lines = snapshot.lines()
        current = self.table.currentRow()
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            self._fill(row, line)
        if 0 <= current < len(self._lines):
            self.table.setCurrentCell(current, self.table.currentColumn())
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COURSE,
                                                           QHeaderView.ResizeMode.Stretch)
        self._show_totals()
        self._show_credentials()

    def _fill(self, row: int, line: PlanLine) -> None:
        unit, stored = line.unit, line.row
        outcome = unit.outcome if unit else None
        texts = {
            COURSE: _line_title(line),
            OUTCOME: _outcome_text(line),
            COVERAGE: labels.percent(unit.coverage) if unit else "",
            REMAINING: "" if not unit or unit.remaining_points is None
            else str(unit.remaining_points),
            WEEKS: "" if not unit or unit.weeks is None else _decimal(unit.weeks),
            PROVIDER: stored.provider if stored else "",
            START: str(stored.starts_on or "") if stored else "",
            END: str(stored.ends_on or "") if stored else "",
            NOTE: (stored.note if stored else ""),
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column not in _EDITABLE:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column == OUTCOME and outcome in _OUTCOME_COLOUR:
                item.setBackground(QColor(_OUTCOME_COLOUR[outcome]))
            if column == COURSE and unit and unit.overridden:
                item.setToolTip(self.tr("Ändrat beslut: {0}").format(unit.override_reason))
            if column == COURSE and stored and stored.excluded_reason:
                item.setToolTip(self.tr("Utanför planen: {0}").format(stored.excluded_reason))
            self.table.setItem(row, column, item)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                       | Qt.ItemFlag.ItemIsSelectable)
        in_plan = line.in_plan  # as printed (PlanEdits.in_plan)
        check.setCheckState(Qt.CheckState.Checked if in_plan else Qt.CheckState.Unchecked)
        check.setData(Qt.ItemDataRole.AccessibleTextRole,
                      self.tr("med i planen") if in_plan else self.tr("utanför planen"))
        self.table.setItem(row, INCLUDED, check)
        if _other_alternative(line):
            check.setToolTip(self.tr("Markera för att räkna med den här kursen i stället "
                                     "för alternativet som planen räknar med nu."))
            for column in range(self.table.columnCount()):
                cell = self.table.item(row, column)
                cell.setForeground(QColor("#777777"))

    def _show_totals(self) -> None:
        totals = self.session.snapshot.plan_totals()
        end = (self.tr("klar ungefär {0}").format(totals.end_date) if totals.end_date
               else self.tr("välj startdatum för att se när planen är klar"))
        self.totals.setText(self.tr(
            "<b>{0} poäng att läsa</b> av {1} · {2} poäng validerade · {3} veckor i "
            "{4} % takt · {5}").format(totals.points_to_study, totals.points_total,
                                       totals.validated_points, _decimal(totals.weeks),
                                       self.session.snapshot.pace, end))

    def _show_credentials(self) -> None:
        self.credentials.clear()
        snapshot = self.session.snapshot
        for status in snapshot.result.micro_credentials:
            if status.earned:
                text = self.tr("✓ {0} – uppnådd").format(status.title)
            else:
                missing = ", ".join(f"{ref[0]} {ref[1]}" for ref in status.missing)
                text = self.tr("○ {0} – saknas: {1}").format(status.title, missing)
            self.credentials.addItem(text)


def _line_title(line: PlanLine) -> str:
    if line.unit is None:
        return line.row.title if line.row else ""
    code = line.unit.ref if line.unit.ref != line.unit.title else ""
    return f"{code} {line.unit.title}".strip()


def _optional(line: PlanLine) -> bool:
    """A unit the framework does not require: in the plan only when the counsellor puts it in."""
    return line.unit is not None and line.unit.role == UnitRole.OPTIONAL


def _other_alternative(line: PlanLine) -> bool:
    """An alternative of a group whose other unit the plan counts now."""
    return line.unit is not None and line.unit.role == UnitRole.ALTERNATIVE_NOT_NEEDED


def _outcome_text(line: PlanLine) -> str:
    if line.unit is None:
        return QCoreApplication.translate("PlanPage", "Egen rad")
    if _other_alternative(line):
        return QCoreApplication.translate("PlanPage", "Alternativ behövs inte")
    text = labels.unit_outcome()[line.unit.outcome]
    return f"{text} *" if line.unit.overridden else text


def _decimal(value: float) -> str:
    """One decimal in the UI's locale (92,0 in Swedish)."""
    return QLocale().toString(float(value), "f", 1)


def _blank(field: str):
    if field == "forced":
        return False
    return None if field in ("starts_on", "ends_on") else ""
