"""Answers PySide6's per-import "does this module use PySide6?" question from the file, without inspect or linecache."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

_state: dict[str, bool] = {"installed": False}


def stop_caching_imported_sources() -> None:
    """PySide6 (for its opt-in `__feature__` syntax) asks `inspect.getsource` of each module imported after it whether
    the text says "PySide6". That leaves every module's source lines in `linecache` for good (about 24 MB by the first
    page, measured) and costs `inspect.getmodule`'s walk over all of `sys.modules` per import (about 80 ms of opening
    the learners page, measured). A module loaded from a `.py` file gets the same answer from its file's bytes; any
    other module (bytecode only, frozen, in a zip) is asked the original way."""
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
        if not (isinstance(path, str) and path.endswith(".py")):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:  # as inspect would: no readable source, so not a user of PySide6
            return False

    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name of PySide6's own module)
    _state["installed"] = True
