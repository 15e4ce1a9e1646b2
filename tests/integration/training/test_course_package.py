"""The short-course summary in the OVEC package: counts per course, no personal data."""

from __future__ import annotations

import datetime as dt

from tests.factories.training_courses import course_with_run, enrolled, national_id
from vocdesk.services.core.context import AppContext
from vocdesk.services.packages.tables import all_package_tables
from vocdesk.services.training.attendance import mark
from vocdesk.services.training.certificates import issue_certificates
from vocdesk.services.training.receipts import add_payment, void_receipt


def test_the_summary_counts_trainees_income_and_certificates_without_ids(ctx: AppContext) -> None:
    key = course_with_run(ctx, capacity=3)
    people = enrolled(ctx, key, 4)  # the fourth waits: not counted as a trainee
    for day in (dt.date(2026, 12, 12), dt.date(2026, 12, 19)):
        ctx.run(lambda uow, day=day: mark(uow, key, day, people[:1]))  # type: ignore[misc]
    ctx.run(lambda uow: issue_certificates(uow, ctx.paths.keys_dir, key, "ผอ.", "ผู้อำนวยการ"))
    for person in people[:3]:
        ctx.run(lambda uow, p=person: add_payment(uow, key, p, 150_000))  # type: ignore[misc]
    ctx.run(lambda uow: void_receipt(uow, "2570/000003", "ผิด"))
    [table] = [t for t in all_package_tables() if t.name == "training_short_courses"]
    assert not table.personal
    with ctx.db.read() as session:
        rows = list(table.rows(session, "2/2569"))
    assert rows == [("WELD01", "ช่างเชื่อม WELD01", "upskill", "6", "1", "2", "3", "0", "3", "3", "1", "300000")]
    assert not any(national_id(n) in cell for n in range(1, 5) for row in rows for cell in row)
