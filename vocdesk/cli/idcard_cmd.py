"""`vocdesk idcard readers --json` and `vocdesk idcard read [--reader NAME] [--full] --json` (Thai ID card)."""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from vocdesk.cli import Subcommand
from vocdesk.cli.common import opened_app, print_json
from vocdesk.domain.thai_ids import mask_national_id
from vocdesk.io.idcard import IdCardData, IdCardError, ReaderUnavailable, list_readers, read_card

if TYPE_CHECKING:
    from vocdesk.bootstrap import Opened

EXIT_READ, EXIT_NO_CARD, EXIT_NO_READER = 0, 1, 2


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="idcard_action", metavar="ACTION", required=True)
    readers = sub.add_parser("readers", help="list the PC/SC card readers and whether a card is in each")
    readers.add_argument("--json", action="store_true", help="print JSON (the default output is also JSON)")
    read = sub.add_parser("read", help="read the Thai national ID card in a reader (never the photo)")
    read.add_argument("--reader", help="reader name as `vocdesk idcard readers` lists it (default: the first "
                      "reader holding a card)")
    read.add_argument("--full", action="store_true", help="show the whole national ID (roles that may see IDs)")
    read.add_argument("--wait", type=float, default=0.0, help="seconds to wait for a card to be inserted")
    read.add_argument("--json", action="store_true", help="print JSON (the default output is also JSON)")


def card_json(card: IdCardData, full_id: bool) -> dict[str, Any]:
    """What `read` prints: every text field; the ID masked unless allowed; never the photo."""
    birth = card.birth.date
    return {
        "national_id": card.national_id if full_id else mask_national_id(card.national_id),
        "national_id_masked": not full_id,
        "prefix_th": card.name_th.prefix, "first_name_th": card.name_th.first,
        "middle_name_th": card.name_th.middle, "last_name_th": card.name_th.last,
        "prefix_en": card.name_en.prefix, "first_name_en": card.name_en.first,
        "middle_name_en": card.name_en.middle, "last_name_en": card.name_en.last,
        "birth_date": birth.isoformat() if birth else None, "birth_date_be": card.birth.be_text(),
        "gender": card.sex, "address": card.address.text(), "province": card.address.province_name,
        "issuer": card.issuer,
        "issued": card.issued.date.isoformat() if card.issued and card.issued.date else None,
        "expires": card.expires.date.isoformat() if card.expires and card.expires.date else None,
        "lifelong": card.expires is None, "reader": card.reader,
    }


def _fail(error: IdCardError, args: argparse.Namespace) -> int:
    from vocdesk.messages import describe

    print(describe(error, args.lang or "th"), file=sys.stderr)
    return EXIT_NO_READER if isinstance(error, ReaderUnavailable) else EXIT_NO_CARD


def _signed_in(args: argparse.Namespace) -> AbstractContextManager[Opened | None]:
    """The app context only when a user signs in (or --full asks for a role): a plain read needs no database."""
    if args.user or args.full:
        return opened_app(args)
    return nullcontext()


def _read(args: argparse.Namespace) -> int:
    with _signed_in(args) as opened:
        full_id = False
        if opened is not None:
            from vocdesk.services.core.permissions import allowed

            full_id = args.full and allowed(opened.context.actor, "learners.view_national_id")
            if args.full and not full_id:
                print("VocDesk: this role sees national IDs masked / บทบาทนี้เห็นเลขประจำตัวแบบปิดบางส่วน",
                      file=sys.stderr)
        try:
            card = read_card(args.reader, wait_seconds=args.wait)
        except IdCardError as error:
            return _fail(error, args)
        if opened is not None:  # the trail records that a card was read, not what it holds
            from vocdesk.services.core.idcard import record_card_read

            opened.context.run(lambda uow: record_card_read(uow, card.reader, photo=False, whole_id_shown=full_id,
                                                            purpose="cli"))
    print_json(card_json(card, full_id))
    return EXIT_READ


def _handle(args: argparse.Namespace) -> int:
    if args.idcard_action == "readers":
        try:
            readers = list_readers()
        except IdCardError as error:
            return _fail(error, args)
        print_json([{"name": r.name, "card_present": r.card_present} for r in readers])
        return EXIT_READ if readers else _fail(ReaderUnavailable("idcard_no_reader"), args)
    return _read(args)


COMMAND = Subcommand("idcard", "read the Thai national ID card (PC/SC card reader)", _arguments, _handle)
