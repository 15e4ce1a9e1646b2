"""ORDS v0.3 export: one UTF-8 CSV row per powered repair attempt, the unpowered summary, and a datapackage.json."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from vocdesk.domain.community import END_OF_LIFE, ORDS_COUNTRY, REPAIR_STATUSES, category, scrub_problem
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import RepairJob, ServicePoint
from vocdesk.services.community.settings import ords_provider
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import college_profile

COLUMNS = ("id", "data_provider", "country", "partner_product_category", "product_category", "product_category_id",
           "brand", "year_of_manufacture", "product_age", "repair_status", "repair_barrier_if_end_of_life",
           "group_identifier", "event_date", "problem")
RECORDS_FILE = "ords_repairs.csv"
UNPOWERED_FILE = "unpowered_summary.csv"
UNPOWERED_COLUMNS = ("data_provider", "product_category", "repair_status", "total")
"""The official descriptor's third resource (OpenRepairData_v0.3_unpowered_*.csv), field for field."""
UNPOWERED_SCHEMA: dict[str, Any] = {"fields": [
    {"name": "data_provider", "type": "string"}, {"name": "product_category", "type": "string"},
    {"name": "repair_status", "type": "string", "constraints": {"enum": list(REPAIR_STATUSES)}},
    {"name": "total", "type": "integer", "constraints": {"minimum": 1}}]}


@dataclass(frozen=True)
class OrdsExport:
    records: int
    unpowered: int
    files: tuple[str, ...]


def _row(job: RepairJob, point: ServicePoint, provider: str, name: str) -> dict[str, str] | None:
    item = category(job.category)
    if item.ords_id is None:
        return None
    personal = (*job.owner_name.split(), job.owner_phone, job.owner_national_id)
    return {
        "id": f"{provider}-{job.id}", "data_provider": name, "country": ORDS_COUNTRY,
        "partner_product_category": item.name,
        "product_category": item.ords_name or "", "product_category_id": str(item.ords_id),
        "brand": job.brand or "Unknown", "year_of_manufacture": "",
        "product_age": "" if job.age_years is None else str(job.age_years),
        "repair_status": job.repair_status,
        "repair_barrier_if_end_of_life": (job.barrier or "") if job.repair_status == END_OF_LIFE else "",
        "group_identifier": point.code.lower(), "event_date": job.received_on.isoformat(),
        "problem": scrub_problem(job.problem, personal),
    }


def export_ords(uow: UnitOfWork, start: dt.date, end: dt.date, out_dir: Path,
                schema: dict[str, Any]) -> OrdsExport:
    """Write the ORDS files for jobs received from `start` to `end`; `schema` is the ORDS table schema to ship."""
    require(uow.actor, "community.print")
    if end < start:
        raise ValidationFailed("date_order", field="to")
    provider = ords_provider(uow.session)
    name = college_profile(uow.session).name_th or provider
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = uow.session.execute(select(RepairJob, ServicePoint).join(ServicePoint).where(
        RepairJob.received_on >= start, RepairJob.received_on <= end).order_by(RepairJob.id))
    unpowered: Counter[tuple[str, str]] = Counter()
    records = 0
    with (out_dir / RECORDS_FILE).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for job, point in jobs:
            row = _row(job, point, provider, name)
            if row is None:
                unpowered[(category(job.category).name, job.repair_status)] += 1
                continue
            writer.writerow(row)
            records += 1
    with (out_dir / UNPOWERED_FILE).open("w", encoding="utf-8", newline="") as handle:
        plain = csv.writer(handle, lineterminator="\n")
        plain.writerow(UNPOWERED_COLUMNS)
        for (kind, status), count in sorted(unpowered.items()):
            plain.writerow((name, kind, status, count))
    resources = [{"name": "repairs", "path": RECORDS_FILE, "schema": schema},
                 {"name": "unpowered", "path": UNPOWERED_FILE, "schema": UNPOWERED_SCHEMA}]
    package = {"name": f"{provider}-ords", "title": f"Open Repair Data v0.3: {name}", "profile": "tabular-data-package",
               "resources": [{**r, "profile": "tabular-data-resource", "encoding": "utf-8", "format": "csv"}
                             for r in resources]}
    (out_dir / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
    uow.audit("ords.export", "repair_job", "", {"from": [None, start.isoformat()], "to": [None, end.isoformat()],
                                               "records": [None, records]})
    return OrdsExport(records, sum(unpowered.values()), (RECORDS_FILE, UNPOWERED_FILE, "datapackage.json"))
