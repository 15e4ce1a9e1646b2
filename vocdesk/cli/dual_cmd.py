"""`vocdesk dual risk|centres|centre|handoff|handoffs|responses|tax-pack`: at-risk learners, centres, tax packs."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app
from vocdesk.cli.dual_common import add_json, cli_date, emit
from vocdesk.cli.dual_documents import add_dual_actions
from vocdesk.errors import ValidationFailed

SIGNING_KEY = "college-signing.key"
"""The college's signing key in the data folder's keys/, as `package keygen` writes it."""


def _risk(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.risk import dual_risk

    on = cli_date(args.on, "on") if args.on else None
    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: dual_risk(uow, on, args.all))
    emit(args, rows, [f"{r.level}\t{r.score}\t{r.student_code}\t{r.learner}\t"
                      + ", ".join(f"{s.code}={s.value}" for s in r.signals) for r in rows])
    return 0


def _centres(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.centres import list_centres

    with opened_app(args) as opened:
        rows, _ = opened.context.run(list_centres)
    emit(args, rows, [f"{r.code}\t{r.name}\t{r.host_college}\t{','.join(r.provinces)}" for r in rows])
    return 0


def _centre(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.centres import save_centre

    provinces = args.provinces.split(",")
    with opened_app(args) as opened:
        row, _ = opened.context.run(lambda uow: save_centre(uow, args.code, args.name, args.host, provinces,
                                                                      args.public_key))
    emit(args, row, [f"{row.code}\t{row.name}"])
    return 0


def _handoff(args: argparse.Namespace) -> int:
    from vocdesk.cli.packages_cmd import PASSPHRASE_ENV, _passphrase
    from vocdesk.io.package.keyfile import read_secret_key
    from vocdesk.services.dual.handoff import make_handoff
    from vocdesk.services.dual.handoff_letter import write_handoff_letter

    out = Path(args.out)
    letter = out.with_name(out.stem + "-letter.pdf")
    on = cli_date(args.on, "on") if args.on else None
    with opened_app(args) as opened:
        ctx = opened.context
        signing = read_secret_key(ctx.paths.keys_dir / SIGNING_KEY,
                                  _passphrase(args.passphrase_file, PASSPHRASE_ENV, "รหัสผ่านกุญแจ: "))
        made, _ = ctx.run(lambda uow: make_handoff(uow, args.centre, out, signing, on))
        ctx.run(lambda uow: write_handoff_letter(uow, args.centre, made, letter, ctx.paths.resources_dir, on))
    emit(args, {"path": str(made.path), "signature": str(made.signature_path), "letter": str(letter),
                "sha256": made.sha256, "learners": made.learners, "sealed": made.sealed},
         [f"{made.path} ({len(made.learners)})", str(made.signature_path), str(letter)])
    return 0


def _tax_pack(args: argparse.Namespace) -> int:
    from vocdesk.cli.packages_cmd import PASSPHRASE_ENV, _passphrase
    from vocdesk.io.package.keyfile import read_secret_key
    from vocdesk.services.dual.tax_pack import build_tax_pack

    with opened_app(args) as opened:
        ctx = opened.context
        signing = read_secret_key(ctx.paths.keys_dir / SIGNING_KEY,
                                  _passphrase(args.passphrase_file, PASSPHRASE_ENV, "รหัสผ่านกุญแจ: "))
        pack, _ = ctx.run(lambda uow: build_tax_pack(uow, args.enterprise, args.year, Path(args.out), signing,
                                                     ctx.paths.resources_dir))
    emit(args, {"path": str(pack.path), "signature": str(pack.signature_path), "sha256": pack.sha256,
                "learners": pack.learners, "warnings": pack.warnings},
         [f"{pack.path} ({len(pack.learners)})", str(pack.signature_path), *pack.warnings])
    return 0


def _handoffs(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.handoff_log import list_handoffs, record_response

    with opened_app(args) as opened:
        ctx = opened.context
        if args.response is not None:
            if args.response_to is None:
                raise ValidationFailed("required", field="response-to")
            on = cli_date(args.on, "on") if args.on else ctx.today()
            ctx.run(lambda uow: record_response(uow, args.response_to, args.response, on))
        rows, _ = ctx.run(list_handoffs)
    emit(args, rows, [f"#{r.id}\t{r.centre}\t{r.made_on}\t{len(r.learners)}\t{r.response or '-'}" for r in rows])
    return 0


def _responses(args: argparse.Namespace) -> int:
    from vocdesk.cli.import_cmd import _handle

    return _handle(argparse.Namespace(**{**vars(args), "kind": "centre_responses"}))


def _development(args: argparse.Namespace) -> int:
    from vocdesk.services.dual.development import development_by_programme

    with opened_app(args) as opened:
        rows, _ = opened.context.run(lambda uow: development_by_programme(uow, args.year))
    emit(args, rows, [f"{'OK' if r.met else '--'}\t{r.level}\t{r.major_code}\t{r.major}\t{r.qualified}/{r.teachers}"
                      f"\t{r.percent:g}%" for r in rows])
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="dual_action", metavar="ACTION", required=True)
    risk = sub.add_parser("risk", help="dual learners at risk, highest score first, each signal explained")
    risk.add_argument("--on", help="the day to judge on (default: today)")
    risk.add_argument("--all", action="store_true", help="also the placements with no signal")
    risk.set_defaults(dual_handler=_risk)
    centres = sub.add_parser("centres", help="the regional dual centres (code, name, host college, provinces)")
    centres.set_defaults(dual_handler=_centres)
    centre = sub.add_parser("centre", help="add or change a regional centre by its code")
    centre.add_argument("--code", required=True)
    centre.add_argument("--name", required=True)
    centre.add_argument("--host", default="", help="the host college")
    centre.add_argument("--provinces", default="", help="comma-separated province names")
    centre.set_defaults(dual_handler=_centre)
    centre.add_argument("--public-key", help="the centre's X25519 key (package ovec-keygen): seals hand-offs")
    handoff = sub.add_parser("handoff", help="the at-risk list for one centre as a signed package, with a letter")
    handoff.add_argument("--centre", required=True, help="the centre's code")
    handoff.add_argument("--out", required=True, help="the package (.zip); .minisig and -letter.pdf go beside it")
    handoff.add_argument("--on", help="the day to judge on (default: today)")
    handoff.add_argument("--passphrase-file", help="the college key's passphrase (else VOCDESK_KEY_PASSPHRASE)")
    handoff.set_defaults(dual_handler=_handoff)
    tax = sub.add_parser("tax-pack", help="an enterprise's tax evidence pack for one tax year, zipped and signed")
    tax.add_argument("--enterprise", required=True, metavar="TAXID")
    tax.add_argument("--year", type=int, required=True, help="the tax year in พ.ศ. (the calendar year)")
    tax.add_argument("--out", required=True, help="FILE.zip; FILE.zip.minisig goes beside it")
    tax.add_argument("--passphrase-file", help="the college key's passphrase (else VOCDESK_KEY_PASSPHRASE)")
    tax.set_defaults(dual_handler=_tax_pack)
    handoffs = sub.add_parser("handoffs", help="hand-offs made, the centres' responses, who is still at risk")
    handoffs.add_argument("--response-to", type=int, metavar="ID", help="record the centre's response to #ID")
    handoffs.add_argument("--response", help="what the centre said or did")
    handoffs.add_argument("--on", help="the day of the response (default: today)")
    handoffs.set_defaults(dual_handler=_handoffs)
    responses = sub.add_parser("responses", help="the centres' responses per learner from their file (all or "
                               "nothing; exit 1 when rows have errors)")
    responses.add_argument("file", type=Path, help="xlsx or CSV: centre, student_code, responded_on, status, action")
    responses.add_argument("--dry-run", action="store_true")
    responses.add_argument("--skip-invalid", action="store_true")
    responses.add_argument("--errors-out", type=Path, metavar="FILE.xlsx")
    responses.set_defaults(dual_handler=_responses)
    development = sub.add_parser("development", help="per programme: teachers with 80 h a year with enterprises")
    development.add_argument("--year", type=int, required=True, help="the academic year in พ.ศ.")
    development.set_defaults(dual_handler=_development)
    for child in (risk, centres, centre, handoff, tax, handoffs, responses, development):
        add_json(child)
    add_dual_actions(sub)  # part 1: documents, plan, coverage, alerts


def _dispatch(args: argparse.Namespace) -> int:
    return int(args.dual_handler(args))


COMMAND = Subcommand("dual", "dual system: documents, training plans, alerts, learners at risk, regional centres "
                     "(ทวิภาคี)", _arguments, _dispatch)
