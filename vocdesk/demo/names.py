"""Name and province lists for the demo college, read from resources/reference."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

NAMES_FILE = Path("reference") / "thai_names.csv"
PROVINCES_FILE = Path("reference") / "provinces.csv"


@dataclass(frozen=True)
class Name:
    """A Thai name with its romanised form."""

    th: str
    en: str


@dataclass(frozen=True)
class Province:
    """A province with the two-digit code that also opens a national ID's registration office."""

    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class NameLists:
    """First names by gender, surnames and provinces, in file order (so a seed always picks the same)."""

    male: tuple[Name, ...]
    female: tuple[Name, ...]
    surnames: tuple[Name, ...]
    provinces: tuple[Province, ...]

    def province(self, code: str) -> Province:
        return self._by_code()[code]

    def _by_code(self) -> dict[str, Province]:
        cached: dict[str, Province] | None = self.__dict__.get("_province_index")
        if cached is None:
            cached = {province.code: province for province in self.provinces}
            object.__setattr__(self, "_province_index", cached)
        return cached


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def load_name_lists(resources_dir: Path) -> NameLists:
    """Read both files; each list must be non-empty."""
    names = _rows(resources_dir / NAMES_FILE)
    by_kind: dict[str, list[Name]] = {"first_male": [], "first_female": [], "surname": []}
    for row in names:
        by_kind[row["kind"]].append(Name(row["name_th"].strip(), row["name_en"].strip()))
    provinces = tuple(Province(row["code"].strip(), row["name_th"].strip(), row["name_en"].strip())
                      for row in _rows(resources_dir / PROVINCES_FILE))
    lists = NameLists(tuple(by_kind["first_male"]), tuple(by_kind["first_female"]), tuple(by_kind["surname"]),
                      provinces)
    if not (lists.male and lists.female and lists.surnames and lists.provinces):
        raise ValueError(f"demo name lists under {resources_dir} are incomplete")
    return lists
