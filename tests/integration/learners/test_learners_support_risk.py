"""Support, follow-up, risk and AI coverage through the services: the at-risk list says who and why, follows edits."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.factories.learners import seed, somchai, valid_id
from vocdesk.domain.risk import RiskLevel
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import FollowUpCase, Learner, Programme
from vocdesk.services.core.context import AppContext
from vocdesk.services.learners.programmes import coverage, edit_programme
from vocdesk.services.learners.register import create_learner
from vocdesk.services.learners.reports import write_at_risk_csv
from vocdesk.services.learners.risk import at_risk_list
from vocdesk.services.learners.support import (
    add_income,
    add_skill,
    add_support,
    close_case,
    open_case,
    support_by_programme,
    support_by_shortage,
)


@pytest.fixture
def world(ctx: AppContext) -> tuple[AppContext, dict[str, int], int]:
    (pvc, g1, _g3), _ = ctx.run(seed)
    ids = {}
    people = {"calm": dict(gpax=3.2, attendance_pct=96.0, household_income=25000),
              "poor": dict(gpax=2.8, attendance_pct=92.0, household_income=6000),
              "struggling": dict(gpax=1.6, attendance_pct=71.5, household_income=30000)}
    for n, (key, facts) in enumerate(people.items(), 1):
        data = dataclasses.replace(somchai(pvc, g1), student_code=f"6920101000{n}",
                                   national_id=valid_id(f"11037000{n:04d}"), **facts)  # type: ignore[arg-type]
        ids[key], _ = ctx.run(lambda uow, d=data: create_learner(uow, d))
    return ctx, ids, pvc


def listed(ctx: AppContext) -> dict[str, tuple[RiskLevel, list[str]]]:
    with ctx.db.read() as s:
        return {r.student_code: (r.level, [rule.split(":")[0] for rule in r.rules])
                for r in at_risk_list(s, ctx.actor, ctx.today())}


def test_the_at_risk_list_names_the_rules_and_follows_support_and_cases(
        world: tuple[AppContext, dict[str, int], int]) -> None:
    ctx, ids, _ = world
    assert listed(ctx) == {"69201010003": (RiskLevel.HIGH, ["attendance", "gpax"]),
                           "69201010002": (RiskLevel.WATCH, ["no_support_low_income"])}
    today = ctx.today()
    ctx.run(lambda uow: add_support(uow, ids["poor"], "scholarship", "eef", "ทุนเสมอภาค (กสศ.)", 9000,
                                    today - dt.timedelta(days=30), None, "รักษาเวลาเรียน"))
    ctx.run(lambda uow: open_case(uow, ids["calm"], "home_visit", today, "ครูสมศรี", "อยู่กับยาย", "at_risk"))
    case_id, _ = ctx.run(lambda uow: open_case(uow, ids["calm"], "dual_placement", today, "ครูสมศรี", "ขาดงาน"))
    assert listed(ctx) == {"69201010003": (RiskLevel.HIGH, ["attendance", "gpax"]),
                           "69201010001": (RiskLevel.HIGH, ["screening", "dual_placement"])}
    ctx.run(lambda uow: close_case(uow, case_id, 1, today, "ย้ายสถานประกอบการแล้ว"))
    assert listed(ctx)["69201010001"] == (RiskLevel.WATCH, ["screening"])


def test_risk_thresholds_are_settings(world: tuple[AppContext, dict[str, int], int]) -> None:
    from vocdesk.domain.risk import RiskThresholds
    from vocdesk.services.learners.risk import save_risk_thresholds

    ctx, _, _ = world
    ctx.run(lambda uow: save_risk_thresholds(uow, RiskThresholds(attendance_min_pct=70, gpax_min=1.5,
                                                                 household_income_max=5000)))
    assert listed(ctx) == {}


def test_bad_case_and_support_input_is_refused(world: tuple[AppContext, dict[str, int], int]) -> None:
    ctx, ids, _ = world
    today = ctx.today()
    for call, field in (
            (lambda uow: open_case(uow, ids["calm"], "home_visit", today, "ครู"), "screening_group"),
            (lambda uow: open_case(uow, ids["calm"], "counselling", today, " "), "responsible"),
            (lambda uow: open_case(uow, ids["calm"], "gossip", today, "ครู"), "kind"),
            (lambda uow: add_support(uow, ids["calm"], "scholarship", "eef", "ทุน", 100, today,
                                     today - dt.timedelta(days=1)), "period_end"),
            (lambda uow: add_income(uow, ids["calm"], "part_time", "ร้าน", 0, today, None), "monthly_baht"),
            (lambda uow: add_skill(uow, ids["calm"], "course", "telepathy", "x", today), "competence")):
        with pytest.raises(ValidationFailed) as caught:
            ctx.run(call)
        assert caught.value.params["field"] == field
    with ctx.db.read() as s:
        assert s.scalars(select(FollowUpCase)).all() == []


def test_csv_for_the_regional_centre(world: tuple[AppContext, dict[str, int], int], tmp_path: Path) -> None:
    ctx, _, _ = world
    out = tmp_path / "at-risk.csv"
    assert write_at_risk_csv(ctx, out) == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["studentCode"] for r in rows] == ["69201010003", "69201010002"]
    assert rows[0]["riskLevel"] == "เสี่ยงสูง" and "ผลการเรียนต่ำ 1.60 (< 2.00)" in rows[0]["rules"]
    assert rows[0]["gradeNameTh"] == "ปวช.1"


def test_support_summary_and_ai_coverage(world: tuple[AppContext, dict[str, int], int]) -> None:
    ctx, ids, pvc = world
    today = ctx.today()
    ctx.run(lambda uow: add_support(uow, ids["poor"], "scholarship", "eef", "ทุนเสมอภาค", 9000, today, None))
    ctx.run(lambda uow: add_income(uow, ids["calm"], "dual_allowance", "บริษัท ก", 4500, today, None))
    ctx.run(lambda uow: add_skill(uow, ids["calm"], "course", "ai_use", "ใช้ AI ในงาน", today, "basic"))
    with ctx.db.read() as s:
        (summary,) = support_by_programme(s, ctx.actor, today)
        assert (summary.learners, summary.supported, summary.support_baht, summary.earning,
                summary.income_baht_month) == (3, 1, 9000, 1, 4500)
        shortage, other = support_by_shortage([summary])
        assert (shortage.programmes, shortage.learners) == (0, 0)
        assert (other.programmes, other.learners, other.support_baht, other.income_baht_month) == (1, 3, 9000, 4500)
        pvs = s.scalar(select(Programme.id).where(Programme.level == "pvs"))
        rows = {r.programme_id: r for r in coverage(s, ctx.actor)}
        assert rows[pvc].teaches_ai is False and rows[pvc].learners_with_ai_skill == 1
        assert list(rows) == [pvc]  # only programmes with learners unless a level is asked for
        assert [r.programme_id for r in coverage(s, ctx.actor, "pvs")] == [pvs]
    with pytest.raises(ValidationFailed):
        ctx.run(lambda uow: edit_programme(uow, pvc, 1, is_shortage=True, shortage_source="", competences=[]))
    ctx.run(lambda uow: edit_programme(uow, pvc, 1, is_shortage=True, shortage_source="ประกาศ สอศ. 2569",
                                       competences=["ai_use", "iot"]))
    with ctx.db.read() as s:
        (row,) = coverage(s, ctx.actor)
        assert (row.teaches_ai, row.competences, row.is_shortage) == (True, ("ai_use", "iot"), True)
        s.execute(update(Learner).values(status="withdrawn"))
        assert coverage(s, ctx.actor) == []
