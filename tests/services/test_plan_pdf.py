"""The plan PDF, read back with pypdf: content, masking, languages, large print, fonts."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader

from koll_desktop.__main__ import main
from koll_desktop.domain.enums import UnitOutcome
from koll_desktop.domain.plan_engine import UnitRole
from koll_desktop.services.case_snapshot import agree_plan, load_snapshot
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.plan_pdf import write_plan_pdf
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.settings import Settings
from tests.services import font_sizes, fonts, language, normalised, page_texts, pdf_text

SV = Texts("sv")
DAY = date(2026, 11, 30)


@pytest.fixture
def amina(demo_db):
    return load_snapshot(demo_db, "K-2026-0001")


@pytest.fixture
def plan(amina, tmp_path):
    return write_plan_pdf(amina, tmp_path / "plan.pdf", printed_on=DAY)


def _counted(snapshot, outcome):
    return [u for f in snapshot.result.frameworks for u in f.units
            if u.points is not None and u.role == UnitRole.COUNTED and u.outcome == outcome]


def test_plan_holds_who_what_and_the_example_note(amina, plan):
    text = pdf_text(plan)
    assert "Individuell plan för kompletterande utbildning" in text
    assert "Amina Hassan" in text and "Lena Berg" in text
    assert "Exempelkommunens vuxenutbildning" in text
    assert "30 november 2026" in text
    assert "Undersköterska i hemtjänsten" in text
    assert "Exempel – inte en verklig standard" in text
    assert "Kravpunkterna är exempel" in text
    for word in ("Poäng", "Studietakt", "Tillgodoräkna"):  # explained once
        assert f"{word}:" in text


def test_personnummer_is_masked_by_default(plan):
    text = pdf_text(plan)
    assert "19820314-XXXX" in text
    assert "9821" not in text


def test_personnummer_shown_when_chosen(amina, tmp_path):
    text = pdf_text(write_plan_pdf(amina, tmp_path / "p.pdf", show_personnummer=True))
    assert "19820314-9821" in text and "XXXX" not in text


def test_birth_year_without_personnummer(amina, tmp_path):
    from dataclasses import replace

    snapshot = replace(amina, person=replace(amina.person, personnummer=""))
    text = pdf_text(write_plan_pdf(snapshot, tmp_path / "p.pdf"))
    assert "Födelseår 1982" in text and "Personnummer" not in text


def test_courses_are_grouped_with_parts_to_study(amina, plan):
    text = pdf_text(plan)
    credited = amina.result.unit(("VOXABN", "OMVOMV01"))
    assert credited.outcome == UnitOutcome.CREDITED
    groups = [SV("group.credited"), SV("group.supplementary"), SV("group.full_course")]
    positions = [text.index(g) for g in groups]
    assert positions == sorted(positions)
    assert text.index("Omvårdnad 1 (OMVOMV01)", positions[0]) < positions[1]
    assert "Du får ett intyg." in text

    supplementary = _counted(amina, UnitOutcome.SUPPLEMENTARY)[0]
    part = amina.requirement(supplementary.to_study[0]).text
    assert text.index(f"{supplementary.title} ({supplementary.ref})", positions[1]) < positions[2]
    assert normalised(part) in text
    met_part = next(r.ref for r in supplementary.requirements if r.met)
    assert normalised(amina.requirement(met_part).text) not in text  # only what is missing

    full = _counted(amina, UnitOutcome.FULL_COURSE)[0]
    assert f"{full.title} ({full.ref})" in text[positions[2]:]


def test_alternative_not_needed_is_explained_not_listed(amina, plan):
    text = pdf_text(plan)
    skipped = [u for f in amina.result.frameworks for u in f.units
               if u.role == UnitRole.ALTERNATIVE_NOT_NEEDED]
    assert skipped
    assert "Du behöver bara läsa en av kurserna" in text
    assert text.count(f"({skipped[0].ref})") == 1  # only in that sentence


def test_no_alternative_is_named_when_the_counted_one_is_left_out_too(demo_db, amina,
                                                                       tmp_path):
    counted = next(u for f in amina.result.frameworks for u in f.units
                   if u.role == UnitRole.COUNTED and u.ref in ("SVESVE01", "SVASVA01"))
    unit_id = next(u.id for f in amina.frameworks for u in f.units if u.code == counted.ref)
    CaseDataRepository(demo_db).set_plan_row(amina.case.id, unit_id,
                                             excluded_reason="Har betyg i svenska")
    text = pdf_text(write_plan_pdf(load_snapshot(demo_db, "K-2026-0001"),
                                   tmp_path / "utan.pdf", printed_on=DAY))
    assert "Du behöver bara läsa en av kurserna" not in text
    assert f"({counted.ref})" not in text


def test_totals_match_the_engine(amina, plan):
    text = pdf_text(plan)
    totals = amina.result.totals
    row = " ".join([SV("row.total"), SV.number(totals.points_total),
                    SV.number(totals.points_to_study), SV.number(totals.weeks)])
    assert normalised(row) in text
    assert f"Du ska studera {normalised(SV.points(totals.points_to_study))}." in text
    assert f"Det tar ungefär {normalised(SV.number(totals.weeks))} veckor" in text
    assert "halvtid (50 %)" in text
    assert SV.date(totals.end_date) in text and SV.date(amina.starts_on) in text


def test_micro_credentials_earned_and_ahead(amina, plan):
    text = pdf_text(plan)
    earned = [m for m in amina.result.micro_credentials if m.earned]
    pending = [m for m in amina.result.micro_credentials if not m.earned]
    assert earned and pending
    for m in earned + pending:
        assert normalised(m.title) in text
    missing = amina.requirement(pending[0].missing[0]).text
    assert normalised(missing) in text


def test_next_steps_and_signatures_of_an_agreed_plan(demo_db, tmp_path):
    agree_plan(demo_db, "K-2026-0001", DAY)
    agreed = load_snapshot(demo_db, "K-2026-0001")
    text = pdf_text(write_plan_pdf(agreed, tmp_path / "agreed.pdf", printed_on=DAY))
    assert "Nästa steg" in text and "1. Läs planen tillsammans med Lena Berg" in text
    assert "2. Skriv under planen. Du får en egen kopia." in text
    assert "Underskrifter Vi är överens om planen." in text
    assert "Deltagarens underskrift Amina Hassan" in text
    assert "Valideringshandledarens underskrift Lena Berg" in text
    assert text.count("Ort och datum") == 2
    assert SV("sign.draft") not in text
    english = pdf_text(write_plan_pdf(agreed, tmp_path / "en.pdf", language="en"))
    assert "Participant's signature Amina Hassan" in english
    assert "Counsellor's signature Lena Berg" in english
    assert english.count("Place and date") == 2


def test_a_draft_has_no_lines_to_sign_on(amina, tmp_path):
    """A plan not agreed yet does not invite signatures: no signature lines, no "we agree",
    but one sentence on when it is signed, in the document's language."""
    assert not amina.plan_agreed
    for lang, large_print in (("sv", False), ("en", False), ("sv", True)):
        tx = Texts(lang)
        path = write_plan_pdf(amina, tmp_path / f"{lang}{large_print}.pdf", language=lang,
                              large_print=large_print, printed_on=DAY)
        text, last = pdf_text(path), page_texts(path)[-1]
        assert f"{tx('plan.signatures')} {tx('sign.draft')}" in last
        for key in ("sign.place_date", "sign.individual", "sign.counsellor", "sign.agree",
                    "next.sign"):
            assert tx(key) not in text, (lang, key)
        assert f"2. {tx('next.sign_draft')}" in text
    assert Texts("sv")("sign.draft") == (
        "Planen skrivs under när du och din valideringshandledare är överens om den.")


