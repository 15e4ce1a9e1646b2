"""Grants per programme and fiscal year: create, edit, delete, top up, transfer; balances always computed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import fiscal_year_bounds
from vocdesk.domain.grants import SATANG_PER_BAHT, PolicyBand, format_baht, grant_balance
from vocdesk.domain.programme_codes import code_and_name
from vocdesk.errors import Conflict, NotFound, ValidationFailed
from vocdesk.persistence.models import Asset, FundingGrant, GrantAdjustment, Programme, Purchase
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting, store_setting
from vocdesk.services.equipment import GRANTS

BAND_MIN_KEY = "grants.band_min_baht"
BAND_MAX_KEY = "grants.band_max_baht"
_BAND = PolicyBand()
BAND_MIN = SettingSpec(BAND_MIN_KEY, int, _BAND.minimum // SATANG_PER_BAHT, "งบต่อหลักสูตรขั้นต่ำที่คาดไว้ (บาท)",
                       "Expected grant per curriculum, lowest (baht)", 0)
BAND_MAX = SettingSpec(BAND_MAX_KEY, int, _BAND.maximum // SATANG_PER_BAHT, "งบต่อหลักสูตรสูงสุดที่คาดไว้ (บาท)",
                       "Expected grant per curriculum, highest (baht)", 0)
GRANT_SETTINGS = (BAND_MIN, BAND_MAX)


@dataclass(frozen=True)
class GrantInput:
    """What the officer types for a grant; `amount` is satang."""

    programme_id: int
    fiscal_year: int
    source: str
    amount: int
    start_date: dt.date
    end_date: dt.date
    reference_no: str = ""
    purpose: str = ""


@dataclass(frozen=True)
class GrantSummary:
    """A grant with its money: amount, top-ups/transfers, committed purchases and what is left (satang)."""

    id: int
    programme_id: int
    programme_name: str
    fiscal_year: int
    source: str
    reference_no: str
    amount: int
    adjustments: int
    committed: int
    balance: int
    start_date: dt.date
    end_date: dt.date
    purpose: str
    version: int


def policy_band(session: Session) -> PolicyBand:
    """The band from settings (baht), defaulting to the policy's 1–3 million per curriculum."""
    return PolicyBand(setting(session, BAND_MIN) * SATANG_PER_BAHT, setting(session, BAND_MAX) * SATANG_PER_BAHT)


def save_policy_band(uow: UnitOfWork, low_baht: int, high_baht: int) -> PolicyBand:
    """Change the expected grant size per curriculum; amounts outside it ask for confirmation, never block."""
    require(uow.actor, "equipment.settings")
    if low_baht < 0 or high_baht < low_baht:
        raise ValidationFailed("invalid", field=BAND_MAX_KEY if low_baht >= 0 else BAND_MIN_KEY,
                               value=f"{low_baht}–{high_baht}")
    store_setting(uow, BAND_MIN, low_baht)
    store_setting(uow, BAND_MAX, high_baht)
    return PolicyBand(low_baht * SATANG_PER_BAHT, high_baht * SATANG_PER_BAHT)


def grant_warnings(session: Session, data: GrantInput) -> list[str]:
    """Warnings the officer must confirm before saving (amount outside the policy band)."""
    warning = policy_band(session).warning_for(data.amount)
    return [warning] if warning else []


def _validate(session: Session, data: GrantInput, confirmed: Iterable[str]) -> list[str]:
    if session.get(Programme, data.programme_id) is None:
        raise NotFound(what="programme", field="programme_id")
    if not data.source.strip():
        raise ValidationFailed("required", field="source")
    if data.amount <= 0:
        raise ValidationFailed("money_positive", field="amount")
    first, last = fiscal_year_bounds(data.fiscal_year)
    if data.end_date < data.start_date:
        raise ValidationFailed("date_order", field="end_date")
    if data.start_date > last or data.end_date < first:
        raise ValidationFailed("grant_outside_fiscal_year", field="start_date", fiscal_year=data.fiscal_year)
    warnings = grant_warnings(session, data)
    unconfirmed = [code for code in warnings if code not in set(confirmed)]
    if unconfirmed:
        band = policy_band(session)
        raise ValidationFailed("confirm_required", field="amount", warnings=",".join(unconfirmed),
                               amount=format_baht(data.amount), low=format_baht(band.minimum),
                               high=format_baht(band.maximum))
    return warnings


def find_programme(session: Session, text: str) -> int:
    """A programme by id or by major code (e.g. 20101); a code shared by several curricula must be given by id."""
    text = text.strip()
    if text.isdigit() and session.get(Programme, int(text)) is not None and len(text) < 5:
        return int(text)
    ids = list(session.scalars(select(Programme.id).where(Programme.major_code == text)))
    if len(ids) != 1:
        raise NotFound(what="programme", field="programme", value=text) if not ids else ValidationFailed(
            "programme_ambiguous", field="programme", value=text, ids=", ".join(map(str, ids)))
    return ids[0]


