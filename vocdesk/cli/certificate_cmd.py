"""`vocdesk certificate issue|verify`: certificates for trainees who completed, and an offline check of a QR."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.cli.training_common import add_json, trainee_ref


def _issue(args: argparse.Namespace) -> int:
    from vocdesk.services.core.settings import college_profile
    from vocdesk.services.training.certificates import issue_certificates, mark_printed
    from vocdesk.services.training.documents import certificate_pdf

    with opened_app(args) as opened:
        context = opened.context
        ids = None
        if args.trainee:
            with context.db.read() as session:
                ids = [trainee_ref(session, context.actor, ref).id for ref in args.trainee]
        issued, _ = context.run(lambda uow: issue_certificates(uow, context.paths.keys_dir, args.run, args.signer,
                                                               args.title, ids))
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            with context.db.read() as session:
                college = college_profile(session).name_th
            for cert in issued:
                before, _ = context.run(lambda uow, n=cert.number: mark_printed(uow, n))  # type: ignore[misc]
                certificate_pdf(cert, college, args.out / f"{cert.number}.pdf", context.paths.resources_dir,
                                copy=before > 0)
    answer = {"run": args.run, "issued": [{"number": c.number, "trainee": c.trainee_id, "name": c.name}
                                          for c in issued]}
    if args.json:
        print_json(answer)
    else:
        for cert in issued:
            print(f"{cert.number}  {cert.name}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from vocdesk.errors import ValidationFailed
    from vocdesk.messages import describe
    from vocdesk.services.core.setting_spec import SettingInvalid
    from vocdesk.services.training.certificates import verify_payload

    with opened_app(args) as opened, opened.context.db.read() as session:
        try:
            verified = verify_payload(session, args.text)
        except SettingInvalid:
            raise  # the college's stored keys are broken, not the payload: bad input (exit 2) naming the setting
        except ValidationFailed as refused:
            if args.json:
                print_json({"valid": False, "code": refused.code})
            else:
                print(describe(refused, args.lang or "th"))
            return 1
    claim = verified.claim
    answer = {"valid": True, "registered": verified.registered, "number": claim.number, "name": claim.name,
              "course": claim.course, "hours": claim.hours, "issued_on": claim.issued_on, "college": claim.college}
    if args.json:
        print_json(answer)
    else:
        print(f"VALID {claim.number}: {claim.name} — {claim.course}, {claim.hours} h, {claim.issued_on}"
              + ("" if verified.registered else " (signed by this college; not in this database)"))
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)
    issue = sub.add_parser("issue", help="issue certificates to every trainee of the run who completed")
    issue.add_argument("run", help="CODE/N")
    issue.add_argument("--signer", required=True, help="the signer's name")
    issue.add_argument("--title", required=True, help="the signer's title")
    issue.add_argument("--trainee", action="append", help="only these (national ID, passport or #id; repeatable)")
    issue.add_argument("--out", type=Path, help="write each certificate's PDF into this folder")
    add_json(issue)
    issue.set_defaults(handler=_issue)
    verify = sub.add_parser("verify", help="check a scanned certificate QR payload offline")
    verify.add_argument("text", help="the QR text, VDC1.…")
    add_json(verify)
    verify.set_defaults(handler=_verify)


COMMAND = Subcommand("certificate", "certificates of the training centre", _add_arguments, _verify)
