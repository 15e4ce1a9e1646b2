"""The audit trail of ID-card reads: that a card was read, in which reader, whether the photo or whole ID was shown."""

from __future__ import annotations

from vocdesk.services.core.context import UnitOfWork

AUDIT_ACTION = "idcard.read"


def record_card_read(uow: UnitOfWork, reader: str, *, photo: bool, whole_id_shown: bool, purpose: str = "") -> None:
    """Record a read, never what the card holds (PDPA: the register keeps only what a form saves)."""
    changes: dict[str, list[object]] = {"photo": [None, photo], "whole_id_shown": [None, whole_id_shown]}
    if purpose:
        changes["purpose"] = [None, purpose]
    uow.audit(AUDIT_ACTION, "idcard", reader, changes)
