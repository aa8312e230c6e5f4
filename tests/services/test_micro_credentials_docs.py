"""Micro-credential certificates: the EU Annex I elements in the PDF, the Open Badges 3.0
JSON, and the refusals (not earned, incomplete definition)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from koll_desktop.__main__ import main
from koll_desktop.errors import KnownError
from koll_desktop.services.case_snapshot import load_snapshot
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.micro_credential_docs import (
    ANNEX_KEYS,
    issue_micro_credential,
    micro_credential_badge,
    write_micro_credential_pdf,
)
from tests.services import fonts, language, normalised, page_texts, pdf_text

DAY = date(2026, 11, 30)
SV = Texts("sv")


@pytest.fixture
def amina(demo_db):
    return load_snapshot(demo_db, "K-2026-0001")


def _earned(snapshot):
    return next(m for m in snapshot.result.micro_credentials if m.earned)


def _pending(snapshot):
    return next(m for m in snapshot.result.micro_credentials if not m.earned)


def _definition(snapshot, code):
    return next(m for m in snapshot.micro_credential_defs if m.code == code)


def _without(snapshot, code, **blank):
    """The snapshot with definition `code` changed (e.g. an element left empty)."""
    defs = tuple(replace(m, **blank) if m.code == code else m
                 for m in snapshot.micro_credential_defs)
    return replace(snapshot, micro_credential_defs=defs)


def test_pdf_shows_all_eleven_annex_elements(amina, tmp_path):
    code = _earned(amina).code
    definition = _definition(amina, code)
    path = write_micro_credential_pdf(amina, code, tmp_path / "mk.pdf", issued_on=DAY)
    text = pdf_text(path)
    for number, key in enumerate(ANNEX_KEYS, 1):
        assert f"{number}. {SV('annex.' + key)}" in text
    for value in (definition.title, definition.awarding_body, definition.learning_outcomes,
                  definition.workload, definition.level, definition.assessment_type,
                  definition.participation, definition.quality_assurance):
        assert normalised(value) in text
    assert "Amina Hassan (19820314-XXXX)" in text and "9821" not in text
    assert "Sverige (SE)" in text and "30 november 2026" in text
    assert "Exempel – inte en verklig mikromerit" in text


def test_pdf_lists_the_requirements_and_how_they_were_validated(amina, tmp_path):
    code = _earned(amina).code
    text = pdf_text(write_micro_credential_pdf(amina, code, tmp_path / "mk.pdf"))
    for ref in _definition(amina, code).requirements:
        assert f"{ref[0]} {ref[1]}" in text
        assert normalised(amina.requirement(tuple(ref)).text) in text
    assert "Direkt bedömt" in text or "Härlett via" in text


def test_pdf_pages_metadata_fonts(amina, tmp_path):
    code = _earned(amina).code
    path = write_micro_credential_pdf(amina, code, tmp_path / "mk.pdf", language="en")
    pages = page_texts(path)
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    assert "1. Learner" in pages[0] and "11. Type of quality assurance" in pages[0]
    meta = PdfReader(path).metadata
    assert meta.title.startswith("Micro-credential: ") and language(path) == "en"
    assert all(fonts(path).values())


def _check_badge(badge: dict) -> None:
    """The keys an Open Badges 3.0 OpenBadgeCredential requires, and their shapes."""
    assert badge["@context"][:2] == ["https://www.w3.org/ns/credentials/v2",
                                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
    assert badge["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert badge["id"].startswith("urn:uuid:")
    issuer = badge["issuer"]
    assert issuer["id"].startswith("urn:uuid:") and "Profile" in issuer["type"] and issuer["name"]
    datetime.fromisoformat(badge["validFrom"].replace("Z", "+00:00"))
    subject = badge["credentialSubject"]
    assert "AchievementSubject" in subject["type"]
    assert subject["identifier"][0]["type"] == "IdentityObject"
    achievement = subject["achievement"]
    for key in ("id", "type", "name", "description", "criteria"):
        assert achievement[key], key
    assert "Achievement" in achievement["type"] and achievement["criteria"]["narrative"]
    for alignment in achievement.get("alignment", []):
        assert alignment["type"] == ["Alignment"]
        assert alignment["targetName"] and alignment["targetUrl"]


def test_badge_is_an_open_badge_with_the_annex_elements(amina):
    code = _earned(amina).code
    definition = _definition(amina, code)
    badge = micro_credential_badge(amina, code, DAY)
    _check_badge(badge)
    json.dumps(badge)  # plain JSON
    achievement = badge["credentialSubject"]["achievement"]
    assert achievement["name"] == definition.title
    assert achievement["achievementType"] == "MicroCredential"
    assert badge["validFrom"] == "2026-11-30T00:00:00Z"
    assert badge["issuer"]["address"]["addressCountryCode"] == "SE"
    assert badge["credentialSubject"]["identifier"][0]["identityHash"] == "Amina Hassan"
    annex = badge["euAnnexI"]
    assert set(annex) >= {"learner", "title", "country", "awardingBody", "issuedOn",
                          "learningOutcomes", "workload", "level", "assessmentType",
                          "participation", "qualityAssurance"}
    assert all(annex[k] for k in ("learner", "title", "awardingBody", "learningOutcomes",
                                  "workload", "level", "assessmentType", "participation",
                                  "qualityAssurance"))
    assert "9821" not in json.dumps(badge)
    assert badge["unsigned"] is True and "proof" not in badge
    targets = {a["targetName"] for a in achievement["alignment"]}
    assert {f"{f} {r}" for f, r in definition.requirements} <= targets


def test_badge_ids_are_stable(amina):
    code = _earned(amina).code
    assert micro_credential_badge(amina, code, DAY) == micro_credential_badge(amina, code, DAY)


def test_pending_one_cannot_be_issued(amina, tmp_path):
    pending = _pending(amina)
    with pytest.raises(KnownError) as error:
        micro_credential_badge(amina, pending.code, DAY)
    ref = pending.missing[0]
    assert pending.code in str(error.value) and f"{ref[0]} {ref[1]}" in str(error.value)
    with pytest.raises(KnownError):
        write_micro_credential_pdf(amina, pending.code, tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()


@pytest.mark.parametrize("field,label", [("quality_assurance", "typ av kvalitetssäkring"),
                                         ("workload", "teoretisk arbetsbelastning"),
                                         ("awarding_body", "utfärdande organisation")])
def test_definition_missing_an_element_cannot_be_issued(amina, tmp_path, field, label):
    code = _earned(amina).code
    broken = _without(amina, code, **{field: "  "})
    for issue in (lambda: micro_credential_badge(broken, code, DAY),
                  lambda: write_micro_credential_pdf(broken, code, tmp_path / "x.pdf")):
        with pytest.raises(KnownError) as error:
            issue()
        assert label in str(error.value) and code in str(error.value)
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_code(amina):
    with pytest.raises(KnownError, match="hör inte till ärendet"):
        micro_credential_badge(amina, "MK-NOPE", DAY)


def test_issue_writes_pdf_and_json_beside_it(amina, tmp_path):
    code = _earned(amina).code
    pdf, badge = issue_micro_credential(amina, code, tmp_path / "ut" / "mk.pdf", issued_on=DAY)
    assert pdf.exists() and badge == tmp_path / "ut" / "mk.json"
    _check_badge(json.loads(badge.read_text(encoding="utf-8")))
    assert "mk.json" in pdf_text(pdf)
    assert not list((tmp_path / "ut").glob("*.part"))


def test_cli_microcredential(amina, capsys, tmp_path):
    folder = tmp_path / "cli"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    snapshot_codes = (_earned(amina).code, _pending(amina).code)  # same demo, same outcome
    out = tmp_path / "mk.pdf"
    assert main(["--data-dir", str(folder), "microcredential", "K-2026-0001",
                 snapshot_codes[0], "--out", str(out)]) == 0
    assert out.exists() and out.with_suffix(".json").exists()
    _check_badge(json.loads(out.with_suffix(".json").read_text(encoding="utf-8")))
    capsys.readouterr()
    refused = tmp_path / "pending.pdf"
    assert main(["--data-dir", str(folder), "microcredential", "K-2026-0001",
                 snapshot_codes[1], "--out", str(refused)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and snapshot_codes[1] in err and "inte uppnådd" in err
    assert not refused.exists() and not refused.with_suffix(".json").exists()
    assert main(["--data-dir", str(folder), "microcredential", "K-2099-0009",
                 snapshot_codes[0], "--out", str(refused)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
