"""The individual plan for supplementary training (DESIGN §5): what the individual reads and
signs across the desk, in plain Swedish or English, normal or large print.

`plan_story` builds the flowables and `write_plan_pdf` prints them; the pieces every printed
document shares (who the person is, which frameworks, the example notes) live here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Table,
)

from koll_desktop.domain import personnummer
from koll_desktop.domain.enums import CreditForm, UnitOutcome
from koll_desktop.domain.library import Framework, RequirementRef
from koll_desktop.domain.plan_engine import MicroCredentialStatus, Totals, UnitRole
from koll_desktop.services.case_snapshot import CaseSnapshot, PlanLine
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    Continued,
    PdfMeta,
    Styles,
    build_pdf,
    escape,
    facts_table,
    grid_table,
    height_of,
    letterhead,
    signature_block,
)

GROUPS = ("credited", "supplementary", "full_course", "manual")
_HEAD = 3  # paragraphs that open a course's row and stay together on one page
SHORT_LIST = 3  # a bulleted list this long is never split over two pages


# -- shared by every printed document of a case ---------------------------------------------

def organisation_name(snapshot: CaseSnapshot) -> str:
    """The organisation from the settings, else the one recorded on the case."""
    return snapshot.organisation.name or snapshot.case.organisation


def shown_personnummer(snapshot: CaseSnapshot, show: bool) -> str:
    number = snapshot.person.personnummer
    if not number:
        return ""
    return personnummer.formatted(number) if show else personnummer.masked(number)


def person_rows(snapshot: CaseSnapshot, tx: Texts,
                show_personnummer: bool = False) -> list[tuple[str, str]]:
    """Name, then personnummer (masked unless chosen) or, without one, the birth year."""
    person = snapshot.person
    rows = [(tx("label.name"), f"<b>{escape(person.full_name)}</b>")]
    number = shown_personnummer(snapshot, show_personnummer)
    if number:
        rows.append((tx("label.personnummer"), escape(number)))
    elif person.birth_year:
        rows.append((tx("label.birth_year"), str(person.birth_year)))
    return rows


def framework_line(framework: Framework, tx: Texts) -> str:
    return tx("framework.line", title=escape(framework.title), kind=tx.kind(framework.kind),
              code=escape(framework.code), version=escape(framework.version))


def example_notes(frameworks: tuple[Framework, ...], tx: Texts,
                  styles: Styles) -> list[Flowable]:
    """A clear note for every framework that is, or holds, example content."""
    notes: list[Flowable] = []
    for framework in frameworks:
        title = f"{escape(framework.title)} ({escape(framework.code)})"
        if framework.example:
            notes.append(Paragraph(tx("example.framework", title=title), styles.example))
        elif framework.has_example_content:
            source = escape(framework.source or framework.owner or "–")
            notes.append(Paragraph(tx("example.requirements", title=title, source=source),
                                   styles.example))
    return [KeepTogether([note]) for note in notes]  # a note is never split over two pages


def requirement_text(snapshot: CaseSnapshot, ref: RequirementRef, tx: Texts) -> str:
    """The requirement's own words; a ref outside the case's frameworks by its code."""
    requirement = snapshot.requirement(tuple(ref))
    if requirement is not None:
        return escape(requirement.text)
    return escape(tx("other_framework_ref", code=ref[1], framework=ref[0]))


def bullets(items: list[str], style: ParagraphStyle) -> list[Flowable]:
    return [Paragraph(item, style, bulletText="•") for item in items]


def listed(intro: str, items: list[str], styles: Styles) -> list[Flowable]:
    """A lead-in sentence with its bullet list: a short list stays whole on one page, a long
    one keeps its first two items with the lead-in. Chained with keepWithNext, not wrapped
    in a KeepTogether, so a heading above the lead-in stays with it too."""
    flowables = [Paragraph(intro, styles.body), *bullets(items, styles.bullet)]
    kept = len(items) if len(items) <= SHORT_LIST else 2
    for flowable in flowables[:kept]:
        flowable.keepWithNext = 1
    return flowables


def document_meta(snapshot: CaseSnapshot, tx: Texts, styles: Styles, title: str,
                  subject: str, draft: str = "") -> PdfMeta:
    """Title, author, footer …; `draft`, the words of the band on every page, marks the
    document (and its title) as a draft."""
    author = ", ".join(p for p in (snapshot.case.counsellor, organisation_name(snapshot)) if p)
    footer = f"{snapshot.case.reference} – {snapshot.person.full_name}"
    return PdfMeta(title=tx("draft.title", title) if draft else title, author=author,
                   subject=subject, language=tx.language, footer=footer, page_label=tx("page"),
                   footer_size=styles.size if styles.large_print else 9, banner=draft)


# -- what goes into the plan ----------------------------------------------------------------

@dataclass(frozen=True)
class PlanEntry:
    """One printed row: a plan line with the group it is shown in."""

    line: PlanLine
    group: str  # one of GROUPS

    @property
    def points(self) -> int | None:
        return self.line.unit.points if self.line.unit else None

    @property
    def to_study(self) -> int | None:
        return self.line.unit.remaining_points if self.line.unit else None


def _has_courses(snapshot: CaseSnapshot) -> bool:
    return any(u.points is not None for f in snapshot.result.frameworks for u in f.units)


def plan_entries(snapshot: CaseSnapshot) -> list[PlanEntry]:
    """The rows of the course table: the units of the plan as agreed (`PlanEdits.in_plan`:
    counted or put in by the counsellor, not left out; courses, competence areas only when
    the case has no courses) and the rows added by hand that are not left out."""
    with_courses = _has_courses(snapshot)
    entries = []
    for line in snapshot.lines():
        unit = line.unit
        if not line.in_plan or (unit and with_courses and unit.points is None):
            continue
        entries.append(PlanEntry(line, unit.outcome.value if unit else "manual"))
    return entries


# -- the sections ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Doc:
    snapshot: CaseSnapshot
    tx: Texts
    styles: Styles
    entries: list[PlanEntry]
    totals: Totals  # of the plan as agreed: the sums of the printed rows

    @property
    def right(self) -> ParagraphStyle:
        return ParagraphStyle("cell_right", parent=self.styles.cell, alignment=TA_RIGHT)


def _opening(doc: _Doc, show_personnummer: bool, printed_on: date) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    rows = [*person_rows(s, tx, show_personnummer),
        (tx("label.case"), escape(s.case.reference)),
        (tx("label.counsellor"), escape(s.case.counsellor or tx("dash"))),
        (tx("label.organisation"), escape(organisation_name(s) or tx("dash"))),
        (tx("label.date"), tx.date(printed_on)),
    ]
    draft = [] if s.plan_agreed else [Paragraph(tx("plan.draft_note"), st.draft)]
    return [*letterhead(organisation_name(s), s.organisation.logo, st),
            Paragraph(tx("plan.title"), st.title), *draft, Paragraph(tx("plan.intro"), st.body),
            Paragraph(tx("plan.about"), st.heading), facts_table(rows, st)]


def _goal(doc: _Doc) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    goal = tx("plan.goal_text", goal=escape(s.case.goal)) if s.case.goal \
        else tx("plan.goal_missing")
    based_on = (listed(tx("plan.based_on"), [framework_line(f, tx) for f in s.frameworks], st)
                if s.frameworks else [Paragraph(tx("plan.no_frameworks"), st.body)])
    return [Paragraph(tx("plan.goal"), st.heading), Paragraph(goal, st.body), *based_on,
            *([Paragraph(tx("data_language"), st.small)] if tx("data_language") else []),
            *example_notes(s.frameworks, tx, st)]


def _words(doc: _Doc) -> list[Flowable]:
    tx, st = doc.tx, doc.styles
    return [Paragraph(tx("plan.words"), st.heading),
            *bullets([tx("words.counsellor"), tx("words.points"), tx("words.pace"),
                      tx("words.credit"), tx("words.remaining")], st.bullet)]


def _unit_name(title: str, code: str) -> str:
    return f"{escape(title)} ({escape(code)})" if code and code != title else escape(title)


def _known(doc: _Doc) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    out: list[Flowable] = [Paragraph(tx("plan.known"), st.heading)]
    for framework in s.result.frameworks:
        areas = [u for u in framework.units if u.points is None and u.counted]
        met = [u for u in areas if u.outcome == UnitOutcome.CREDITED]
        partly = [u for u in areas if u.outcome == UnitOutcome.SUPPLEMENTARY]
        if met:
            out += listed(tx("known.areas", framework=escape(framework.title)),
                          [_unit_name(u.title, u.ref) for u in met], st)
        if partly:
            out += listed(tx("known.areas_partly"),
                          [f"{_unit_name(u.title, u.ref)} – {tx.share(u.coverage)}"
                           for u in partly], st)
        out += _known_courses(doc, framework.code, framework.title)
    return out if len(out) > 1 else [*out, Paragraph(tx("known.nothing"), st.body)]


def _known_courses(doc: _Doc, code: str, title: str) -> list[Flowable]:
    tx, st = doc.tx, doc.styles
    mine = [e for e in doc.entries
            if e.line.unit and e.line.unit.framework_code == code and e.points is not None]
    credited = [e.line.unit for e in mine if e.group == "credited"]
    parts = [e for e in mine if e.group == "supplementary"]
    out: list[Flowable] = []
    if credited:
        points = tx.points(sum(u.points or 0 for u in credited))
        out += listed(tx("known.courses", points=points),
                      [f"{_unit_name(u.title, u.ref)}, {tx.points(u.points or 0)}"
                       for u in credited], st)
    if parts:
        out.append(Paragraph(tx("known.parts", count=len(parts)), st.body))
    total = sum(e.points or 0 for e in mine)
    validated = total - sum(e.to_study or 0 for e in mine)
    if validated > 0:
        out.append(Paragraph(tx("known.summary", total=tx.points(total),
                                framework=escape(title),
                                validated=f"<b>{tx.points(validated)}</b>"), st.body))
    return out


def _course_title(entry: PlanEntry) -> str:
    unit, row = entry.line.unit, entry.line.row
    title = _unit_name(unit.title, unit.ref) if unit else escape(row.title if row else "")
    return f"<b>{title}</b>"


def _course_cell(doc: _Doc, entry: PlanEntry) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    unit = entry.line.unit
    cell: list[Flowable] = [Paragraph(_course_title(entry), st.cell)]
    if entry.group == "credited":
        examination = unit is not None and unit.credit_form == CreditForm.EXAMINATION
        key = "row.prövning" if examination else "row.intyg"
        cell.append(Paragraph(tx(key), st.cell))
    elif entry.group == "supplementary" and unit:
        cell.append(Paragraph(tx("row.parts"), st.cell))
        cell += bullets([requirement_text(s, ref, tx) for ref in unit.to_study],
                        st.cell_bullet)
    elif entry.group == "full_course":
        cell.append(Paragraph(tx("row.full"), st.cell))
    if unit and unit.overridden:
        cell.append(Paragraph(tx("row.overridden", escape(unit.override_reason)), st.cell))
    return cell + _row_details(doc, entry)


def _dates(tx: Texts, start: date | None, end: date | None) -> str:
    if start and end:
        return f"{tx.date(start)} – {tx.date(end)}"
    return tx.date(start or end)


def _row_details(doc: _Doc, entry: PlanEntry) -> list[Flowable]:
    tx, st, row = doc.tx, doc.styles, entry.line.row
    if row is None:
        return []
    lines = []
    if row.provider:
        lines.append(tx("row.provider", escape(row.provider)))
    if row.starts_on or row.ends_on:
        lines.append(tx("row.dates", _dates(tx, row.starts_on, row.ends_on)))
    if row.note:
        lines.append(tx("row.note", escape(row.note)))
    return [Paragraph(f"<i>{text}</i>", st.cell) for text in lines]


def _number_cells(doc: _Doc, entry: PlanEntry) -> list[Paragraph]:
    tx, unit = doc.tx, entry.line.unit
    if unit is None or unit.points is None:
        return [Paragraph(tx("dash"), doc.right)] * 3
    return [Paragraph(tx.number(unit.points), doc.right),
            Paragraph(tx.number(unit.remaining_points or 0), doc.right),
            Paragraph(tx.number(unit.weeks or 0), doc.right)]


def _number_width(head: str, styles: Styles) -> float:
    """Room for the header's longest word (headers wrap between words only) or "1 500"."""
    words = [stringWidth(w, FONT_BOLD, styles.size) for w in head.split()]
    return max([*words, stringWidth("1 500", FONT, styles.size)]) + 8 + 3 * mm


