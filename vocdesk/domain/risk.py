"""Explainable dropout-risk rules: each rule that fires is named, with the value and threshold that made it fire."""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields

from vocdesk.errors import ValidationFailed


class ScreeningGroup(enum.Enum):
    """Home-visit screening (การคัดกรองนักเรียน) as the student-care system (ระบบดูแลช่วยเหลือผู้เรียน) groups it."""

    NORMAL = "normal"
    AT_RISK = "at_risk"
    PROBLEM = "problem"

    @property
    def label_th(self) -> str:
        return {"normal": "ปกติ", "at_risk": "เสี่ยง", "problem": "มีปัญหา"}[self.value]


class RiskLevel(enum.IntEnum):
    NONE = 0
    WATCH = 1
    HIGH = 2

    @property
    def label_th(self) -> str:
        return ("ไม่พบความเสี่ยง", "เฝ้าระวัง", "เสี่ยงสูง")[self.value]

    @property
    def label_en(self) -> str:
        return ("No risk found", "Watch", "High risk")[self.value]


@dataclass(frozen=True)
class RiskThresholds:
    """Settings (`risk.*`); the defaults are *unconfirmed* starting points a college should review."""

    attendance_min_pct: float = 80.0
    """OVEC's rule for sitting a final exam is 80 % attendance."""
    gpax_min: float = 2.00
    household_income_max: int = 10000
    """Monthly household income (baht) below which a learner without support is flagged."""
    suspensions_max: int = 0
    """More past suspensions than this fire the status-history rule."""
    high_score: int = 2
    """A score at or above this is HIGH; any fired rule is at least WATCH."""

    def __post_init__(self) -> None:
        if not 0 <= self.attendance_min_pct <= 100:
            raise ValidationFailed("invalid", field="risk.attendance_min_pct", value=self.attendance_min_pct)
        if not 0 <= self.gpax_min <= 4:
            raise ValidationFailed("invalid", field="risk.gpax_min", value=self.gpax_min)
        if self.household_income_max < 0 or self.suspensions_max < 0 or self.high_score < 1:
            raise ValidationFailed("invalid", field="risk")

    @classmethod
    def from_settings(cls, values: dict[str, object]) -> RiskThresholds:
        """Build from `{"risk.gpax_min": 1.8, ...}`; missing keys keep their defaults."""
        kwargs: dict[str, object] = {}
        for item in fields(cls):
            key = f"risk.{item.name}"
            if key in values and values[key] is not None:
                raw = values[key]
                kwargs[item.name] = float(str(raw)) if item.type == "float" else int(str(raw))
        return cls(**kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RiskFacts:
    """What is known about one learner; None means not recorded (a rule never fires on missing data)."""

    attendance_pct: float | None
    gpax: float | None
    suspensions: int
    currently_suspended: bool
    has_support: bool
    household_income: int | None
    screening: ScreeningGroup | None
    open_dual_problems: int


@dataclass(frozen=True)
class FiredRule:
    """One reason a learner is at risk: rule code, weight, the observed value and the threshold."""

    code: str
    weight: int
    value: str
    threshold: str


@dataclass(frozen=True)
class RiskAssessment:
    level: RiskLevel
    score: int
    rules: tuple[FiredRule, ...]


RULE_CODES = ("attendance", "gpax", "status_history", "no_support_low_income", "screening", "dual_placement")


def assess(facts: RiskFacts, limits: RiskThresholds) -> RiskAssessment:
    """Apply every rule; the level follows the summed weights of the rules that fired."""
    fired: list[FiredRule] = []
    if facts.attendance_pct is not None and facts.attendance_pct < limits.attendance_min_pct:
        fired.append(FiredRule("attendance", 1, f"{facts.attendance_pct:g}%", f"< {limits.attendance_min_pct:g}%"))
    if facts.gpax is not None and facts.gpax < limits.gpax_min:
        fired.append(FiredRule("gpax", 1, f"{facts.gpax:.2f}", f"< {limits.gpax_min:.2f}"))
    if facts.currently_suspended or facts.suspensions > limits.suspensions_max:
        value = "suspended now" if facts.currently_suspended else f"{facts.suspensions} suspension(s)"
        fired.append(FiredRule("status_history", 1, value, f"> {limits.suspensions_max}"))
    if (not facts.has_support and facts.household_income is not None
            and facts.household_income < limits.household_income_max):
        fired.append(FiredRule("no_support_low_income", 1, f"{facts.household_income:,}",
                               f"< {limits.household_income_max:,}"))
    if facts.screening in (ScreeningGroup.AT_RISK, ScreeningGroup.PROBLEM):
        weight = 2 if facts.screening is ScreeningGroup.PROBLEM else 1
        fired.append(FiredRule("screening", weight, facts.screening.label_th, "เสี่ยง/มีปัญหา"))
    if facts.open_dual_problems > 0:
        fired.append(FiredRule("dual_placement", 1, str(facts.open_dual_problems), "> 0"))
    score = sum(rule.weight for rule in fired)
    level = RiskLevel.NONE if score == 0 else RiskLevel.HIGH if score >= limits.high_score else RiskLevel.WATCH
    return RiskAssessment(level, score, tuple(fired))
