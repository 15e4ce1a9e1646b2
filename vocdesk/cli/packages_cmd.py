"""`vocdesk package ...`: the submission workflow, keys, creating packages, and the ministry's verify/ingest."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.errors import ValidationFailed, VocDeskError
from vocdesk.messages import describe, render

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from vocdesk.io.package.verifier import KeyRecord

PASSPHRASE_ENV = "VOCDESK_KEY_PASSPHRASE"
NEW_PASSPHRASE_ENV = "VOCDESK_NEW_KEY_PASSPHRASE"


def _passphrase(file: str | None, env: str, prompt: str, *, confirm: bool = False) -> str:
    """From --passphrase-file, else the environment variable, else asked without echo."""
    if file:
        return _read_text(file).rstrip("\r\n")
    if os.environ.get(env):
        return os.environ[env]
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("อีกครั้ง / again: ") != first:
        raise ValidationFailed("invalid", field="passphrase")
    return first


def _read_text(file: str) -> str:
    """A small text input (passphrase, key); unreadable → one clear line instead of a traceback."""
    try:
        return Path(file).read_text(encoding="utf-8")
    except (OSError, ValueError) as error:
        raise ValidationFailed("pkg_input_unreadable", field=file, detail=str(error)[:120]) from error


def _lang(args: argparse.Namespace) -> str:
    return str(args.lang or "th")


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, help="semester 1/2569 or fiscal year FY2569")


def _status(args: argparse.Namespace) -> int:
    from vocdesk.services.packages.workflow import period_status

    with opened_app(args) as opened, opened.context.db.read() as session:
        status = period_status(session, opened.context.actor, args.period, with_findings=args.findings)
    _print_status(status, _lang(args))
    return 0


def _print_status(status: object, lang: str) -> None:
    from vocdesk.services.packages.workflow import PeriodStatus

    assert isinstance(status, PeriodStatus)
    print_json({
        "period": status.period, "status": status.status, "errors": status.errors,
        "warnings_open": status.warnings_open, "validated_by": status.validated_by, "locked_by": status.locked_by,
        "last_package": {"sequence": status.last_sequence, "sha256": status.last_sha256},
        "findings": [{"rule": f.rule_id, "record": f.record, "severity": f.severity,
                      "message": render(f.code, lang, **f.params), "explanation": f.explanation}
                     for f in status.findings],
    })


def _validate(args: argparse.Namespace) -> int:
    from vocdesk.services.packages.workflow import validate_period

    with opened_app(args) as opened:
        status, _ = opened.context.run(lambda uow: validate_period(uow, args.period))
    _print_status(status, _lang(args))
    return 0 if status.status in ("validated", "locked") else 1


def _explain(args: argparse.Namespace) -> int:
    from vocdesk.services.packages.workflow import explain_finding

    with opened_app(args) as opened:
        remaining, _ = opened.context.run(
            lambda uow: explain_finding(uow, args.period, args.rule, args.record, args.text))
    print_json({"warnings_open": remaining})
    return 0


def _lock(args: argparse.Namespace) -> int:
    from vocdesk.cli.auth import cli_proof
    from vocdesk.services.core.permissions import require
    from vocdesk.services.packages.workflow import lock_period

    with opened_app(args) as opened:
        ctx = opened.context
        require(ctx.actor, "package.lock")
        proof = cli_proof(args, ctx, "package.lock")
        status, _ = ctx.run(lambda uow: lock_period(uow, args.period, proof=proof))
    _print_status(status, _lang(args))
    return 0


def _create(args: argparse.Namespace) -> int:
    from vocdesk.cli.auth import cli_proof
    from vocdesk.services.core.backups import backup_before
    from vocdesk.services.core.permissions import require
    from vocdesk.services.packages.create import create_package
    from vocdesk.services.packages.keys import open_college_keys

    with opened_app(args) as opened:
        ctx = opened.context
        require(ctx.actor, "package.export")
        keys = open_college_keys(ctx.paths, _passphrase(args.passphrase_file, PASSPHRASE_ENV, "รหัสผ่านกุญแจ: "))
        proof = cli_proof(args, ctx, "package.export")
        backup_before(ctx, "export")  # SQLite: a copy of the database as it was exported; PostgreSQL: the server's

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        created, _ = ctx.run(lambda uow: create_package(uow, args.period, Path(args.out), keys, progress=progress,
                                                            proof=proof))
        if sys.stderr.isatty():
            print(file=sys.stderr)
    print_json({"package": str(created.path), "signature": str(created.signature_path), "period": created.period,
                "sequence": created.sequence, "sha256": created.sha256, "rows": created.rows,
                "personal_files": "sealed to OVEC" if created.sealed else "pseudonymised"})
    return 0


def _keygen(args: argparse.Namespace) -> int:
    from vocdesk.cli.auth import cli_proof
    from vocdesk.services.core.permissions import require
    from vocdesk.services.packages.keys import generate_college_key

    with opened_app(args) as opened:
        ctx = opened.context
        require(ctx.actor, "package.keys")
        phrase = _passphrase(args.passphrase_file, PASSPHRASE_ENV, "ตั้งรหัสผ่านกุญแจ: ", confirm=True)
        proof = cli_proof(args, ctx, "package.keys")
        public, _ = ctx.run(lambda uow: generate_college_key(uow, ctx.paths, phrase, proof))
    _emit_public(public.file_text(), args.pub)
    return 0


def _emit_public(text: str, pub: str | None) -> None:
    from vocdesk.io.atomic import write_text_atomic

    sys.stdout.write(text)
    if pub:
        write_text_atomic(Path(pub), text)


def _rotate(args: argparse.Namespace) -> int:
    from vocdesk.cli.auth import cli_proof
    from vocdesk.services.core.permissions import require
    from vocdesk.services.packages.keys import rotate_college_key

    with opened_app(args) as opened:
        ctx = opened.context
        require(ctx.actor, "package.keys")
        old = _passphrase(args.passphrase_file, PASSPHRASE_ENV, "รหัสผ่านกุญแจเดิม: ")
        new = _passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV, "รหัสผ่านกุญแจใหม่: ", confirm=True)
        proof = cli_proof(args, ctx, "package.keys")
        rotated, _ = ctx.run(lambda uow: rotate_college_key(uow, ctx.paths, old, new, proof))
    _emit_public(rotated.public.file_text(), args.pub)
    print(f"rotation statement: {rotated.statement} (+ .minisig): send it to OVEC", file=sys.stderr)
    return 0


def _ovec_key(args: argparse.Namespace) -> int:
    from vocdesk.services.packages.keys import set_ovec_recipient

    text = _read_text(args.file) if args.file else ""
    with opened_app(args) as opened:
        opened.context.run(lambda uow: set_ovec_recipient(uow, text))
    print_json({"ovec_public_key": text.strip() or None})
    return 0


def _ovec_keygen(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from vocdesk.io.atomic import write_text_atomic
    from vocdesk.io.package.sealing import private_text, recipient_text

    folder = Path(args.out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    key = X25519PrivateKey.generate()
    private_path = folder / "ovec-x25519.key"
    write_text_atomic(private_path, private_text(key) + "\n", encoding="ascii", permissions=0o600, exclusive=True)
    write_text_atomic(folder / "ovec-x25519.pub", recipient_text(key.public_key()) + "\n", encoding="ascii")
    print_json({"private": str(private_path), "public": str(folder / "ovec-x25519.pub")})
    return 0


def _ministry_keys(args: argparse.Namespace) -> dict[bytes, KeyRecord]:
    from vocdesk.io.package.minisign import parse_public_key
    from vocdesk.io.package.state import StateFolder
    from vocdesk.io.package.verifier import KeyRecord

    given = [parse_public_key(Path(p).read_text(encoding="utf-8")) for p in args.pubkey or []]
    if args.state:
        return StateFolder(Path(args.state)).keys(given)
    return {key.key_id: KeyRecord(key) for key in given}


def _ovec_private(args: argparse.Namespace) -> X25519PrivateKey | None:
    from vocdesk.io.package.sealing import parse_private

    return parse_private(_read_text(args.ovec_key)) if args.ovec_key else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _refused(what: str, refusal: VocDeskError, args: argparse.Namespace) -> int:
    print(f"REFUSED {what}: {describe(refusal, _lang(args))}", file=sys.stderr)
    return 1


def _verify(args: argparse.Namespace) -> int:
    from vocdesk.io.package.errors import PackageRefused
    from vocdesk.io.package.state import StateFolder
    from vocdesk.io.package.verifier import verify_package

    try:
        state = StateFolder(Path(args.state)) if args.state else None
        keys = _ministry_keys(args)
        result = verify_package(Path(args.file), keys, now=_now(), ledger=state, ovec_key=_ovec_private(args))
        if state is not None:
            signer = next(r.public for r in keys.values() if r.public.id_text == result.manifest.signing_key_id)
            state.remember(result.manifest.college_code, result.manifest.sequence, result.sha256, signer)
    except (PackageRefused, OSError, ValueError) as error:  # a key file that is not text is a refusal too
        refusal = error if isinstance(error, PackageRefused) else PackageRefused("pkg_input_unreadable",
                                                                                 detail=str(error)[:120])
        return _refused(args.file, refusal, args)
    m = result.manifest
    sealed = f" sealed_unread={','.join(result.sealed_unread)}" if result.sealed_unread else ""
    print(f"OK {args.file}: college={m.college_code} period={m.period} sequence={m.sequence} "
          f"sha256={result.sha256}{sealed}")
    return 0


def _trust_rotation(args: argparse.Namespace) -> int:
    from vocdesk.io.package.errors import PackageRefused
    from vocdesk.io.package.minisign import key_id_text, parse_signature
    from vocdesk.io.package.rotation import verify_rotation
    from vocdesk.io.package.state import StateFolder

    statement = Path(args.statement)
    state = StateFolder(Path(args.state))
    try:
        keys = state.keys()
        signature = Path(str(statement) + ".minisig").read_bytes()
        signer_id = parse_signature(signature).key_id
        signer = keys.get(signer_id)
        if signer is None or signer.revoked:
            raise PackageRefused("pkg_key_unknown", key_id=key_id_text(signer_id))
        rotation = verify_rotation(statement.read_bytes(), signature, signer.public)
        if signer.college_code not in (None, rotation.college_code):
            raise PackageRefused("pkg_key_college", college=rotation.college_code)
        state.trust(rotation.new_key, rotation.college_code, retire=signer.public.key_id)
    except (PackageRefused, OSError, ValueError) as error:
        refusal = error if isinstance(error, PackageRefused) else PackageRefused("pkg_input_unreadable",
                                                                                 detail=str(error)[:120])
        return _refused(args.statement, refusal, args)
    print(f"OK college={rotation.college_code} old={rotation.old_key_id} (retired) new={rotation.new_key.id_text}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from vocdesk.io.package.state import StateFolder

    StateFolder(Path(args.state)).revoke(args.key_id.upper())
    print(f"revoked {args.key_id.upper()}")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import ArgumentError, OperationalError

    from vocdesk.ingest.loader import ingest_folder, ministry_engine
    from vocdesk.persistence.engine import mask_url

    keys, ovec_key = _ministry_keys(args), _ovec_private(args)
    if not Path(args.folder).is_dir():
        raise ValidationFailed("pkg_input_unreadable", field="folder", detail=f"no folder {args.folder}")
    try:
        engine = ministry_engine(args.ingest_db)
        try:
            report = ingest_folder(Path(args.folder), engine, keys, now=_now(), ovec_key=ovec_key)
        finally:
            engine.dispose()
    except (OperationalError, ArgumentError) as error:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0][:160]
        raise ValidationFailed("pkg_ingest_db", field="db", url=mask_url(args.ingest_db), detail=detail) from error
    for name in report.loaded:
        print(f"LOADED {name}")
    for name in report.skipped:
        print(f"ALREADY LOADED {name}")
    for name, refusal in report.refused:
        _refused(name, refusal, args)
    return 1 if report.refused else 0


def _workflow_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = sub.add_parser("status", help="where the period stands; --findings lists the current findings")
    _period(status)
    status.add_argument("--findings", action="store_true")
    status.set_defaults(package_handler=_status)
    validate = sub.add_parser("validate", help="run the rules; exit 1 while errors or unexplained warnings remain")
    _period(validate)
    validate.set_defaults(package_handler=_validate)
    explain = sub.add_parser("explain", help="explain why a warning is acceptable")
    _period(explain)
    explain.add_argument("--rule", required=True, help="rule id, e.g. PK-P01")
    explain.add_argument("--record", required=True, help="record, e.g. student:66201010001 or count:learners")
    explain.add_argument("--text", required=True, help="the explanation")
    explain.set_defaults(package_handler=_explain)
    lock = sub.add_parser("lock", help="lock a validated period (director's keyholder)")
    _period(lock)
    lock.set_defaults(package_handler=_lock)
    create = sub.add_parser("create", help="create the signed package FILE and FILE.minisig for a locked period")
    _period(create)
    create.add_argument("--out", required=True)
    create.add_argument("--passphrase-file")
    create.set_defaults(package_handler=_create)


def _key_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keygen = sub.add_parser("keygen", help="create the college signing key; prints the minisign public key")
    keygen.add_argument("--pub", help="also write the public key to this file")
    keygen.add_argument("--passphrase-file")
    keygen.set_defaults(package_handler=_keygen)
    rotate = sub.add_parser("rotate-key", help="replace the signing key; the old key signs the change")
    rotate.add_argument("--pub")
    rotate.add_argument("--passphrase-file", help=f"old key's passphrase (or {PASSPHRASE_ENV})")
    rotate.add_argument("--new-passphrase-file", help=f"new key's passphrase (or {NEW_PASSPHRASE_ENV})")
    rotate.set_defaults(package_handler=_rotate)
    ovec = sub.add_parser("ovec-key", help="seal personal files to OVEC's X25519 key (no FILE: pseudonymise)")
    ovec.add_argument("file", nargs="?")
    ovec.set_defaults(package_handler=_ovec_key)


def _ministry_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def keys(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--pubkey", action="append", help="college public key file (minisign format)")
        parser.add_argument("--state", help="folder keeping trusted/revoked keys and the last package per college")
        parser.add_argument("--ovec-key", help="OVEC's X25519 private key file, to open sealed files")

    verify = sub.add_parser("verify", help="verify FILE with FILE.minisig (ministry side)")
    verify.add_argument("file")
    keys(verify)
    verify.set_defaults(package_handler=_verify)
    ingest = sub.add_parser("ingest", help="verify and load every package in DIR into a PostgreSQL database")
    ingest.add_argument("folder")
    ingest.add_argument("--db", dest="ingest_db", required=True, help="postgresql://... of the ministry database")
    keys(ingest)
    ingest.set_defaults(package_handler=_ingest)
    trust = sub.add_parser("trust-rotation", help="accept a key rotation statement signed by the old key")
    trust.add_argument("statement")
    trust.add_argument("--state", required=True)
    trust.set_defaults(package_handler=_trust_rotation)
    revoke = sub.add_parser("revoke-key", help="refuse every package signed by KEY_ID from now on")
    revoke.add_argument("key_id")
    revoke.add_argument("--state", required=True)
    revoke.set_defaults(package_handler=_revoke)
    ovec = sub.add_parser("ovec-keygen", help="create OVEC's X25519 key pair for sealed personal files")
    ovec.add_argument("--out-dir", required=True)
    ovec.set_defaults(package_handler=_ovec_keygen)


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    _workflow_arguments(sub)
    _key_arguments(sub)
    _ministry_arguments(sub)


def _handle(args: argparse.Namespace) -> int:
    return int(args.package_handler(args))


COMMAND = Subcommand("package", "data packages to OVEC: status, validate, explain, lock, create, keys, verify, "
                     "ingest", _arguments, _handle)
