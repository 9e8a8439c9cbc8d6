"""The names of the headless commands, importable without pandas: ``__main__`` decides from these
whether to run a command or open the window, and the window's start must not pay for the data stack."""

COMMANDS = ("validate", "info", "query", "doctor", "import", "diff", "migrate")
# Commands that draw (Qt, offscreen): parsed by the same parser (``cli.build_parser``), run by
# ``explorer.qt.export_commands``.
DRAWING_COMMANDS = ("export", "deck", "note")
