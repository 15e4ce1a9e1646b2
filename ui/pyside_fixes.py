"""Guards against a PySide6 6.12 fault on CPython 3.11: bindings hand back None/True/False without a reference.

Measured here (PySide6-Essentials 6.12.0 abi3 wheel, CPython 3.11.7): every call of a void Qt method
(`label.setText`, `processEvents`, ...) and every `Signal.emit()` lowers the reference count of `None` or
`True` by one. After some thousands of calls CPython aborts with "none_dealloc: deallocating None" or
"bool_dealloc". From CPython 3.12 on these singletons are immortal and the fault is harmless, which is likely
why it went unnoticed. On older interpreters `protect_singletons()` gives the three objects a reference
count so large that no session can drain it, which is what CPython 3.12 itself does.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QTimer

HUGE_REFCOUNT = 1 << 60


def bindings_leak_references() -> bool:
    """True when calling a void Qt method lowers None's reference count (measured, not assumed)."""
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(20):
        timer.setInterval(5)
    return sys.getrefcount(None) < before - 10


def protect_singletons() -> bool:
    """On CPython < 3.12 with the faulty bindings, make None, True and False practically immortal.

    Returns True when the protection was applied. The three objects are statically allocated and never
    freed, so a large reference count changes nothing else.
    """
    if sys.version_info >= (3, 12) or not bindings_leak_references():
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value = max(count.value, 0) + HUGE_REFCOUNT
    return True
