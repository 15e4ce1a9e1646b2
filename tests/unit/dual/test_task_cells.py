"""The `#12=8; #14=4:30` text of a week's plan sub-tasks: read as typed from paper, written back exactly."""

from __future__ import annotations

import pytest

from vocdesk.domain.dual.task_cells import TaskCellInvalid, parse_task_cell, task_cell


def test_pieces_as_a_coordinator_types_them() -> None:
    assert parse_task_cell("#12=8; #14=4:30") == [(12, 480), (14, 270)]
    assert parse_task_cell("12 = 7.5,14=0:05\n#3=1") == [(12, 450), (14, 5), (3, 60)]
    assert parse_task_cell("#๑๒=๘") == [(12, 480)]  # Thai digits
    assert parse_task_cell("  ;; ") == [] and parse_task_cell("") == []


@pytest.mark.parametrize("text, piece", [("12", "12"), ("#12=", "#12="), ("T3=8", "T3=8"), ("12=4:75", "12=4:75"),
                                         ("#12=8; engine 4", "engine 4"), ("12=-1", "12=-1")])
def test_a_piece_that_is_not_number_equals_hours_is_named(text: str, piece: str) -> None:
    with pytest.raises(TaskCellInvalid) as bad:
        parse_task_cell(text)
    assert bad.value.piece == piece


def test_the_written_text_reads_back_unchanged() -> None:
    assert task_cell([(14, 270), (12, 480), (3, 5)]) == "#3=0:05; #12=8; #14=4:30"
    assert parse_task_cell(task_cell([(14, 270), (12, 481)])) == [(12, 481), (14, 270)]
    assert task_cell([]) == ""
