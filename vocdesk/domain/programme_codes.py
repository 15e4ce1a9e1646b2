"""National programme codes: a local placeholder (TBC001…) keys a programme whose OVEC code is not confirmed yet."""

from __future__ import annotations

from vocdesk.errors import ValidationFailed

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


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_LEADING_DIGIT = {"pvc": "2", "pvs": "3"}


def confirmed_code(level: str, typed: str) -> str:
    """The rule for a code a person types: empty (not confirmed yet) or OVEC's five digits for the level.

    ปวช. majors start with 2 and ปวส. majors with 3 (`20101`, `30101`); Thai digits are accepted. Raises
    ValidationFailed("programme_code") naming the value otherwise, so a placeholder can never be typed in.
    """
    code = typed.strip().translate(_THAI_DIGITS)
    if not code:
        return ""
    lead = _LEADING_DIGIT.get(level)
    if len(code) != 5 or not (code.isascii() and code.isdigit()) or (lead is not None and code[0] != lead):
        raise ValidationFailed("programme_code", field="major_code", value=typed.strip(), lead=lead or "2/3")
    return code


def next_placeholder(existing_codes: list[str]) -> str:
    """The next free local key (`TBC012`) for a programme whose code is not confirmed."""
    numbers = [int(code[len(PLACEHOLDER_PREFIX):]) for code in existing_codes
               if code.startswith(PLACEHOLDER_PREFIX) and code[len(PLACEHOLDER_PREFIX):].isdigit()]
    return f"{PLACEHOLDER_PREFIX}{max(numbers, default=0) + 1:03d}"
