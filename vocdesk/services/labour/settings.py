"""Supply-against-demand settings: score cut points and the status bands (unconfirmed numbers, documented defaults)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from vocdesk.services.core.settings import read_setting

KEY = "labour.gap"


@dataclass(frozen=True)
class GapSettings:
    """Defaults follow the peers (docs/labour.md): 0–3 scores, mean ≥ 2.0 shortage, 1.5–2.0 watch."""

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


def gap_settings(session: Session) -> GapSettings:
    stored = read_setting(session, KEY, {}) or {}
    default = GapSettings()
    values = {name: stored.get(name, getattr(default, name)) for name in default.__dataclass_fields__}
    for name in ("openings_per_graduate", "trend_pct", "employment_pct"):
        values[name] = tuple(float(v) for v in values[name])
    return GapSettings(**values)
