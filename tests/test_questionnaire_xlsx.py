"""The self-assessment questionnaire: written for the individual, read back, imported whole."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from koll_desktop.domain.enums import SelfRatingLevel
from koll_desktop.errors import KnownError
from koll_desktop.services import questionnaire_xlsx as q
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.storage.case_data import CaseDataRepository


@pytest.fixture
def demo_db(demo_db):
    """These tests start from no self-ratings (the demo gives Amina some)."""
    with demo_db.atomic():
        demo_db.execute("DELETE FROM self_rating")
    return demo_db


REFERENCE = "K-2026-0001"  # Amina: EX-USK (example standard) and VOXABN (with example items)


@pytest.fixture
def case(demo_db):
    """Amina's case with two ratings already recorded."""
    snapshot = load_snapshot(demo_db, REFERENCE)
    usk = snapshot.frameworks[0]
    data = CaseDataRepository(demo_db, "Lena Berg")
    data.set_self_rating(snapshot.case.id, usk.requirements[0].id, SelfRatingLevel.WELL)
    data.set_self_rating(snapshot.case.id, usk.requirements[1].id, SelfRatingLevel.DONT_KNOW)
    return demo_db, load_snapshot(demo_db, REFERENCE)


def _ratings(db, snapshot) -> dict[str, SelfRatingLevel]:
    return {rid: s.level for rid, s in
            CaseDataRepository(db).self_ratings(snapshot.case.id).items()}


def _rows(path: Path) -> dict[str, int]:
    """Row number of each requirement key in a written form."""
    ws = load_workbook(path)[q.SHEET]
    return {ws.cell(r, q.KEY).value: r for r in range(1, ws.max_row + 1)
            if ws.cell(r, q.KEY).value and "|" in str(ws.cell(r, q.KEY).value)}


def _fill(path: Path, answers: dict[int, object], target: Path | None = None,
          cells: dict[str, object] | None = None) -> Path:
    wb = load_workbook(path)
    ws = wb[q.SHEET]
    for row, value in answers.items():
        ws.cell(row, q.ANSWER).value = value
    for ref, value in (cells or {}).items():
        ws[ref] = value
    target = target or path.with_name("ifyllt.xlsx")
    wb.save(target)
    return target


def test_the_form_has_instruction_reference_keys_choices_and_print_setup(case, tmp_path):
    _db, snapshot = case
    path = q.write_questionnaire(snapshot, tmp_path / "form.xlsx")
    ws = load_workbook(path)[q.SHEET]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any(t.startswith("Hur väl kan du det här? Skriv 1, 2, 3, 4 eller V (vet inte)")
               for t in texts)
    assert ws["B2"].value == "Ärende:" and ws["C2"].value == REFERENCE
    assert "Amina Hassan" in texts
    pnr = snapshot.person.personnummer
    assert pnr and not any(p in t for t in texts for p in (pnr, pnr[2:], pnr[:8]))
    assert REFERENCE in ws.oddHeader.left.text
    assert ws.column_dimensions["A"].hidden
    rows = _rows(path)
    usk, voxabn = snapshot.frameworks
    assert len(rows) == len(usk.requirements) + len(voxabn.requirements)
    first, second = usk.requirements[0], usk.requirements[1]
    assert ws.cell(rows[f"EX-USK|{first.code}"], q.ANSWER).value == 3  # current rating
    assert ws.cell(rows[f"EX-USK|{second.code}"], q.ANSWER).value == "V"
    assert ws.cell(rows[f"EX-USK|{first.code}"], q.TEXT).value == first.text
    assert ws.cell(rows[f"EX-USK|{usk.requirements[2].code}"], q.ANSWER).value is None
    example = next(r for r in voxabn.requirements if r.example)
    assert ws.cell(rows[f"VOXABN|{example.code}"], q.TEXT).value.endswith("(exempel)")
    [validation] = ws.data_validations.dataValidation
    assert validation.formula1 == '"1,2,3,4,V"'
    assert str(validation.sqref) == f"E{min(rows.values()) - 1}:E{max(rows.values())}"
    header = min(rows.values()) - 2  # the header row, then the first framework's heading
    assert [ws.cell(header, c).value for c in range(1, 6)] == [
        "Nyckel", "Område", "Nr", "Krav", "Ditt svar"]
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.orientation in ("portrait", "landscape")
    assert ws.protection.sheet and not ws.cell(rows[f"EX-USK|{first.code}"],
                                                q.ANSWER).protection.locked


