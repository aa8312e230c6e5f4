"""Text that goes into a spreadsheet stays text: a guard against formula injection.

A value such as `=HYPERLINK("…")` or `=cmd|' /C calc'!A0` typed into a case (a counsellor's
name, an organisation, a code in an imported library) must reach Excel as the text it is,
never as a formula. openpyxl turns any string starting with "=" into a formula, so such text
is written as an explicit string cell (data type "s") carrying Excel's quote-prefix flag: the
cell shows the text, and it stays text when edited in Excel (the flag is what Excel sets for a
leading apostrophe, without putting an apostrophe into the value).

Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is guarded. Characters that
XML would lose (a carriage return becomes a line feed) or refuse (other control characters)
are written with OOXML's `_xHHHH_` escapes, as Excel itself writes them; Excel shows the
original text. openpyxl does not decode these escapes when it reads, so `unescape()` is the
reader's side. Text longer than an Excel cell holds is cut with an ellipsis.

For any workbook, write-only or not: `text_value(ws, text)` gives what to put in a row.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_TEXT = 32767
_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x1f]")
_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_ELLIPSIS = "…"


def needs_guard(text: str) -> bool:
    """True for text that openpyxl or Excel would not keep as the same plain text."""
    return (text.startswith(FORMULA_START) or "_x" in text or not text.isprintable()
            or len(text) > EXCEL_MAX_TEXT)


def escape(text: str) -> str:
    """OOXML string escaping of control characters (and of a literal `_xHHHH_`)."""
    return _ESCAPE.sub(lambda m: "_x005F_" if m.group() == "_" else f"_x{ord(m.group()):04X}_",
                       text)


def unescape(text: str) -> str:
    """What Excel shows for a stored string: the reverse of `escape`."""
    if "_x" not in text:
        return text
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def fit(text: str) -> str:
    """Text cut to what one Excel cell holds, after escaping."""
    if len(text) <= EXCEL_MAX_TEXT:
        return text
    cut = text[:EXCEL_MAX_TEXT - 1]
    escape_start = cut.rfind("_x", len(cut) - 6)
    if escape_start != -1 and _UNESCAPE.match(text, escape_start) is not None:
        cut = cut[:escape_start]  # never leave half an escape at the end
    return cut + _ELLIPSIS


def text_cell(ws: Any, text: str) -> WriteOnlyCell:
    """A string cell that can never be a formula."""
    value = fit(escape(text))
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def text_value(ws: Any, text: str | None) -> Any:
    """What to put in a row for `text`: the plain string when it is safe as it is (the fast
    path, most text), else a guarded string cell; None for no text."""
    if not text:
        return None
    if needs_guard(text):
        return text_cell(ws, text)
    return text
