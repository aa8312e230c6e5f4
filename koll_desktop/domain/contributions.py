"""What a micro-credential's requirements reach in the library: the units they belong to.

Pure functions over domain objects (no Qt, no SQL): the newest version of each framework
(as requirement refs resolve), and for a list of requirement refs the units they fall in,
with how many of each unit's requirements they hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from koll_desktop.domain.library import Framework, RequirementRef, Unit


def newest_frameworks(frameworks: Iterable[Framework]) -> list[Framework]:
    """One framework per code, the newest (as requirement refs resolve), in code order."""
    newest: dict[str, Framework] = {}
    for f in sorted(frameworks, key=lambda f: (f.valid_from or date.min, f.version)):
        newest[f.code] = f
    return [newest[code] for code in sorted(newest)]


class Contribution(NamedTuple):
    framework: Framework
    unit: Unit
    count: int  # requirements of the unit the credential holds

    @property
    def complete(self) -> bool:
        return self.count == len(self.unit.requirements)


def contributions(refs: Iterable[RequirementRef],
                  frameworks: Sequence[Framework]) -> list[Contribution]:
    """The units the requirements `refs` belong to, in library order, with how many each."""
    wanted = {tuple(ref) for ref in refs}
    found = []
    for f in frameworks:
        for unit in f.units:
            count = sum(1 for r in unit.requirements if (f.code, r.code) in wanted)
            if count:
                found.append(Contribution(f, unit, count))
    return found


def unit_name(unit: Unit) -> str:
    return f"{unit.code} {unit.title}" if unit.code else unit.title