def test_pages_numbered_and_metadata(plan):
    pages = page_texts(plan)
    assert len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert f"Sida {number} av {len(pages)}" in page
    meta = PdfReader(plan).metadata
    assert meta.title == "UTKAST – Individuell plan för kompletterande utbildning"  # a draft
    assert "Lena Berg" in meta.author
    assert "K-2026-0001" in meta.subject
    assert language(plan) == "sv"


def test_english_version(amina, tmp_path):
    path = write_plan_pdf(amina, tmp_path / "en.pdf", language="en")
    text = pdf_text(path)
    for heading in ("Individual plan for supplementary training", "What you already know",
                    "Your courses", "Time and study pace", "Next steps", "Signatures",
                    "half time (50 %)", "Example – not a real standard"):
        assert heading in text
    assert "Dina kurser" not in text and "Nästa steg" not in text
    assert "Page 1 of" in text
    assert language(path) == "en"
    assert PdfReader(path).metadata.title == "DRAFT – Individual plan for supplementary training"


def test_large_print_is_at_least_16_pt_and_longer(amina, plan, tmp_path):
    large = write_plan_pdf(amina, tmp_path / "large.pdf", large_print=True)
    sizes = font_sizes(large)
    assert sizes and min(sizes) >= 16
    assert min(font_sizes(plan)) < 16
    assert len(PdfReader(large).pages) > len(PdfReader(plan).pages)
    assert pdf_text(large).count(SV("group.supplementary")) == 1


