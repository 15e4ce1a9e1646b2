"""Supply-against-demand settings: score cut points and the status bands (unconfirmed numbers, documented defaults)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting

KEY = "labour.gap"


@dataclass(frozen=True)
class GapSettings:
    """Defaults follow the peers (docs/labour-market.md): 0–3 scores, mean ≥ 2.0 shortage, 1.5–2.0 watch."""

    openings_per_graduate: tuple[float, float, float] = (0.5, 1.0, 2.0)
    """Openings for each graduate: < 0.5 scores 0, ≥ 0.5 → 1, ≥ 1 → 2, ≥ 2 → 3."""
    trend_pct: tuple[float, float, float] = (-5.0, 0.0, 5.0)
    """Change of openings against the year before, in %."""
    employment_pct: tuple[float, float, float] = (60.0, 75.0, 90.0)
    """Employment rate of the latest surveyed cohort (ภาวะการมีงานทำ), in %."""
    replacement_rate: float = 0.03
    """Openings estimated from employment when no vacancy figures exist: employed × this rate a year."""
    shortage: float = 2.0
    watch: float = 1.5


CUT_POINTS = ("openings_per_graduate", "trend_pct", "employment_pct")


def _gap_rule(stored: dict[str, Any]) -> str | None:
    """Only GapSettings' names; three rising numbers for a cut-point list, one number for the rest."""
    names = [item.name for item in fields(GapSettings)]
    for name, value in stored.items():
        if name not in names:
            return f"unknown entry {name!r}"
        numbers = value if name in CUT_POINTS else [value]
        if not isinstance(numbers, list) or len(numbers) != (3 if name in CUT_POINTS else 1) or not all(
                isinstance(n, int | float) and not isinstance(n, bool) for n in numbers) or numbers != sorted(numbers):
            return f"{name}: {value!r} is not " + ("three rising numbers" if name in CUT_POINTS else "a number")
    return None


GAP = SettingSpec(KEY, dict, {}, "เกณฑ์คะแนนอุปสงค์-อุปทานกำลังคน", "Supply-and-demand scoring", rule=_gap_rule)
"""Holds only what a college changed; the rest are GapSettings' defaults."""
LABOUR_SETTINGS = (GAP,)


def gap_settings(session: Session) -> GapSettings:
    stored = setting(session, GAP)
    default = GapSettings()
    values = {item.name: stored.get(item.name, getattr(default, item.name)) for item in fields(GapSettings)}
    for name in CUT_POINTS:
        values[name] = tuple(float(v) for v in values[name])
    return GapSettings(**values)
