"""One place for folders: data, logs, backups, exports, and bundled resources.

Resources are found the same way from a checkout, an installed wheel and the
PyInstaller one-folder build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from koll_desktop.errors import KnownError, os_reason

APP_DIR_NAME = "KoLL"
DB_FILE_NAME = "koll.sqlite3"
ENV_DATA_DIR = "KOLL_DATA_DIR"


class DataPaths(NamedTuple):
    """The data folder and what lies in it. (A named tuple, not a dataclass: the desktop
    start does without the dataclasses module, about 5 ms.)"""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "koll.log"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock_file(self) -> Path:
        return self.root / "koll.lock"

    def ensure(self) -> DataPaths:
        """Create the folders, or raise a KnownError that names the folder."""
        if self.root.exists() and not self.root.is_dir():
            raise KnownError("det är en fil, inte en mapp; ange en datamapp", place=str(self.root))
        for folder in (self.root, self.logs, self.backups):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise KnownError(f"kan inte skapa mappen: {os_reason(exc)}",
                                 place=str(folder)) from exc
        if not os.access(self.root, os.W_OK):
            raise KnownError("datamappen är skrivskyddad", place=str(self.root))
        return self


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def data_paths(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder: --data-dir, else $KOLL_DATA_DIR, else the platform's user data dir."""
    chosen = override or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return DataPaths(Path(chosen).expanduser().absolute())


def resource_dir() -> Path:
    """The bundled resources folder (fonts, translations, library data)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"  # wheel: resources/ is packaged inside
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"  # checkout or editable install


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def exports_dir() -> Path:
    """Default output folder: exports/ in a checkout, else the user's documents."""
    checkout = Path(__file__).resolve().parent.parent / "exports"
    if checkout.is_dir():
        return checkout
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / "KoLL"
