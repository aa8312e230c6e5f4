"""Writing output files the one safe way: the whole content is made in memory, written to
FILE.part, then moved over FILE — so a full disk, a read-only folder or a file held open in
another program leaves the earlier FILE as it was and no .part behind, and the user gets one
Swedish message that says what to do.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from koll_desktop.errors import write_error


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
