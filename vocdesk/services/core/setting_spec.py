"""One typed setting: key, JSON type, default, validation and Thai/English label; a bad stored value is an error."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from vocdesk.errors import ValidationFailed

T = TypeVar("T")
TYPE_NAMES: dict[type, tuple[str, str]] = {
    bool: ("ค่าจริง/เท็จ", "true/false"), int: ("จำนวนเต็ม", "whole number"), float: ("ตัวเลข", "number"),
    str: ("ข้อความ", "text"), list: ("รายการ", "list"), dict: ("ตาราง", "table")}


class SettingInvalid(ValidationFailed):
    """A stored or offered setting breaks its declaration; `key` names it and the code says why."""

    code = "setting_invalid"


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    """A setting as an area declares it (in its manifest's `settings=`), read and written only through it.

    `kind` is the JSON type the value must have (a `float` setting also takes a whole number); `minimum` and `maximum`
    bound a number; `rule` checks the rest and returns why a value is wrong, or None. A `family` spec covers every
    key that starts with `key` (e.g. `rollover.done.` + a year)."""

    key: str
    kind: type[T]
    default: T
    label_th: str
    label_en: str
    minimum: float | None = None
    maximum: float | None = None
    rule: Callable[[T], str | None] | None = None
    family: bool = False

    def covers(self, key: str) -> bool:
        return key.startswith(self.key) if self.family else key == self.key

    def problem(self, value: object, key: str | None = None) -> SettingInvalid | None:
        """Why `value` may not be this setting's value (a coded error naming the key), or None."""
        name = key or self.key
        if not _has_kind(value, self.kind):
            expected_th, expected = TYPE_NAMES[self.kind]
            return SettingInvalid("setting_wrong_type", key=name, field=name, expected=expected,
                                  expected_th=expected_th, value=_shown(value))
        if isinstance(value, int | float) and not isinstance(value, bool) and (
                (self.minimum is not None and value < self.minimum)
                or (self.maximum is not None and value > self.maximum)):
            return SettingInvalid("setting_out_of_range", key=name, field=name, value=_shown(value),
                                  minimum=_bound(self.minimum), maximum=_bound(self.maximum))
        reason = self.rule(value) if self.rule is not None else None  # type: ignore[arg-type]
        if reason:
            return SettingInvalid("setting_rule", key=name, field=name, value=_shown(value), detail=reason)
        return None

    def check(self, value: object, key: str | None = None) -> T:
        """`value` as this setting's type, or raise the coded error saying why not."""
        error = self.problem(value, key)
        if error is not None:
            raise error
        if self.kind is float and isinstance(value, int):
            return float(value)  # type: ignore[return-value]
        return value  # type: ignore[return-value]

    def decode(self, raw_json: str, key: str | None = None) -> T:
        """A stored value (JSON text) checked against the declaration; never a silent default. A stored `null` is
        "not set" (what writing None means), so it gives the declared default."""
        try:
            value = json.loads(raw_json)
        except ValueError as error:
            name = key or self.key
            raise SettingInvalid("setting_not_json", key=name, field=name, detail=str(error)) from error
        return self.fresh_default() if value is None else self.check(value, key)

    def fresh_default(self) -> T:
        return copy.deepcopy(self.default)


def _has_kind(value: object, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _bound(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def numbers_table(minimum: float, maximum: float, keys: tuple[str, ...] = (), *,
                  whole: bool = False) -> Callable[[dict[str, Any]], str | None]:
    """A rule for a {name: number} table: every value a number (`whole`: a whole one) within the bounds; with `keys`,
    only those names."""
    kind = "whole number" if whole else "number"

    def rule(table: dict[str, Any]) -> str | None:
        for name, number in table.items():
            if keys and name not in keys:
                return f"unknown entry {name!r}"
            if not _has_kind(number, int if whole else float) or not minimum <= number <= maximum:
                return f"{name}: {number!r} is not a {kind} from {minimum:g} to {maximum:g}"
        return None

    return rule
