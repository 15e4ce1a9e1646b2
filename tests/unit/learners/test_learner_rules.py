"""Learner status rules: which moves are allowed, what leaving needs, and when graduation is possible."""

from __future__ import annotations

import datetime as dt

import pytest

from vocdesk.domain.academic import Level
from vocdesk.domain.learners import LearnerStatus, StatusChangeRequest, check_status_change, may_graduate
from vocdesk.errors import ValidationFailed

TODAY = dt.date(2026, 3, 31)
PVC_ENTRY = dt.date(2023, 5, 16)


def request(current: LearnerStatus, new: LearnerStatus, *, when: dt.date | None = TODAY, reason: str = "",
            level: Level = Level.CERTIFICATE, year: int = 3, entry: dt.date | None = PVC_ENTRY,
            last: dt.date | None = None) -> StatusChangeRequest:
    return StatusChangeRequest(current, new, when, reason, level, year, entry, last)


def code_of(req: StatusChangeRequest) -> str:
    with pytest.raises(ValidationFailed) as caught:
        check_status_change(req, TODAY)
    return caught.value.code


def test_vocabulary_matches_std2018_thai_names() -> None:
    assert [(s.value, s.label_th) for s in LearnerStatus] == [
        ("studying", "กำลังศึกษา"), ("suspended", "พักการเรียน"), ("withdrawn", "ลาออก"), ("dismissed", "พ้นสภาพ"),
        ("graduated", "สำเร็จการศึกษา"), ("transferred", "ย้ายสถานศึกษา")]
    assert LearnerStatus.parse(" พ้นสภาพ ") is LearnerStatus.DISMISSED
    assert LearnerStatus.parse("left") is None


def test_the_import_declaration_uses_the_same_vocabulary() -> None:
    from vocdesk.io.imports.learners import LEARNER_STATUSES

    assert {s.value: s.label_th for s in LearnerStatus} == LEARNER_STATUSES


@pytest.mark.parametrize("new", [LearnerStatus.WITHDRAWN, LearnerStatus.DISMISSED, LearnerStatus.TRANSFERRED,
                                 LearnerStatus.SUSPENDED])
def test_leaving_or_suspending_needs_a_reason(new: LearnerStatus) -> None:
    assert code_of(request(LearnerStatus.STUDYING, new, reason="  ")) == "required"
    check_status_change(request(LearnerStatus.STUDYING, new, reason="ย้ายตามผู้ปกครอง"), TODAY)


def test_leaving_needs_a_date_not_in_the_future_nor_before_the_last_change() -> None:
    assert code_of(request(LearnerStatus.STUDYING, LearnerStatus.WITHDRAWN, when=None, reason="x")) == "required"
    future = request(LearnerStatus.STUDYING, LearnerStatus.WITHDRAWN, when=TODAY + dt.timedelta(days=1), reason="x")
    assert code_of(future) == "status_date_future"
    early = request(LearnerStatus.STUDYING, LearnerStatus.WITHDRAWN, when=dt.date(2025, 1, 1), reason="x",
                    last=dt.date(2025, 6, 1))
    assert code_of(early) == "status_date_order"


def test_graduates_stay_graduated_and_suspended_learners_return_before_graduating() -> None:
    assert code_of(request(LearnerStatus.GRADUATED, LearnerStatus.STUDYING)) == "status_move"
    assert code_of(request(LearnerStatus.SUSPENDED, LearnerStatus.GRADUATED)) == "status_move"
    assert code_of(request(LearnerStatus.STUDYING, LearnerStatus.STUDYING)) == "status_unchanged"
    check_status_change(request(LearnerStatus.WITHDRAWN, LearnerStatus.STUDYING), TODAY)  # re-admission


def test_no_graduation_before_the_final_year() -> None:
    assert code_of(request(LearnerStatus.STUDYING, LearnerStatus.GRADUATED, year=2)) == "graduate_year"
    pvs = request(LearnerStatus.STUDYING, LearnerStatus.GRADUATED, level=Level.HIGHER_CERTIFICATE, year=1,
                  entry=dt.date(2024, 5, 16))
    assert code_of(pvs) == "graduate_year"


def test_no_graduation_before_the_levels_duration() -> None:
    # ปวช. is 3 years: someone who entered in May 2024 cannot graduate in March 2026 even if recorded in year 3.
    late_entry = request(LearnerStatus.STUDYING, LearnerStatus.GRADUATED, entry=dt.date(2024, 5, 16))
    assert code_of(late_entry) == "graduate_duration"
    check_status_change(request(LearnerStatus.STUDYING, LearnerStatus.GRADUATED), TODAY)
    assert code_of(request(LearnerStatus.STUDYING, LearnerStatus.GRADUATED, entry=None)) == "required"


@pytest.mark.parametrize(("level", "entry", "on", "expected"), [
    (Level.CERTIFICATE, dt.date(2023, 5, 16), dt.date(2026, 2, 16), True),   # 33 months
    (Level.CERTIFICATE, dt.date(2023, 5, 16), dt.date(2026, 2, 15), False),  # a day short
    (Level.HIGHER_CERTIFICATE, dt.date(2024, 5, 16), dt.date(2026, 3, 31), True),
    (Level.HIGHER_CERTIFICATE, dt.date(2024, 11, 1), dt.date(2026, 3, 31), False),
])
def test_duration_boundary(level: Level, entry: dt.date, on: dt.date, expected: bool) -> None:
    assert may_graduate(level, level.nominal_years, entry, on) is expected