def lock_grant(session: Session, grant_id: int) -> FundingGrant:
    """Load a grant for a money-changing write, locking its row (SELECT … FOR UPDATE) on PostgreSQL.

    On SQLite every write unit of work already holds the database write lock from BEGIN IMMEDIATE.
    """
    grant = session.scalars(select(FundingGrant).where(FundingGrant.id == grant_id).with_for_update()).first()
    if grant is None:
        raise NotFound(what="grant", field="grant_id", id=grant_id)
    return grant


def balance_of(session: Session, grant_id: int) -> tuple[int, int, int]:
    """(adjustments, committed, balance) of one grant, summed in SQL."""
    grant = session.get(FundingGrant, grant_id)
    if grant is None:
        raise NotFound(what="grant", field="grant_id", id=grant_id)
    adjustments = session.scalar(select(func.coalesce(func.sum(GrantAdjustment.amount_satang), 0))
                                 .where(GrantAdjustment.grant_id == grant_id)) or 0
    committed = session.scalar(select(func.coalesce(func.sum(Purchase.total_satang), 0))
                               .where(Purchase.grant_id == grant_id)) or 0
    return int(adjustments), int(committed), grant_balance(grant.amount_satang, int(adjustments), int(committed))


def _summary(session: Session, grant: FundingGrant) -> GrantSummary:
    programme = session.get(Programme, grant.programme_id)
    name = code_and_name(programme.major_code, programme.major_name_th) if programme else ""
    adjustments, committed, balance = balance_of(session, grant.id)
    return GrantSummary(grant.id, grant.programme_id, name, grant.fiscal_year, grant.source, grant.reference_no,
                        grant.amount_satang, adjustments, committed, balance, grant.start_date, grant.end_date,
                        grant.purpose, grant.version)


def grant_summary(session: Session, actor: Actor, grant_id: int) -> GrantSummary:
    require(actor, "equipment.view")
    grant = session.get(FundingGrant, grant_id)
    if grant is None:
        raise NotFound(what="grant", field="grant_id", id=grant_id)
    return _summary(session, grant)


def list_grants(session: Session, actor: Actor, fiscal_year: int | None = None) -> list[GrantSummary]:
    require(actor, "equipment.view")
    query = select(FundingGrant).order_by(FundingGrant.fiscal_year.desc(), FundingGrant.id)
    if fiscal_year is not None:
        query = query.where(FundingGrant.fiscal_year == fiscal_year)
    return [_summary(session, grant) for grant in session.scalars(query)]


def create_grant(uow: UnitOfWork, data: GrantInput, confirmed: Iterable[str] = ()) -> GrantSummary:
    """Record a grant; an amount outside the policy band needs its warning code in `confirmed`."""
    require(uow.actor, "equipment.edit")
    warnings = _validate(uow.session, data, confirmed)
    grant = FundingGrant(programme_id=data.programme_id, fiscal_year=data.fiscal_year, source=data.source.strip(),
                         reference_no=data.reference_no.strip(), amount_satang=data.amount,
                         start_date=data.start_date, end_date=data.end_date, purpose=data.purpose.strip(),
                         confirmed_warnings=",".join(warnings))
    uow.session.add(grant)
    uow.session.flush()
    uow.audit("grant.create", "funding_grant", grant.id, {k: [None, v] for k, v in asdict(data).items()}
              | {"confirmed_warnings": [None, warnings]})
    uow.changed(GRANTS)
    return _summary(uow.session, grant)


def edit_grant(uow: UnitOfWork, grant_id: int, expected_version: int, data: GrantInput,
               confirmed: Iterable[str] = ()) -> GrantSummary:
    """Change a grant; its amount may not fall below what purchases already committed."""
    require(uow.actor, "equipment.edit")
    grant = lock_grant(uow.session, grant_id)
    if grant.version != expected_version:
        raise Conflict(detail=f"grant {grant_id} version {grant.version} != {expected_version}")
    warnings = _validate(uow.session, data, confirmed)
    adjustments, committed, _ = balance_of(uow.session, grant_id)
    if grant_balance(data.amount, adjustments, committed) < 0:
        raise ValidationFailed("grant_below_committed", field="amount", committed=format_baht(committed),
                               shortfall=format_baht(-grant_balance(data.amount, adjustments, committed)))
    before = {"programme_id": grant.programme_id, "fiscal_year": grant.fiscal_year, "source": grant.source,
              "amount": grant.amount_satang, "start_date": grant.start_date, "end_date": grant.end_date,
              "reference_no": grant.reference_no, "purpose": grant.purpose}
    grant.programme_id, grant.fiscal_year, grant.source = data.programme_id, data.fiscal_year, data.source.strip()
    grant.amount_satang, grant.start_date, grant.end_date = data.amount, data.start_date, data.end_date
    grant.reference_no, grant.purpose = data.reference_no.strip(), data.purpose.strip()
    grant.confirmed_warnings = ",".join(warnings)
    after = asdict(data)
    uow.audit("grant.edit", "funding_grant", grant_id,
              {key: [old, after[key]] for key, old in before.items() if after[key] != old})
    uow.changed(GRANTS)
    return _summary(uow.session, grant)


