"""One command-line parser: --help lists every command, and the manual page and bash completion
generated from it know every command and option."""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import cli_docs  # noqa: E402

EVERY_COMMAND = ("validate", "info", "query", "doctor", "import", "diff", "migrate", "export", "deck",
                 "note")


def _help() -> str:
    out = io.StringIO()
    parser = build_parser()
    parser.print_help(out)
    return out.getvalue()


def test_help_lists_every_command_with_a_line_and_the_window_options():
    text = _help()
    for name in EVERY_COMMAND:
        line = next((ln for ln in text.splitlines() if ln.strip().startswith(name + " ")), "")
        assert len(line.split()) > 2, f"{name} has no line of its own in --help"
    assert "--smoke-test" in text and "--new-instance" in text


def test_the_drawing_commands_are_parsed_by_the_same_parser():
    from explorer.qt import export_commands

    assert export_commands.build_parser is build_parser
    args = build_parser().parse_args(["note", "b.json", "--out", "n.pdf", "--paper", "letter"])
    assert (args.command, args.briefing, args.paper) == ("note", "b.json", "letter")
    err = io.StringIO()  # called directly, the Qt-free CLI says how to run them instead of drawing
    assert main(["deck", "b.json", "--out", "d.pptx"], io.StringIO(), err) == 2
    assert "run it as" in err.getvalue()


def _every_option(parser: argparse.ArgumentParser) -> set[str]:
    found = {o for a in parser._actions for o in a.option_strings if o not in ("-h", "--help")}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _every_option(sub)
    return found


def test_manual_page_has_every_command_and_option_and_renders_cleanly(tmp_path):
    page = cli_docs.manpage(date="2026-12-04")
    plain = page.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")
    for name in EVERY_COMMAND:
        assert f".SS {name}" in plain
    for option in _every_option(build_parser()):
        assert option in plain, option
    if shutil.which("man") is None:
        pytest.skip("man is not installed here; the page's content was checked above")
    path = tmp_path / "briefing-explorer.1"
    path.write_text(page, encoding="utf-8")
    done = subprocess.run(["man", "--warnings", "-l", str(path)], capture_output=True, text=True,
                          env={"MANWIDTH": "100", "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    assert "--from-receipt FILE" in done.stdout and "EXIT STATUS" in done.stdout


def _complete(script: Path, *words: str) -> list[str]:
    line = " ".join(f"'{w}'" for w in words)
    probe = (f"source '{script}'; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; "
             "_briefing_explorer; printf '%s\\n' \"${COMPREPLY[@]}\"")
    done = subprocess.run(["bash", "--norc", "-c", probe], capture_output=True, text=True, timeout=60,
                          cwd=script.parent)  # file names complete too: none here starts like a command
    assert done.returncode == 0, done.stderr
    return [w for w in done.stdout.splitlines() if w]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_completion_completes_commands_options_and_choices(tmp_path):
    script = tmp_path / "briefing-explorer.bash"
    script.write_text(cli_docs.bash_completion(), encoding="utf-8")
    assert _complete(script, "briefing-explorer", "ex") == ["export"]
    assert set(_complete(script, "briefing-explorer", "--")) >= {"--smoke-test", "--new-instance",
                                                                "--version", "--help"}
    assert "--from-receipt" in _complete(script, "briefing-explorer", "export", "--fr")
    assert _complete(script, "briefing-explorer", "export", "--format", "p") == ["png", "pdf", "pptx"]
    assert _complete(script, "briefing-explorer", "query", "--partner-role", "") == ["party", "involved"]
