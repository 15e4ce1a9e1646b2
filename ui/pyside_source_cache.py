"""Keeps PySide6's import hook from holding the source text of every module imported after it in memory."""

from __future__ import annotations

import linecache
from collections.abc import Callable
from types import ModuleType

_state: dict[str, bool] = {"installed": False}


def stop_caching_imported_sources() -> None:
    """PySide6 (for its opt-in `__feature__` syntax) asks `inspect.getsource` of each module imported after it whether
    the text says "PySide6"; that leaves every module's source lines in `linecache` for good (about 24 MB by the first
    page, measured). The answer stays the same; the lines are dropped again (a traceback reads them anew)."""
    if _state["installed"]:
        return
    import sys

    import PySide6.QtCore  # noqa: F401  (installs the hook)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None:  # a PySide6 without the hook: nothing to undo
        return
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        cached_before = isinstance(path, str) and path in linecache.cache
        try:
            return original(module)
        finally:
            if isinstance(path, str) and not cached_before:
                linecache.cache.pop(path, None)

    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name of PySide6's own module)
    _state["installed"] = True