def _course_table(doc: _Doc) -> tuple[Table, Table]:
    """The course table, and its start alone (header, the first group's title and first
    course): to measure the room the start needs below the section's heading."""
    data, widths, group_rows = _course_data(doc)
    table = grid_table(data, widths, group_rows=group_rows, total_rows=[len(data) - 1])
    opening = group_rows[:1]
    start = data[:opening[0] + 2] if opening else data[:1]
    return table, grid_table(start, widths, group_rows=opening)


def _course_data(doc: _Doc) -> tuple[list[list], list[float], list[int]]:
    """Rows, column widths and the rows that start a group."""
    tx, st = doc.tx, doc.styles
    heads = [tx(k) for k in ("col.points", "col.to_study", "col.weeks")]
    numbers = [_number_width(head, st) for head in heads]
    bold_right = ParagraphStyle("head_right", parent=st.cell_bold, alignment=TA_RIGHT)
    first = "col.course" if _has_courses(doc.snapshot) else "col.area"
    data: list[list] = [[Paragraph(tx(first), st.cell_bold)] + [
        Paragraph(head, bold_right) for head in heads]]
    group_rows: list[int] = []
    for group in GROUPS:
        members = [e for e in doc.entries if e.group == group]
        if not members:
            continue
        group_rows.append(len(data))
        data.append([Paragraph(tx(f"group.{group}"), st.cell_bold), "", "", ""])
        data += [row for entry in members for row in _course_rows(doc, entry)]
    t = doc.totals
    data.append([Paragraph(tx("row.total"), st.cell_bold),
                 *(Paragraph(f"<b>{tx.number(v)}</b>", doc.right)
                   for v in (t.points_total, t.points_to_study, t.weeks))])
    return data, [CONTENT_WIDTH - sum(numbers), *numbers], group_rows


