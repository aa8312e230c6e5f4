"""The coordinator summary tells assessed need from need not assessed yet, says in Swedish
what it counts (singular and plural), and carries its own title; a bad output path is one
clear line. Every workbook is read back with openpyxl."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from openpyxl import load_workbook

from koll_desktop import APP_NAME, __version__
from koll_desktop.__main__ import main
from koll_desktop.domain.enums import AssessmentStatus, CaseStatus, UnitOutcome
from koll_desktop.services.case_snapshot import agree_plan, load_snapshot
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.library import LibraryRepository
from tests.test_summary import _assessed, _references, _table_rows, _write

NOT_ASSESSED = "K-2026-0003"  # the demo's case at Start, Barnskötare, nothing assessed
BARNSKOTARE = "YP-BARNSKOTARE"


def _kpis(wb) -> dict[str, tuple]:
    """Key figure → (value, explanation)."""
    return {r["Nyckeltal"]: (r["Värde"], r["Förklaring"])
            for r in _table_rows(wb["Översikt"], "Nyckeltal")}


def _notes_below(ws) -> list[str]:
    """The texts written below the sheet's (first) table."""
    table = next(iter(ws.tables.values()))
    last = int(re.search(r"\d+$", table.ref).group())
    return [c.value for row in ws.iter_rows(min_row=last + 1) for c in row
            if isinstance(c.value, str)]


def _courses(wb, framework):
    return [r for r in _table_rows(wb["Kursbehov"]) if r["Ramverk"] == framework]


def _case_rows(wb):
    return {r["Ärende"]: r for r in _table_rows(wb["Ärenden"])}


# -- 1. a path below a file: one clear line, not "oväntat fel" -------------------------------
def test_an_output_below_a_file_is_one_swedish_line(capsys, demo_dir, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.xlsx").write_text("en fil, inte en mapp")
    target = out / "summary.xlsx" / "x.xlsx"
    capsys.readouterr()
    code = main(["--data-dir", str(demo_dir), "summary", "--out", str(target)])
    _, err = capsys.readouterr()
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0] == (f"koll: {target}: kan inte skriva sammanställningen: mappen finns "
                        "inte (eller en del av sökvägen är en fil); inget sparades")
    assert "Traceback" not in err and "oväntat" not in err and "NotADirectory" not in err
    assert sorted(p.name for p in out.iterdir()) == ["summary.xlsx"]
    assert (out / "summary.xlsx").read_text() == "en fil, inte en mapp"


# -- 2. assessed need apart from need not assessed yet -----------------------------------------
def test_a_case_not_assessed_yet_is_not_counted_as_needing_every_course(demo_db, tmp_path):
    assert NOT_ASSESSED not in _assessed(demo_db)
    _, wb = _write(demo_db, tmp_path)
    rows = _courses(wb, BARNSKOTARE)
    library = LibraryRepository(demo_db).find_framework(BARNSKOTARE)
    assert len(rows) == len([u for u in library.units if u.points]) == 12
    for r in rows:
        assert (r["Bedömda ärenden med kursen"], r["Tillgodoräknas"], r["Behöver delar"],
                r["Behöver hela kursen"], r["Återstående poäng"], r["Veckor på heltid"]) == (
            0, 0, 0, 0, 0, 0)
        assert r["Ej bedömda ärenden med kursen"] == 1
        assert r["Poäng i ej bedömda ärenden"] == r["Poäng"]
    assert sum(r["Poäng i ej bedömda ärenden"] for r in rows) == 1300
    notes = " ".join(_notes_below(wb["Kursbehov"]))
    assert ("Bedömda ärenden: ärenden där minst ett krav har bedömts (uppfyllt, delvis "
            "uppfyllt eller ej uppfyllt) eller handledaren har beslutat om en kurs.") in notes
    assert "Kolumnerna från Bedömda ärenden med kursen till Veckor på heltid räknar bara dem" \
        in notes
    assert "Ej bedömda ärenden: ärenden där inget har bedömts ännu" in notes
    assert "Återstående poäng enligt planerna" not in notes


