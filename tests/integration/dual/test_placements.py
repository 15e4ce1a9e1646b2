"""Placements on both backends: drafts keep their findings, errors block activation, warnings need a reason."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import select

from tests.factories.dual import TAX_IDS, D, learners, partner, placement
from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.persistence.models import AuditEvent, DualPlacement
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.placements import activate_placement, add_placement, check_placement, end_placement


def test_a_draft_is_saved_with_its_findings_and_activation_names_the_errors(ctx: AppContext) -> None:
    learners(ctx, "6630001", birth=D(2010, 3, 1))  # 16 on 2 November 2569: a minor
    enterprise, trainer = partner(ctx, mou_end=D(2027, 3, 31))  # the MOU ends six months before the placement
    saved = ctx.run(lambda uow: add_placement(uow, placement("6630001", enterprise, trainer,
                                                             hazard_tasks=("forklift",))))[0]
    assert [(f.code, f.severity) for f in saved.findings] == [
        ("dual.mou_not_covering", "error"), ("dual.under_age", "error"), ("dual.minor_hazard", "error")]
    assert "2027-09-30" in saved.findings[0].message_en and "MOU" in saved.findings[0].message_th
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: activate_placement(uow, saved.id))
    assert refused.value.code == "dual.findings_block" and refused.value.params["count"] == 3
    with ctx.unit_of_work() as uow:
        assert uow.session.get(DualPlacement, saved.id).status == "draft"  # type: ignore[union-attr]


def test_warnings_are_accepted_only_with_a_reason_which_is_audited(ctx: AppContext) -> None:
    learners(ctx, "6630002", dual=False)
    enterprise, trainer = partner(ctx)
    saved = ctx.run(lambda uow: add_placement(uow, placement("6630002", enterprise, trainer, semesters=1)))[0]
    assert [f.code for f in saved.findings] == ["dual.too_short", "dual.not_dual_learner"]
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: activate_placement(uow, saved.id))
    assert refused.value.code == "dual.warning_reason"
    ctx.run(lambda uow: activate_placement(uow, saved.id, "จะฝึกต่อภาคเรียนหน้าที่สถานประกอบการเดิม"))
    with ctx.unit_of_work() as uow:
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "placement.activate")).one()
    changes = json.loads(event.changes_json)
    assert changes["accepted_warnings"][1] == ["dual.not_dual_learner", "dual.too_short"]
    assert changes["reason"][1] == "จะฝึกต่อภาคเรียนหน้าที่สถานประกอบการเดิม"


def test_an_active_placement_makes_an_overlapping_one_an_error_until_it_ends_early(ctx: AppContext) -> None:
    learners(ctx, "6630003")
    enterprise, trainer = partner(ctx)
    first = ctx.run(lambda uow: add_placement(uow, placement("6630003", enterprise, trainer,
                                                             end=D(2027, 3, 15))))[0]
    ctx.run(lambda uow: activate_placement(uow, first.id))
    second = ctx.run(lambda uow: add_placement(uow, placement("6630003", enterprise, trainer,
                                                              start=D(2027, 3, 15))))[0]
    assert [f.code for f in second.findings] == ["dual.overlap"]  # the shared last day counts
    ctx.run(lambda uow: end_placement(uow, first.id, D(2027, 3, 14), "ย้ายแผนก"))
    assert ctx.run(lambda uow: check_placement(uow, second.id))[0] == []


def test_two_pcs_activating_for_one_trainer_never_pass_the_ratio(ctx: AppContext) -> None:
    codes = [f"66400{i:02d}" for i in range(12)]
    learners(ctx, *codes)
    enterprise, trainer = partner(ctx, TAX_IDS[1])
    drafts = [ctx.run(lambda uow, c=c: add_placement(uow, placement(c, enterprise, trainer)))[0].id for c in codes]
    start = threading.Barrier(len(drafts))
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(placement_id: int) -> None:
        start.wait()
        outcome = "conflict"
        for _ in range(40):  # a conflict means the other PC won the row: read again and retry, as the user would
            try:
                ctx.run(lambda uow: activate_placement(uow, placement_id))
                outcome = "active"
                break
            except Conflict:
                continue
            except ValidationFailed as error:
                outcome = str(error.params.get("codes", error.code))
                break
            except Exception as error:  # any other failure must show up in the assertion
                outcome = repr(error)
                break
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=worker, args=(d,)) for d in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) == ["active"] * 10 + ["dual.trainer_ratio"] * 2
