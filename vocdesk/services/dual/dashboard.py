"""The dual dashboard: dual learners as a share of all by level and programme (OVEC aims at half), places offered
against used per MOU, trainer load against the ratio, and what is about to lapse."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from vocdesk.domain.programme_codes import code_and_name
from vocdesk.persistence.models import DualMou, DualPlacement, DualTrainer, Enterprise, Learner, Programme
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.alerts import dual_alerts
from vocdesk.services.dual.settings import dual_settings

OVEC_TARGET_SHARE = 0.5


@dataclass(frozen=True)
class ShareLine:
    level: str
    programme: str
    learners: int
    dual: int

    @property
    def share(self) -> float:
        return self.dual / self.learners if self.learners else 0.0


@dataclass(frozen=True)
class PlacesLine:
    enterprise: str
    number: str
    offered: int
    used: int


@dataclass(frozen=True)
class LoadLine:
    trainer: str
    enterprise: str
    learners: int
    limit: int


@dataclass(frozen=True)
class Dashboard:
    shares: list[ShareLine]
    places: list[PlacesLine]
    loads: list[LoadLine]
    lapsing_mous: int
    lapsing_certificates: int
    target: float = OVEC_TARGET_SHARE


def _year_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The academic year (May–April) around `day`."""
    first = dt.date(day.year if day.month >= 5 else day.year - 1, 5, 1)
    return first, dt.date(first.year + 1, 4, 30)


def dual_dashboard(uow: UnitOfWork) -> Dashboard:
    require(uow.actor, "dual.view")
    session, today = uow.session, uow.clock.today()
    shares = [ShareLine(level, code_and_name(code, name), int(total), int(dual or 0))
              for level, code, name, total, dual in
              session.execute(select(Programme.level, Programme.major_code, Programme.major_name_th,
                                     func.count(Learner.id), func.sum(case((Learner.is_dual.is_(True), 1), else_=0)))
                              .join(Learner, Learner.programme_id == Programme.id)
                              .where(Learner.status == "studying")
                              .group_by(Programme.level, Programme.major_code, Programme.major_name_th)
                              .order_by(Programme.level, Programme.major_code))]
    first, last = _year_of(today)
    used = (select(DualPlacement.mou_id, func.count(DualPlacement.id).label("n"))
            .where(DualPlacement.status.in_(("active", "completed")), DualPlacement.start_date <= last,
                   DualPlacement.end_date >= first).group_by(DualPlacement.mou_id).subquery())
    places = [PlacesLine(name, m.number, m.places_per_year, int(n or 0)) for m, name, n in session.execute(
        select(DualMou, Enterprise.name_th, used.c.n).join(Enterprise, Enterprise.id == DualMou.enterprise_id)
        .outerjoin(used, used.c.mou_id == DualMou.id)
        .where((DualMou.end_date.is_(None)) | (DualMou.end_date >= today)).order_by(Enterprise.name_th))]
    limits = dual_settings(session).trainer_ratio
    loads = [LoadLine(trainer, enterprise, int(n), limits.get(level, 0)) for trainer, enterprise, level, n in
             session.execute(select(DualTrainer.name, Enterprise.name_th, Learner.level, func.count(DualPlacement.id))
                             .join(DualPlacement, DualPlacement.trainer_id == DualTrainer.id)
                             .join(Learner, Learner.id == DualPlacement.learner_id)
                             .join(Enterprise, Enterprise.id == DualTrainer.enterprise_id)
                             .where(DualPlacement.status == "active", DualPlacement.start_date <= today,
                                    DualPlacement.end_date >= today)
                             .group_by(DualTrainer.id, DualTrainer.name, Enterprise.name_th, Learner.level)
                             .order_by(func.count(DualPlacement.id).desc(), DualTrainer.name))]
    alerts = dual_alerts(uow)
    return Dashboard(shares, places, loads, sum(1 for a in alerts if "mou" in a.code),
                     sum(1 for a in alerts if "certificate" in a.code))
