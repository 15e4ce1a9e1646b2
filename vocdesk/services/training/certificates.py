"""Certificates (วุฒิบัตร) for trainees who completed: numbered, signed with the college's Ed25519 certificate key.

The key is the college's own certificate key (not the passphrase-protected package key, so issuing needs no
passphrase): the private half lives in the data folder's keys directory, the public half in the database settings,
so every PC on the same database verifies offline. `verify_payload` refuses any payload whose signature fails.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.training_certificate import CertificateClaim, parse_payload, payload, signed_part
from vocdesk.errors import ValidationFailed
from vocdesk.io.atomic import write_bytes_atomic
from vocdesk.persistence.models import Certificate, Course, CourseRun, Trainee
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.setting_spec import SettingSpec
from vocdesk.services.core.settings import college_profile, setting, store_setting
from vocdesk.services.training import CERTIFICATES
from vocdesk.services.training.attendance import progress
from vocdesk.services.training.receipts import next_number
from vocdesk.services.training.runs import run_by_key, run_key

KEY_FILE = "certificate-signing.key"
PUBLIC_SETTING = "training.certificate_public_key"


@dataclass(frozen=True)
class IssuedCertificate:
    number: str
    trainee_id: int
    name: str
    course: str
    run: str
    hours: int
    issued_on: dt.date
    first_day: dt.date
    last_day: dt.date
    signer_name: str
    signer_title: str
    payload: str
    prints: int


@dataclass(frozen=True)
class Verified:
    """A payload whose signature holds; `registered` says whether this database issued it (and it is unchanged)."""

    claim: CertificateClaim
    registered: bool


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _public_keys_rule(table: dict[str, Any]) -> str | None:
    """Each entry is key id → the raw Ed25519 public key in hex, and the id is the one that key has."""
    for kid, raw in table.items():
        if not isinstance(raw, str) or len(raw) != 64 or not all(ch in "0123456789abcdef" for ch in raw):
            return f"{kid}: not an Ed25519 public key (64 hex digits)"
        if kid != key_id(Ed25519PublicKey.from_public_bytes(bytes.fromhex(raw))):
            return f"{kid}: the key id is not that of its key"
    return None


PUBLIC_KEYS = SettingSpec(PUBLIC_SETTING, dict, {}, "กุญแจสาธารณะสำหรับตรวจวุฒิบัตร (ตามรหัสกุญแจ)",
                          "Certificate public keys (by key id)", rule=_public_keys_rule)
CERTIFICATE_SETTINGS = (PUBLIC_KEYS,)


def _signing_key(uow: UnitOfWork, keys_dir: Path) -> Ed25519PrivateKey:
    """The certificate key, created on first use; its public half is published to the database settings."""
    path = keys_dir / KEY_FILE
    if not path.exists():
        keys_dir.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
            permissions=0o600, exclusive=True)
    key = Ed25519PrivateKey.from_private_bytes(path.read_bytes())
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    known = setting(uow.session, PUBLIC_KEYS)
    if known.get(key_id(key.public_key())) != raw:
        store_setting(uow, PUBLIC_KEYS, known | {key_id(key.public_key()): raw})
    return key


def issue_certificates(uow: UnitOfWork, keys_dir: Path, key: str, signer_name: str, signer_title: str,
                       trainee_ids: Sequence[int] | None = None) -> list[IssuedCertificate]:
    """Issue to every trainee of the run who completed and has none yet (or to the named ones, who must have)."""
    require(uow.actor, "training.certificates")
    if not signer_name.strip() or not signer_title.strip():
        raise ValidationFailed("required", field="signer")
    run, course = run_by_key(uow.session, key)
    sheet = {p.trainee_id: p for p in progress(uow.session, uow.actor, key)}
    have = set(uow.session.scalars(select(Certificate.trainee_id).where(Certificate.run_id == run.id)))
    if trainee_ids is not None:
        for tid in trainee_ids:
            if tid not in sheet:
                raise ValidationFailed("not_enrolled", field="trainee", value=tid)
            if not sheet[tid].completed:
                raise ValidationFailed("not_completed", field="trainee", name=sheet[tid].name,
                                       missing=f"{sheet[tid].missing_hours:.1f}")
    wanted = [p for tid, p in sheet.items() if p.completed and tid not in have
              and (trainee_ids is None or tid in trainee_ids)]
    if not wanted:
        return []
    signing = _signing_key(uow, keys_dir)
    college = college_profile(uow.session)
    today = uow.clock.today()
    year = today.year + 543
    numbers: set[str] = set()
    for person in wanted:
        number = f"CERT-{year}-{next_number(uow, f'certificate/{year}'):05d}"
        claim = CertificateClaim(number, person.name, f"{course.code} {course.name_th}", course.hours,
                                 today.isoformat(), college.code or college.name_th, key_id(signing.public_key()))
        text = payload(claim, signing.sign(signed_part(claim).encode("ascii")))
        numbers.add(number)
        uow.session.add(Certificate(number=number, run_id=run.id, trainee_id=person.trainee_id, issued_on=today,
                                    hours=course.hours, signer_name=signer_name.strip(),
                                    signer_title=signer_title.strip(), payload=text, prints=0))
        uow.audit("training.certificate.issue", "training_certificate", number,
                  {"trainee_id": [None, person.trainee_id], "run": [None, run_key(course.code, run.run_no)]})
    uow.session.flush()
    uow.changed(CERTIFICATES)
    return [c for c in certificates(uow.session, uow.actor, key) if c.number in numbers]


def certificates(session: Session, actor: Actor, key: str | None = None) -> list[IssuedCertificate]:
    """The register of issued certificates (of one run, or all), by number."""
    require(actor, "training.certificates")
    query = (select(Certificate, CourseRun, Course, Trainee).join(CourseRun, CourseRun.id == Certificate.run_id)
             .join(Course, Course.id == CourseRun.course_id).join(Trainee, Trainee.id == Certificate.trainee_id))
    if key is not None:
        query = query.where(Certificate.run_id == run_by_key(session, key)[0].id)
    return [IssuedCertificate(c.number, t.id, f"{t.prefix}{t.first_name} {t.last_name}".strip(), co.name_th,
                              run_key(co.code, r.run_no), c.hours, c.issued_on, r.first_day, r.last_day,
                              c.signer_name, c.signer_title, c.payload, c.prints)
            for c, r, co, t in session.execute(query.order_by(Certificate.number))]


def mark_printed(uow: UnitOfWork, number: str) -> int:
    """Count a print of a certificate; returns how many times it was printed before (0 = the original)."""
    require(uow.actor, "training.certificates")
    row = uow.session.scalars(select(Certificate).where(Certificate.number == number)).first()
    if row is None:
        raise ValidationFailed("invalid", field="number", value=number)
    before, row.prints = row.prints, row.prints + 1
    uow.audit("training.certificate.print", "training_certificate", number, {"prints": [before, row.prints]})
    uow.changed(CERTIFICATES)
    return before


def verify_payload(session: Session, text: str) -> Verified:
    """Check a scanned QR payload offline against the college's certificate keys; any change is refused."""
    try:
        claim, signature, signed = parse_payload(text)
    except ValueError:
        raise ValidationFailed("certificate_invalid", field="payload") from None
    raw = setting(session, PUBLIC_KEYS).get(claim.key_id)
    if raw is None:
        raise ValidationFailed("certificate_unknown_key", field="payload", key=claim.key_id)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(raw)).verify(signature, signed.encode("ascii"))
    except (InvalidSignature, ValueError):
        raise ValidationFailed("certificate_invalid", field="payload") from None
    stored = session.scalars(select(Certificate.payload).where(Certificate.number == claim.number)).first()
    return Verified(claim, stored == text.strip())
