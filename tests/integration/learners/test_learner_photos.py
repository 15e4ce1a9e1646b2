"""A card photo is kept only with a named consent, read back as stored, and never copied into the audit trail."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories.learners import seed, somchai
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import AuditEvent
from vocdesk.services.core.context import AppContext
from vocdesk.services.learners.photos import PhotoConsent, learner_photo, remove_photo, store_photo
from vocdesk.services.learners.register import create_learner

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4 + b"\xff\xd9"
CONSENT = PhotoConsent("นางสมใจ ใจดี (มารดา)", dt.date(2026, 6, 1))


@pytest.fixture
def learner_id(ctx: AppContext) -> int:
    programme_id, group_id, _ = ctx.run(seed)[0]
    return ctx.run(lambda uow: create_learner(uow, somchai(programme_id, group_id)))[0]


def test_a_photo_without_consent_is_refused_and_nothing_kept(ctx: AppContext, learner_id: int) -> None:
    for consent in (None, PhotoConsent("   ", dt.date(2026, 6, 1))):
        with pytest.raises(ValidationFailed) as refused:
            ctx.run(lambda uow, c=consent: store_photo(uow, learner_id, JPEG, c))
        assert refused.value.code == "photo_consent_required"
    with ctx.db.read() as session:
        assert learner_photo(session, ctx.actor, learner_id) is None


def test_data_that_is_no_card_jpeg_is_refused(ctx: AppContext, learner_id: int) -> None:
    for data in (b"GIF89a....", b"\xff\xd8\xff" + b"x" * 20_000):
        with pytest.raises(ValidationFailed) as refused:
            ctx.run(lambda uow, d=data: store_photo(uow, learner_id, d, CONSENT))
        assert refused.value.code == "photo_not_jpeg"


def test_stored_photo_reads_back_with_its_consent_and_the_audit_holds_no_picture(ctx: AppContext,
                                                                               learner_id: int) -> None:
    ctx.run(lambda uow: store_photo(uow, learner_id, JPEG, CONSENT))
    with ctx.db.read() as session:
        stored = learner_photo(session, ctx.actor, learner_id)
        trail = list(session.execute(select(AuditEvent.action, AuditEvent.changes_json)
                                     .where(AuditEvent.action.like("learner.photo%"))))
    assert stored is not None
    assert (stored.jpeg, stored.consent_by, stored.consent_on) == (JPEG, "นางสมใจ ใจดี (มารดา)", dt.date(2026, 6, 1))
    assert [action for action, _ in trail] == ["learner.photo.store"]
    text = trail[0][1]
    assert f"{len(JPEG)}" in text and "นางสมใจ" in text
    assert "JFIF" not in text and JPEG.hex()[:40] not in text  # neither the bytes nor their hex


def test_withdrawn_consent_removes_the_photo(ctx: AppContext, learner_id: int) -> None:
    ctx.run(lambda uow: store_photo(uow, learner_id, JPEG, CONSENT))
    assert ctx.run(lambda uow: remove_photo(uow, learner_id))[0] is True
    assert ctx.run(lambda uow: remove_photo(uow, learner_id))[0] is False
    with ctx.db.read() as session:
        assert learner_photo(session, ctx.actor, learner_id) is None
