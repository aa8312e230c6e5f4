"""Skolverket's syllabus API JSON (facts.md §2) as one syllabus Framework per subject.

Accepted input: a single-item response of the API (the envelope with `apiName`,
`apiVersion`, … and the object under `subject` or `course`), a bare Subject, or a
bare Course. List responses carry summaries only and are refused with a hint.

Mapping (DESIGN §2):
- Subject → Framework of kind `syllabus`: code and title from the subject, version
  from the API's `version` (as text) or else `startDate`, valid_from / valid_to from
  `startDate` / `endDate`, source_date from `modifiedDate`, owner Skolverket, source
  the API and the file name, `syllabus_type` = `typeOfSyllabus`, language sv.
- Each Course (Gy11) or level (Gy25) in `courses` → Unit: code, name (a Gy25 level is
  titled "Ämne – Nivå 1a", since "Nivå 1a" alone says nothing in a plan), points
  parsed from the API's string. A subject without courses becomes one unit of its own.
- Central content → one requirement (kind knowledge) per list item or paragraph, as
  clean text; headings, paragraphs that introduce a list and all-bold sub-headings
  are dropped. Codes `<UNIT>.1`, `<UNIT>.2`, …
- Knowledge requirements / grading criteria → one requirement (kind competence) per
  paragraph or list item, with `grade_step` set, codes `<UNIT>.E1`, `<UNIT>.C2`, …
  Every step the API gives is kept (D and B too: they are part of the text).
- Gy25: the grading criteria sit on the subject and the teacher grades each level
  against them, so each level's unit gets a copy of the subject's criteria (own
  codes per level, e.g. `MATE1A00X.E1`). A separate "Betygskriterier" unit was not
  chosen: it would turn up in plans as a course to read, with no points. Likewise a
  unit without central content of its own takes the subject's `centralContents`.
- A bare Course → a framework with that one unit, coded by `subjectParent.subjectCode`
  (else the course code) so requirement codes match a later import of the subject. Into a
  library that already has the subject's framework (same code and version), a course is
  imported as that one unit (`with_course`): the subject's other courses stay.

Every problem is one KnownError naming the place, e.g. `fil.json: subject.courses[1].points`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from koll_desktop.domain.enums import FrameworkKind, RequirementKind
from koll_desktop.domain.library import Framework, Library, Requirement, Unit
from koll_desktop.errors import KnownError
from koll_desktop.services.json_fields import JsonObject

API_SOURCE = "Skolverkets API för kursplaner (syllabus)"
OWNER = "Skolverket"
SUBJECT_TYPES = frozenset({"SUBJECT_SYLLABUS", "GRADE_SUBJECT_SYLLABUS"})
COURSE_TYPES = frozenset({"COURSE_IN_SUBJECT_SYLLABUS", "LEVEL_IN_GRADE_SUBJECT_SYLLABUS"})
LEVEL_TYPE = "LEVEL_IN_GRADE_SUBJECT_SYLLABUS"
GRADE_STEPS = ("A", "B", "C", "D", "E")
MAX_POINTS = 10_000
_ENVELOPE_KEYS = frozenset({"apiName", "apiVersion", "apiPublisher", "calledMethod", "codeParam"})
_CONTENT_KEYS = frozenset({"typeOfSyllabus", "courses", "centralContent", "centralContents",
                           "knowledgeRequirements", "subjectParent"})
_LIST_KEYS = ("subjects", "courses", "programs")


# -- detection and entry ----------------------------------------------------------

def looks_like_skolverket(data: Any) -> bool:
    """True for a response of Skolverket's syllabus API or a bare Subject / Course."""
    if not isinstance(data, dict):
        return False
    if _ENVELOPE_KEYS & data.keys():
        return True
    if isinstance(data.get("subject"), dict) or isinstance(data.get("course"), dict):
        return True
    return "code" in data and bool(_CONTENT_KEYS & data.keys())


def read_skolverket(path: Path, data: Any) -> Library:
    """A Library with one syllabus framework from a Skolverket syllabus document."""
    node, is_subject = _unwrap(data, path.name)
    framework = (_subject_framework if is_subject else _course_framework)(node)
    if not framework.requirements:
        raise KnownError("kursplanen har inget centralt innehåll och inga betygskriterier; "
                         "hämta hela ämnet eller kursen (/v1/subjects/KOD eller "
                         "/v1/courses/KOD), inte en lista", place=path.name)
    return Library(frameworks=(framework,))


