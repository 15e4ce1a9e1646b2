"""The findings list renders each distinct message once: minors of different ages still read their own age."""

from __future__ import annotations

from tests.factories.dual import TAX_IDS, D, learners, partner, placement
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.check_all import check_all
from vocdesk.services.dual.placements import add_placement, check_placement


def test_each_minor_reads_their_own_age_and_listed_tasks_in_the_findings_list(ctx: AppContext) -> None:
    learners(ctx, "6630011", "6630013", level="pvc", birth=D(2010, 3, 1))  # 16 on 2 November 2569
    learners(ctx, "6630012", level="pvs", birth=D(2009, 3, 1))  # 17 that day, the youngest a ปวส. learner may be
    enterprise, trainer = partner(ctx, TAX_IDS[1])

    def without_consent(code: str, tasks: tuple[str, ...] = ()) -> int:
        data = placement(code, enterprise, trainer, guardian_consent=False, hazard_tasks=tasks)
        return ctx.run(lambda uow: add_placement(uow, data))[0].id

    ids = [without_consent("6630011"), without_consent("6630012"), without_consent("6630013", ("forklift",))]
    listed = ctx.run(lambda uow: check_all(uow))[0]
    sixteen, seventeen, hazard = (listed[pid] for pid in ids)
    assert [(f.message_th, f.message_en) for f in sixteen] == [
        ("ผู้เรียนอายุ 16 ปี (ต่ำกว่า 20) ยังไม่มีหนังสือยินยอมของผู้ปกครอง",
         "The learner is 16 (under 20) and no guardian consent is recorded")]
    assert [(f.learner, f.message_en) for f in seventeen] == [
        ("6630012", "The learner is 17 (under 20) and no guardian consent is recorded")]
    assert [f.code for f in hazard] == ["dual.minor_hazard", "dual.guardian_consent"]
    one = ctx.run(lambda uow: check_placement(uow, ids[2]))[0]
    assert [(f.message_th, f.message_en) for f in hazard] == [(f.message_th, f.message_en) for f in one]
