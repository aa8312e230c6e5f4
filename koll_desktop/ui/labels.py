"""Swedish labels (translatable) for the domain's enumerations, in one place.

The words are written out in the _t() calls so that the translation tools find them. The
command line, which has no Qt, reads case statuses and framework kinds from
koll_desktop/domain/labels.py; tests/test_swedish_labels.py keeps the two the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from koll_desktop.domain.enums import (
    AssessmentMethod,
    AssessmentStatus,
    CaseStatus,
    Coverage,
    EducationLevel,
    FollowUpOutcome,
    FrameworkKind,
    Gender,
    LabourMarketStatus,
    PriorLearningKind,
    RequirementKind,
    SelfRatingLevel,
    UnitOutcome,
)

if TYPE_CHECKING:
    from koll_desktop.domain.workflow import Step


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def one_or_many(count: int, one: str, many: str) -> str:
    """`one` (already translated, "1 ärende …") for 1, else `many` with the count in {0}."""
    return one if count == 1 else many.format(count)


def ui_language() -> str:
    """The language the app shows ("sv", or "en"), as the settings chose it at the start;
    for texts made outside Qt's translations (services' notes, numbers' decimal sign)."""
    from PySide6.QtCore import QSettings

    return "en" if QSettings().value("language", "sv") == "en" else "sv"


def gender() -> dict[Gender, str]:
    return {Gender.WOMAN: _t("Kvinna"), Gender.MAN: _t("Man"),
            Gender.NON_BINARY: _t("Icke-binär"), Gender.NOT_STATED: _t("Vill ej ange")}


def labour_market() -> dict[LabourMarketStatus, str]:
    return {LabourMarketStatus.UNEMPLOYED: _t("Arbetslös"),
            LabourMarketStatus.LONG_TERM_UNEMPLOYED: _t("Långtidsarbetslös"),
            LabourMarketStatus.INACTIVE: _t("Utanför arbetskraften"),
            LabourMarketStatus.EMPLOYED: _t("Anställd (även egen företagare)"),
            LabourMarketStatus.NOT_STATED: _t("Ej angivet")}


def education() -> dict[EducationLevel, str]:
    return {EducationLevel.ISCED_0_2: _t("Förgymnasial (ISCED 0–2)"),
            EducationLevel.ISCED_3_4: _t("Gymnasial (ISCED 3–4)"),
            EducationLevel.ISCED_5_8: _t("Eftergymnasial (ISCED 5–8)"),
            EducationLevel.NOT_STATED: _t("Ej angivet")}


def prior_learning_kind() -> dict[PriorLearningKind, str]:
    return {PriorLearningKind.FORMAL: _t("Formell utbildning"),
            PriorLearningKind.NON_FORMAL: _t("Icke-formell utbildning (kurser)"),
            PriorLearningKind.INFORMAL: _t("Informellt lärande"),
            PriorLearningKind.WORK: _t("Arbetslivserfarenhet")}


def self_rating() -> dict[SelfRatingLevel, str]:
    return {SelfRatingLevel.NOT_YET: _t("1 – Kan inte än"),
            SelfRatingLevel.SOMEWHAT: _t("2 – Kan lite"),
            SelfRatingLevel.WELL: _t("3 – Kan bra"),
            SelfRatingLevel.VERY_WELL: _t("4 – Kan mycket bra"),
            SelfRatingLevel.DONT_KNOW: _t("Vet inte")}


def assessment_status() -> dict[AssessmentStatus, str]:
    return {AssessmentStatus.NOT_ASSESSED: _t("Ej bedömd"), AssessmentStatus.MET: _t("Uppfyllt"),
            AssessmentStatus.PARTLY: _t("Delvis"), AssessmentStatus.NOT_MET: _t("Ej uppfyllt")}


def method() -> dict[AssessmentMethod, str]:
    return {AssessmentMethod.INTERVIEW: _t("Intervju"),
            AssessmentMethod.PRACTICAL_DEMONSTRATION: _t("Praktiskt prov"),
            AssessmentMethod.WORKPLACE_OBSERVATION: _t("Observation på arbetsplats"),
            AssessmentMethod.DOCUMENT_REVIEW: _t("Granskning av dokument"),
            AssessmentMethod.THEORY_TEST: _t("Teoretiskt prov"),
            AssessmentMethod.THIRD_PARTY_REPORT: _t("Intyg från tredje part")}


