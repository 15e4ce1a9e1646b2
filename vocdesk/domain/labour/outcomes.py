"""Graduate outcomes (ภาวะการมีงานทำ) and the supply-against-demand composite score, as pure arithmetic."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

EMPLOYED = frozenset({"employed_private", "employed_government", "self_employed"})
EXCLUDED = frozenset({"ordained", "military_service"})
"""Respondents not counted in the employment rate's base (ordained or conscripted)."""
NOT_RESPONDED = "unreachable"


@dataclass(frozen=True)
class EmploymentRate:
    """Employed ÷ (respondents − ordained or conscripted) × 100, with the in-field share and response rate."""

    graduates: int
    respondents: int
    base: int
    employed: int
    in_field: int
    rate: float | None
    in_field_rate: float | None
    response_rate: float | None


def employment_rate(graduates: int, answers: Sequence[tuple[str, bool]]) -> EmploymentRate:
    """`answers` are (status, in_field) per surveyed graduate; "unreachable" answers are not respondents."""
    responded = [(status, in_field) for status, in_field in answers if status != NOT_RESPONDED]
    base = [(status, in_field) for status, in_field in responded if status not in EXCLUDED]
    employed = [in_field for status, in_field in base if status in EMPLOYED]
    in_field = sum(1 for flag in employed if flag)
    return EmploymentRate(
        graduates=graduates, respondents=len(responded), base=len(base), employed=len(employed), in_field=in_field,
        rate=round(100 * len(employed) / len(base), 1) if base else None,
        in_field_rate=round(100 * in_field / len(employed), 1) if employed else None,
        response_rate=round(100 * len(responded) / graduates, 1) if graduates else None)


@dataclass(frozen=True)
class Thresholds:
    """Cut points scoring one indicator 0–3: value ≥ cuts[i] scores i + 1 (ascending cuts, higher = more demand)."""

    cuts: tuple[float, float, float]

    def score(self, value: float) -> int:
        return sum(1 for cut in self.cuts if value >= cut)


def composite(scores: Sequence[int], shortage: float = 2.0, watch: float = 1.5) -> tuple[float | None, str]:
    """Mean of the 0–3 scores (German Engpassanalyse style) → "shortage" (≥ shortage), "watch" or "no_shortage"."""
    if not scores:
        return None, "unknown"
    mean = round(sum(scores) / len(scores), 2)
    return mean, "shortage" if mean >= shortage else "watch" if mean >= watch else "no_shortage"
