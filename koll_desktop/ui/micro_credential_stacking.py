"""The "Stapelbarhet" tab: how micro-credentials stack up to the units of the library.

For a chosen framework and unit, which micro-credentials together cover all its
requirements (plan_engine.covering_micro_credentials) or which remain uncovered; and for
each micro-credential the courses and areas it can be built on towards ("Kan byggas på
till …"). A double click on a course there shows its cover above.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.contributions import contributions, unit_name
from koll_desktop.domain.library import Framework, MicroCredential, RequirementRef, Unit
from koll_desktop.domain.plan_engine import StackingResult, covering_micro_credentials
from koll_desktop.ui.micro_credential_parts import (
    MUTED,
    SEP,
    UNIT_ROLE,
    heading_label,
    share_text,
    show_note,
    tree_widget,
    unit_key,
)
from koll_desktop.ui.widgets import example_icon


def _t(text: str) -> str:
    return QCoreApplication.translate("micro_credentials", text)


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
        self.requirements = tree_widget(
            self, _t("Kursens krav och mikromeriterna som täcker dem"),
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
        self.towards = tree_widget(lower, _t("Vad varje mikromerit kan byggas på till"),
                                   [_t("Mikromerit / kan byggas på till"), _t("Benämning"),
                                    _t("Krav som ingår")])
        self.towards.header().setStretchLastSection(False)
        self.towards.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        towards_label = heading_label(_t("Kan byggas på till – kurser och områden som varje "
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
        unit_ref = keep[1].split(SEP, 1)[1] if keep[1] and keep[0] == code else None
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
            self.unit_picker.addItem(f"{unit_name(unit)} – {share}", unit_key(f.code, unit.ref))
            if covered > best_count:
                best, best_count = unit.ref, covered
        wanted = unit_ref or best
        index = self.unit_picker.findData(unit_key(f.code, wanted)) if f and wanted else 0
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
        unit = next((u for u in f.units if unit_key(f.code, u.ref) == key), None)
        return (f, unit) if unit is not None else None

    def _show(self, *_args) -> None:
        self.requirements.clear()
        found = self._unit()
        if found is None:
            self.result = None
            show_note(self.status, "info", html.escape(_t("Välj ett ramverk och en kurs.")))
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
            show_note(self.status, "ok", _t("<b>{0}</b> täcks helt av {1} mikromeriter "
                                            "tillsammans:{2}").format(
                name, len(result.credentials), parts))
        elif result.credentials:
            missing = html.escape(", ".join(rc for _fc, rc in result.uncovered))
            show_note(self.status, "warn", _t(
                "<b>{0}</b> täcks inte helt: {1} av {2} krav saknar mikromerit ({3}). Dessa "
                "täcker tillsammans {4} av {2} krav:{5}").format(
                name, left, total, missing, total - left, parts))
        else:
            show_note(self.status, "warn", _t("Ingen mikromerit täcker något av kraven i "
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
