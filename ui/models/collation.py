"""Thai-aware ordering with QCollator (ICU): ก < ข < ค, leading vowels เ แ โ ใ ไ skipped as a dictionary does."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCollator, QLocale, Qt


def thai_collator() -> QCollator:
    """A new collator (QCollator is reentrant, not thread-safe: make one per thread or per call)."""
    collator = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def thai_sorted(texts: Iterable[str]) -> list[str]:
    collator = thai_collator()
    return sorted(texts, key=collator.sortKey)


def thai_order(pairs: Iterable[tuple[int, str]], descending: bool = False) -> list[int]:
    """Ids ordered by their text as a Thai reader expects; equal texts keep their given order."""
    collator = thai_collator()
    keyed = [(collator.sortKey(text), row_id) for row_id, text in pairs]
    keyed.sort(key=lambda item: item[0], reverse=descending)
    return [row_id for _key, row_id in keyed]
