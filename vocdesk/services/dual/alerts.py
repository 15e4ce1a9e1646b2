"""Coordinator alerts: MOUs ending while placements depend on them, certificates lapsing, trainers over ratio."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from vocdesk.domain.thai_dates import format_be_long
from vocdesk.messages import render
from vocdesk.persistence.models import DualMou, DualPlacement, DualTrainer, DualTrainerCertificate, Enterprise, Learner
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting
from vocdesk.services.dual.settings import dual_settings

WARN_DAYS = SettingSpec("dual.alert_days", int, 90, "แจ้งเตือนล่วงหน้า (วัน) ก่อน MOU หรือใบรับรองหมดอายุ",
                        "Days ahead to warn of an MOU or a certificate ending", 0, 730)
ALERT_SETTINGS = (WARN_DAYS,)
"""Days ahead an MOU's end or a certificate's lapse is announced (a setting)."""
LIVE = ("draft", "active")


@dataclass(frozen=True)
class Alert:
    code: str
    subject: str
    """What the alert is about, as a person reads it (enterprise, trainer)."""
    day: dt.date | None
    message_th: str
    message_en: str
    params: dict[str, object] = field(default_factory=dict)


def _alert(code: str, subject: str, day: dt.date | None, last: dt.date | None = None, **params: object) -> Alert:
    """Thai texts print พ.ศ. dates; the English text and the JSON parameters keep ISO dates."""
    values = {"subject": subject, "day": day.isoformat() if day else "", **params}
    if last is not None:
        values["last"] = last.isoformat()
    thai = values | {"day": format_be_long(day) if day else "-", "last": format_be_long(last) if last else ""}
    return Alert(code, subject, day, render(code, "th", **thai), render(code, "en", **values), values)


def _mous(uow: UnitOfWork, today: dt.date, horizon: dt.date) -> list[Alert]:
    found: list[Alert] = []
    rows = uow.session.execute(
        select(DualMou, Enterprise.name_th, func.max(DualPlacement.end_date), func.count(DualPlacement.id))
        .join(Enterprise, Enterprise.id == DualMou.enterprise_id)
        .join(DualPlacement, (DualPlacement.enterprise_id == DualMou.enterprise_id)
              & DualPlacement.status.in_(LIVE))
        .where(DualMou.end_date.is_not(None), DualMou.end_date >= today)
        .group_by(DualMou.id, Enterprise.name_th).order_by(DualMou.end_date))
    for mou, name, last_day, count in rows:
        end = mou.end_date
        assert end is not None
        later = uow.session.scalar(select(func.count(DualMou.id)).where(
            DualMou.enterprise_id == mou.enterprise_id, DualMou.id != mou.id,
            (DualMou.end_date.is_(None)) | (DualMou.end_date > end)))
        if later:
            continue  # a newer MOU carries on
        if last_day > end:
            found.append(_alert("dual.alert_mou_before_placement", name, end, last=last_day, count=count))
        elif end <= horizon:
            found.append(_alert("dual.alert_mou_ending", name, end, count=count))
    return found


def _certificates(uow: UnitOfWork, today: dt.date, horizon: dt.date) -> list[Alert]:
    until = func.max(DualTrainerCertificate.valid_until)
    rows = uow.session.execute(
        select(DualTrainer.name, Enterprise.name_th, until)
        .join(Enterprise, Enterprise.id == DualTrainer.enterprise_id)
        .outerjoin(DualTrainerCertificate, DualTrainerCertificate.trainer_id == DualTrainer.id)
        .group_by(DualTrainer.id, DualTrainer.name, Enterprise.name_th).order_by(until))
    lapsed: list[Alert] = []
    lapsing: list[Alert] = []
    for trainer, enterprise, last in rows:
        if last is None or last < today:
            lapsed.append(_alert("dual.alert_certificate_lapsed", f"{trainer} ({enterprise})", last))
        elif last <= horizon:
            lapsing.append(_alert("dual.alert_certificate_lapsing", f"{trainer} ({enterprise})", last))
    return lapsed + lapsing


def _ratios(uow: UnitOfWork, today: dt.date) -> list[Alert]:
    limits = dual_settings(uow.session).trainer_ratio
    rows = uow.session.execute(
        select(DualTrainer.name, Learner.level, func.count(DualPlacement.id))
        .join(DualPlacement, DualPlacement.trainer_id == DualTrainer.id)
        .join(Learner, Learner.id == DualPlacement.learner_id)
        .where(DualPlacement.status == "active", DualPlacement.start_date <= today, DualPlacement.end_date >= today)
        .group_by(DualTrainer.id, DualTrainer.name, Learner.level))
    return [_alert("dual.alert_trainer_over_ratio", name, today, count=count, limit=limits[level])
            for name, level, count in rows if level in limits and count > limits[level]]


def dual_alerts(uow: UnitOfWork, on: dt.date | None = None) -> list[Alert]:
    """Every alert as of `on` (today): MOUs first, then certificates, then trainer loads."""
    require(uow.actor, "dual.view")
    today = on or uow.clock.today()
    horizon = today + dt.timedelta(days=setting(uow.session, WARN_DAYS))
    return _mous(uow, today, horizon) + _certificates(uow, today, horizon) + _ratios(uow, today)
