"""The registerutdrag PDF (GDPR art. 15): in plain Swedish, who it is about, when it was
printed, what KoLL stores and why, each case step by step, assessments and plan as tables,
the evidence files, and the audit trail (who changed what, and when; the text of notes is
never in the trail, only "(text)").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from koll_desktop.domain import personnummer
from koll_desktop.domain.enums import AssessmentMethod
from koll_desktop.domain.labels import CASE_STATUS
from koll_desktop.services.case_snapshot import PlanLine
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.pdf_base import (
    CONTENT_WIDTH,
    PdfMeta,
    Styles,
    build_pdf,
    escape,
    facts_table,
    grid_table,
    letterhead,
)

Row = dict[str, Any]
TX = Texts("sv")
DASH = "–"
EMPTY = "(tomt)"

PURPOSES = (
    "<b>Vem du är:</b> namn, personnummer, födelseår, kön, språk och hur vi når dig. Det "
    "behövs för att veta vem ärendet gäller och för att kunna kontakta dig.",
    "<b>Vad du har gjort:</b> utbildningar, arbeten och filer som du har lämnat, till "
    "exempel intyg. Det behövs för att bedöma vad du kan (validering).",
    "<b>Bedömningar och plan:</b> vad du redan kan och vad du behöver studera. Det behövs "
    "för att göra din plan för utbildning.",
    "<b>Statistik:</b> kön, åldersgrupp, om du har arbete och hur lång utbildning du har. "
    "Det behövs för statistik till Europeiska socialfonden (ESF+). Statistiken visar "
    "aldrig ditt namn eller ditt personnummer.",
    "<b>En logg:</b> vem som ändrade vad och när. Den visar att uppgifterna har skötts "
    "rätt. Loggen sparar inte texten i anteckningar, bara att den ändrades: (text).",
)
RIGHTS = (
    "Uppgifterna sparas medan ärendet pågår och sedan till det datum som står under "
    "<i>Sparas till</i> för varje ärende. Sedan raderas de, eller så tas allt bort som kan "
    "visa att det gäller dig.",
    "Du har rätt att få fel rättade och att få dina uppgifter raderade. Kontakta {who} om "
    "du vill det.",
)
STATUS: dict[str, str] = dict(CASE_STATUS)  # the words the app shows
VALUES: dict[str, dict[str, str]] = {
    "case_status": STATUS,
    "gender": {"kvinna": "Kvinna", "man": "Man", "icke-binär": "Icke-binär",
               "vill ej ange": "Vill inte ange"},
    "labour_market_status": {"unemployed": "Arbetslös", "long_term_unemployed":
                             "Långtidsarbetslös", "inactive": "Utanför arbetskraften",
                             "employed": "Anställd (även egen företagare)",
                             "not_stated": "Inte angivet"},
    "education_level": {"isced_0_2": "Grundskola eller kortare (ISCED 0–2)",
                        "isced_3_4": "Gymnasium (ISCED 3–4)",
                        "isced_5_8": "Högskola eller liknande (ISCED 5–8)",
                        "not_stated": "Inte angivet"},
    "kind": {"formal": "Utbildning", "non_formal": "Kurs", "informal": "Annat lärande",
             "work": "Arbete"},
    "self_rating": {"1": "1 – Kan inte än", "2": "2 – Kan lite", "3": "3 – Kan bra",
                    "4": "4 – Kan mycket bra", "vet_inte": "Vet inte"},
    "assessment": {"met": "Uppfyllt", "partly": "Delvis", "not_met": "Inte uppfyllt",
                   "not_assessed": "Inte bedömt"},
    "outcome": {"credited": "Tillgodoräknas", "supplementary": "Komplettering",
                "full_course": "Hel kurs"},
    "follow_up": {"employed": "Arbete", "studies": "Studier", "job_seeking": "Söker arbete",
                  "other": "Annat"},
    "document": {"plan": "Plan", "certificate": "Kompetensintyg",
                 "micro_credential": "Mikromerit"},
}
ACTION = {"create": "Skapade", "update": "Ändrade", "delete": "Tog bort",
          "import": "Läste in", "erase": "Raderade", "export": "Lämnade ut"}
ENTITY = {"person": "Personuppgifter", "case": "Ärendet", "case_framework": "Ramverk",
          "prior_learning": "Erfarenhet", "evidence": "Fil", "self_rating": "Självskattning",
          "assessment": "Bedömning", "unit_decision": "Beslut", "plan": "Planen",
          "plan_row": "Planrad", "follow_up": "Uppföljning", "document_issued": "Dokument"}
FIELD = {"given_name": "Förnamn", "family_name": "Efternamn", "personnummer": "Personnummer",
         "birth_year": "Födelseår", "gender": "Kön", "languages": "Språk", "email": "E-post",
         "phone": "Telefon", "accessibility_needs": "Anpassning", "status": "Status",
         "goal": "Mål", "counsellor": "Valideringshandledare", "consent_date": "Samtycke, datum",
         "consent_scope": "Samtycke, omfattning", "consent_method": "Samtycke, sätt",
         "retention_until": "Sparas till", "frameworks": "Ramverk",
         "labour_market_status": "Arbetsmarknad", "education_level": "Utbildningsnivå",
         "description": "Beskrivning", "rationale": "Motivering", "methods": "Metoder",
         "assessor": "Bedömare", "assessed_on": "Datum", "level": "Skattning",
         "outcome": "Resultat", "reason": "Motivering", "note": "Anteckning",
         "provider": "Anordnare", "pace": "Studietakt", "starts_on": "Start",
         "agreed_on": "Överenskommen", "providers": "Anordnare", "title": "Titel"}


def label(table: dict[str, str], key: str) -> str:
    return table.get(key, key)


@dataclass(frozen=True)
class AccessData:
    """What the registerutdrag prints: the export's record and what makes it readable."""

    record: dict[str, Any]  # as in the JSON: person, cases with their rows, audit events
    labels: dict[str, str]  # library id → code and text
    plans: dict[str, tuple[PlanLine, ...]] = field(default_factory=dict)  # case id → lines
    retention: dict[str, tuple[date, str]] = field(default_factory=dict)  # case id → due
    organisation: str = ""
    printed_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    printed_by: str = ""


