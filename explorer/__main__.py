"""Entry point. Headless commands never import Qt; only opening the window does."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def is_command(args: Sequence[str]) -> bool:
    """Whether ``args`` ask for a headless command (decided without importing pandas or Qt)."""
    from explorer.commands import COMMANDS

    return bool(args) and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version"))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--smoke-test"]:
        from explorer.qt.smoke_test import run

        return run()
    if args and args[0] in ("export", "deck", "note"):  # painting needs Qt (offscreen, no display)
        from explorer.qt.export_commands import main as export_main

        return export_main(args)
    if is_command(args):
        from explorer import cli

        return cli.main(args)
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(f"briefing-explorer: unexpected arguments {' '.join(args)!r}; "
              "use 'briefing-explorer [PATH]' or a command (see --help)", file=sys.stderr)
        return 2
    from explorer.qt.app import run_window

    return run_window(args[0] if args else None)


if __name__ == "__main__":
    sys.exit(main())
