"""Several clerks at one point at once: job numbers never repeat and one job's parts never pass the allowance."""

from __future__ import annotations

import threading
from collections.abc import Callable

from tests.factories.community import flood_point, job
from vocdesk.errors import ValidationFailed
from vocdesk.services.community.listing import list_jobs
from vocdesk.services.community.progress import add_part
from vocdesk.services.core.context import AppContext

WORKERS = 8


def _race(work: Callable[[int], str]) -> list[str]:
    start = threading.Barrier(WORKERS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        start.wait()
        try:
            outcome = work(index)
        except ValidationFailed as error:
            outcome = error.code
        except Exception as error:  # any other failure must show up in the assertion
            outcome = repr(error)
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes


def test_concurrent_intake_gives_every_job_its_own_number(ctx: AppContext) -> None:
    flood_point(ctx)
    labels = _race(lambda i: job(ctx, problem=f"เครื่องที่ {i}"))
    assert sorted(labels) == [f"HY1-2569-{n:04d}" for n in range(1, WORKERS + 1)]
    with ctx.db.read() as session:
        assert len({row.label for row in list_jobs(session, ctx.actor)}) == WORKERS


def test_concurrent_parts_on_one_job_cannot_overspend_its_allowance(ctx: AppContext) -> None:
    flood_point(ctx)  # ฿150 per item
    label = job(ctx)
    outcomes = _race(lambda i: ctx.run(lambda uow: add_part(uow, label, f"อะไหล่ {i}", 4_000))[0].label)
    assert sorted(outcomes) == [label] * 3 + ["community.parts_over_allowance"] * (WORKERS - 3)
    with ctx.db.read() as session:
        assert [row.parts_satang for row in list_jobs(session, ctx.actor)] == [12_000]