def write_access_pdf(data: AccessData, path: Path) -> Path:
    st = Styles.make()
    story: list[Flowable] = [*letterhead(data.organisation, "", st),
                             Paragraph("Registerutdrag", st.title)]
    story += _introduction(data, st) + _person(data.record["person"], st) + _purposes(data, st)
    for case in data.record["cases"]:
        story += _case(data, case, st)
    story += [Paragraph("Ändringar av dina personuppgifter", st.heading),
              *_audit_table(data.record["person_audit_event"], {}, st)]
    meta = PdfMeta(title="Registerutdrag", author=data.organisation or "KoLL Desktop",
                   subject="Uppgifter som KoLL lagrar om en person", language="sv",
                   footer=f"Registerutdrag, utskrivet {_stamp(data.printed_at.isoformat())}")
    return build_pdf(path, story, meta)


# -- small helpers ---------------------------------------------------------------------------

def _p(text: str, st: Styles) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), st.cell)


def _text(value: Any) -> str:
    return DASH if value in (None, "") else str(value)


def _day(value: str | None) -> str:
    return TX.date(date.fromisoformat(value[:10])) if value else DASH


def _stamp(value: str | None) -> str:
    """A stored timestamp as local time, to the minute."""
    if not value:
        return DASH
    moment = datetime.fromisoformat(value)
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment.tzinfo else value[:16]


def _period(start: str | None, end: str | None) -> str:
    if not (start or end):
        return DASH
    return start if start == end else f"{_text(start)} – {_text(end)}"


def _table(header: list[str], rows: list[list[str]], shares: list[float],
           st: Styles) -> list[Flowable]:
    """A table of plain-text cells, or a line saying that nothing is stored."""
    if not rows:
        return [Paragraph("Inget sparat.", st.body)]
    data = [[Paragraph(escape(h), st.cell_bold) for h in header]]
    data += [[_p(cell, st) for cell in row] for row in rows]
    return [grid_table(data, [CONTENT_WIDTH * s for s in shares])]


# -- who, when, why --------------------------------------------------------------------------

def _introduction(data: AccessData, st: Styles) -> list[Flowable]:
    who = data.organisation or "organisationen"
    rows = [("Utskrivet", escape(_stamp(data.printed_at.isoformat())))]
    if data.printed_by:
        rows.append(("Utskrivet av", escape(data.printed_by)))
    rows.append(("Antal ärenden", str(len(data.record["cases"]))))
    return [Paragraph(f"Det här är en utskrift av allt som finns sparat om dig i KoLL. KoLL är "
                      f"det program som {escape(who)} använder för validering, det vill säga "
                      "för att ta reda på vad du redan kan.", st.body),
            facts_table(rows, st)]


