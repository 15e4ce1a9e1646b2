"""What every page and dialog receives: the application context, the task runner and the resource folders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported on the database worker while the window already shows
    from vocdesk.services.core.context import Actor, AppContext


@dataclass
class UiEnv:
    """Built once in ui.app and passed down: nothing global."""

    context: AppContext
    runner: TaskRunner
    i18n_dir: Path

    @property
    def actor(self) -> Actor:
        return self.context.actor
