"""Enumerations of the domain (DESIGN §2). Values are the stored identifiers."""

from __future__ import annotations

from enum import StrEnum


class FrameworkKind(StrEnum):
    INDUSTRY_STANDARD = "industry_standard"
    VOCATIONAL_PACKAGE = "vocational_package"
    SYLLABUS = "syllabus"
    LOCAL = "local"


class RequirementKind(StrEnum):
    KNOWLEDGE = "knowledge"
    SKILL = "skill"
    COMPETENCE = "competence"


class Coverage(StrEnum):
    FULL = "full"
    PARTIAL = "partial"


class Gender(StrEnum):
    WOMAN = "kvinna"
    MAN = "man"
    NON_BINARY = "icke-binär"
    NOT_STATED = "vill ej ange"


class CaseStatus(StrEnum):
    """How far a case has come, in workflow order (DESIGN §3)."""

    INTAKE = "intake"
    MAPPING = "mapping"
    SELF_ASSESSMENT = "self_assessment"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    DOCUMENTED = "documented"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class PriorLearningKind(StrEnum):
    FORMAL = "formal"
    NON_FORMAL = "non_formal"
    INFORMAL = "informal"
    WORK = "work"


class SelfRatingLevel(StrEnum):
    NOT_YET = "1"
    SOMEWHAT = "2"
    WELL = "3"
    VERY_WELL = "4"
    DONT_KNOW = "vet_inte"


class AssessmentStatus(StrEnum):
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"
    NOT_ASSESSED = "not_assessed"


class AssessmentMethod(StrEnum):
    INTERVIEW = "interview"
    PRACTICAL_DEMONSTRATION = "practical_demonstration"
    WORKPLACE_OBSERVATION = "workplace_observation"
    DOCUMENT_REVIEW = "document_review"
    THEORY_TEST = "theory_test"
    THIRD_PARTY_REPORT = "third_party_report"


class UnitOutcome(StrEnum):
    CREDITED = "credited"
    SUPPLEMENTARY = "supplementary"
    FULL_COURSE = "full_course"


class CreditForm(StrEnum):
    """How a credited course is documented (facts.md §4)."""

    CERTIFICATE = "intyg"
    EXAMINATION = "prövning"


class LabourMarketStatus(StrEnum):
    """ESF+ labour-market status (facts.md §8)."""

    UNEMPLOYED = "unemployed"
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    INACTIVE = "inactive"
    EMPLOYED = "employed"
    NOT_STATED = "not_stated"


class EducationLevel(StrEnum):
    """ESF+ education level as ISCED bands (facts.md §8)."""

    ISCED_0_2 = "isced_0_2"
    ISCED_3_4 = "isced_3_4"
    ISCED_5_8 = "isced_5_8"
    NOT_STATED = "not_stated"


class FollowUpOutcome(StrEnum):
    EMPLOYED = "employed"
    STUDIES = "studies"
    JOB_SEEKING = "job_seeking"
    OTHER = "other"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    ERASE = "erase"
    EXPORT = "export"  # an access export (registerutdrag) of one person
