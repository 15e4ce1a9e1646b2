"""The confirmed-code rule: OVEC's five digits for the level, or nothing while the code is not confirmed."""

from __future__ import annotations

import pytest

from vocdesk.domain.programme_codes import code_and_name, confirmed_code, national_code, next_placeholder
from vocdesk.errors import ValidationFailed


def test_codes_follow_the_level_and_accept_thai_digits() -> None:
    assert confirmed_code("pvc", "20101") == "20101"
    assert confirmed_code("pvs", " ๓๐๑๐๑ ") == "30101"
    assert confirmed_code("pvs", "") == ""


@pytest.mark.parametrize(("level", "typed"), [("pvc", "30101"), ("pvs", "20101"), ("pvs", "3010"),
                                               ("pvs", "TBC01"), ("pvc", "2010a")])
def test_anything_else_is_refused_by_name(level: str, typed: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        confirmed_code(level, typed)
    assert refused.value.code == "programme_code" and refused.value.params["value"] == typed


def test_placeholders_never_leave_the_database() -> None:
    assert national_code("TBC007") == "" and national_code("20101") == "20101"
    assert code_and_name("TBC007", "เมคคาทรอนิกส์", "") == "เมคคาทรอนิกส์"
    assert next_placeholder(["20101", "TBC002", "TBC010"]) == "TBC011" and next_placeholder([]) == "TBC001"
