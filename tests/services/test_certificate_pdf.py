"""The competence certificate, read back with pypdf."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from koll_desktop.__main__ import main
from koll_desktop.domain.enums import AssessmentStatus, UnitOutcome
from koll_desktop.domain.plan_engine import ValueSource
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.services.certificate_pdf import write_certificate_pdf
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.settings import Settings
from tests.services import font_sizes, fonts, language, normalised, page_texts, pdf_text


@pytest.fixture
def amina(demo_db):
    return load_snapshot(demo_db, "K-2026-0001")


@pytest.fixture
def certificate(amina, tmp_path):
    return write_certificate_pdf(amina, tmp_path / "intyg.pdf", issued_on=date(2026, 11, 30))


def test_frameworks_with_version_and_example_note(amina, certificate):
    text = pdf_text(certificate)
    assert "Kompetensintyg" in text and "Amina Hassan" in text
    assert "19820314-XXXX" in text and "9821" not in text
    for framework in amina.frameworks:
        assert normalised(framework.title) in text
        assert f"kod {framework.code}, version {framework.version}" in text
    assert "Exempel – inte en verklig standard" in text


def test_direct_requirements_with_methods_assessor_and_date(amina, certificate):
    text = pdf_text(certificate)
    direct = next(v for v in amina.result.values.values()
                  if v.met and v.source == ValueSource.DIRECT)
    assert normalised(amina.requirement(direct.ref).text) in text
    assert "Direkt bedömt: intervju, observation på arbetsplats. Lena Berg, 14 oktober 2026" \
        in text


def test_derived_requirements_say_via_what(amina, certificate):
    text = pdf_text(certificate)
    derived = next(v for v in amina.result.values.values()
                   if v.met and v.source == ValueSource.DERIVED)
    via = derived.derived_from[0]
    assert normalised(amina.requirement(derived.ref).text) in text
    assert f"Härlett via {via.ref[0]} {via.ref[1]} (hel koppling)" in text


def test_unmet_requirements_are_not_listed(amina, certificate):
    text = pdf_text(certificate)
    unmet = [v for v in amina.result.values.values() if v.value == 0]
    assert unmet
    for value in unmet[:5]:
        assert normalised(amina.requirement(value.ref).text) not in text


def test_courses_that_may_be_credited(amina, certificate):
    text = pdf_text(certificate)
    credited = [u for f in amina.result.frameworks for u in f.units
                if u.points is not None and u.outcome == UnitOutcome.CREDITED]
    assert credited
    section = text[text.index("Kurser som kan tillgodoräknas"):]
    for unit in credited:
        assert f"{unit.title} {unit.ref} {unit.points} intyg" in section
    assert "Kurser som motsvaras delvis" in section


def test_credit_by_examination_when_set(demo_db, tmp_path):
    Settings(demo_db).set("plan.credit_form", "prövning")
    snapshot = load_snapshot(demo_db, "K-2026-0002")
    text = pdf_text(write_certificate_pdf(snapshot, tmp_path / "c.pdf"))
    assert "Omvårdnad 1 OMVOMV01 100 prövning för betyg" in text
    assert "granskning av dokument, teoriprov. Omar Said, 2 oktober 2026" in text


def test_issuer_pages_and_metadata(certificate):
    pages = page_texts(certificate)
    for number, page in enumerate(pages, 1):
        assert f"Sida {number} av {len(pages)}" in page
    last = pages[-1]
    assert "Utfärdat av Exempelkommunens vuxenutbildning" in last
    assert "Datum: 30 november 2026" in last
    # a draft (the assessment goes on) is not signed: it says when it will be
    assert "Intyget skrivs under när bedömningen är klar." in last
    assert "Underskrift av utfärdaren" not in last and "Ort och datum" not in last
    meta = PdfReader(certificate).metadata
    assert meta.title == "UTKAST – Kompetensintyg"  # the assessment is not done yet
    assert "Lena Berg" in meta.author
    assert language(certificate) == "sv"
    assert all(fonts(certificate).values())


def test_english_and_large_print(amina, tmp_path):
    path = write_certificate_pdf(amina, tmp_path / "en.pdf", language="en", large_print=True)
    text = pdf_text(path)
    assert "Certificate of competence" in text and "Assessed directly: interview" in text
    assert "Courses that may be credited" in text and "Page 1 of" in text
    assert min(font_sizes(path)) >= 16
    assert language(path) == "en"


def test_cli_certificate(capsys, tmp_path):
    folder = tmp_path / "cli"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    out = tmp_path / "intyg.pdf"
    assert main(["--data-dir", str(folder), "certificate", "K-2026-0005", "--out",
                 str(out)]) == 0
    assert "Juan Pérez" in pdf_text(out)
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "certificate", "nope", "--out",
                 str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ärendet finns inte" in err


def test_a_draft_while_the_assessment_goes_on(amina, certificate):
    assert not (amina.assessment_done or amina.plan_agreed)
    pages = page_texts(certificate)
    assert len(pages) > 1
    assert all("UTKAST – bedömningen är inte klar än" in page for page in pages)
    assert "Det här är ett utkast. Bedömningen är inte klar än." in pages[0]


def test_only_a_final_certificate_has_lines_to_sign_on(demo_db, tmp_path):
    juan = load_snapshot(demo_db, "K-2026-0005")  # plan agreed: the certificate is final
    for lang, words in (("sv", ("Ort och datum", "Underskrift av utfärdaren",
                                "Namnförtydligande och befattning")),
                        ("en", ("Place and date", "Signature of the issuer",
                                "Name in capitals and position"))):
        path = write_certificate_pdf(juan, tmp_path / f"{lang}.pdf", language=lang)
        last = page_texts(path)[-1]
        assert all(word in last for word in words), lang
        assert "skrivs under när" not in last and "is signed when" not in last
    kim = load_snapshot(demo_db, "K-2026-0004")  # a draft
    text = pdf_text(write_certificate_pdf(kim, tmp_path / "kim.pdf", language="en"))
    assert "The certificate is signed when the assessment is finished." in text
    assert "Signature of the issuer" not in text and "Place and date" not in text


def _is_draft(snapshot, path) -> bool:
    text = pdf_text(write_certificate_pdf(snapshot, path))
    return "UTKAST" in text or PdfReader(path).metadata.title != "Kompetensintyg"


def test_final_once_everything_is_assessed_or_the_plan_agreed(demo_db, tmp_path):
    juan = load_snapshot(demo_db, "K-2026-0005")  # plan agreed, assessment left partly
    assert juan.plan_agreed and not juan.assessment_done
    assert not _is_draft(juan, tmp_path / "juan.pdf")

    kim = load_snapshot(demo_db, "K-2026-0004")
    assert _is_draft(kim, tmp_path / "kim-before.pdf")
    data = CaseDataRepository(demo_db)
    for requirement in kim.frameworks[0].requirements:
        status = AssessmentStatus.MET if requirement.code.endswith("1") \
            else AssessmentStatus.NOT_MET
        data.set_assessment(kim.case.id, requirement.id, status=status)
    kim = load_snapshot(demo_db, "K-2026-0004")
    assert kim.assessment_done and not kim.plan_agreed
    assert not _is_draft(kim, tmp_path / "kim-after.pdf")


# -- what the certificate says about each unit and course ------------------------------------

def _partly_met(unit) -> int:
    return sum(1 for v in unit.requirements if 0 < v.value < 1)


def test_a_whole_unit_is_said_with_the_right_word(amina, certificate, tmp_path):
    """"Hela området är validerat" for a competence area, "Hela kursen är validerad" for a
    course: no slash, and each with the gender of its noun."""
    text = pdf_text(certificate)
    assert "/kursen" not in text and "området/" not in text
    whole = [u for f in amina.result.frameworks for u in f.units
             if u.requirements and all(v.met for v in u.requirements)]
    areas = [u for u in whole if u.points is None]
    courses = [u for u in whole if u.points is not None]
    assert areas and courses
    for unit, line in ([(u, "Hela området är validerat.") for u in areas]
                       + [(u, "Hela kursen är validerad.") for u in courses]):
        assert f"{normalised(unit.title)} ({unit.ref}) {line}" in text
    english = pdf_text(write_certificate_pdf(amina, tmp_path / "en.pdf", language="en"))
    assert "The whole area is validated." in english
    assert "The whole course is validated." in english
    assert "area/course" not in english


def test_the_percentage_of_a_course_partly_matched_agrees_with_its_counts(amina,
                                                                          certificate):
    """ANOANA01: 1 of 4 requirements met and 1 partly make 37 % (1.5 of 4, rounded down);
    the table says both, and one sentence says why."""
    text = pdf_text(certificate)
    section = text[text.index("Kurser som motsvaras delvis"):]
    assert ("I procenten räknas ett krav som bara är delvis uppfyllt som högst ett halvt "
            "krav, och procenten avrundas nedåt.") in section  # OMVOMV02 holds a quarter
    anatomy = amina.result.unit(("VOXABN", "ANOANA01"))
    assert "Anatomi och fysiologi 1 ANOANA01 50 37 % 1 av 4 krav uppfyllda, 1 delvis" \
        in section
    assert "Anatomi och fysiologi 1 (ANOANA01) 1 av 4 krav uppfyllda, 1 delvis" in text
    assert anatomy.coverage == 0.375
    rows = re.findall(r"(\w+) (\d+) (\d+) % (\d+) av (\d+) krav uppfyllda(?:, (\d+) delvis)?",
                      section)
    partly = {u.ref: u for f in amina.result.frameworks for u in f.units
              if u.points is not None and u.counted and u.outcome == UnitOutcome.SUPPLEMENTARY
              and any(v.met for v in u.requirements)}
    assert sorted(r[0] for r in rows) == sorted(partly)
    for ref, _points, percent, met, total, half in rows:
        unit = partly[ref]
        half = int(half or 0)
        assert (int(met), int(total), half) == (
            sum(v.met for v in unit.requirements), len(unit.requirements), _partly_met(unit))
        counted = (int(met) + 0.5 * half) / int(total)  # weights are all 1 in VOXABN
        if all(v.value in (0, 0.5, 1) for v in unit.requirements):
            assert int(percent) == int(counted * 100 + 1e-9), ref  # rounded down
        else:  # a quarter: "at most half"
            assert int(percent) <= counted * 100, ref


def test_the_rule_is_half_where_no_value_is_a_quarter(demo_db, tmp_path):
    juan = load_snapshot(demo_db, "K-2026-0005")
    assert all(v.value in (0, 0.5, 1) for f in juan.result.frameworks for u in f.units
               for v in u.requirements)
    for lang, rule in (("sv", "I procenten räknas ett krav som bara är delvis uppfyllt som "
                              "ett halvt krav, och procenten avrundas nedåt."),
                       ("en", "In the percentage, a requirement that is only partly met "
                              "counts as half a requirement, and the percentage is rounded "
                              "down.")):
        text = pdf_text(write_certificate_pdf(juan, tmp_path / f"{lang}.pdf", language=lang))
        assert rule in text
    assert "Omvårdnad 2 OMVOMV02 100 40 % 1 of 5 requirements met, 2 partly" in text


def test_the_issuer_never_stands_alone_on_the_last_page(tmp_path, demo_db):
    """In every demo case, normal and large print, Swedish and English: the last page has
    the end of what comes before the issuer's block, not the block alone."""
    for n in range(1, 6):
        snapshot = load_snapshot(demo_db, f"K-2026-000{n}")
        for lang, large in (("sv", False), ("sv", True), ("en", False)):
            path = write_certificate_pdf(snapshot, tmp_path / f"{n}{lang}{large}.pdf",
                                         language=lang, large_print=large)
            last = page_texts(path)[-1]
            heading = "Utfärdare" if lang == "sv" else "Issuer"
            band = ("UTKAST – bedömningen är inte klar än" if lang == "sv"
                    else "DRAFT – the assessment is not finished yet")
            before = last[:last.index(heading)].replace(band, "").strip()
            assert before, (n, lang, large)
