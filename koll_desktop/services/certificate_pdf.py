"""The competence certificate (kompetensintyg, DESIGN §5): per framework and version and per
unit, the requirements validated — directly or derived through the crosswalk, with methods,
assessor and date — and the courses that may be credited as "intyg" or "prövning för betyg".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from koll_desktop.domain.coverage import whole_percent
from koll_desktop.domain.enums import FrameworkKind, UnitOutcome
from koll_desktop.domain.library import Framework, RequirementRef
from koll_desktop.domain.plan_engine import (
    Derivation,
    FrameworkResult,
    RequirementValue,
    UnitResult,
    ValueSource,
)
from koll_desktop.services.case_snapshot import CaseSnapshot
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    Styles,
    build_pdf,
    escape,
    facts_table,
    grid_table,
    height_of,
    keep_with_previous,
    letterhead,
    signature_block,
)
from koll_desktop.services.plan_pdf import (
    SHORT_LIST,
    bullets,
    document_meta,
    example_notes,
    organisation_name,
    person_rows,
)


@dataclass(frozen=True)
class _Doc:
    snapshot: CaseSnapshot
    tx: Texts
    styles: Styles

    @property
    def right(self) -> ParagraphStyle:
        return ParagraphStyle("cell_right", parent=self.styles.cell, alignment=TA_RIGHT)


def is_draft(snapshot: CaseSnapshot) -> bool:
    """The certificate is a draft while the assessment goes on: some requirement has no
    value yet and the plan, which closes the assessment, is not agreed either."""
    return not (snapshot.assessment_done or snapshot.plan_agreed)


# -- how each requirement was assessed -------------------------------------------------------

def assessment_note(snapshot: CaseSnapshot, ref: RequirementRef, tx: Texts) -> str:
    """Methods, assessor and date of the direct assessment of `ref`, in words."""
    assessment = snapshot.assessments.get(tuple(ref))
    if assessment is None:
        return ""
    parts = []
    if assessment.methods:
        parts.append(", ".join(tx.method(m) for m in assessment.methods))
    who = ", ".join(p for p in (escape(assessment.assessor),
                                tx.date(assessment.assessed_on) if assessment.assessed_on
                                else "") if p)
    if who:
        parts.append(who)
    return ". ".join(parts)


def how_validated(snapshot: CaseSnapshot, value: RequirementValue, tx: Texts) -> str:
    """"Direkt bedömt: intervju … " or "Härlett via EX-USK A.1 (hel koppling): …"."""
    if value.source == ValueSource.DIRECT:
        note = assessment_note(snapshot, value.ref, tx)
        return f"<b>{tx('cert.direct')}</b>" + (f": {note}" if note else "")
    return "<br/>".join(_derivation(snapshot, d, tx) for d in value.derived_from)


def _derivation(snapshot: CaseSnapshot, derivation: Derivation, tx: Texts) -> str:
    via = f"{escape(derivation.ref[0])} {escape(derivation.ref[1])}"
    head = f"<b>{tx('cert.derived', via)}</b> ({tx.coverage(derivation.coverage)})"
    note = assessment_note(snapshot, derivation.ref, tx)
    return head + (f": {note}" if note else "")


# -- sections ----------------------------------------------------------------------------------

def _opening(doc: _Doc, show_personnummer: bool) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    assessments = [a for a in s.assessments.values() if a.assessor or a.assessed_on]
    assessors = sorted({a.assessor for a in assessments if a.assessor})
    days = sorted(a.assessed_on for a in assessments if a.assessed_on)
    rows = [*person_rows(s, tx, show_personnummer),
        (tx("label.case"), escape(s.case.reference)),
        (tx("label.goal"), escape(s.case.goal or tx("dash"))),
        (tx("label.assessors"), escape(", ".join(assessors) or tx("dash"))),
        (tx("label.assessed_on"), _period(tx, days)),
    ]
    draft = [Paragraph(tx("cert.draft_note"), st.draft)] if is_draft(s) else []
    return [*letterhead(organisation_name(s), s.organisation.logo, st),
            Paragraph(tx("cert.title"), st.title), Paragraph(tx("cert.subtitle"), st.subheading),
            *draft, Paragraph(tx("cert.intro"), st.body),
            Paragraph(tx("cert.person"), st.heading), facts_table(rows, st)]


def _period(tx: Texts, days: list[date]) -> str:
    if not days:
        return tx("dash")
    first, last = days[0], days[-1]
    return tx.date(first) if first == last else f"{tx.date(first)} – {tx.date(last)}"


def _framework(doc: _Doc, framework: Framework, result: FrameworkResult) -> list[Flowable]:
    tx, st = doc.tx, doc.styles
    owner = tx("cert.owner", escape(framework.owner)) if framework.owner else ""
    met = sum(1 for u in result.units for v in u.requirements if v.met)
    total = sum(len(u.requirements) for u in result.units)
    out: list[Flowable] = [
        Paragraph(escape(framework.title), st.heading),
        Paragraph(tx("cert.framework_meta", kind=tx.kind(framework.kind).capitalize(),
                     code=escape(framework.code), version=escape(framework.version),
                     owner=owner), st.body),
        *example_notes((framework,), tx, st),
        Paragraph(tx("cert.framework_count", met=met, total=total), st.body)]
    empty = []
    for unit in result.units:
        if any(v.met for v in unit.requirements):
            out += _unit(doc, unit, _is_course(framework, unit))
        else:
            empty.append(_name(unit))
    if empty:
        out.append(Paragraph(tx("cert.none_in", "; ".join(empty)), st.small))
    return out


def _name(unit: UnitResult) -> str:
    code = f" ({escape(unit.ref)})" if unit.ref != unit.title else ""
    return escape(unit.title) + code


def _is_course(framework: Framework, unit: UnitResult) -> bool:
    """A course (kursen) has points or belongs to a package or syllabus; else the unit is a
    competence area (området) of a standard."""
    return unit.points is not None or framework.kind in (FrameworkKind.VOCATIONAL_PACKAGE,
                                                         FrameworkKind.SYLLABUS)


def _partly(unit: UnitResult) -> int:
    """Requirements with a value between nothing and met: partly met, or reached only by a
    partial link."""
    return sum(1 for v in unit.requirements if 0 < v.value < 1)


def unit_count(unit: UnitResult, tx: Texts, line_break: bool = False) -> str:
    """"3 av 5 krav uppfyllda, 1 delvis": the same words under the unit and in the table
    of courses partly matched, where its percentage stands (there on two lines)."""
    met = sum(1 for v in unit.requirements if v.met)
    partly = _partly(unit)
    text = tx("cert.unit_count", met=met, total=len(unit.requirements))
    if not partly:
        return text
    return text + ("," + ("<br/>" if line_break else " ") + tx("cert.unit_partly", partly))


def _unit(doc: _Doc, unit: UnitResult, course: bool) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    met = [v for v in unit.requirements if v.met]
    full = "cert.unit_full.course" if course else "cert.unit_full.area"
    count = tx(full) if len(met) == len(unit.requirements) else unit_count(unit, tx)
    code_w = _code_width([v.ref[1] for v in met], tx("cert.col.code"), st)
    how_w = CONTENT_WIDTH * 0.4
    data: list[list] = [[Paragraph(tx(k), st.cell_bold)
                         for k in ("cert.col.code", "cert.col.requirement", "cert.col.how")]]
    for value in met:
        requirement = s.requirement(value.ref)
        text = escape(requirement.text) if requirement else ""
        data.append([Paragraph(escape(value.ref[1]), st.cell), Paragraph(text, st.cell),
                     Paragraph(how_validated(s, value, tx), st.cell)])
    table = grid_table(data, [code_w, CONTENT_WIDTH - code_w - how_w, how_w])
    # the unit's title never ends a page: it starts where its first rows still fit
    room = st.size * (14 if st.large_print else 12)
    return [CondPageBreak(room), Paragraph(_name(unit), st.subheading),
            Paragraph(count, st.small), table]


def _code_width(codes: list[str], head: str, styles: Styles) -> float:
    """Wide enough for the longest code (ANOANA01.1) and the header (Kod, Code) on one
    line, within limits."""
    widest = max((stringWidth(c, FONT, styles.size) for c in codes), default=0.0)
    widest = max(widest, stringWidth(head, FONT_BOLD, styles.size))
    return min(max(widest + 12, 14 * mm), (44 if styles.large_print else 38) * mm)


def _credit(doc: _Doc) -> list[Flowable]:
    tx, st = doc.tx, doc.styles
    units = [u for f in doc.snapshot.result.frameworks for u in f.units
             if u.points is not None and u.counted]
    credited = [u for u in units if u.outcome == UnitOutcome.CREDITED]
    # Only courses where something is validated: a course reached only by partial links,
    # with no requirement met, is listed under "no requirements validated" instead.
    partly = [u for u in units if u.outcome == UnitOutcome.SUPPLEMENTARY
              and any(r.met for r in u.requirements)]
    if not units:
        return []
    heading = Paragraph(tx("cert.credit"), st.heading)
    if credited:
        out = _led_table(doc, [heading, Paragraph(tx("cert.credit_intro"), st.body)],
                         credited, "cert.col.form",
                         lambda u: escape(tx.credit_form(u.credit_form)))
    else:
        out = [heading, Paragraph(tx("cert.no_credit"), st.body)]
    if partly:
        rule = _percent_rule(doc, partly)
        lead = [Paragraph(tx("cert.partly"), st.subheading),
                Paragraph(tx("cert.partly_intro"), st.body),
                *([Paragraph(rule, st.body)] if rule else [])]
        out += _led_table(doc, lead, partly, "cert.col.validated",
                          lambda u: f"<b>{tx.percent(whole_percent(u.coverage))}</b>"
                                    f"<br/>{unit_count(u, tx, line_break=True)}",
                          wide_last=True)
    return out


def _led_table(doc: _Doc, lead: list[Flowable], units: list[UnitResult], last_key: str, last,
               wide_last: bool = False) -> list[Flowable]:
    """A heading and its explanation, then the table: they start a new page unless the
    table's first rows fit below them, so they never end a page alone."""
    start = _course_table(doc, units[:2], last_key, last, wide_last)
    return [CondPageBreak(height_of([*lead, start])), *lead,
            _course_table(doc, units, last_key, last, wide_last)]


