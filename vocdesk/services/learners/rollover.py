"""Year-end rollover: preview every change, then (after a backup) promote groups, graduate, keep repeaters."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.academic import Level, SemesterKey, semester_bounds
from vocdesk.domain.learners import LearnerStatus
from vocdesk.domain.rollover import GroupFacts, LearnerFacts, Move, RolloverPlan, plan_rollover
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Learner, LearnerStatusChange, LearningGroup
from vocdesk.services.core.backups import backup_before
from vocdesk.services.core.changes import Changes
from vocdesk.services.core.context import Actor, AppContext, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import setting, store_setting
from vocdesk.services.learners import GROUPS, LEARNERS

GPAX_MIN_SETTING = "rollover.graduation_gpax_min"
DEFAULT_GRADUATION_GPAX = 2.0
"""OVEC curricula require a cumulative GPAX of at least 2.00 to graduate; kept as a setting."""
_GROUP_NAME_YEAR = re.compile(r"^(.*\.)(\d)(/\d+)$")
"""`ชย.1/2` → prefix `ชย.`, year `1`, `/2`: the year in a group's name moves with the group."""


GROUP_TABLE = cast(Table, LearningGroup.__table__)
LEARNER_TABLE = cast(Table, Learner.__table__)


def _iso_date_or_empty(text: str) -> str | None:
    if text:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            return "a date written YYYY-MM-DD"
    return None


GPAX_MIN = SettingSpec(GPAX_MIN_SETTING, float, DEFAULT_GRADUATION_GPAX, "เกรดเฉลี่ยสะสมขั้นต่ำที่จบการศึกษา",
                       "Lowest GPAX to graduate", 0.0, 4.0)
DONE = SettingSpec("rollover.done.", str, "", "วันที่เลื่อนชั้นปีการศึกษานี้แล้ว", "Date this year's rollover was done",
                   rule=_iso_date_or_empty, family=True)
ROLLOVER_SETTINGS = (GPAX_MIN, DONE)


def _done_key(academic_year: int) -> str:
    return f"{DONE.key}{academic_year}"


def _done(session: Session, academic_year: int) -> bool:
    return setting(session, DONE, _done_key(academic_year)) != ""


@dataclass(frozen=True)
class RolloverPreview:
    plan: RolloverPlan
    fingerprint: str
    """Changes when any learner or group it read changed; apply refuses a stale preview."""
    names: dict[int, str]
    group_codes: dict[int, str]
    already_done: bool


def _read(session: Session) -> tuple[list[GroupFacts], list[LearnerFacts], str]:
    digest = hashlib.sha256()
    groups = []
    for gid, code, level, year, programme_id, version in session.execute(select(
            LearningGroup.id, LearningGroup.group_code, LearningGroup.level, LearningGroup.year,
            LearningGroup.programme_id, LearningGroup.version).order_by(LearningGroup.id)):
        groups.append(GroupFacts(gid, code, Level(level), year, programme_id))
        digest.update(f"g{gid}:{version};".encode())
    learners = []
    enrolled = [LearnerStatus.STUDYING.value, LearnerStatus.SUSPENDED.value]
    for lid, code, status, level, year, group_id, programme_id, entry, gpax, version in session.execute(select(
            Learner.id, Learner.student_code, Learner.status, Learner.level, Learner.year, Learner.group_id,
            Learner.programme_id, Learner.entry_semester, Learner.gpax, Learner.version)
            .where(Learner.status.in_(enrolled)).order_by(Learner.id)):
        key = SemesterKey.parse(entry)
        learners.append(LearnerFacts(lid, code, LearnerStatus(status), Level(level), year, group_id, programme_id,
                                     semester_bounds(key)[0] if key else None, gpax))
        digest.update(f"l{lid}:{version};".encode())
    return groups, learners, digest.hexdigest()


def preview_rollover(session: Session, actor: Actor, academic_year: int, on: dt.date,
                     repeaters: Collection[int] = ()) -> RolloverPreview:
    """What the rollover of `academic_year` would do on `on`; nothing is written."""
    require(actor, "learners.rollover")
    groups, learners, fingerprint = _read(session)
    gpax_min = setting(session, GPAX_MIN)
    plan = plan_rollover(academic_year, on, groups, learners, repeaters, gpax_min)
    changed = {c.learner_id for c in plan.learners}
    names = {lid: f"{prefix}{first} {last}" for lid, prefix, first, last in session.execute(
        select(Learner.id, Learner.prefix, Learner.first_name_th, Learner.last_name_th)
        .where(Learner.id.in_(list(changed))))} if len(changed) < 30000 else {}
    codes = {g.id: g.code for g in groups}
    done = _done(session, academic_year)
    return RolloverPreview(plan, fingerprint, names, codes, done)


