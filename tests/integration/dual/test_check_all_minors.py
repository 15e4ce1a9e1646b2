"""The findings list of many minors (age rules worked out once per distinct case) says what each own check says."""

from __future__ import annotations

import datetime as dt

from tests.factories.dual import TAX_IDS, D, learners, partner, placement
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.check_all import check_all
from vocdesk.services.dual.placements import ShiftInput, add_placement, check_placement

NIGHT = (ShiftInput(0, dt.time(14), dt.time(23), 60), ShiftInput(2, dt.time(8), dt.time(17), 60))
LONG = (ShiftInput(1, dt.time(7, 30), dt.time(17, 15), 30),)


def test_minors_sharing_all_but_one_thing_each_get_their_own_findings(ctx: AppContext) -> None:
    codes = [f"66301{n:02d}" for n in range(1, 10)]
    learners(ctx, *codes, level="pvc", birth=D(2010, 3, 1))  # 16 on 2 November 2569
    learners(ctx, "6630199", level="pvs", birth=D(2008, 1, 1))  # 18: the minors' rules do not apply
    enterprise, trainer = partner(ctx, TAX_IDS[2])
    cases = [{}, {}, {"shifts": NIGHT}, {"shifts": LONG}, {"guardian_consent": False},
             {"hazard_tasks": ("forklift",)}, {"contract_date": D(2026, 10, 1)}, {"trains_on_holidays": True},
             {"hazard_tasks": ("forklift",)}]

    def add(code: str, more: dict[str, object]) -> int:
        return ctx.run(lambda uow: add_placement(uow, placement(code, enterprise, trainer, **more)))[0].id

    ids = [add(code, more) for code, more in zip(codes, cases, strict=True)]
    ids.append(add("6630199", {"shifts": NIGHT}))
    listed = ctx.run(lambda uow: check_all(uow))[0]
    for pid in ids:
        alone = ctx.run(lambda uow, pid=pid: check_placement(uow, pid))[0]
        assert listed[pid] == alone, pid
    codes_of = [sorted({f.code for f in listed[pid]}) for pid in ids]
    assert codes_of[0] == codes_of[1] == [] and listed[ids[0]] == []
    assert "dual.minor_night" in codes_of[2] and "dual.minor_hours" in codes_of[3]
    assert codes_of[4] == ["dual.guardian_consent"] and codes_of[5] == ["dual.minor_hazard"]
    assert "dual.minor_hours" in codes_of[7] and codes_of[9] == []  # holidays; the 18-year-old's night shift
    assert {f.learner for pid in ids[:9] for f in listed[pid]} <= set(codes)
    first, second = listed[ids[5]][0], listed[ids[8]][0]  # one case, two learners: each their own finding
    assert (first.learner, second.learner) == (codes[5], codes[8])
    assert first.params == second.params and first.params is not second.params
