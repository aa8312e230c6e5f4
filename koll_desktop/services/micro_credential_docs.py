"""Micro-credential certificates (DESIGN §5): a PDF with all eleven EU Annex I elements
(facts.md §5) and the same credential as an Open Badges 3.0 `OpenBadgeCredential` (JSON).

Only an earned micro-credential is issued, and only from a definition that carries every
mandatory element: otherwise a `KnownError` says what is missing. The badge is unsigned
(no `proof`): KoLL Desktop works offline and holds no issuer keys.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from koll_desktop.domain.library import MicroCredential
from koll_desktop.domain.plan_engine import MicroCredentialStatus
from koll_desktop.errors import KnownError
from koll_desktop.services.case_snapshot import CaseSnapshot
from koll_desktop.services.certificate_pdf import how_validated
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.files import write_json
from koll_desktop.services.pdf_base import (
    CONTENT_WIDTH,
    Styles,
    build_pdf,
    escape,
    facts_table,
    grid_table,
    letterhead,
    signature_block,
)
from koll_desktop.services.plan_pdf import (
    document_meta,
    organisation_name,
    shown_personnummer,
)

OB3_CONTEXT = ("https://www.w3.org/ns/credentials/v2",
               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
# The Annex I elements as one JSON literal beside the Open Badges fields that carry them.
ANNEX_CONTEXT = {"euAnnexI": {"@id": "urn:koll:vocab:euAnnexI", "@type": "@json"}}
EQF_URL = "https://europa.eu/europass/en/description-eight-eqf-levels"
_NAMESPACE = uuid.UUID("6f1d7c1e-3c1b-4f5e-9a53-4b6f6b0c1a11")  # KoLL's, for stable ids
ANNEX_KEYS = ("learner", "title", "country", "awarding_body", "issued_on",
              "learning_outcomes", "workload", "level", "assessment_type", "participation",
              "quality_assurance")


@dataclass(frozen=True)
class Issuable:
    """An earned micro-credential of a case with a complete definition."""

    definition: MicroCredential
    status: MicroCredentialStatus


def issuable(snapshot: CaseSnapshot, code: str, tx: Texts | None = None) -> Issuable:
    """The micro-credential `code` of the case, or a KnownError saying why it cannot be
    issued: unknown, not earned (naming what is missing), or an Annex I element missing."""
    tx = tx or Texts("sv")
    definition = next((m for m in snapshot.micro_credential_defs if m.code == code), None)
    status = next((m for m in snapshot.result.micro_credentials if m.code == code), None)
    if definition is None or status is None:
        raise KnownError(tx("error.no_micro", code=code), place=snapshot.case.reference)
    if not status.earned:
        missing = ", ".join(f"{f} {r}" for f, r in status.missing)
        raise KnownError(tx("error.not_earned", code=code, missing=missing),
                         place=snapshot.case.reference)
    lacking = definition.missing_elements()
    if lacking:
        raise KnownError(tx("error.missing_element", code=code, elements=", ".join(lacking)),
                         place=snapshot.case.reference)
    return Issuable(definition, status)


def is_example(snapshot: CaseSnapshot, definition: MicroCredential) -> bool:
    """Example when its title says so or any requirement it names is example content."""
    if definition.title.lower().startswith(("exempel", "example")):
        return True
    codes = {ref[0] for ref in definition.requirements}
    if any(f.example for f in snapshot.frameworks if f.code in codes):
        return True
    return any(r is not None and r.example
               for r in (snapshot.requirement(tuple(ref)) for ref in definition.requirements))


def learner_identity(snapshot: CaseSnapshot) -> str:
    """Name and birth date (masked personnummer) or birth year: enough to identify."""
    person = snapshot.person
    extra = shown_personnummer(snapshot, False) or (str(person.birth_year)
                                                    if person.birth_year else "")
    return f"{person.full_name} ({extra})" if extra else person.full_name


def annex_values(snapshot: CaseSnapshot, definition: MicroCredential,
                 issued_on: date) -> dict[str, str]:
    """The eleven Annex I elements, in the recommendation's order, as plain text."""
    return {
        "learner": learner_identity(snapshot), "title": definition.title,
        "country": definition.country, "awarding_body": definition.awarding_body,
        "issued_on": issued_on.isoformat(), "learning_outcomes": definition.learning_outcomes,
        "workload": definition.workload, "level": definition.level,
        "assessment_type": definition.assessment_type,
        "participation": definition.participation,
        "quality_assurance": definition.quality_assurance,
    }


# -- the PDF -------------------------------------------------------------------------------------

