"""Training plans: a programme's template by semester, a placement's share of it, and what is not covered yet."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories.dual import D, learners, partner, placement
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.placements import add_placement
from vocdesk.services.dual.plans import (
    PlanTaskInput,
    add_plan_task,
    learner_coverage,
    placement_plan,
    set_plan_semesters,
)


def _programme(ctx: AppContext, code: str) -> int:
    with ctx.unit_of_work() as uow:
        return uow.session.scalars(select(Learner.programme_id).where(Learner.student_code == code)).one()


def test_the_plan_not_yet_trained_is_shown_and_shrinks_as_placements_take_semesters(ctx: AppContext) -> None:
    learners(ctx, "6630101")
    programme = _programme(ctx, "6630101")
    tasks = [(1, "งานบำรุงรักษาเครื่องยนต์", "เปลี่ยนถ่ายน้ำมันเครื่อง", 40, "30101-2001"),
             (2, "งานบำรุงรักษาเครื่องยนต์", "ตรวจระบบหล่อเย็น", 60, "30101-2001, 30101-2002"),
             (3, "งานระบบไฟฟ้ารถยนต์", "ตรวจวงจรไฟชาร์จ", 80, "")]
    for semester, main, sub, hours, codes in tasks:
        ctx.run(lambda uow, s=semester, m=main, b=sub, h=hours, c=codes: add_plan_task(
            uow, PlanTaskInput(programme, s, m, b, h, course_codes=c)))
    enterprise, trainer = partner(ctx)
    saved = ctx.run(lambda uow: add_placement(uow, placement("6630101", enterprise, trainer,
                                                             end=D(2027, 3, 15), semesters=1,
                                                             plan_semesters=(1,))))[0]
    before = ctx.run(lambda uow: learner_coverage(uow, "6630101"))[0]
    assert [t.sub_task for t in before.uncovered] == ["ตรวจระบบหล่อเย็น", "ตรวจวงจรไฟชาร์จ"]
    assert (before.planned_hours, before.covered_hours) == (180, 40)
    ctx.run(lambda uow: set_plan_semesters(uow, saved.id, (1, 2)))
    plan = ctx.run(lambda uow: placement_plan(uow, saved.id))[0]
    assert [(t.semester, t.course_codes) for t in plan] == [(1, "30101-2001"), (2, "30101-2001,30101-2002")]
    after = ctx.run(lambda uow: learner_coverage(uow, "6630101"))[0]
    assert [t.sub_task for t in after.uncovered] == ["ตรวจวงจรไฟชาร์จ"] and after.covered_hours == 100


def test_a_course_code_not_in_the_ovec_shape_is_refused(ctx: AppContext) -> None:
    learners(ctx, "6630102")
    programme = _programme(ctx, "6630102")
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: add_plan_task(uow, PlanTaskInput(programme, 1, "งานเชื่อม", course_codes="2010-1001")))
    assert refused.value.code == "dual.course_code_invalid" and refused.value.params["value"] == "2010-1001"


def test_the_check_before_saving_shows_findings_and_writes_nothing(ctx: AppContext) -> None:
    from vocdesk.persistence.models import AuditEvent, DualPlacement
    from vocdesk.services.dual.preview import preview_placement

    learners(ctx, "6630103", birth=D(2010, 3, 1))
    enterprise, trainer = partner(ctx)
    found, changes = ctx.run(lambda uow: preview_placement(uow, placement("6630103", enterprise, trainer)))
    assert [f.code for f in found] == ["dual.under_age"] and not changes
    with ctx.unit_of_work() as uow:
        assert uow.session.scalars(select(DualPlacement)).first() is None
        assert uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "placement.create")).first() is None
