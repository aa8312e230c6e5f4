"""The Swedish words for the domain's stored codes, for what is made without Qt (the command
line, the Excel template): the same words the desktop app shows.

ui/labels.py spells the same words out in its translate() calls, where the translation
tools can find them; tests/test_swedish_labels.py keeps the two in step.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from koll_desktop.domain.enums import CaseStatus, FrameworkKind

CASE_STATUS: dict[CaseStatus, str] = {
    CaseStatus.INTAKE: "Start", CaseStatus.MAPPING: "Inledande kartläggning",
    CaseStatus.SELF_ASSESSMENT: "Självskattning", CaseStatus.ASSESSMENT: "Bedömning",
    CaseStatus.PLAN: "Plan", CaseStatus.DOCUMENTED: "Dokumenterad",
    CaseStatus.FOLLOW_UP: "Uppföljning", CaseStatus.CLOSED: "Avslutad"}

FRAMEWORK_KIND: dict[FrameworkKind, str] = {
    FrameworkKind.INDUSTRY_STANDARD: "Branschstandard",
    FrameworkKind.VOCATIONAL_PACKAGE: "Yrkespaket",
    FrameworkKind.SYLLABUS: "Kursplan", FrameworkKind.LOCAL: "Lokal"}

E = TypeVar("E", bound=StrEnum)


def _folded(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def from_words(text: str, words: dict[E, str]) -> E | None:
    """The code a user meant: its Swedish word or the stored code itself, in any letter
    case and with _ or - for spaces ("uppföljning", "Uppföljning", "follow_up"); None if
    neither."""
    wanted = _folded(text)
    for code, word in words.items():
        if wanted in (_folded(word), _folded(code.value)):
            return code
    return None
