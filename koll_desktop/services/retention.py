"""Retention (gallring, DESIGN §9): when a case's personal data is due to go, and removing it.

The rule: a case is kept `retention.months` months (default 24) after it was closed — the
day its status became closed, or its last follow-up when that is later — and a case never
closed is kept that long after its last change. A case with its own `retention_until` is
kept exactly until that day instead.

Due cases are either purged (the case goes; the person too when they have no other case,
through the same erasure as `koll person erase`) or anonymised (the case keeps its
statistics under an anonymous person). Each case is one transaction; the file is scrubbed
once at the end. `retention_due` only lists: the command line shows that list first.

What was purged or anonymised goes on the list beside the database (services.erasure_list),
so a restored backup has it done again (`cases_to_dispose_again`, `dispose_case`) and a
bundle does not bring it back.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from koll_desktop.domain.enums import CaseStatus
from koll_desktop.domain.ids import pseudonymous_id
from koll_desktop.services.erasure_list import note_erasures
from koll_desktop.services.settings_service import DEFAULT_RETENTION_MONTHS, load_settings
from koll_desktop.storage.cases import CaseRepository
from koll_desktop.storage.db import Db, durable, write
from koll_desktop.storage.erasure import (
    Erasures,
    ScrubResult,
    anonymise_case_rows,
    delete_case_rows,
    erase_person_rows,
    id_hash,
    is_anonymised_sql,
    person_case_ids,
    scrub_file,
    secure_deletion,
)


class RetentionMode(StrEnum):
    PURGE = "purge"
    ANONYMISE = "anonymise"


class RetentionAction(StrEnum):
    PURGE_CASE = "purge_case"  # the person keeps another case
    PURGE_PERSON = "purge_person"  # the person's last case: the person goes too
    ANONYMISE = "anonymise"


ACTION_LABELS = {
    RetentionAction.PURGE_CASE: "radera ärendet (personen har fler ärenden)",
    RetentionAction.PURGE_PERSON: "radera ärendet och personen",
    RetentionAction.ANONYMISE: "anonymisera ärendet (statistiken finns kvar)",
}


@dataclass(frozen=True)
class RetentionItem:
    reference: str
    person: str  # the person's name, for the list shown before anything is done
    reason: str  # in Swedish: why the case is due on that day
    due_on: date
    action: RetentionAction
    case_id: str
    person_id: str

    def line(self) -> str:
        return (f"{self.reference}\t{self.person}\tgallras {self.due_on.isoformat()} "
                f"({self.reason})\t→ {ACTION_LABELS[self.action]}")


@dataclass(frozen=True)
class _CaseDates:
    """What the rule reads of one case."""

    case_id: str
    reference: str
    person_id: str
    person: str
    status: str
    own: date | None  # retention_until
    last_change: date
    closed_on: date | None  # the day the status last became closed
    follow_up_on: date | None  # the last follow-up recorded


def retention_months(db: Db) -> int:
    """The setting (`retention.months`), or the default when unset or unreadable."""
    months = load_settings(db).retention_months
    return months if months > 0 else DEFAULT_RETENTION_MONTHS


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day where needed."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def rule_date(dates: _CaseDates, months: int, *, own: bool = True) -> tuple[date, str]:
    """(due date, reason in Swedish) for one case; `own=False` ignores its own date."""
    if own and dates.own is not None:
        return dates.own, "eget datum för ärendet"
    if dates.status == CaseStatus.CLOSED:
        closed = dates.closed_on or dates.last_change
        if dates.follow_up_on is not None and dates.follow_up_on > closed:
            return (add_months(dates.follow_up_on, months),
                    f"{months} månader efter sista uppföljningen {dates.follow_up_on}")
        return add_months(closed, months), f"{months} månader efter avslut {closed}"
    return (add_months(dates.last_change, months),
            f"inte avslutat; {months} månader efter senaste ändring {dates.last_change}")


# Timestamps are stored in UTC; the rule counts local calendar days.
_DATES_SQL = f"""
SELECT c.id, c.reference, c.person_id, p.given_name || ' ' || p.family_name, c.status,
  c.retention_until, date(c.updated_at, 'localtime'),
  (SELECT date(max(a.at), 'localtime') FROM audit_event a WHERE a.case_id = c.id
     AND a.entity = 'case' AND a.field = 'status' AND a.new = 'closed'),
  (SELECT max(f.recorded_on) FROM follow_up f WHERE f.case_id = c.id)
