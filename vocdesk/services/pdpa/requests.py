"""PDPA tools: sensitive facts, guardian consent for under-20s, retention report and the breach register."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.audit_chain import utc_naive
from vocdesk.persistence.models.learners import Learner, LearnerStatusChange
from vocdesk.persistence.models.pdpa import BreachIncident, Erasure, GuardianConsent, SensitiveFact
from vocdesk.services.core.conflicts import expect_version
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting
from vocdesk.services.pdpa import PDPA

SENSITIVE_CATEGORIES = ("health", "disability", "religion", "poverty")
CONSENT_AGE = 20
ACTIVE_STATUSES = frozenset({"studying", "suspended"})
DEFAULT_RETENTION_YEARS = 10  # unconfirmed: a setting (pdpa.retention_years)
RETENTION_YEARS = SettingSpec("pdpa.retention_years", int, DEFAULT_RETENTION_YEARS, "ระยะเวลาเก็บข้อมูลหลังออก (ปี)",
                              "Years kept after leaving", 1, 100)
PDPA_SETTINGS = (RETENTION_YEARS,)
NOTIFY_WITHIN = dt.timedelta(hours=72)


def _learner(uow: UnitOfWork, learner_id: int) -> Learner:
    learner = uow.session.get(Learner, learner_id)
    if learner is None:
        raise NotFound(what=f"learner #{learner_id}")
    return learner


def record_sensitive(uow: UnitOfWork, learner_id: int, category: str, detail: str) -> int:
    """Store a sensitive fact; the audit trail keeps only a hash of its content."""
    require(uow.actor, "pdpa.edit_sensitive")
    if category not in SENSITIVE_CATEGORIES:
        raise ValidationFailed("invalid", field="category", value=category)
    _learner(uow, learner_id)
    fact = SensitiveFact(learner_id=learner_id, category=category, detail=detail.strip(), recorded_on=uow.clock.today())
    uow.session.add(fact)
    uow.session.flush()
    uow.audit("pdpa.sensitive_add", "sensitive_fact", fact.id,
              {"learner_id": [None, learner_id], "category": [None, category], "detail": [None, fact.detail]})
    uow.changed(PDPA)
    return fact.id


@dataclass(frozen=True)
class SensitiveRow:
    id: int
    category: str
    detail: str
    recorded_on: dt.date
    version: int


def sensitive_facts(uow: UnitOfWork, learner_id: int) -> list[SensitiveRow]:
    require(uow.actor, "pdpa.view_sensitive")
    facts = uow.session.scalars(select(SensitiveFact).where(SensitiveFact.learner_id == learner_id)
                                .order_by(SensitiveFact.id))
    return [SensitiveRow(f.id, f.category, f.detail, f.recorded_on, f.version) for f in facts]


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def record_consent(uow: UnitOfWork, learner_id: int, guardian_name: str, relation: str, purposes: list[str],
                   given_on: dt.date) -> int:
    """A guardian's consent for a learner under 20: who consented, when and for which purposes."""
    require(uow.actor, "pdpa.consent")
    _learner(uow, learner_id)
    if not guardian_name.strip():
        raise ValidationFailed("required", field="guardian_name")
    cleaned = sorted({p.strip() for p in purposes if p.strip()})
    if not cleaned:
        raise ValidationFailed("required", field="purposes")
    consent = GuardianConsent(learner_id=learner_id, guardian_name=guardian_name.strip(), relation=relation.strip(),
                              purposes_json=json.dumps(cleaned, ensure_ascii=False), given_on=given_on,
                              recorded_by=uow.actor.username)
    uow.session.add(consent)
    uow.session.flush()
    uow.audit("pdpa.consent_add", "guardian_consent", consent.id,
              {"learner_id": [None, learner_id], "purposes": [None, cleaned], "given_on": [None, given_on]})
    uow.changed(PDPA)
    return consent.id


def consent_missing(uow: UnitOfWork, learner_id: int, purpose: str) -> bool:
    """True when the learner is under 20 today and no unwithdrawn guardian consent covers `purpose`."""
    require(uow.actor, "pdpa.consent")
    learner = _learner(uow, learner_id)
    if learner.birth_date is None or age_on(learner.birth_date, uow.clock.today()) >= CONSENT_AGE:
        return False
    for consent in uow.session.scalars(select(GuardianConsent).where(
            GuardianConsent.learner_id == learner_id, GuardianConsent.withdrawn_on.is_(None))):
        if purpose in json.loads(consent.purposes_json):
            return False
    return True


