"""The library screen's details panel: the selected framework, unit or requirement.

Shown as HTML in a text browser, with a banner for example frameworks, a note for
example requirement texts, the requirement's crosswalk links (click one to go there)
and the micro-credentials it belongs to.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from koll_desktop.domain.library import Framework, Requirement, RequirementRef, Unit
from koll_desktop.ui.labels import (
    coverage_label,
    framework_kind_label,
    requirement_kind_label,
    unit_label,
    units_label,
)
from koll_desktop.ui.library_tree import LibrarySnapshot


class _Html(str):
    """A table value that is already HTML (not escaped again)."""


def _h3(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class DetailsPanel(QWidget):
    """The selected framework, unit or requirement, with example warnings and crosswalk links."""

    requirement_clicked = Signal(str)  # the id of a linked requirement

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.example_banner = QLabel(self.tr("EXEMPEL — inte en verklig standard"), self)
        self.example_banner.setObjectName("exampleBanner")
        self.example_banner.setAccessibleName(self.tr("Varning: exempel"))
        self.example_banner.setStyleSheet(
            "#exampleBanner { background: #fff3cd; color: #6b4a00; border: 2px solid #e0a800;"
            " border-radius: 4px; padding: 6px; font-weight: bold; }")
        self.example_note = QLabel(self.tr("Kravpunkterna är exempel skrivna för demon tills "
                                           "kursplanen importeras."), self)
        self.example_note.setObjectName("exampleNote")
        self.example_note.setWordWrap(True)
        self.example_note.setAccessibleName(self.tr("Obs: exempeltexter"))
        self.example_note.setStyleSheet(
            "#exampleNote { background: #fffbea; color: #6b4a00; border: 1px solid #f0d78c;"
            " border-radius: 4px; padding: 6px; }")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("libraryDetails")
        self.browser.setAccessibleName(self.tr("Detaljer om det valda"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDefaultStyleSheet(
            "th { text-align: left; font-weight: normal; color: #555; padding-right: 14px; }"
            " td { padding-bottom: 3px; } h3 { margin-top: 14px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.example_banner, self.example_note):
            layout.addWidget(widget)
        layout.addWidget(self.browser, 1)
        self._targets: list[str] = []
        self.show_empty(False)

    # -- what is shown -------------------------------------------------------------
    def show_empty(self, library_empty: bool) -> None:
        self._set(self.tr("Referensbiblioteket") if library_empty else "", False, False)
        self.browser.setHtml(self._p(self.tr(
            "Biblioteket är tomt. Importera en Excel-mall, en biblioteksfil (JSON) eller en "
            "kursplan från Skolverket med Importera …") if library_empty else self.tr(
            "Välj ett ramverk, en kurs eller ett krav i trädet.")))

    def show_framework(self, f: Framework, cases: int) -> None:
        self._set(f"{f.code} — {f.title}", f.example,
                  not f.example and any(r.example for r in f.requirements))
        points = f.total_points
        rows = [
            (self.tr("Typ"), framework_kind_label(f.kind)),
            (self.tr("Ägare"), f.owner),
            (self.tr("Version"), f.version),
            (self.tr("Giltighet"), self._validity(f)),
            (self.tr("SeQF-nivå"), "" if f.seqf_level is None else str(f.seqf_level)),
            (self.tr("Poäng totalt"), self.tr("{0} poäng").format(points) if points else
             self.tr("anges inte")),
            (units_label(f.kind), self.tr("{0} st, {1} krav").format(
                len(f.units), len(f.requirements))),
            (self.tr("Källa"), _Html('<a href="{0}">{0}</a>'.format(html.escape(f.source)))
             if f.source.startswith(("http://", "https://")) else f.source),
            (self.tr("Källans datum"), f.source_date.isoformat() if f.source_date else ""),
            (self.tr("Kursplanstyp"), f.syllabus_type or ""),
            (self.tr("Används i"), self._cases(cases)),
        ]
        body = self._table(rows)
        if f.description:
            body += _h3(self.tr("Beskrivning")) + self._p(f.description)
        self.browser.setHtml(body)

    def show_unit(self, f: Framework, unit: Unit) -> None:
        self._set(" — ".join(p for p in (unit.code, unit.title) if p), f.example,
                  not f.example and any(r.example for r in unit.requirements))
        rows = [
            (self.tr("Ingår i"), f"{f.code} {f.title} ({f.version})"),
            (self.tr("Poäng"), "" if unit.points is None else str(unit.points)),
            (self.tr("Krav på kursen"), self.tr("Obligatorisk") if unit.required
             else self.tr("Valbar")),
        ]
        if unit.alternative_group:
            others = [u.title for u in f.units if u.alternative_group == unit.alternative_group]
            rows.append((self.tr("Alternativ"), self.tr("Ett av dessa räcker: {0}").format(
                ", ".join(others))))
        body = self._table(rows)
        body += _h3(self.tr("Krav ({0})").format(len(unit.requirements)))
        body += self._requirement_list(unit.requirements)
        self.browser.setHtml(body)

    def show_requirement(self, snap: LibrarySnapshot, f: Framework, unit: Unit,
                         r: Requirement) -> None:
        self._set(self.tr("Krav {0}").format(r.code), f.example, r.example and not f.example)
        self._targets = []
        rows = [
            (self.tr("Typ"), requirement_kind_label(r.kind)),
            (self.tr("Nivå"), "" if r.level is None else str(r.level)),
            (self.tr("Vikt"), _number(r.weight)),
            (self.tr("Betygssteg"), r.grade_step or ""),
            (unit_label(f.kind), " ".join(p for p in (unit.code, unit.title) if p)),
            (self.tr("Ramverk"), f"{f.code} {f.title} ({f.version})"),
        ]
        text = html.escape(r.text).replace("\n", "<br>")
        body = f'<p style="font-size: large">{text}</p>' + self._table(rows)
        body += _h3(self.tr("Kopplingar i korstabellen"))
        body += self._links(snap, (f.code, r.code))
        credentials = snap.credentials.get((f.code, r.code), [])
        if credentials:
            items = "".join(f"<li>{html.escape(mc.title)} ({html.escape(mc.code)})</li>"
                            for mc in credentials)
            body += _h3(self.tr("Ingår i mikromeriter")) + f"<ul>{items}</ul>"
        self.browser.setHtml(body)

    def text(self) -> str:
        """Everything shown, as plain text (for tests and screen readers)."""
        parts = [self.heading.text()]
        parts += [w.text() for w in (self.example_banner, self.example_note) if not w.isHidden()]
        return "\n".join([*parts, self.browser.toPlainText()])

    # -- pieces --------------------------------------------------------------------
    def _set(self, heading: str, example: bool, example_items: bool) -> None:
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self.example_banner.setVisible(example)
        self.example_note.setVisible(example_items)
        self._targets = []

    def _links(self, snap: LibrarySnapshot, ref: RequirementRef) -> str:
        links = snap.links.get(ref, [])
        if not links:
            return self._p(self.tr("Inga kopplingar till andra ramverk."))
        rows = []
        for link in links:
            other = link.to_ref if link.from_ref == ref else link.from_ref
            found = snap.requirement(other)
            code = html.escape(f"{other[0]} {other[1]}")
            lines = []
            if found is None:
                lines.append(code + " " + html.escape(self.tr("(finns inte i biblioteket)")))
            else:
                self._targets.append(found[2].id)
                target = f'<a href="#{len(self._targets) - 1}">{code}</a>'
                lines.append(f'{target} <span style="color:#555">· '
                             f"{html.escape(found[0].title)}</span>")
                lines.append(html.escape(found[2].text))
            if link.note:
                note = html.escape(self.tr("Anmärkning: {0}").format(link.note))
                lines.append(f"<i>{note}</i>")
            rows.append(f'<tr><td style="padding-right: 10px"><b>'
                        f"{coverage_label(link.coverage)}</b></td>"
                        f'<td style="padding-bottom: 8px">{"<br>".join(lines)}</td></tr>')
        return f'<table cellspacing="0" cellpadding="2">{"".join(rows)}</table>'

    def _requirement_list(self, requirements: tuple[Requirement, ...]) -> str:
        if not requirements:
            return self._p(self.tr("Inga krav."))
        return self._table([(r.code, r.text) for r in requirements], skip_empty=False)

    def _validity(self, f: Framework) -> str:
        start = f.valid_from.isoformat() if f.valid_from else ""
        if f.valid_to is None:
            return self.tr("från {0}, tills vidare").format(start) if start else ""
        end = f.valid_to.isoformat()
        text = f"{start} – {end}" if start else self.tr("till {0}").format(end)
        if f.valid_to < date.today():
            text += " " + self.tr("(har upphört)")
        return text

    def _cases(self, count: int) -> str:
        if count == 0:
            return self.tr("inga ärenden")
        return self.tr("1 ärende") if count == 1 else self.tr("{0} ärenden").format(count)

    @staticmethod
    def _p(text: str) -> str:
        escaped = html.escape(text).replace("\n", "<br>")
        return f"<p>{escaped}</p>"

    @staticmethod
    def _table(rows: list[tuple[str, str]], *, skip_empty: bool = True) -> str:
        cells = "".join(
            f"<tr><th>{html.escape(k)}</th>"
            f"<td>{v if isinstance(v, _Html) else html.escape(v)}</td></tr>"
            for k, v in rows if v or not skip_empty)
        return f'<table cellspacing="0" cellpadding="2">{cells}</table>'

    def _follow(self, url: QUrl) -> None:
        fragment = url.fragment()
        if fragment.isdigit() and int(fragment) < len(self._targets):
            self.requirement_clicked.emit(self._targets[int(fragment)])
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
