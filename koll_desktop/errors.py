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


# What the operating system said, in Swedish (its own words are English on most computers).
_OS_REASONS = {
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EEXIST: "det finns redan en fil med det namnet",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är en fil, inte en mapp",
    errno.EACCES: "filen eller mappen är skrivskyddad, eller filen är öppen i ett annat program",
    errno.EPERM: "filen eller mappen är skrivskyddad, eller filen är öppen i ett annat program",
    errno.ENOSPC: "disken är full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "disken är full",
    errno.EROFS: "mappen är skrivskyddad",
    errno.EBUSY: "filen används av ett annat program",
    errno.ENAMETOOLONG: "namnet eller sökvägen är för lång",
    errno.EIO: "läs- eller skrivfel på disken",
}
# Writing a file whose folder cannot be made: the same advice whichever way it failed.
_NO_FOLDER = "mappen finns inte (eller en del av sökvägen är en fil)"


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in Swedish; the errno's name when it is rare."""
    code = getattr(exc, "errno", None)
    if code in _OS_REASONS:
        return _OS_REASONS[code]
    if isinstance(exc, PermissionError):
        return _OS_REASONS[errno.EACCES]
    name = errno.errorcode.get(code) if isinstance(code, int) else None
    return f"operativsystemet svarade med felet {name}" if name else \
        "operativsystemet kunde inte utföra åtgärden"


def write_error(exc: OSError, what: str, place: Path | str) -> KnownError:
    """One clear message for a failed write, whatever the platform's wording."""
    code = getattr(exc, "errno", None)
    reason = _NO_FOLDER if code in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST) else os_reason(exc)
    return KnownError(f"kan inte skriva {what}: {reason}; inget sparades", place=str(place))
