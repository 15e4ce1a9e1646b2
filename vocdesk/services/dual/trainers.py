"""Trainers (ครูฝึก) of enterprises, their certificates (valid a settable number of years) and their load."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualPlacement, DualTrainer, DualTrainerCertificate, Enterprise
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import TRAINERS
from vocdesk.services.dual.settings import dual_settings


@dataclass(frozen=True)
class TrainerRow:
    id: int
    enterprise_id: int
    enterprise: str
    name: str
    position: str
    certificate_until: dt.date | None
    learners_now: int


def add_trainer(uow: UnitOfWork, enterprise_id: int, name: str, position: str = "", phone: str = "",
                email: str = "", qualification: str = "") -> int:
    require(uow.actor, "dual.edit")
    if not name.strip():
        raise ValidationFailed("required", field="name")
    if uow.session.get(Enterprise, enterprise_id) is None:
        raise NotFound(what=f"enterprise #{enterprise_id}", field="enterprise_id")
    trainer = DualTrainer(enterprise_id=enterprise_id, name=name.strip(), position=position.strip(),
                          phone=phone.strip(), email=email.strip(), qualification=qualification.strip())
    uow.session.add(trainer)
    uow.session.flush()
    uow.audit("trainer.create", "dual_trainer", trainer.id, {"name": [None, trainer.name],
                                                             "enterprise": [None, enterprise_id]})
    uow.changed(TRAINERS)
    return trainer.id


def add_certificate(uow: UnitOfWork, trainer_id: int, issued_on: dt.date, kind: str = "course",
                    number: str = "") -> dt.date:
    """Record a certificate; it is valid through the day before the same date `certificate_years` later."""
    require(uow.actor, "dual.edit")
    if uow.session.get(DualTrainer, trainer_id) is None:
        raise NotFound(what=f"trainer #{trainer_id}", field="trainer_id")
    if kind not in ("course", "test"):
        raise ValidationFailed("invalid", field="kind", value=kind)
    years = dual_settings(uow.session).certificate_years
    try:
        until = issued_on.replace(year=issued_on.year + years) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        until = dt.date(issued_on.year + years, 2, 28)
    uow.session.add(DualTrainerCertificate(trainer_id=trainer_id, kind=kind, number=number.strip(),
                                           issued_on=issued_on, valid_until=until))
    uow.audit("trainer.certificate", "dual_trainer", trainer_id,
              {"valid_until": [None, until], "number": [None, number]})
    uow.changed(TRAINERS)
    return until


def list_trainers(uow: UnitOfWork, on: dt.date | None = None) -> list[TrainerRow]:
    """Every trainer with the latest certificate end and the learners in an active placement on `on`."""
    require(uow.actor, "dual.view")
    day = on or uow.clock.today()
    until = (select(DualTrainerCertificate.trainer_id, func.max(DualTrainerCertificate.valid_until).label("until"))
             .group_by(DualTrainerCertificate.trainer_id).subquery())
    load = (select(DualPlacement.trainer_id, func.count().label("n"))
            .where(DualPlacement.status == "active", DualPlacement.start_date <= day, DualPlacement.end_date >= day)
            .group_by(DualPlacement.trainer_id).subquery())
    rows = uow.session.execute(
        select(DualTrainer, Enterprise.name_th, until.c.until, load.c.n).join(Enterprise)
        .outerjoin(until, until.c.trainer_id == DualTrainer.id).outerjoin(load, load.c.trainer_id == DualTrainer.id)
        .order_by(Enterprise.name_th, DualTrainer.name))
    return [TrainerRow(t.id, t.enterprise_id, name, t.name, t.position, cert, int(n or 0))
            for t, name, cert, n in rows]
