"""The data settings (organisation, plan numbers, retention, backups) as one frozen value.

The settings dialog and the command line share this: `load_settings` reads what is stored
(falling back to the defaults for anything missing or unreadable), `save_settings` checks
everything first and then writes every key in one transaction, so a bad value saves nothing.
The keys are the ones `case_snapshot.plan_settings()` and `organisation()` read.

Per-computer choices (language, counsellor name, window layout) are QSettings in the UI.
Also here: taking a backup with a name of its own, and restoring one safely (a copy of the
current state first; persons erased since the backup was taken erased again), so the dialog
never touches the database itself.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from pathlib import Path

from koll_desktop.domain.enums import CreditForm
from koll_desktop.domain.plan_engine import PlanSettings
from koll_desktop.errors import KnownError, os_reason
from koll_desktop.services.erasure_list import save_list
from koll_desktop.storage import migrations as schema
from koll_desktop.storage.backups import PREFIX, SUFFIX, list_backups, restore_backup, take_backup
from koll_desktop.storage.db import Db, write
from koll_desktop.storage.settings import Settings

PACES = (100, 50, 25)  # per cent of full-time Komvux study (facts.md §1)
DEFAULT_RETENTION_MONTHS = 24
DEFAULT_BACKUPS_KEEP = 14
MAX_BACKUPS_KEEP = 365
MAX_RETENTION_MONTHS = 600
MAX_NAME_LENGTH = 200
_ENGINE = PlanSettings()  # the engine's defaults are the settings' defaults

# DataSettings field → stored key. The plan.* and organisation.* keys are read elsewhere too.
KEYS: dict[str, str] = {
    "organisation_name": "organisation.name",
    "organisation_logo": "organisation.logo",
    "credited_threshold": "plan.credited_threshold",
    "full_course_threshold": "plan.full_course_threshold",
    "rounding_step": "plan.rounding_step",
    "partial_link_factor": "plan.partial_link_factor",
    "credit_form": "plan.credit_form",
    "default_pace": "plan.default_pace",
    "retention_months": "retention.months",
    "backups_keep": "backups.keep",
}


class SettingsError(KnownError):
    """A setting that cannot be saved; `field` names the DataSettings field at fault."""

    def __init__(self, message: str, *, field: str, place: str = "") -> None:
        super().__init__(message, place=place)
        self.field = field


@dataclass(frozen=True)
class DataSettings:
    organisation_name: str = ""
    organisation_logo: str = ""  # path to a PNG or JPEG file, or empty for none
    credited_threshold: float = _ENGINE.credited_threshold  # coverage ≥ this → credited
    full_course_threshold: float = _ENGINE.full_course_threshold  # coverage ≤ this → full
    rounding_step: int = _ENGINE.rounding_step  # remaining points rounded up to this
    partial_link_factor: float = _ENGINE.partial_link_factor
    credit_form: CreditForm = _ENGINE.credit_form
    default_pace: int = 100  # per cent; what a new plan starts with
    retention_months: int = DEFAULT_RETENTION_MONTHS
    backups_keep: int = DEFAULT_BACKUPS_KEEP

    def plan(self, pace: int | None = None) -> PlanSettings:
        """The engine's settings from these values (raises ValueError if they do not fit)."""
        return PlanSettings(
            credited_threshold=self.credited_threshold,
            full_course_threshold=self.full_course_threshold,
            rounding_step=self.rounding_step,
            pace_percent=self.default_pace if pace is None else pace,
            partial_link_factor=self.partial_link_factor,
            credit_form=self.credit_form,
        )


DEFAULTS = DataSettings()


# -- reading --------------------------------------------------------------------------
def load_settings(db: Db) -> DataSettings:
    """What is stored; a missing or unreadable value is the default (as plan_settings does)."""
    stored = Settings(db).all()
    values: dict[str, object] = {}
    for field in fields(DataSettings):
        text = stored.get(KEYS[field.name])
        if text is None:
            continue
        parsed = _parse(field.name, text)
        if parsed is not None:
            values[field.name] = parsed
    return replace(DEFAULTS, **values)


def _parse(name: str, text: str) -> object | None:
    default = getattr(DEFAULTS, name)
    try:
        if isinstance(default, CreditForm):
            return CreditForm(text)
        if isinstance(default, int):
            return int(float(text))
        if isinstance(default, float):
            return float(text)
    except ValueError:
        return None
    return text


# -- checking and writing ---------------------------------------------------------------
def validate(settings: DataSettings) -> DataSettings:
    """The settings cleaned up (names stripped), or a SettingsError naming the field."""
    settings = replace(settings, organisation_name=settings.organisation_name.strip(),
                       organisation_logo=settings.organisation_logo.strip())
    if len(settings.organisation_name) > MAX_NAME_LENGTH:
        raise SettingsError(f"organisationens namn får vara högst {MAX_NAME_LENGTH} tecken",
                            field="organisation_name")
    check_logo(settings.organisation_logo)
    _check_plan(settings)
    if settings.default_pace not in PACES:
        raise SettingsError("studietakten ska vara 100, 50 eller 25 %", field="default_pace")
    if not 1 <= settings.retention_months <= MAX_RETENTION_MONTHS:
        raise SettingsError(f"gallringstiden ska vara 1–{MAX_RETENTION_MONTHS} månader",
                            field="retention_months")
    if not 1 <= settings.backups_keep <= MAX_BACKUPS_KEEP:
        raise SettingsError(f"antalet säkerhetskopior ska vara 1–{MAX_BACKUPS_KEEP}",
                            field="backups_keep")
    return settings


