"""Training days typed the way Thai colleges write them."""

from __future__ import annotations

import pytest

from vocdesk.domain.dual.weekdays import format_weekdays, parse_weekdays
from vocdesk.errors import ValidationFailed


def test_ranges_lists_and_dotted_abbreviations() -> None:
    assert parse_weekdays("จ-ศ") == (0, 1, 2, 3, 4)
    assert parse_weekdays("อ,พ,พฤ") == (1, 2, 3)
    assert parse_weekdays("จ.-พ. ส.") == (0, 1, 2, 5)
    assert parse_weekdays("Mon-Wed") == (0, 1, 2)
    assert format_weekdays((1, 2, 3)) == "อ,พ,พฤ"


@pytest.mark.parametrize("text", ["", "ศ-จ", "จ-x", "ทุกวัน"])
def test_unreadable_days_are_refused(text: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        parse_weekdays(text)
    assert refused.value.code == "dual.weekdays_invalid"
