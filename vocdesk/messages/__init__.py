"""Thai and English texts for coded errors and findings: the one catalogue the CLI and the GUI share.

Each module in this package holds one area's `MESSAGES` (code -> (Thai, English)); the catalogue is their union,
read on first use. A code declared by two modules is an error, never a silent override.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import Any

from vocdesk.errors import VocDeskError


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    """Every code's (Thai, English) template, from every area's module."""
    merged: dict[str, tuple[str, str]] = {}
    owners: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for code, pair in module.MESSAGES.items():
            if code in merged:
                raise RuntimeError(f"message {code!r} is declared in both {owners[code]} and {info.name}")
            merged[code], owners[code] = pair, info.name
    return merged


def render(code: str, language: str = "th", **params: Any) -> str:
    """Fill the template for `code`; unknown codes fall back to the code itself plus its parameters."""
    pair = catalogue().get(code)
    if pair is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{code} ({detail})" if detail else code
    template = pair[0] if language == "th" else pair[1]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def describe(error: VocDeskError, language: str = "th") -> str:
    return render(error.code, language, **error.params)
