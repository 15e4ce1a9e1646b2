"""kill -9 in the middle of committing: no acknowledged write is lost, the file stays sound, invariants hold —
and the same harness does report losses when a writer acknowledges before its commit."""

from __future__ import annotations

import os
import random
import threading
from pathlib import Path

import pytest

from tests.factories.core import Findings, Zygote, check_database, fresh_database


def kill_series(db_file: Path, tag: str, ack: str, kills: int, seed: int, home: Path, stop_on_loss: bool = False,
                ) -> Findings:
    findings = Findings()
    rng = random.Random(seed)
    zygote = Zygote()
    try:
        for trial in range(kills):
            acknowledged = zygote.kill_one_writer(db_file, f"{tag}{trial}", ack, home, rng)
            check_database(db_file, acknowledged, findings)
            findings.kills += 1
            if stop_on_loss and findings.lost:
                break
    finally:
        zygote.close()
    return findings


pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer helper forks (POSIX)")


@pytest.mark.slow
def test_two_hundred_kills_lose_no_acknowledged_commit(tmp_path: Path) -> None:
    results: dict[str, Findings] = {}
    files = {name: fresh_database(tmp_path, name) for name in "ab"}  # Alembic is not thread-safe: migrate first

    def series(name: str, seed: int) -> None:  # two databases in parallel: one per core
        results[name] = kill_series(files[name], name, "after", 100, seed, tmp_path)

    threads = [threading.Thread(target=series, args=(name, seed)) for name, seed in (("a", 1), ("b", 2))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {"a", "b"}
    for findings in results.values():
        assert findings.problems == []
        assert findings.lost == []
        assert findings.kills == 100
        assert findings.acknowledged > 100  # the kills really landed while commits were flowing


@pytest.mark.slow
def test_harness_reports_loss_when_acknowledging_before_commit(tmp_path: Path) -> None:
    findings = kill_series(fresh_database(tmp_path, "weak"), "w", "before", 60, 3, tmp_path, stop_on_loss=True)
    assert findings.lost, "acknowledging before commit must show up as lost writes"
    assert findings.problems == []  # the file itself is still sound: the loss is the acknowledgement's fault
