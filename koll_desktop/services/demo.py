"""`koll demo`: the bundled library and a few demo cases. Safe to run twice."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from koll_desktop import paths
from koll_desktop.domain.case import Case, Consent, Person
from koll_desktop.domain.enums import (
    CaseStatus,
    EducationLevel,
    Gender,
    LabourMarketStatus,
)
from koll_desktop.domain.library import Library
from koll_desktop.services.library_import import ImportResult, apply_library
from koll_desktop.services.library_json import read_library_json
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.settings import Settings

DEMO_FLAG = "demo_cases_loaded"


def bundled_library() -> Library:
    """All bundled library files as one Library (references may cross files)."""
    frameworks, links, credentials = [], [], []
    for path in sorted(paths.resource("library").glob("*.json")):
        part = read_library_json(path, json.loads(path.read_text(encoding="utf-8")))
        frameworks += part.frameworks
        links += part.crosswalk
        credentials += part.micro_credentials
    return Library(tuple(frameworks), tuple(links), tuple(credentials))


def load_bundled_library(db: Database, actor: str | None = None) -> ImportResult:
    return apply_library(db, bundled_library(), source="inbyggt bibliotek", actor=actor)


@dataclass(frozen=True)
class DemoPerson:
    given: str
    family: str
    pnr: str
    gender: Gender
    status: CaseStatus
    frameworks: tuple[str, ...]
    goal: str
    labour: LabourMarketStatus
    education: EducationLevel
    languages: str


# Personnummer use the serial range 980–999 that Skatteverket keeps for test persons
# (valid checksum, not real people).
DEMO_PEOPLE = (
    DemoPerson("Amina", "Hassan", "198203149821", Gender.WOMAN, CaseStatus.ASSESSMENT,
               ("EX-USK", "VOXABN"), "Undersköterska i hemtjänsten",
               LabourMarketStatus.UNEMPLOYED, EducationLevel.ISCED_3_4, "somaliska, svenska"),
    DemoPerson("Erik", "Lindqvist", "197605099816", Gender.MAN, CaseStatus.PLAN,
               ("VOXABN",), "Undersköterska på sjukhus", LabourMarketStatus.EMPLOYED,
               EducationLevel.ISCED_3_4, "svenska"),
    DemoPerson("Sara", "Öberg", "199411279848", Gender.WOMAN, CaseStatus.INTAKE,
               ("YP-BARNSKOTARE",), "Barnskötare i förskola",
               LabourMarketStatus.LONG_TERM_UNEMPLOYED, EducationLevel.ISCED_0_2,
               "svenska, arabiska"),
    DemoPerson("Kim", "Nyström", "200102159837", Gender.NON_BINARY, CaseStatus.MAPPING,
               ("YP-ELEVASSISTENT",), "Elevassistent i grundskolan", LabourMarketStatus.INACTIVE,
               EducationLevel.ISCED_3_4, "svenska, engelska"),
    DemoPerson("Juan", "Pérez", "196808309857", Gender.MAN, CaseStatus.FOLLOW_UP,
               ("EX-USK", "VOXABN"), "Undersköterska inom äldreomsorgen",
               LabourMarketStatus.LONG_TERM_UNEMPLOYED, EducationLevel.ISCED_5_8,
               "spanska, svenska"),
)


def load_demo(db: Database, actor: str | None = None) -> tuple[ImportResult, int]:
    """The bundled library and the demo cases; returns (library result, cases added)."""
    result = load_bundled_library(db, actor)
    settings = Settings(db)
    if settings.get(DEMO_FLAG) == "1":
        return result, 0
    library, cases = LibraryRepository(db, actor), CaseRepository(db, actor)
    added = 0
    for i, who in enumerate(DEMO_PEOPLE):
        person = cases.add_person(Person(
            given_name=who.given, family_name=who.family, personnummer=who.pnr,
            birth_year=int(who.pnr[:4]), gender=who.gender, languages=who.languages))
        framework_ids = tuple(library.find_framework(code).id for code in who.frameworks)
        cases.add_case(Case(
            reference=cases.next_reference(), person_id=person.id,
            counsellor=("Lena Berg", "Omar Said")[i % 2],
            organisation="Exempelkommunens vuxenutbildning",
            goal=who.goal, status=who.status,
            consent=Consent(date(2026, 9, 1 + i), "Validering och plan; statistik för ESF+",
                            "skriftligt"),
            retention_until=date(2028, 9, 1 + i), labour_market_status=who.labour,
            education_level=who.education, framework_ids=framework_ids))
        added += 1
    settings.set(DEMO_FLAG, "1")
    return result, added
