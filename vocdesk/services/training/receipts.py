"""Fees and the receipt register: a number per fiscal year that is never skipped or reused, voids kept with a reason.

The number comes from a counter row bumped with UPDATE … RETURNING in the same transaction as the receipt: a second
PC waits on the row lock (SQLite: on the write lock), and a crash before commit rolls both back, so no gap appears.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vocdesk.domain.training_money import fiscal_year_be
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Counter, Course, CourseRun, Enrolment, Receipt, Trainee
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import FEES
from vocdesk.services.training.runs import run_by_key, run_key


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    number: str  # `2569/000012`; empty for a waiver
    fiscal_year: int
    run: str
    course_name: str
    trainee_id: int
    trainee_name: str
    paid_on: dt.date
    amount_satang: int
    waiver_reason: str
    received_by: str
    state: str
    void_reason: str
    prints: int


def receipt_number(fiscal_year: int, number: int | None) -> str:
    return "" if number is None else f"{fiscal_year}/{number:06d}"


def next_number(uow: UnitOfWork, series: str) -> int:
    """The next number of a series, taken inside the caller's transaction (rolled back with it)."""
    if uow.session.get(Counter, series) is None:
        try:
            with uow.session.begin_nested():
                uow.session.add(Counter(series=series, last_number=0))
        except IntegrityError:  # another PC created the series first; its row is there now
            pass
    return int(uow.session.execute(update(Counter).where(Counter.series == series)
                                   .values(last_number=Counter.last_number + 1)
                                   .returning(Counter.last_number)).scalar_one())


def add_payment(uow: UnitOfWork, key: str, trainee_id: int, amount_satang: int, waiver_reason: str = "") -> ReceiptRow:
    """Take a trainee's fee (numbered receipt) or record a waiver with its reason (no number: no money taken)."""
    require(uow.actor, "training.fees")
    run, course = run_by_key(uow.session, key)
    enrolled = uow.session.scalars(select(Enrolment.state).where(Enrolment.run_id == run.id,
                                                                 Enrolment.trainee_id == trainee_id)).first()
    if enrolled not in ("enrolled", "waitlist"):
        raise ValidationFailed("not_enrolled", field="trainee", value=trainee_id)
    if course.fee_satang == 0:
        raise ValidationFailed("course_free", field="course", source=course.funding_source)
    waiver = waiver_reason.strip()
    if waiver and amount_satang != 0:
        raise ValidationFailed("waiver_with_amount", field="amount")
    if not waiver and not 0 < amount_satang <= 100_000_000:
        raise ValidationFailed("invalid", field="amount", value=amount_satang)
    today = uow.clock.today()
    year = fiscal_year_be(today)
    number = None if waiver else next_number(uow, f"receipt/{year}")
    receipt = Receipt(fiscal_year=year, number=number, run_id=run.id, trainee_id=trainee_id, paid_on=today,
                      amount_satang=amount_satang, waiver_reason=waiver, state="valid", void_reason="", prints=0,
                      received_by=uow.actor.display_name or uow.actor.username)
    uow.session.add(receipt)
    uow.session.flush()
    uow.audit("training.payment.add", "training_receipt", receipt.id,
              {"number": [None, receipt_number(year, number)], "amount_satang": [None, amount_satang],
               "waiver": [None, waiver]})
    uow.changed(FEES)
    return _rows(uow.session, Receipt.id == receipt.id)[0]


def void_receipt(uow: UnitOfWork, number: str, reason: str) -> ReceiptRow:
    """Void a receipt: its number stays in the register with the reason, never reused."""
    require(uow.actor, "training.fees")
    receipt = _by_number(uow.session, number)
    if not reason.strip():
        raise ValidationFailed("required", field="reason")
    if receipt.state == "void":
        raise ValidationFailed("receipt_void", field="number", value=number)
    receipt.state, receipt.void_reason = "void", reason.strip()
    uow.audit("training.payment.void", "training_receipt", receipt.id, {"state": ["valid", "void"],
                                                                        "reason": [None, reason.strip()]})
    uow.changed(FEES)
    return _rows(uow.session, Receipt.id == receipt.id)[0]


def mark_printed(uow: UnitOfWork, receipt_id: int) -> ReceiptRow:
    """Count a print; every print after the first is a copy (สำเนา). Returns the row as it was before this print."""
    require(uow.actor, "training.fees")
    receipt = uow.session.get(Receipt, receipt_id)
    if receipt is None or receipt.number is None:
        raise NotFound(what="receipt", field="receipt", value=receipt_id)
    row = _rows(uow.session, Receipt.id == receipt.id)[0]
    receipt.prints += 1
    uow.audit("training.receipt.print", "training_receipt", receipt.id, {"prints": [row.prints, receipt.prints]})
    uow.changed(FEES)
    return row


def _by_number(session: Session, number: str) -> Receipt:
    year, _, serial = number.strip().partition("/")
    if not (year.isdigit() and serial.isdigit()):
        raise ValidationFailed("invalid", field="number", value=number)
    receipt = session.scalars(select(Receipt).where(Receipt.fiscal_year == int(year),
                                                    Receipt.number == int(serial))).first()
    if receipt is None:
        raise NotFound(what="receipt", field="number", value=number)
    return receipt


def _rows(session: Session, *where: ColumnElement[bool]) -> list[ReceiptRow]:
    rows = session.execute(select(Receipt, Course.code, Course.name_th, CourseRun.run_no, Trainee)
                           .join(CourseRun, CourseRun.id == Receipt.run_id)
                           .join(Course, Course.id == CourseRun.course_id)
                           .join(Trainee, Trainee.id == Receipt.trainee_id).where(*where)
                           .order_by(Receipt.fiscal_year, Receipt.number.is_(None), Receipt.number, Receipt.id))
    return [ReceiptRow(r.id, receipt_number(r.fiscal_year, r.number), r.fiscal_year, run_key(code, no), name,
                       t.id, f"{t.prefix}{t.first_name} {t.last_name}".strip(), r.paid_on, r.amount_satang,
                       r.waiver_reason, r.received_by, r.state, r.void_reason, r.prints)
            for r, code, name, no, t in rows]


def receipts(session: Session, actor: Actor, key: str | None = None,
             fiscal_year: int | None = None) -> list[ReceiptRow]:
    """The register in number order (waivers after), for one run or one fiscal year."""
    require(actor, "training.fees")
    where: list[ColumnElement[bool]] = []
    if key is not None:
        where.append(Receipt.run_id == run_by_key(session, key)[0].id)
    if fiscal_year is not None:
        where.append(Receipt.fiscal_year == fiscal_year)
    return _rows(session, *where)


def income(session: Session, actor: Actor, fiscal_year: int) -> list[tuple[str, str, int, int]]:
    """Own income (เงินรายได้สถานศึกษา) per course in a fiscal year: code, name, receipts, satang; voids excluded."""
    require(actor, "training.fees")
    rows = session.execute(select(Course.code, Course.name_th, func.count(Receipt.id),
                                  func.sum(Receipt.amount_satang))
                           .join(CourseRun, CourseRun.course_id == Course.id)
                           .join(Receipt, Receipt.run_id == CourseRun.id)
                           .where(Receipt.fiscal_year == fiscal_year, Receipt.state == "valid",
                                  Receipt.number.is_not(None))
                           .group_by(Course.code, Course.name_th).order_by(Course.code))
    return [(code, name, int(count), int(total or 0)) for code, name, count, total in rows]
