"""Coordinator exports carry no names or personnummer of the people in them (DESIGN §6, §9):
every export a coordinator sends on is made from the demo data and scanned byte by byte."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from koll_desktop.services.bundles import export_cases
from koll_desktop.services.comparison import compare_frameworks
from koll_desktop.services.comparison_pdf import write_comparison_pdf
from koll_desktop.services.comparison_xlsx import write_comparison_xlsx
from koll_desktop.services.summary_xlsx import write_summary

DEMO_REFS = [f"K-2026-000{n}" for n in range(1, 6)]


def _secrets(db) -> list[str]:
    """Names and every form of personnummer a counsellor might type."""
    found = []
    for person in db.query("SELECT given_name, family_name, personnummer FROM person"):
        pnr = person["personnummer"]
        found += [person["given_name"], person["family_name"],
                  f"{person['given_name']} {person['family_name']}"]
        if pnr:
            found += [pnr, pnr[2:], f"{pnr[:8]}-{pnr[8:]}", f"{pnr[2:8]}-{pnr[8:]}"]
    return found


def _texts(path: Path) -> str:
    """Everything readable in the file: the members of a zip (xlsx, bundle), or a PDF's text."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    with zipfile.ZipFile(path) as archive:
        members = [n for n in archive.namelist() if n != "library.json"]  # library text only
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in members)


@pytest.fixture
def exports(demo_db, tmp_path) -> list[Path]:
    out = tmp_path / "ut"
    report = compare_frameworks(demo_db, "EX-USK", "VOXABN")
    return [
        write_summary(demo_db, out / "sammanstallning.xlsx").path,
        export_cases(demo_db, DEMO_REFS, out / "alla.kollcase", pseudonymise=True),
        write_comparison_xlsx(report, out / "jamforelse.xlsx"),
        write_comparison_pdf(report, out / "jamforelse.pdf"),
    ]


def test_no_export_names_a_person(demo_db, exports):
    secrets = _secrets(demo_db)
    assert "Hassan" in secrets and "198203149821" in secrets
    for path in exports:
        text = _texts(path)
        assert text.strip(), path
        # Whole words: "Sara" must not match the library's "lex Sarah".
        leaked = [s for s in secrets if s and re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)]
        assert leaked == [], f"{path.name} holds {leaked}"


def test_the_scan_would_see_a_name(demo_db, tmp_path):
    leaky = export_cases(demo_db, ["K-2026-0001"], tmp_path / "namn.kollcase")  # not pseudo
    assert "Hassan" in _texts(leaky)
