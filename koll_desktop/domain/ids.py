"""Identifiers and timestamps shared by every stored row."""

from __future__ import annotations

from datetime import UTC, datetime


def new_id() -> str:
    """A UUID primary key: cases move between desks, so keys must not collide."""
    import uuid  # here: the module (with platform) costs the start 3 ms, and it makes no id

    return str(uuid.uuid4())


def now_iso() -> str:
    """UTC timestamp with microseconds; sortable as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
