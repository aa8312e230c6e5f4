"""Known errors (shown to the user as one clear message) versus bugs (crash dialog + log)."""

from __future__ import annotations

import errno
from pathlib import Path


class KnownError(Exception):
    """A problem the user can understand and act on; never shown with a traceback.

    `place` names where the problem is (file, sheet, row, column) when it applies.
    """

    def __init__(self, message: str, *, place: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.place = place

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class DatabaseTooNew(KnownError):
    """The database was written by a newer KoLL than this one."""


class DatabaseDamaged(KnownError):
    """The database file cannot be read as a KoLL database."""


class AlreadyRunning(KnownError):
    """Another KoLL window holds the data folder."""


class NotFound(KnownError):
    """A case, person or framework named by the user does not exist."""


def write_error(exc: OSError, what: str, place: Path | str) -> KnownError:
    """One clear message for a failed write, whatever the platform's wording."""
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        reason = "disken är full"
    elif code == errno.EROFS:
        reason = "mappen är skrivskyddad"
    elif isinstance(exc, PermissionError):
        reason = "filen eller mappen är skrivskyddad, eller filen är öppen i ett annat program"
    elif isinstance(exc, (FileNotFoundError, NotADirectoryError, FileExistsError)):
        reason = "mappen finns inte (eller en del av sökvägen är en fil)"
    else:
        reason = exc.strerror or str(exc)
    return KnownError(f"kan inte skriva {what}: {reason}; inget sparades", place=str(place))