def _course_rows(doc: _Doc, entry: PlanEntry) -> list[list]:
    """One course as table rows: its head (name, what happens, the first part to study) is
    never split; a page may break between the further parts, so a long course does not
    leave the page above it half empty."""
    cell = _course_cell(doc, entry)
    head, rest = cell[:_HEAD], cell[_HEAD:]
    label = Paragraph(doc.tx("row.continued", _course_title(entry)), doc.styles.cell)
    return [[head, *_number_cells(doc, entry)],
            *([[Continued(label), piece], "", "", ""] for piece in rest)]


def _alternative_notes(doc: _Doc) -> list[Flowable]:
    """One line per alternative group: which course the plan counts (none when the
    counsellor left that course out of the plan too)."""
    s, tx = doc.snapshot, doc.tx
    edits = s.edits
    notes = []
    for framework, result in zip(s.frameworks, s.result.frameworks, strict=True):
        groups = {u.alternative_group for u in framework.units if u.alternative_group}
        for group in sorted(groups):
            refs = [u.ref for u in framework.units if u.alternative_group == group]
            units = [result_unit for result_unit in result.units if result_unit.ref in refs]
            chosen = [u for u in units if u.role == UnitRole.COUNTED and edits.in_plan(u)]
            if len(units) < 2 or not chosen:
                continue
            choices = tx("or").join(_unit_name(u.title, u.ref) for u in units)
            notes.append(Paragraph(tx("alternative", choices=choices,
                                      chosen=_unit_name(chosen[0].title, chosen[0].ref)),
                                   doc.styles.body))
    return notes


