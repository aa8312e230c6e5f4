"""Swedish personal identity numbers: checksum and date via python-stdnum; never required."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PersonnummerCheck:
    ok: bool
    normalized: str = ""  # twelve digits, YYYYMMDDNNNN
    message: str = ""  # Swedish, for the user when not ok
    birth_date: date | None = None


def check(raw: str) -> PersonnummerCheck:
    """Check a personnummer or samordningsnummer as typed (10 or 12 digits, - or +)."""
    text = raw.strip()
    if not text:
        return PersonnummerCheck(ok=True)
    digits = re.sub(r"\D", "", text)
    if len(digits) not in (10, 12):
        return PersonnummerCheck(False, message="ska ha 10 eller 12 siffror")
    # Imported here, not at the top: python-stdnum brings in ssl and pydoc (about 12 ms),
    # and the start of the desktop app needs no checking.
    from stdnum.exceptions import ValidationError
    from stdnum.se import personnummer as _pnr

    try:
        _pnr.validate(text)
        birth = _pnr.get_birth_date(text)
    except ValidationError as exc:
        reason = "fel kontrollsiffra" if "checksum" in str(exc).lower() else "ogiltigt datum"
        return PersonnummerCheck(False, message=reason)
    century = f"{birth.year // 100:02d}"
    normalized = digits if len(digits) == 12 else century + digits
    return PersonnummerCheck(True, normalized=normalized, birth_date=birth)


def normalize(raw: str) -> str:
    """Twelve digits for a valid number; raises ValueError with a Swedish reason."""
    result = check(raw)
    if not result.ok:
        raise ValueError(f"Ogiltigt personnummer: {result.message}")
    return result.normalized


def formatted(normalized: str) -> str:
    """YYYYMMDD-NNNN for display."""
    return f"{normalized[:8]}-{normalized[8:]}" if len(normalized) == 12 else normalized


def masked(normalized: str) -> str:
    """YYYYMMDD-XXXX: printed documents show the birth date, not the last four."""
    return f"{normalized[:8]}-XXXX" if len(normalized) == 12 else ""


def search_tokens(normalized: str) -> str:
    """Forms a counsellor may type: 12 and 10 digits, and the date part."""
    if len(normalized) != 12:
        return ""
    return " ".join((normalized, normalized[2:], normalized[:8], normalized[2:8]))


_IN_TEXT = re.compile(r"(?<!\d)(?:\d{8}|\d{6})[-+ ]?\d{4}(?!\d)")


def find_in_text(text: str) -> list[str]:
    """Valid personnummer written in a free text, masked (notes should carry none)."""
    found = []
    for match in _IN_TEXT.finditer(text or ""):
        result = check(match.group().replace(" ", ""))
        if result.ok and result.normalized:
            found.append(masked(result.normalized))
    return found