def test_a_filled_in_form_round_trips_into_the_database(case, tmp_path):
    db, snapshot = case
    path = q.write_questionnaire(snapshot, tmp_path / "form.xlsx")
    rows = _rows(path)
    usk, voxabn = snapshot.frameworks
    r = {req.code: rows[f"EX-USK|{req.code}"] for req in usk.requirements}
    filled = _fill(path, {r[usk.requirements[0].code]: None,  # cleared by the individual
                          r[usk.requirements[1].code]: 2,
                          r[usk.requirements[2].code]: "v",
                          r[usk.requirements[3].code]: 4.0,
                          r[usk.requirements[4].code]: " Vet inte ",
                          rows[f"VOXABN|{voxabn.requirements[0].code}"]: "1"})
    read = q.read_questionnaire(filled, snapshot)
    assert len(read) == len(rows)
    result = q.import_questionnaire(db, REFERENCE, filled, actor="Lena Berg")
    assert result == q.QuestionnaireImport(answered=5, blank=len(rows) - 5, changed=6)
    assert _ratings(db, snapshot) == {
        usk.requirements[1].id: SelfRatingLevel.SOMEWHAT,
        usk.requirements[2].id: SelfRatingLevel.DONT_KNOW,
        usk.requirements[3].id: SelfRatingLevel.VERY_WELL,
        usk.requirements[4].id: SelfRatingLevel.DONT_KNOW,
        voxabn.requirements[0].id: SelfRatingLevel.NOT_YET}
    assert db["audit_event"].count_where("action = 'import' AND entity = 'self_rating'") == 1
    again = q.import_questionnaire(db, REFERENCE, filled)
    assert again.changed == 0


@pytest.mark.parametrize(("value", "shown"), [(5, "'5'"), ("x", "'x'"), (2.5, "'2.5'"),
                                              ("=1+2", "formler")])
def test_a_wrong_answer_names_file_sheet_row_and_column(case, tmp_path, value, shown):
    db, snapshot = case
    path = q.write_questionnaire(snapshot, tmp_path / "form.xlsx")
    rows = _rows(path)
    second = snapshot.frameworks[0].requirements[5]
    good, bad = rows[f"EX-USK|{snapshot.frameworks[0].requirements[4].code}"], \
        rows[f"EX-USK|{second.code}"]
    filled = _fill(path, {good: 4, bad: value})
    before = _ratings(db, snapshot)
    with pytest.raises(KnownError) as caught:
        q.import_questionnaire(db, REFERENCE, filled)
    message = str(caught.value)
    assert f"ifyllt.xlsx, blad Självskattning, rad {bad}, kolumn E (Ditt svar)" in message
    assert shown in message
    assert _ratings(db, snapshot) == before  # the good row before it was not stored either


def test_a_form_for_another_case_is_refused(case, tmp_path):
    db, snapshot = case
    other = load_snapshot(db, "K-2026-0005")  # Juan: the same frameworks
    path = q.write_questionnaire(other, tmp_path / "juan.xlsx")
    filled = _fill(path, {min(_rows(path).values()): 4})
    before = _ratings(db, snapshot)
    with pytest.raises(KnownError) as caught:
        q.import_questionnaire(db, REFERENCE, filled)
    message = str(caught.value)
    assert "blad Självskattning, rad 2, kolumn C (Ärende)" in message
    assert "K-2026-0005" in message and REFERENCE in message
    assert _ratings(db, snapshot) == before


