"""Purchases racing against one grant from several connections can never overspend it."""

from __future__ import annotations

import threading

from tests.factories.equipment import add_grant, balance, consumable, purchase
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.purchases import record_purchase

WORKERS = 8


def test_concurrent_purchases_cannot_overspend(ctx: AppContext) -> None:
    grant_id = add_grant(ctx, amount=10_000_000)  # 100,000 baht; each worker buys 30,000
    start = threading.Barrier(WORKERS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        start.wait()
        try:
            ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(30_000))))
            outcome = "saved"
        except ValidationFailed as error:
            outcome = error.code
        except Exception as error:  # any other failure must show up in the assertion
            outcome = repr(error)
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) == ["grant_overspent"] * (WORKERS - 3) + ["saved"] * 3
    assert balance(ctx, grant_id) == 1_000_000