def unit_outcome() -> dict[UnitOutcome, str]:
    return {UnitOutcome.CREDITED: _t("Tillgodoräknas"),
            UnitOutcome.SUPPLEMENTARY: _t("Komplettering"),
            UnitOutcome.FULL_COURSE: _t("Hel kurs")}


def follow_up() -> dict[FollowUpOutcome, str]:
    return {FollowUpOutcome.EMPLOYED: _t("Arbete"), FollowUpOutcome.STUDIES: _t("Studier"),
            FollowUpOutcome.JOB_SEEKING: _t("Arbetssökande"), FollowUpOutcome.OTHER: _t("Annat")}


def case_status() -> dict[CaseStatus, str]:
    return {CaseStatus.INTAKE: _t("Start"), CaseStatus.MAPPING: _t("Inledande kartläggning"),
            CaseStatus.SELF_ASSESSMENT: _t("Självskattning"),
            CaseStatus.ASSESSMENT: _t("Bedömning"), CaseStatus.PLAN: _t("Plan"),
            CaseStatus.DOCUMENTED: _t("Dokumenterad"), CaseStatus.FOLLOW_UP: _t("Uppföljning"),
            CaseStatus.CLOSED: _t("Avslutad")}


def step() -> dict[Step, str]:
    from koll_desktop.domain.workflow import Step  # with its dataclass: not at the start

    return {Step.INTAKE: _t("1. Start"), Step.MAPPING: _t("2. Inledande kartläggning"),
            Step.SELF_ASSESSMENT: _t("3. Självskattning"),
            Step.ASSESSMENT: _t("4. Fördjupad kartläggning och bedömning"),
            Step.PLAN: _t("5. Plan"), Step.DOCUMENTATION: _t("6. Dokumentation"),
            Step.FOLLOW_UP: _t("7. Uppföljning")}


def framework_kind_label(kind: FrameworkKind) -> str:
    return {
        FrameworkKind.INDUSTRY_STANDARD: QCoreApplication.translate("library", "Branschstandard"),
        FrameworkKind.VOCATIONAL_PACKAGE: QCoreApplication.translate("library", "Yrkespaket"),
        FrameworkKind.SYLLABUS: QCoreApplication.translate("library", "Kursplan"),
        FrameworkKind.LOCAL: QCoreApplication.translate("library", "Lokal"),
    }[kind]


def requirement_kind_label(kind: RequirementKind) -> str:
    return {
        RequirementKind.KNOWLEDGE: QCoreApplication.translate("library", "Kunskap"),
        RequirementKind.SKILL: QCoreApplication.translate("library", "Färdighet"),
        RequirementKind.COMPETENCE: QCoreApplication.translate("library", "Kompetens"),
    }[kind]


def coverage_label(coverage: Coverage) -> str:
    return {Coverage.FULL: QCoreApplication.translate("library", "Helt"),
            Coverage.PARTIAL: QCoreApplication.translate("library", "Delvis")}[coverage]


def units_label(kind: FrameworkKind) -> str:
    """What the units of a framework are called."""
    if kind == FrameworkKind.INDUSTRY_STANDARD:
        return QCoreApplication.translate("library", "Kompetensområden")
    if kind == FrameworkKind.LOCAL:
        return QCoreApplication.translate("library", "Delar")
    return QCoreApplication.translate("library", "Kurser")


def unit_label(kind: FrameworkKind) -> str:
    """What one unit of a framework is called."""
    if kind == FrameworkKind.INDUSTRY_STANDARD:
        return QCoreApplication.translate("library", "Kompetensområde")
    if kind == FrameworkKind.LOCAL:
        return QCoreApplication.translate("library", "Del")
    return QCoreApplication.translate("library", "Kurs")


def percent(coverage: float) -> str:
    """Coverage as whole percent, rounded down so that 99.6 % never reads as 100 %; the
    same number on every screen."""
    from koll_desktop.domain.coverage import whole_percent  # not needed by the case list

    return f"{whole_percent(coverage)} %"
