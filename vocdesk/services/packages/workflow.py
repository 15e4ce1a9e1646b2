"""The package workflow per period: validate → explain warnings → lock (director) → create; status at any time."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import SemesterKey
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.persistence.models import PackageExplanation, PackageHistory, PackageSubmission
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.login import ReauthProof, require_proof
from vocdesk.services.core.permissions import require
from vocdesk.services.packages import PACKAGES
from vocdesk.services.packages.rules import WARNING, Finding, run_rules
from vocdesk.services.packages.tables import Row, export_tables

DRAFT, VALIDATED, LOCKED, EXPORTED = "draft", "validated", "locked", "exported"
_FISCAL = re.compile(r"(?:FY|ปีงบประมาณ|ปีงบ)\s*([0-9]{4})", re.IGNORECASE)


def normalise_period(text: str) -> str:
    """`1/2569`, `๑/๒๕๖๙`, `FY2569`, `ปีงบประมาณ 2569` → `1/2569` or `FY2569`; anything else is refused."""
    semester = SemesterKey.parse(text)
    if semester is not None:
        return str(semester)
    match = _FISCAL.fullmatch(to_ascii_digits(text).strip())
    if match and 2400 < int(match.group(1)) < 2700:
        return f"FY{match.group(1)}"
    raise ValidationFailed("pkg_period_format", field="period", value=text)


@dataclass(frozen=True)
class PeriodStatus:
    """Where a period's submission stands, and the findings of its latest validation when asked for."""

    period: str
    status: str
    errors: int
    warnings_open: int
    validated_by: str
    locked_by: str
    last_sequence: int
    last_sha256: str
    findings: tuple[Finding, ...] = ()


def data_fingerprint(rows_by_table: Iterable[tuple[str, Iterable[Row]]]) -> str:
    digest = hashlib.sha256()
    for name, rows in rows_by_table:
        for _ in hashing_rows(name, rows, digest):
            pass
    return digest.hexdigest()


def hashing_rows(name: str, rows: Iterable[Row], digest: hashlib._Hash) -> Iterator[Row]:
    """Pass rows through while adding them to `digest`: the same fingerprint at validation and at creation.

    The bytes hashed are the table name, then each row's fields joined by U+001F and ended by U+001E.
    """
    digest.update(name.encode("utf-8") + b"\x1e")
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        yield row
        if len(batch) == 4096:
            digest.update(("\x1e".join(map("\x1f".join, batch)) + "\x1e").encode("utf-8"))
            batch.clear()
    if batch:
        digest.update(("\x1e".join(map("\x1f".join, batch)) + "\x1e").encode("utf-8"))


def current_fingerprint(session: Session, period: str) -> str:
    return data_fingerprint((table.name, table.rows(session, period)) for table in export_tables(session))


def _submission(session: Session, period: str, create: bool = False) -> PackageSubmission | None:
    row = session.scalar(select(PackageSubmission).where(PackageSubmission.period == period))
    if row is None and create:
        row = PackageSubmission(period=period, status=DRAFT, errors=0, warnings_open=0, content_sha256="",
                                validated_by="", locked_by="")
        session.add(row)
        session.flush()
    return row


def _explained(session: Session, period: str, findings: list[Finding]) -> list[Finding]:
    texts = {(e.rule_id, e.record_key): e.text for e in session.scalars(
        select(PackageExplanation).where(PackageExplanation.period == period))}
    return [Finding(f.rule_id, f.record, f.severity, f.code, f.params, texts.get((f.rule_id, f.record), ""))
            if f.severity == WARNING else f for f in findings]


def findings_for(session: Session, period: str) -> list[Finding]:
    return _explained(session, period, run_rules(session))


def _last_package(session: Session) -> PackageHistory | None:
    return session.scalar(select(PackageHistory).order_by(PackageHistory.sequence.desc()).limit(1))


def period_status(session: Session, actor: Actor, period: str, *, with_findings: bool = False) -> PeriodStatus:
    require(actor, "package.validate")
    period = normalise_period(period)
    row = _submission(session, period)
    last = _last_package(session)
    findings = tuple(findings_for(session, period)) if with_findings else ()
    return PeriodStatus(period, row.status if row else DRAFT, row.errors if row else 0,
                        row.warnings_open if row else 0, row.validated_by if row else "",
                        row.locked_by if row else "", last.sequence if last else 0, last.sha256 if last else "",
                        findings)