def _percent_rule(doc: _Doc, units: list[UnitResult]) -> str:
    """Why 1 met and 1 partly met of 4 make 37 %: a partly met requirement counts half
    (DESIGN §4), and the percentage is rounded down. Said as it is: "at most half" where a
    value is a quarter (partly met, reached by a partial link), and that requirements weigh
    differently where they do."""
    values = [v for u in units for v in u.requirements if 0 < v.value < 1]
    quarter = any(v.value < 0.5 for v in values)
    rule = [doc.tx("cert.percent_rule_less" if quarter else "cert.percent_rule")] \
        if values else []  # without a partly met requirement the counts say it already
    weights = {r.weight for u in units for v in u.requirements
               if (r := doc.snapshot.requirement(v.ref)) is not None}
    return " ".join(rule + ([doc.tx("cert.percent_weights")] if len(weights) > 1 else []))


def _course_table(doc: _Doc, units: list[UnitResult], last_key: str, last,
                  wide_last: bool = False) -> Table:
    """Course, code, points and `last`; `wide_last` gives the last column room for a
    percentage with its count ("37 %", "1 av 4 krav uppfyllda, 1 delvis")."""
    tx, st = doc.tx, doc.styles
    # wide enough for the longest code and the header "Poäng" on one line (large print too)
    code_w = max(30 * mm, _code_width([u.ref for u in units], tx("cert.col.code"), st))
    points_w = max((22 if st.large_print else 18) * mm,
                   stringWidth(tx("cert.col.points"), FONT_BOLD, st.size) + 12)
    last_w = ((56 if wide_last else 48) if st.large_print else (56 if wide_last else 40)) * mm
    last_w = max(last_w, *(stringWidth(w, FONT_BOLD, st.size) + 12 for w in tx(last_key).split()))
    # the course names' longest word ("funktionsnedsättning") is not broken: the last
    # column, which wraps between words, gives up room for it
    longest = max((stringWidth(w, FONT, st.size) for u in units for w in u.title.split()),
                  default=0.0) + 12
    room = CONTENT_WIDTH - code_w - points_w - last_w
    last_w = max(last_w - max(longest - room, 0), 36 * mm)
    head_right = ParagraphStyle("head_right", parent=st.cell_bold, alignment=TA_RIGHT)
    data: list[list] = [[Paragraph(tx("cert.col.course"), st.cell_bold),
                         Paragraph(tx("cert.col.code"), st.cell_bold),
                         Paragraph(tx("cert.col.points"), head_right),
                         Paragraph(tx(last_key), st.cell_bold)]]
    for unit in units:
        data.append([Paragraph(escape(unit.title), st.cell), Paragraph(escape(unit.ref), st.cell),
                     Paragraph(tx.number(unit.points or 0), doc.right),
                     Paragraph(last(unit), st.cell)])
    first_w = CONTENT_WIDTH - code_w - points_w - last_w
    return grid_table(data, [first_w, code_w, points_w, last_w])