@dataclass(frozen=True)
class RetentionRow:
    """A learner who left more than the retention period ago and is not yet anonymised."""

    learner_id: int
    student_code: str
    status: str
    left_on: dt.date


def retention_report(uow: UnitOfWork) -> list[RetentionRow]:
    require(uow.actor, "pdpa.retention_report")
    years = setting(uow.session, RETENTION_YEARS)
    today = uow.clock.today()
    cutoff = today.replace(year=today.year - years) if not (today.month == 2 and today.day == 29) \
        else dt.date(today.year - years, 2, 28)
    left_on = func.max(LearnerStatusChange.effective_date)
    query = (select(Learner.id, Learner.student_code, Learner.status, left_on)
             .join(LearnerStatusChange, LearnerStatusChange.learner_id == Learner.id)
             .where(Learner.status.not_in(ACTIVE_STATUSES), ~Learner.id.in_(select(Erasure.learner_id)))
             .group_by(Learner.id, Learner.student_code, Learner.status)
             .having(left_on < cutoff).order_by(Learner.id))
    return [RetentionRow(lid, code, status, when) for lid, code, status, when in uow.session.execute(query)]


@dataclass(frozen=True)
class BreachRow:
    """A breach with its 72-hour regulator deadline and how much time is left (negative when overdue)."""

    id: int
    discovered_at: dt.datetime
    description: str
    affected_count: int
    measures: str
    deadline: dt.datetime
    hours_left: float
    regulator_notified_at: dt.datetime | None
    overdue: bool
    version: int


def record_breach(uow: UnitOfWork, discovered_at: dt.datetime, description: str, affected_count: int,
                  data_categories: str = "", measures: str = "") -> int:
    require(uow.actor, "pdpa.breach_edit")
    if not description.strip():
        raise ValidationFailed("required", field="description")
    if affected_count < 0:
        raise ValidationFailed("invalid", field="affected_count")
    breach = BreachIncident(discovered_at=utc_naive(discovered_at), description=description.strip(),
                            affected_count=affected_count, data_categories=data_categories, measures=measures)
    uow.session.add(breach)
    uow.session.flush()
    uow.audit("pdpa.breach_add", "breach_incident", breach.id,
              {"affected_count": [None, affected_count], "discovered_at": [None, breach.discovered_at]})
    uow.changed(PDPA)
    return breach.id


def update_breach(uow: UnitOfWork, breach_id: int, seen_version: int, *, affected_count: int | None = None,
                  measures: str | None = None, regulator_notified_at: dt.datetime | None = None) -> int:
    """Edit a breach the user had open at `seen_version`; a newer save by someone else raises Conflict."""
    require(uow.actor, "pdpa.breach_edit")
    breach = expect_version(uow, BreachIncident, breach_id, seen_version)
    changes: dict[str, list[object]] = {}
    if affected_count is not None and affected_count != breach.affected_count:
        changes["affected_count"] = [breach.affected_count, affected_count]
        breach.affected_count = affected_count
    if measures is not None and measures != breach.measures:
        changes["measures"] = [breach.measures, measures]
        breach.measures = measures
    if regulator_notified_at is not None:
        changes["regulator_notified_at"] = [breach.regulator_notified_at, utc_naive(regulator_notified_at)]
        breach.regulator_notified_at = utc_naive(regulator_notified_at)
    if changes:
        uow.session.flush()
        uow.audit("pdpa.breach_update", "breach_incident", breach_id, changes)
        uow.changed(PDPA)
    return breach.version


def breach_register(uow: UnitOfWork) -> list[BreachRow]:
    require(uow.actor, "pdpa.breach_view")
    now = utc_naive(uow.clock.now())
    rows = []
    for b in uow.session.scalars(select(BreachIncident).order_by(BreachIncident.discovered_at.desc())):
        deadline = b.discovered_at + NOTIFY_WITHIN
        rows.append(BreachRow(b.id, b.discovered_at, b.description, b.affected_count, b.measures, deadline,
                              round((deadline - now).total_seconds() / 3600, 1), b.regulator_notified_at,
                              b.regulator_notified_at is None and now > deadline, b.version))
    return rows
