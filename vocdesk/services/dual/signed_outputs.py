"""The screens' way to a signed hand-off or tax pack: the college key opened with its passphrase, then the work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from vocdesk.io.package.keyfile import read_secret_key
from vocdesk.io.package.minisign import SecretKey
from vocdesk.paths import AppPaths
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.handoff import HandoffResult, make_handoff
from vocdesk.services.dual.handoff_letter import write_handoff_letter
from vocdesk.services.dual.tax_pack import TaxPack, build_tax_pack

SIGNING_KEY = "college-signing.key"
"""The college's signing key in the data folder's keys/, as `package keygen` writes it (the OVEC packages' key)."""


@dataclass(frozen=True)
class HandoffMade:
    package: HandoffResult
    letter: Path


def college_signing_key(paths: AppPaths, passphrase: str) -> SecretKey:
    """The college key; a wrong passphrase is `key_passphrase_wrong`, a missing key `key_missing`."""
    return read_secret_key(paths.keys_dir / SIGNING_KEY, passphrase)


def letter_path(package: Path) -> Path:
    """`handoff.zip` → `handoff-letter.pdf` beside it, as the command writes it."""
    return package.with_name(package.stem + "-letter.pdf")


def handoff_with_letter(uow: UnitOfWork, paths: AppPaths, centre_code: str, out: Path, passphrase: str,
                        on: dt.date | None = None) -> HandoffMade:
    """One action: the signed package, its record and audit, and the covering letter beside it."""
    require(uow.actor, "dual.handoff")
    signing = college_signing_key(paths, passphrase)
    made = make_handoff(uow, centre_code, out, signing, on)
    letter = write_handoff_letter(uow, centre_code, made, letter_path(out), paths.resources_dir, on)
    return HandoffMade(made, letter)


def signed_tax_pack(uow: UnitOfWork, paths: AppPaths, tax_id: str, year_be: int, out: Path,
                    passphrase: str) -> TaxPack:
    require(uow.actor, "dual.tax_pack")
    return build_tax_pack(uow, tax_id, year_be, out, college_signing_key(paths, passphrase), paths.resources_dir)