def _courses(doc: _Doc) -> list[Flowable]:
    tx, st = doc.tx, doc.styles
    heading = "plan.courses" if _has_courses(doc.snapshot) else "plan.areas"
    lead = [Paragraph(tx(heading), st.heading), Paragraph(tx("courses.intro"), st.body)]
    if any(f.has_example_content for f in doc.snapshot.frameworks):
        lead.append(Paragraph(tx("example.short"), st.example))
    table, start = _course_table(doc)
    # the heading and its explanation start a page unless the first courses fit below them
    return [CondPageBreak(height_of([*lead, start])), *lead, table, *_alternative_notes(doc)]


def _time(doc: _Doc) -> list[Flowable]:
    s, tx, st, t = doc.snapshot, doc.tx, doc.styles, doc.totals
    per_week = s.result.settings.points_per_week
    out: list[Flowable] = [
        Paragraph(tx("plan.time"), st.heading),
        Paragraph(tx("time.points", points=tx.points(t.points_to_study)), st.body),
        Paragraph(tx("time.pace", pace=tx.pace(s.pace), per_week=tx.number(per_week)), st.body),
        Paragraph(tx("time.weeks", weeks=tx.number(t.weeks)), st.body)]
    if s.starts_on is None:
        return [*out, Paragraph(tx("time.no_start"), st.body)]
    rows = _timeline(doc)
    data = [[Paragraph(tx("timeline.when"), st.cell_bold),
             Paragraph(tx("timeline.what"), st.cell_bold)]] + [
        [Paragraph(when, st.cell), Paragraph(what, st.cell)] for when, what in rows]
    when_w = (75 if st.large_print else 58) * mm
    # The dates are read as one list: a short one is not split over two pages. That the end
    # date leaves out holidays matters to the reader: it is body text, not small print.
    return [*out, KeepTogether([grid_table(data, [when_w, CONTENT_WIDTH - when_w]),
                                Paragraph(tx("time.holidays"), st.body)])]


