"""The part-1 actions of `vocdesk dual`: the document set of a placement or MOU, training plans, coverage, alerts."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, emit
from vocdesk.cli.dual_plan_edits import add_plan_edit_actions


def _documents(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.documents import write_documents

    with opened_app(args) as opened:
        files = write_documents(opened.context, args.target, Path(args.out), not args.arabic_digits)
    emit(args, {"target": args.target, "out": str(Path(args.out)), "files": files},
         [f"{f.kind}\t{Path(args.out) / f.file}" for f in files])
    return 0


def _plan_add(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.plans import PlanTaskInput, add_plan_task

    data = PlanTaskInput(args.programme, args.semester, args.main_task, args.sub_task, args.hours, args.level,
                         args.courses)
    with opened_app(args) as opened:
        task_id, _ = opened.context.run(lambda uow: add_plan_task(uow, data))
    emit(args, {"id": task_id}, [f"#{task_id}"])
    return 0


def _plan_show(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.plans import plan_tasks

    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: plan_tasks(uow, args.programme))
    emit(args, rows, [f"{r.semester}\t{r.main_task}\t{r.sub_task}\t{r.hours}\t{r.course_codes}" for r in rows])
    return 0


def _coverage(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.plans import learner_coverage

    with opened_app(args) as opened:
        found, _ = opened.context.run(lambda uow: learner_coverage(uow, args.learner))
    emit(args, found, [f"{found.covered_hours}/{found.planned_hours} h",
                       *(f"{t.semester}\t{t.main_task}\t{t.sub_task}\t{t.hours}" for t in found.uncovered)])
    return 0


def _alerts(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.alerts import dual_alerts

    with opened_app(args) as opened:
        found, _ = opened.context.run(lambda uow: dual_alerts(uow))
    lang = args.lang or "th"
    emit(args, found, [f"{a.code}\t{a.message_th if lang == 'th' else a.message_en}" for a in found])
    return 0


def add_dual_actions(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The part-1 actions of `vocdesk dual` (documents, plan, coverage, alerts); another `dual` command may call
    this on its own subparsers so that one command carries both parts."""
    docs = sub.add_parser("documents", help="print the document set of a placement (P12) or an MOU (M3)")
    docs.add_argument("target", metavar="PLACEMENT_OR_MOU", help="P12 or 12 for a placement, M3 for an MOU")
    docs.add_argument("--out", required=True, help="folder to write the PDFs and .docx files into")
    docs.add_argument("--arabic-digits", action="store_true", help="print 0-9 instead of Thai digits")
    docs.set_defaults(dual_handler=_documents)
    plan = sub.add_parser("plan", help="a programme's training plan (แผนการฝึกอาชีพ)")
    plan_sub = plan.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    add = plan_sub.add_parser("add", help="add a sub-task to the plan")
    add.add_argument("--programme", type=int, required=True)
    add.add_argument("--semester", type=int, required=True, help="programme semester 1-6")
    add.add_argument("--main-task", required=True)
    add.add_argument("--sub-task", default="")
    add.add_argument("--hours", type=int, default=0)
    add.add_argument("--level", type=int, default=3, help="target competence level 1-5")
    add.add_argument("--courses", default="", help="course codes, e.g. 20100-1001,20100-1002")
    add.set_defaults(dual_handler=_plan_add)
    show = plan_sub.add_parser("show", help="the programme's plan by semester")
    show.add_argument("--programme", type=int, required=True)
    show.set_defaults(dual_handler=_plan_show)
    add_plan_edit_actions(plan_sub)
    cover = sub.add_parser("coverage", help="the learner's plan not yet covered by placements")
    cover.add_argument("--learner", required=True, help="student code")
    cover.set_defaults(dual_handler=_coverage)
    alerts = sub.add_parser("alerts", help="MOUs ending under placements, certificates lapsing, trainers over ratio")
    alerts.set_defaults(dual_handler=_alerts)
    for child in (docs, add, show, cover, alerts):
        add_json(child)