def delete_grant(uow: UnitOfWork, grant_id: int) -> None:
    """Delete a grant entered by mistake; refused once money or assets hang on it."""
    require(uow.actor, "equipment.edit")
    grant = lock_grant(uow.session, grant_id)
    for model, column in ((Purchase, Purchase.grant_id), (GrantAdjustment, GrantAdjustment.grant_id),
                          (GrantAdjustment, GrantAdjustment.counterpart_grant_id), (Asset, Asset.grant_id)):
        if uow.session.scalar(select(func.count()).select_from(model).where(column == grant_id)):
            raise ValidationFailed("grant_in_use", field="grant_id", what=model.__tablename__)
    uow.session.delete(grant)
    uow.audit("grant.delete", "funding_grant", grant_id, {"amount": [grant.amount_satang, None]})
    uow.changed(GRANTS)


def _adjust(uow: UnitOfWork, grant: FundingGrant, kind: str, amount: int, reason: str, reference_no: str,
            on: dt.date, counterpart: int | None) -> None:
    uow.session.add(GrantAdjustment(grant_id=grant.id, kind=kind, amount_satang=amount, reason=reason,
                                    reference_no=reference_no, recorded_on=on, counterpart_grant_id=counterpart,
                                    recorded_by=uow.actor.username, recorded_at=uow.clock.now()))


def _check_adjustment(amount: int, reason: str) -> str:
    if amount <= 0:
        raise ValidationFailed("money_positive", field="amount")
    if not reason.strip():
        raise ValidationFailed("required", field="reason")
    return reason.strip()


def record_topup(uow: UnitOfWork, grant_id: int, amount: int, reason: str, reference_no: str = "",
                 on: dt.date | None = None) -> GrantSummary:
    """An authorised user adds money to a grant (e.g. an approved extra allocation), with a reason."""
    require(uow.actor, "grants.topup")
    reason = _check_adjustment(amount, reason)
    grant = lock_grant(uow.session, grant_id)
    _adjust(uow, grant, "topup", amount, reason, reference_no.strip(), on or uow.clock.today(), None)
    uow.session.flush()
    uow.audit("grant.topup", "funding_grant", grant_id, {"topup": [None, amount], "reason": [None, reason]})
    uow.changed(GRANTS)
    return _summary(uow.session, grant)


def record_transfer(uow: UnitOfWork, from_grant_id: int, to_grant_id: int, amount: int, reason: str,
                    reference_no: str = "", on: dt.date | None = None) -> tuple[GrantSummary, GrantSummary]:
    """Move unspent money from one grant to another (โอนเปลี่ยนแปลง); never more than the source has left."""
    require(uow.actor, "grants.topup")
    reason = _check_adjustment(amount, reason)
    if from_grant_id == to_grant_id:
        raise ValidationFailed("transfer_same_grant", field="to_grant_id")
    # Lock both rows in id order so two opposite transfers cannot deadlock.
    locked = {gid: lock_grant(uow.session, gid) for gid in sorted((from_grant_id, to_grant_id))}
    _, _, available = balance_of(uow.session, from_grant_id)
    if amount > available:
        raise ValidationFailed("grant_overspent", field="amount", grant_id=from_grant_id,
                               balance=format_baht(available), needed=format_baht(amount),
                               shortfall=format_baht(amount - available))
    day = on or uow.clock.today()
    _adjust(uow, locked[from_grant_id], "transfer_out", -amount, reason, reference_no.strip(), day, to_grant_id)
    _adjust(uow, locked[to_grant_id], "transfer_in", amount, reason, reference_no.strip(), day, from_grant_id)
    uow.session.flush()
    uow.audit("grant.transfer", "funding_grant", from_grant_id,
              {"to_grant_id": [None, to_grant_id], "amount": [None, amount], "reason": [None, reason]})
    uow.changed(GRANTS)
    return _summary(uow.session, locked[from_grant_id]), _summary(uow.session, locked[to_grant_id])
