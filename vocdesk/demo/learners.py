"""Demo learners and their status history, written in bulk (Core executemany) so 100,000 learners stay quick.

Student code = entry year (2 digits) + the programme's 5-digit code + a 4-digit running number per programme and
entry year, e.g. `69201010001`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import insert

from vocdesk.demo import plan
from vocdesk.demo.bulk import insert_rows
from vocdesk.demo.groups import Group
from vocdesk.demo.names import NameLists
from vocdesk.demo.people import FEMALE, MALE, IdentityFactory, birth_date_for_entry, learner_prefix, pick_name
from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.persistence.base import Base
from vocdesk.persistence.models import Learner, LearnerStatusChange
from vocdesk.services.core.context import UnitOfWork

BATCH = 5000
ENTRY_AGE = {"pvc": 15, "pvs": 18}
DUAL_SHARE = {"pvc": 0.10, "pvs": 0.18}
"""Share of studying learners of technical programmes in the dual system (ปวช. from year 2)."""


@dataclass
class LearnerTotals:
    learners: int = 0
    status_changes: int = 0
    dual: int = 0


def entry_date(entry_year_be: int) -> dt.date:
    month, day = plan.ENTRY_MONTH_DAY
    return dt.date(entry_year_be - BE_OFFSET, month, day)


def _home_province(rng: random.Random, names: NameLists) -> str:
    roll = rng.random()
    if roll < 0.70:
        return plan.COLLEGE_PROVINCE_CODE
    if roll < 0.94:
        return rng.choice(plan.NEIGHBOUR_PROVINCE_CODES)
    return rng.choice(names.provinces).code


def _status(rng: random.Random, year: int) -> str:
    roll, bound = rng.random(), 0.0
    scale = 0.4 if year == 1 else 1.0  # first-year learners have had less time to leave
    for status, share in plan.STATUS_SHARES:
        bound += share * scale
        if roll < bound:
            return status
    return plan.STUDYING


class LearnerWriter:
    """Generates learners group by group and writes them with their status history in batches."""

    def __init__(self, uow: UnitOfWork, rng: random.Random, names: NameLists, ids: IdentityFactory) -> None:
        self.uow, self.rng, self.names, self.ids = uow, rng, names, ids
        self.today = uow.clock.today()
        self.now = uow.clock.now()
        self.sequence: Counter[tuple[int, str]] = Counter()
        self.totals = LearnerTotals()

    def _learner(self, group: Group) -> tuple[dict[str, object], str, dt.date]:
        rng, run = self.rng, group.programme
        gender = MALE if rng.random() < run.plan.male_share else FEMALE
        first, last = pick_name(rng, self.names, gender)
        entered = entry_date(group.entry_year_be)
        birth = birth_date_for_entry(rng, entered, ENTRY_AGE[run.plan.level])
        province = _home_province(rng, self.names)
        key = (group.entry_year_be, run.code)
        self.sequence[key] += 1
        code = f"{group.entry_year_be % 100:02d}{run.code}{self.sequence[key]:04d}"
        status = _status(rng, group.year)
        technical = run.plan.male_share >= 0.8
        dual = (status == plan.STUDYING and technical and (run.plan.level == "pvs" or group.year >= 2)
                and rng.random() < DUAL_SHARE[run.plan.level])
        semester_one_done = self.today >= dt.date(entered.year, 10, 1)
        gpax = None if not semester_one_done else round(min(4.0, max(1.0, rng.gauss(
            2.35 if status == plan.DISMISSED else 2.9, 0.45))), 2)
        row: dict[str, object] = {
            "student_code": code, "national_id": self.ids.national_id(province), "national_id_override": "",
            "prefix": learner_prefix(gender, birth, self.today), "first_name_th": first.th, "last_name_th": last.th,
            "first_name_en": first.en, "last_name_en": last.en, "gender": gender, "birth_date": birth,
            "level": run.plan.level, "year": group.year, "programme_id": run.id, "group_id": group.id,
            "entry_semester": f"1/{group.entry_year_be}", "status": status, "is_dual": dual, "phone": "",
            "email": f"{code}@learner.demo.invalid", "province": self.names.province(province).name_th,
            "gpax": gpax, "created_at": self.now, "updated_at": self.now,
        }
        return row, status, entered

    def _history(self, status: str, entered: dt.date) -> Iterator[dict[str, object]]:
        yield {"status": plan.STUDYING, "effective_date": entered, "reason": plan.STATUS_REASONS[plan.STUDYING]}
        if status != plan.STUDYING:
            span = max(1, (self.today - entered).days - 30)
            changed = entered + dt.timedelta(days=30 + self.rng.randrange(span))
            yield {"status": status, "effective_date": min(changed, self.today),
                   "reason": plan.STATUS_REASONS[status]}

    def _flush(self, rows: list[dict[str, object]], histories: list[list[dict[str, object]]]) -> None:
        session = self.uow.session
        ids = insert_rows(session, Learner.__tablename__, rows, "student_code")
        changes = [{"learner_id": lid, **change}
                   for lid, history in zip(ids, histories, strict=True) for change in history]
        session.execute(insert(Base.metadata.tables[LearnerStatusChange.__tablename__]), changes)
        self.totals.learners += len(rows)
        self.totals.status_changes += len(changes)
        self.totals.dual += sum(1 for row in rows if row["is_dual"])

    def write(self, groups: list[Group]) -> LearnerTotals:
        rows: list[dict[str, object]] = []
        histories: list[list[dict[str, object]]] = []
        for group in groups:
            for _ in range(group.size):
                row, status, entered = self._learner(group)
                rows.append(row)
                histories.append(list(self._history(status, entered)))
                if len(rows) >= BATCH:
                    self._flush(rows, histories)
                    rows, histories = [], []
        if rows:
            self._flush(rows, histories)
        return self.totals
