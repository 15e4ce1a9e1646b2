"""Hand-off to a regional dual centre: its provinces' at-risk learners, minimised, as a signed package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.io.package.manifest import GENESIS_SHA256, Field, Manifest, TableSchema
from vocdesk.io.package.minisign import SecretKey
from vocdesk.io.package.sealing import parse_recipient
from vocdesk.io.package.writer import DataSource, new_package_id, write_package
from vocdesk.persistence.models import (
    DualCentre,
    DualHandoff,
    DualPlacement,
    DualTrainer,
    Enterprise,
    Learner,
    Programme,
    Teacher,
)
from vocdesk.services.core.audit import audit_checkpoint
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import college_profile
from vocdesk.services.dual import CENTRES
from vocdesk.services.dual.followup_common import semester_of
from vocdesk.services.dual.risk import dual_risk

FIELDS = ("student_code", "learner_name", "level", "major", "enterprise", "enterprise_province", "trainer",
          "supervising_teacher", "signals", "college_actions", "contact")
"""Only what the centre needs (issue 15): no national ID, birth date, address or grades."""
SCHEMA = TableSchema(tuple(Field(name) for name in FIELDS), ("student_code",))
NO_PSEUDONYMS = "0" * 16


@dataclass(frozen=True)
class HandoffResult:
    path: Path
    signature_path: Path
    sha256: str
    learners: list[str]
    sealed: bool


def handoff_rows(uow: UnitOfWork, centre: DualCentre, on: dt.date) -> list[tuple[str, ...]]:
    provinces = {p.strip() for p in centre.provinces.split(",") if p.strip()}
    risky = {r.placement_id: r for r in dual_risk(uow, on)}
    query = (select(DualPlacement, Learner, Programme, Enterprise, DualTrainer.name, Teacher)
             .join(Learner, Learner.id == DualPlacement.learner_id)
             .join(Programme, Programme.id == Learner.programme_id)
             .join(Enterprise, Enterprise.id == DualPlacement.enterprise_id)
             .join(DualTrainer, DualTrainer.id == DualPlacement.trainer_id)
             .outerjoin(Teacher, Teacher.id == DualPlacement.supervisor_id)
             .where(DualPlacement.id.in_(list(risky)), Enterprise.province.in_(provinces))
             .order_by(Learner.student_code))
    rows: list[tuple[str, ...]] = []
    for p, learner, programme, enterprise, trainer, t in uow.session.execute(query):
        risk = risky[p.id]
        rows.append((learner.student_code, f"{learner.first_name_th} {learner.last_name_th}",
                     f"{learner.level}{learner.year}", programme.major_name_th, enterprise.name_th,
                     enterprise.province, trainer, f"{t.first_name_th} {t.last_name_th}" if t else "",
                     "; ".join(f"{s.code}={s.value}" for s in risk.signals), "; ".join(risk.actions),
                     (t.phone or t.email) if t else ""))
    return rows


def make_handoff(uow: UnitOfWork, centre_code: str, out: Path, signing: SecretKey,
                 on: dt.date | None = None) -> HandoffResult:
    """Write `out` and `out.minisig` (the OVEC package format), sealed to the centre when it has a key; record it."""
    require(uow.actor, "dual.handoff")
    day, session = on or uow.clock.today(), uow.session
    centre = session.scalars(select(DualCentre).where(DualCentre.code == centre_code.strip())).first()
    if centre is None:
        raise NotFound(what=f"centre {centre_code}", field="centre")
    profile = college_profile(session)
    if not profile.is_set:
        raise ValidationFailed("pkg_rule_college_profile", field="college.code")
    for existing in (out, out.with_name(out.name + ".minisig")):
        if existing.exists():
            raise ValidationFailed("pkg_out_exists", field="out", path=str(existing))
    rows = handoff_rows(uow, centre, day)
    last = session.scalars(select(DualHandoff).where(DualHandoff.centre_id == centre.id)
                           .order_by(DualHandoff.id.desc())).first()
    count = len(session.scalars(select(DualHandoff.id).where(DualHandoff.centre_id == centre.id)).all())
    checkpoint = audit_checkpoint(session)
    header = Manifest(package_id=new_package_id(), college_code=profile.code, college_name=profile.name_th,
                      period=str(semester_of(session, day)), sequence=count + 1,
                      previous_sha256=last.file_sha256 if last else GENESIS_SHA256,
                      created_at=uow.clock.now().isoformat(timespec="seconds"), signing_key_id=signing.public.id_text,
                      audit_chain_head=checkpoint.head, audit_chain_count=checkpoint.count,
                      pseudonym_key_id=NO_PSEUDONYMS, files=())
    recipient = parse_recipient(centre.public_key.strip()) if centre.public_key.strip() else None
    source = DataSource("dual_handoff.csv", "dual_handoff", SCHEMA, rows, len(rows), seal_to_ovec=recipient is not None)
    written = write_package(out, header, [source], signing, recipient=recipient)
    codes = [r[0] for r in rows]
    session.add(DualHandoff(centre_id=centre.id, made_on=day, student_codes=",".join(codes),
                            file_sha256=written.sha256))
    uow.audit("handoff.create", "dual_centre", centre.code,
              {"learners": [None, codes], "sha256": [None, written.sha256], "sealed": [None, recipient is not None]})
    uow.changed(CENTRES)
    return HandoffResult(written.path, written.signature_path, written.sha256, codes, recipient is not None)
