"""A data subject's rights: export everything held about one learner (workbook), and erase by anonymising."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select

from vocdesk.errors import ValidationFailed
from vocdesk.io.atomic import atomic_path
from vocdesk.persistence.audit_chain import utc_naive
from vocdesk.persistence.models.audit import AuditEvent
from vocdesk.persistence.models.learners import Learner, LearnerPhoto, LearnerStatusChange
from vocdesk.persistence.models.pdpa import Erasure, GuardianConsent, SensitiveFact
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.login import ReauthProof, require_proof
from vocdesk.services.core.permissions import require
from vocdesk.services.pdpa import PDPA, SUBJECTS
from vocdesk.services.pdpa.requests import _learner

ERASED_NAME = "(ลบตามคำขอ)"
PERSONAL_FIELDS = ("national_id", "national_id_override", "prefix", "first_name_th", "last_name_th", "first_name_en",
                   "last_name_en", "birth_date", "phone", "email", "student_code")
KEPT_FOR_STATISTICS = ("gender", "level", "year", "programme_id", "group_id", "status", "is_dual", "province", "gpax")


def _learner_rows(learner: Learner) -> list[tuple[str, Any]]:
    columns = [c.key for c in Learner.__table__.columns]
    return [(name, getattr(learner, name)) for name in columns]


def export_subject(uow: UnitOfWork, learner_id: int, target: Path, proof: ReauthProof | None) -> Path:
    """Write one workbook with every record VocDesk holds about the learner (PDPA right of access)."""
    from openpyxl import Workbook

    require(uow.actor, "pdpa.export_subject")
    require_proof(uow, proof, "pdpa.export_subject")
    learner = _learner(uow, learner_id)
    book = Workbook()
    sheet = book.active
    sheet.title = "learner"
    sheet.append(["field", "value"])
    for name, value in _learner_rows(learner):
        sheet.append([name, "" if value is None else str(value)])
    history = book.create_sheet("status_history")
    history.append(["effective_date", "status", "reason"])
    for change in uow.session.scalars(select(LearnerStatusChange).where(LearnerStatusChange.learner_id == learner_id)
                                      .order_by(LearnerStatusChange.effective_date)):
        history.append([change.effective_date.isoformat(), change.status, change.reason])
    facts = book.create_sheet("sensitive")
    facts.append(["category", "detail", "recorded_on"])
    for fact in uow.session.scalars(select(SensitiveFact).where(SensitiveFact.learner_id == learner_id)):
        facts.append([fact.category, fact.detail, fact.recorded_on.isoformat()])
    consents = book.create_sheet("guardian_consent")
    consents.append(["guardian", "relation", "purposes", "given_on", "withdrawn_on"])
    for c in uow.session.scalars(select(GuardianConsent).where(GuardianConsent.learner_id == learner_id)):
        consents.append([c.guardian_name, c.relation, ", ".join(json.loads(c.purposes_json)), c.given_on.isoformat(),
                         c.withdrawn_on.isoformat() if c.withdrawn_on else ""])
    trail = book.create_sheet("audit")
    trail.append(["at_utc", "actor", "action", "changes"])
    related = or_((AuditEvent.entity == "learner") & (AuditEvent.entity_id == str(learner_id)),
                  AuditEvent.changes_json.contains(f'"learner_id": [null, {learner_id}]'))
    for event in uow.session.scalars(select(AuditEvent).where(related).order_by(AuditEvent.id)):
        trail.append([event.at.isoformat(), event.actor, event.action, event.changes_json])
    with atomic_path(target) as temporary:
        book.save(temporary)
    uow.audit("pdpa.subject_export", "learner", learner_id, {"file": target.name})
    return target


def erase_subject(uow: UnitOfWork, learner_id: int, reason: str, proof: ReauthProof | None) -> list[str]:
    """Anonymise a learner: personal fields cleared, statistics fields and status history kept, sensitive
    facts deleted, guardian names removed. The audit chain is not rewritten; it never held these values in
    clear for IDs and sensitive facts (masked/hashed), and the erasure itself is recorded without them."""
    require(uow.actor, "pdpa.erase")
    require_proof(uow, proof, "pdpa.erase")
    if not reason.strip():
        raise ValidationFailed("required", field="reason")
    learner = _learner(uow, learner_id)
    if uow.session.scalar(select(Erasure.id).where(Erasure.learner_id == learner_id)) is not None:
        raise ValidationFailed("invalid", field="learner_id", value=learner_id)
    for name in ("national_id", "national_id_override", "prefix", "first_name_en", "last_name_en", "phone", "email"):
        setattr(learner, name, "")
    learner.first_name_th, learner.last_name_th = ERASED_NAME, ERASED_NAME
    learner.student_code = f"ERASED-{learner_id}"
    if learner.birth_date is not None:
        learner.birth_date = dt.date(learner.birth_date.year, 7, 1)  # the year stays for age statistics
    removed = len(uow.session.scalars(select(SensitiveFact.id).where(SensitiveFact.learner_id == learner_id)).all())
    uow.session.execute(delete(SensitiveFact).where(SensitiveFact.learner_id == learner_id))
    photo = uow.session.get(LearnerPhoto, learner_id)
    if photo is not None:
        uow.session.delete(photo)
    for consent in uow.session.scalars(select(GuardianConsent).where(GuardianConsent.learner_id == learner_id)):
        consent.guardian_name = ERASED_NAME
    uow.session.add(Erasure(learner_id=learner_id, erased_at=utc_naive(uow.clock.now()),
                            erased_by=uow.actor.username, reason=reason.strip()))
    uow.session.flush()
    uow.audit("pdpa.erase", "learner", learner_id,
              {"fields_erased": list(PERSONAL_FIELDS), "sensitive_facts_deleted": removed,
               "photo_deleted": photo is not None, "reason": reason.strip()})
    uow.changed(SUBJECTS, PDPA)
    return list(PERSONAL_FIELDS)
