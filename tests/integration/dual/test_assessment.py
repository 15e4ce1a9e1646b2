"""Joint assessment on both backends: both sides' scores per competence make a result once every score is in."""

from __future__ import annotations

import pytest

from tests.factories.dual_followup import started
from vocdesk.domain.dual.assessment import Score
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.assessment import get_assessment, record_scores


def test_the_result_waits_for_the_enterprise_and_then_weighs_both_sides_equally(ctx: AppContext) -> None:
    (placement,) = started(ctx, "6680001")
    college = [Score("ถอดประกอบเครื่องยนต์", 4, None), Score("บริการลูกค้า", 3, None)]
    first = ctx.run(lambda uow: record_scores(uow, placement, "2/2569", college))[0]
    assert (first.result.percent, first.result.missing) == (None, ("ถอดประกอบเครื่องยนต์", "บริการลูกค้า"))
    enterprise = [Score("ถอดประกอบเครื่องยนต์", None, 5), Score("บริการลูกค้า", None, 2)]
    ctx.run(lambda uow: record_scores(uow, placement, "2/2569", enterprise))
    done = ctx.run(lambda uow: get_assessment(uow, placement, "2/2569"))[0]
    # (4+5)/2 + (3+2)/2 = 7 of 10 points: 70 %, above the 50 % pass mark.
    assert [(s.college, s.enterprise) for s in done.scores] == [(4, 5), (3, 2)]
    assert (done.result.percent, done.result.passed) == (70.0, True)
    assert ctx.run(lambda uow: get_assessment(uow, placement, "1/2570"))[0].scores == []


def test_a_score_above_the_scale_is_refused_and_nothing_is_written(ctx: AppContext) -> None:
    (placement,) = started(ctx, "6680002")
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: record_scores(uow, placement, "2/2569", [Score("งานไฟฟ้า", 3, None),
                                                                      Score("งานเชื่อม", 6, None)]))
    assert (refused.value.code, refused.value.params["competence"]) == ("dual.score_range", "งานเชื่อม")
    assert ctx.run(lambda uow: get_assessment(uow, placement, "2/2569"))[0].scores == []
