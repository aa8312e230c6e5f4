"""What in the stored rows is text about a person, in one place: the audit trail does not copy
it (storage.store), an anonymised case does not keep it (storage.erasure) and a
pseudonymised bundle does not carry it (services.bundles).
"""

from __future__ import annotations

from enum import StrEnum

# Fields whose values are free text or evidence, whatever the table (DESIGN §2: the audit
# never holds the text of notes).
FREE_TEXT_FIELDS = frozenset({
    "rationale", "note", "description", "accessibility_needs", "goal", "consent_scope",
    "excluded_reason", "reason", "data", "providers",
})
# The person's contact details and personnummer: the person's own record holds them, and a
# trail of their values would be a second register.
PERSONAL_DETAIL_FIELDS = frozenset({"email", "phone", "personnummer"})


class Emptied(StrEnum):
    """How a column of `PERSONAL_TEXT` is emptied."""

    BLANK = "blank"  # ''
    NULL = "null"  # no value (a date)
    # A stand-in text where the column is set: its presence carries meaning (an override's
    # reason, a row left out of the plan: an empty text would change the numbers), or it is
    # a title, which is never empty.
    MARK = "mark"


# What the rows of a case say about the person in words: free text, the titles, employers,
# countries and dates of their experience, the titles of plan rows the counsellor added by
# hand, providers, file names, and the old and new values of audit events. Neither an
# anonymised case (`anonymise_case_rows`) nor a pseudonymised bundle
# (services.bundles.PSEUDONYMISED_COLUMNS, built on this) keeps any of it; both keep the
# statistics: statuses, frameworks, assessments, decisions, plan numbers and dates, ESF+
# fields. The counsellor's and assessor's names (`case.counsellor`, `assessment.assessor`,
# the audit events' `actor`) are not here: they are staff data about the work done, not
# about the person, so an anonymised case keeps them (a bundle for another desk gives them
# pseudonyms, which is a bundle's own matter). The person row itself is not here either: an
# anonymised case gets a new person holding only birth year and gender.
PERSONAL_TEXT: dict[str, dict[str, Emptied]] = {
    "case": {"goal": Emptied.BLANK, "consent_scope": Emptied.BLANK,
             "consent_method": Emptied.BLANK},
    "prior_learning": {"title": Emptied.MARK, "organisation": Emptied.BLANK,
                       "country": Emptied.BLANK, "date_from": Emptied.NULL,
                       "date_to": Emptied.NULL, "description": Emptied.BLANK},
    "assessment": {"rationale": Emptied.BLANK},
    "unit_decision": {"reason": Emptied.MARK},
    "plan": {"providers": Emptied.BLANK},
    # A row made from a unit has no title of its own (it shows the unit's); a row the
    # counsellor added by hand ("Praktik på …") has one, which can name a workplace.
    "plan_row": {"title": Emptied.MARK, "provider": Emptied.BLANK, "note": Emptied.BLANK,
                 "excluded_reason": Emptied.MARK},
    "follow_up": {"note": Emptied.BLANK},
    "document_issued": {"file_name": Emptied.BLANK},
    "audit_event": {"old": Emptied.BLANK, "new": Emptied.BLANK},
}


def value_hidden(entity: str, field: str) -> bool:
    """Whether the audit trail notes only that `entity.field` changed, not its values."""
    return (field in FREE_TEXT_FIELDS or field in PERSONAL_TEXT.get(entity, {})
            or (entity == "person" and field in PERSONAL_DETAIL_FIELDS))
