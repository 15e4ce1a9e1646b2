"""Insert the virtual card into vpcd's reader from a shell: `python -m tests.idcard_virtual [--seconds 60]`."""

from __future__ import annotations

import argparse
import time

from tests.idcard_virtual.card import CardBehaviour, VirtualThaiCard
from tests.idcard_virtual.data import BAD_CID, CardContent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the card stays in the reader")
    parser.add_argument("--port", type=int, default=35963, help="vpcd port (35963 is reader 'Virtual PCD 00 00')")
    parser.add_argument("--bad-checksum", action="store_true")
    parser.add_argument("--not-thai", action="store_true")
    parser.add_argument("--pull-after", type=int, help="pull the card out after this many APDUs")
    args = parser.parse_args()
    content = CardContent(cid=BAD_CID) if args.bad_checksum else CardContent()
    behaviour = CardBehaviour(thai_applet=not args.not_thai, pull_after=args.pull_after)
    card = VirtualThaiCard(content, behaviour, port=args.port).start()
    try:
        time.sleep(args.seconds)
    finally:
        card.stop()


if __name__ == "__main__":
    main()