def test_large_print_table_fits_the_page(amina, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Table

    from koll_desktop.services.pdf_base import CONTENT_WIDTH, Styles
    from koll_desktop.services.plan_pdf import plan_story

    for large in (False, True):
        story = plan_story(amina, SV, Styles.make(large))
        widths = [sum(f._argW) for f in story if isinstance(f, Table)]
        assert widths and max(widths) <= CONTENT_WIDTH + 0.01 < A4[0]


def test_fonts_are_embedded(plan):
    found = fonts(plan)
    assert any("DejaVuSans" in name for name in found)
    assert all(found.values()), found


def test_counsellor_edits_excluded_and_manual_rows(demo_db, amina, tmp_path):
    data = CaseDataRepository(demo_db)
    voxabn = next(f for f in amina.frameworks if f.code == "VOXABN")
    full = _counted(amina, UnitOutcome.FULL_COURSE)
    dropped, edited = full[0], full[1]
    unit_id = {u.ref: u.id for u in voxabn.units}
    data.set_plan_row(amina.case.id, unit_id[dropped.ref], excluded_reason="läses på annat håll")
    data.set_plan_row(amina.case.id, unit_id[edited.ref], provider="Komvux Exempelstad",
                      starts_on=date(2027, 2, 1), ends_on=date(2027, 3, 12),
                      note="Kvällskurs")
    data.set_plan_row(amina.case.id, None, title="Praktik (APL) på äldreboende",
                      note="Fyra veckor")
    snapshot = load_snapshot(demo_db, "K-2026-0001")
    text = pdf_text(write_plan_pdf(snapshot, tmp_path / "edited.pdf"))
    assert f"({dropped.ref})" not in text
    assert "Var: Komvux Exempelstad" in text and "Anteckning: Kvällskurs" in text
    assert "När: 1 februari 2027 – 12 mars 2027" in text
    assert SV("group.manual") in text and "Praktik (APL) på äldreboende" in text
    to_study = snapshot.result.totals.points_to_study - (dropped.points or 0)
    assert f"Du ska studera {normalised(SV.points(to_study))}." in text


def test_logo_from_settings(demo_db, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (31, 78, 121)).save(logo)
    Settings(demo_db).set("organisation.name", "Komvux Exempelstad")
    Settings(demo_db).set("organisation.logo", str(logo))
    path = write_plan_pdf(load_snapshot(demo_db, "K-2026-0001"), tmp_path / "logo.pdf")
    first = PdfReader(path).pages[0]
    assert "Komvux Exempelstad" in pdf_text(path)
    assert any(x.get_object()["/Subtype"] == "/Image"
               for x in first["/Resources"]["/XObject"].values())


def test_unreadable_logo_is_left_out(demo_db, tmp_path):
    (tmp_path / "broken.png").write_bytes(b"not an image")
    Settings(demo_db).set("organisation.logo", str(tmp_path / "broken.png"))
    path = write_plan_pdf(load_snapshot(demo_db, "K-2026-0001"), tmp_path / "p.pdf")
    assert "/XObject" not in PdfReader(path).pages[0]["/Resources"]


def test_special_characters_are_printed_as_text(amina, tmp_path):
    from dataclasses import replace

    case = replace(amina.case, goal="Vård & omsorg <natt>")
    text = pdf_text(write_plan_pdf(replace(amina, case=case), tmp_path / "p.pdf"))
    assert "Vård & omsorg <natt>" in text


def test_cli_plan(demo_db, capsys, tmp_path):
    folder = tmp_path / "cli"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    out = tmp_path / "ut" / "plan.pdf"
    code = main(["--data-dir", str(folder), "plan", "K-2026-0002", "--out", str(out),
                 "--lang", "en", "--large-print", "--show-personnummer"])
    assert code == 0 and out.exists()
    text = pdf_text(out)
    assert "Erik Lindqvist" in text and "19760509-9816" in text and "Your courses" in text
    capsys.readouterr()
    code = main(["--data-dir", str(folder), "plan", "K-2099-0001", "--out",
                 str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "K-2099-0001" in err
    assert not (tmp_path / "x.pdf").exists()


def test_credit_by_examination(demo_db, tmp_path):
    Settings(demo_db).set("plan.credit_form", "prövning")
    text = pdf_text(write_plan_pdf(load_snapshot(demo_db, "K-2026-0002"), tmp_path / "p.pdf"))
    assert "Du kan göra en prövning för att få betyg." in text
    assert "Boka en prövning för kurserna som du vill ha betyg i." in text
    assert "Du får ett intyg." not in text


def test_micro_credentials_outside_the_case_are_summed_up(demo_db, tmp_path):
    erik = load_snapshot(demo_db, "K-2026-0002")  # assessed against VOXABN only
    elsewhere = [m for m in erik.result.micro_credentials if not m.earned and m.unknown]
    assert elsewhere
    text = pdf_text(write_plan_pdf(erik, tmp_path / "erik.pdf"))
    lead = "Några av kraven i dem kommer från en annan utbildning eller standard."
    assert lead in text
    for status in elsewhere:
        assert normalised(status.title) in text
    # the framework's code (EX-USK) means nothing to the reader: it is said in words
    assert not any(ref[0] in text for status in elsewhere for ref in status.unknown)


def test_a_case_with_no_framework_gets_a_sensible_plan(demo_db, tmp_path):
    from koll_desktop.domain.case import Case, Person
    from koll_desktop.storage.cases import CaseRepository

    cases = CaseRepository(demo_db)
    person = cases.add_person(Person(given_name="Ny", family_name="Deltagare"))
    case = cases.add_case(Case(reference="K-2026-0099", person_id=person.id))
    path = write_plan_pdf(load_snapshot(demo_db, case.id), tmp_path / "tom.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert "Ännu är ingen utbildning eller standard vald" in text
    assert "Läs planen tillsammans med din valideringshandledare" in text


def test_a_plan_not_agreed_is_a_draft_on_every_page(amina, tmp_path):
    assert not amina.plan_agreed
    for lang, large_print in (("sv", False), ("en", True)):
        tx = Texts(lang)
        path = write_plan_pdf(amina, tmp_path / f"{lang}.pdf", language=lang,
                              large_print=large_print)
        pages = page_texts(path)
        assert len(pages) > 1
        assert all(tx("plan.draft") in page for page in pages)
        assert normalised(tx("plan.draft_note").replace("<b>", "").replace("</b>", "")) \
            in pages[0]
        assert PdfReader(path).metadata.title == tx("draft.title", tx("plan.title"))


def test_an_agreed_plan_prints_without_the_draft_mark(demo_db, tmp_path):
    agree_plan(demo_db, "K-2026-0001", date(2026, 11, 30))
    agreed = load_snapshot(demo_db, "K-2026-0001")
    for lang in ("sv", "en"):
        tx = Texts(lang)
        path = write_plan_pdf(agreed, tmp_path / f"{lang}.pdf", language=lang)
        text = pdf_text(path)
        assert "UTKAST" not in text and "DRAFT" not in text and "utkast" not in text
        assert tx("timeline.agreed") in text
        assert PdfReader(path).metadata.title == tx("plan.title")


def test_large_print_breaks_long_courses_between_their_parts(demo_db, tmp_path):
    juan = load_snapshot(demo_db, "K-2026-0005")  # long courses, one across a page break
    pages = page_texts(write_plan_pdf(juan, tmp_path / "large.pdf", large_print=True))
    units = {f"{u.title} ({u.ref})": u for u in _counted(juan, UnitOutcome.SUPPLEMENTARY)}
    continued = [(i, name) for i, page in enumerate(pages) for name in units
                 if f"{name} – fortsättning" in page]
    assert continued  # a long course goes on over a page break instead of moving whole
    for name, unit in units.items():  # a course's head is never split
        first = next(page for page in pages if name in page)
        head = first[first.index(name):]
        assert SV("row.parts") in head
        assert normalised(juan.requirement(unit.to_study[0]).text) in head
    for i, name in continued:  # the page says which course goes on, before any other
        label = pages[i].index(f"{name} – fortsättning")
        assert label == min(pages[i].index(n) for n in units if n in pages[i])
        assert name in pages[i - 1]
        parts = [normalised(juan.requirement(ref).text) for ref in units[name].to_study]
        assert any(part in pages[i][label:] for part in parts)


# -- words the reader cannot misread -----------------------------------------------------------

_SUPERVISOR = re.compile(r"(?<!validerings)handledare", re.IGNORECASE)


def _alone(text: str) -> list[str]:
    """Where "handledare" stands for the counsellor: everywhere but the one sentence that
    tells the validation counsellor from a supervisor at a work placement (APL)."""
    explained = normalised(SV("words.counsellor").replace("<b>", "").replace("</b>", ""))
    return _SUPERVISOR.findall(text.replace(explained, ""))


def test_the_counsellor_is_the_valideringshandledare_throughout(amina, plan, tmp_path):
    """In care training a "handledare" is the supervisor at the workplace (APL): the plan
    calls the counsellor "valideringshandledare" in every place, and explains the word."""
    text = pdf_text(plan)
    assert "Valideringshandledare Lena Berg" in text  # the person table
    assert "Läs den tillsammans med din valideringshandledare." in text
    assert "Du och din valideringshandledare har inte kommit överens" in text
    assert "Planen skrivs under när du och din valideringshandledare är överens" in text
    assert normalised(SV("words.counsellor").replace("<b>", "").replace("</b>", "")) in text
    assert _alone(text) == []
    english = pdf_text(write_plan_pdf(amina, tmp_path / "en.pdf", language="en"))
    assert "Counsellor Lena Berg" in english and "you and your counsellor have agreed" in english
    assert "Counsellor (valideringshandledare):" in english


def test_every_counsellor_text_says_valideringshandledare():
    """Every Swedish text of the printed documents, not only those the demo prints."""
    from koll_desktop.services.document_texts import TEXTS

    for key, (swedish, _) in TEXTS.items():
        if key != "words.counsellor":
            assert not _SUPERVISOR.search(swedish), key


def test_the_counsellor_label_fits_its_column_in_large_print(amina):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from koll_desktop.services.pdf_base import FONT_BOLD, Styles, facts_table

    styles = Styles.make(True)
    table = facts_table([(SV("label.counsellor"), "Lena Berg")], styles)
    label = stringWidth(SV("label.counsellor"), FONT_BOLD, styles.size)
    assert table._argW[0] >= label + 2 + 6  # the cell's padding: the word is not broken


# -- plain words in the plan -------------------------------------------------------------------

def test_plain_words_for_the_end_date_and_what_is_left(amina, tmp_path):
    for lang, end, column, old in (("sv", "Ungefär när du är klar", "Att läsa",
                                    "Du blir klar, ungefär"),
                                   ("en", "About when you finish", "Left to study",
                                    "You finish, about")):
        text = pdf_text(write_plan_pdf(amina, tmp_path / f"{lang}.pdf", language=lang))
        assert end in text and old not in text
        assert column in text
    assert "To study" not in text.replace("Left to study", "")


def _sizes_of(path, needle: str) -> set[float]:
    """The font sizes of the text runs (a line each, as reportlab writes them) that hold
    `needle`."""
    sizes: set[float] = set()

    def visit(text, cm, tm, font, size):
        if needle in normalised(text):
            sizes.add(round(size * tm[0], 2))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_the_end_date_note_is_body_text_not_small_print(amina, plan):
    from koll_desktop.services.pdf_base import Styles

    note, styles = SV("time.holidays"), Styles.make()
    assert note in pdf_text(plan)
    assert _sizes_of(plan, note) == {styles.size}  # not styles.small's 8.9 pt
    assert _sizes_of(plan, "K-2026-0001 – Amina Hassan") == {9}  # the footer, for contrast
