"""Invented people for the demo: unique, checksum-valid national IDs, names consistent with gender and age."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from vocdesk.demo.names import Name, NameLists
from vocdesk.domain.thai_ids import national_id_check_digit

MALE, FEMALE = "male", "female"
CHILD_AGE_LIMIT = 15
"""Under 15 a learner is เด็กชาย/เด็กหญิง; from 15 นาย/นางสาว."""


@dataclass(frozen=True)
class Person:
    """Name, gender and identity of one invented person."""

    national_id: str
    prefix: str
    first: Name
    last: Name
    gender: str


class IdentityFactory:
    """Hands out 13-digit national IDs that pass the checksum and never repeat within one demo college."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def national_id(self, province_code: str, born_before_1984: bool = False) -> str:
        """Digit 1: 3 for people registered before 1984, else 1; digits 2–5: registration office
        (province + district); 6–12: book and sequence; 13: check digit."""
        rng = self._rng
        while True:
            first12 = (("3" if born_before_1984 else "1") + province_code + f"{rng.randint(1, 15):02d}"
                       + f"{rng.randrange(100000):05d}" + f"{rng.randrange(100):02d}")
            candidate = first12 + str(national_id_check_digit(first12))
            if candidate not in self._used:
                self._used.add(candidate)
                return candidate


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def learner_prefix(gender: str, birth: dt.date, today: dt.date) -> str:
    child = age_on(birth, today) < CHILD_AGE_LIMIT
    if gender == MALE:
        return "เด็กชาย" if child else "นาย"
    return "เด็กหญิง" if child else "นางสาว"


def pick_name(rng: random.Random, names: NameLists, gender: str) -> tuple[Name, Name]:
    first = rng.choice(names.male if gender == MALE else names.female)
    return first, rng.choice(names.surnames)


def birth_date_for_entry(rng: random.Random, entry_date: dt.date, entry_age: int) -> dt.date:
    """A birthday making the person `entry_age` on `entry_date` (some a year older, a few a year younger)."""
    roll = rng.random()
    age = entry_age + (1 if roll < 0.10 else (-1 if roll < 0.13 else 0))
    latest = entry_date.replace(year=entry_date.year - age)  # turns `age` on entry day
    return latest - dt.timedelta(days=rng.randrange(365))
