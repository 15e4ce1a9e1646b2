"""Year-end rollover through the services: preview first, backup, then groups/learners move; once per year."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from tests.factories.learners import seed, valid_id
from vocdesk.domain.rollover import Move
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Learner, LearnerStatusChange, LearningGroup
from vocdesk.services.core.context import AppContext, UnitOfWork
from vocdesk.services.learners.register import LearnerInput, create_learner
from vocdesk.services.learners.rollover import RolloverPreview, apply_rollover, preview_rollover

END = dt.date(2026, 3, 31)


def add(uow: UnitOfWork, code: str, year: int, group: int, programme: int, entry: str, gpax: float | None) -> int:
    return create_learner(uow, LearnerInput(
        student_code=code, national_id=valid_id(f"1{code[-6:]}00000"), first_name_th="ทดสอบ", last_name_th=code,
        level="pvc", year=year, programme_id=programme, group_id=group, entry_semester=entry, gpax=gpax))


@pytest.fixture
def world(ctx: AppContext) -> tuple[AppContext, dict[str, int]]:
    # The college closes academic year 2568 on 31 March 2026.
    ctx.clock.current = dt.datetime(2026, 3, 31, 16, 0, tzinfo=ctx.clock.current.tzinfo)  # type: ignore[attr-defined]
    (pvc, g1, g3), _ = ctx.run(seed)
    with ctx.db.write_session() as s, s.begin():  # the seed's year-1 group entered 2568 for this scenario
        s.execute(update(LearningGroup).where(LearningGroup.id == g1).values(entry_year_be=2568, name="ชย.1/1"))
    ids = {}
    for key, code, year, group, entry, gpax in (
            ("first", "68201010001", 1, g1, "1/2568", 2.5), ("repeat", "68201010002", 1, g1, "1/2568", 1.2),
            ("grad", "66201010001", 3, g3, "1/2566", 3.1), ("low", "66201010002", 3, g3, "1/2566", 1.9)):
        ids[key], _ = ctx.run(lambda uow, c=code, y=year, g=group, e=entry, p=gpax: add(uow, c, y, g, pvc, e, p))
    return ctx, ids


def preview(ctx: AppContext, repeaters: tuple[int, ...] = ()) -> RolloverPreview:
    with ctx.db.read() as s:
        return preview_rollover(s, ctx.actor, 2568, END, repeaters)


def test_preview_lists_every_change_and_writes_nothing(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    result = preview(ctx, (ids["repeat"],))
    moves = {c.learner_id: (c.move, c.old_year, c.new_year) for c in result.plan.learners}
    assert moves == {ids["first"]: (Move.PROMOTE, 1, 2), ids["repeat"]: (Move.REPEAT, 1, 1),
                     ids["grad"]: (Move.GRADUATE, 3, 3), ids["low"]: (Move.NOT_QUALIFIED, 3, 3)}
    with ctx.db.read() as s:
        assert s.scalars(select(Learner.year).order_by(Learner.id)).all() == [1, 1, 3, 3]


def test_apply_backs_up_then_moves_everyone_once(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    shown = preview(ctx, (ids["repeat"],))
    result = apply_rollover(ctx, 2568, END, shown.fingerprint, (ids["repeat"],))
    assert (result.groups_promoted, result.promoted, result.graduated, result.repeating, result.not_qualified) == (
        1, 1, 1, 1, 1)
    if ctx.db.is_sqlite:
        assert result.backup is not None and result.backup.exists() and "rollover" in result.backup.name
    else:
        assert result.backup is None  # the PostgreSQL server's own backups apply
    with ctx.db.read() as s:
        rows = dict(s.execute(select(Learner.id, Learner.status)).all())
        years = dict(s.execute(select(Learner.id, Learner.year)).all())
        groups = dict(s.execute(select(Learner.id, Learner.group_id)).all())
        group_rows = s.execute(select(LearningGroup.group_code, LearningGroup.year, LearningGroup.name)
                               .order_by(LearningGroup.group_code)).all()
        graduated_on = s.scalar(select(LearnerStatusChange.effective_date).where(
            LearnerStatusChange.learner_id == ids["grad"], LearnerStatusChange.status == "graduated"))
    assert group_rows == [("672010101", 3, "ชย.3/1"), ("692010101", 2, "ชย.2/1")]
    assert years == {ids["first"]: 2, ids["repeat"]: 1, ids["grad"]: 3, ids["low"]: 3}
    assert rows[ids["grad"]] == "graduated" and rows[ids["low"]] == "studying" and graduated_on == END
    assert groups[ids["repeat"]] is None  # no year-1 group is left for the repeater: the registrar assigns one
    with pytest.raises(ValidationFailed) as caught:
        apply_rollover(ctx, 2568, END, preview(ctx).fingerprint)
    assert caught.value.code == "rollover_done"


def test_a_stale_preview_is_refused(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    shown = preview(ctx)
    with ctx.db.write_session() as s, s.begin():
        s.execute(update(Learner).where(Learner.id == ids["low"]).values(gpax=2.4, version=Learner.version + 1))
    with pytest.raises(ValidationFailed) as caught:
        apply_rollover(ctx, 2568, END, shown.fingerprint)
    assert caught.value.code == "rollover_stale"
    with ctx.db.read() as s:
        assert s.scalars(select(Learner.year).order_by(Learner.id)).all() == [1, 1, 3, 3]
