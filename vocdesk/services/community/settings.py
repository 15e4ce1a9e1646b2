"""Community-service settings: the per-item parts allowance a new point starts with."""

from __future__ import annotations

from sqlalchemy.orm import Session

from vocdesk.domain.community import DEFAULT_PARTS_ALLOWANCE_SATANG, check_provider
from vocdesk.errors import ValidationFailed
from vocdesk.services.community import SETTINGS
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import read_setting, write_setting

ALLOWANCE_KEY = "community.parts_allowance_satang"
PROVIDER_KEY = "community.ords_provider"
DEFAULT_PROVIDER = "vocdesk"


def parts_allowance(session: Session) -> int:
    """Satang per item; ฿150 unless the college set another amount (DOMAIN.md: seen in flood-relief reports)."""
    return int(read_setting(session, ALLOWANCE_KEY, DEFAULT_PARTS_ALLOWANCE_SATANG))


def ords_provider(session: Session) -> str:
    """The lower-case letters before the hyphen of every ORDS id this college publishes."""
    return str(read_setting(session, PROVIDER_KEY, DEFAULT_PROVIDER))


def save_community_settings(uow: UnitOfWork, allowance_satang: int, provider: str) -> None:
    require(uow.actor, "community.points")
    if allowance_satang < 0:
        raise ValidationFailed("money_negative", field="parts_allowance")
    write_setting(uow, ALLOWANCE_KEY, allowance_satang)
    write_setting(uow, PROVIDER_KEY, check_provider(provider))
    uow.changed(SETTINGS)
