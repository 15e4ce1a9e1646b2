"""Early-warning rules for dual learners: each signal that fires is named with its value, threshold and weight."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType

from vocdesk.domain.risk import FiredRule, RiskLevel

SIGNALS = ("visits_behind", "logbook_missing", "absences", "allowance_late", "lost_contact", "minor_rule", "gpax")
"""A request to change enterprise or end the contract and complaints are not recorded yet (docs/dual-followup.md)."""


@dataclass(frozen=True)
class DualRiskSettings:
    """Weights and thresholds [U]: a setting each, `dual.risk`."""

    weights: MappingProxyType[str, int] = field(default_factory=lambda: MappingProxyType(
        {"visits_behind": 1, "logbook_missing": 1, "absences": 1, "allowance_late": 2, "lost_contact": 2,
         "minor_rule": 2, "gpax": 1}))
    missing_weeks: int = 2
    absent_days: int = 3
    gpax_min: float = 2.00
    high_score: int = 2


@dataclass(frozen=True)
class DualRiskFacts:
    visits_done: int
    visits_expected: int
    missing_weeks: int
    absent_days: int
    """Training days of the entered weeks minus the days present the trainer reported."""
    allowance_stopped: bool
    last_state: str | None
    """The learner's state at the latest visit: normal, follow or lost."""
    minor_findings: tuple[str, ...]
    gpax: float | None


@dataclass(frozen=True)
class DualRisk:
    level: RiskLevel
    score: int
    rules: tuple[FiredRule, ...]


def assess_dual(facts: DualRiskFacts, s: DualRiskSettings) -> DualRisk:
    fired: list[FiredRule] = []

    def fire(code: str, value: str, threshold: str) -> None:
        fired.append(FiredRule(code, int(s.weights.get(code, 1)), value, threshold))

    if facts.visits_done < facts.visits_expected:
        fire("visits_behind", str(facts.visits_done), f"< {facts.visits_expected}")
    if facts.missing_weeks >= s.missing_weeks:
        fire("logbook_missing", str(facts.missing_weeks), f">= {s.missing_weeks}")
    if facts.absent_days >= s.absent_days:
        fire("absences", str(facts.absent_days), f">= {s.absent_days}")
    if facts.allowance_stopped:
        fire("allowance_late", "stopped", "late months in a row")
    if facts.last_state in ("follow", "lost"):
        fire("lost_contact", facts.last_state, "normal")
    if facts.minor_findings:
        fire("minor_rule", ",".join(facts.minor_findings), "none")
    if facts.gpax is not None and facts.gpax < s.gpax_min:
        fire("gpax", f"{facts.gpax:.2f}", f"< {s.gpax_min:.2f}")
    score = sum(rule.weight for rule in fired)
    level = RiskLevel.NONE if score == 0 else RiskLevel.HIGH if score >= s.high_score else RiskLevel.WATCH
    return DualRisk(level, score, tuple(fired))