def _timeline(doc: _Doc) -> list[tuple[str, str]]:
    s, tx = doc.snapshot, doc.tx
    rows: list[tuple[date, str, str]] = []
    if s.agreed_on:
        rows.append((s.agreed_on, tx.date(s.agreed_on), tx("timeline.agreed")))
    if s.starts_on:
        rows.append((s.starts_on, tx.date(s.starts_on), f"<b>{tx('timeline.start')}</b>"))
    for entry in doc.entries:
        row = entry.line.row
        if row and (row.starts_on or row.ends_on):
            title = entry.line.unit.title if entry.line.unit else row.title
            what = escape(title) + (f", {escape(row.provider)}" if row.provider else "")
            day = row.starts_on or row.ends_on
            rows.append((day, _dates(tx, row.starts_on, row.ends_on), what))
    if doc.totals.end_date:
        end = doc.totals.end_date
        rows.append((end, f"<b>{tx.date(end)}</b>", f"<b>{tx('timeline.end')}</b>"))
    return [(when, what) for _, when, what in sorted(rows, key=lambda r: r[0])]


def _micro(doc: _Doc) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    statuses = s.result.micro_credentials
    if not statuses:
        return []
    earned = [m for m in statuses if m.earned]
    ahead = [m for m in statuses if not m.earned and not m.unknown]
    elsewhere = [m for m in statuses if not m.earned and m.unknown]
    explain = Paragraph(tx("micro.explain"), st.body)
    explain.keepWithNext = 1  # the heading and this line never end a page without the list
    out: list[Flowable] = [Paragraph(tx("plan.micro"), st.heading), explain]
    if earned:
        out += listed(tx("micro.earned"), [f"<b>{escape(m.title)}</b>" for m in earned], st)
    for i, status in enumerate(ahead):  # the lead-in stays with the first of them
        lead = [Paragraph(tx("micro.ahead"), st.body)] if i == 0 else []
        out.append(KeepTogether([*lead, *_pending(doc, status)]))
    if elsewhere:  # they need a framework the case was not assessed against: said in words,
        # since its code (EX-USK) means nothing to the reader
        out += listed(tx("micro.elsewhere"),
                      [f"<b>{escape(m.title)}</b>" for m in elsewhere], st)
    return out


