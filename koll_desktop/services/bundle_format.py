"""The case bundle (.kollcase): a zip with a manifest of sha256 sums, the cases as JSON,
their evidence files and the library rows they pin (DESIGN §5).

This module knows the container: writing it, and opening it safely (size limits, paths
that stay inside, every member's hash checked) before anything is read into the database.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from koll_desktop.errors import KnownError
from koll_desktop.services.files import write_bytes

FORMAT = "koll-case-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024  # 2 GiB
MAX_MEMBERS = 100_000
SUFFIX = ".kollcase"
_NOT_A_BUNDLE = f"inte ett ärendepaket från KoLL ({SUFFIX})"
# Files people pick by mistake, known by their first bytes (not zip files).
_OTHER_FILES = ((b"%PDF", "en PDF"),
                (b"SQLite format 3\x00", "en databas (SQLite)"),
                (b"\xd0\xcf\x11\xe0", "ett dokument i det gamla Excel- eller Word-formatet"))
# Zip files that are not bundles, known by a member that only they have.
_OTHER_ZIPS = (("xl/workbook.xml", "en Excel-fil (.xlsx)"),
               ("word/document.xml", "ett Word-dokument (.docx)"),
               ("ppt/presentation.xml", "en PowerPoint-fil (.pptx)"),
               ("content.xml", "ett OpenDocument-dokument"))


@dataclass(frozen=True)
class BundleContent:
    manifest: dict[str, Any]
    members: dict[str, bytes]  # every member but the manifest, hash-checked

    def json(self, name: str) -> Any:
        return json.loads(self.members[name].decode("utf-8"))


def write_bundle(path: Path, manifest: dict[str, Any], members: dict[str, bytes]) -> Path:
    """Write the zip atomically; the manifest lists the sha256 of every other member."""
    manifest = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION,
                "members": {name: hashlib.sha256(data).hexdigest()
                            for name, data in sorted(members.items())}}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        for name, data in sorted(members.items()):
            archive.writestr(name, data)
    return write_bytes(path, buffer.getvalue(), "paketet")


def _safe_name(name: str, place: str) -> str:
    pure = PurePosixPath(name)
    if (name.startswith(("/", "\\")) or ".." in pure.parts or ":" in name
            or "\\" in name or not name.strip()):
        raise KnownError(f"otillåten sökväg i paketet: {name!r}", place=place)
    return name


def read_bundle(path: Path) -> BundleContent:
    """Open and verify a bundle; one KnownError for anything wrong, nothing read half."""
    place = path.name
    if path.is_dir():  # worded as library import words it
        raise KnownError(f"det är en mapp; ange en fil ({SUFFIX})", place=str(path))
    if not path.is_file():
        raise KnownError("filen finns inte", place=str(path))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise KnownError(_not_a_zip(path), place=place) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise KnownError(f"paketet har för många filer ({len(infos)})", place=place)
        total = sum(i.file_size for i in infos)
        if total > MAX_UNPACKED_BYTES:
            raise KnownError(f"paketet är för stort uppackat ({total // (1024 * 1024)} MiB; "
                             f"högst {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB)", place=place)
        names = [_safe_name(i.filename, place) for i in infos]
        if MANIFEST not in names:
            raise KnownError(_zip_kind(names), place=place)
        manifest = _manifest(archive, place)
        listed: dict[str, str] = manifest.get("members") or {}
        extra = sorted(set(names) - set(listed) - {MANIFEST})
        if extra:
            raise KnownError(f"filen {extra[0]!r} finns i paketet men inte i manifestet",
                             place=place)
        members = {}
        for name, expected in listed.items():
            if name not in names:
                raise KnownError(f"filen {name!r} saknas i paketet", place=place)
            data = _read_member(archive, name, place)
            if hashlib.sha256(data).hexdigest() != expected:
                raise KnownError(f"filen {name!r} har ändrats (kontrollsumman stämmer inte); "
                                 "inget lästes in", place=place)
            members[name] = data
    return BundleContent(manifest, members)


def _not_a_zip(path: Path) -> str:
    """Why a file that is no zip cannot be a bundle: the kind of file it is, when known."""
    unknown = "filen är inget KoLL-paket (inte en giltig zip-fil, eller avkortad)"
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return unknown
    if not head:
        return "filen är tom"
    for magic, kind in _OTHER_FILES:
        if head.startswith(magic):
            return f"filen är {kind}, {_NOT_A_BUNDLE}"
    return unknown


def _zip_kind(names: list[str]) -> str:
    """Why a zip file without a manifest is not a bundle: the kind of file it is."""
    for member, kind in _OTHER_ZIPS:
        if member in names:
            return f"filen är {kind}, {_NOT_A_BUNDLE}"
    return f"filen är en zip-fil men {_NOT_A_BUNDLE}: {MANIFEST} saknas"


def _read_member(archive: zipfile.ZipFile, name: str, place: str) -> bytes:
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise KnownError(f"filen {name!r} i paketet går inte att läsa (skadat paket)",
                         place=place) from exc


def _manifest(archive: zipfile.ZipFile, place: str) -> dict[str, Any]:
    try:
        manifest = json.loads(_read_member(archive, MANIFEST, place).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnownError("manifest.json är inte giltig JSON", place=place) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise KnownError("filen är inget KoLL-paket (okänt format i manifestet)", place=place)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise KnownError(f"paketet har formatversion {version}, nyare än den här KoLL kan "
                         f"läsa ({FORMAT_VERSION}); uppdatera KoLL", place=place)
    if not isinstance(manifest.get("members"), dict):
        raise KnownError("manifestet saknar listan över filer", place=place)
    return manifest
