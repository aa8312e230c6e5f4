"""Identifiers and timestamps shared by every stored row."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid

# The namespace of `pseudonymous_id`: fixed, so every desk and every version derives the same
# id from the same real one.
_PSEUDONYMOUS_NAMESPACE = "6f1c7a52-4f0e-4b8e-9a57-3f2f5d1c0b11"


def new_id() -> str:
    """A UUID primary key: cases move between desks, so keys must not collide."""
    import uuid  # here: the module (with platform) costs the start 3 ms, and it makes no id

    return str(uuid.uuid4())


def pseudonymous_id(row_id: str) -> str:
    """The id a row gets in a pseudonymised copy (a bundle's person, case and rows): the
    same on every desk, and not the real one. Deterministic, so what is done to a row here
    (an erasure, a purge) can be done to its copies too, without their ever being seen."""
    import uuid  # as in new_id

    return str(uuid.uuid5(_namespace(), row_id))


@cache
def _namespace() -> uuid.UUID:
    import uuid  # as in new_id

    return uuid.UUID(_PSEUDONYMOUS_NAMESPACE)


def now_iso() -> str:
    """UTC timestamp with microseconds; sortable as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
