"""The crash test: a child process edits the database through the repositories and is killed.

Child (plain Python, no Qt):

    python -m tests.durability.crash_child DB_PATH SEED

opens the database with `open_db` and makes varied edits for ever — case fields, person
fields, assessments, self-ratings, evidence files added and deleted, plan header and plan
rows, prior learning, follow-ups, now and then a new person and case — each one a committed
edit through `CaseRepository` / `CaseDataRepository`. Around every edit it writes one line to
stdout, flushed:

    B {"s": 17, "e": "assessment", "w": [[key, new], ...], "o": [old, ...]}   before
    C {"s": 17, "e": "assessment", "w": [[key, new], ...]}                   committed

A key names one stored value (e.g. ["assessment", case_id, requirement_id, "status"]);
`read_value` reads it back. "o" is what the child read before the edit.

Parent (`run_crash_test`): starts the child, lets it run a seeded random 20–300 ms (one kill
in ten lands at a random moment of start-up instead), kills it with SIGKILL, opens the
database with `open_db` and checks: `PRAGMA integrity_check` is ok, `PRAGMA
foreign_key_check` is empty, the FTS5 indexes pass their integrity-check, and every edit the
child reported committed is there with its value (the last reported value of a key wins).
The one edit in flight (a B line without its C) may or may not be there, but all or none of
its values. The database carries over from kill to kill, so every kill also checks that the
earlier kills' edits survived (the child's "old" values must be what was verified before).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MODULE = "tests.durability.crash_child"

Key = tuple[Any, ...]

# -- reading a value back (used by the child for "old" and by the parent to verify) ----------

_ROW_TABLES = {"case": '"case"', "person": "person", "prior_learning": "prior_learning"}
_FIELDS = {
    "case": {"goal", "counsellor", "organisation", "consent_scope", "consent_method", "status",
             "labour_market_status", "education_level", "retention_until", "person_id"},
    "person": {"email", "phone", "languages", "accessibility_needs", "family_name"},
    "prior_learning": {"title"},
    "assessment": {"status", "rationale", "assessor", "assessed_on"},
    "plan_row": {"note", "provider"},
    "follow_up": {"outcome", "note"},
}


def read_value(conn: Any, key: Key | list, *, blob_hash: bool = True) -> Any:
    """The stored value a key names, None when its row does not exist.

    Evidence reads as its sha256; with `blob_hash` the stored bytes are hashed too and a
    mismatch reads as "damaged:…".
    """
    kind = key[0]
    if kind in _ROW_TABLES:
        column = _column(kind, key[2])
        row = conn.execute(f"SELECT {column} FROM {_ROW_TABLES[kind]} WHERE id = ?",
                           [key[1]]).fetchone()
    elif kind in ("assessment", "plan_row"):
        column = _column(kind, key[3])
        other = "requirement_id" if kind == "assessment" else "unit_id"
        row = conn.execute(f"SELECT {column} FROM {kind} WHERE case_id = ? AND {other} = ?",
                           [key[1], key[2]]).fetchone()
    elif kind == "self_rating":
        row = conn.execute("SELECT level FROM self_rating WHERE case_id = ? AND "
                           "requirement_id = ?", [key[1], key[2]]).fetchone()
    elif kind == "plan":
        row = conn.execute("SELECT pace FROM plan WHERE case_id = ?", [key[1]]).fetchone()
    elif kind == "follow_up":
        column = _column(kind, key[3])
        row = conn.execute(f"SELECT {column} FROM follow_up WHERE case_id = ? AND months = ?",
                           [key[1], key[2]]).fetchone()
    elif kind == "evidence":
        if not blob_hash:
            row = conn.execute("SELECT sha256 FROM evidence WHERE id = ?", [key[1]]).fetchone()
            return row[0] if row else None
        row = conn.execute("SELECT sha256, data FROM evidence WHERE id = ?",
                           [key[1]]).fetchone()
        if row is None:
            return None
        actual = hashlib.sha256(bytes(row[1])).hexdigest()
        return row[0] if actual == row[0] else f"damaged:{row[0]}:{actual}"
    else:
        raise ValueError(f"unknown key {key!r}")
    return row[0] if row else None


def _column(kind: str, name: str) -> str:
    if name not in _FIELDS[kind]:
        raise ValueError(f"unknown field {kind}.{name}")
    return name


# -- the child ---------------------------------------------------------------------------------

@dataclass
class _CaseInfo:
    id: str
    person_id: str
    requirements: list[str]
    units: list[str]
    evidence: list[str] = field(default_factory=list)
    prior_learning: list[str] = field(default_factory=list)


@dataclass
class _Edit:
    name: str
    writes: list[tuple[Key, Any]]
    apply: Callable[[], Any]
    after: Callable[[], None] = lambda: None


_WORDS = ("omvårdnad", "hygien", "dokumentation", "bemötande", "läkemedel", "förflyttning",
          "kost", "demens", "arbetsmiljö", "samtal", "observation", "intyg", "språk", "åtgärd")


class _Child:
    def __init__(self, db: Any, seed: int) -> None:
        from koll_desktop.storage.case_data import CaseDataRepository
        from koll_desktop.storage.cases import CaseRepository

        self.db = db
        self.seed = seed
        self.rng = random.Random(seed)
        self.cases_repo = CaseRepository(db, actor="krocktest")
        self.data = CaseDataRepository(db, actor="krocktest")
        self.frameworks = [r[0] for r in db.execute("SELECT id FROM framework ORDER BY code")]
        self.cases = [self._load_case(r[0], r[1]) for r in db.execute(
            'SELECT id, person_id FROM "case" ORDER BY reference')]
        self.seq = 0
        self._queued: _Edit | None = None  # the case that follows a new person

    def _load_case(self, case_id: str, person_id: str) -> _CaseInfo:
        q = self.db.execute
        reqs = [r[0] for r in q("SELECT r.id FROM case_framework cf JOIN requirement r ON "
                                "r.framework_id = cf.framework_id WHERE cf.case_id = ? "
                                "ORDER BY r.id", [case_id])]
        units = [r[0] for r in q("SELECT u.id FROM case_framework cf JOIN unit u ON "
                                 "u.framework_id = cf.framework_id WHERE cf.case_id = ? "
                                 "ORDER BY u.id", [case_id])]
        info = _CaseInfo(case_id, person_id, reqs, units)
        info.evidence = [r[0] for r in q("SELECT id FROM evidence WHERE case_id = ? ORDER BY id",
                                         [case_id])]
        info.prior_learning = [r[0] for r in q("SELECT id FROM prior_learning WHERE case_id = ? "
                                               "ORDER BY id", [case_id])]
        return info

    # -- values --------------------------------------------------------------------------
    def _id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _text(self, label: str) -> str:
        size = self.rng.choice((1, 2, 3, 5, 8, 20, 200))
        words = " ".join(self.rng.choice(_WORDS) for _ in range(size))
        return f"{label} {self.seed}:{self.seq} {words}"

    def _day(self) -> date:
        return date(2026, 1, 1) + timedelta(days=self.rng.randrange(0, 900))

    # -- edits -----------------------------------------------------------------------------
    def next_edit(self) -> _Edit:
        kinds = (self._case_fields, self._person_fields, self._assessment, self._self_rating,
                 self._evidence_add, self._evidence_delete, self._plan_row, self._plan_header,
                 self._prior_learning, self._follow_up, self._new_case)
        weights = (14, 6, 24, 18, 5, 4, 10, 4, 6, 4, 1)
        while True:
            edit = self.rng.choices(kinds, weights)[0]()
            if edit is not None:
                return edit

    def _case(self, with_requirements: bool = False) -> _CaseInfo:
        pool = [c for c in self.cases if c.requirements] if with_requirements else self.cases
        return self.rng.choice(pool)

    def _case_fields(self) -> _Edit:
        from koll_desktop.domain.enums import CaseStatus, EducationLevel, LabourMarketStatus

        case = self._case()
        choices: dict[str, Callable[[], Any]] = {
            "goal": lambda: self._text("mål"),
            "counsellor": lambda: self._text("handläggare")[:60],
            "organisation": lambda: self._text("organisation")[:80],
            "consent_scope": lambda: self._text("samtycke"),
            "consent_method": lambda: self.rng.choice(("skriftligt", "muntligt", "digitalt")),
            "status": lambda: self.rng.choice(list(CaseStatus)),
            "labour_market_status": lambda: self.rng.choice(list(LabourMarketStatus)),
            "education_level": lambda: self.rng.choice(list(EducationLevel)),
            "retention_until": self._day,
        }
        names = self.rng.sample(sorted(choices), self.rng.choice((1, 1, 2, 3)))
        changes = {name: choices[name]() for name in names}
        return _Edit("case", [(("case", case.id, n), _plain(v)) for n, v in changes.items()],
                     lambda: self.cases_repo.update_case(case.id, **changes))

    def _person_fields(self) -> _Edit:
        case = self._case()
        choices: dict[str, Callable[[], Any]] = {
            "email": lambda: f"person{self.seed}.{self.seq}@example.se",
            "phone": lambda: f"070-{self.rng.randrange(10**6, 10**7)}",
            "languages": lambda: self.rng.choice(("svenska", "arabiska, svenska", "somaliska")),
            "accessibility_needs": lambda: self._text("anpassning"),
        }
        names = self.rng.sample(sorted(choices), self.rng.choice((1, 2)))
        changes = {name: choices[name]() for name in names}
        return _Edit("person", [(("person", case.person_id, n), v) for n, v in changes.items()],
                     lambda: self.cases_repo.update_person(case.person_id, **changes))

    def _assessment(self) -> _Edit | None:
        from koll_desktop.domain.enums import AssessmentStatus

        if not any(c.requirements for c in self.cases):
            return None
        case = self._case(with_requirements=True)
        requirement = self.rng.choice(case.requirements)
        choices: dict[str, Callable[[], Any]] = {
            "status": lambda: self.rng.choice(list(AssessmentStatus)),
            "rationale": lambda: self._text("motivering"),
            "assessor": lambda: self.rng.choice(("Lena Berg", "Omar Said", "Åsa Öberg")),
            "assessed_on": self._day,
        }
        names = self.rng.sample(sorted(choices), self.rng.choice((1, 2, 2, 3, 4)))
        changes = {name: choices[name]() for name in names}
        return _Edit("assessment", [(("assessment", case.id, requirement, n), _plain(v))
                                    for n, v in changes.items()],
                     lambda: self.data.set_assessment(case.id, requirement, **changes))

    def _self_rating(self) -> _Edit | None:
        from koll_desktop.domain.enums import SelfRatingLevel

        if not any(c.requirements for c in self.cases):
            return None
        case = self._case(with_requirements=True)
        requirement = self.rng.choice(case.requirements)
        level = None if self.rng.random() < 0.1 else self.rng.choice(list(SelfRatingLevel))
        return _Edit("self_rating", [(("self_rating", case.id, requirement), _plain(level))],
                     lambda: self.data.set_self_rating(case.id, requirement, level))

    def _evidence_add(self) -> _Edit:
        case = self._case()
        size = self.rng.choice((64, 700, 3_000, 3_000, 20_000, 60_000, 250_000))
        data = self.rng.randbytes(self.rng.randrange(1, size + 1))
        evidence_id = self._id()
        name = f"intyg-{self.seed}-{self.seq}.pdf"
        return _Edit("evidence_add", [(("evidence", evidence_id),
                                       hashlib.sha256(data).hexdigest())],
                     lambda: self.data.add_evidence(case.id, name, data,
                                                    evidence_id=evidence_id),
                     lambda: case.evidence.append(evidence_id))

    def _evidence_delete(self) -> _Edit | None:
        with_files = [c for c in self.cases if c.evidence]
        if not with_files:
            return None
        case = self.rng.choice(with_files)
        evidence_id = self.rng.choice(case.evidence)
        return _Edit("evidence_delete", [(("evidence", evidence_id), None)],
                     lambda: self.data.delete_evidence(evidence_id, case.id),
                     lambda: case.evidence.remove(evidence_id))

    def _plan_row(self) -> _Edit | None:
        if not any(c.units for c in self.cases):
            return None
        case = self.rng.choice([c for c in self.cases if c.units])
        unit = self.rng.choice(case.units)
        choices: dict[str, Callable[[], Any]] = {
            "note": lambda: self._text("anteckning"),
            "provider": lambda: self.rng.choice(("Komvux Exempelby", "Lärcentrum", "")),
        }
        names = self.rng.sample(sorted(choices), self.rng.choice((1, 2)))
        changes = {name: choices[name]() for name in names}
        return _Edit("plan_row", [(("plan_row", case.id, unit, n), v)
                                  for n, v in changes.items()],
                     lambda: self.data.set_plan_row(case.id, unit, **changes))

    def _plan_header(self) -> _Edit:
        case = self._case()
        pace = self.rng.choice((25, 50, 75, 100))
        return _Edit("plan_header", [(("plan", case.id), pace)],
                     lambda: self.data.set_plan_header(case.id, pace=pace))

    def _prior_learning(self) -> _Edit:
        from koll_desktop.domain.case import PriorLearning
        from koll_desktop.domain.enums import PriorLearningKind

        case = self._case()
        title = self._text("erfarenhet")[:200]
        if case.prior_learning and self.rng.random() < 0.6:
            item_id = self.rng.choice(case.prior_learning)
            return _Edit("prior_learning_update", [(("prior_learning", item_id, "title"), title)],
                         lambda: self.data.update_prior_learning(item_id, case.id, title=title))
        item = PriorLearning(case_id=case.id, kind=self.rng.choice(list(PriorLearningKind)),
                             title=title, date_from=self._day(), id=self._id())
        return _Edit("prior_learning_add", [(("prior_learning", item.id, "title"), title)],
                     lambda: self.data.add_prior_learning(item),
                     lambda: case.prior_learning.append(item.id))

    def _follow_up(self) -> _Edit:
        from koll_desktop.domain.enums import FollowUpOutcome

        case = self._case()
        months = self.rng.choice((3, 6))
        outcome = self.rng.choice(list(FollowUpOutcome))
        note = self._text("uppföljning")
        return _Edit("follow_up", [(("follow_up", case.id, months, "outcome"), str(outcome)),
                                   (("follow_up", case.id, months, "note"), note)],
                     lambda: self.data.set_follow_up(case.id, months, outcome, self._day(),
                                                     note))

    def _new_case(self) -> _Edit:
        """A new person, then (as the next edit, its own transaction) their case."""
        from koll_desktop.domain.case import Case, Person

        person = Person(given_name="Krock", family_name=f"Test {self.seed}-{self.seq}",
                        id=self._id())
        frameworks = tuple(self.rng.sample(self.frameworks,
                                           min(len(self.frameworks), self.rng.choice((1, 2)))))
        case_id = self._id()

        def add_case() -> None:
            self.cases_repo.add_case(Case(reference=self.cases_repo.next_reference(2026),
                                          person_id=person.id, framework_ids=frameworks,
                                          id=case_id))

        self._queued = _Edit("case_add", [(("case", case_id, "person_id"), person.id)],
                             add_case,
                             lambda: self.cases.append(self._load_case(case_id, person.id)))
        return _Edit("person_add", [(("person", person.id, "family_name"),
                                     person.family_name)],
                     lambda: self.cases_repo.add_person(person))

    # -- the loop --------------------------------------------------------------------------
    def run(self, out: Any, max_edits: int) -> None:
        while self.seq < max_edits:
            self.seq += 1
            if self._queued is not None:
                edit, self._queued = self._queued, None
            else:
                edit = self.next_edit()  # may queue the case after a new person
            writes = [[list(k), v] for k, v in edit.writes]
            old = [read_value(self.db, k) for k, _ in edit.writes]
            out.write("B " + json.dumps({"s": self.seq, "e": edit.name, "w": writes, "o": old},
                                        ensure_ascii=False) + "\n")
            out.flush()
            edit.apply()
            out.write("C " + json.dumps({"s": self.seq, "e": edit.name, "w": writes},
                                        ensure_ascii=False) + "\n")
            out.flush()
            edit.after()


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if value is not None and hasattr(value, "value"):
        return str(value.value)
    return value


def child_main(argv: list[str]) -> int:
    from koll_desktop.storage.db import open_db

    path, seed = Path(argv[0]), int(argv[1])
    max_edits = int(argv[2]) if len(argv) > 2 else 10**9
    db = open_db(path)
    child = _Child(db, seed)
    qt = sorted(m for m in sys.modules if m.startswith(("PySide", "PyQt", "shiboken")))
    sys.stdout.write("READY " + json.dumps({"cases": len(child.cases), "qt": qt}) + "\n")
    sys.stdout.flush()
    child.run(sys.stdout, max_edits)
    db.close()
    return 0


# -- the parent --------------------------------------------------------------------------------

@dataclass
class CrashFigures:
    kills: int = 0
    kills_during_start: int = 0  # killed before the child said READY
    edits_reported: int = 0  # C lines
    edits_verified: int = 0  # reported edits whose every value was found (or superseded)
    in_flight: int = 0  # edits begun but not reported when the child died
    in_flight_landed: int = 0  # …of which the database had committed anyway
    values_checked: int = 0  # stored values compared after all kills
    losses: int = 0
    integrity_failures: int = 0
    child_failures: int = 0  # the child stopped by itself (a bug, not a kill)
    start_ms: list[float] = field(default_factory=list)  # child start to READY
    seconds: float = 0.0
    database_mib: float = 0.0
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"kills: {self.kills} ({self.kills_during_start} during start-up)",
            f"edits reported committed: {self.edits_reported}",
            f"edits verified: {self.edits_verified}",
            f"edits in flight at the kill: {self.in_flight} "
            f"({self.in_flight_landed} had committed, the rest had not; all-or-nothing held)",
            f"stored values compared: {self.values_checked}",
            f"losses: {self.losses}",
            f"integrity failures: {self.integrity_failures}",
            f"child failures: {self.child_failures}",
            f"child start-up (process start to first edit possible): median "
            f"{_median(self.start_ms):.0f} ms, no Qt imported",
            f"time: {self.seconds:.1f} s ({self.seconds / max(self.kills, 1) * 1000:.0f} ms "
            f"per kill), database {self.database_mib:.1f} MiB",
            *[f"problem: {p}" for p in self.problems[:20]],
        ]

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def _problem(self, text: str) -> None:
        self.problems.append(text)


def prepare_database(path: Path) -> None:
    """The demo library and cases: requirements and units for the child to edit."""
    from koll_desktop.services.demo import load_demo
    from koll_desktop.storage.db import open_db

    db = open_db(path)
    try:
        load_demo(db, actor="krocktest")
    finally:
        db.close()


def child_command(db_path: Path, seed: int, max_edits: int | None = None) -> list[str]:
    command = [sys.executable, "-m", MODULE, str(db_path), str(seed)]
    return [*command, str(max_edits)] if max_edits is not None else command


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _wait_ready(out_path: Path, proc: subprocess.Popen, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if b"\n" in out_path.read_bytes()[:4096]:
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    return False


class Verifier:
    """What the parent knows was committed, across all kills."""

    def __init__(self, figures: CrashFigures) -> None:
        self.figures = figures
        self.expected: dict[Key, Any] = {}

    def check_kill(self, db: Any, text: str, kill_no: int) -> None:
        fig = self.figures
        lines = text.split("\n")[:-1]  # the last piece has no newline: cut off by the kill
        begun: dict[int, dict] = {}
        committed: list[dict] = []
        for line in lines:
            tag, _, payload = line.partition(" ")
            if tag == "READY":
                qt = json.loads(payload)["qt"]
                if qt:
                    fig._problem(f"kill {kill_no}: the child imported Qt: {qt}")
                    fig.child_failures += 1
                continue
            record = json.loads(payload)
            if tag == "B":
                begun[record["s"]] = record
            elif tag == "C":
                committed.append(record)
        fig.edits_reported += len(committed)
        touched: dict[Key, list[int]] = {}
        for record in committed:
            before = begun.pop(record["s"])
            for (key, value), old in zip(record["w"], before["o"], strict=True):
                key = tuple(key)
                self._check_old(key, old, kill_no, record)
                self.expected[key] = value
                touched.setdefault(key, []).append(record["s"])
        for record in begun.values():  # at most one: the edit the kill interrupted
            fig.in_flight += 1
            keys = [tuple(k) for k, _ in record["w"]]
            for key, old in zip(keys, record["o"], strict=True):
                self._check_old(key, old, kill_no, record)
            actual = [read_value(db, k) for k in keys]
            new = [v for _, v in record["w"]]
            if actual == new:
                fig.in_flight_landed += 1
            elif actual != record["o"]:
                fig.losses += 1
                fig._problem(f"kill {kill_no}: edit {record['s']} ({record['e']}) in flight is "
                             f"half there: {actual} is neither {record['o']} nor {new}")
            for key, value in zip(keys, actual, strict=True):
                touched.setdefault(key, []).append(record["s"])
                if value is None:
                    # Nothing stored under the key, and nothing reported: a later edit of
                    # another field may create the row with defaults, so expect nothing.
                    self.expected.pop(key, None)
                else:
                    self.expected[key] = value
        # Every value known so far: this kill's edits and all the earlier kills' edits.
        bad_seqs: set[int] = set()
        for key, value in self.expected.items():
            fig.values_checked += 1
            actual = read_value(db, key, blob_hash=key in touched)
            if actual != value:
                fig.losses += 1
                bad_seqs.update(touched.get(key, ()))
                fig._problem(f"kill {kill_no}: {list(key)} is {_short(actual)}, "
                             f"expected {_short(value)}")
        fig.edits_verified += sum(1 for r in committed if r["s"] not in bad_seqs)

    def _check_old(self, key: Key, old: Any, kill_no: int, record: dict) -> None:
        """The child read `old` before its edit: it must be what was committed before."""
        if key in self.expected and self.expected[key] != old:
            self.figures.losses += 1
            self.figures._problem(
                f"kill {kill_no}: before edit {record['s']} ({record['e']}) {list(key)} read "
                f"{_short(old)}, but {_short(self.expected[key])} had been committed")

    def check_all_blobs(self, db: Any) -> None:
        for key, value in self.expected.items():
            if key[0] == "evidence" and read_value(db, key) != value:
                self.figures.losses += 1
                self.figures._problem(f"final: evidence {key[1]} bytes do not match")


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_database(db: Any) -> list[str]:
    """Structural checks after a crash; empty when all is well."""
    problems = []
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems.append(f"integrity_check: {result[:5]}")
    orphans = db.execute("PRAGMA foreign_key_check").fetchall()
    if orphans:
        problems.append(f"foreign_key_check: {orphans[:5]}")
    for table in ("person_search", "requirement_search"):
        try:
            db.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        except Exception as exc:  # the FTS5 check reports by raising
            problems.append(f"{table} integrity-check: {exc}")
        finally:
            if db.conn.in_transaction:  # the check writes nothing; end its implicit one
                db.conn.rollback()
    return problems


def run_crash_test(workdir: Path, kills: int, *, seed: int = 2026,
                   time_budget: float | None = None, min_kills: int = 0,
                   min_delay: float = 0.020, max_delay: float = 0.300,
                   start_up_share: float = 0.1,
                   progress: Callable[[int, CrashFigures], None] | None = None) -> CrashFigures:
    """Up to `kills` SIGKILLs of the child, each followed by the checks above; with
    `time_budget` (seconds) it stops when the budget is spent and `min_kills` are done."""
    from koll_desktop.errors import KnownError
    from koll_desktop.storage.db import open_db

    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "krock.sqlite3"
    out_path, err_path = workdir / "child.out", workdir / "child.err"
    prepare_database(db_path)
    rng = random.Random(seed)
    figures = CrashFigures()
    verifier = Verifier(figures)
    began = time.perf_counter()
    env = child_env()
    for kill_no in range(1, kills + 1):
        if (time_budget is not None and kill_no > max(min_kills, 1)
                and time.perf_counter() - began > time_budget):
            break
        last = kill_no == kills
        child_seed = rng.randrange(1, 2**31)
        during_start = rng.random() < start_up_share
        delay = rng.uniform(0.0, 0.25) if during_start else rng.uniform(min_delay, max_delay)
        with out_path.open("wb") as out, err_path.open("wb") as err:
            proc = subprocess.Popen(child_command(db_path, child_seed), stdout=out, stderr=err,
                                    cwd=ROOT, env=env)
        spawned = time.perf_counter()
        try:
            if not during_start and not _wait_ready(out_path, proc):
                figures.child_failures += 1
                figures._problem(f"kill {kill_no}: the child did not start: "
                                 f"{err_path.read_text(errors='replace')[-2000:]}")
            if not during_start:
                figures.start_ms.append((time.perf_counter() - spawned) * 1000)
            time.sleep(delay)
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        figures.kills += 1
        if proc.returncode != -signal.SIGKILL:
            figures.child_failures += 1
            figures._problem(f"kill {kill_no}: the child ended by itself ({proc.returncode}): "
                             f"{err_path.read_text(errors='replace')[-2000:]}")
        text = out_path.read_text(encoding="utf-8", errors="replace")
        if not text.startswith("READY"):
            figures.kills_during_start += 1
        try:
            db = open_db(db_path)
        except KnownError as exc:
            figures.integrity_failures += 1
            figures._problem(f"kill {kill_no}: the database does not open: {exc}")
            break
        try:
            problems = check_database(db)
            if problems:
                figures.integrity_failures += 1
                figures.problems += [f"kill {kill_no}: {p}" for p in problems]
            verifier.check_kill(db, text, kill_no)
            if last or (time_budget is not None
                        and time.perf_counter() - began > time_budget
                        and kill_no >= min_kills):
                verifier.check_all_blobs(db)  # every evidence file's bytes, once at the end
        finally:
            db.close()
        if progress:
            progress(kill_no, figures)
    figures.seconds = time.perf_counter() - began
    figures.database_mib = db_path.stat().st_size / 2**20
    return figures


# -- a kill in the middle of an import or a restore: all or nothing ---------------------------

_OPERATION = """
import sys
from pathlib import Path
from koll_desktop.storage.db import open_db
db = open_db(Path(sys.argv[2]))
source = Path(sys.argv[3])
if sys.argv[1] == "library":
    from koll_desktop.services.library_import import import_library_file as run
