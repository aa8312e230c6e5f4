"""Synthetic persons: names, contact details and test personnummer, drawn from the pools.

Personnummer use the serial range 980–999 that Skatteverket keeps for test persons (valid
checksum, not real people); there are only 20 such serials per birth date, so when a birth
year's are used up a person is left without one.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from stdnum import luhn

from koll_desktop.domain.enums import Gender
from koll_desktop.services.synthetic_draws import new_uuid, timestamp, weighted
from koll_desktop.services.synthetic_names import (
    ACCESSIBILITY_NEEDS,
    EMAIL_DOMAINS,
    GENDER_SHARES,
    ORIGIN_SHARES,
    ORIGINS,
    Origin,
)

NO_PERSONNUMMER_SHARE = 0.03


_NOT_DECOMPOSED = str.maketrans("łŁıøØđĐ", "lLioOdD")


def _ascii(text: str) -> str:
    """A name as it goes into an e-mail address: Åsa-Lena Öberg → asalena, oberg."""
    plain = unicodedata.normalize("NFKD", text.translate(_NOT_DECOMPOSED))
    plain = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


# -- persons ------------------------------------------------------------------------
_SERIALS = {Gender.WOMAN: tuple(range(980, 1000, 2)),  # an even ninth digit is a woman's
            Gender.MAN: tuple(range(981, 1000, 2))}
_ANY_SERIAL = tuple(range(980, 1000))


@cache
def _birth_dates(year: int) -> tuple[str, ...]:
    first = date(year, 1, 1)
    return tuple(f"{first + timedelta(days=d):%Y%m%d}"
                 for d in range((date(year + 1, 1, 1) - first).days))


class PersonnummerPool:
    """Unique test personnummer: birth date + serial 980–999 + Luhn check digit."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def draw(self, rng: random.Random, year: int, gender: Gender) -> str:
        dates, serials = _birth_dates(year), _SERIALS.get(gender, _ANY_SERIAL)
        for _ in range(8):
            born = dates[int(rng.random() * len(dates))]
            serial = serials[int(rng.random() * len(serials))]
            number = f"{born}{serial}{luhn.calc_check_digit(f'{born[2:]}{serial}')}"
            if number not in self.taken:
                self.taken.add(number)
                return number
        return ""  # this birth year's test numbers are (nearly) used up


@dataclass(frozen=True)
class Person:
    row: tuple
    name: str
    personnummer: str
    origin: Origin


def _gender(rng: random.Random) -> Gender:
    return weighted(rng, GENDER_SHARES)


def _given_name(rng: random.Random, origin: Origin, gender: Gender) -> str:
    if gender is Gender.WOMAN or (gender is not Gender.MAN and rng.random() < 0.5):
        return rng.choice(origin.women)
    return rng.choice(origin.men)


def _family_name(rng: random.Random, origin: Origin) -> str:
    if origin.code != "se" and rng.random() < 0.07:  # married into a Swedish name
        return rng.choice(ORIGINS[0].families)
    family = rng.choice(origin.families)
    if origin.code == "se" and rng.random() < 0.04:
        family += "-" + rng.choice(origin.families)
    return family


def _contact(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    email = ""
    if rng.random() < 0.78:
        number = str(rng.randrange(1, 99)) if rng.random() < 0.5 else ""
        email = f"{_ascii(given)}.{_ascii(family)}{number}@{rng.choice(EMAIL_DOMAINS)}"
    # PTS reserves 070-174 06 05 … 070-174 06 99 for fiction.
    phone = f"070-174 06 {rng.randrange(5, 100):02d}" if rng.random() < 0.85 else ""
    return email, phone


def new_person(rng: random.Random, pool: PersonnummerPool, created: float) -> Person:
    origin = weighted(rng, ORIGIN_SHARES)
    gender = _gender(rng)
    year = min(2007, int(rng.triangular(1958, 2008, 1987)))
    given, family = _given_name(rng, origin, gender), _family_name(rng, origin)
    number = "" if rng.random() < NO_PERSONNUMMER_SHARE else pool.draw(rng, year, gender)
    email, phone = _contact(rng, given, family)
    needs = rng.choice(ACCESSIBILITY_NEEDS) if rng.random() < 0.08 else ""
    stamp = timestamp(created - rng.uniform(0.0, 0.01))
    row = (new_uuid(rng), given, family, number, year, str(gender), rng.choice(origin.languages),
           email, phone, needs, stamp, stamp)
    return Person(row, f"{given} {family}", number, origin)
