"""The case's audit trail (Ärendets logg): who changed what and when, in plain Swedish.

Read-only. Stored identifiers become words ("assessment.status" → "Bedömning: status",
"met" → "Uppfyllt"); text about the person (storage.personal_text: notes, experience,
contact details, personnummer) is not kept, only that it changed ("(text ändrad)",
"(uppgift ändrad)"). The events come from `AuditRepository`; this module only turns them
into rows of a table model with a filter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koll_desktop.domain.case import AuditEvent
from koll_desktop.domain.enums import AuditAction
from koll_desktop.storage.audit import AuditRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db
from koll_desktop.storage.erasure import ANONYMISED_FIELD
from koll_desktop.storage.personal_text import FREE_TEXT_FIELDS, value_hidden
from koll_desktop.ui import labels

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
WHEN, WHO, ACTION, WHAT, SUBJECT, CHANGE = range(6)


def _t(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def headers() -> list[str]:
    return [_t("När"), _t("Vem"), _t("Händelse"), _t("Uppgift"), _t("Gäller"),
            _t("Ändring (före → efter)")]


def actions() -> dict[AuditAction, str]:
    return {AuditAction.CREATE: _t("Lade till"), AuditAction.UPDATE: _t("Ändrade"),
            AuditAction.DELETE: _t("Tog bort"), AuditAction.IMPORT: _t("Läste in"),
            AuditAction.ERASE: _t("Raderade"),
            AuditAction.EXPORT: _t("Registerutdrag")}


def entities() -> dict[str, str]:
    return {"person": _t("Person"), "case": _t("Ärende"), "case_framework": _t("Ramverk"),
            "prior_learning": _t("Tidigare erfarenhet"), "evidence": _t("Bevisfil"),
            "self_rating": _t("Självskattning"), "assessment": _t("Bedömning"),
            "unit_decision": _t("Ändrat beslut för kurs"), "plan": _t("Plan"),
            "plan_row": _t("Planrad"), "follow_up": _t("Uppföljning"),
            "document_issued": _t("Utlämnat dokument")}


def fields() -> dict[str, str]:
    """Field names in words; `entity.field` wins over `field` where the same name means
    different things in different tables."""
    return {
        # person
        "given_name": _t("förnamn"), "family_name": _t("efternamn"),
        "personnummer": _t("personnummer"), "birth_year": _t("födelseår"),
        "gender": _t("kön"), "languages": _t("språk"), "email": _t("e-post"),
        "phone": _t("telefon"), "accessibility_needs": _t("behov av anpassning"),
        # case
        "counsellor": _t("handledare"), "organisation": _t("organisation"), "goal": _t("mål"),
        "status": _t("status"), "consent_date": _t("samtycke, datum"),
        "consent_scope": _t("samtycke, vad det gäller"),
        "consent_method": _t("samtycke, hur det gavs"),
        "retention_until": _t("sparas till (gallringsdatum)"),
        "labour_market_status": _t("ställning på arbetsmarknaden"),
        "education_level": _t("utbildningsnivå"), "frameworks": _t("ramverk"),
        # inside the case
        "kind": _t("typ"), "title": _t("benämning"), "country": _t("land"),
        "date_from": _t("från"), "date_to": _t("till"), "description": _t("beskrivning"),
        "prior_learning_id": _t("hör till erfarenhet"), "name": _t("filnamn"),
        "level": _t("skattning"), "methods": _t("metoder"), "evidence_ids": _t("bevis"),
        "rule_valid": _t("beviskrav: giltigt"), "rule_sufficient": _t("beviskrav: tillräckligt"),
        "rule_authentic": _t("beviskrav: äkta"), "rule_current": _t("beviskrav: aktuellt"),
        "assessor": _t("bedömare"), "assessed_on": _t("bedömningsdatum"),
        "rationale": _t("motivering"), "outcome": _t("resultat"), "reason": _t("motivering"),
        "pace": _t("studietakt"), "starts_on": _t("startdatum"), "ends_on": _t("slutdatum"),
        "agreed_on": _t("överenskommen"), "providers": _t("anordnare"),
        "framework_versions": _t("ramverksversioner"), "credit_form": _t("form"),
        "provider": _t("anordnare"), "note": _t("anteckning"),
        "forced": _t("tas med ändå"), "excluded_reason": _t("skäl att utelämna"),
        "pseudonymised": _t("kopia utan personuppgifter"),  # services.bundles: an imported copy
        "position": _t("ordning"), "months": _t("månader"), "recorded_on": _t("noterad"),
        "handed_over_on": _t("lämnad"), "file_name": _t("filnamn"),
        "unit_decision.outcome": _t("beslut"), "follow_up.outcome": _t("vad personen gör"),
    }


def _enum_words() -> dict[str, dict[str, str]]:
    """Stored values of coded fields → words, keyed `entity.field` or `field`."""
    def plain(mapping) -> dict[str, str]:
        return {str(k): v for k, v in mapping.items()}

    outcome = plain(labels.unit_outcome())
    return {
        "case.status": plain(labels.case_status()),
        "assessment.status": plain(labels.assessment_status()),
        "level": plain(labels.self_rating()), "gender": plain(labels.gender()),
        "labour_market_status": plain(labels.labour_market()),
        "education_level": plain(labels.education()),
        "kind": plain(labels.prior_learning_kind()),
        "unit_decision.outcome": outcome, "plan_row.outcome": outcome,
        "follow_up.outcome": plain(labels.follow_up()),
        "credit_form": {"intyg": _t("Intyg"), "prövning": _t("Prövning för betyg")},
        "document_issued.kind": documents(),
    }


def documents() -> dict[str, str]:
    return {"plan": _t("Plan"), "certificate": _t("Kompetensintyg"),
            "micro_credential": _t("Mikromerit")}


_BOOLEAN = frozenset({"rule_valid", "rule_sufficient", "rule_authentic", "rule_current",
                      "forced"})


def local_time(at: str) -> str:
    """A stored UTC timestamp as local time, to the minute."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment.tzinfo else f"{moment:%Y-%m-%d %H:%M}"