FROM "case" c JOIN person p ON p.id = c.person_id
WHERE {{where}} AND NOT {is_anonymised_sql("c")}"""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _case_dates(db: Db, where: str = "1 = 1",
                params: Sequence[str] = ()) -> list[_CaseDates]:
    return [_CaseDates(r[0], r[1], r[2], r[3].strip(), r[4], _day(r[5]),
                       _day(r[6]) or date.today(), _day(r[7]), _day(r[8]))
            for r in db.execute(_DATES_SQL.format(where=where), list(params))]


def retention_due(db: Db, today: date,
                  mode: RetentionMode = RetentionMode.PURGE) -> list[RetentionItem]:
    """Cases due on or before `today`, earliest first; anonymised cases are never listed."""
    months = retention_months(db)
    due = [(d, *rule_date(d, months)) for d in _case_dates(db)]
    due = [(d, on, why) for d, on, why in due if on <= today]
    listed = Counter(d.person_id for d, _, _ in due)
    owned = Counter(r[0] for r in db.execute('SELECT person_id FROM "case"'))
    items = [RetentionItem(d.reference, d.person, why, on, _action(mode, listed[d.person_id]
                                                                   == owned[d.person_id]),
                           d.case_id, d.person_id)
             for d, on, why in due]
    return sorted(items, key=lambda i: (i.due_on, i.reference))


def _action(mode: RetentionMode, all_cases_due: bool) -> RetentionAction:
    if mode == RetentionMode.ANONYMISE:
        return RetentionAction.ANONYMISE
    return RetentionAction.PURGE_PERSON if all_cases_due else RetentionAction.PURGE_CASE


def case_due(db: Db, case_id: str) -> tuple[date, str] | None:
    """(due date, reason) for one case; None for an anonymised case."""
    dates = _case_dates(db, "c.id = ?", [case_id])
    return rule_date(dates[0], retention_months(db)) if dates else None


def set_retention_from_rule(db: Db, case_id: str, actor: str | None = None) -> date:
    """Give the case its own retention date from the rule (e.g. when it is closed)."""
    cases = CaseRepository(db, actor)
    case = cases.case(case_id)
    dates = _case_dates(db, "c.id = ?", [case.id])
    if not dates:  # an anonymised case keeps no retention date of its own
        return case.retention_until or date.today()
    due, _ = rule_date(dates[0], retention_months(db), own=False)
    cases.update_case(case.id, retention_until=due)
    return due


@dataclass(frozen=True)
class RetentionReport:
    purged: tuple[str, ...]  # case references removed
    anonymised: tuple[str, ...]
    persons_erased: int
    skipped: tuple[str, ...]  # gone already, or changed since the list was made
    scrub: ScrubResult | None
    list_note: str = ""  # why the list of erased persons could not be saved, if it could not

    def lines(self) -> list[str]:
        out = []
        if self.purged:
            out.append(f"raderade ärenden: {len(self.purged)} ({', '.join(self.purged)}); "
                       f"personer raderade helt: {self.persons_erased}")
        if self.anonymised:
            out.append(f"anonymiserade ärenden: {len(self.anonymised)} "
                       f"({', '.join(self.anonymised)})")
        out += [f"hoppade över {ref}: finns inte längre" for ref in self.skipped]
        if self.scrub is not None:
            out.append(scrub_line(self.scrub))
        if self.list_note:
            out.append(self.list_note)
        return out or ["inget att gallra"]


def scrub_line(scrub: ScrubResult) -> str:
    if scrub.clean:
        return (f"databasfilen är omskriven utan de borttagna uppgifterna "
                f"({scrub.seconds:.1f} s)")
    if scrub.error:
        return (f"obs: uppgifterna är borttagna, men databasfilen kunde inte skrivas om "
                f"({scrub.error}); rester kan finnas kvar i filen tills den skrivs om")
    return ("obs: databasen var öppen i ett annat program, så gamla sidor kan finnas kvar i "
            "loggfilen (-wal) tills den töms; stäng andra program som har databasen öppen")


def apply_retention(db: Db, items: Sequence[RetentionItem], mode: RetentionMode,
                    actor: str | None = None, *, vacuum: bool = True) -> RetentionReport:
    """Purge or anonymise each listed case, one transaction a case, then scrub the file."""
    done: list[tuple[str, RetentionAction]] = []
    skipped: list[str] = []
    with secure_deletion(db):
        for item in items:
            if not _still_there(db, item):
                skipped.append(item.reference)
                continue
            with durable(db), write(db):
                done.append((item.reference, dispose_case(db, item.case_id, mode, actor)))
        scrub = scrub_file(db, vacuum=vacuum) if done else None
    list_note = note_erasures(db) if done else ""  # so that no restore brings them back
    anonymised = tuple(ref for ref, action in done if action == RetentionAction.ANONYMISE)
    return RetentionReport(
        purged=tuple(ref for ref, action in done if action != RetentionAction.ANONYMISE),
        anonymised=anonymised,
        persons_erased=sum(action == RetentionAction.PURGE_PERSON for _, action in done),
        skipped=tuple(skipped), scrub=scrub, list_note=list_note)


def dispose_case(db: Db, case_id: str, mode: RetentionMode,
                 actor: str | None = None) -> RetentionAction:
    """One case purged or anonymised, inside the caller's transaction; returns what was
    done. A purge of the person's last case erases the person. Retention and a restore that
    does it again (`cases_to_dispose_again`) both come here."""
    if mode == RetentionMode.ANONYMISE:
        anonymise_case_rows(db, case_id, actor)
        return RetentionAction.ANONYMISE
    person_id = db.execute('SELECT person_id FROM "case" WHERE id = ?', [case_id]).fetchone()[0]
    if person_case_ids(db, person_id) == [case_id]:
        erase_person_rows(db, person_id, actor)
        return RetentionAction.PURGE_PERSON
    delete_case_rows(db, case_id, actor)
    return RetentionAction.PURGE_CASE


def dispose_case_again(db: Db, case_id: str, mode: RetentionMode,
                       actor: str | None = None) -> bool:
    """After a restore: the case anonymised or purged again, as listed, and no more. What
    followed from it the first time (its person erased, their copies) has lines of its own
    on the list and is done from there (`person_data.erase_again`), so the order cases are
    done in changes nothing. False when the case is not here (gone with an earlier step)."""
    if db.execute('SELECT 1 FROM "case" WHERE id = ?', [case_id]).fetchone() is None:
        return False
    if mode == RetentionMode.ANONYMISE:
        anonymise_case_rows(db, case_id, actor)
    else:
        delete_case_rows(db, case_id, actor)
    return True


def cases_to_dispose_again(db: Db, erased: Erasures) -> list[tuple[str, RetentionMode]]:
    """(case id, mode) of every case here that retention anonymised or purged before (its
    hash in `erased`: back from a restored backup), for `dispose_case_again`: anonymisations
    first, then purges. A case anonymised already is left as it is, and so is a
    pseudonymised copy of a case in the list: it goes with its case, as the first time."""
    rows = db.execute(f'SELECT c.id, {is_anonymised_sql("c")} FROM "case" c '
                      "ORDER BY c.reference").fetchall()
    purge = [(case_id, RetentionMode.PURGE) for case_id, _ in rows
             if id_hash(case_id) in erased.purged_cases]
    anonymise = [(case_id, RetentionMode.ANONYMISE) for case_id, done in rows
                 if not done and id_hash(case_id) in erased.anonymised_cases
                 and id_hash(case_id) not in erased.purged_cases]
    copies = {pseudonymous_id(case_id) for case_id, _ in anonymise + purge}
    return [(case_id, mode) for case_id, mode in anonymise + purge if case_id not in copies]


def _still_there(db: Db, item: RetentionItem) -> bool:
    return bool(_case_dates(db, "c.id = ? AND c.person_id = ?", [item.case_id, item.person_id]))
