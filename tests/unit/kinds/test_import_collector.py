"""The import's pause of the cyclic collector ends with the outermost block, also on an error, and never turns the
collector on for a program that had it off."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from vocdesk.io.imports.collector import collection_paused


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_nested_pauses_end_with_the_outer_one_even_after_an_error() -> None:
    with collection_paused():
        assert not gc.isenabled()
        with pytest.raises(RuntimeError), collection_paused():
            raise RuntimeError("a file refused halfway")
        assert not gc.isenabled()  # the inner block's end does not restart it under the outer one
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_no_automatic_collection_runs_inside_and_the_cycles_are_collected_after() -> None:
    runs: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    def cycles(count: int) -> None:
        for _ in range(count):
            a: list[object] = []
            a.append(a)

    gc.callbacks.append(seen)
    try:
        with collection_paused():
            cycles(50 * gc.get_threshold()[0])  # fifty times what sets off a young collection
            inside = len(runs)
        cycles(50 * gc.get_threshold()[0])
    finally:
        gc.callbacks.remove(seen)
    assert inside == 0 and len(runs) >= 1
