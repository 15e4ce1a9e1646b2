"""Equipment settings: asset-code pattern, depreciation convention and salvage value, and the category table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from vocdesk.domain.equipment import (
    DEFAULT_ASSET_CODE_PATTERN,
    DEFAULT_SALVAGE_SATANG,
    DepreciationConvention,
    DepreciationRule,
    check_code_pattern,
)
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import AssetCategory
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting, store_setting
from vocdesk.services.equipment import EQUIPMENT

PATTERN_KEY = "equipment.asset_code_pattern"
CONVENTION_KEY = "equipment.depreciation_convention"
SALVAGE_KEY = "equipment.salvage_satang"


def _pattern_rule(pattern: str) -> str | None:
    try:
        check_code_pattern(pattern)
    except ValidationFailed:
        return "a pattern with known fields and {running}"
    return None


def _convention_rule(value: str) -> str | None:
    known = [convention.value for convention in DepreciationConvention]
    return None if value in known else f"one of {', '.join(known)}"


PATTERN = SettingSpec(PATTERN_KEY, str, DEFAULT_ASSET_CODE_PATTERN, "รูปแบบรหัสครุภัณฑ์", "Asset code pattern",
                      rule=_pattern_rule)
CONVENTION = SettingSpec(CONVENTION_KEY, str, DepreciationConvention.DAYS.value, "วิธีนับค่าเสื่อมราคา",
                         "Depreciation convention", rule=_convention_rule)
SALVAGE = SettingSpec(SALVAGE_KEY, int, DEFAULT_SALVAGE_SATANG, "มูลค่าซาก (สตางค์)", "Salvage value (satang)", 0)
EQUIPMENT_SETTINGS = (PATTERN, CONVENTION, SALVAGE)

# Categories a fresh college starts with: supply class-type code, name, useful life in years. The lives follow the
# government's table of effective useful lives (computers 3 years; vehicles 8; most other classes 10); the college
# edits them to match its own accounting circular. See docs/equipment.md.
DEFAULT_CATEGORIES: tuple[tuple[str, str, int], ...] = (
    ("7440-001", "ครุภัณฑ์คอมพิวเตอร์", 3),
    ("7110-001", "ครุภัณฑ์สำนักงาน", 10),
    ("6910-001", "ครุภัณฑ์การศึกษา", 10),
    ("3400-001", "ครุภัณฑ์โรงงาน", 10),
    ("5820-001", "ครุภัณฑ์ไฟฟ้าและวิทยุ", 10),
    ("6730-001", "ครุภัณฑ์โฆษณาและเผยแพร่", 10),
    ("2310-001", "ครุภัณฑ์ยานพาหนะและขนส่ง", 8),
    ("3750-001", "ครุภัณฑ์การเกษตร", 10),
    ("3895-001", "ครุภัณฑ์ก่อสร้าง", 10),
    ("7290-001", "ครุภัณฑ์งานบ้านงานครัว", 10),
    ("6515-001", "ครุภัณฑ์การแพทย์", 10),
    ("6675-001", "ครุภัณฑ์สำรวจ", 10),
)


@dataclass(frozen=True)
class EquipmentSettings:
    """How codes are written and how depreciation is counted at this college."""

    code_pattern: str = DEFAULT_ASSET_CODE_PATTERN
    convention: DepreciationConvention = DepreciationConvention.DAYS
    salvage: int = DEFAULT_SALVAGE_SATANG

    def rule(self, life_years: int) -> DepreciationRule:
        return DepreciationRule(life_years=life_years, convention=self.convention, salvage=self.salvage)


def equipment_settings(session: Session) -> EquipmentSettings:
    return EquipmentSettings(
        code_pattern=setting(session, PATTERN),
        convention=DepreciationConvention(setting(session, CONVENTION)),
        salvage=setting(session, SALVAGE),
    )


def save_equipment_settings(uow: UnitOfWork, settings: EquipmentSettings) -> EquipmentSettings:
    """Validate and store; changing the pattern affects only codes issued from now on."""
    require(uow.actor, "equipment.settings")
    check_code_pattern(settings.code_pattern)
    if settings.salvage < 0:
        raise ValidationFailed("money_negative", field="salvage")
    store_setting(uow, PATTERN, settings.code_pattern)
    store_setting(uow, CONVENTION, settings.convention.value)
    store_setting(uow, SALVAGE, settings.salvage)
    uow.changed(EQUIPMENT)
    return settings


def ensure_default_categories(session: Session) -> int:
    """Give a college with no categories the default table; returns how many were added."""
    if session.scalar(select(func.count()).select_from(AssetCategory)):
        return 0
    session.execute(insert(AssetCategory), [
        {"code": code, "name_th": name, "useful_life_years": life, "version": 1}
        for code, name, life in DEFAULT_CATEGORIES])
    return len(DEFAULT_CATEGORIES)


def category_by_code(session: Session, code: str) -> AssetCategory:
    ensure_default_categories(session)
    category = session.scalars(select(AssetCategory).where(AssetCategory.code == code.strip())).first()
    if category is None:
        raise NotFound(what="asset_category", field="category", value=code)
    return category


def save_category(uow: UnitOfWork, code: str, name_th: str, useful_life_years: int) -> int:
    """Add a category or change its name and useful life (depreciation of every item follows the new life)."""
    require(uow.actor, "equipment.settings")
    code, name_th = code.strip(), name_th.strip()
    if not code or not name_th:
        raise ValidationFailed("required", field="category" if not code else "name_th")
    if not 0 <= useful_life_years <= 100:
        raise ValidationFailed("useful_life", field="useful_life_years", value=useful_life_years)
    ensure_default_categories(uow.session)
    category = uow.session.scalars(select(AssetCategory).where(AssetCategory.code == code)).first()
    if category is None:
        category = AssetCategory(code=code, name_th=name_th, useful_life_years=useful_life_years)
        uow.session.add(category)
        uow.session.flush()
        uow.audit("asset_category.create", "asset_category", category.id,
                  {"code": [None, code], "useful_life_years": [None, useful_life_years]})
    else:
        old = (category.name_th, category.useful_life_years)
        category.name_th, category.useful_life_years = name_th, useful_life_years
        uow.audit("asset_category.edit", "asset_category", category.id,
                  {"name_th": [old[0], name_th], "useful_life_years": [old[1], useful_life_years]})
    uow.changed(EQUIPMENT)
    return category.id