elif sys.argv[1] == "bundle":
    from koll_desktop.services.bundles import import_bundle as run
else:
    from koll_desktop.storage.backups import restore_backup as run
print("GO", flush=True)
run(db, source)
print("DONE", flush=True)
import time
time.sleep(60)
"""

COUNTED = ("framework", "unit", "requirement", "crosswalk_link", "micro_credential",
           "micro_credential_requirement", "person", "case", "case_framework", "evidence",
           "assessment", "self_rating", "plan", "audit_event", "person_search",
           "requirement_search")


def counts(path: Path) -> dict[str, int]:
    """Rows per table after the structural checks (which must pass)."""
    from koll_desktop.storage.db import open_db

    db = open_db(path)
    try:
        problems = check_database(db)
        assert problems == [], problems
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COUNTED}
    finally:
        db.close()


def kill_during(operation: str, template: Path, source: Path, work_dir: Path, kills: int,
                seed: int, longest: float,
                measure: Callable[[Path], Any] = counts) -> dict[str, Any]:
    """Copies of `template` each get `operation` from `source` and a SIGKILL at a random
    moment of it (up to `longest` seconds after it began); returns `measure` of the database
    after each kill, and how many kills came before the operation said DONE."""
    rng = random.Random(seed)
    seen: list[Any] = []
    unfinished = 0
    for n in range(kills):
        work = work_dir / f"kill-{n}.sqlite3"
        shutil.copyfile(template, work)
        proc = subprocess.Popen([sys.executable, "-c", _OPERATION, operation, str(work),
                                 str(source)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                cwd=ROOT, env=child_env())
        try:
            first = proc.stdout.readline()
            assert first.strip() == b"GO", proc.stderr.read().decode()
            time.sleep(rng.uniform(0, longest))
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        if b"DONE" not in proc.stdout.read():
            unfinished += 1
        seen.append(measure(work))
        for suffix in ("", "-wal", "-shm"):
            (work.parent / (work.name + suffix)).unlink(missing_ok=True)
    return {"seen": seen, "unfinished": unfinished}


def fingerprint(path: Path) -> str:
    """sha256 of the whole database as SQL text, after the structural checks."""
    from koll_desktop.storage.db import open_db

    db = open_db(path)
    try:
        problems = check_database(db)
        assert problems == [], problems
        digest = hashlib.sha256()
        for line in db.conn.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
