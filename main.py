"""VocDesk entry point: no command opens the window; a command runs the CLI; --self-test checks the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from vocdesk.cli import build_parser, parse_window_start, run

    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parse_window_start(arguments) or build_parser().parse_args(arguments)
    if args.self_test:
        from ui.self_test import self_test

        return self_test(args)
    if getattr(args, "handler", None):
        return run(args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
