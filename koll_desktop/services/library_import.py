"""Import into the reference library: detect the file's kind, check it, apply it all or nothing.

Every reader (Excel template, library JSON, Skolverket syllabus JSON) yields one
domain `Library`; `apply_library` checks it against itself and the database and
writes it in one transaction, so a bad file leaves the library unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from koll_desktop.domain.library import Framework, Library, RequirementRef
from koll_desktop.errors import KnownError, os_reason
from koll_desktop.services.skolverket import (
    is_single_course,
    looks_like_skolverket,
    read_skolverket,
    with_course,
)
from koll_desktop.storage.db import Db, durable, write
from koll_desktop.storage.library import LibraryRepository

MAX_FILE_BYTES = 50 * 1024 * 1024
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ImportResult:
    added: tuple[str, ...] = ()  # "CODE version"
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    links: int = 0
    micro_credentials: int = 0

    def describe(self) -> str:
        parts = []
        if self.added:
            parts.append("nya: " + ", ".join(self.added))
        if self.replaced:
            parts.append("uppdaterade: " + ", ".join(self.replaced))
        if self.unchanged:
            parts.append("oförändrade: " + ", ".join(self.unchanged))
        parts.append(f"{self.links} kopplingar, {self.micro_credentials} mikromeriter")
        return "; ".join(parts)


def read_library_file(path: Path) -> Library:
    """Any supported file as a Library; one KnownError naming the place otherwise."""
    name = path.name
    if path.is_dir():
        raise KnownError("det är en mapp; ange en fil (.xlsx eller .json)", place=str(path))
    if not path.is_file():
        raise KnownError("filen finns inte", place=str(path))
    try:
        size = path.stat().st_size
        raw = path.read_bytes() if 0 < size <= MAX_FILE_BYTES else b""
    except OSError as exc:
        raise KnownError(f"kan inte läsa filen: {os_reason(exc)}", place=name) from exc
    if size == 0:
        raise KnownError("filen är tom", place=name)
    if size > MAX_FILE_BYTES:
        raise KnownError(f"filen är för stor ({size / (1024 * 1024):.1f} MiB; högst "
                         f"{MAX_FILE_BYTES / (1024 * 1024):.1f} MiB)", place=name)
    if raw.startswith(b"PK") and _is_case_bundle(path):
        raise KnownError("filen är ett ärendepaket; läs in det med koll bundle import",
                         place=name)
    if raw.startswith(b"PK"):
        from koll_desktop.services.library_xlsx import read_library_xlsx

        return read_library_xlsx(path)
    data = _load_json(raw, name)
    if isinstance(data, dict) and data.get("format") is not None:
        from koll_desktop.services.library_json import read_library_json

        return read_library_json(path, data)
    if looks_like_skolverket(data):
        return read_skolverket(path, data)
    raise KnownError("okänd form: varken ett KoLL-bibliotek (xlsx/JSON) eller en kursplan "
                     "från Skolverkets API", place=name)


_EXPECTED = "biblioteket läses från .xlsx-mallen eller en JSON-fil"
# Files people pick by mistake, known by their first bytes.
_OTHER_FILES = ((b"%PDF", "filen är en PDF"),
                (b"SQLite format 3\x00", "filen är en databas (SQLite)"),
                (b"\xd0\xcf\x11\xe0", "filen är i det gamla Excel- eller Word-formatet; "
                                      "spara den som .xlsx"))


def _is_case_bundle(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "manifest.json" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _looks_like_text(head: bytes) -> bool:
    """Text in any 8-bit encoding has no control bytes but tab and line ends (a stray
    one allowed); other files, an image or a database, have them everywhere."""
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return b"\x00" not in head and controls <= len(head) // 100


def _load_json(raw: bytes, name: str) -> object:
    """The file as JSON; a file that is no text at all is not called badly encoded text."""
    for magic, what in _OTHER_FILES:
        if raw.startswith(magic):
            raise KnownError(f"{what}; {_EXPECTED}", place=name)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise KnownError("filen är sparad som UTF-16; spara den som UTF-8", place=name)
    if not _looks_like_text(raw[:8192]):
        raise KnownError(f"KoLL kan inte läsa den här sortens fil; {_EXPECTED}", place=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise KnownError(f"filen är inte UTF-8 (första felaktiga tecknet står på rad {line}); "
                         "spara den som UTF-8", place=name) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnownError(f"filen är varken xlsx eller giltig JSON (felet sitter på rad "
                         f"{exc.lineno}, kolumn {exc.colno})", place=name) from exc
    except RecursionError as exc:
        raise KnownError("JSON-filen är för djupt nästlad för att läsas", place=name) from exc


def import_library_file(db: Db, path: Path, *, actor: str | None = None,
                        progress: Progress | None = None) -> ImportResult:
    library = read_library_file(path)
    return apply_library(db, library, source=path.name, actor=actor, progress=progress)


def _same_content(a: Framework, b: Framework) -> bool:
    def strip(f: Framework) -> Framework:
        units = tuple(replace(u, id="", requirements=tuple(replace(r, id="")
                                                           for r in u.requirements))
                      for u in f.units)
        # Where the file came from is not content: the same syllabus saved under another
        # name must still count as unchanged.
        return replace(f, id="", units=units, source="", source_date=None)

    return strip(a) == strip(b)


def check_library(library: Library, source: str) -> None:
    """Rules within the file: unique codes and unique unit references per framework."""
    seen_frameworks: set[tuple[str, str]] = set()
    for f in library.frameworks:
        key = (f.code, f.version)
        if key in seen_frameworks:
            raise KnownError(f"ramverket {f.code} version {f.version} finns två gånger",
                             place=source)
        seen_frameworks.add(key)
        codes: set[str] = set()
        unit_refs: set[str] = set()
        for unit in f.units:
            if unit.ref in unit_refs:
                raise KnownError(f"{f.code}: kursen/området {unit.ref!r} finns två gånger",
                                 place=source)
            unit_refs.add(unit.ref)
            for r in unit.requirements:
                if r.code in codes:
                    raise KnownError(f"{f.code}: kravkoden {r.code!r} finns två gånger",
                                     place=source)
                codes.add(r.code)
    seen_mc: set[str] = set()
    for mc in library.micro_credentials:
        if mc.code in seen_mc:
            raise KnownError(f"mikromeriten {mc.code!r} finns två gånger", place=source)
        seen_mc.add(mc.code)


def apply_library(db: Db, library: Library, *, source: str, actor: str | None = None,
                  progress: Progress | None = None) -> ImportResult:
    """Write `library` in one transaction; nothing is written if anything is wrong."""
    check_library(library, source)
    repo = LibraryRepository(db, actor)
    added, replaced, unchanged = [], [], []
    total = len(library.frameworks) + 2
    with durable(db), write(db):
        for step, incoming in enumerate(library.frameworks):
            if progress:
                progress(step, total, f"{incoming.code} {incoming.version}")
            label = f"{incoming.code} {incoming.version}"
            existing = _existing(repo, incoming)
            if existing is not None and is_single_course(incoming):
                incoming = with_course(existing, incoming)  # not the whole subject anew
            if existing is None:
                repo.insert_framework(incoming)
                added.append(label)
            elif _same_content(existing, incoming):
                unchanged.append(label)
            elif repo.framework_in_use(existing.id):
                raise KnownError(
                    f"{label} används redan i ärenden och har annat innehåll; ge det nya "
                    "innehållet en ny version (ärenden behåller den version de bedömts mot)",
                    place=source)
            else:
                kept = _links_touching(repo, existing.code)
                repo.delete_framework(existing.id)
                repo.insert_framework(incoming)
                _restore_links(repo, kept)
                replaced.append(label)
        if progress:
            progress(total - 2, total, "kopplingar")
        ids = repo.requirement_ids()
        for i, link in enumerate(library.crosswalk):
            a = _resolve(ids, link.from_ref, source, f"crosswalk[{i}].from")
            b = _resolve(ids, link.to_ref, source, f"crosswalk[{i}].to")
            db.execute("DELETE FROM crosswalk_link WHERE from_requirement_id = ? "
                       "AND to_requirement_id = ?", [a, b])
            repo.insert_link(a, b, link.coverage, link.note)
        for i, mc in enumerate(library.micro_credentials):
            req_ids = [_resolve(ids, ref, source, f"micro_credentials[{i}].requirements")
                       for ref in mc.requirements]
            db.execute("DELETE FROM micro_credential WHERE code = ?", [mc.code])
            repo.insert_micro_credential(mc, req_ids)
    if progress:
        progress(total, total, "klart")
    return ImportResult(tuple(added), tuple(replaced), tuple(unchanged),
                        len(library.crosswalk), len(library.micro_credentials))


def _existing(repo: LibraryRepository, incoming: Framework) -> Framework | None:
    row = repo.db.execute("SELECT id FROM framework WHERE code = ? AND version = ?",
                          [incoming.code, incoming.version]).fetchone()
    return repo.framework(row[0]) if row else None


def _resolve(ids: dict[RequirementRef, str], ref: RequirementRef, source: str, where: str) -> str:
    try:
        return ids[ref]
    except KeyError:
        raise KnownError(f"{where}: kravet {ref[0]} {ref[1]} finns inte i filen eller "
                         "biblioteket", place=source) from None


def _links_touching(repo: LibraryRepository, code: str) -> list:
    """Links and micro-credential memberships to keep when a framework's content is replaced."""
    links = [link for link in repo.crosswalk() if code in (link.from_ref[0], link.to_ref[0])]
    members = [(mc.id, ref) for mc in repo.micro_credentials() for ref in mc.requirements
               if ref[0] == code]
    return [links, members]


def _restore_links(repo: LibraryRepository, kept: list) -> None:
    links, members = kept
    ids = repo.requirement_ids()
    for link in links:
        a, b = ids.get(link.from_ref), ids.get(link.to_ref)
        if a and b:
            repo.db.execute("DELETE FROM crosswalk_link WHERE from_requirement_id = ? "
                            "AND to_requirement_id = ?", [a, b])
            repo.insert_link(a, b, link.coverage, link.note)
    for position, (mc_id, ref) in enumerate(members):
        rid = ids.get(ref)
        if rid:
            repo.db.execute("INSERT OR IGNORE INTO micro_credential_requirement "
                            "(micro_credential_id, requirement_id, position) VALUES (?, ?, ?)",
                            [mc_id, rid, 1000 + position])
