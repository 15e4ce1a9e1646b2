"""Creating the signed package for a locked period: minimised rows, pseudonyms or sealing, history, chaining."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.io.package.manifest import GENESIS_SHA256, Manifest
from vocdesk.io.package.writer import Cancelled, DataSource, Progress, new_package_id, write_package
from vocdesk.persistence.models import PackageHistory, PackageSubmission
from vocdesk.services.core.audit import audit_checkpoint
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.login import ReauthProof, require_proof
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import college_profile
from vocdesk.services.packages import PACKAGES
from vocdesk.services.packages.keys import CollegeKeys, ovec_recipient
from vocdesk.services.packages.rules import package_stats
from vocdesk.services.packages.tables import PackageTable, export_tables
from vocdesk.services.packages.workflow import EXPORTED, LOCKED, hashing_rows, normalise_period


@dataclass(frozen=True)
class CreatedPackage:
    """What the user is told after creating a package."""

    path: Path
    signature_path: Path
    period: str
    sequence: int
    sha256: str
    rows: dict[str, int]
    sealed: bool


def _pseudonymised(rows: Iterable[Sequence[str]], indexes: list[int], keys: CollegeKeys) -> Iterator[Sequence[str]]:
    pseudonym = keys.pseudonymiser()
    if len(indexes) == 1:
        at = indexes[0]
        for row in rows:
            yield (*row[:at], pseudonym(row[at]), *row[at + 1:])
        return
    for row in rows:
        values = list(row)
        for index in indexes:
            values[index] = pseudonym(values[index])
        yield values


def _source(table: PackageTable, uow: UnitOfWork, period: str, keys: CollegeKeys, seal: bool,
            digest: hashlib._Hash) -> DataSource:
    rows: Iterable[Sequence[str]] = hashing_rows(table.name, table.rows(uow.session, period), digest)
    sealed = seal and table.personal
    if table.id_columns and not sealed:
        indexes = [table.schema.names.index(name) for name in table.id_columns]
        rows = _pseudonymised(rows, indexes, keys)
    return DataSource(path=table.path, table=table.name, schema=table.schema, rows=rows,
                      row_count=table.count(uow.session, period),
                      pseudonymised=() if sealed else table.id_columns, seal_to_ovec=sealed)


def create_package(uow: UnitOfWork, period: str, out: Path, keys: CollegeKeys, *,
                   progress: Progress | None = None, cancelled: Cancelled | None = None,
                   proof: ReauthProof | None = None) -> CreatedPackage:
    """Write `out` and `out.minisig` for a locked period and record it, so the next package chains to it.

    The rows written must be exactly the rows that were validated and locked; otherwise nothing is kept.
    `proof` comes from `reauthenticate(uow, password, "package.export")`; it is spent here (the setup actor before
    any administrator exists needs none). Take `backup_before(ctx, "export")` before calling this.
    """
    require(uow.actor, "package.export")
    require_proof(uow, proof, "package.export")
    period = normalise_period(period)
    session = uow.session
    submission = session.scalar(select(PackageSubmission).where(PackageSubmission.period == period))
    if submission is None or submission.status != LOCKED:
        raise Conflict("pkg_not_locked", period=period, status=submission.status if submission else "draft")
    profile = college_profile(session)
    if not profile.is_set:
        raise ValidationFailed("pkg_rule_college_profile", field="college.code")
    for existing in (out, out.with_name(out.name + ".minisig")):
        if existing.exists():
            raise ValidationFailed("pkg_out_exists", field="out", path=str(existing))
    if not out.parent.is_dir():
        raise ValidationFailed("pkg_write_failed", field="out", detail=f"no folder {out.parent}")
    last = session.scalar(select(PackageHistory).order_by(PackageHistory.sequence.desc()).limit(1))
    sequence = (last.sequence if last else 0) + 1
    recipient = ovec_recipient(session)
    checkpoint = audit_checkpoint(session)  # COUNT:HEAD, so records later removed from the trail show up
    header = Manifest(
        package_id=new_package_id(), college_code=profile.code, college_name=profile.name_th, period=period,
        sequence=sequence, previous_sha256=last.sha256 if last else GENESIS_SHA256,
        created_at=uow.clock.now().isoformat(timespec="seconds"), signing_key_id=keys.signing.public.id_text,
        audit_chain_head=checkpoint.head, audit_chain_count=checkpoint.count,
        pseudonym_key_id=keys.pseudonym_key_id, files=())
    digest = hashlib.sha256()
    sources = [_source(table, uow, period, keys, recipient is not None, digest) for table in export_tables(session)]

    def unchanged_since_lock() -> None:
        if digest.hexdigest() != submission.content_sha256:
            raise Conflict("pkg_changed_since_validation", period=period)

    try:
        written = write_package(out, header, sources, keys.signing, recipient=recipient, progress=progress,
                                cancelled=cancelled, before_rename=unchanged_since_lock)
    except OSError as error:  # disk full, no permission, removed USB stick: nothing is kept, the user is told
        raise ValidationFailed("pkg_write_failed", field="out", detail=str(error)[:160]) from error
    rows = {entry.table: entry.rows for entry in written.manifest.files}
    try:
        session.add(PackageHistory(sequence=sequence, package_id=header.package_id, period=period,
                                   sha256=written.sha256, file_name=out.name, key_id=header.signing_key_id,
                                   stats_json=json.dumps(package_stats(session), sort_keys=True),
                                   created_at=uow.clock.now(), created_by=uow.actor.username))
        submission.status, submission.exported_at = EXPORTED, uow.clock.now()
        uow.audit("package.create", "package_history", sequence,
                  {"period": period, "sha256": written.sha256, "file": out.name, "rows": rows})
        session.flush()
    except BaseException:
        written.path.unlink(missing_ok=True)
        written.signature_path.unlink(missing_ok=True)
        raise
    uow.changed(PACKAGES)
    return CreatedPackage(written.path, written.signature_path, period, sequence, written.sha256, rows,
                          recipient is not None)
