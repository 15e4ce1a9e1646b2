"""The learner's own record shows their community-service hours from the Fix it and volunteer ledger."""

from __future__ import annotations

import datetime as dt
import os

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories.community import FLOOD_START, flood_point, job, people
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.learners.panel import LearnerPanel
from vocdesk.persistence.models import Learner
from vocdesk.services.community.points import PointInput, add_point
from vocdesk.services.community.progress import add_minutes
from vocdesk.services.community.volunteer import add_shift, check_in, check_out

SONGKRAN = dt.date(2026, 4, 13)
SHOTS = os.environ.get("VOCDESK_SCREENSHOTS")


def _profile(panel: LearnerPanel) -> dict[str, str]:
    form = panel.view.form
    return {visible(form.itemAt(i, form.ItemRole.LabelRole).widget().text()):  # type: ignore[union-attr]
            visible(form.itemAt(i, form.ItemRole.FieldRole).widget().text())  # type: ignore[union-attr]
            for i in range(form.rowCount())}


def _shown(qtbot: QtBot, env: UiEnv, code: str, shot: str = "") -> dict[str, str]:
    with env.context.db.read() as session:
        learner_id = session.scalar(select(Learner.id).where(Learner.student_code == code))
    assert learner_id is not None
    panel = LearnerPanel(env)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.shown_learner, timeout=10_000):
        panel.show_learner(learner_id)
    if SHOTS and shot:
        panel.resize(900, 700)
        panel.grab().save(os.path.join(SHOTS, shot))
    return _profile(panel)


def test_a_learner_with_a_repair_job_and_a_night_shift_sees_the_total(qtbot: QtBot, env: UiEnv) -> None:
    ctx = env.context
    people(ctx, "6620001", "6620002")
    flood_point(ctx)
    ctx.run(lambda uow: add_minutes(uow, job(ctx), 90, learner="6620001", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_point(uow, PointInput("SK1", "จุดบริการอาชีวะอาสา", "road_safety", dt.date(2026, 4, 10),
                                                  dt.date(2026, 4, 17))))
    shift = ctx.run(lambda uow: add_shift(uow, "SK1", SONGKRAN, dt.time(20), dt.time(2)))[0].id
    ctx.run(lambda uow: check_in(uow, shift, dt.time(22), learner="6620001"))
    ctx.run(lambda uow: check_out(uow, shift, dt.time(1), learner="6620001"))  # 3 hours over midnight
    assert _shown(qtbot, env, "6620001", "learner-service-hours_th.png")["ชั่วโมงบริการชุมชน"] == "4.5 ชั่วโมง จาก 2 จุดบริการ"
    assert _shown(qtbot, env, "6620002")["ชั่วโมงบริการชุมชน"] == "ยังไม่มี"