def _elements_table(snapshot: CaseSnapshot, item: Issuable, issued_on: date, tx: Texts,
                    styles: Styles) -> Flowable:
    values = annex_values(snapshot, item.definition, issued_on)
    shown = {**{k: escape(v) for k, v in values.items()},
             "title": f"<b>{escape(values['title'])}</b>",
             "country": escape(tx.country(values["country"])),
             "issued_on": tx.date(issued_on)}
    rows = [(f"{i}. {tx('annex.' + key)}", shown[key]) for i, key in enumerate(ANNEX_KEYS, 1)]
    return facts_table(rows, styles, label_share=0.36)


def _requirements_table(snapshot: CaseSnapshot, item: Issuable, tx: Texts,
                        styles: Styles) -> Flowable:
    data: list[list] = [[Paragraph(tx(k), styles.cell_bold)
                         for k in ("cert.col.code", "cert.col.requirement", "cert.col.how")]]
    for ref in item.definition.requirements:
        ref = tuple(ref)
        requirement = snapshot.requirement(ref)
        value = snapshot.result.value(ref)
        data.append([Paragraph(escape(f"{ref[0]} {ref[1]}"), styles.cell),
                     Paragraph(escape(requirement.text) if requirement else "", styles.cell),
                     Paragraph(how_validated(snapshot, value, tx) if value else "",
                               styles.cell)])
    code_w = CONTENT_WIDTH * 0.2
    how_w = CONTENT_WIDTH * 0.36
    return grid_table(data, [code_w, CONTENT_WIDTH - code_w - how_w, how_w])


def micro_credential_story(snapshot: CaseSnapshot, item: Issuable, issued_on: date,
                           tx: Texts, styles: Styles, badge_name: str = "") -> list[Flowable]:
    definition = item.definition
    story: list[Flowable] = [
        *letterhead(organisation_name(snapshot), snapshot.organisation.logo, styles),
        Paragraph(tx("micro.title"), styles.title),
        Paragraph(escape(definition.title), styles.heading),
        Paragraph(tx("micro.intro"), styles.body)]
    if is_example(snapshot, definition):
        story.append(Paragraph(tx("example.micro"), styles.example))
    if tx.language != "sv":
        story.append(Paragraph(tx("micro.values_language"), styles.small))
    story += [Paragraph(tx("micro.elements"), styles.heading),
              _elements_table(snapshot, item, issued_on, tx, styles),
              Paragraph(tx("micro.requirements"), styles.heading),
              _requirements_table(snapshot, item, tx, styles)]
    more = [(tx("micro.prerequisites"), escape(definition.prerequisites)),
            (tx("micro.stackable"), escape(definition.stackable_into))]
    more = [(label, value) for label, value in more if value]
    if more:
        story += [Paragraph(tx("micro.more"), styles.heading), facts_table(more, styles)]
    if badge_name:
        story.append(Paragraph(tx("micro.digital", escape(badge_name)), styles.body))
    lines = [[escape(tx("sign.place_date")), escape(tx("sign.issuer")),
              escape(tx("sign.name_title"))]]
    story.append(KeepTogether([
        Paragraph(tx("cert.issuer"), styles.heading),
        Paragraph(tx("cert.issued_by", escape(definition.awarding_body)), styles.body),
        signature_block(lines, styles, width_share=0.6)]))
    return story


def write_micro_credential_pdf(snapshot: CaseSnapshot, code: str, path: Path | str, *,
                               language: str = "sv", large_print: bool = False,
                               issued_on: date | None = None, badge_name: str = "") -> Path:
    """Print the certificate of an earned micro-credential (KnownError if it cannot be)."""
    tx = Texts(language)
    item = issuable(snapshot, code, tx)
    styles = Styles.make(large_print)
    day = issued_on or date.today()
    story = micro_credential_story(snapshot, item, day, tx, styles, badge_name)
    meta = document_meta(snapshot, tx, styles, f"{tx('micro.title')}: {item.definition.title}",
                         tx("micro.subject", code=code, reference=snapshot.case.reference))
    return build_pdf(Path(path), story, meta)


# -- the Open Badges 3.0 credential ----------------------------------------------------------

def _urn(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '/'.join(parts))}"


def _ects(workload: str) -> float | None:
    """1.5 from "… ungefär 1,5 ECTS"; None when the workload gives no ECTS."""
    found = re.search(r"(\d+(?:[.,]\d+)?)\s*(?:ECTS|hp\b)", workload, re.IGNORECASE)
    return float(found.group(1).replace(",", ".")) if found else None