def _counts(findings: list[Finding]) -> tuple[int, int]:
    errors = sum(1 for f in findings if f.severity != WARNING)
    return errors, sum(1 for f in findings if f.severity == WARNING and not f.explanation)


def validate_period(uow: UnitOfWork, period: str) -> PeriodStatus:
    """Run every rule; the period becomes `validated` only with no errors and every warning explained.

    A locked period whose data is unchanged stays locked; if anything changed, the lock is released.
    """
    require(uow.actor, "package.validate")
    period = normalise_period(period)
    session = uow.session
    findings = findings_for(session, period)
    errors, open_warnings = _counts(findings)
    fingerprint = current_fingerprint(session, period)
    row = _submission(session, period, create=True)
    assert row is not None
    before = row.status
    clean = errors == 0 and open_warnings == 0
    if before == LOCKED and clean and row.content_sha256 == fingerprint:
        status = LOCKED
    else:
        status = VALIDATED if clean else DRAFT
        row.locked_by, row.locked_at = "", None
    row.status, row.errors, row.warnings_open = status, errors, open_warnings
    row.content_sha256 = fingerprint
    row.validated_at, row.validated_by = uow.clock.now(), uow.actor.username
    uow.audit("package.validate", "package_submission", period,
              {"status": [before, status], "errors": errors, "warnings_open": open_warnings})
    uow.changed(PACKAGES)
    last_sequence, last_sha256 = _last_tuple(session)
    return PeriodStatus(period, status, errors, open_warnings, row.validated_by, row.locked_by, last_sequence,
                        last_sha256, tuple(findings))


def _last_tuple(session: Session) -> tuple[int, str]:
    last = _last_package(session)
    return (last.sequence, last.sha256) if last else (0, "")


def explain_finding(uow: UnitOfWork, period: str, rule_id: str, record: str, text: str) -> int:
    """Record why a current warning is acceptable; errors cannot be explained away. Returns warnings still open."""
    require(uow.actor, "package.validate")
    period = normalise_period(period)
    text = text.strip()
    if len(text) < 5:
        raise ValidationFailed("pkg_explanation_short", field="explanation")
    findings = findings_for(uow.session, period)
    match = next((f for f in findings if f.rule_id == rule_id and f.record == record), None)
    if match is None:
        raise ValidationFailed("pkg_finding_unknown", field="record", rule_id=rule_id, record=record)
    if match.severity != WARNING:
        raise ValidationFailed("pkg_error_not_explainable", field="record", rule_id=rule_id, record=record)
    existing = uow.session.scalar(select(PackageExplanation).where(
        PackageExplanation.period == period, PackageExplanation.rule_id == rule_id,
        PackageExplanation.record_key == record))
    if existing is None:
        uow.session.add(PackageExplanation(period=period, rule_id=rule_id, record_key=record, text=text,
                                           explained_by=uow.actor.username, explained_at=uow.clock.now()))
    else:
        existing.text, existing.explained_by, existing.explained_at = text, uow.actor.username, uow.clock.now()
    uow.audit("package.explain", "package_explanation", f"{period} {rule_id} {record}",
              {"text": [match.explanation or None, text]})
    uow.changed(PACKAGES)
    return _counts(findings)[1] - (0 if match.explanation else 1)


def lock_period(uow: UnitOfWork, period: str, *, proof: ReauthProof | None = None) -> PeriodStatus:
    """The director's keyholder locks a validated period; the data must be exactly as validated.

    `proof` comes from `reauthenticate(uow, password, "package.lock")` a moment ago (not needed only by the setup
    actor before any administrator exists); it is spent here.
    """
    require(uow.actor, "package.lock")
    require_proof(uow, proof, "package.lock")
    period = normalise_period(period)
    session = uow.session
    row = _submission(session, period)
    if row is None or row.status != VALIDATED:
        raise Conflict("pkg_not_validated", period=period, status=row.status if row else DRAFT)
    errors, open_warnings = _counts(findings_for(session, period))
    if errors or open_warnings or current_fingerprint(session, period) != row.content_sha256:
        raise Conflict("pkg_changed_since_validation", period=period)
    row.status, row.locked_at, row.locked_by = LOCKED, uow.clock.now(), uow.actor.username
    uow.audit("package.lock", "package_submission", period, {"status": [VALIDATED, LOCKED]})
    uow.changed(PACKAGES)
    return period_status(session, uow.actor, period)
