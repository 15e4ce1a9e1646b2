"""A programme whose OVEC code is not confirmed shows and exports no code, never its local `TBC…` key."""

from __future__ import annotations

from sqlalchemy import select

from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.persistence.models import FundingGrant, Learner, Programme
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.grant_listing import programme_choices
from vocdesk.services.equipment.grants import list_grants
from vocdesk.services.equipment.package_tables import equipment_rows
from vocdesk.services.learners.choices import learner_choices
from vocdesk.services.learners.package_tables import package_tables
from vocdesk.services.learners.programmes import coverage
from vocdesk.services.learners.register import learner_detail


def test_unconfirmed_codes_are_left_out_of_screens_and_packages(ctx: AppContext) -> None:
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=200, seed=7)))
    with ctx.db.read() as s:
        unconfirmed = s.execute(select(Programme.id, Programme.major_name_th)
                                .where(Programme.major_code.like("TBC%"))).all()
        learner_id = s.scalar(select(Learner.id).where(Learner.programme_id.in_([pid for pid, _ in unconfirmed]))
                              .limit(1))
        assert unconfirmed and learner_id is not None and s.scalar(
            select(FundingGrant.id).where(FundingGrant.programme_id.in_([pid for pid, _ in unconfirmed]))) is not None
        detail = learner_detail(s, ctx.actor, learner_id)
        rows = coverage(s, ctx.actor)
        grants = list_grants(s, ctx.actor)
        choices = [label for _id, label in programme_choices(s, ctx.actor)]
        form = [choice.text for choice in learner_choices(s, ctx.actor, ctx.paths.resources_dir).programmes]
        packaged = [cell for table in package_tables() for row in table.rows(s, "2/2569") for cell in row]
        packaged += [cell for row in equipment_rows(s, "2/2569") for cell in row]
    names = {name for _id, name in unconfirmed}
    assert "TBC" not in detail.programme and any(name in detail.programme for name in names)
    assert {r.major_code for r in rows if r.name_th in names} == {""}
    assert not [g.programme_name for g in grants if "TBC" in g.programme_name]
    assert not [text for text in choices + form if "TBC" in text]
    assert any(any(name in text for name in names) for text in choices)  # still listed, by name only
    assert not [cell for cell in packaged if isinstance(cell, str) and cell.startswith("TBC")]


def test_the_demo_college_teaches_ai_in_some_higher_certificate_programmes(ctx: AppContext) -> None:
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=200, seed=7)))
    with ctx.db.read() as s:
        higher = [r for r in coverage(s, ctx.actor, "pvs") if r.learners]
    teaching = {r.name_th for r in higher if r.teaches_ai}
    assert 2 <= len(teaching) < len(higher)
    assert "เมคคาทรอนิกส์และหุ่นยนต์" in teaching
