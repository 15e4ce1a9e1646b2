"""Validation rules run before a package is made: ILR-style findings (rule id, record, severity, message)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.learners import LearnerStatus
from vocdesk.domain.thai_ids import is_valid_national_id, normalize_national_id
from vocdesk.persistence.models import Learner, LearningGroup, PackageHistory, Teacher
from vocdesk.services.core.settings import college_profile

ERROR = "error"
WARNING = "warning"
CHANGE_THRESHOLD = 0.20
"""A count that moved by more than this share since the previous package needs an explanation."""

STORED_STATUSES = frozenset(status.value for status in LearnerStatus)


@dataclass(frozen=True)
class Finding:
    """One problem: `error` must be fixed; `warning` must be explained before the package can be locked."""

    rule_id: str
    record: str
    severity: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    explanation: str = ""

    @property
    def is_open(self) -> bool:
        return self.severity == ERROR or not self.explanation


RULES: dict[str, tuple[str, str]] = {
    "PK-C01": (ERROR, "pkg_rule_college_profile"),
    "PK-C02": (ERROR, "pkg_rule_no_learners"),
    "PK-L01": (ERROR, "pkg_rule_id_format"),
    "PK-L02": (WARNING, "pkg_rule_id_checksum"),
    "PK-L03": (ERROR, "pkg_rule_id_duplicate"),
    "PK-L04": (WARNING, "pkg_rule_no_group"),
    "PK-L05": (ERROR, "pkg_rule_gpax_range"),
    "PK-L06": (WARNING, "pkg_rule_status_unknown"),
    "PK-G01": (WARNING, "pkg_rule_group_no_advisor"),
    "PK-T01": (WARNING, "pkg_rule_teacher_id"),
    "PK-P01": (WARNING, "pkg_rule_change"),
}
"""rule id → (severity, message code); docs/package-format.md lists them for users."""


def _finding(rule_id: str, record: str, **params: Any) -> Finding:
    severity, code = RULES[rule_id]
    return Finding(rule_id, record, severity, code, params)


def _learner_findings(session: Session) -> Iterator[Finding]:
    query = select(Learner.student_code, Learner.national_id, Learner.national_id_override, Learner.status,
                   Learner.group_id, Learner.gpax).order_by(Learner.student_code)
    studying_ids: Counter[str] = Counter()
    for code, national_id, override, status, group_id, gpax in session.execute(query.execution_options(
            yield_per=5000)):
        record = f"student:{code}"
        digits = normalize_national_id(national_id or "")
        if digits is None:
            yield _finding("PK-L01", record, student_code=code)
        elif not is_valid_national_id(digits) and not (override or "").strip():
            yield _finding("PK-L02", record, student_code=code)
        if digits is not None and status == "studying":
            studying_ids[digits] += 1
        if status == "studying" and group_id is None:
            yield _finding("PK-L04", record, student_code=code)
        if gpax is not None and not 0 <= gpax <= 4:
            yield _finding("PK-L05", record, student_code=code, gpax=gpax)
        if status not in STORED_STATUSES:
            yield _finding("PK-L06", record, student_code=code, status=status)
    duplicates = {digits for digits, count in studying_ids.items() if count > 1}
    if duplicates:
        pairs = select(Learner.student_code, Learner.national_id).where(Learner.status == "studying")
        for code, national_id in session.execute(pairs.order_by(Learner.student_code)):
            if normalize_national_id(national_id or "") in duplicates:
                yield _finding("PK-L03", f"student:{code}", student_code=code)


def _group_findings(session: Session) -> Iterator[Finding]:
    query = select(LearningGroup.group_code).where(LearningGroup.advisor_teacher_id.is_(None))
    for code in session.scalars(query.order_by(LearningGroup.group_code)):
        yield _finding("PK-G01", f"group:{code}", group_code=code)


def _teacher_findings(session: Session) -> Iterator[Finding]:
    query = select(Teacher.national_id, Teacher.first_name_th, Teacher.last_name_th).order_by(Teacher.national_id)
    for national_id, first, last in session.execute(query):
        if not is_valid_national_id(national_id):
            yield _finding("PK-T01", f"teacher:{national_id[-4:]}:{first} {last}"[:120], name=f"{first} {last}")


def package_stats(session: Session) -> dict[str, int]:
    """Counts compared with the previous package."""
    def count(model: type, *where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
    return {"learners": count(Learner), "learners_studying": count(Learner, Learner.status == "studying"),
            "groups": count(LearningGroup), "teachers": count(Teacher)}


def previous_stats(session: Session) -> dict[str, int] | None:
    raw = session.scalar(select(PackageHistory.stats_json).order_by(PackageHistory.sequence.desc()).limit(1))
    return None if raw is None else {str(k): int(v) for k, v in json.loads(raw).items()}


def _change_findings(current: dict[str, int], previous: dict[str, int] | None) -> Iterator[Finding]:
    if previous is None:
        return
    for what, now in current.items():
        before = previous.get(what)
        if before is None:
            continue
        if (before == 0 and now > 0) or (before and abs(now - before) / before > CHANGE_THRESHOLD):
            percent = round(100 * (now - before) / before) if before else 100
            yield _finding("PK-P01", f"count:{what}", what=what, before=before, after=now, percent=percent)


def run_rules(session: Session) -> list[Finding]:
    """Every finding for the data as it is now, without explanations."""
    findings: list[Finding] = []
    profile = college_profile(session)
    if not profile.is_set:
        findings.append(_finding("PK-C01", "college"))
    stats = package_stats(session)
    if stats["learners"] == 0:
        findings.append(_finding("PK-C02", "college"))
    findings.extend(_learner_findings(session))
    findings.extend(_group_findings(session))
    findings.extend(_teacher_findings(session))
    findings.extend(_change_findings(stats, previous_stats(session)))
    return findings
