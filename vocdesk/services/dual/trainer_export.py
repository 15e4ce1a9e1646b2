"""Trainers as an export kind: the trainers import's own headers, so an exported file imports back unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.io.imports.placements import TRAINERS
from vocdesk.persistence.models import DualTrainer, DualTrainerCertificate, Enterprise
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.export_kind import sheet_of
from vocdesk.services.kinds.exports import ExportKind, ExportRequest

COLUMNS = TRAINERS.exported_columns()
NAMES = [column.name for column in COLUMNS]
KIND_TH = {"course": "อบรม", "test": "ทดสอบ"}
"""The import's own words for a certificate's kind."""


def _ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    """Trainers of enterprises with a tax ID (the import finds the enterprise by it), by enterprise and name."""
    require(actor, "dual.view")
    query = (select(DualTrainer.id).join(Enterprise, Enterprise.id == DualTrainer.enterprise_id)
             .where(Enterprise.tax_id.is_not(None)))
    if request.text:
        query = query.where(DualTrainer.name.contains(request.text.strip()))
    return list(session.scalars(query.order_by(Enterprise.name_th, DualTrainer.name, DualTrainer.id)))


def _rows(session: Session, actor: Actor, ids: Sequence[int], names: Sequence[str]) -> Iterable[Sequence[Any]]:
    """One row per trainer with the certificate issued last (the import adds a certificate once per issue day)."""
    require(actor, "dual.view")
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        latest: dict[int, DualTrainerCertificate] = {}
        for c in session.scalars(select(DualTrainerCertificate).where(DualTrainerCertificate.trainer_id.in_(chunk))
                                 .order_by(DualTrainerCertificate.issued_on, DualTrainerCertificate.id)):
            latest[c.trainer_id] = c
        found = {t.id: (t, tax) for t, tax in session.execute(
            select(DualTrainer, Enterprise.tax_id).join(Enterprise, Enterprise.id == DualTrainer.enterprise_id)
            .where(DualTrainer.id.in_(chunk)))}
        for key in chunk:
            if key not in found:
                continue
            trainer, tax = found[key]
            cert = latest.get(key)
            cells = {"taxId": tax, "trainer": trainer.name, "position": trainer.position, "phone": trainer.phone,
                     "email": trainer.email, "qualification": trainer.qualification,
                     "certifiedOn": cert.issued_on if cert else "", "certificate": cert.number if cert else "",
                     "certificateKind": KIND_TH.get(cert.kind, cert.kind) if cert else ""}
            yield [cells[n] for n in names]


EXPORT_KIND = ExportKind("trainers", "dual.view", TRAINERS.title_th, lambda actor: list(NAMES), sheet_of(COLUMNS),
                         _rows, _ids)
