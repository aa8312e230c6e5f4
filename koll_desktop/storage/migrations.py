"""The schema, as sqlite-utils migrations; each step runs in its own transaction.

Add a new step at the end; never edit one that has shipped. The number of known
steps is the schema version; a database with steps this code does not know was
written by a newer KoLL and is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

    from koll_desktop.storage.db import Db

MIGRATION_SET = "koll"
_STEPS: list[tuple[str, Callable[[Database], None]]] = []


def _step(name: str):
    def inner(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        _STEPS.append((name, fn))
        return fn

    return inner


def steps() -> list[tuple[str, Callable[[Database], None]]]:
    """Every known step, in order (tests build a 'newer' set from these)."""
    return list(_STEPS)


def migration_set() -> Migrations:
    """The known steps as sqlite-utils migrations; built only when a step is to be applied."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in _STEPS:
        migrations(name=name)(fn)
    return migrations


def applied_names(db: Db) -> list[str]:
    """The steps this database has, in the order applied (read without sqlite-utils)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                  "AND name = '_sqlite_migrations'").fetchone() is None:
        return []
    return [row[0] for row in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])]


def apply_pending(db: Db) -> None:
    """Apply every known step the database does not have, each in its own transaction."""
    if len(applied_names(db)) < schema_version():
        migration_set().apply(db.full)


# Columns every stored row has (DESIGN §2).
_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"


@_step("0001_initial")
def _initial(db: Database) -> None:
    db.executescript(f"""
    CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL, {_STAMPS});

    CREATE TABLE framework (
        id TEXT PRIMARY KEY, code TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
        version TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', valid_from TEXT, valid_to TEXT,
        seqf_level INTEGER, source TEXT NOT NULL DEFAULT '', source_date TEXT,
        language TEXT NOT NULL DEFAULT 'sv', example INTEGER NOT NULL DEFAULT 0,
        description TEXT NOT NULL DEFAULT '', syllabus_type TEXT, {_STAMPS},
        UNIQUE (code, version));
    CREATE TABLE unit (
        id TEXT PRIMARY KEY,
        framework_id TEXT NOT NULL REFERENCES framework(id) ON DELETE CASCADE,
        code TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, points INTEGER,
        required INTEGER NOT NULL DEFAULT 1, alternative_group TEXT,
        position INTEGER NOT NULL, {_STAMPS});
    CREATE INDEX unit_framework ON unit(framework_id, position);
    CREATE TABLE requirement (
        id TEXT PRIMARY KEY,
        framework_id TEXT NOT NULL REFERENCES framework(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        code TEXT NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, level INTEGER,
        weight REAL NOT NULL DEFAULT 1, example INTEGER NOT NULL DEFAULT 0, grade_step TEXT,
        position INTEGER NOT NULL, {_STAMPS},
        UNIQUE (framework_id, code));
    CREATE INDEX requirement_unit ON requirement(unit_id, position);
    CREATE TABLE crosswalk_link (
        id TEXT PRIMARY KEY,
        from_requirement_id TEXT NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        to_requirement_id TEXT NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        coverage TEXT NOT NULL CHECK (coverage IN ('full', 'partial')),
        note TEXT NOT NULL DEFAULT '', {_STAMPS},
        UNIQUE (from_requirement_id, to_requirement_id));
    CREATE INDEX crosswalk_to ON crosswalk_link(to_requirement_id);
    CREATE TABLE micro_credential (
        id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
        awarding_body TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT 'SE',
        learning_outcomes TEXT NOT NULL DEFAULT '', workload TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL DEFAULT '', assessment_type TEXT NOT NULL DEFAULT '',
        participation TEXT NOT NULL DEFAULT '', quality_assurance TEXT NOT NULL DEFAULT '',
        prerequisites TEXT NOT NULL DEFAULT '', stackable_into TEXT NOT NULL DEFAULT '',
        {_STAMPS});
    CREATE TABLE micro_credential_requirement (
        micro_credential_id TEXT NOT NULL REFERENCES micro_credential(id) ON DELETE CASCADE,
        requirement_id TEXT NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (micro_credential_id, requirement_id));

    CREATE TABLE person (
        id TEXT PRIMARY KEY, given_name TEXT NOT NULL, family_name TEXT NOT NULL,
        personnummer TEXT NOT NULL DEFAULT '', birth_year INTEGER,
        gender TEXT NOT NULL DEFAULT 'vill ej ange', languages TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
        accessibility_needs TEXT NOT NULL DEFAULT '', {_STAMPS});
    CREATE INDEX person_pnr ON person(personnummer) WHERE personnummer != '';
    CREATE TABLE "case" (
        id TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE,
        person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        counsellor TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'intake',
        consent_date TEXT, consent_scope TEXT NOT NULL DEFAULT '',
        consent_method TEXT NOT NULL DEFAULT '', retention_until TEXT,
        labour_market_status TEXT NOT NULL DEFAULT 'not_stated',
        education_level TEXT NOT NULL DEFAULT 'not_stated', {_STAMPS});
    CREATE INDEX case_person ON "case"(person_id);
    CREATE INDEX case_updated ON "case"(updated_at);
    CREATE TABLE case_framework (
        case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        framework_id TEXT NOT NULL REFERENCES framework(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        PRIMARY KEY (case_id, framework_id));
    CREATE INDEX case_framework_fw ON case_framework(framework_id);

    CREATE TABLE prior_learning (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, title TEXT NOT NULL, organisation TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT 'SE', date_from TEXT, date_to TEXT,
        description TEXT NOT NULL DEFAULT '', {_STAMPS});
    CREATE INDEX prior_learning_case ON prior_learning(case_id);
    CREATE TABLE evidence (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        prior_learning_id TEXT REFERENCES prior_learning(id) ON DELETE SET NULL,
        name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL,
        {_STAMPS});
    CREATE INDEX evidence_case ON evidence(case_id);
    CREATE TABLE self_rating (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        requirement_id TEXT NOT NULL REFERENCES requirement(id) ON DELETE RESTRICT,
        level TEXT NOT NULL, {_STAMPS},
        UNIQUE (case_id, requirement_id));
    CREATE TABLE assessment (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        requirement_id TEXT NOT NULL REFERENCES requirement(id) ON DELETE RESTRICT,
        status TEXT NOT NULL DEFAULT 'not_assessed', methods TEXT NOT NULL DEFAULT '[]',
        evidence_ids TEXT NOT NULL DEFAULT '[]', rule_valid INTEGER, rule_sufficient INTEGER,
        rule_authentic INTEGER, rule_current INTEGER, assessor TEXT NOT NULL DEFAULT '',
        assessed_on TEXT, rationale TEXT NOT NULL DEFAULT '', {_STAMPS},
        UNIQUE (case_id, requirement_id));
    CREATE TABLE unit_decision (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
        outcome TEXT NOT NULL, reason TEXT NOT NULL, {_STAMPS},
        UNIQUE (case_id, unit_id));
    CREATE TABLE plan (
        case_id TEXT PRIMARY KEY REFERENCES "case"(id) ON DELETE CASCADE,
        pace INTEGER NOT NULL DEFAULT 100, starts_on TEXT, agreed_on TEXT,
        providers TEXT NOT NULL DEFAULT '', framework_versions TEXT NOT NULL DEFAULT '[]',
        {_STAMPS});
    CREATE TABLE plan_row (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        unit_id TEXT REFERENCES unit(id) ON DELETE RESTRICT, title TEXT NOT NULL DEFAULT '',
        outcome TEXT, credit_form TEXT, provider TEXT NOT NULL DEFAULT '', starts_on TEXT,
        ends_on TEXT, note TEXT NOT NULL DEFAULT '', forced INTEGER NOT NULL DEFAULT 0,
        excluded_reason TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,
        {_STAMPS});
    CREATE INDEX plan_row_case ON plan_row(case_id);
    CREATE TABLE follow_up (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        months INTEGER NOT NULL, outcome TEXT NOT NULL, recorded_on TEXT,
        note TEXT NOT NULL DEFAULT '', {_STAMPS},
        UNIQUE (case_id, months));

    CREATE TABLE audit_event (
        id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL DEFAULT '',
        old TEXT NOT NULL DEFAULT '', new TEXT NOT NULL DEFAULT '', case_id TEXT);
    CREATE INDEX audit_case ON audit_event(case_id, at);

    -- One row per person: names, personnummer forms and the references of their cases.
    CREATE VIRTUAL TABLE person_search USING fts5(
        person_id UNINDEXED, name, personnummer, refs, tokenize = 'unicode61');

    -- Requirement text search in the library, kept in step by triggers.
    CREATE VIRTUAL TABLE requirement_search USING fts5(
        code, text, content = 'requirement', content_rowid = 'rowid',
        tokenize = 'unicode61');
    CREATE TRIGGER requirement_ai AFTER INSERT ON requirement BEGIN
        INSERT INTO requirement_search(rowid, code, text) VALUES (new.rowid, new.code, new.text);
    END;
    CREATE TRIGGER requirement_ad AFTER DELETE ON requirement BEGIN
        INSERT INTO requirement_search(requirement_search, rowid, code, text)
        VALUES ('delete', old.rowid, old.code, old.text);
    END;
    CREATE TRIGGER requirement_au AFTER UPDATE ON requirement BEGIN
        INSERT INTO requirement_search(requirement_search, rowid, code, text)
        VALUES ('delete', old.rowid, old.code, old.text);
        INSERT INTO requirement_search(rowid, code, text) VALUES (new.rowid, new.code, new.text);
    END;
    """)


@_step("0002_documents_handed_over")
def _documents(db: Database) -> None:
    db.executescript(f"""
    CREATE TABLE document_issued (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, handed_over_on TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '',
        {_STAMPS});
    CREATE INDEX document_issued_case ON document_issued(case_id);
    """)


@_step("0003_person_search_rowid")
def _search_rowid(db: Database) -> None:
    # The search finds persons by the index's own (stable) rowid instead of reading person_id
    # out of the index for every hit, and an edit replaces its row without a full scan.
    db.executescript("""
    ALTER TABLE person ADD COLUMN search_rowid INTEGER;
    UPDATE person SET search_rowid =
        (SELECT s.rowid FROM person_search s WHERE s.person_id = person.id);
    CREATE INDEX person_search_rowid ON person(search_rowid);
    """)


@_step("0004_audit_without_personal_values")
def _audit_values(db: Database) -> None:
    # The trail now notes only that text about the person changed (storage.personal_text);
    # events written before keep no value of it either (contact details, personnummer,
    # experience …), as "(text)" where there was one.
    from koll_desktop.storage.personal_text import value_hidden

    pairs = [(entity, field) for entity, field in db.execute(
        "SELECT DISTINCT entity, field FROM audit_event WHERE action != 'erase'").fetchall()
        if value_hidden(entity, field)]
    for entity, field in pairs:
        db.execute("UPDATE audit_event SET "
                   "old = CASE WHEN old != '' THEN '(text)' ELSE '' END, "
                   "new = CASE WHEN new != '' THEN '(text)' ELSE '' END "
                   "WHERE action != 'erase' AND entity = ? AND field = ?", [entity, field])


def known_names() -> list[str]:
    return [name for name, _ in _STEPS]


def schema_version() -> int:
    return len(known_names())
