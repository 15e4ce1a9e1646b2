"""Demo demand facts: the NSO's quarterly employment by ISCO-88 major group for the region, and yearly vacancies
by ISCO-08 unit group for the province (as typed from the Department of Employment's bulletins), three years."""

from __future__ import annotations

import random

from sqlalchemy import insert

from vocdesk.domain.labour.facts import TOTAL, FactKey
from vocdesk.persistence.models import DemandFact
from vocdesk.services.core.context import UnitOfWork

NSO = "สำนักงานสถิติแห่งชาติ การสำรวจภาวะการทำงานของประชากร (ตัวอย่าง)"
DOE = "กรมการจัดหางาน ตำแหน่งงานว่างรายจังหวัด (ตัวอย่าง)"
REGION = "ภาคกลาง"
EMPLOYED_THOUSANDS = {"1": 120.0, "2": 260.0, "3": 310.0, "4": 240.0, "5": 820.0, "6": 610.0, "7": 560.0,
                      "8": 690.0, "9": 740.0}
"""ISCO-88 major group → employed persons in the region, thousands (NSO tables write "พันคน")."""
VACANCIES = {"7231": 160, "7233": 60, "3115": 35, "7411": 140, "7412": 45, "3113": 30, "7421": 40, "3114": 35,
             "7212": 70, "7214": 25, "4311": 55, "3313": 20, "5223": 90, "3322": 45, "3512": 50, "3513": 25,
             "2519": 10, "4132": 20, "3514": 15, "5120": 40, "7512": 20, "3139": 30, "7543": 25, "7111": 45,
             "7112": 30, "3112": 20}
"""ISCO-08 unit group → vacancies a year in the province (the base year; later years grow or shrink)."""
GROWTH = {"7": 1.06, "3": 1.03, "4": 0.93, "5": 0.98, "2": 1.01}


def _fact(key: FactKey, area_kind: str, value: float, multiplier: int, unit: str, label: str) -> dict[str, object]:
    return {"fact_key": key.digest(), "source": key.source, "measure": key.measure, "year": key.year,
            "quarter": key.quarter, "month": key.month, "area_kind": area_kind, "area": key.area, "sex": key.sex,
            "age_group": key.age_group, "scheme": key.scheme, "occupation": key.occupation,
            "occupation_label": label, "industry": key.industry, "education": key.education,
            "value": round(value, 1), "multiplier": multiplier, "unit": unit, "file_name": "demo", "file_row": 0,
            "version": 1}


def insert_demand_facts(uow: UnitOfWork, rng: random.Random, province: str, years_ce: list[int]) -> int:
    rows: list[dict[str, object]] = []
    for step, year in enumerate(years_ce):
        for quarter in (1, 2, 3, 4):
            for code, thousands in EMPLOYED_THOUSANDS.items():
                value = thousands * (1 + 0.02 * step) * rng.uniform(0.97, 1.03)
                key = FactKey(NSO, "employed", year, quarter, 0, REGION, TOTAL, TOTAL, "isco88", code, TOTAL, TOTAL)
                rows.append(_fact(key, "region", value, 1000, "พันคน", ""))
        for code, base in VACANCIES.items():
            value = base * GROWTH.get(code[0], 1.0) ** step * rng.uniform(0.97, 1.03)
            key = FactKey(DOE, "vacancies", year, 0, 0, province, TOTAL, TOTAL, "isco08", code, TOTAL, TOTAL)
            rows.append(_fact(key, "province", round(value), 1, "อัตรา", ""))
    uow.session.execute(insert(DemandFact), rows)
    return len(rows)