def _unwrap(data: Any, file: str) -> tuple[_Node, bool]:
    if not isinstance(data, dict):
        raise KnownError("ska vara ett JSON-objekt från Skolverkets API", place=file)
    for key in ("subject", "course"):
        if key in data:
            return _Node(data[key], key, file), key == "subject"
    if "code" in data:
        kind = data.get("typeOfSyllabus")
        if kind in SUBJECT_TYPES:
            return _Node(data, "", file), True
        subject_like = kind not in COURSE_TYPES and ("courses" in data
                                                     or "centralContents" in data)
        return _Node(data, "", file), subject_like
    if "program" in data:
        raise KnownError("program kan inte importeras; hämta programmets ämnen eller kurser",
                         place=f"{file}: program")
    for key in _LIST_KEYS:
        if isinstance(data.get(key), list):
            raise KnownError("ett listsvar har bara sammanfattningar utan innehåll; hämta "
                             "ett ämne eller en kurs i taget (/v1/subjects/KOD)",
                             place=f"{file}: {key}")
    raise KnownError("svaret från Skolverkets API saknar ämne (subject) och kurs (course)",
                     place=file)


# -- typed access with places ------------------------------------------------------

class _Node(JsonObject):
    """One JSON object of the syllabus document and where it is, for messages."""

    def points(self, key: str = "points") -> int | None:
        value = self.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        number: int | None = None
        if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
            number = int(value.strip())
        elif isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
            number = int(value)
        if number is None or not 0 <= number <= MAX_POINTS:
            raise self.fail(key, f"ska vara poäng som ett heltal 0–{MAX_POINTS}, inte {value!r}")
        return number


def is_single_course(framework: Framework) -> bool:
    """Read from one course (or Gy25 level) of a subject, not from the whole subject."""
    return framework.syllabus_type in COURSE_TYPES


def with_course(subject: Framework, course: Framework) -> Framework:
    """`subject` (the framework in the library) with the course's unit in place of its own
    unit of the same code, or after the others: importing one course updates that course and
    leaves the rest of the subject as it is."""
    (unit,) = course.units
    units = list(subject.units)
    at = next((i for i, u in enumerate(units) if u.code == unit.code), None)
    if at is None:
        units.append(unit)
    else:
        units[at] = unit
    return replace(subject, units=tuple(units))


# -- frameworks and units ----------------------------------------------------------

def _subject_framework(node: _Node) -> Framework:
    code, name = node.text("code", required=True), node.text("name", required=True)
    syllabus_type = node.text("typeOfSyllabus") or None
    content = [t for html in _content_html(node, "centralContents") for t in html_items(html)]
    criteria = _criteria(node)
    courses = node.objects("courses")
    if courses:
        units = _course_units(courses, name, syllabus_type, content, criteria)
    else:
        units = [_unit(code, name, node.points(), content, criteria)]
    return _framework(node, code, name, syllabus_type, units, node.text("description"))


def _course_framework(node: _Node) -> Framework:
    parent = node.child("subjectParent")
    info = parent or node
    code = (parent.text("subjectCode") if parent else "") or node.text("code", required=True)
    name = (parent.text("subjectName") if parent else "") or node.text("name", required=True)
    units = _course_units([node], name, None, [], [])
    return _framework(info, code, name, node.text("typeOfSyllabus") or None, units,
                      node.text("description"), version_from=node)


def _framework(info: _Node, code: str, title: str, syllabus_type: str | None,
               units: list[Unit], description_html: str, *,
               version_from: _Node | None = None) -> Framework:
    version = _version(info, version_from)
    return Framework(
        code=code, kind=FrameworkKind.SYLLABUS, title=title, version=version, owner=OWNER,
        valid_from=info.day("startDate"), valid_to=info.day("endDate"),
        source=f"{API_SOURCE}: {info.file}", source_date=info.day("modifiedDate"),
        language="sv", description=clean_text(description_html),
        syllabus_type=syllabus_type, units=tuple(units))


def _version(info: _Node, fallback: _Node | None) -> str:
    for node in (info, fallback):
        if node is not None and (node.text("version") or node.text("startDate")):
            return node.text("version") or node.text("startDate")[:10]
    raise info.fail("version", "saknas (varken version eller startDate finns)")


def _course_units(courses: list[_Node], subject_name: str, subject_type: str | None,
                  shared_content: list[str], shared_criteria: list[tuple[str, str]]
                  ) -> list[Unit]:
    units: list[Unit] = []
    seen: dict[str, str] = {}
    for course in courses:
        code = course.text("code", required=True)
        if code in seen:
            raise course.fail("code", f"kurskoden {code} finns redan ({seen[code]})")
        seen[code] = course.place
        is_level = LEVEL_TYPE in (course.text("typeOfSyllabus"), subject_type)
        name = course.text("name", required=True)
        title = f"{subject_name} – {name}" if is_level and subject_name not in name else name
        content = _own_content(course) or shared_content
        units.append(_unit(code, title, course.points(), content,
                           _criteria(course) or shared_criteria))
    return units


