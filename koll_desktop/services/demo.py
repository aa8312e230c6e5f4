"""`koll demo`: the bundled library and a few demo cases. Safe to run twice."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

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
from koll_desktop.storage.db import Db
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


def load_bundled_library(db: Db, actor: str | None = None) -> ImportResult:
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


def load_demo(db: Db, actor: str | None = None) -> tuple[ImportResult, int]:
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
        case = cases.add_case(Case(
            reference=cases.next_reference(), person_id=person.id,
            counsellor=("Lena Berg", "Omar Said")[i % 2],
            organisation="Exempelkommunens vuxenutbildning",
            goal=who.goal, status=who.status,
            consent=Consent(date(2026, 5, 4 + i), "Validering och plan; statistik för ESF+",
                            "skriftligt"),
            retention_until=date(2028, 9, 1 + i), labour_market_status=who.labour,
            education_level=who.education, framework_ids=framework_ids))
        # Registered when consent was given, months before the assessments and plans below.
        cases.backdate(case.id, f"{date(2026, 5, 4 + i).isoformat()}T09:00:00.000000+00:00")
        added += 1
    _record_demo_work(db, actor)
    if not settings.get("organisation.name"):
        settings.set("organisation.name", "Exempelkommunens vuxenutbildning")
    settings.set(DEMO_FLAG, "1")
    return result, added


# What the counsellors have recorded so far, per demo case (reference → work).
# Amina (K-2026-0001) is assessed against the example standard only: through the crosswalk
# that credits some VOXABN courses, covers others in part and leaves some untouched.
_AMINA_NOT_MET = {"B.3", "B.5", "B.6", "E.3", "E.8"}
_AMINA_PARTLY = {"B.2", "C.2", "E.1", "E.4"}
_AMINA_NOT_ASSESSED = {"F.4", "F.5", "F.6", "F.7", "F.9"}
# Erik (K-2026-0002) is assessed directly against VOXABN course items.
_ERIK_MET_COURSES = {"OMVOMV01", "SOASOC01", "HAOHAL01", "ANOANA01", "SAMSAM01a1", "SVESVE01"}
_ERIK_PARTLY_COURSES = {"OMVOMV02", "GERGER0", "PSYPSY01"}


def _record_demo_work(db: Db, actor: str | None) -> None:
    from koll_desktop.domain.case import PriorLearning
    from koll_desktop.domain.enums import (
        AssessmentMethod,
        AssessmentStatus,
        FollowUpOutcome,
        PriorLearningKind,
    )
    from koll_desktop.storage.case_data import CaseDataRepository

    cases, data, library = CaseRepository(db, actor), CaseDataRepository(db, actor), \
        LibraryRepository(db, actor)
    usk, voxabn = library.find_framework("EX-USK"), library.find_framework("VOXABN")
    met, partly, not_met = AssessmentStatus.MET, AssessmentStatus.PARTLY, AssessmentStatus.NOT_MET

    def assess(case_id: str, requirement_id: str, status: AssessmentStatus, assessor: str,
               day: date, methods: tuple[AssessmentMethod, ...]) -> None:
        data.set_assessment(case_id, requirement_id, status=status, methods=methods,
                            assessor=assessor, assessed_on=day)

    amina = cases.case("K-2026-0001")
    work = data.add_prior_learning(PriorLearning(
        case_id=amina.id, kind=PriorLearningKind.WORK, title="Vårdbiträde i hemtjänsten",
        organisation="Exempelkommunens hemtjänst", date_from=date(2019, 3, 1),
        date_to=date(2025, 12, 31), description="Omvårdnad, hygien, måltider och "
        "dokumentation hos äldre i ordinärt boende."))
    data.add_prior_learning(PriorLearning(
        case_id=amina.id, kind=PriorLearningKind.NON_FORMAL, title="Basal hygien i vård och "
        "omsorg (webbutbildning)", organisation="Socialstyrelsen", date_from=date(2024, 2, 1),
        date_to=date(2024, 2, 1)))
    data.add_evidence(amina.id, "arbetsgivarintyg.txt", "Arbetsgivarintyg (exempel): Amina "
                      "Hassan har arbetat som vårdbiträde 2019–2025.\n".encode(), work.id)
    for requirement in usk.requirements:
        if requirement.code in _AMINA_NOT_ASSESSED:
            continue
        status = (not_met if requirement.code in _AMINA_NOT_MET
                  else partly if requirement.code in _AMINA_PARTLY else met)
        assess(amina.id, requirement.id, status, "Lena Berg", date(2026, 10, 14),
               (AssessmentMethod.INTERVIEW, AssessmentMethod.WORKPLACE_OBSERVATION))
    data.set_plan_header(amina.id, pace=50, starts_on=date(2027, 1, 18))
    from koll_desktop.domain.enums import SelfRatingLevel

    for i, requirement in enumerate(usk.requirements[:30]):  # her own view, before assessment
        level = (SelfRatingLevel.VERY_WELL, SelfRatingLevel.WELL, SelfRatingLevel.WELL,
                 SelfRatingLevel.SOMEWHAT, SelfRatingLevel.DONT_KNOW)[i % 5]
        data.set_self_rating(amina.id, requirement.id, level)

    erik = cases.case("K-2026-0002")
    for unit in voxabn.units:
        for i, requirement in enumerate(unit.requirements):
            if unit.code in _ERIK_MET_COURSES:
                status = met
            elif unit.code in _ERIK_PARTLY_COURSES:
                status = met if i % 2 == 0 else not_met
            else:
                continue
            assess(erik.id, requirement.id, status, "Omar Said", date(2026, 10, 2),
                   (AssessmentMethod.DOCUMENT_REVIEW, AssessmentMethod.THEORY_TEST))
    data.set_plan_header(erik.id, pace=100, starts_on=date(2027, 1, 11))

    juan = cases.case("K-2026-0005")
    for requirement in usk.requirements:
        if requirement.code[0] in "ADF":
            assess(juan.id, requirement.id, met, "Lena Berg", date(2026, 5, 20),
                   (AssessmentMethod.PRACTICAL_DEMONSTRATION,))
    data.set_plan_header(juan.id, pace=100, starts_on=date(2026, 8, 17),
                         agreed_on=date(2026, 6, 3))
    data.set_follow_up(juan.id, 3, FollowUpOutcome.STUDIES, date(2026, 9, 3))

    kim = cases.case("K-2026-0004")
    data.add_prior_learning(PriorLearning(
        case_id=kim.id, kind=PriorLearningKind.INFORMAL, title="Fritidsledare i "
        "idrottsförening", organisation="IFK Exempelby", date_from=date(2021, 8, 1)))