def _pending(doc: _Doc, status: MicroCredentialStatus) -> list[Flowable]:
    tx, st = doc.tx, doc.styles
    missing_style = ParagraphStyle("missing", parent=st.bullet, leftIndent=st.size * 2.6,
                                   bulletIndent=st.size * 1.5)
    return [Paragraph(f"<b>{escape(status.title)}</b>", st.bullet, bulletText="•"),
            Paragraph(tx("micro.missing"), ParagraphStyle(
                "missing_label", parent=st.bullet, spaceAfter=0)),
            *bullets([requirement_text(doc.snapshot, ref, tx) for ref in status.missing],
                     missing_style)]


def _next_steps(doc: _Doc) -> list[Flowable]:
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    steps = [tx("next.read", counsellor=escape(s.case.counsellor or tx("counsellor.yours"))),
             tx("next.sign" if s.plan_agreed else "next.sign_draft")]
    forms = {e.line.unit.credit_form.value for e in doc.entries
             if e.group == "credited" and e.line.unit and e.line.unit.credit_form}
    steps += [tx(f"next.{form}") for form in sorted(forms)]
    if doc.totals.points_to_study:
        steps.append(tx("next.apply"))
    steps.append(tx("next.start", date=tx.date(s.starts_on)) if s.starts_on
                 else tx("next.start_unknown"))
    steps.append(tx("next.follow_up"))
    items = [ListItem(Paragraph(step, st.body)) for step in steps]
    numbered = ListFlowable(items, bulletType="1", bulletFormat="%s.", bulletFontName=FONT,
                            bulletFontSize=st.size, leftIndent=st.size * 1.6)
    return [KeepTogether([Paragraph(tx("plan.next"), st.heading), numbered])]


def _signatures(doc: _Doc) -> list[Flowable]:
    """Lines for the individual and the counsellor to sign on; a draft is not to be signed,
    so it says when the plan will be instead."""
    s, tx, st = doc.snapshot, doc.tx, doc.styles
    if not s.plan_agreed:
        return [KeepTogether([Paragraph(tx("plan.signatures"), st.heading),
                              Paragraph(tx("sign.draft"), st.body)])]
    place = escape(tx("sign.place_date"))
    columns = [[place, f"{escape(tx('sign.individual'))}<br/>{escape(s.person.full_name)}"],
               [place, f"{escape(tx('sign.counsellor'))}<br/>{escape(s.case.counsellor)}"]]
    return [KeepTogether([
        Paragraph(tx("plan.signatures"), st.heading), Paragraph(tx("sign.agree"), st.body),
        signature_block(columns, st)])]


# -- the document ------------------------------------------------------------------------------

def plan_story(snapshot: CaseSnapshot, tx: Texts, styles: Styles, *,
               show_personnummer: bool = False,
               printed_on: date | None = None) -> list[Flowable]:
    entries = plan_entries(snapshot)
    doc = _Doc(snapshot, tx, styles, entries, snapshot.plan_totals())
    return [*_opening(doc, show_personnummer, printed_on or date.today()), *_goal(doc),
            *_words(doc), *_known(doc), *_courses(doc), *_time(doc), *_micro(doc),
            *_next_steps(doc), *_signatures(doc)]


def write_plan_pdf(snapshot: CaseSnapshot, path: Path | str, *, language: str = "sv",
                   large_print: bool = False, show_personnummer: bool = False,
                   printed_on: date | None = None) -> Path:
    """Print the plan; personnummer masked (YYYYMMDD-XXXX) unless `show_personnummer`.
    A plan not yet agreed is marked as a draft on every page."""
    tx = Texts(language)
    styles = Styles.make(large_print)
    story = plan_story(snapshot, tx, styles, show_personnummer=show_personnummer,
                       printed_on=printed_on)
    subject = tx("plan.subject", goal=snapshot.case.goal or tx("dash"),
                 reference=snapshot.case.reference)
    draft = "" if snapshot.plan_agreed else tx("plan.draft")
    meta = document_meta(snapshot, tx, styles, tx("plan.title"), subject, draft)
    return build_pdf(Path(path), story, meta)
