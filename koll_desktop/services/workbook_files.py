"""Opening an .xlsx file someone chose (a library template, a filled-in questionnaire)."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from koll_desktop.errors import KnownError, os_reason

# What openpyxl raises for a damaged workbook while reading it, and, when opening, also for
# a zip without a workbook's parts (KeyError; later a KeyError is a bug, not the file).
DAMAGED_XLSX = (zipfile.BadZipFile, zlib.error, EOFError, InvalidFileException, ParseError)
BROKEN_XLSX = (*DAMAGED_XLSX, KeyError)


@contextmanager
def open_workbook(path: Path, *, read_only: bool = False) -> Iterator[Any]:
    """The workbook at `path`, closed afterwards. A file that cannot be read, or is no
    workbook, is one KnownError naming the file."""
    name = path.name
    try:
        handle = path.open("rb")  # a file object: openpyxl then ignores the file name's ending
    except OSError as exc:
        raise KnownError(f"kan inte läsa filen: {os_reason(exc)}", place=name) from exc
    with handle:
        try:
            wb = load_workbook(handle, read_only=read_only, data_only=False)
        except BROKEN_XLSX as exc:
            raise KnownError("filen är ingen giltig Excel-fil (.xlsx); den kan vara skadad, "
                             "avkortad eller en annan sorts fil med fel filändelse",
                             place=name) from exc
        try:
            yield wb
        finally:
            wb.close()
