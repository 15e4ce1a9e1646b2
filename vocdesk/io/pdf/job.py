"""Progress reporting, cancellation and all-or-nothing file writing for report builds."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vocdesk.errors import VocDeskError
from vocdesk.io.atomic import atomic_path

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class ReportCancelled(VocDeskError):
    """The user cancelled a report build; no file was written."""

    code = "report_cancelled"


def no_progress(done: int, total: int) -> None:
    """A progress callback that ignores progress."""


def never_cancel() -> bool:
    """A cancel callback that never asks to stop."""
    return False


@dataclass
class Job:
    """Counts work units done out of `total`, reports them and stops the build when cancelled."""

    progress: ProgressFn = no_progress
    cancel: CancelFn = never_cancel
    total: int = 1
    done: int = 0

    def advance(self, units: int) -> None:
        """Count `units` more as done (never past the total)."""
        self.done = min(self.total, self.done + units)

    def checkpoint(self) -> None:
        """Report progress, then raise ReportCancelled if the user asked to stop."""
        self.progress(self.done, self.total)
        if self.cancel():
            raise ReportCancelled()

    def finish(self) -> None:
        """Report the whole job as done."""
        self.done = self.total
        self.progress(self.total, self.total)


@contextlib.contextmanager
def atomic_output(out_path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `out_path`; rename it there on success, delete it on any error.

    A reader never sees a half-written PDF, and a failed or cancelled build leaves any older file intact.
    """
    with atomic_path(out_path) as temporary:
        yield temporary