@dataclass(frozen=True)
class RolloverResult:
    academic_year: int
    groups_promoted: int
    promoted: int
    graduated: int
    repeating: int
    not_qualified: int
    held: int
    backup: Path | None
    """The SQLite backup taken first; None on PostgreSQL, where the server's own backups apply."""
    changes: Changes = field(default_factory=Changes)
    """What the rollover changed (learners and groups), for the pages to refresh."""


def _write(uow: UnitOfWork, plan: RolloverPlan, on: dt.date) -> None:
    session = uow.session
    names = dict(session.execute(select(LearningGroup.id, LearningGroup.name)).all())
    group_rows = []
    for change in plan.groups:
        match = _GROUP_NAME_YEAR.match(names[change.group_id])
        new_name = f"{match.group(1)}{change.new_year}{match.group(3)}" if match else names[change.group_id]
        group_rows.append({"gid": change.group_id, "new_year": change.new_year, "new_name": new_name})
    if group_rows:
        table = GROUP_TABLE
        session.execute(update(table).where(table.c.id == bindparam("gid")).values(
            year=bindparam("new_year"), name=bindparam("new_name"), version=table.c.version + 1), group_rows)
    learner_rows = [{"lid": c.learner_id, "new_year": c.new_year, "new_group": c.new_group_id,
                     "new_status": LearnerStatus.GRADUATED.value if c.move is Move.GRADUATE
                     else LearnerStatus.STUDYING.value}
                    for c in plan.learners if c.move in (Move.PROMOTE, Move.GRADUATE, Move.REPEAT)]
    if learner_rows:
        table = LEARNER_TABLE
        session.execute(update(table).where(table.c.id == bindparam("lid")).values(
            year=bindparam("new_year"), group_id=bindparam("new_group"), status=bindparam("new_status"),
            version=table.c.version + 1), learner_rows)
    graduations = [{"learner_id": c.learner_id, "status": LearnerStatus.GRADUATED.value, "effective_date": on,
                    "reason": f"สำเร็จการศึกษา ปีการศึกษา {plan.academic_year}"}
                   for c in plan.learners if c.move is Move.GRADUATE]
    if graduations:
        session.execute(insert(cast(Table, LearnerStatusChange.__table__)), graduations)


def apply_rollover(ctx: AppContext, academic_year: int, on: dt.date, fingerprint: str,
                   repeaters: Collection[int] = ()) -> RolloverResult:
    """Back up (SQLite), then write the previewed rollover in one unit of work; a stale preview is refused."""
    require(ctx.actor, "learners.rollover")
    if on > ctx.today():
        raise ValidationFailed("status_date_future", field="on", value=on.isoformat())
    with ctx.db.read() as session:
        if _done(session, academic_year):
            raise ValidationFailed("rollover_done", year=academic_year)
    backup = backup_before(ctx, "rollover")

    def run(uow: UnitOfWork) -> RolloverPlan:
        if _done(uow.session, academic_year):
            raise ValidationFailed("rollover_done", year=academic_year)
        preview = preview_rollover(uow.session, uow.actor, academic_year, on, repeaters)
        if preview.fingerprint != fingerprint:
            raise ValidationFailed("rollover_stale")
        _write(uow, preview.plan, on)
        store_setting(uow, DONE, on.isoformat(), _done_key(academic_year))
        plan = preview.plan
        uow.audit("learners.rollover", "academic_year", academic_year, {
            "groups": [None, len(plan.groups)], "promoted": [None, plan.count(Move.PROMOTE)],
            "graduated": [None, plan.count(Move.GRADUATE)], "repeating": [None, plan.count(Move.REPEAT)],
            "backup": [None, backup.path.name if backup else "server"]})
        uow.changed(LEARNERS, GROUPS)
        return plan

    plan, changes = ctx.run(run)
    return RolloverResult(academic_year, len(plan.groups), plan.count(Move.PROMOTE), plan.count(Move.GRADUATE),
                          plan.count(Move.REPEAT), plan.count(Move.NOT_QUALIFIED), plan.count(Move.HELD_SUSPENDED),
                          backup.path if backup else None, changes)