def _unit(code: str, title: str, points: int | None, content: list[str],
          criteria: list[tuple[str, str]]) -> Unit:
    reqs = [Requirement(code=f"{code}.{i}", text=text, kind=RequirementKind.KNOWLEDGE)
            for i, text in enumerate(content, start=1)]
    counts: dict[str, int] = {}
    for step, text in criteria:
        counts[step] = counts.get(step, 0) + 1
        reqs.append(Requirement(code=f"{code}.{step}{counts[step]}", text=text,
                                kind=RequirementKind.COMPETENCE, grade_step=step))
    return Unit(code=code, title=title, points=points, requirements=tuple(reqs))


# -- content and criteria -----------------------------------------------------------

def _own_content(course: _Node) -> list[str]:
    return [t for html in _content_html(course, "centralContent") for t in html_items(html)]


def _content_html(node: _Node, key: str) -> list[str]:
    """HTML of `centralContent` ({text} or HTML) or `centralContents` ([{text}] or [HTML])."""
    value = node.data.get(key)
    if value is None:
        return []
    entries = [(key, value)] if not isinstance(value, list) else [
        (f"{key}[{i}]", v) for i, v in enumerate(value)]
    result = []
    for place, entry in entries:
        if isinstance(entry, str):
            result.append(node.checked(place, entry))
        else:
            result.append(_Node(entry, node.place_of(place), node.file).text("text"))
    return result


def _criteria(node: _Node) -> list[tuple[str, str]]:
    """(grade step, clean text) for each item of the knowledge requirements, in order."""
    result = []
    for entry in node.objects("knowledgeRequirements"):
        step = entry.text("gradeStep", required=True).upper()
        if step not in GRADE_STEPS:
            raise entry.fail("gradeStep", f"okänt betygssteg {step!r} (tillåtet: "
                                          f"{', '.join(GRADE_STEPS)})")
        if entry.data.get("text") is None:
            raise entry.fail("text", "saknas")
        result += [(step, text) for text in html_items(entry.text("text"))]
    return result


# -- HTML to clean text ----------------------------------------------------------------

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LISTS = frozenset({"ul", "ol", "dl", "table"})
_BLOCKS = frozenset({"p", "li", "div", "td", "th", "dt", "dd", "blockquote", "section",
                     "article", "tr"}) | _HEADINGS | _LISTS
_EMPHASIS = frozenset({"strong", "b", "em", "i", "u"})
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


@dataclass(frozen=True)
class _Block:
    kind: str  # "p", "li", "heading" or "list" (the start of a list)
    text: str = ""
    emphasised: bool = False  # all of its text is bold/italic: a sub-heading


class _BlockParser(HTMLParser):
    """Splits HTML into text blocks (paragraphs, list items, headings) and list starts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self._stack: list[str] = []
        self._parts: list[str] = []
        self._plain = False
        self._emphasis = 0
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag == "br":
            self._parts.append(" ")
        elif tag in _EMPHASIS:
            self._emphasis += 1
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("p", "li") and self._stack and self._stack[-1] == tag:
                self._stack.pop()  # <li>a<li>b: the second item ends the first
            if tag in _LISTS:
                self.blocks.append(_Block("list"))
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in _EMPHASIS:
            self._emphasis = max(0, self._emphasis - 1)
        elif tag in _BLOCKS:
            self._flush()
            if tag in self._stack:
                while self._stack.pop() != tag:
                    pass

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        self._parts.append(data)
        if data.strip() and not self._emphasis:
            self._plain = True

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = normalise("".join(self._parts))
        if text:
            top = self._stack[-1] if self._stack else "p"
            kind = "heading" if top in _HEADINGS else "li" if top == "li" else "p"
            self.blocks.append(_Block(kind, text, emphasised=not self._plain))
        self._parts, self._plain = [], False


def normalise(text: str) -> str:
    """Whitespace (also no-break spaces) collapsed to single spaces; invisible marks removed."""
    return " ".join(_INVISIBLE.sub("", text).split())


def _blocks(html: str) -> list[_Block]:
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    return parser.blocks


def html_items(html: str) -> list[str]:
    """The assessable items of syllabus HTML: list items and paragraphs as clean text.

    Not items: headings; a paragraph that introduces a list, ends with a colon or is all
    bold/italic (a sub-heading); a list item ending with a colon that opens a nested list.
    """
    blocks = _blocks(html)
    items = []
    for i, block in enumerate(blocks):
        following = blocks[i + 1].kind if i + 1 < len(blocks) else ""
        if block.kind in ("heading", "list"):
            continue
        if block.kind == "p" and (following == "list" or block.emphasised
                                  or block.text.endswith(":")):
            continue
        if block.kind == "li" and following == "list" and block.text.endswith(":"):
            continue
        items.append(block.text)
    return items


def clean_text(html: str) -> str:
    """All text of an HTML fragment, one block a line (for descriptions)."""
    return "\n".join(b.text for b in _blocks(html) if b.kind != "list")
