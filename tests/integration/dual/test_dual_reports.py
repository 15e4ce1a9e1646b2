"""The dual PDF reports on the demo college: every placement printed under its enterprise, and the lapsing list."""

from __future__ import annotations

from pathlib import Path

from tests.factories.kinds import need_poppler, page_texts
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.io.pdf import ReportOptions
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.alerts import dual_alerts
from vocdesk.services.dual.listing import list_placements
from vocdesk.services.kinds.reports import ReportRequest, all_reports


def _build(ctx: AppContext, name: str, out: Path, **params: str) -> str:
    need_poppler()
    options = ReportOptions(ctx.paths.resources_dir, college_name="วิทยาลัยสาธิต", printed=ctx.today())
    all_reports().get(name).build(ReportRequest(ctx, dict(params)), out, options, lambda d, t: None, lambda: False)
    return " ".join(" ".join(page.split()) for page in page_texts(out))


def test_placement_and_lapsing_reports_print_what_the_register_holds(ctx: AppContext, tmp_path: Path) -> None:
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=400)))
    drafts = ctx.run(lambda uow: list_placements(uow, "draft"))[0]
    text = _build(ctx, "dual-placements", tmp_path / "p.pdf", status="draft")
    assert f"การฝึกอาชีพ {len(drafts)} รายการ" in text
    assert all(row.student_code in text for row in drafts)
    lapsing = _build(ctx, "dual-lapsing", tmp_path / "l.pdf")
    alerts = ctx.run(lambda uow: dual_alerts(uow))[0]
    assert alerts and all(a.subject.split(" (")[0] in lapsing for a in alerts)
