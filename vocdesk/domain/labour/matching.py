"""Fuzzy matching (rapidfuzz) that only suggests: occupation titles to ISCO-08 codes, survey names to graduates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from vocdesk.domain.labour.isco_units import UNITS
from vocdesk.domain.labour.occupations import ISCO08_MAJOR

_PREFIXES = re.compile(r"^(นางสาว|นาง|นาย|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|mr\.?|mrs\.?|ms\.?|miss)\s*",
                       re.IGNORECASE)
NAME_CUTOFF = 90.0
"""A name closer than this to exactly one graduate is suggested (typos, spacing); below it nothing is."""
OCCUPATION_CUTOFF = 80.0


@dataclass(frozen=True)
class Suggestion:
    """One suggested occupation: its ISCO-08 code, English title and how close the text was (0–100)."""

    code: str
    title: str
    score: float


def _titles() -> dict[tuple[str, str], str]:
    choices: dict[tuple[str, str], str] = {}
    for code, (title, words) in UNITS.items():
        choices[(code, title)] = title.casefold()
        for index, word in enumerate(words):
            choices[(code, f"{title}#{index}")] = word.casefold()
    for code, (title, thai) in ISCO08_MAJOR.items():
        choices[(code, title)] = title.casefold()
        choices[(code, f"{title}#th")] = thai
    return choices


_CHOICES = _titles()


def suggest_occupations(text: str, limit: int = 3, cutoff: float = OCCUPATION_CUTOFF) -> list[Suggestion]:
    """ISCO-08 codes whose title or common Thai job title is close to `text`, best first, one per code."""
    query = text.strip().casefold()
    if not query:
        return []
    found: dict[str, Suggestion] = {}
    for _choice, score, (code, title) in process.extract(query, _CHOICES, scorer=fuzz.WRatio, limit=limit * 4,
                                                         score_cutoff=cutoff, processor=utils.default_process):
        title = title.split("#")[0]
        if code not in found or found[code].score < score:
            found[code] = Suggestion(code, title, round(float(score), 1))
    return sorted(found.values(), key=lambda s: (-s.score, s.code))[:limit]


def name_key(name: str) -> str:
    """A person's name compared without title prefix, spaces or case: "นาย สมชาย  ใจดี" → "สมชายใจดี"."""
    return re.sub(r"\s+", "", _PREFIXES.sub("", name.strip())).casefold()


def match_name(name: str, candidates: Mapping[int, str], cutoff: float = NAME_CUTOFF
               ) -> tuple[int | None, float, list[int]]:
    """(the one candidate id the name matches, its score, [ids tied with it]); exact keys score 100.

    Returns (None, best score, tied ids) when nothing is close enough or two candidates are equally close.
    """
    key = name_key(name)
    keys = {cid: name_key(text) for cid, text in candidates.items()}
    exact = [cid for cid, text in keys.items() if text == key]
    if len(exact) == 1:
        return exact[0], 100.0, []
    if exact:
        return None, 100.0, exact
    scored = sorted(((fuzz.ratio(key, text), cid) for cid, text in keys.items()), reverse=True)
    if not scored or scored[0][0] < cutoff:
        return None, scored[0][0] if scored else 0.0, []
    tied = [cid for score, cid in scored if score == scored[0][0]]
    if len(tied) > 1:
        return None, scored[0][0], tied
    return scored[0][1], round(scored[0][0], 1), []