def _micro(doc: _Doc) -> list[Flowable]:
    tx, st = doc.tx, doc.styles
    earned = [m for m in doc.snapshot.result.micro_credentials if m.earned]
    if not earned:
        return []
    return [Paragraph(tx("cert.micro"), st.heading),
            *bullets([escape(m.title) for m in earned], st.bullet)]


def _issuer(doc: _Doc, issued_on: date) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    organisation = organisation_name(s) or tx("dash")
    lines = [[escape(tx("sign.place_date")), escape(tx("sign.issuer")),
              escape(tx("sign.name_title"))]]
    # a draft is not signed: it says when it will be instead of offering lines to sign on
    sign = Paragraph(tx("cert.sign_draft"), st.body) if is_draft(s) \
        else signature_block(lines, st, width_share=0.6)
    return [Paragraph(tx("cert.issuer"), st.heading),
            Paragraph(tx("cert.issued_by", escape(organisation)), st.body),
            Paragraph(f"{tx('label.date')}: {tx.date(issued_on)}", st.body), sign]


def _ending(story: list[Flowable], micro: list[Flowable],
            issuer: list[Flowable]) -> list[Flowable]:
    """The issuer's block never stands alone on the last page: it is kept with a short list
    of micro-credentials (heading and all), else with the last of them, else with whatever
    ends the certificate (of a table, its last row)."""
    if micro and len(micro) <= 1 + SHORT_LIST:
        return [*story, *keep_with_previous(micro, issuer, count=len(micro))]
    return keep_with_previous([*story, *micro], issuer)