def _check_plan(s: DataSettings) -> None:
    """Plain Swedish for each rule, then the engine's own check as the last word."""
    if not 0 < s.credited_threshold <= 1:
        raise SettingsError("gränsen för tillgodoräknande ska vara över 0 % och högst 100 %",
                            field="credited_threshold")
    if not 0 <= s.full_course_threshold < s.credited_threshold:
        raise SettingsError("gränsen för hel kurs ska vara lägre än gränsen för "
                            "tillgodoräknande", field="full_course_threshold")
    if not isinstance(s.rounding_step, int) or s.rounding_step < 1:
        raise SettingsError("avrundningen ska vara ett helt antal poäng, minst 1",
                            field="rounding_step")
    if not 0 <= s.partial_link_factor <= 1:
        raise SettingsError("en delvis koppling ska räknas som 0–100 %",
                            field="partial_link_factor")
    if not isinstance(s.credit_form, CreditForm):
        raise SettingsError("okänd form för tillgodoräknande", field="credit_form")
    try:
        s.plan()
    except ValueError as exc:
        raise SettingsError(f"planens inställningar går inte ihop ({exc})",
                            field="credited_threshold") from exc


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def check_logo(path: str) -> None:
    """An empty path means no logo; anything else must be a PNG or JPEG the PDFs can print."""
    if not path:
        return
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(len(PNG_MAGIC))
    except OSError as exc:
        raise SettingsError(f"logotypen går inte att läsa ({os_reason(exc)})",
                            field="organisation_logo", place=path) from exc
    if not (head.startswith(PNG_MAGIC) or head.startswith(JPEG_MAGIC)):
        raise SettingsError("logotypen ska vara en PNG- eller JPEG-bild",
                            field="organisation_logo", place=path)
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(path).getSize()
    except Exception as exc:  # any decoder error: the PDFs could not print it either
        raise SettingsError("logotypen är en skadad bild", field="organisation_logo",
                            place=path) from exc
    if width < 1 or height < 1:
        raise SettingsError("logotypen är en tom bild", field="organisation_logo", place=path)


def stored_values(settings: DataSettings) -> dict[str, str]:
    """Key → stored text for every setting."""
    out = {}
    for field in fields(DataSettings):
        value = getattr(settings, field.name)
        out[KEYS[field.name]] = value.value if isinstance(value, CreditForm) else str(value)
    return out


def save_settings(db: Db, settings: DataSettings) -> DataSettings:
    """Check everything, then write every key in one transaction; returns what was saved."""
    settings = validate(settings)
    store = Settings(db)
    with write(db):  # Settings.set nests as savepoints; one commit (or none) for all
        for key, text in stored_values(settings).items():
            store.set(key, text)
    return settings


# -- backups ----------------------------------------------------------------------------
def free_backup_time(folder: Path, now: datetime | None = None) -> datetime:
    """`now` to the second, moved on until no backup in `folder` has that name yet."""
    moment = (now or datetime.now()).replace(microsecond=0)
    while (folder / f"{PREFIX}{moment:%Y%m%d-%H%M%S}{SUFFIX}").exists():
        moment += timedelta(seconds=1)
    return moment


def backup_now(db: Db, folder: Path, keep: int) -> Path:
    """A backup under a name of its own (never over one taken the same second)."""
    return take_backup(db, folder, keep, now=free_backup_time(folder))


@dataclass(frozen=True)
class Restored:
    safety: Path  # the copy of the state before the restore
    erased_again: int  # persons in the backup who had been erased since, erased again
    note: str = ""  # why the file (or the erasure list) could not be rewritten, if it could not
    disposed_again: int = 0  # cases purged or anonymised since, purged or anonymised again


def restore_with_safety_copy(db: Db, folder: Path, backup: Path) -> Restored:
    """Restore `backup` into the open database, after a copy of the current state.

    The copy is kept even beyond the number of backups to keep, so the restored backup
    (often the oldest) is never the one removed to make room. A backup from an older KoLL is
    brought up to this version's schema after restoring. Every person on the list of erased
    persons (brought up to date first) is erased again; if that fails, the state before the
    restore is put back, so an erased person never stays restored.
    """
    # Here, not at the top: person_data imports retention, which imports this module.
    from koll_desktop.services.person_data import erase_again
    from koll_desktop.services.retention import scrub_line

    if not backup.is_file():
        raise KnownError("säkerhetskopian finns inte längre", place=str(backup))
    erased = save_list(db)
    safety = take_backup(db, folder, keep=len(list_backups(folder)) + 1,
                         now=free_backup_time(folder))
    restore_backup(db, backup)
    schema.apply_pending(db)
    try:
        again = erase_again(db, erased)
    except Exception as error:  # a bug too: an erased person never stays restored
        restore_backup(db, safety)
        if not isinstance(error, KnownError):
            raise
        raise KnownError(f"raderade personer i säkerhetskopian kunde inte raderas igen "
                         f"({error}); inget återställdes", place=str(backup)) from error
    notes = [scrub_line(again.scrub) if again.scrub and not again.scrub.clean else "",
             again.list_note]
    return Restored(safety, again.count, "; ".join(n for n in notes if n), again.cases)
