"""A learner's photo from the ID card: stored only with the consent recorded beside it, never written to the audit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.audit_chain import utc_naive
from vocdesk.persistence.models import Learner, LearnerPhoto
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.learners import LEARNERS

MAX_PHOTO_BYTES = 16_384
"""The card holds a JPEG of at most 5,100 bytes; anything much larger did not come from a card."""
JPEG_START = b"\xff\xd8\xff"


@dataclass(frozen=True)
class PhotoConsent:
    """Who agreed to the photo being kept (the learner, or a guardian for a minor) and when."""

    given_by: str
    given_on: dt.date


@dataclass(frozen=True)
class StoredPhoto:
    jpeg: bytes
    consent_by: str
    consent_on: dt.date


def store_photo(uow: UnitOfWork, learner_id: int, jpeg: bytes, consent: PhotoConsent | None) -> None:
    """Keep (or replace) the learner's card photo; refused without a named consent or for data that is no JPEG."""
    require(uow.actor, "learners.edit")
    if consent is None or not consent.given_by.strip():
        raise ValidationFailed("photo_consent_required", field="photo_consent")
    if not jpeg.startswith(JPEG_START) or len(jpeg) > MAX_PHOTO_BYTES:
        raise ValidationFailed("photo_not_jpeg", field="photo", size=len(jpeg))
    if uow.session.get(Learner, learner_id) is None:
        raise NotFound(what=f"learner #{learner_id}")
    photo = uow.session.get(LearnerPhoto, learner_id)
    replaced = photo is not None
    if photo is None:
        photo = LearnerPhoto(learner_id=learner_id)
        uow.session.add(photo)
    photo.jpeg, photo.source, photo.stored_at = jpeg, "idcard", utc_naive(uow.clock.now())
    photo.consent_by, photo.consent_on = consent.given_by.strip(), consent.given_on
    # the audit keeps that a photo was stored and on whose consent: never the picture itself
    uow.audit("learner.photo.store", "learner", str(learner_id),
              {"photo_bytes": [None, len(jpeg)], "replaced": [None, replaced],
               "consent_by": [None, photo.consent_by], "consent_on": [None, consent.given_on.isoformat()]})
    uow.changed(LEARNERS)


def remove_photo(uow: UnitOfWork, learner_id: int) -> bool:
    """Delete the stored photo (consent withdrawn); False when there was none."""
    require(uow.actor, "learners.edit")
    photo = uow.session.get(LearnerPhoto, learner_id)
    if photo is None:
        return False
    uow.session.delete(photo)
    uow.audit("learner.photo.remove", "learner", str(learner_id), {"photo_bytes": [len(photo.jpeg), None]})
    uow.changed(LEARNERS)
    return True


def learner_photo(session: Session, actor: Actor, learner_id: int) -> StoredPhoto | None:
    """The stored photo and its consent, or None."""
    require(actor, "learners.view")
    row = session.execute(select(LearnerPhoto.jpeg, LearnerPhoto.consent_by, LearnerPhoto.consent_on)
                          .where(LearnerPhoto.learner_id == learner_id)).first()
    return None if row is None else StoredPhoto(row.jpeg, row.consent_by, row.consent_on)
