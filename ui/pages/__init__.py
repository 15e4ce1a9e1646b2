"""Page registry: each area's manifest names its pages (`ui/pages/<area>/<name>.py` exposing `PAGE = PageSpec(...)`);
`ui/pages/<area>/__init__.py` lists them for the sidebar (`PAGES`), so a page module is imported when first opened."""

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


@dataclass(frozen=True)
class PageEntry:
    """A page as the sidebar lists it before its module is imported: the module's name under `ui/pages/<area>/`, its
    key, title, order and permission (the module's `PAGE` is made from this entry by `page_of`)."""

    module: str
    key: str
    title: Callable[[], str]
    order: int
    permission: str | None = None


def page_of(module_name: str, factory: Callable[[UiEnv], Page]) -> PageSpec:
    """A page module's `PAGE`: key, title, order and permission from its line in the area's `PAGES` (the sidebar
    lists pages from there before any page module is imported), with the page class as the factory."""
    _ui, _pages, area, module = module_name.split(".")
    entry = sidebar_entries(area)[module]
    return PageSpec(key=entry.key, title=entry.title, factory=factory, order=entry.order, permission=entry.permission)


def page_module_spec(area: str, module: str) -> PageSpec:
    """The page module's own `PAGE`, importing the module (and the services it uses) now."""
    spec = importlib.import_module(f"ui.pages.{area}.{module}").PAGE
    assert isinstance(spec, PageSpec)
    return spec


def sidebar_entries(area: str) -> dict[str, PageEntry]:
    """The area's `PAGES` table by module name (importing only `ui/pages/<area>/__init__.py`)."""
    entries: tuple[PageEntry, ...] = importlib.import_module(f"ui.pages.{area}").PAGES
    return {entry.module: entry for entry in entries}


def _built_on_first_use(area: str, module: str) -> Callable[[UiEnv], Page]:
    return lambda env: page_module_spec(area, module).factory(env)


def declared_entries() -> list[tuple[str, PageEntry]]:
    """(area, entry) for every page the areas' manifests name, by order, without importing a page module."""
    from vocdesk.services.core.areas import areas

    found: list[tuple[str, PageEntry]] = []
    for area in areas():
        entries = sidebar_entries(area.name) if area.pages else {}
        for module in area.pages:
            if module not in entries:
                raise RuntimeError(f"ui/pages/{area.name}/__init__.py PAGES does not list {module!r}")
            found.append((area.name, entries[module]))
    return sorted(found, key=lambda pair: pair[1].order)


def discover() -> list[PageSpec]:
    """Every page the areas' manifests declare, by order; adding an area's page is naming it in its manifest and
    listing it in its `PAGES`. Each factory imports its page module when first called (the page is first opened)."""
    return [PageSpec(key=entry.key, title=entry.title, factory=_built_on_first_use(area, entry.module),
                     order=entry.order, permission=entry.permission) for area, entry in declared_entries()]


def import_first_page() -> None:
    """Import the module of the first page every user sees (the first needing no permission: Home), so that building
    it after sign-in imports nothing on the GUI thread; the other pages' modules wait until they are opened."""
    for area, entry in declared_entries():
        if entry.permission is None:
            page_module_spec(area, entry.module)
            return


def pages_for(actor: Actor) -> list[PageSpec]:
    return [spec for spec in discover() if spec.permission is None or allowed(actor, spec.permission)]
