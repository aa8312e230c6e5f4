"""Settings that belong to the data (organisation, thresholds), in the `setting` table.

Window geometry and other per-user view state live in QSettings in the UI.
"""

from __future__ import annotations

from koll_desktop.domain.ids import now_iso
from koll_desktop.storage.db import Db, write


class Settings:
    def __init__(self, db: Db) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        stamp = now_iso()
        with write(self.db):
            self.db.execute(
                "INSERT INTO setting (key, value, created_at, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at", [key, value, stamp, stamp])

    def all(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM setting").fetchall())
