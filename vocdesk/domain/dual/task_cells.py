"""A week's plan sub-tasks as typed in one cell or field: `#12=8; #14=4:30` (task number, hours) and back."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vocdesk.domain.thai_ids import to_ascii_digits

SEPARATORS = re.compile(r"[;,\n]+")
PIECE = re.compile(r"^#?\s*(\d+)\s*=\s*(\d+(?:\.\d+)?|\d+:[0-5]\d)$")


class TaskCellInvalid(ValueError):
    """One piece of the text is not `number=hours`; `piece` is what was typed."""

    def __init__(self, piece: str) -> None:
        super().__init__(piece)
        self.piece = piece


def minutes_of_hours(text: str) -> int:
    """`8`, `7.5` or `7:30` → minutes."""
    whole, _, part = text.partition(":")
    return int(whole) * 60 + int(part) if part else round(float(text) * 60)


def parse_task_cell(text: str) -> list[tuple[int, int]]:
    """(task number, minutes) in the order typed; `#` is optional, pieces are split by `;`, `,` or a new line,
    Thai digits are read as digits. An empty text is no task. Raises TaskCellInvalid naming the bad piece."""
    done = []
    for raw in SEPARATORS.split(to_ascii_digits(text)):
        piece = raw.strip()
        if not piece:
            continue
        found = PIECE.match(piece)
        if found is None:
            raise TaskCellInvalid(piece)
        done.append((int(found.group(1)), minutes_of_hours(found.group(2))))
    return done


def hours_text(minutes: int) -> str:
    """Minutes as hours the parser reads back exactly: `8`, `7:30`, `0:05`."""
    return str(minutes // 60) if minutes % 60 == 0 else f"{minutes // 60}:{minutes % 60:02d}"


def task_cell(done: Iterable[tuple[int, int]]) -> str:
    """The canonical text, by task number: `#12=8; #14=4:30` (parse_task_cell reads it back unchanged)."""
    return "; ".join(f"#{task}={hours_text(minutes)}" for task, minutes in sorted(done))
