"""A pseudonymised .kollcase bundle carries no free text, no name, no contact detail and no
login name of anyone, and still every number the coordinator summary counts (DESIGN §5, §6).

The demo cases get free text in every field a counsellor can type into, then the bundle is
opened as a zip and every JSON value in it is searched for each of those texts."""

from __future__ import annotations

import json
import platform
import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from koll_desktop.domain.enums import AssessmentStatus, FollowUpOutcome, UnitOutcome
from koll_desktop.services.bundles import (
    CHILD_TABLES,
    PSEUDONYMISED_COLUMNS,
    PSEUDONYMISED_TEXT,
    export_cases,
    import_bundle,
    pseudonymous_id,
)
from koll_desktop.services.summary_data import gather
from koll_desktop.storage.case_data import CaseDataRepository
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.library import LibraryRepository

DEMO_REFS = [f"K-2026-000{n}" for n in range(1, 6)]
LOGINS = ("lberg", "osaid")  # the counsellors' login names on their desk


def _fill_every_text(db) -> None:
    """Free text wherever a counsellor can type it, written under the counsellors' logins."""
    texts = {n: (CaseRepository(db, LOGINS[n % 2]), CaseDataRepository(db, LOGINS[n % 2]))
             for n in range(2)}
    library = LibraryRepository(db)
    usk, voxabn = library.find_framework("EX-USK"), library.find_framework("VOXABN")
    for n, reference in enumerate(DEMO_REFS):
        cases, data = texts[n % 2]
        case = cases.case(reference)
        cases.update_person(case.person_id, email=f"deltagare{n}@exempelmejl.se",
                            phone=f"070-12345{n}{n}", languages=f"tigrinja{n}, svenska",
                            accessibility_needs=f"Behöver tolk och extra tid, nr {n}")
        cases.update_case(case.id, consent_method=f"Muntligt via tolk Abebe {n}",
                          consent_scope=f"Validering hos Lärcentrum Norra {n}")
    cases, data = texts[0]
    amina = cases.case("K-2026-0001").id
    requirement = usk.requirements[0]
    data.set_assessment(amina, requirement.id, status=AssessmentStatus.MET,
                        rationale="Visade förflyttning med lyft på Solgårdens boende")
    data.set_unit_decision(amina, voxabn.units[0].id, UnitOutcome.CREDITED,
                           "Gick kursen på Folkuniversitetet i Malmö 2015")
    data.set_plan_header(amina, providers="Lärcentrum Norra och Hermods i Lund")
    data.set_plan_row(amina, voxabn.units[1].id, provider="Hermods i Lund",
                      note="Kvällskurs eftersom dottern Leila går i förskola")
    data.set_plan_row(amina, voxabn.units[2].id,
                      excluded_reason="Läser den via Arbetsförmedlingen i Malmö")
    data.set_plan_row(amina, None, title="Praktik på Solgårdens äldreboende", forced=True,
                      position=1000)
    data.record_document(amina, "plan", date(2026, 10, 20), "plan-amina-hassan.pdf")
    cases, data = texts[1]
    juan = cases.case("K-2026-0005").id
    data.set_follow_up(juan, 3, FollowUpOutcome.STUDIES, date(2026, 9, 3),
                       note="Läser till sjuksköterska på Lunds universitet")
    data.set_follow_up(juan, 6, FollowUpOutcome.EMPLOYED, date(2026, 12, 3),
                       note="Anställd på Vårdcentralen Måsen")


# Free text, names and contact details, by table: what no pseudonymised bundle may hold.
_SECRET_COLUMNS = {
    "person": ("given_name", "family_name", "email", "phone", "languages",
               "accessibility_needs"),
    "case": ("counsellor", "goal", "consent_scope", "consent_method"),
    "prior_learning": ("title", "organisation", "description", "date_from", "date_to"),
    "evidence": ("name", "sha256"),
    "assessment": ("assessor", "rationale"),
    "unit_decision": ("reason",),
    "plan": ("providers",),
    "plan_row": ("provider", "note", "excluded_reason"),
    "follow_up": ("note",),
    "document_issued": ("file_name",),
    "audit_event": ("actor",),
}


