"""The `trainers` import: trainers of enterprises known by tax ID, matched by name; a certificate is added once."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.io.imports import CancelCheck, ImportCancelled, ParsedFile
from vocdesk.io.imports.findings import error
from vocdesk.io.imports.placements import TRAINERS as DECLARATION
from vocdesk.persistence.models import DualTrainer, DualTrainerCertificate, Enterprise
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual import TRAINERS
from vocdesk.services.dual.import_rows import name_key
from vocdesk.services.dual.settings import dual_settings
from vocdesk.services.kinds.imports import ImportPlan, RowChange

DETAILS = ("position", "phone", "email", "qualification")


def valid_until(issued: dt.date, years: int) -> dt.date:
    try:
        return issued.replace(year=issued.year + years) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        return dt.date(issued.year + years, 2, 28)


class TrainerImport:
    declaration = DECLARATION
    permission = "dual.edit"
    changes = (TRAINERS,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        plan = ImportPlan()
        bad = {f.row for f in parsed.findings if f.is_error}
        taxes = {r.values["taxId"] for r in parsed.rows if "taxId" in r.values}
        enterprises = {t: i for i, t in session.execute(select(Enterprise.id, Enterprise.tax_id)
                                                        .where(Enterprise.tax_id.in_(taxes)))}
        trainers = {(t.enterprise_id, name_key(t.name)): t for t in session.scalars(
            select(DualTrainer).where(DualTrainer.enterprise_id.in_(enterprises.values())))}
        issued = {(c.trainer_id, c.issued_on) for c in session.scalars(select(DualTrainerCertificate))}
        for row in parsed.rows:
            v = row.values
            if row.row in bad or "taxId" not in v:
                continue
            enterprise = enterprises.get(v["taxId"])
            if enterprise is None:
                plan.findings.append(error(row.row, "taxId", "dual.import_enterprise_unknown", value=v["taxId"]))
                continue
            old = trainers.get((enterprise, name_key(v["trainer"])))
            details = {k: v[k] for k in DETAILS if k in v}
            certificate = v.get("certifiedOn")
            if old is None:
                plan.changes[row.row] = RowChange(row.row, v["trainer"], "insert")
                plan.payload[row.row] = (None, enterprise, details, v)
                continue
            diff = {k: x for k, x in details.items() if getattr(old, k) != x}
            new_certificate = certificate is not None and (old.id, certificate) not in issued
            if not diff and not new_certificate:
                plan.unchanged.add(row.row)
                continue
            shown = {k: (getattr(old, k), x) for k, x in diff.items()}
            if new_certificate:
                shown["certifiedOn"] = ("", certificate)
            plan.changes[row.row] = RowChange(row.row, v["trainer"], "update", shown)
            plan.payload[row.row] = (old.id, enterprise, diff, v if new_certificate else {})
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        if cancel is not None and cancel():
            raise ImportCancelled()
        years = dual_settings(uow.session).certificate_years
        inserted = updated = 0
        for row in rows:
            key, enterprise, details, values = cast(tuple[int | None, int, dict[str, Any], dict[str, Any]],
                                                    plan.payload[row])
            if key is None:
                trainer = DualTrainer(enterprise_id=enterprise, name=values["trainer"], **details)
                uow.session.add(trainer)
                inserted += 1
            else:
                found = uow.session.get(DualTrainer, key)
                assert found is not None
                trainer = found
                for name, value in details.items():
                    setattr(trainer, name, value)
                updated += 1
            uow.session.flush()
            if values.get("certifiedOn"):
                day = values["certifiedOn"]
                uow.session.add(DualTrainerCertificate(trainer_id=trainer.id, kind=values.get("certificateKind",
                                                                                               "course"),
                                                       number=values.get("certificate", ""), issued_on=day,
                                                       valid_until=valid_until(day, years)))
        uow.audit("trainers.import", "dual_trainer", parsed.path.name,
                  {"inserted": [None, inserted], "updated": [None, updated]})
        uow.changed(TRAINERS)
        return inserted, updated
