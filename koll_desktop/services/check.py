"""`koll check`: integrity, schema version and counts."""

from __future__ import annotations

from dataclasses import dataclass

from koll_desktop.storage.db import Db, applied_version
from koll_desktop.storage.migrations import schema_version

COUNTED = (("framework", "ramverk"), ("requirement", "krav"), ("crosswalk_link", "kopplingar"),
           ("micro_credential", "mikromeriter"), ("person", "personer"), ("case", "ärenden"),
           ("assessment", "bedömningar"), ("evidence", "bevisfiler"),
           ("audit_event", "händelser i loggen"))


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    foreign_key_problems: int
    schema: int
    schema_known: int
    journal_mode: str
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0


def run_check(db: Db) -> CheckReport:
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    fk = len(db.execute("PRAGMA foreign_key_check").fetchall())
    counts = {label: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
              for table, label in COUNTED}
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    return CheckReport(integrity, fk, applied_version(db), schema_version(), mode, counts)
