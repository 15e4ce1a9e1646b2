"""Page registry: each area's manifest names its pages (`ui/pages/<area>/<name>.py` exposing `PAGE = PageSpec(...)`);
the shell shows those the user may open."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from ui.context import UiEnv
from vocdesk.services.core.context import Actor, Changes
from vocdesk.services.core.permissions import allowed


class Page(QWidget):
    """One area of the main window. Loads its data when first shown, refreshes on relevant changes."""

    data_shown = Signal()
    """Emitted each time the page has put freshly loaded data on screen."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.activated_once = False

    def activate(self) -> None:
        """Called whenever the page becomes the visible one."""
        if not self.activated_once:
            self.activated_once = True
            self.refresh()

    def refresh(self) -> None:
        """Reload this page's data (through the task runner)."""

    def on_changes(self, changes: Changes) -> None:
        """A unit of work changed `changes`; pages refresh when it matters to them."""

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


@dataclass(frozen=True)
class PageSpec:
    """How the shell lists a page: stable key, translated title, order, and the permission it needs."""

    key: str
    title: Callable[[], str]
    factory: Callable[[UiEnv], Page]
    order: int
    permission: str | None = None


def discover() -> list[PageSpec]:
    """Every page the areas' manifests declare, by order; adding an area's page is naming it in its manifest."""
    from vocdesk.services.core.areas import areas

    specs = [importlib.import_module(f"ui.pages.{area.name}.{name}").PAGE for area in areas() for name in area.pages]
    return sorted(specs, key=lambda spec: spec.order)


def pages_for(actor: Actor) -> list[PageSpec]:
    return [spec for spec in discover() if spec.permission is None or allowed(actor, spec.permission)]