def _alignments(snapshot: CaseSnapshot, definition: MicroCredential) -> list[dict[str, Any]]:
    """The requirements it certifies (and the EQF level, when stated) as alignments."""
    out = []
    for framework_code, requirement_code in definition.requirements:
        framework = next((f for f in snapshot.frameworks if f.code == framework_code), None)
        requirement = snapshot.requirement((framework_code, requirement_code))
        version = framework.version if framework else ""
        url = framework.source if framework and framework.source.startswith("http") else \
            f"urn:koll:{framework_code}:{version}:{requirement_code}".replace("::", ":")
        entry = {"type": ["Alignment"], "targetName": f"{framework_code} {requirement_code}",
                 "targetUrl": url, "targetCode": requirement_code,
                 "targetFramework": framework.title if framework else framework_code}
        if requirement is not None:
            entry["targetDescription"] = requirement.text
        out.append(entry)
    eqf = re.search(r"EQF\s*(\d)", definition.level)
    if eqf:
        out.append({"type": ["Alignment"], "targetName": f"EQF {eqf.group(1)}",
                    "targetUrl": EQF_URL, "targetCode": eqf.group(1),
                    "targetFramework": "European Qualifications Framework"})
    return out


def _achievement(snapshot: CaseSnapshot, definition: MicroCredential,
                 issuer: dict[str, Any]) -> dict[str, Any]:
    criteria = definition.learning_outcomes
    texts = [snapshot.requirement(tuple(ref)) for ref in definition.requirements]
    listed = [f"- {r.text}" for r in texts if r is not None]
    achievement: dict[str, Any] = {
        "id": _urn("achievement", definition.code),
        "type": ["Achievement"],
        "achievementType": "MicroCredential",
        "name": definition.title,
        "description": definition.learning_outcomes,
        "criteria": {"narrative": "\n".join([criteria, *listed])},
        "humanCode": definition.code,
        "inLanguage": "sv",
        "creator": issuer,
        "alignment": _alignments(snapshot, definition),
    }
    credits = _ects(definition.workload)
    if credits is not None:
        achievement["creditsAvailable"] = credits
    return achievement


def micro_credential_badge(snapshot: CaseSnapshot, code: str, issued_on: date) -> dict:
    """The earned micro-credential as an Open Badges 3.0 OpenBadgeCredential (unsigned),
    with the EU Annex I elements both in the Open Badges fields and as `euAnnexI`."""
    item = issuable(snapshot, code)
    definition = item.definition
    issuer = {"id": _urn("issuer", definition.awarding_body), "type": ["Profile"],
              "name": definition.awarding_body,
              "address": {"type": ["Address"], "addressCountryCode": definition.country}}
    valid_from = f"{issued_on.isoformat()}T00:00:00Z"
    annex = annex_values(snapshot, definition, issued_on)
    return {
        "@context": [*OB3_CONTEXT, ANNEX_CONTEXT],
        "id": _urn("credential", snapshot.case.id, definition.code, issued_on.isoformat()),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": definition.title,
        # Marked as such: issued offline, with no issuer key, so no `proof` can be attached.
        "unsigned": True,
        "description": "Osignerat intyg, utfärdat offline av KoLL Desktop (ingen digital "
                       "signatur). Kontrollera det mot utfärdaren.",
        "issuer": issuer,
        "validFrom": valid_from,
        "awardedDate": valid_from,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{"type": "IdentityObject", "identityType": "name", "hashed": False,
                            "identityHash": snapshot.person.full_name}],
            "achievement": _achievement(snapshot, definition, issuer),
        },
        "euAnnexI": {**{_camel(k): v for k, v in annex.items()},
                     "prerequisites": definition.prerequisites,
                     "integrationStackability": definition.stackable_into},
    }


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)


def write_badge_json(badge: dict, path: Path) -> Path:
    """Write the badge; a half-written file never takes the real name."""
    return write_json(path, badge, "märket (JSON)", indent=2)


def issue_micro_credential(snapshot: CaseSnapshot, code: str, pdf_path: Path | str, *,
                           language: str = "sv", large_print: bool = False,
                           issued_on: date | None = None) -> tuple[Path, Path]:
    """The PDF and, beside it, the badge (FILE.json): both or neither."""
    day = issued_on or date.today()
    pdf_path = Path(pdf_path)
    Texts(language)  # a wrong language fails before anything is built
    badge = micro_credential_badge(snapshot, code, day)
    json_path = pdf_path.with_suffix(".json")
    write_micro_credential_pdf(snapshot, code, pdf_path, language=language,
                               large_print=large_print, issued_on=day,
                               badge_name=json_path.name)
    try:
        write_badge_json(badge, json_path)
    except KnownError:
        pdf_path.unlink(missing_ok=True)
        raise
    return pdf_path, json_path
