"""Asset codes follow the configurable government layout; stock-take scans are reconciled against the register."""

from __future__ import annotations

import pytest

from vocdesk.domain.equipment import (
    DEFAULT_ASSET_CODE_PATTERN,
    check_code_pattern,
    format_asset_code,
    reconcile_scans,
)
from vocdesk.errors import ValidationFailed


def test_default_code_layout() -> None:
    assert format_asset_code(DEFAULT_ASSET_CODE_PATTERN, "7440-001", 2569, 12) == "7440-001-0012/69"


def test_custom_pattern_from_the_issue() -> None:
    assert format_asset_code("{category}-{fiscal_year}-{running:04d}", "3400", 2570, 7) == "3400-2570-0007"


@pytest.mark.parametrize("bad", ["{category}-{fiscal_year}", "{category}-{runing}", "{running:04d", "{running:q}"])
def test_bad_patterns_refused(bad: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        check_code_pattern(bad)
    assert caught.value.code == "asset_code_pattern"


def test_reconcile_scans_at_one_room() -> None:
    register = {"A-1": 1, "A-2": 1, "A-3": 1, "B-1": 2, "X-9": None}
    result = reconcile_scans(1, ["a-1", " A-2\n", "B-1", "ZZ-404", "A-1", "๑"], register)
    assert result.found_here == ["A-1", "A-2"]
    assert result.found_elsewhere == {"B-1": 2}
    assert result.unknown == ["ZZ-404", "1"]
    assert result.duplicates == ["A-1"]
    assert result.not_seen == ["A-3"]


def test_reconcile_remembers_earlier_batches() -> None:
    register = {"A-1": 1, "A-2": 1}
    assert reconcile_scans(1, ["A-2"], register, already_seen=["A-1"]).not_seen == []