def test_one_assessment_moves_the_case_to_the_assessed_columns(demo_db, tmp_path):
    case = CaseRepository(demo_db).case(NOT_ASSESSED)
    framework = LibraryRepository(demo_db).find_framework(BARNSKOTARE)
    first = next(u for u in framework.units if u.points and len(u.requirements) > 1)
    data = CaseDataRepository(demo_db)
    # "not assessed" recorded for a requirement is no assessment
    data.set_assessment(case.id, first.requirements[0].id,
                        status=AssessmentStatus.NOT_ASSESSED)
    _, wb = _write(demo_db, tmp_path, "bara-ej-bedomt.xlsx")
    assert all(r["Ej bedömda ärenden med kursen"] == 1 for r in _courses(wb, BARNSKOTARE))
    assert _case_rows(wb)[NOT_ASSESSED]["Bedömt"] == "nej"

    data.set_assessment(case.id, first.requirements[0].id, status=AssessmentStatus.MET)
    _, wb = _write(demo_db, tmp_path, "ett-krav.xlsx")
    rows = {r["Kurs"]: r for r in _courses(wb, BARNSKOTARE)}
    assert all(r["Bedömda ärenden med kursen"] == 1 and r["Ej bedömda ärenden med kursen"] == 0
               and r["Poäng i ej bedömda ärenden"] == 0 for r in rows.values())
    assert rows[first.title]["Behöver delar"] == 1
    assert rows[first.title]["Återstående poäng"] < first.points
    assert _case_rows(wb)[NOT_ASSESSED]["Bedömt"] == "ja"
    kpis = _kpis(wb)
    assert kpis["Bedömda ärenden"][0] == len(_assessed(demo_db)) == 4
    assert kpis["Ej bedömda ärenden"][0] == 1


def test_a_unit_decision_alone_makes_a_case_assessed(demo_db, tmp_path):
    case = CaseRepository(demo_db).case(NOT_ASSESSED)
    unit = next(u for u in LibraryRepository(demo_db).find_framework(BARNSKOTARE).units
                if u.points)
    CaseDataRepository(demo_db).set_unit_decision(case.id, unit.id, UnitOutcome.CREDITED,
                                                  "Yrkesbevis")
    _, wb = _write(demo_db, tmp_path)
    rows = {r["Kurs"]: r for r in _courses(wb, BARNSKOTARE)}
    assert rows[unit.title]["Tillgodoräknas"] == 1
    assert rows[unit.title]["Återstående poäng"] == 0
    assert sum(r["Behöver hela kursen"] for r in rows.values()) == 11
    assert sum(r["Ej bedömda ärenden med kursen"] for r in rows.values()) == 0


def test_the_status_does_not_make_a_case_assessed(demo_db, tmp_path):
    """A case closed before the assessment step, or moved on to Plan without any
    assessment, is still not assessed: its plan is no need anyone found."""
    cases = CaseRepository(demo_db)
    cases.update_case(cases.case(NOT_ASSESSED).id, status=CaseStatus.PLAN.value)
    cases.update_case(cases.case("K-2026-0004").id, status=CaseStatus.CLOSED.value)
    _, wb = _write(demo_db, tmp_path)
    rows = _case_rows(wb)
    assert (rows[NOT_ASSESSED]["Status"], rows[NOT_ASSESSED]["Bedömt"]) == ("Plan", "nej")
    assert (rows["K-2026-0004"]["Status"], rows["K-2026-0004"]["Bedömt"]) == ("Avslutad", "nej")
    assert all(r["Bedömda ärenden med kursen"] == 0 for r in _courses(wb, BARNSKOTARE))


