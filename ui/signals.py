"""Emit Qt signals from Python without the PySide6 6.12 reference leak on the returned bool.

Measured here (PySide6 6.12, CPython 3.11): `SignalInstance.emit()` returns `True` without a new reference,
so every emit lowers the reference count of `True` by one; after a few thousand emits CPython aborts with
"bool_dealloc: deallocating True or False". `emit()` below probes once whether the running PySide6 has the
fault and, only then, gives the reference back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_state: dict[str, bool] = {}


class _Probe(QObject):
    fired = Signal()


def emit_leaks_a_reference() -> bool:
    """True when this PySide6's emit() hands back a bool it does not own (checked once per process)."""
    if "leaks" not in _state:
        probe = _Probe()
        before = sys.getrefcount(True)
        for _ in range(10):
            probe.fired.emit()
        _state["leaks"] = sys.getrefcount(True) < before
    return _state["leaks"]


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, with the reference PySide6 took from the returned bool put back when needed."""
    result = signal.emit(*args)
    if isinstance(result, bool) and emit_leaks_a_reference():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
