"""The library JSON exchange format (DESIGN §5, format 1): read and write.

Reading checks the shape and names the place of the first problem, e.g.
`frameworks[1].units[0].requirements[3].code`. Unknown keys are ignored; a higher
format_version is refused.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

from koll_desktop.domain.enums import Coverage, FrameworkKind, RequirementKind
from koll_desktop.domain.library import (
    CrosswalkLink,
    Framework,
    Library,
    MicroCredential,
    Requirement,
    Unit,
)
from koll_desktop.errors import KnownError
from koll_desktop.services.files import write_json
from koll_desktop.services.json_fields import JsonObject

FORMAT = "koll-library"
FORMAT_VERSION = 1


class _Reader(JsonObject):
    """Typed access to one object of the library JSON, with its place for messages."""

    def number(self, key: str, *, integer: bool = False, minimum: float = 0,
               maximum: float = 1_000_000) -> float | int | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise self.fail(key, "ska vara ett tal")
        try:
            number = float(str(value).replace(",", "."))
        except ValueError as exc:
            raise self.fail(key, f"ska vara ett tal, inte {value!r}") from exc
        if not math.isfinite(number) or not minimum <= number <= maximum:
            raise self.fail(key, f"ska vara ett tal {minimum:g}–{maximum:g}, inte {value!r}")
        if integer:
            if number != int(number):
                raise self.fail(key, f"ska vara ett heltal, inte {value!r}")
            return int(number)
        return number

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, "ska vara true eller false")
        return value

    def choice(self, key: str, enum: type, default: Any = None) -> Any:
        value = self.text(key)
        if not value and default is not None:
            return default
        try:
            return enum(value)
        except ValueError as exc:
            allowed = ", ".join(e.value for e in enum)
            raise self.fail(key, f"okänt värde {value!r} (tillåtet: {allowed})") from exc

    def ref(self, key: str) -> tuple[str, str]:
        value = self.data.get(key)
        if (not isinstance(value, list) or len(value) != 2
                or not all(isinstance(v, str) and v for v in value)):
            raise self.fail(key, 'ska vara ["ramverkskod", "kravkod"]')
        return (value[0].strip(), value[1].strip())


def read_library_json(path: Path, data: Any) -> Library:
    """A Library from parsed JSON in format 1."""
    name = path.name
    root = _Reader(data, "", name)
    if root.data.get("format") != FORMAT:
        raise KnownError(f'okänd JSON-form: fältet "format" ska vara "{FORMAT}"', place=name)
    version = root.number("format_version", integer=True) or 0
    if version > FORMAT_VERSION:
        raise KnownError(f"formatversion {version} är nyare än den här KoLL kan läsa "
                         f"({FORMAT_VERSION}); uppdatera KoLL", place=name)
    frameworks = tuple(_framework(r) for r in root.objects("frameworks"))
    links = tuple(CrosswalkLink(from_ref=r.ref("from"), to_ref=r.ref("to"),
                                coverage=r.choice("coverage", Coverage, Coverage.FULL),
                                note=r.text("note"))
                  for r in root.objects("crosswalk"))
    credentials = tuple(_micro_credential(r) for r in root.objects("micro_credentials"))
    return Library(frameworks, links, credentials)


def _framework(r: _Reader) -> Framework:
    units = []
    codes: dict[str, str] = {}  # requirement code → its place, unique within the framework
    refs: dict[str, str] = {}  # unit code (else title) → its place
    for u in r.objects("units"):
        reqs = tuple(_requirement(q, codes) for q in u.objects("requirements"))
        _unique(u, "code" if u.text("code") else "title", refs, "kursen/området")
        units.append(Unit(code=u.text("code"), title=u.text("title", required=True),
                          points=u.number("points", integer=True),
                          required=u.flag("required", True),
                          alternative_group=u.text("alternative_group") or None,
                          requirements=reqs))
    return Framework(
        code=r.text("code", required=True), kind=r.choice("kind", FrameworkKind),
        title=r.text("title", required=True), version=r.text("version", required=True),
        owner=r.text("owner"), valid_from=r.day("valid_from"), valid_to=r.day("valid_to"),
        seqf_level=r.number("seqf_level", integer=True), source=r.text("source"),
        source_date=r.day("source_date"), language=r.text("language", default="sv"),
        example=r.flag("example", False), description=r.text("description"),
        syllabus_type=r.text("syllabus_type") or None, units=tuple(units))


def _requirement(q: _Reader, codes: dict[str, str]) -> Requirement:
    _unique(q, "code", codes, "kravkoden")
    weight = q.number("weight", minimum=0.001)
    return Requirement(
        code=q.text("code", required=True), text=q.text("text", required=True),
        kind=q.choice("kind", RequirementKind, RequirementKind.KNOWLEDGE),
        level=q.number("level", integer=True), weight=1.0 if weight is None else weight,
        example=q.flag("example", False), grade_step=q.text("grade_step") or None)


def _unique(r: _Reader, key: str, seen: dict[str, str], label: str) -> None:
    value = r.text(key, required=True)
    if value in seen:
        raise r.fail(key, f"{label} {value!r} finns redan ({seen[value]})")
    seen[value] = r.place_of(key)


def _micro_credential(r: _Reader) -> MicroCredential:
    refs: list[tuple[str, str]] = []
    for place, value in r.values("requirements"):
        parent, _, key = place.rpartition(".")
        ref = _Reader({key: value}, parent, r.file).ref(key)
        if ref in refs:
            raise KnownError(f"kravet {ref[0]} {ref[1]} står två gånger",
                             place=f"{r.file}: {place}")
        refs.append(ref)
    fields = ("awarding_body", "learning_outcomes", "workload", "level", "assessment_type",
              "participation", "quality_assurance", "prerequisites", "stackable_into")
    return MicroCredential(code=r.text("code", required=True), title=r.text("title", required=True),
                           country=r.text("country", default="SE"), requirements=tuple(refs),
                           **{f: r.text(f) for f in fields})


def library_to_json(library: Library) -> dict[str, Any]:
    """The Library as a format-1 document (what another desk imports)."""
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "frameworks": [{
            "code": f.code, "kind": str(f.kind), "title": f.title, "version": f.version,
            "owner": f.owner, "valid_from": _iso(f.valid_from), "valid_to": _iso(f.valid_to),
            "seqf_level": f.seqf_level, "source": f.source, "source_date": _iso(f.source_date),
            "language": f.language, "example": f.example, "description": f.description,
            "syllabus_type": f.syllabus_type,
            "units": [{
                "code": u.code, "title": u.title, "points": u.points, "required": u.required,
                "alternative_group": u.alternative_group,
                "requirements": [{
                    "code": q.code, "text": q.text, "kind": str(q.kind), "level": q.level,
                    "weight": q.weight, "example": q.example, "grade_step": q.grade_step,
                } for q in u.requirements],
            } for u in f.units],
        } for f in library.frameworks],
        "crosswalk": [{"from": list(link.from_ref), "to": list(link.to_ref),
                       "coverage": str(link.coverage), "note": link.note}
                      for link in library.crosswalk],
        "micro_credentials": [{
            **{k: getattr(m, k) for k in (
                "code", "title", "awarding_body", "country", "learning_outcomes", "workload",
                "level", "assessment_type", "participation", "quality_assurance",
                "prerequisites", "stackable_into")},
            "requirements": [list(ref) for ref in m.requirements],
        } for m in library.micro_credentials],
    }


def write_library_json(library: Library, path: Path) -> Path:
    return write_json(path, library_to_json(library), "biblioteksfilen", indent=2)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
