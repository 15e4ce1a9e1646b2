"""Canonical JSON for manifests: sorted keys, no whitespace, UTF-8, no floats; strict parsing that refuses the rest."""

from __future__ import annotations

import json
from typing import Any

from vocdesk.io.package.errors import PackageRefused


def canonical_bytes(value: Any) -> bytes:
    """The one byte form of `value`: keys sorted, separators without spaces, non-ASCII kept as UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode(
        "utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PackageRefused("pkg_manifest_duplicate_key", key=key[:80])
        result[key] = value
    return result


def _no_float(text: str) -> Any:
    raise PackageRefused("pkg_manifest_not_canonical", detail="number with a fraction or exponent")


def _no_constant(text: str) -> Any:
    raise PackageRefused("pkg_manifest_not_canonical", detail=text[:20])


def parse_canonical(data: bytes) -> dict[str, Any]:
    """Parse a JSON object that must be exactly in canonical form; anything else is a PackageRefused."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PackageRefused("pkg_manifest_not_canonical", detail="not UTF-8") from error
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_no_float, parse_constant=_no_constant)
    except PackageRefused:
        raise
    except (ValueError, RecursionError) as error:
        raise PackageRefused("pkg_manifest_not_canonical", detail=type(error).__name__) from error
    if not isinstance(value, dict):
        raise PackageRefused("pkg_manifest_not_canonical", detail="not an object")
    if canonical_bytes(value) != data:
        raise PackageRefused("pkg_manifest_not_canonical", detail="not in canonical form")
    return value