def test_the_key_figures_keep_assessed_and_unassessed_points_apart(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    kpis, rows = _kpis(wb), _case_rows(wb)
    assessed = _assessed(demo_db)
    assert {ref for ref, r in rows.items() if r["Bedömt"] == "ja"} == assessed
    yes = [r for r in rows.values() if r["Bedömt"] == "ja"]
    no = [r for r in rows.values() if r["Bedömt"] == "nej"]
    assert (kpis["Bedömda ärenden"][0], kpis["Ej bedömda ärenden"][0]) == (len(yes), len(no))
    assert len(yes) + len(no) == kpis["Ärenden"][0]
    for label, column in (("Poäng totalt (bedömda ärenden)", "Poäng totalt"),
                          ("Validerade poäng (bedömda ärenden)", "Validerade poäng"),
                          ("Poäng att läsa (bedömda ärenden)", "Poäng att läsa")):
        assert kpis[label][0] == sum(r[column] for r in yes), label
    assert kpis["Poäng i ej bedömda ärenden"][0] == sum(r["Poäng att läsa"] for r in no) == 2600
    assert kpis["Andel validerade poäng (bedömda ärenden)"][0] == (
        sum(r["Validerade poäng"] for r in yes) / sum(r["Poäng totalt"] for r in yes))
    assert "Ingår inte i poängen ovan" in kpis["Poäng i ej bedömda ärenden"][1]
    assert "Poäng att läsa" not in kpis  # no figure that mixes the two
    # the points block beside the figures, and its pie chart, say whose points they are
    ws = wb["Översikt"]
    block = _table_rows(ws, "Poang")
    assert [r["Poäng (bedömda ärenden)"] for r in block] == ["Validerade poäng",
                                                             "Poäng att läsa"]
    assert block[1]["Antal poäng"] == kpis["Poäng att läsa (bedömda ärenden)"][0]


# -- 3. singular and plural ---------------------------------------------------------------------
def _median_note(wb) -> str:
    return _kpis(wb)["Median dagar registrering → plan"][1]


def _register_day(db, reference):
    created = load_snapshot(db, reference).case.created_at
    return datetime.fromisoformat(created).astimezone().date()


def test_one_agreed_plan_is_one_arende(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    note = _median_note(wb)
    assert "1 ärende med överenskommen plan." in note
    assert "1 ärenden" not in note


def test_several_plans_and_one_dated_before_registration(demo_db, tmp_path):
    agree_plan(demo_db, "K-2026-0002", _register_day(demo_db, "K-2026-0002") + timedelta(9))
    agree_plan(demo_db, "K-2026-0001", _register_day(demo_db, "K-2026-0001") - timedelta(3))
    _, wb = _write(demo_db, tmp_path)
    note = _median_note(wb)
    assert note.endswith("2 ärenden med överenskommen plan (1 ärende med plan daterad före "
                         "registreringen räknas inte).")
    agree_plan(demo_db, "K-2026-0002", _register_day(demo_db, "K-2026-0002") - timedelta(1))
    _, wb = _write(demo_db, tmp_path, "tva-fore.xlsx")
    assert _median_note(wb).endswith("1 ärende med överenskommen plan (2 ärenden med plan "
                                     "daterad före registreringen räknas inte).")


def test_no_sentence_in_the_workbook_says_1_with_a_plural(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    plural_after_one = re.compile(
        r"(?<![\d.,])1 (ärenden|kurser|planer|mikromeriter|personer|veckor|dagar)\b")
    assert [t for t in texts if plural_after_one.search(t)] == []


# -- 4. frameworks: a case can count under more than one -------------------------------------
def test_framework_shares_say_a_case_can_count_twice(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    ws = wb["Översikt"]
    rows = _table_rows(ws, "Ramverk")
    assert sum(r["Andel"] for r in rows) > 1  # the demo has cases with two frameworks
    last = int(re.search(r"\d+$", ws.tables["Ramverk"].ref).group())
    below = ws.cell(last + 1, _column_index(ws, "Ramverk")).value
    assert below == ("Ett ärende kan ha flera ramverk och räknas då under vart och ett, så "
                     "andelarna kan bli mer än 100 %.")


def _column_index(ws, heading):
    return next(c.column for c in ws[1] if c.value == heading)


# -- 5. the pace beside the weeks ------------------------------------------------------------
def test_study_weeks_come_with_their_pace(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    ws = wb["Ärenden"]
    assert _column_index(ws, "Studietakt (%)") == _column_index(ws, "Studieveckor") + 1
    paces = dict(demo_db.execute('SELECT c.reference, coalesce(p.pace, 100) FROM "case" c '
                                 "LEFT JOIN plan p ON p.case_id = c.id").fetchall())
    rows = _case_rows(wb)
    assert {ref: r["Studietakt (%)"] for ref, r in rows.items()} == paces
    assert paces["K-2026-0001"] == 50 and paces["K-2026-0002"] == 100
    for ref, r in rows.items():  # 20 points a week at full time
        assert r["Studieveckor"] == round(r["Poäng att läsa"] / (20 * paces[ref] / 100), 1), ref
    assert sorted(rows) == _references(demo_db)
    assert any("Studieveckor räknas i planens studietakt" in t for t in _notes_below(ws))


# -- 6. the workbook's own properties --------------------------------------------------------
def test_the_workbook_has_a_title_and_koll_as_its_creator(demo_db, tmp_path):
    result, _ = _write(demo_db, tmp_path)
    props = load_workbook(result.path).properties
    assert props.title == "KoLL – sammanställning"
    assert props.creator == f"{APP_NAME} {__version__}" == "KoLL Desktop 0.1.0"
    assert props.language == "sv-SE"
    assert "openpyxl" not in (props.creator, props.lastModifiedBy)


def test_follow_up_note_says_who_has_none(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    notes = _notes_below(wb["Uppföljning"])
    assert notes and notes[0].startswith("Ingen uppföljning registrerad: ärenden i urvalet "
                                         "utan utfall för tidpunkten")


def test_long_headings_wrap_instead_of_being_cut(demo_db, tmp_path):
    _, wb = _write(demo_db, tmp_path)
    for title in ("Ärenden", "Kursbehov", "Kompetensgap", "Horisontella principer",
                  "Uppföljning"):
        header = wb[title][1]
        assert all(c.alignment.wrap_text for c in header if c.value), title
    courses = wb["Kursbehov"]
    narrow = courses.cell(1, _column_index(courses, "Ej bedömda ärenden med kursen"))
    assert courses.column_dimensions[narrow.column_letter].width < len(narrow.value)
