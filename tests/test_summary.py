"""The coordinator summary workbook (DESIGN §6), read back with openpyxl and checked against
the database and the case snapshots."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from koll_desktop.domain import personnummer
from koll_desktop.domain.enums import UnitOutcome
from koll_desktop.errors import KnownError
from koll_desktop.services.case_snapshot import agree_plan, load_snapshot
from koll_desktop.services.safe_cells import text_value, unescape
from koll_desktop.services.summary_data import SummaryCancelled, gather
from koll_desktop.services.summary_xlsx import SHEETS, write_gathered, write_summary
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.summary_queries import CaseFilter

HOSTILE = ("=cmd|' /C calc'!A0", '=HYPERLINK("http://example.com","klicka")', "+46 70",
           "-1+2", "@SUM(A1)", "\tflik", "\rvagnretur")


# -- helpers -----------------------------------------------------------------------------------
def _write(db, tmp_path, name="summering.xlsx", **filters):
    path = tmp_path / name
    result = write_summary(db, path, **filters)
    assert result.path == path and path.exists()
    return result, load_workbook(path)


def _table_rows(ws, name=None):
    """The rows of a sheet's table (the first one, or `name`) as dicts by heading."""
    tables = ws.tables
    table = tables[name] if name else next(iter(tables.values()))
    cells = ws[table.ref]
    headings = [c.value for c in cells[0]]
    rows = [dict(zip(headings, (c.value for c in row), strict=True)) for row in cells[1:]]
    return [r for r in rows if any(v is not None for v in r.values())]


def _references(db, where="1 = 1", params=()):
    return sorted(r[0] for r in db.execute(f'SELECT reference FROM "case" c WHERE {where}',
                                           list(params)))


def _assessed(db) -> set[str]:
    """The cases with a direct assessment result or a counsellor's unit decision."""
    return {r[0] for r in db.execute("""
        SELECT c.reference FROM "case" c WHERE EXISTS (SELECT 1 FROM assessment a
          WHERE a.case_id = c.id AND a.status IN ('met', 'partly', 'not_met'))
          OR EXISTS (SELECT 1 FROM unit_decision d WHERE d.case_id = c.id)""")}


def _column(ws, heading):
    """The letter of the column with `heading` in row 1."""
    return next(c.column_letter for c in ws[1] if c.value == heading)