def _person(person: Row, st: Styles) -> list[Flowable]:
    number = person["personnummer"]
    rows = [("Namn", f"<b>{escape(person['given_name'])} {escape(person['family_name'])}</b>"),
            ("Personnummer", escape(personnummer.formatted(number)) if number else DASH),
            ("Födelseår", _text(person["birth_year"])),
            ("Kön", escape(VALUES["gender"].get(person["gender"], person["gender"]))),
            ("Språk", escape(_text(person["languages"]))),
            ("E-post", escape(_text(person["email"]))),
            ("Telefon", escape(_text(person["phone"]))),
            ("Behov av anpassning", escape(_text(person["accessibility_needs"]))),
            ("Registrerad", _day(person["created_at"])),
            ("Senast ändrad", _day(person["updated_at"]))]
    return [Paragraph("Uppgifter om dig", st.heading), facts_table(rows, st)]


def _purposes(data: AccessData, st: Styles) -> list[Flowable]:
    who = escape(data.organisation or "organisationen")
    out: list[Flowable] = [Paragraph("Vad KoLL sparar och varför", st.heading)]
    out += [Paragraph(item, st.bullet, bulletText="•") for item in PURPOSES]
    out += [Paragraph(text.format(who=who), st.body) for text in RIGHTS]
    return out


# -- one case --------------------------------------------------------------------------------

def _case(data: AccessData, record: dict[str, Any], st: Styles) -> list[Flowable]:
    case, tables = record["case"], record["tables"]
    out: list[Flowable] = [Paragraph(f"Ärende {escape(case['reference'])}", st.heading),
                           facts_table(_case_facts(data, case, tables), st),
                           Paragraph("Steg för steg", st.subheading)]
    out += [Paragraph(text, st.bullet, bulletText=f"{n}.")
            for n, text in enumerate(_steps(data, record), start=1)]
    sections = (
        ("Tidigare utbildning och erfarenhet", _prior_learning(tables, st)),
        ("Filer du har lämnat (bevis)", _evidence(tables, st)),
        ("Självskattning", _self_ratings(data, tables, st)),
        ("Bedömningar", _assessments(data, tables, st)),
        ("Ändrade beslut för kurser och områden", _decisions(data, tables, st)),
        ("Plan", _plan(data, case["id"], tables, st)),
        ("Dokument du har fått", _documents(tables, st)),
        ("Uppföljning", _follow_ups(tables, st)),
        ("Logg över ändringar i ärendet", _audit_table(record["audit_event"],
                                                       _row_labels(data, record), st)),
    )
    for title, body in sections:
        out += [Paragraph(title, st.subheading), *body]
    return out


def _case_facts(data: AccessData, case: Row, tables: dict[str, list[Row]]
                ) -> list[tuple[str, str]]:
    frameworks = "<br/>".join(escape(data.labels.get(r["framework_id"], r["framework_id"]))
                              for r in tables.get("case_framework", []))
    consent = " ".join(p for p in (
        f"Givet {_day(case['consent_date'])}" if case["consent_date"] else "",
        f"({case['consent_method']})." if case["consent_method"] else "",
        f"Gäller: {case['consent_scope']}" if case["consent_scope"] else "") if p)
    due = data.retention.get(case["id"])
    return [
        ("Status", escape(STATUS.get(case["status"], case["status"]))),
        ("Valideringshandledare", escape(_text(case["counsellor"]))),
        ("Organisation", escape(_text(case["organisation"]))),
        ("Mål (yrke)", escape(_text(case["goal"]))),
        ("Bedöms mot", frameworks or DASH),
        ("Samtycke", escape(consent or DASH)),
        ("Sparas till", escape(f"{TX.date(due[0])} ({due[1]})") if due else DASH),
        ("Ställning på arbetsmarknaden",
         escape(VALUES["labour_market_status"].get(case["labour_market_status"], DASH))),
        ("Utbildningsnivå", escape(VALUES["education_level"].get(case["education_level"], DASH))),
        ("Startat", _day(case["created_at"])),
        ("Senast ändrat", _day(case["updated_at"])),
    ]


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _steps(data: AccessData, record: dict[str, Any]) -> list[str]:
    t = record["tables"]

    def rows(table: str) -> int:
        return len(t.get(table, []))

    statuses = [a["status"] for a in t.get("assessment", [])]
    plan = (t.get("plan") or [{}])[0]
    lines = len(data.plans.get(record["case"]["id"], ()))
    agreed = (f"överenskommen {_day(plan['agreed_on'])}" if plan.get("agreed_on")
              else "inte överenskommen än")
    learned = _n(rows("prior_learning"), "utbildning eller arbete", "utbildningar eller arbeten")
    return [
        f"<b>Start:</b> ärendet registrerades {_day(record['case']['created_at'])}.",
        f"<b>Inledande kartläggning:</b> {learned} och {_n(rows('evidence'), 'fil', 'filer')}.",
        f"<b>Självskattning:</b> du har skattat {rows('self_rating')} krav.",
        f"<b>Bedömning:</b> bedömda krav: {len(statuses)} (uppfyllda: {statuses.count('met')}, "
        f"delvis: {statuses.count('partly')}, inte uppfyllda: {statuses.count('not_met')}).",
        f"<b>Plan:</b> {_n(lines, 'kurs eller område', 'kurser eller områden')}, {agreed}.",
        f"<b>Dokumentation:</b> {rows('document_issued')} dokument lämnade till dig.",
        f"<b>Uppföljning:</b> {_n(rows('follow_up'), 'uppföljning', 'uppföljningar')}.",
    ]


