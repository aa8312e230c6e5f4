"""Writing output files the one safe way: the whole content is made in memory, written to
FILE.part, then moved over FILE — so a full disk, a read-only folder or a file held open in
another program leaves the earlier FILE as it was and no .part behind, and the user gets one
Swedish message that says what to do. The file or folder a user names for an output is
checked first (check_output_file, check_output_folder), before anything is made.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from koll_desktop.errors import KnownError, write_error


def write_bytes(path: Path | str, data: bytes, what: str = "filen") -> Path:
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            handle.write(data)
        partial.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise write_error(exc, what, path) from exc
    return path


def write_text(path: Path | str, text: str, what: str = "filen") -> Path:
    return write_bytes(path, text.encode("utf-8"), what)


def write_json(path: Path | str, data: Any, what: str = "filen", **dump: Any) -> Path:
    return write_text(path, json.dumps(data, ensure_ascii=False, **dump) + "\n", what)


def save_workbook(workbook: Any, path: Path | str, what: str = "Excel-filen") -> Path:
    """An openpyxl workbook, saved in memory first (openpyxl leaves its file open when a
    write fails, which on Windows would keep the half-written file)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_bytes(path, buffer.getvalue(), what)


# -- the file or folder a user names for an output, checked before anything is made --

def _either(words: tuple[str, ...] | list[str]) -> str:
    """ ".xlsx", ".xlsx eller .pdf", ".xlsx, .pdf eller .json" """
    return " eller ".join(filter(None, (", ".join(words[:-1]), words[-1])))


def check_output_file(path: Path, *suffixes: str) -> str:
    """Before anything is made: the file chosen for the output ends in one of `suffixes`
    (".pdf", ".xlsx" …) and is not a folder. Its suffix in lower case."""
    if path.is_dir():
        raise KnownError(f"det är en mapp; ange ett filnamn som slutar på {_either(suffixes)}",
                         place=str(path))
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise KnownError(f"filen ska sluta på {_either(suffixes)}", place=str(path))
    return suffix


def check_output_folder(path: Path) -> Path:
    """Before anything is made: the folder chosen for the output is not a file."""
    if path.exists() and not path.is_dir():
        raise KnownError("det är en fil; ange en mapp", place=str(path))
    return path
