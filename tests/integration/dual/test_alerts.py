"""Alerts as of 24 November 2569: an MOU ending under a placement, one ending soon, certificates, a trainer's load."""

from __future__ import annotations

from tests.factories.dual import TAX_IDS, D, learners, partner, placement
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.settings import write_setting
from vocdesk.services.dual.alerts import dual_alerts
from vocdesk.services.dual.placements import activate_placement, add_placement
from vocdesk.services.dual.settings import RATIO_KEY
from vocdesk.services.dual.trainers import add_certificate, add_trainer


def test_each_alert_names_its_subject_and_day(ctx: AppContext) -> None:
    learners(ctx, "6630301", "6630302", "6630303")
    a, trainer_a = partner(ctx, TAX_IDS[0], mou_end=D(2027, 3, 31))  # before the placement's 30 September 2570
    b, trainer_b = partner(ctx, TAX_IDS[1], mou_end=D(2027, 1, 31))  # 68 days ahead, placement inside it
    ctx.run(lambda uow: add_placement(uow, placement("6630301", a, trainer_a)))
    ctx.run(lambda uow: add_placement(uow, placement("6630302", b, trainer_b, start=D(2026, 11, 2),
                                                     end=D(2027, 1, 15), semesters=1)))
    old = ctx.run(lambda uow: add_trainer(uow, a, "นางสาวใบรับรอง ใกล้หมด"))[0]
    ctx.run(lambda uow: add_certificate(uow, old, D(2022, 1, 1)))  # valid through 31 December 2569
    ctx.run(lambda uow: add_trainer(uow, b, "นายไม่มี ใบรับรอง"))
    found = ctx.run(lambda uow: dual_alerts(uow))[0]
    assert [(x.code, x.day) for x in found] == [
        ("dual.alert_mou_ending", D(2027, 1, 31)),
        ("dual.alert_mou_before_placement", D(2027, 3, 31)),
        ("dual.alert_certificate_lapsed", None),
        ("dual.alert_certificate_lapsing", D(2026, 12, 31)),
    ]
    assert "2027-09-30" in found[1].message_en and "นางสาวใบรับรอง ใกล้หมด" in found[3].message_th


def test_a_trainer_over_a_lowered_ratio_is_announced(ctx: AppContext) -> None:
    learners(ctx, "6630311", "6630312")
    enterprise, trainer = partner(ctx)
    for code in ("6630311", "6630312"):
        saved = ctx.run(lambda uow, c=code: add_placement(uow, placement(c, enterprise, trainer)))[0]
        ctx.run(lambda uow, s=saved.id: activate_placement(uow, s))
    assert [x.code for x in ctx.run(lambda uow: dual_alerts(uow, D(2026, 12, 1)))[0]] == []
    ctx.run(lambda uow: write_setting(uow, RATIO_KEY, {"pvc": 10, "pvs": 1, "btech": 8}))
    over = ctx.run(lambda uow: dual_alerts(uow, D(2026, 12, 1)))[0]
    assert [(x.code, x.params["count"], x.params["limit"]) for x in over] == [("dual.alert_trainer_over_ratio", 2, 1)]
