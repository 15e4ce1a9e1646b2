"""`vocdesk fixit point-export|point-merge`: a point laptop's work back to the college, signed with its key."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import FINDINGS_STOPPED, add_json, emit
from vocdesk.errors import ValidationFailed
from vocdesk.messages import render

PASSPHRASE_ENV = "VOCDESK_KEY_PASSPHRASE"
"""The same variable as `vocdesk package`: the point's laptop carries the college's signing key."""
REFUSALS = ("community.point_file_refused", "community.point_file_unknown_point",
            "community.point_file_unknown_people")


def _passphrase(file: str | None) -> str:
    if file:
        return Path(file).read_text(encoding="utf-8").splitlines()[0]
    return os.environ.get(PASSPHRASE_ENV) or getpass.getpass("รหัสผ่านกุญแจ / key passphrase: ")


def _export(args: argparse.Namespace) -> int:
    from vocdesk.services.community.point_file import export_point, signature_path
    from vocdesk.services.packages.keys import open_college_keys

    with opened_app(args) as opened:
        ctx = opened.context
        secret = open_college_keys(ctx.paths, _passphrase(args.passphrase_file)).signing
        jobs, _ = ctx.run(lambda uow: export_point(uow, args.point, args.out, secret))
    emit(args, {"point": args.point.strip().upper(), "jobs": jobs, "file": str(args.out),
                "signature": str(signature_path(args.out))}, [f"{jobs} jobs → {args.out}"])
    return 0


def _merge(args: argparse.Namespace) -> int:
    from vocdesk.services.community.point_merge import merge_point
    from vocdesk.services.packages.keys import signing_public_key

    with opened_app(args) as opened:
        ctx = opened.context
        public = signing_public_key(ctx.paths)
        try:
            result, _ = ctx.run(lambda uow: merge_point(uow, args.file, public))
        except ValidationFailed as error:
            if error.code not in REFUSALS:
                raise
            texts = {f"message_{lang}": render(error.code, lang, **error.params) for lang in ("th", "en")}
            emit(args, {"refused": error.code, **texts}, [texts[f"message_{args.lang or 'th'}"]])
            return FINDINGS_STOPPED
    emit(args, result, [f"{result.point}: +{result.jobs} jobs, +{result.parts} parts, +{result.minutes} minutes "
                        f"entries, +{result.shifts} shifts"])
    return 0


def file_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("point-export", help="write this laptop's jobs, parts, minutes and shifts of a point, "
                                                 "signed with the college key")
    export.add_argument("point", metavar="POINT", help="service point code")
    export.add_argument("--out", type=Path, required=True, help="the file to write (FILE.minisig beside it)")
    export.add_argument("--passphrase-file", help=f"the key passphrase's file (else {PASSPHRASE_ENV}, else asked)")
    export.set_defaults(fixit_handler=_export)
    merge = sub.add_parser("point-merge", help="merge a point's signed file: only what is missing is added")
    merge.add_argument("file", type=Path, metavar="FILE")
    merge.set_defaults(fixit_handler=_merge)
    for child in (export, merge):
        add_json(child)
