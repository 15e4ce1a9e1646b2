"""Dual part 2's rule numbers and wording as typed settings (docs/dual-followup.md says which are confirmed)."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.domain.dual.allowances import AllowanceSettings
from vocdesk.domain.dual.assessment import AssessmentSettings
from vocdesk.domain.dual.development import DevelopmentSettings
from vocdesk.domain.dual.risk import DualRiskSettings
from vocdesk.domain.dual.supervision import SupervisionSettings
from vocdesk.services.core.setting_spec import SettingSpec, numbers_table
from vocdesk.services.core.settings import setting

MODES = ("onsite", "online", "partner")
PLACES = ("thailand", "abroad")
TAX_ITEMS = ("เบี้ยเลี้ยงที่จ่ายให้ผู้เรียนตามที่รายงาน", "ค่าตอบแทนครูฝึก", "ค่าวัสดุฝึก", "ค่าอาหาร ที่พัก และค่าเดินทางของผู้เรียน",
             "ค่าประกันภัยผู้เรียน")
"""Expenses that may qualify under Royal Decree 437 [U]: which do is not confirmed, so the pack lists them as such."""
OPENING = ("{college} ขอรับรองว่า {enterprise} เลขประจำตัวผู้เสียภาษี {tax_id} ได้รับผู้เรียนของวิทยาลัยเข้าฝึกอาชีพ"
           "ตามมาตรฐานการจัดการอาชีวศึกษาระบบทวิภาคี ในช่วงปีภาษี {first} ถึง {last} จำนวน {count} คน ดังนี้")
CLOSING = "ข้อมูลข้างต้นเป็นไปตามที่วิทยาลัยบันทึกไว้ ให้ไว้เพื่อประกอบการใช้สิทธิทางภาษีของสถานประกอบการ"
LETTER_FIELDS: dict[str, object] = {"college": "x", "enterprise": "x", "tax_id": "x", "first": "x", "last": "x",
                                   "count": 1}
_S, _RISK = SupervisionSettings(), DualRiskSettings()


def _modes_rule(table: dict[str, Any]) -> str | None:
    for place, modes in table.items():
        if place not in PLACES:
            return f"unknown entry {place!r}"
        if not isinstance(modes, list) or not modes or any(m not in MODES for m in modes):
            return f"{place}: a list of {', '.join(MODES)}"
    return None


def _items_rule(items: list[Any]) -> str | None:
    return None if all(isinstance(i, str) and i.strip() for i in items) else "every item a non-empty text"


def _letter_rule(table: dict[str, Any]) -> str | None:
    for part, text in table.items():
        if part not in ("opening", "closing"):
            return f"unknown entry {part!r}"
        if not isinstance(text, str):
            return f"{part}: a text"
        try:
            text.format(**LETTER_FIELDS)
        except (KeyError, IndexError, ValueError) as error:
            return f"{part}: placeholders are {{{'} {'.join(LETTER_FIELDS)}}} ({error})"
    return None


def _risk_rule(table: dict[str, Any]) -> str | None:
    bounds = {"missing_weeks": (1, 52), "absent_days": (1, 200), "gpax_min": (0, 4), "high_score": (1, 50)}
    for name, value in table.items():
        if name == "weights":
            weights = value if isinstance(value, dict) else None
            reason = "a table" if weights is None else numbers_table(0, 10, tuple(_RISK.weights), whole=True)(weights)
            if reason:
                return f"weights: {reason}"
        elif name in bounds:
            reason = numbers_table(*bounds[name], whole=name != "gpax_min")({name: value})
            if reason:
                return reason
        else:
            return f"unknown entry {name!r}"
    return None


VISITS = SettingSpec("dual.visits_per_semester", dict, {"thailand": _S.visits_in_thailand, "abroad": _S.visits_abroad},
                     "จำนวนครั้งนิเทศต่อภาคเรียน (ในประเทศ/ต่างประเทศ)", "Supervision visits a semester (Thailand/abroad)",
                     rule=numbers_table(0, 20, PLACES, whole=True))
MODES_COUNTED = SettingSpec("dual.visit_modes_counted", dict, {"thailand": list(_S.modes_in_thailand),
                                                               "abroad": list(_S.modes_abroad)},
                            "รูปแบบการนิเทศที่นับ (ในประเทศ/ต่างประเทศ)", "Visit kinds that count (Thailand/abroad)",
                            rule=_modes_rule)
GRACE = SettingSpec("dual.allowance_grace_days", int, AllowanceSettings().grace_days,
                    "เบี้ยเลี้ยงถือว่าล่าช้าหลังสิ้นเดือน (วัน)", "Days after a month before its allowance is late", 0, 120)
STOPPED = SettingSpec("dual.allowance_stopped_after_months", int, AllowanceSettings().stopped_after,
                      "เบี้ยเลี้ยงล่าช้าติดกันกี่เดือนถือว่าหยุดจ่าย", "Late months in a row that mean the allowance stopped",
                      1, 24)
ASSESSMENT = SettingSpec("dual.assessment", dict, {}, "เกณฑ์การประเมินร่วม (คะแนนเต็ม น้ำหนัก เกณฑ์ผ่าน)",
                         "Joint assessment (top score, enterprise weight, pass mark)",
                         rule=numbers_table(1, 100, ("top_score", "enterprise_weight_percent", "pass_percent"),
                                            whole=True))
DEVELOPMENT = SettingSpec("dual.development", dict, {}, "ตัวชี้วัดการพัฒนาครู (ชั่วโมง ร้อยละ)",
                          "Teacher development indicator (hours, share)",
                          rule=numbers_table(0, 2000, ("hours", "share_percent")))
RISK = SettingSpec("dual.risk", dict, {}, "น้ำหนักและเกณฑ์สัญญาณเตือนผู้เรียนทวิภาคี",
                   "Dual early-warning weights and thresholds", rule=_risk_rule)
TAX_ITEM_LIST = SettingSpec("dual.tax_items", list, list(TAX_ITEMS), "รายการรายจ่ายที่อาจเข้าเกณฑ์ลดหย่อนภาษี",
                            "Expenses that may qualify for the tax deduction", rule=_items_rule)
TAX_LETTER = SettingSpec("dual.tax_letter", dict, {}, "ถ้อยคำหนังสือรับรองสำหรับภาษี", "Tax certificate wording",
                         rule=_letter_rule)
FOLLOWUP_SETTINGS: tuple[SettingSpec[Any], ...] = (VISITS, MODES_COUNTED, GRACE, STOPPED, ASSESSMENT, DEVELOPMENT,
                                                   RISK, TAX_ITEM_LIST, TAX_LETTER)


def _merged(session: Session, spec: SettingSpec[dict[str, Any]], defaults: dict[str, Any],
            cast: Callable[[Any], Any] = int) -> dict[str, Any]:
    """A partial table setting over its defaults: what is stored wins, the rest keeps the default."""
    stored = setting(session, spec)
    return {name: cast(stored.get(name, default)) for name, default in defaults.items()}


def supervision_settings(session: Session) -> SupervisionSettings:
    visits, modes = setting(session, VISITS), setting(session, MODES_COUNTED)
    return SupervisionSettings(int(visits.get("thailand", _S.visits_in_thailand)),
                               int(visits.get("abroad", _S.visits_abroad)),
                               tuple(modes.get("thailand", _S.modes_in_thailand)),
                               tuple(modes.get("abroad", _S.modes_abroad)))


def allowance_settings(session: Session) -> AllowanceSettings:
    return AllowanceSettings(setting(session, GRACE), setting(session, STOPPED))


def assessment_settings(session: Session) -> AssessmentSettings:
    d = AssessmentSettings()
    return AssessmentSettings(**_merged(session, ASSESSMENT, {
        "top_score": d.top_score, "enterprise_weight_percent": d.enterprise_weight_percent,
        "pass_percent": d.pass_percent}))


def development_settings(session: Session) -> DevelopmentSettings:
    d = DevelopmentSettings()
    return DevelopmentSettings(**_merged(session, DEVELOPMENT, {"hours": d.hours, "share_percent": d.share_percent},
                                         float))


def risk_settings(session: Session) -> DualRiskSettings:
    stored = setting(session, RISK)
    plain = _merged(session, RISK, {"missing_weeks": _RISK.missing_weeks, "absent_days": _RISK.absent_days,
                                    "high_score": _RISK.high_score})
    return DualRiskSettings(MappingProxyType({**_RISK.weights, **stored.get("weights", {})}),
                            gpax_min=float(stored.get("gpax_min", _RISK.gpax_min)), **plain)


def tax_items(session: Session) -> list[str]:
    return [item.strip() for item in setting(session, TAX_ITEM_LIST)]


def tax_letter_wording(session: Session) -> tuple[str, str]:
    """The certificate's opening and closing paragraphs (placeholders checked by the setting's rule)."""
    wording = setting(session, TAX_LETTER)
    return str(wording.get("opening", OPENING)), str(wording.get("closing", CLOSING))
