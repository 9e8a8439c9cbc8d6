"""Entry point. Headless commands never import Qt; only opening the window does."""

from __future__ import annotations

import codecs
import sys
from collections.abc import Sequence

NEW_INSTANCE = "--new-instance"


def is_command(args: Sequence[str]) -> bool:
    """Whether ``args`` ask for a headless command (decided without importing pandas or Qt)."""
    from explorer.commands import COMMANDS

    return bool(args) and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version"))


def safe_console() -> None:
    """Never die printing: text the console or pipe cannot encode is written as an escape (日本 ->
    \\u65e5\\u672c on a Latin-1 terminal) rather than raising UnicodeEncodeError mid-output.

    The frozen app runs in UTF-8 mode (packaging/briefing-explorer.spec), so there this only matters
    when UTF-8 itself cannot encode (lone surrogates from undecodable file names)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None (no console at all) or a stream someone replaced
            continue
        try:
            utf8 = codecs.lookup(stream.encoding or "ascii").name == "utf-8"
        except LookupError:
            utf8 = False
        if not utf8 or stream.errors == "strict":
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    safe_console()
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--smoke-test"]:
        from explorer.qt.smoke_test import run

        return run()
    from explorer.commands import DRAWING_COMMANDS

    if args and args[0] in DRAWING_COMMANDS:  # painting needs Qt (offscreen, no display)
        from explorer.qt.export_commands import main as export_main

        return export_main(args)
    if is_command(args):
        from explorer import cli

        return cli.main(args)
    # One window per user: a second launch hands its pack to the first (--new-instance: do not).
    new_instance = NEW_INSTANCE in args
    args = [a for a in args if a != NEW_INSTANCE]
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(f"briefing-explorer: unexpected arguments {' '.join(args)!r}; "
              "use 'briefing-explorer [--new-instance] [PATH]' or a command (see --help)",
              file=sys.stderr)
        return 2
    from explorer.qt.app import run_window

    return run_window(args[0] if args else None, new_instance=new_instance)


if __name__ == "__main__":
    sys.exit(main())
