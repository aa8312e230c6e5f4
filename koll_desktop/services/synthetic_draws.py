"""Seeded draws for the synthetic data: uuids, weighted choices, days and timestamps.

Everything takes the generator's one `random.Random`, so a seed always gives the same
data. Days are counted (as floats: a time of day) from the start of the period.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from itertools import accumulate

PERIOD_START = date(2024, 1, 2)
PERIOD_END = date(2026, 11, 27)  # fixed, so a seed gives the same data on any day


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def new_uuids(rng: random.Random, count: int) -> list[str]:
    """Version-4 UUIDs drawn from the seeded generator (uuid4 itself is not seedable)."""
    if count <= 0:
        return []
    bits = f"{rng.getrandbits(128 * count):0{32 * count}x}"
    ids = []
    for i in range(0, 32 * count, 32):
        h = bits[i:i + 32]
        ids.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}")
    return ids


def new_uuid(rng: random.Random) -> str:
    return new_uuids(rng, 1)[0]


def office_hours(rng: random.Random, day: float) -> float:
    """A time during office hours (UTC) on the same day."""
    return int(day) + rng.uniform(0.29, 0.65)


_CUMULATIVE: dict[int, tuple[list, list[float]]] = {}


def weighted(rng: random.Random, table: Sequence[tuple[object, float]]):
    """One value of a (value, weight) table; the table's running sums are kept."""
    if id(table) not in _CUMULATIVE:
        _CUMULATIVE[id(table)] = ([v for v, _ in table], list(accumulate(w for _, w in table)))
    values, cum = _CUMULATIVE[id(table)]
    return values[min(len(values) - 1, bisect_right(cum, rng.random() * cum[-1]))]


def day_date(day: float) -> date:
    """Days since the period start as a date."""
    return PERIOD_START + timedelta(days=int(day))


@cache
def day_text(day: int) -> str:
    return day_date(day).isoformat()


def timestamp(day: float) -> str:
    """Days since the period start as the stored UTC timestamp, like ids.now_iso()."""
    whole = int(day)
    seconds, micro = divmod(int((day - whole) * 86_400_000_000), 1_000_000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return f"{day_text(whole)}T{hour:02d}:{minute:02d}:{second:02d}.{micro:06d}+00:00"
