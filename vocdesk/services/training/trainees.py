"""Trainees: members of the public, one record per person across courses, found by national ID (or passport) first."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.thai_ids import is_valid_national_id, normalize_national_id
from vocdesk.domain.training import passport_number
from vocdesk.errors import Conflict, NotFound, ValidationFailed
from vocdesk.persistence.models import Trainee
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import TRAINEES

SEXES = ("", "M", "F")
EMPLOYMENT = ("", "employed", "unemployed", "self_employed", "student")


@dataclass(frozen=True)
class TraineeInput:
    """What staff type (or the ID card fills in); `national_id_override` is the reason a non-Thai number is kept."""

    first_name: str
    last_name: str
    national_id: str = ""
    passport_no: str = ""
    national_id_override: str = ""
    prefix: str = ""
    birth_date: dt.date | None = None
    sex: str = ""
    phone: str = ""
    province: str = ""
    education: str = ""
    employment: str = ""
    pdpa_consent: bool = False


@dataclass(frozen=True)
class TraineeRow:
    id: int
    national_id: str
    passport_no: str
    prefix: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    sex: str
    phone: str
    province: str
    education: str
    employment: str
    pdpa_consent: bool
    version: int

    @property
    def name(self) -> str:
        return f"{self.prefix}{self.first_name} {self.last_name}".strip()


def clean_trainee(data: TraineeInput, today: dt.date) -> dict[str, object]:
    """The column values of a valid trainee; raises the first rule broken (used by the form and the import)."""
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(data).items()}
    for name in ("first_name", "last_name"):
        if not values[name]:
            raise ValidationFailed("required", field=name)
    digits = normalize_national_id(str(values["national_id"]))
    if digits is not None and is_valid_national_id(digits):
        values["national_id"], values["national_id_override"] = digits, ""
    elif values["national_id"] and not values["national_id_override"]:
        raise ValidationFailed("national_id_checksum", field="national_id", value=values["national_id"])
    if not values["national_id"] and not values["passport_no"]:
        raise ValidationFailed("trainee_needs_id", field="national_id")
    values["national_id"] = values["national_id"] or None
    values["passport_no"] = passport_number(str(values["passport_no"])) or None
    if data.sex not in SEXES:
        raise ValidationFailed("invalid", field="sex", value=data.sex)
    if data.employment not in EMPLOYMENT:
        raise ValidationFailed("invalid", field="employment", value=data.employment)
    if data.birth_date is not None and not 12 <= (today - data.birth_date).days // 365 <= 100:
        raise ValidationFailed("invalid", field="birth_date", value=data.birth_date.isoformat())
    return values


def save_trainee(uow: UnitOfWork, data: TraineeInput, trainee_id: int | None = None,
                 version: int | None = None) -> TraineeRow:
    """Add a trainee (refused when the ID is already registered: open that one) or change one by id."""
    require(uow.actor, "training.trainees")
    values = clean_trainee(data, uow.clock.today())
    existing = _holding(uow.session, values, trainee_id)
    if existing is not None:
        raise Conflict("trainee_exists", field="national_id", trainee_id=existing.id,
                       name=f"{existing.first_name} {existing.last_name}")
    if trainee_id is None:
        trainee = Trainee()
        uow.session.add(trainee)
        before: dict[str, object] | None = None
    else:
        found = uow.session.get(Trainee, trainee_id)
        if found is None:
            raise NotFound(what="trainee", field="trainee", value=trainee_id)
        if version is not None and found.version != version:
            raise Conflict(detail=f"trainee {trainee_id} version {found.version} != {version}")
        trainee, before = found, {k: getattr(found, k) for k in values}
    for key, value in values.items():
        setattr(trainee, key, value)
    uow.session.flush()
    uow.audit("training.trainee.save", "training_trainee", trainee.id,
              {k: [None if before is None else before[k], v] for k, v in values.items()
               if before is None or before[k] != v})
    uow.changed(TRAINEES)
    return row_of(trainee)


def _holding(session: Session, values: dict[str, object], except_id: int | None) -> Trainee | None:
    checks = [Trainee.national_id == values["national_id"]] if values["national_id"] else []
    checks += [Trainee.passport_no == values["passport_no"]] if values["passport_no"] else []
    query = select(Trainee).where(or_(*checks))
    if except_id is not None:
        query = query.where(Trainee.id != except_id)
    return session.scalars(query).first()


def row_of(t: Trainee) -> TraineeRow:
    return TraineeRow(t.id, t.national_id or "", t.passport_no or "", t.prefix, t.first_name, t.last_name,
                      t.birth_date, t.sex, t.phone, t.province, t.education, t.employment, t.pdpa_consent, t.version)


def trainee_by_id_number(session: Session, actor: Actor, number: str) -> TraineeRow | None:
    """The trainee holding this national ID (any typed form) or passport number, if any: look here first."""
    require(actor, "training.trainees")
    digits = normalize_national_id(number.strip())
    column = Trainee.national_id == digits if digits else Trainee.passport_no == passport_number(number)
    found = session.scalars(select(Trainee).where(column)).first()
    return None if found is None else row_of(found)


def find_trainee(session: Session, actor: Actor, ref: str) -> TraineeRow:
    """`#12` (an id), a national ID or a passport number → the trainee; NotFound otherwise."""
    require(actor, "training.trainees")
    if ref.startswith("#") and ref[1:].isdigit():
        found = session.get(Trainee, int(ref[1:]))
        if found is not None:
            return row_of(found)
    else:
        row = trainee_by_id_number(session, actor, ref)
        if row is not None:
            return row
    raise NotFound(what="trainee", field="trainee", value=ref)


def list_trainees(session: Session, actor: Actor, text: str = "", limit: int = 500) -> list[TraineeRow]:
    """The register by name; `text` matches names, phone or the start of the ID."""
    require(actor, "training.trainees")
    query = select(Trainee)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(Trainee.first_name.like(like) | Trainee.last_name.like(like) | Trainee.phone.like(like)
                            | Trainee.national_id.like(f"{text.strip()}%"))
    rows = session.scalars(query.order_by(Trainee.first_name, Trainee.last_name, Trainee.id).limit(limit))
    return [row_of(t) for t in rows]
