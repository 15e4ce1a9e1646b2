"""Dual part 2's settings are typed: a stored value changes the rule it names, a malformed one is refused with its
key by the service that reads it and listed by `check`, never replaced by the default."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from tests.factories.dual_followup import set_today, started, teacher
from tests.integration.dual.test_dual_cli import run_cli
from vocdesk.clock import FixedClock
from vocdesk.domain.dual.assessment import Score
from vocdesk.messages import describe
from vocdesk.persistence.models import Learner, Setting
from vocdesk.services.core.backups import database_check
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.setting_registry import spec_for
from vocdesk.services.core.setting_spec import SettingInvalid
from vocdesk.services.dual.assessment import get_assessment, record_scores
from vocdesk.services.dual.development import development_by_programme
from vocdesk.services.dual.risk import dual_risk
from vocdesk.services.dual.visits_due import visits_due

D = dt.date
KEYS = ("dual.visits_per_semester", "dual.visit_modes_counted", "dual.allowance_grace_days",
        "dual.allowance_stopped_after_months", "dual.assessment", "dual.development", "dual.risk", "dual.tax_items",
        "dual.tax_letter")


def _store_raw(ctx: AppContext, key: str, raw_json: str) -> None:
    """As if edited outside VocDesk: no validation on the way in."""
    with ctx.db.engine.begin() as conn:
        conn.execute(Setting.__table__.insert().values(key=key, value_json=raw_json))


def test_every_follow_up_key_is_declared_by_the_dual_area() -> None:
    for key in KEYS:
        spec = spec_for(key)
        assert spec is not None and spec.key == key


def test_a_stored_scale_and_pass_mark_change_the_joint_result(ctx: AppContext) -> None:
    _store_raw(ctx, "dual.assessment", json.dumps({"top_score": 10, "pass_percent": 80}))
    (placement,) = started(ctx, "6680101")
    ctx.run(lambda uow: record_scores(uow, placement, "2/2569", [Score("งานเชื่อม", 9, 6)]))
    done = ctx.run(lambda uow: get_assessment(uow, placement, "2/2569"))[0]
    # (9+6)/2 = 7.5 of 10 points: 75 %, below the stored 80 % pass mark (the default 5-point scale refuses a 9).
    assert (done.result.percent, done.result.passed) == (75.0, False)


def test_a_malformed_assessment_setting_is_refused_with_its_key(ctx: AppContext) -> None:
    _store_raw(ctx, "dual.assessment", json.dumps({"top_score": "ten"}))
    (placement,) = started(ctx, "6680102")
    with pytest.raises(SettingInvalid) as caught:
        ctx.run(lambda uow: record_scores(uow, placement, "2/2569", [Score("งานเชื่อม", 3, None)]))
    assert (caught.value.code, caught.value.params["key"]) == ("setting_rule", "dual.assessment")
    assert "top_score" in describe(caught.value, "en")


def test_risk_weights_from_the_setting_and_a_wrong_weight_refused(ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, D(2026, 11, 17))
    (placement,) = started(ctx, "6680103", supervisor=teacher(ctx, "สมชาย", "3100000000011"))
    with ctx.unit_of_work() as uow:
        uow.session.query(Learner).filter_by(student_code="6680103").update({"gpax": 1.50})
    _store_raw(ctx, "dual.risk", json.dumps({"weights": {"gpax": 5}, "high_score": 9}))
    row = next(r for r in ctx.run(lambda uow: dual_risk(uow))[0] if r.placement_id == placement)
    # Two weeks (2 and 9 Nov) with no log weigh 1, GPAX 1.50 now weighs 5: 6, under the stored high mark of 9.
    assert ([s.code for s in row.signals], row.score, row.level) == (["logbook_missing", "gpax"], 6, "watch")
    with ctx.db.engine.begin() as conn:
        conn.execute(Setting.__table__.update().where(Setting.key == "dual.risk").values(
            value_json=json.dumps({"weights": {"gpax": "heavy"}})))
    with pytest.raises(SettingInvalid) as caught:
        ctx.run(lambda uow: dual_risk(uow))
    assert caught.value.params["key"] == "dual.risk"


def test_malformed_visit_and_development_settings_stop_their_views(ctx: AppContext) -> None:
    _store_raw(ctx, "dual.visits_per_semester", json.dumps({"thailand": 3.5}))
    _store_raw(ctx, "dual.development", json.dumps({"hours": -4}))
    with pytest.raises(SettingInvalid) as visits:
        ctx.run(lambda uow: visits_due(uow, "2/2569", D(2026, 12, 1)))
    with pytest.raises(SettingInvalid) as development:
        ctx.run(lambda uow: development_by_programme(uow, 2569))
    assert (visits.value.params["key"], development.value.params["key"]) == ("dual.visits_per_semester",
                                                                              "dual.development")


def test_check_lists_every_malformed_follow_up_setting(ctx: AppContext) -> None:
    bad = {"dual.visits_per_semester": '{"mars": 2}', "dual.visit_modes_counted": '{"thailand": ["by letter"]}',
           "dual.allowance_grace_days": '"fifteen"', "dual.allowance_stopped_after_months": "0",
           "dual.assessment": '{"pass_percent": 500}', "dual.development": "{oops",
           "dual.risk": '{"tempo": 1}', "dual.tax_items": '["", 3]',
           "dual.tax_letter": '{"opening": "{college} ขอรับรอง {nobody}"}'}
    for key, raw in bad.items():
        _store_raw(ctx, key, raw)
    report = database_check(ctx)
    assert not report.healthy
    assert {(p.key, p.code) for p in report.setting_problems} == {
        ("dual.visits_per_semester", "setting_rule"), ("dual.visit_modes_counted", "setting_rule"),
        ("dual.allowance_grace_days", "setting_wrong_type"), ("dual.allowance_stopped_after_months",
                                                              "setting_out_of_range"),
        ("dual.assessment", "setting_rule"), ("dual.development", "setting_not_json"), ("dual.risk", "setting_rule"),
        ("dual.tax_items", "setting_rule"), ("dual.tax_letter", "setting_rule")}


def test_vocdesk_check_names_a_malformed_dual_setting_and_exits_1(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run_cli(home, "info").returncode == 0
    with sqlite3.connect(home / "data" / "vocdesk.sqlite3") as conn:
        conn.execute("INSERT INTO setting (key, value_json) VALUES ('dual.allowance_grace_days', '\"fifteen\"')")
    checked = run_cli(home, "check")
    assert checked.returncode == 1, checked.stderr
    problems = json.loads(checked.stdout)["setting_problems"]
    assert [(p["key"], p["code"]) for p in problems] == [("dual.allowance_grace_days", "setting_wrong_type")]
    assert "whole number" in problems[0]["message"]