@dataclass(frozen=True)
class AuditRow:
    """One event as shown: every cell is text."""

    when: str
    who: str
    action: str
    what: str
    subject: str
    change: str
    at: str  # the stored timestamp (tooltip, sort)

    def cells(self) -> tuple[str, ...]:
        return (self.when, self.who, self.action, self.what, self.subject, self.change)


class Describer:
    """Turns events into rows, with the short names of the case's rows and frameworks."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.entities, self.fields, self.words = entities(), fields(), _enum_words()
        self.actions = actions()

    def row(self, e: AuditEvent) -> AuditRow:
        entity = self.entities.get(e.entity, e.entity)
        field = e.field_name
        action = self.actions.get(e.action, str(e.action))
        if e.action == AuditAction.ERASE and field == ANONYMISED_FIELD:
            return AuditRow(local_time(e.at), e.actor, _t("Anonymiserade"), entity, "",
                            _t("namn, personnummer, kontaktuppgifter, fritext och filer togs "
                               "bort; statistiken finns kvar"), e.at)
        what = f"{entity}: {self._field(e.entity, field)}" if field else entity
        return AuditRow(local_time(e.at), e.actor, action, what, self._subject(e),
                        self.change(e), e.at)

    def _field(self, entity: str, field: str) -> str:
        return self.fields.get(f"{entity}.{field}") or self.fields.get(field, field)

    def _subject(self, e: AuditEvent) -> str:
        if e.entity in ("case", "plan", "person"):
            return ""
        name = self.names.get(e.entity_id, "")
        if not name:
            return ""
        if e.entity == "follow_up":
            return _t("efter {0} månader").format(name)
        if e.entity == "document_issued":
            return documents().get(name, name)
        return name

    def change(self, e: AuditEvent) -> str:
        if e.action == AuditAction.IMPORT:
            return _t("från {0}").format(e.new) if e.new else ""
        if value_hidden(e.entity, e.field_name):  # the value is not kept: that it changed is
            return _hidden_change(e.old, e.new, text=e.field_name in FREE_TEXT_FIELDS)
        if e.action != AuditAction.UPDATE:
            return self.value(e.entity, e.field_name, e.new) if e.new else ""
        if not (e.old or e.new):  # blanked when the case was anonymised
            return ""
        return f"{self.value(e.entity, e.field_name, e.old)} → " \
               f"{self.value(e.entity, e.field_name, e.new)}"

    def value(self, entity: str, field: str, value: str) -> str:
        if value == "":
            return _t("(tomt)")
        words = self.words.get(f"{entity}.{field}") or self.words.get(field)
        if words is not None:
            return words.get(value, value)
        if field in _BOOLEAN:
            return {"1": _t("Ja"), "0": _t("Nej")}.get(value, value)
        if field == "methods":
            methods = {str(k): v for k, v in labels.method().items()}
            return ", ".join(methods.get(m, m) for m in _list(value)) or _t("(inga)")
        if field in ("evidence_ids", "prior_learning_id", "frameworks"):
            ids = _list(value) if field == "evidence_ids" else value.split(",")
            return ", ".join(self.names.get(i, _t("(borttagen)")) for i in ids if i) \
                or _t("(inga)")
        if field == "framework_versions":
            return ", ".join(_list(value)) or _t("(inga)")
        if field == "pace":
            return f"{value} %"
        return value


def _list(value: str) -> list[str]:
    try:
        parsed = json.loads(value)
    except ValueError:
        return [value]
    return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]


def _hidden_change(old: str, new: str, *, text: bool) -> str:
    if old and new:
        return _t("(text ändrad)") if text else _t("(uppgift ändrad)")
    if new:
        return _t("(text tillagd)") if text else _t("(uppgift tillagd)")
    if old:
        return _t("(text borttagen)") if text else _t("(uppgift borttagen)")
    return ""


class AuditModel(QAbstractTableModel):
    """The rows of one case's trail, oldest first; read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._headers = headers()

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> AuditRow:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells()[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == WHEN:
                return local_time_full(row.at)
            return row.cells()[index.column()] or None
        if role == SORT_ROLE:  # time sorts by the stored order, the rest by their text
            return index.row() if index.column() == WHEN else row.cells()[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def local_time_full(at: str) -> str:
    try:
        return f"{datetime.fromisoformat(at).astimezone():%Y-%m-%d %H:%M:%S %Z}"
    except ValueError:
        return at


class AuditView(QDialog):
    """The audit trail of one case (and of its person's details), newest first, with a
    filter. Non-modal: `refresh()` reads it again (connect it to the session's `changed`)."""

    def __init__(self, db: Db, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditView")
        self.repo, self.cases = AuditRepository(db), CaseRepository(db)
        self.case_id = case_id
        case = self.cases.case(case_id)
        person = self.cases.person(case.person_id)
        self.setWindowTitle(self.tr("Logg för ärende {0}").format(case.reference))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>Ärende {0} · {1}</b><br>Här syns vem som har ändrat vad i ärendet och när, "
            "också ändringar av personuppgifterna. Loggen kan inte ändras. Den sparar aldrig "
            "texten i anteckningar och motiveringar, och inte heller e-post, telefonnummer "
            "eller personnummer: bara att de ändrades.").format(case.reference,
                                                                 person.full_name),
            self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)

        filter_row = QHBoxLayout()
        caption = QLabel(self.tr("&Filtrera:"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("auditFilter")
        self.filter.setPlaceholderText(self.tr("t.ex. bedömning, status, ett namn eller ett datum"))
        self.filter.setAccessibleName(self.tr("Filtrera loggen"))
        self.filter.setClearButtonEnabled(True)
        caption.setBuddy(self.filter)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        filter_row.addWidget(caption)
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.count)
        layout.addLayout(filter_row)

        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Händelser i ärendets logg"))
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)  # newest first
        header = self.table.horizontalHeader()
        for column, width in ((WHEN, 125), (WHO, 90), (ACTION, 90), (WHAT, 230),
                              (SUBJECT, 140)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = QPushButton(self.tr("&Uppdatera"), self)
        self.refresh_button.setAccessibleName(self.tr("Läs in loggen igen"))
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        layout.addWidget(buttons)

        self.filter.textChanged.connect(self._filter)
        self.refresh()
        self.filter.setFocus()

    def refresh(self) -> None:
        describer = Describer(self.repo.names(self.case_id))
        events = self.repo.for_case(self.case_id, with_person=True)
        self.model.set_rows([describer.row(e) for e in events])
        self._show_count()

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, in the shown order (for tests and the tour)."""
        return [tuple(self.proxy.index(r, c).data() for c in range(self.proxy.columnCount()))
                for r in range(self.proxy.rowCount())]

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("{0} händelser").format(total))
        elif shown:
            self.count.setText(self.tr("{0} av {1} händelser").format(shown, total))
        else:
            self.count.setText(self.tr("Inga händelser passar filtret"))