# -- the document ------------------------------------------------------------------------------

def certificate_story(snapshot: CaseSnapshot, tx: Texts, styles: Styles, *,
                      show_personnummer: bool = False,
                      issued_on: date | None = None) -> list[Flowable]:
    doc = _Doc(snapshot, tx, styles)
    story = _opening(doc, show_personnummer)
    for framework, result in zip(snapshot.frameworks, snapshot.result.frameworks, strict=True):
        story += _framework(doc, framework, result)
    story += _credit(doc)
    return _ending(story, _micro(doc), _issuer(doc, issued_on or date.today()))


def write_certificate_pdf(snapshot: CaseSnapshot, path: Path | str, *, language: str = "sv",
                          large_print: bool = False, show_personnummer: bool = False,
                          issued_on: date | None = None) -> Path:
    """Print the competence certificate; personnummer masked unless `show_personnummer`.
    Printed before the assessment is done, it is marked as a draft on every page."""
    tx = Texts(language)
    styles = Styles.make(large_print)
    story = certificate_story(snapshot, tx, styles, show_personnummer=show_personnummer,
                              issued_on=issued_on)
    meta = document_meta(snapshot, tx, styles, tx("cert.title"),
                         tx("cert.subject", reference=snapshot.case.reference),
                         tx("cert.draft") if is_draft(snapshot) else "")
    return build_pdf(Path(path), story, meta)
