"""Certificates: only for trainees who completed, the QR read back from the PDF verifies, one changed character not."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.factories.training_courses import course_with_run, enrolled
from tests.qr_scan import qr_on_first_page
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.attendance import mark
from vocdesk.services.training.certificates import certificates, issue_certificates, verify_payload
from vocdesk.services.training.documents import certificate_pdf

FIRST, SECOND = dt.date(2026, 12, 12), dt.date(2026, 12, 19)


def _issue(ctx: AppContext, key: str, ids: list[int] | None = None) -> list[str]:
    issued, _ = ctx.run(lambda uow: issue_certificates(uow, ctx.paths.keys_dir, key, "นายวิชัย ใจกล้า",
                                                       "ผู้อำนวยการวิทยาลัยเทคนิค", ids))
    return [c.number for c in issued]


def test_only_those_who_completed_get_one_and_never_twice(ctx: AppContext) -> None:
    key = course_with_run(ctx)
    done, short = enrolled(ctx, key, 2)
    ctx.run(lambda uow: mark(uow, key, FIRST, [done, short]))
    ctx.run(lambda uow: mark(uow, key, SECOND, [done]))
    with pytest.raises(ValidationFailed) as refused:
        _issue(ctx, key, [short])
    assert (refused.value.code, refused.value.params["missing"]) == ("not_completed", "1.8")
    assert _issue(ctx, key) == ["CERT-2569-00001"]
    assert _issue(ctx, key) == []  # already issued: no second certificate
    with ctx.db.read() as session:
        assert [(c.trainee_id, c.hours) for c in certificates(session, ctx.actor, key)] == [(done, 6)]


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="needs zbar-tools and poppler-utils (.ci/packages.txt)")
def test_the_qr_read_from_the_pdf_verifies_and_an_altered_one_does_not(ctx: AppContext, tmp_path: Path) -> None:
    key = course_with_run(ctx)
    [one] = enrolled(ctx, key, 1)
    ctx.run(lambda uow: mark(uow, key, FIRST, [one]))
    ctx.run(lambda uow: mark(uow, key, SECOND, [one]))
    _issue(ctx, key)
    with ctx.db.read() as session:
        [cert] = certificates(session, ctx.actor, key)
    pdf = certificate_pdf(cert, "วิทยาลัยเทคนิคตัวอย่าง", tmp_path / "cert.pdf", ctx.paths.resources_dir, False)
    scanned = qr_on_first_page(pdf, tmp_path)
    with ctx.db.read() as session:
        verified = verify_payload(session, scanned)
        assert verified.registered
        assert (verified.claim.number, verified.claim.name, verified.claim.hours) == (
            "CERT-2569-00001", "สมหญิง1 ใจดี", 6)
        assert verified.claim.course == "WELD01 ช่างเชื่อม WELD01"
        body = scanned.split(".")[1]
        for at in (5, len(body) // 2, len(body) - 3):  # one changed character anywhere in the signed body
            changed = body[:at] + ("A" if body[at] != "A" else "B") + body[at + 1:]
            with pytest.raises(ValidationFailed) as refused:
                verify_payload(session, scanned.replace(body, changed))
            assert refused.value.code == "certificate_invalid"
