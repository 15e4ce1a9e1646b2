"""Community-service settings, typed: the per-item parts allowance a new point starts with and the ORDS provider."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from vocdesk.domain.community import DEFAULT_PARTS_ALLOWANCE_SATANG, check_provider, is_provider
from vocdesk.errors import ValidationFailed
from vocdesk.services.community import SETTINGS
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting, store_setting


def _provider_rule(provider: str) -> str | None:
    return None if is_provider(provider) else "lower-case letters a-z only (the part before the hyphen of an ORDS id)"


ALLOWANCE = SettingSpec("community.parts_allowance_satang", int, DEFAULT_PARTS_ALLOWANCE_SATANG,
                        "วงเงินค่าอะไหล่ต่อชิ้น (สตางค์)", "Parts allowance per item (satang)",
                        minimum=0, maximum=10_000_000)
"""฿150 per item unless the college sets another amount (DOMAIN.md: seen in flood-relief reports); at most ฿100,000."""
PROVIDER = SettingSpec("community.ords_provider", str, "vocdesk", "ชื่อผู้ให้ข้อมูล ORDS", "ORDS data provider",
                       rule=_provider_rule)
COMMUNITY_SETTINGS: tuple[SettingSpec[Any], ...] = (ALLOWANCE, PROVIDER)


def parts_allowance(session: Session) -> int:
    """Satang per item a new point starts with; a malformed stored value is a SettingInvalid naming the key."""
    return setting(session, ALLOWANCE)


def ords_provider(session: Session) -> str:
    """The lower-case letters before the hyphen of every ORDS id this college publishes."""
    return setting(session, PROVIDER)


def save_community_settings(uow: UnitOfWork, allowance_satang: int, provider: str) -> None:
    require(uow.actor, "community.points")
    if allowance_satang < 0:
        raise ValidationFailed("money_negative", field="parts_allowance")
    store_setting(uow, ALLOWANCE, allowance_satang)
    store_setting(uow, PROVIDER, check_provider(provider))
    uow.changed(SETTINGS)