def test_a_key_that_is_not_in_the_case_is_refused(case, tmp_path):
    db, snapshot = case
    path = q.write_questionnaire(snapshot, tmp_path / "form.xlsx")
    row = max(_rows(path).values())
    filled = _fill(path, {row: 3}, cells={f"A{row}": "EX-USK|Z.99"})
    before = _ratings(db, snapshot)
    with pytest.raises(KnownError) as caught:
        q.import_questionnaire(db, REFERENCE, filled)
    message = str(caught.value)
    assert f"ifyllt.xlsx, blad Självskattning, rad {row}, kolumn A (Nyckel)" in message
    assert "EX-USK Z.99" in message
    assert _ratings(db, snapshot) == before


def test_a_key_twice_is_refused(case, tmp_path):
    _db, snapshot = case
    path = q.write_questionnaire(snapshot, tmp_path / "form.xlsx")
    rows = sorted(_rows(path).values())
    first_key = load_workbook(path)[q.SHEET].cell(rows[0], q.KEY).value
    filled = _fill(path, {}, cells={f"A{rows[1]}": first_key})
    with pytest.raises(KnownError, match=f"rad {rows[1]}, kolumn A .*redan på rad {rows[0]}"):
        q.read_questionnaire(filled, snapshot)


@pytest.mark.parametrize("content", [b"Namn;Svar\nA.1;3\n", b"", "zip"])
def test_a_file_that_is_not_an_xlsx_is_refused(case, tmp_path, content):
    db, snapshot = case
    path = tmp_path / "svar.xlsx"
    if content == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "not a workbook")
    else:
        path.write_bytes(content)
    before = _ratings(db, snapshot)
    with pytest.raises(KnownError) as caught:
        q.import_questionnaire(db, REFERENCE, path)
    assert str(caught.value).startswith("svar.xlsx: filen är ingen giltig Excel-fil")
    assert _ratings(db, snapshot) == before


def test_a_workbook_without_the_sheet_is_refused(case, tmp_path):
    from openpyxl import Workbook

    _db, snapshot = case
    path = tmp_path / "annat.xlsx"
    Workbook().save(path)
    with pytest.raises(KnownError, match=r"annat\.xlsx: bladet 'Självskattning' saknas"):
        q.read_questionnaire(path, snapshot)


def test_the_import_is_all_or_nothing(case, tmp_path, monkeypatch):
    db, snapshot = case
    path = q.write_questionnaire(snapshot, tmp_path / "form.xlsx")
    filled = _fill(path, dict.fromkeys(sorted(_rows(path).values())[:10], 1))
    before = _ratings(db, snapshot)
    calls = []
    original = CaseDataRepository.set_self_rating

    def failing(self, case_id, requirement_id, level):
        calls.append(requirement_id)
        if len(calls) == 5:
            raise KnownError("disken är full")
        return original(self, case_id, requirement_id, level)

    monkeypatch.setattr(CaseDataRepository, "set_self_rating", failing)
    with pytest.raises(KnownError, match="disken är full"):
        q.import_questionnaire(db, REFERENCE, filled)
    assert len(calls) == 5
    assert _ratings(db, snapshot) == before


def test_text_that_looks_like_a_formula_is_written_as_text(case, tmp_path):
    from dataclasses import replace

    _, snapshot = case
    usk = snapshot.frameworks[0]
    unit = replace(usk.units[0], requirements=(
        replace(usk.units[0].requirements[0], text="=HYPERLINK(\"http://x\")"),))
    odd = replace(snapshot, frameworks=(replace(usk, units=(unit,)),))
    path = q.write_questionnaire(odd, tmp_path / "form.xlsx")
    ws = load_workbook(path)[q.SHEET]
    row = next(iter(_rows(path).values()))
    cell = ws.cell(row, q.TEXT)
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"http://x\")"
