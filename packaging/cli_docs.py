"""The manual page and the bash completion, generated from the one command-line parser.

    .venv/bin/python packaging/cli_docs.py OUTDIR   # OUTDIR/briefing-explorer.1, OUTDIR/briefing-explorer.bash

``packaging/build`` puts both in the .deb (/usr/share/man/man1, /usr/share/bash-completion/completions).
Nothing is written by hand: a new command or option in ``explorer.cli.build_parser`` appears in both.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer import __version__  # noqa: E402
from explorer.cli import PROG, build_parser  # noqa: E402


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, tuple[str, argparse.ArgumentParser]]:
    """name -> (one-line help, its parser), in the parser's order."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            return {name: (helps.get(name, ""), p) for name, p in action.choices.items()}
    return {}


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions
            if a.option_strings and not isinstance(a, argparse._HelpAction)]


def _positionals(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions
            if not a.option_strings and not isinstance(a, argparse._SubParsersAction)]


def _positional_name(action: argparse.Action) -> str:
    if action.metavar:
        return str(action.metavar)
    if action.choices:
        return "{" + ",".join(map(str, action.choices)) + "}"
    return action.dest.upper()


def _roff(text: str) -> str:
    """Plain text safe in a roff line: backslashes, leading dots and quotes, hyphens as minus."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in ".'" else text


def _option_synopsis(action: argparse.Action) -> str:
    names = ", ".join(f"\\fB{_roff(o)}\\fR" for o in action.option_strings)
    if action.nargs == 0:
        return names
    meta = action.metavar or (("{" + ",".join(map(str, action.choices)) + "}") if action.choices
                              else action.dest.upper())
    return f"{names} \\fI{_roff(str(meta))}\\fR"


def manpage(parser: argparse.ArgumentParser | None = None, date: str | None = None) -> str:
    parser = parser or build_parser()
    date = date or datetime.date.today().isoformat()
    out = [f'.TH BRIEFING\\-EXPLORER 1 "{date}" "{PROG} {__version__}" "User Commands"',
           ".SH NAME", f"{_roff(PROG)} \\- explore sourced briefing packs offline",
           ".SH SYNOPSIS",
           f"\\fB{_roff(PROG)}\\fR [\\fB\\-\\-new\\-instance\\fR] [\\fIPATH\\fR]", ".br",
           f"\\fB{_roff(PROG)}\\fR \\fICOMMAND\\fR [\\fIOPTIONS\\fR]", ".br",
           f"\\fB{_roff(PROG)}\\fR \\fB\\-\\-smoke\\-test\\fR | \\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR",
           ".SH DESCRIPTION",
           _roff("Briefing Explorer opens a briefing pack (a folder or .zip of agreements, events and "
                 "indicators in which every figure cites its source) in a window, or works on it from "
                 "the command line. It never uses the network."),
           ".PP", _roff("Without a command it opens the window, on PATH or on the default pack; a second "
                        "launch hands PATH to the window already open."),
           ".SH OPTIONS"]
    for action in _options(parser):
        out += [".TP", _option_synopsis(action), _roff(action.help or "")]
    out.append(".SH COMMANDS")
    for name, (help_text, sub) in _subcommands(parser).items():
        usage = " ".join(f"\\fI{_roff(_positional_name(a))}\\fR" for a in _positionals(sub))
        out += [".SS " + f"\\fB{_roff(name)}\\fR {usage}".rstrip(), _roff(sub.description or help_text)]
        for action in _options(sub):
            out += [".TP", _option_synopsis(action), _roff(action.help or "")]
    out += [".SH EXIT STATUS", _roff("0 done; 1 a pack or file that cannot be used (every problem is "
                                     "listed, as file:row:column); 2 bad usage."),
            ".SH FILES", _roff("Settings, notes, briefings, the pack cache and the log live in the user's "
                               "configuration, data, cache and log folders; run 'briefing-explorer "
                               "doctor' to see where."),
            ".SH SEE ALSO", _roff("The user guide: Help > User guide (F1) in the window.")]
    return "\n".join(out) + "\n"


def bash_completion(parser: argparse.ArgumentParser | None = None) -> str:
    parser = parser or build_parser()
    subs = _subcommands(parser)
    top = " ".join([*subs, *(o for a in _options(parser) for o in a.option_strings), "--help"])
    cases = []
    for name, (_, sub) in subs.items():
        opts = " ".join([*(o for a in _options(sub) for o in a.option_strings), "--help"])
        choices = []
        for action in _options(sub):
            if action.choices and not isinstance(action.choices, range):
                values = " ".join(map(str, action.choices))
                choices.append(f'            {"|".join(action.option_strings)}) '
                               f'COMPREPLY=($(compgen -W "{values}" -- "$cur")); return;;')
        cases.append(f"        {name})\n          case \"$prev\" in\n" + "\n".join(choices)
                     + ("\n" if choices else "")
                     + f'          esac\n          COMPREPLY=($(compgen -W "{opts}" -- "$cur"))\n'
                     f'          [[ $cur == -* ]] || COMPREPLY+=($(compgen -f -- "$cur"));;')
    return f"""# bash completion for {PROG} (generated from its parser by packaging/cli_docs.py)
_{PROG.replace("-", "_")}() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}" command=""
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${{COMP_WORDS[i]}}" in -*) ;; *) command="${{COMP_WORDS[i]}}"; break;; esac
    done
    case "$command" in
        "")
          COMPREPLY=($(compgen -W "{top}" -- "$cur"))
          [[ $cur == -* ]] || COMPREPLY+=($(compgen -f -- "$cur"));;
{chr(10).join(cases)}
        *) COMPREPLY=($(compgen -f -- "$cur"));;
    esac
}}
complete -o filenames -F _{PROG.replace("-", "_")} {PROG}
"""


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{PROG}.1").write_text(manpage(), encoding="utf-8")
    (folder / f"{PROG}.bash").write_text(bash_completion(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