def _prior_learning(t: dict[str, list[Row]], st: Styles) -> list[Flowable]:
    rows = [[VALUES["kind"].get(r["kind"], r["kind"]), r["title"], _text(r["organisation"]),
             _period(r["date_from"], r["date_to"]), _text(r["description"])]
            for r in t.get("prior_learning", [])]
    return _table(["Slag", "Vad", "Var", "När", "Beskrivning"], rows,
                  [0.1, 0.22, 0.22, 0.16, 0.3], st)


def _evidence(t: dict[str, list[Row]], st: Styles) -> list[Flowable]:
    rows = [[r["name"], f"{r['size']:,} byte".replace(",", " "), r["sha256"],
             _day(r["created_at"])] for r in t.get("evidence", [])]
    table = _table(["Fil", "Storlek", "Kontrollsumma (SHA-256)", "Sparad"], rows,
                   [0.26, 0.14, 0.44, 0.16], st)
    if not rows:
        return table
    return [*table, Paragraph("Filernas innehåll finns sparat i KoLL men skrivs inte ut här. "
                              "Du kan få en kopia av filerna.", st.small)]


def _self_ratings(data: AccessData, t: dict[str, list[Row]], st: Styles) -> list[Flowable]:
    rows = sorted([data.labels.get(r["requirement_id"], DASH),
                   VALUES["self_rating"].get(r["level"], r["level"])]
                  for r in t.get("self_rating", []))
    return _table(["Krav", "Din skattning"], rows, [0.75, 0.25], st)


def _assessments(data: AccessData, t: dict[str, list[Row]], st: Styles) -> list[Flowable]:
    """Requirement (with the rationale under it, when there is one), result, how, who."""
    rows = sorted([_requirement(data.labels.get(r["requirement_id"], DASH), r["rationale"]),
                   VALUES["assessment"].get(r["status"], r["status"]), _methods(r),
                   f"{_text(r['assessor'])}, {_text(r['assessed_on'])}"]
                  for r in t.get("assessment", []))
    return _table(["Krav", "Bedömning", "Hur det bedömdes", "Bedömare, datum"], rows,
                  [0.42, 0.17, 0.23, 0.18], st)


def _requirement(text: str, rationale: str) -> str:
    return f"{text}\nMotivering: {rationale}" if rationale else text


def _methods(row: Row) -> str:
    methods = [TX.method(AssessmentMethod(m)) for m in json.loads(row["methods"] or "[]")]
    rules = [f"{name}: {'ja' if row[key] else 'nej'}" for key, name in (
        ("rule_valid", "giltigt"), ("rule_sufficient", "tillräckligt"),
        ("rule_authentic", "äkta"), ("rule_current", "aktuellt")) if row.get(key) is not None]
    return ", ".join(methods + rules) or DASH


def _decisions(data: AccessData, t: dict[str, list[Row]], st: Styles) -> list[Flowable]:
    rows = [[data.labels.get(r["unit_id"], DASH), VALUES["outcome"].get(r["outcome"], DASH),
             r["reason"]] for r in t.get("unit_decision", [])]
    return _table(["Kurs eller område", "Beslut", "Motivering"], rows, [0.4, 0.2, 0.4], st)


def _plan(data: AccessData, case_id: str, t: dict[str, list[Row]],
          st: Styles) -> list[Flowable]:
    header = (t.get("plan") or [None])[0]
    parts: list[Flowable] = []
    if header:
        parts.append(facts_table([
            ("Studietakt", escape(TX.pace(header["pace"]))),
            ("Start", _day(header["starts_on"])), ("Överenskommen", _day(header["agreed_on"])),
            ("Skolor och anordnare", escape(_text(header["providers"])))], st))
    rows = [_plan_row(line) for line in data.plans.get(case_id, ())]
    return parts + _table(["Kurs eller område", "Resultat", "Med i planen", "Anordnare, tid",
                           "Anteckning"], rows, [0.32, 0.24, 0.12, 0.16, 0.16], st)


