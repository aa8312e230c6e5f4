"""Tests of the services. Helpers to read printed documents back (DESIGN §10)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream


def normalised(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) folded to single spaces."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def page_texts(path: Path) -> list[str]:
    return [normalised(page.extract_text() or "") for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return " ".join(page_texts(path))


def font_sizes(path: Path) -> list[float]:
    """Every size set with the Tf operator, on every page (reportlab writes text at scale
    1, so these are the printed sizes)."""
    reader = PdfReader(path)
    sizes = []
    for page in reader.pages:
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                sizes.append(float(operands[1]))
    return sizes


def fonts(path: Path) -> dict[str, bool]:
    """Base font name → embedded (has /FontFile2 or /FontFile3 in its descriptor)."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile2",
                                                                          "/FontFile3"))
    return found


def language(path: Path) -> str:
    return str(PdfReader(path).trailer["/Root"].get("/Lang", ""))
