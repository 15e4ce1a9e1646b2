"""National programme codes: a local placeholder (TBC001…) keys a programme whose OVEC code is not confirmed yet."""

from __future__ import annotations

PLACEHOLDER_PREFIX = "TBC"
"""Local code for a programme whose OVEC code is not confirmed: TBC001, TBC002, … (never 5 digits)."""


def is_placeholder(major_code: str) -> bool:
    """True for the local stand-in the catalogue gives a major until OVEC confirms its code."""
    return major_code.upper().startswith(PLACEHOLDER_PREFIX)


def national_code(major_code: str) -> str:
    """The code to show, print or export: the OVEC code, or "" when it is only a local placeholder."""
    return "" if is_placeholder(major_code) else major_code


def code_and_name(major_code: str, *names: str) -> str:
    """`20101 ช่างยนต์`, or just the name when the code is not confirmed (never `TBC007 …`)."""
    return " ".join(part for part in (national_code(major_code), *names) if part)
