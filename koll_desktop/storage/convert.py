"""Conversions between stored text and domain values."""

from __future__ import annotations

from datetime import date


def to_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def from_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def to_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def from_bool(value: bool | None) -> int | None:
    return None if value is None else int(value)