def _plan_row(line: PlanLine) -> list[str]:
    unit, row = line.unit, line.row
    title = (f"{unit.framework_code} {unit.title}" if unit else row.title if row else DASH)
    outcome = VALUES["outcome"].get(str(unit.outcome) if unit else str(row and row.outcome),
                                    DASH)
    if unit and unit.remaining_points:
        outcome += f" ({TX.points(unit.remaining_points)} kvar)"
    left_out = row.excluded_reason if row else ""
    included = "ja" if line.in_plan else f"nej: {left_out}" if left_out else "nej"
    when = ""
    if row and (row.starts_on or row.ends_on):
        when = f" {_text(row.starts_on)} – {_text(row.ends_on)}"
    provider = ((row.provider if row else "") + when).strip() or DASH
    return [title, outcome, included, provider, _text(row.note if row else "")]


def _documents(t: dict[str, list[Row]], st: Styles) -> list[Flowable]:
    rows = [[VALUES["document"].get(r["kind"], r["kind"]), _day(r["handed_over_on"]),
             _text(r["file_name"])] for r in t.get("document_issued", [])]
    return _table(["Dokument", "Lämnat", "Fil"], rows, [0.4, 0.25, 0.35], st)


def _follow_ups(t: dict[str, list[Row]], st: Styles) -> list[Flowable]:
    rows = [[f"{r['months']} månader", VALUES["follow_up"].get(r["outcome"], r["outcome"]),
             _day(r["recorded_on"]), _text(r["note"])] for r in t.get("follow_up", [])]
    return _table(["När", "Vad du gör", "Noterat", "Anteckning"], rows,
                  [0.18, 0.22, 0.2, 0.4], st)


# -- the audit trail -------------------------------------------------------------------------

def _row_labels(data: AccessData, record: dict[str, Any]) -> dict[str, str]:
    """Row id → a short name, so the trail says which requirement or file it means."""
    t, out = record["tables"], {record["case"]["id"]: record["case"]["reference"]}
    for table, key in (("assessment", "requirement_id"), ("self_rating", "requirement_id"),
                       ("unit_decision", "unit_id"), ("plan_row", "unit_id")):
        for r in t.get(table, []):
            out[r["id"]] = data.labels.get(r.get(key) or "", "").split(":")[0] or r.get(
                "title", "")
    for table, key in (("prior_learning", "title"), ("evidence", "name"),
                       ("document_issued", "kind"), ("follow_up", "months")):
        for r in t.get(table, []):
            out[r["id"]] = VALUES["document"].get(r[key], str(r[key]))
            if key == "months":
                out[r["id"]] = f"{r[key]} månader"
    return out


def _audit_table(events: list[Row], names: dict[str, str], st: Styles) -> list[Flowable]:
    """One row per change; creations and removals in the same minute, by the same person and
    of the same kind, share a row ("Skapade bedömning: A.1, A.2, …")."""
    rows: list[list[str]] = []
    last: tuple[str, ...] = ()
    for e in events:
        what = f"{label(ACTION, e['action'])} {label(ENTITY, e['entity']).lower()}"
        name = names.get(e["entity_id"], "") if e["entity"] not in ("case", "plan") else ""
        key = (_stamp(e["at"]), e["actor"], what)
        if not (e["field"] or e["old"] or e["new"]) and key == last and name:
            rows[-1][2] += f", {name}"
            continue
        last = key if not e["field"] else ()
        rows.append([*key[:2], f"{what}: {name}" if name else what,
                     label(FIELD, e["field"]) or DASH, _change(e) or DASH])
    return _table(["När", "Vem", "Vad", "Uppgift", "Ändring"], rows,
                  [0.17, 0.12, 0.33, 0.16, 0.22], st)


def _change(e: Row) -> str:
    if not (e["old"] or e["new"]):
        return ""
    if e["action"] == "update":
        return f"{_value(e, e['old']) or EMPTY} → {_value(e, e['new']) or EMPTY}"
    return _value(e, e["new"])


def _value(event: Row, value: str) -> str:
    """Stored codes in words (status, gender …); free text is stored as "(text)" already."""
    key = {"status": "assessment" if event["entity"] == "assessment" else "case_status",
           "level": "self_rating", "outcome": "outcome"}.get(event["field"], event["field"])
    return VALUES.get(key, {}).get(value, value)