def _secrets(db) -> set[str]:
    found: set[str] = {platform.node()}
    for table, columns in _SECRET_COLUMNS.items():
        for row in db.query(f'SELECT * FROM "{table}"'):
            found.update(str(row[c]) for c in columns if row[c])
    for row in db.query("SELECT given_name, family_name, personnummer FROM person"):
        found.add(f"{row['given_name']} {row['family_name']}")
        pnr = row["personnummer"]
        found.update({pnr, pnr[2:], f"{pnr[:8]}-{pnr[8:]}", f"{pnr[2:8]}-{pnr[8:]}"})
    found.update(r[0] for r in db.execute("SELECT title FROM plan_row WHERE unit_id IS NULL"))
    for row in db.query("SELECT data FROM evidence"):
        found.update(line for line in bytes(row["data"]).decode().splitlines() if line)
    return {s for s in found if s}


def _strings(value: Any) -> Iterator[str]:
    """Every string in a JSON document: keys and values, at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _found(secrets: set[str], strings: Iterator[str]) -> set[str]:
    """Secrets that occur in a string as whole words ("Sara" is not in "lex Sarah")."""
    patterns = {s: re.compile(rf"(?<!\w){re.escape(s)}(?!\w)") for s in secrets}
    return {s for text in strings for s, pattern in patterns.items() if pattern.search(text)}


def _members(bundle: Path) -> dict[str, Any]:
    """Every member: JSON read as JSON, anything else (an evidence file) as text."""
    with zipfile.ZipFile(bundle) as archive:
        return {name: json.loads(archive.read(name)) if name.endswith(".json") else
                archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


def test_a_pseudonymised_bundle_holds_no_free_text_name_or_login(demo_db, tmp_path):
    _fill_every_text(demo_db)
    secrets = _secrets(demo_db)
    logins = {r[0] for r in demo_db.execute("SELECT DISTINCT actor FROM audit_event")}
    assert set(LOGINS) <= logins and logins <= secrets
    assert {"Vårdbiträde i hemtjänsten", "Exempelkommunens hemtjänst", "IFK Exempelby",
            "2019-03-01", "2025-12-31", "Lena Berg", "Omar Said", "198203149821",
            "deltagare0@exempelmejl.se", "070-1234500", "Hermods i Lund",
            "plan-amina-hassan.pdf", "Praktik på Solgårdens äldreboende"} <= secrets
    full = _members(export_cases(demo_db, DEMO_REFS, tmp_path / "alla.kollcase"))
    assert _found(secrets, _strings(full)) >= {"Lena Berg", "lberg", "IFK Exempelby"}

    bundle = export_cases(demo_db, DEMO_REFS, tmp_path / "p.kollcase", pseudonymise=True)

    members = _members(bundle)
    assert all(name.endswith(".json") for name in members)  # no evidence file goes along
    real_ids = [CaseRepository(demo_db).case(ref).id for ref in DEMO_REFS]
    assert sorted(members) == sorted(["manifest.json", "library.json", *(
        f"cases/{pseudonymous_id(case_id)}.json" for case_id in real_ids)])
    assert any(n.startswith("evidence/") for n in full)
    for name, document in members.items():
        if name == "library.json":
            continue
        assert _found(secrets, _strings(document)) == set(), name
    # The library is the same as in the full bundle, made of library rows only; it holds a
    # secret only where the library's own text does (a course called "Svenska", say).
    assert members["library.json"] == full["library.json"]
    own = {s for s in secrets if s in json.dumps(full["library.json"], ensure_ascii=False)}
    assert _found(secrets - own, _strings(members["library.json"])) == set()


def test_every_column_a_bundle_carries_is_decided_for_pseudonymisation(demo_db):
    """A column added by a later migration must be decided on here, not carried unseen."""
    replaced = {"framework_id": "framework", "requirement_id": "requirement",
                "unit_id": "unit", "data": None}
    for table in ("person", "case", *CHILD_TABLES):
        columns = {r[1] for r in demo_db.execute(f'PRAGMA table_info("{table}")')}
        carried = {replaced.get(c, c) for c in columns} - {None}
        if table == "evidence":
            assert PSEUDONYMISED_COLUMNS[table] == {}  # no row of it goes along at all
        else:
            assert carried == set(PSEUDONYMISED_COLUMNS[table]), table


def test_counsellors_become_handledare_n_the_same_all_through_the_bundle(demo_db, tmp_path):
    _fill_every_text(demo_db)
    members = _members(export_cases(demo_db, DEMO_REFS, tmp_path / "p.kollcase",
                                    pseudonymise=True))
    records = {r["case"]["reference"]: r for n, r in members.items() if n.startswith("cases/")}
    real = {ref: CaseRepository(demo_db).case(ref).counsellor for ref in DEMO_REFS}
    named = {ref: records[ref]["case"]["counsellor"] for ref in DEMO_REFS}
    assert named["K-2026-0001"] == "handledare 1"  # the cases' counsellors come first
    assert set(named.values()) == {"handledare 1", "handledare 2"}
    for a in DEMO_REFS:  # one pseudonym for one counsellor, another for another
        for b in DEMO_REFS:
            assert (real[a] == real[b]) == (named[a] == named[b])
    # An assessor is the same counsellor under the same pseudonym; logins get their own.
    amina = records["K-2026-0001"]
    assert {a["assessor"] for a in amina["assessment"]} == {named["K-2026-0001"]}
    actors = {e["actor"] for r in records.values() for e in r["audit_event"]}
    assert actors and all(re.fullmatch(r"handledare \d+", a) for a in actors)
    assert not actors & set(named.values())  # "lberg" is not known to be "Lena Berg"
    login = {pseudonymous_id(r[0]): r[1] for r in demo_db.execute(
        "SELECT id, actor FROM audit_event")}
    pairs = {(login[e["id"]], e["actor"]) for r in records.values() for e in r["audit_event"]}
    assert len(pairs) == len({a for a, _ in pairs}) == len(actors) >= 3  # one login, one name
    # What stays of the prior learning: its kind; no title, employer, country or dates.
    assert [(p["kind"], p["title"], p["organisation"], p["country"], p["date_from"],
             p["date_to"], p["description"]) for p in sorted(
                 amina["prior_learning"], key=lambda p: p["kind"])] == [
        ("non_formal", PSEUDONYMISED_TEXT, "", "", None, None, ""),
        ("work", PSEUDONYMISED_TEXT, "", "", None, None, "")]
    assert amina["case"]["id"] == pseudonymous_id(CaseRepository(demo_db).case(
        "K-2026-0001").id)
    assert members["manifest.json"]["pseudonymised"] is True
    assert members["manifest.json"]["desk"] == ""


def test_the_summary_counts_the_same_from_the_pseudonymised_copies(demo_db, other_desk,
                                                                    tmp_path):
    """Plan numbers (a course left out, a decision overridden), ESF+ breakdowns, follow-ups:
    all the same on the coordinator's desk; only the counsellors' names differ."""
    _fill_every_text(demo_db)
    import_bundle(other_desk, export_cases(demo_db, DEMO_REFS, tmp_path / "p.kollcase",
                                           pseudonymise=True))
    here, there = gather(demo_db), gather(other_desk)

    assert there.kpis == here.kpis and there.kpis.cases == 5
    assert there.by_status == here.by_status and there.by_framework == here.by_framework
    assert there.courses == here.courses and there.gaps == here.gaps
    assert there.horizontal == here.horizontal and there.follow_ups == here.follow_ups
    strip = [{**vars_of(line), "counsellor": ""} for line in here.cases]
    assert [{**vars_of(line), "counsellor": ""} for line in there.cases] == strip
    assert {line.counsellor for line in there.cases} == {"handledare 1", "handledare 2"}
    # The course left out of Amina's plan is left out on the coordinator's desk too.
    voxabn = LibraryRepository(other_desk).find_framework("VOXABN")
    excluded = other_desk.execute("SELECT excluded_reason FROM plan_row WHERE unit_id = ?",
                                  [voxabn.units[2].id]).fetchone()[0]
    assert excluded == PSEUDONYMISED_TEXT


def vars_of(line) -> dict[str, Any]:
    return {name: getattr(line, name) for name in line.__slots__}