# -- structure ---------------------------------------------------------------------------------
def test_six_sheets_each_a_table_with_a_frozen_header(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    assert wb.sheetnames == list(SHEETS) == [
        "Översikt", "Ärenden", "Kursbehov", "Kompetensgap", "Horisontella principer",
        "Uppföljning"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.tables, ws.title
        for table in ws.tables.values():
            header = ws[table.ref][0]
            assert [c.value for c in header] == [c.name for c in table.tableColumns]
            assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        first = next(iter(ws.tables.values()))
        assert first.ref.startswith("A1:")


def test_number_formats_and_column_widths(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    cases = wb["Ärenden"]
    assert cases[f"{_column(cases, 'Registrerad')}2"].number_format == "yyyy-mm-dd"
    assert cases[f"{_column(cases, 'Studieveckor')}2"].number_format == "0.0"
    assert isinstance(cases[f"{_column(cases, 'Poäng totalt')}2"].value, int)
    assert isinstance(cases[f"{_column(cases, 'Studietakt (%)')}2"].value, int)
    courses = wb["Kursbehov"]
    for heading in ("Återstående poäng", "Poäng i ej bedömda ärenden"):
        assert courses[f"{_column(courses, heading)}2"].number_format == "#,##0"
    assert cases.column_dimensions["E"].width >= 20
    gaps = wb["Kompetensgap"]
    assert gaps["J2"].number_format == "0.0%"
    overview = wb["Översikt"]
    assert overview["G2"].number_format == "0.0%"


def test_charts_and_heat_map(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    assert len(wb["Översikt"]._charts) == 3
    assert len(wb["Horisontella principer"]._charts) == 2
    rules = [rule for cf in wb["Kompetensgap"].conditional_formatting for rule in cf.rules]
    assert rules and all(rule.type == "colorScale" for rule in rules)


# -- the numbers, against the database and the snapshots ---------------------------------------
def test_one_row_a_case_with_the_snapshot_totals(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    rows = _table_rows(wb["Ärenden"])
    assert sorted(r["Ärende"] for r in rows) == _references(demo_db)
    for row in rows:
        snapshot = load_snapshot(demo_db, row["Ärende"])
        totals = snapshot.plan_totals()  # of the plan as agreed and printed
        assert row["Poäng totalt"] == totals.points_total
        assert row["Validerade poäng"] == totals.validated_points
        assert row["Poäng att läsa"] == totals.points_to_study
        assert row["Studieveckor"] == pytest.approx(round(totals.weeks, 1))
        earned = [m.code for m in snapshot.result.micro_credentials if m.earned]
        assert row["Mikromeriter (antal)"] == len(earned)
        assert row["Ramverk"] == ", ".join(f.code for f in snapshot.frameworks)
        assert row["Handledare"] == snapshot.case.counsellor


def _snapshot_courses(db):
    """Per course (framework, code) of the plans as agreed: [assessed cases, credited, parts,
    full, remaining points, cases not assessed, their remaining points]."""
    courses: dict[tuple[str, str], list[int]] = {}
    assessed = _assessed(db)
    for reference in _references(db):
        snapshot = load_snapshot(db, reference)
        for framework in snapshot.result.frameworks:
            for unit in framework.units:
                if unit.points is None or not snapshot.edits.in_plan(unit):
                    continue
                c = courses.setdefault((framework.code, unit.ref), [0] * 7)
                if reference in assessed:
                    c[0] += 1
                    c[1] += unit.outcome == UnitOutcome.CREDITED
                    c[2] += unit.outcome == UnitOutcome.SUPPLEMENTARY
                    c[3] += unit.outcome == UnitOutcome.FULL_COURSE
                    c[4] += unit.remaining_points or 0
                else:
                    c[5] += 1
                    c[6] += unit.remaining_points or 0
    return courses


def test_course_needs_add_up_to_the_snapshots(demo_db, tmp_path):
    # A counsellor's override counts as decided, not as proposed.
    case = CaseRepository(demo_db).case("K-2026-0002")
    voxabn = LibraryRepository(demo_db).find_framework("VOXABN")
    unit = next(u for u in voxabn.units if u.code == "PSYPSK02")
    CaseDataRepository(demo_db).set_unit_decision(case.id, unit.id, UnitOutcome.CREDITED,
                                                  "Prövning godkänd")
    _, wb = _write(demo_db, tmp_path)
    rows = _table_rows(wb["Kursbehov"])
    expected = _snapshot_courses(demo_db)
    got = {(r["Ramverk"], r["Kurskod"] or r["Kurs"]): [
        r["Bedömda ärenden med kursen"], r["Tillgodoräknas"], r["Behöver delar"],
        r["Behöver hela kursen"], r["Återstående poäng"], r["Ej bedömda ärenden med kursen"],
        r["Poäng i ej bedömda ärenden"]] for r in rows}
    assert got == expected
    assessed = _assessed(demo_db)
    to_study = {ref: load_snapshot(demo_db, ref).plan_totals().points_to_study
                for ref in _references(demo_db)}
    assert sum(r["Återstående poäng"] for r in rows) == sum(
        n for ref, n in to_study.items() if ref in assessed)
    assert sum(r["Poäng i ej bedömda ärenden"] for r in rows) == sum(
        n for ref, n in to_study.items() if ref not in assessed) > 0
    assert got[("VOXABN", "PSYPSK02")][1] >= 1


def test_overview_counts_and_median_days_to_plan(demo_db, tmp_path):
    reference = "K-2026-0002"
    created = load_snapshot(demo_db, reference).case.created_at
    registered = datetime.fromisoformat(created).astimezone().date()
    agree_plan(demo_db, reference, registered + timedelta(days=12))
    _, wb = _write(demo_db, tmp_path)
    ws = wb["Översikt"]
    kpis = {r["Nyckeltal"]: r["Värde"] for r in _table_rows(ws, "Nyckeltal")}
    assert kpis["Ärenden"] == len(_references(demo_db))
    days = []
    for ref in _references(demo_db):
        snapshot = load_snapshot(demo_db, ref)
        start = datetime.fromisoformat(snapshot.case.created_at).astimezone().date()
        if snapshot.agreed_on and snapshot.agreed_on >= start:
            days.append((snapshot.agreed_on - start).days)
    assert 12 in days
    assert kpis["Median dagar registrering → plan"] == statistics.median(days)
    statuses = Counter(r[0] for r in demo_db.execute('SELECT status FROM "case"'))
    by_status = {r["Status"]: r["Ärenden"] for r in _table_rows(ws, "Status")}
    assert sum(by_status.values()) == sum(statuses.values())
    assert by_status["Bedömning"] == statuses["assessment"]
    assessed = _assessed(demo_db)
    snapshots = [load_snapshot(demo_db, ref) for ref in sorted(assessed)]
    total = sum(s.plan_totals().points_total for s in snapshots)
    validated = sum(s.plan_totals().validated_points for s in snapshots)
    assert kpis["Andel validerade poäng (bedömda ärenden)"] == pytest.approx(validated / total)
    notes = {r[0].value: r[1].value for r in ws.iter_rows() if r[0].value in
             ("Filter", "Pseudonymiserat")}
    assert "alla" in notes["Filter"] and "personnummer" in notes["Pseudonymiserat"]


def test_competence_gaps_count_direct_assessments(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    rows = _table_rows(wb["Kompetensgap"])
    expected = Counter((r[0], r[1]) for r in demo_db.execute("""
        SELECT f.code, r.code FROM assessment a JOIN requirement r ON r.id = a.requirement_id
        JOIN framework f ON f.id = r.framework_id WHERE a.status = 'not_met'"""))
    assert {(r["Ramverk"], r["Kravkod"]): r["Ej uppfyllda"] for r in rows
            if r["Ej uppfyllda"]} == dict(expected)
    not_met = [r["Ej uppfyllda"] for r in rows]
    assert not_met == sorted(not_met, reverse=True)  # most often not met first
    assert all(r["Andel ej uppfyllda"] == pytest.approx(r["Ej uppfyllda"] / r["Bedömda"])
               for r in rows)


def test_horizontal_principles_and_follow_up(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    rows = _table_rows(wb["Horisontella principer"])
    genders = Counter(r[0] for r in demo_db.execute("SELECT gender FROM person"))
    by_group = {(r["Indelning"], r["Grupp"]): r for r in rows}
    assert by_group[("Kön", "Kvinna")]["Deltagare"] == genders["kvinna"]
    assert by_group[("Kön", "Icke-binär")]["Deltagare"] == genders["icke-binär"] == 1
    assert by_group[("Totalt", "Alla deltagare")]["Andel"] == 1
    ages = sum(r["Deltagare"] for r in rows if r["Indelning"] == "Ålder vid registrering")
    assert ages == sum(genders.values())
    follow = _table_rows(wb["Uppföljning"])
    recorded = Counter((m, o) for m, o in demo_db.execute("SELECT months, outcome FROM follow_up"))
    studies = next(r for r in follow if r["Uppföljning"] == "3 månader"
                   and r["Utfall"] == "Studier")
    assert studies["Ärenden"] == recorded[(3, "studies")] == 1


# -- pseudonymised, and no formulas from the data ----------------------------------------------
def _person_patterns(db):
    words = []
    for given, family, number in db.execute(
            "SELECT given_name, family_name, personnummer FROM person"):
        words += [given, family, f"{given} {family}"]
        if number:
            words += personnummer.search_tokens(number).split()
            words += [personnummer.formatted(number), f"{number[2:8]}-{number[8:]}",
                      f"{number[2:8]}+{number[8:]}"]
    return [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE) for w in words]


def test_no_name_or_personnummer_in_any_cell(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    patterns = _person_patterns(demo_db)
    assert len(patterns) > 20
    texts = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None]
    assert texts
    hits = [(p.pattern, t) for t in texts for p in patterns if p.search(t)]
    assert hits == []


def test_text_from_the_data_is_never_a_formula(demo_db, tmp_path):
    cases = CaseRepository(demo_db)
    references = _references(demo_db)
    written = {}
    for i, reference in enumerate(references):
        counsellor, organisation = HOSTILE[i % len(HOSTILE)], HOSTILE[-1 - i % len(HOSTILE)]
        cases.update_case(cases.case(reference).id, counsellor=counsellor,
                          organisation=organisation)
        written[reference] = (counsellor, organisation)
    _, wb = _write(demo_db, tmp_path)
    ws = wb["Ärenden"]
    read = {}
    for row in ws[ws.tables["Arenden"].ref][1:]:
        reference, counsellor, organisation = row[0].value, row[3], row[4]
        assert counsellor.data_type == organisation.data_type == "s"
        read[reference] = (unescape(counsellor.value), unescape(organisation.value))
        if counsellor.value.startswith("="):
            assert counsellor.value == written[reference][0]  # no apostrophe added
    assert read == written
    assert {c for pair in written.values() for c in pair} == set(HOSTILE)


def test_a_hostile_counsellor_filter_is_text_in_the_note(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path, counsellor=HOSTILE[0])
    ws = wb["Översikt"]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert _table_rows(wb["Ärenden"]) == []


def test_safe_cells_round_trip_every_dangerous_start(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Text")
    texts = [*HOSTILE, "a\r\nb", "klocka\x07", "_x000D_ bokstavligt", "vanlig text"]
    ws.append([text_value(ws, t) for t in texts])
    wb.save(tmp_path / "text.xlsx")
    row = next(load_workbook(tmp_path / "text.xlsx")["Text"].iter_rows())
    for text, cell in zip(texts, row, strict=True):
        assert cell.data_type == "s", text
        assert unescape(cell.value) == text
        if text[0] in "=+-@":
            assert cell.value == text  # openpyxl reads these back unchanged
            assert cell.quotePrefix


# -- filters -----------------------------------------------------------------------------------
def test_counsellor_filter(demo_db, tmp_path):
    result, wb = _write(demo_db, tmp_path, counsellor="Lena Berg")
    expected = _references(demo_db, "counsellor = ?", ["Lena Berg"])
    assert 0 < len(expected) < len(_references(demo_db))
    assert sorted(r["Ärende"] for r in _table_rows(wb["Ärenden"])) == expected
    assert result.cases == len(expected)
    note = next(r[1].value for r in wb["Översikt"].iter_rows() if r[0].value == "Filter")
    assert "Lena Berg" in note


def test_period_filter_on_registration_date(demo_db, tmp_path):
    for reference, stamp in (("K-2026-0001", "2025-03-10T10:00:00.000000+00:00"),
                             ("K-2026-0002", "2025-06-30T10:00:00.000000+00:00")):
        demo_db.execute('UPDATE "case" SET created_at = ? WHERE reference = ?',
                        [stamp, reference])
    _, wb = _write(demo_db, tmp_path, date_from=date(2025, 1, 1), date_to=date(2025, 6, 30))
    assert sorted(r["Ärende"] for r in _table_rows(wb["Ärenden"])) == ["K-2026-0001",
                                                                       "K-2026-0002"]
    _, later = _write(demo_db, tmp_path, "later.xlsx", date_from=date(2025, 4, 1))
    assert len(_table_rows(later["Ärenden"])) == len(_references(demo_db)) - 1
    with pytest.raises(KnownError):
        write_summary(demo_db, tmp_path / "x.xlsx", date_from=date(2026, 2, 1),
                      date_to=date(2026, 1, 1))


def test_framework_filter_and_an_empty_selection(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path, framework="YP-BARNSKOTARE")
    assert [r["Ramverk"] for r in _table_rows(wb["Ärenden"])] == ["YP-BARNSKOTARE"]
    _, empty = _write(demo_db, tmp_path, "tom.xlsx", counsellor="Ingen Alls")
    for ws in empty.worksheets:
        assert ws.tables, ws.title  # still a valid table, over one empty row
    assert _table_rows(empty["Ärenden"]) == []


# -- progress, cancel, atomic ------------------------------------------------------------------
def test_progress_runs_to_the_end(demo_db, tmp_path):
    seen = []
    write_summary(demo_db, tmp_path / "p.xlsx", progress=lambda d, t, label: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)


@pytest.mark.parametrize("after", [0, 2])
def test_cancel_leaves_no_file(demo_db, tmp_path, after):
    out = tmp_path / "ut"
    out.mkdir()
    path = out / "avbruten.xlsx"
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > after

    temp_before = list(openpyxl_writer.ALL_TEMP_FILES)
    result = write_summary(demo_db, path, cancelled=cancelled)
    assert result.cancelled and result.path is None
    assert list(out.iterdir()) == []
    assert temp_before == openpyxl_writer.ALL_TEMP_FILES


def test_a_failing_progress_callback_leaves_no_file(demo_db, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    path = out / "fel.xlsx"

    def progress(done, total, label):
        if label == "Kursbehov":
            raise RuntimeError("stopp")

    with pytest.raises(RuntimeError):
        write_summary(demo_db, path, progress=progress)
    assert list(out.iterdir()) == []


def test_gather_then_write_gives_the_same_rows(demo_db, tmp_path):
    summary = gather(demo_db, CaseFilter(counsellor="Omar Said"))
    write_gathered(summary, tmp_path / "g.xlsx")
    rows = _table_rows(load_workbook(tmp_path / "g.xlsx")["Ärenden"])
    assert [r["Ärende"] for r in rows] == [c.reference for c in summary.cases]
    with pytest.raises(SummaryCancelled):
        gather(demo_db, cancelled=lambda: True)
