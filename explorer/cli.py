"""Headless commands: ``validate``, ``info`` and ``query``. No Qt is imported here.

Exit codes: 0 success, 1 the pack was refused (every problem listed), 2 bad command-line usage
(one line on stderr).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from explorer import __version__
from explorer.commands import COMMANDS, DRAWING_COMMANDS  # noqa: F401  (COMMANDS re-exported)
from explorer.data.pack import Pack
from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import DOMAINS, EVENT_KINDS, EVENT_STATUSES
from explorer.data.problems import PackInvalid
from explorer.domain.cell_safety import safe_cell
from explorer.domain.dates import PartialDate, parse_bound
from explorer.domain.errors import ValueProblem
from explorer.domain.figures import format_figure
from explorer.paths import default_pack_path
from explorer.state.filtering import filter_events, filter_observations
from explorer.state.filters import PARTNER_ROLES, Filter

PROG = "briefing-explorer"


class UsageError(Exception):
    """Bad command-line input: reported on one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see --help)")


def _date_arg(upper: bool):
    def parse(text: str) -> int:
        try:
            return parse_bound(text, upper=upper)
        except ValueProblem as e:
            raise argparse.ArgumentTypeError(str(e)) from None
    parse.__name__ = "date"
    return parse


_EPILOG = """the window:
  briefing-explorer [PATH]          open the window (on PATH, a pack folder, .zip or datapackage.json);
                                    a second launch hands PATH to the window already open
  briefing-explorer --new-instance [PATH]
                                    open another window even if one is running

Each command has its own --help. Exit status: 0 done, 1 a pack or file that cannot be used (the
problems are listed), 2 bad usage. The manual page (man briefing-explorer) lists every option."""


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Briefing Explorer: open, check and query briefing packs. "
                "Run without a command to open the window.", epilog=_EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    # Handled before parsing (``explorer.__main__``); declared so --help, the manual page and shell
    # completion list them with everything else.
    p.add_argument("--smoke-test", action="store_true",
                   help="prove an install works offline in a few seconds (opens no window)")
    p.add_argument("--new-instance", action="store_true",
                   help="open another window even if one is running")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    v = sub.add_parser("validate", help="check a pack against the format; list every problem")
    v.add_argument("path", metavar="PATH", help="pack folder or .zip")

    i = sub.add_parser("info", help="title, counts, date span, actors and indicators of a pack")
    i.add_argument("path", metavar="PATH", nargs="?", help="pack folder or .zip (default pack if omitted)")
    i.add_argument("--format", choices=("text", "json"), default="text")

    q = sub.add_parser("query", help="list events or observations with the window's filters")
    q.add_argument("what", choices=("events", "observations"))
    q.add_argument("--pack", metavar="PATH", help="pack folder or .zip (default pack if omitted)")
    q.add_argument("--partner", metavar="ID", action="append", default=[],
                   help="actor id; repeat for any of several (events: among parties, see "
                        "--partner-role; observations: reporter or partner)")
    q.add_argument("--partner-role", choices=PARTNER_ROLES, default="party",
                   help="events: 'party' (default) keeps events the partner is a formal party to; "
                        "'involved' also those it is only concerned or mentioned in (places, "
                        "targets, commentators)")
    q.add_argument("--domain", action="append", default=[], metavar="D",
                   help=f"repeat for any of several: {', '.join(DOMAINS)}, or one the pack declares "
                        "(domains.csv)")
    q.add_argument("--kind", action="append", default=[], choices=EVENT_KINDS, metavar="K",
                   help="event kind (events only)")
    q.add_argument("--status", action="append", default=[], choices=EVENT_STATUSES, metavar="S",
                   help="event status (events only)")
    q.add_argument("--from", dest="day_from", metavar="DATE", type=_date_arg(upper=False),
                   help="keep what overlaps from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
    q.add_argument("--to", dest="day_to", metavar="DATE", type=_date_arg(upper=True),
                   help="keep what overlaps up to the end of this date")
    q.add_argument("--text", metavar="WORDS", default="",
                   help="keep rows containing every word (titles, summaries, Japanese text)")
    q.add_argument("--format", choices=("table", "json", "csv"), default="table")

    sub.add_parser("doctor", help="versions, folders, fonts, known packs and the user store's health")
    _add_import_parser(sub)
    _add_diff_parser(sub)
    g = sub.add_parser("migrate", help="rewrite an older pack folder in the current pack format "
                       "(old notes become editors' notes; see docs/data-pack.md)")
    g.add_argument("path", metavar="PATH", help="pack folder (rewritten in place unless --out)")
    g.add_argument("--out", metavar="NEWPATH", help="write the migrated pack to this new folder")
    _add_drawing_parsers(sub)
    return p


def _add_drawing_parsers(sub) -> None:
    """export, deck and note: they draw with Qt (offscreen, no display needed), so
    ``explorer.__main__`` hands them to ``explorer.qt.export_commands``, which parses with this same
    parser."""
    from explorer.export.view_state import FORMATS

    e = sub.add_parser("export", help="a view or a receipt as PNG, SVG, PDF, PowerPoint, CSV or Excel",
                       description="Export one view (chart, table, timeline, event) without a display, "
                                   "or regenerate a file from the receipt an earlier export carries.")
    src = e.add_mutually_exclusive_group(required=True)
    src.add_argument("--view", metavar="VIEW.json", help="the view to export (docs/briefing-format.md)")
    src.add_argument("--from-receipt", metavar="FILE", help="regenerate from a file exported earlier")
    e.add_argument("--out", metavar="FILE", required=True)
    e.add_argument("--format", choices=FORMATS, help="default: from --out's extension")
    e.add_argument("--marking", metavar="TEXT", help="handling marking, e.g. 'RESTRICTED'")
    e.add_argument("--size", metavar="WxH", help="1920x1080, 1280x720, 4:3 or any WxH")
    e.add_argument("--scale", type=int, choices=range(1, 5), metavar="K", help="PNG pixel scale 1-4")
    e.add_argument("--pack", metavar="PATH", help="use this pack instead of the view's")
    e.add_argument("--labels", choices=("en", "ja", "both"),
                   help="data labels (names, titles, chart phrases) in English, Japanese or both; "
                        "default: the view's (a receipt's own), else English")
    e.add_argument("--svg-text", choices=("text", "paths"),
                   help="SVG: text as text (default; searchable) or as outlines (no font needed)")
    e.add_argument("--pack-dir", metavar="DIR", action="append", default=[],
                   help="with --from-receipt: also look here for the pack (by its SHA-256); repeatable")
    d = sub.add_parser("deck", help="a briefing as one PowerPoint or PDF deck")
    d.add_argument("briefing", metavar="BRIEFING.json")
    d.add_argument("--out", metavar="FILE", required=True, help="deck.pptx or deck.pdf")
    d.add_argument("--marking", metavar="TEXT", help="overrides the briefing's own marking")
    d.add_argument("--labels", choices=("en", "ja", "both"),
                   help="data labels and the deck's own words in English, Japanese or both; "
                        "default: each view's own")
    n = sub.add_parser("note", help="a briefing as a one-page Word or PDF briefing note")
    n.add_argument("briefing", metavar="BRIEFING.json")
    n.add_argument("--out", metavar="FILE", required=True, help="note.docx or note.pdf")
    n.add_argument("--marking", metavar="TEXT", help="overrides the briefing's own marking")
    n.add_argument("--labels", choices=("en", "ja", "both"),
                   help="data labels and the note's own words in English, Japanese or both; "
                        "default: the language the briefing's views share, else English")
    n.add_argument("--paper", choices=("a4", "letter"), default="a4")


def _add_diff_parser(sub) -> None:
    d = sub.add_parser(
        "diff", help="what changed between two versions of a pack (events, figures, the rest)",
        description="Events and figures added, removed or changed from OLD to NEW, field by field; "
                    "row counts for the other resources. Exit 0 when both packs loaded, changes or "
                    "not (the summary line says which; 'no changes' when none), 1 when a pack is "
                    "refused (its problems are listed on stderr), 2 for bad usage. "
                    "See docs/changes.md.")
    d.add_argument("old", metavar="OLD", help="the earlier version: pack folder, .zip or datapackage.json")
    d.add_argument("new", metavar="NEW", help="the later version: pack folder, .zip or datapackage.json")
    d.add_argument("--format", choices=("text", "json", "csv"), default="text")


def _add_import_parser(sub) -> None:
    m = sub.add_parser(
        "import", help="turn a CSV/TSV/XLSX file into a new pack (column mapping; see docs/import.md)",
        description="Import a CSV, TSV or XLSX file into a new briefing pack. Exit 0 when every row was "
                    "imported (or skipped for having no value), 1 when rows were rejected (the report "
                    "is written beside the pack), 2 for bad arguments or an unreadable file.")
    m.add_argument("file", metavar="FILE")
    m.add_argument("--kind", choices=("events", "observations", "fx_rates", "actors"))
    m.add_argument("--map", dest="maps", metavar="FIELD=COLUMN", action="append", default=[],
                   help="read FIELD from COLUMN; a date from year,month[,day] columns: start=yr,mo,dy; "
                        "a list from many columns: parties=c1..c194 or parties='c*'")
    m.add_argument("--const", dest="consts", metavar="FIELD=VALUE", action="append", default=[],
                   help="the same VALUE for every row (e.g. unit=USD, scale=6, reporter=jp)")
    m.add_argument("--mapping", metavar="MAPPING.json", help="a mapping file; other options override it")
    m.add_argument("--actor", dest="actors", metavar="TEXT=ID", action="append", default=[],
                   help="add to the actor lookup: cells reading TEXT mean actor ID")
    m.add_argument("--fallback", dest="fallbacks", metavar="FIELD=COLUMN", action="append", default=[],
                   help="a date field's second column, read where the mapped one has no date "
                        "(e.g. start=Signature)")
    m.add_argument("--new-domain", dest="new_domains", metavar="ID=LABEL", action="append", default=[],
                   help="declare a domain of the new pack (e.g. environment=Environment); map texts to it "
                        "with values.domains in a mapping file")
    m.add_argument("--create-domains", action="store_true", default=None,
                   help="a domain text nothing maps becomes a new domain named after it")
    m.add_argument("--not-missing", dest="not_missing", metavar="FIELD=TOKEN", action="append", default=[],
                   help="in FIELD, TOKEN is a value, not 'no value' (e.g. summary=NA)")
    m.add_argument("--sheet", metavar="NAME", help="XLSX sheet (default: the first)")
    m.add_argument("--header-row", type=int, metavar="N", help="row of the column names, counting from 1")
    m.add_argument("--encoding", metavar="E", help="e.g. utf-8, cp1252, shift_jis (default: detected)")
    m.add_argument("--delimiter", metavar="D", help="',', ';', 'tab' or '|' (default: detected)")
    m.add_argument("--list-separator", metavar="SEP", help="between items of list cells (default ';')")
    order = m.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_const", dest="day_order", const="day_first",
                       help="NN/NN/YYYY dates are day/month/year")
    order.add_argument("--month-first", action="store_const", dest="day_order", const="month_first",
                       help="NN/NN/YYYY dates are month/day/year")
    m.add_argument("--codes", choices=("iso-numeric", "cow"),
                   help="numbers in country-code columns are ISO 3166-1 numeric (392 = Japan) or Correlates "
                        "of War (740 = Japan) codes (default: decided per column; asked when unclear)")
    m.add_argument("--wide-periods", action="store_true", default=None,
                   help="every column whose header is a period (2001, 2001-10) becomes rows")
    m.add_argument("--missing", metavar="TOKEN|FIELD=TOKEN", nargs="+", action="extend",
                   help="cells meaning 'no value' in every column (replaces the defaults: '' .. ... n/a N/A "
                        "NA na NULL null - x :); FIELD=TOKEN: no value in that field only, even where it "
                        "reads as a country code (parties=NA: no party, not Namibia)")
    m.add_argument("--sentinel", metavar="TEXT", action="append",
                   help="a date meaning open-ended or none, e.g. 9999-12-31 or 0")
    m.add_argument("--decimal-comma", action="store_true", default=None, help="1.234,5 means 1234.5")
    m.add_argument("--period-precision", choices=("year", "month"),
                   help="cut finer periods to this (an annual file dated 1971-01-01 means 1971)")
    m.add_argument("--name", help="pack name (default: from the file name)")
    m.add_argument("--title", help="pack title")
    m.add_argument("--report", metavar="PATH", help="where to write the report CSV "
                   "(default: beside the pack, OUT.import-report.csv)")
    m.add_argument("--out", required=True, metavar="PACKDIR", help="folder for the new pack")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
        if args.command is None:
            raise UsageError(f"{PROG}: no command given (see --help)")
        if args.command in DRAWING_COMMANDS:  # they need Qt: ``explorer.__main__`` routes them
            raise UsageError(f"{PROG} {args.command}: run it as '{PROG} {args.command} …'")
        if args.command == "validate":
            return _validate(args.path, out)
        if args.command == "doctor":
            return _doctor(out)
        if args.command == "import":
            return _import(args, out, err)
        if args.command == "diff":
            return _diff(args.old, args.new, args.format, out, err)
        if args.command == "migrate":
            return _migrate(args.path, args.out, out, err)
        pack_path = (args.path if args.command == "info" else args.pack) or str(default_pack_path())
        pack = load_pack(pack_path)
        if args.command == "info":
            return _info(pack, args.format, out)
        return _query(pack, args, out)
    except UsageError as e:
        print(str(e).replace("\n", " "), file=err)
        return 2
    except PackInvalid as e:
        print(f"{e}; nothing was loaded:", file=err)
        print(e.report(), file=err)
        return 1
    except BrokenPipeError:  # `... | head` closed the pipe: not an error for the user
        return 0


def _validate(path: str, out: TextIO) -> int:
    try:
        pack = load_pack(path)
    except PackInvalid as e:
        print(f"{e}; the pack is refused:", file=out)
        print(e.report(), file=out)
        return 1
    counts = pack.counts()
    parts = ", ".join(f"{n} {name}" for name, n in counts.items() if pack.has(name))
    print(f"OK {path}: {pack.meta.title} (version {pack.meta.version or '-'}): {parts}", file=out)
    return 0


def _diff(old_path: str, new_path: str, fmt: str, out: TextIO, err: TextIO) -> int:
    """Exit 0 whether or not anything changed, so that 1 keeps meaning "a pack was refused" as in
    every other command; the summary line (JSON: "summary") says whether there are changes."""
    from explorer.data.pack_diff import diff_packs

    packs = []
    for label, path in (("OLD", old_path), ("NEW", new_path)):
        try:
            packs.append(load_pack(path))
        except PackInvalid as e:  # load both either way, so one run lists every problem
            print(f"{label} {e}; the pack is refused:", file=err)
            print(e.report(), file=err)
    if len(packs) < 2:
        return 1
    diff = diff_packs(*packs)
    if fmt == "json":
        json.dump(diff.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        diff.write_csv(out)
    else:
        out.write(diff.to_text())
    return 0


def _migrate(path: str, new_path: str | None, out: TextIO, err: TextIO) -> int:
    """Exit 0 migrated or already current, 1 when the pack is refused or cannot be written."""
    from explorer.data.pack_migration import MigrationError, migrate_pack

    try:
        print(migrate_pack(path, new_path).summary(), file=out)
    except MigrationError as e:
        print(str(e).replace("\n", " "), file=err)
        return 1
    return 0


def _doctor(out: TextIO) -> int:
    """Everything support needs in one screen; exit 1 if something is wrong."""
    import importlib.metadata as md
    import os
    import platform
    import shutil
    import subprocess

    from explorer.paths import resources_path
    from explorer.userdata import locations
    from explorer.userdata.settings import Settings

    w = out.write
    healthy = True
    w(f"Briefing Explorer {__version__} on Python {platform.python_version()}, {platform.platform()}\n")
    for dist in ("PySide6-Essentials", "pyqtgraph", "pandas", "numpy", "python-pptx", "XlsxWriter",
                 "platformdirs", "superqt"):
        try:
            w(f"  {dist:<20}{md.version(dist)}\n")
        except md.PackageNotFoundError:
            w(f"  {dist:<20}MISSING\n")
            healthy = False
    healthy = _doctor_import_readers(w) and healthy
    w("Folders:\n")
    for label, path in (("config", locations.config_dir()), ("data", locations.data_dir()),
                        ("cache", locations.cache_dir()), ("log", locations.log_dir()),
                        ("resources", resources_path())):
        w(f"  {label:<10}{path}{'' if path.exists() else '  (not created yet)'}\n")
    w("Fonts:\n")
    bundled = sorted((resources_path() / "fonts").glob("*.otf"))
    for f in bundled:
        w(f"  bundled   {f.name} ({f.stat().st_size / 1e6:.1f} MB)\n")
    if not bundled:
        w("  bundled   NONE: Japanese text may show as boxes\n")
        healthy = False
    if shutil.which("fc-list"):
        env = dict(os.environ)
        if "LD_LIBRARY_PATH_ORIG" in env:  # the frozen app's loader path must not leak into fc-list
            env["LD_LIBRARY_PATH"] = env["LD_LIBRARY_PATH_ORIG"]
        elif getattr(sys, "frozen", False):
            env.pop("LD_LIBRARY_PATH", None)
        found = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True, text=True,
                               timeout=20, env=env).stdout.split("\n")
        families = sorted({f.split(",")[0] for f in found if f.strip()})
        w(f"  system Japanese fonts: {', '.join(families[:6]) or 'none (the bundled font is used)'}\n")
    settings = Settings()
    if settings.problem:
        w(f"  settings: {settings.problem}\n")
    w("".join(f"  {line}\n" for line in settings.report()))
    w("Packs:\n")
    for pack_path in dict.fromkeys([str(default_pack_path()), *settings.recent_packs()]):
        try:
            pack = load_pack(pack_path)
            w(f"  OK      {pack.meta.name} v{pack.meta.version}  sha256 {pack.meta.digest}\n"
              f"          {pack_path}\n")
        except PackInvalid as e:
            w(f"  REFUSED {pack_path}: {len(e.problems)} problem(s), first: {e.problems[0]}\n")
            healthy = healthy and pack_path != str(default_pack_path())
    w("User store:\n")
    try:
        from explorer.userdata.store import store_report
    except ImportError:  # older layout without the consolidated store
        store_report = None  # type: ignore[assignment]
    if store_report is not None:
        for line in store_report():
            w(f"  {line}\n")
            healthy = healthy and "FAIL" not in line and "damaged" not in line.lower()
    w("Everything looks fine.\n" if healthy else "Some checks failed (see above).\n")
    return 0 if healthy else 1


# What `import` reads files with: lxml streams XLSX sheets; openpyxl (with et_xmlfile) reads the
# workbooks the streaming reader hands over, and parses safely only when defusedxml imports.
IMPORT_READERS = (("lxml", "lxml.etree"), ("openpyxl", "openpyxl"), ("et-xmlfile", "et_xmlfile"),
                  ("defusedxml", "defusedxml"))


def _doctor_import_readers(w) -> bool:
    """List the import's readers by version, each actually imported: an install (a frozen one
    above all) can carry a package's metadata without its code. False if one is unusable."""
    import importlib
    import importlib.metadata as md

    healthy = True
    w("Import readers:\n")
    for dist, module in IMPORT_READERS:
        try:
            version = md.version(dist)
        except md.PackageNotFoundError:
            version = "(no metadata)"
        try:
            importlib.import_module(module)
        except ImportError as e:
            w(f"  {dist:<20}{version}  CANNOT BE IMPORTED ({e}): some workbooks will not import\n")
            healthy = False
            continue
        w(f"  {dist:<20}{version}\n")
    if healthy:
        import openpyxl.xml

        if not openpyxl.xml.DEFUSEDXML:
            w("  openpyxl does not see defusedxml: workbooks would be parsed unguarded\n")
            healthy = False
    return healthy


def _info(pack: Pack, fmt: str, out: TextIO) -> int:
    span = pack.event_span()
    actors = [
        {"id": r["id"], "name": r["name"], "name_ja": r["name_ja"], "kind": r["kind"]}
        for r in pack.actors.to_dict("records")
    ]
    indicators = [
        {"id": r["id"], "name": r["name"], "domain": r["domain"], "measure": r["measure"]}
        for r in pack.indicators.to_dict("records")
    ]
    info: dict[str, Any] = {
        "title": pack.meta.title,
        "name": pack.meta.name,
        "version": pack.meta.version,
        "created": pack.meta.created,
        "location": pack.meta.location,
        "licenses": [lic.get("title") or lic.get("name", "") for lic in pack.meta.licenses],
        "counts": {k: v for k, v in pack.counts().items() if pack.has(k)},
        "absent": [k for k in Pack.RESOURCE_NAMES if not pack.has(k)],
        "span": [span[0].iso(), span[1].iso()] if span else None,
        "actors": actors,
        "indicators": indicators,
    }
    if fmt == "json":
        json.dump(info, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    w = out.write
    w(f"{info['title']}\n")
    w(f"  version {info['version'] or '-'}, created {info['created'] or '-'}, "
      f"from {info['location']}\n")
    if info["licenses"]:
        w(f"  licence: {'; '.join(info['licenses'])}\n")
    if span:
        w(f"  events span {span[0].display()} to {span[1].display()}\n")
    w("Counts:\n")
    for name, n in info["counts"].items():
        w(f"  {name:<13}{n:>8}\n")
    for name in info["absent"]:
        w(f"  {name:<13}{'absent':>8}\n")
    w(f"Actors ({len(actors)}):\n")
    for a in actors:
        ja = f" / {a['name_ja']}" if a["name_ja"] else ""
        w(f"  {a['id']:<16}{a['name']}{ja} [{a['kind']}]\n")
    w(f"Indicators ({len(indicators)}):\n")
    for ind in indicators:
        w(f"  {ind['id']:<28}{ind['name']} [{ind['domain']}, {ind['measure']}]\n")
    return 0


def _query(pack: Pack, args: argparse.Namespace, out: TextIO) -> int:
    known = set(pack.actors["id"])
    unknown = [p for p in args.partner if p not in known]
    if unknown:
        raise UsageError(f"{PROG} query: unknown partner {unknown[0]!r}; "
                         f"known actors: {', '.join(sorted(known))}")
    unknown = [d for d in args.domain if d not in pack.domain_ids]
    if unknown:
        raise UsageError(f"{PROG} query: unknown domain {unknown[0]!r}; "
                         f"this pack's domains: {', '.join(pack.domain_ids)}")
    if args.day_from is not None and args.day_to is not None and args.day_to < args.day_from:
        raise UsageError(f"{PROG} query: --to is before --from")
    f = Filter().with_changes(
        partners=args.partner, domains=args.domain, kinds=args.kind, statuses=args.status,
        day_from=args.day_from, day_to=args.day_to, text=args.text, partner_role=args.partner_role,
    )
    if args.what == "events":
        rows = _event_records(pack, filter_events(pack, f))
        columns = ["id", "start", "end", "title", "kind", "status", "parties", "domains", "sources"]
        if args.partner_role == "involved":  # show why an event the partner is not party to is listed
            columns.insert(columns.index("parties") + 1, "involved")
    else:
        if args.kind or args.status:
            raise UsageError(f"{PROG} query: --kind and --status apply to events only")
        rows = _observation_records(pack, filter_observations(pack, f))
        columns = ["indicator_id", "reporter", "partner", "period", "figure", "source_id", "note"]
    _write_records(rows, columns, args.format, out)
    return 0


def _event_records(pack: Pack, rows) -> list[dict]:
    ev = pack.events.iloc[rows]
    records = []
    for r in ev.to_dict("records"):
        start: PartialDate = r["start_date"]
        end: PartialDate | None = r["end_date"]
        records.append({
            "id": r["id"], "start": start.iso(), "start_display": start.display(),
            "end": end.iso() if end else "", "end_display": end.display() if end else "",
            "title": r["title"], "title_ja": r["title_ja"], "kind": r["kind"],
            "status": r["status"], "parties": r["parties"], "involved": r["involved"],
            "domains": r["domains"],
            "summary": r["summary"], "sources": r["source_ids"],
        })
    return records


def _observation_records(pack: Pack, rows) -> list[dict]:
    obs = pack.observations.iloc[rows]
    records = []
    for r in obs.to_dict("records"):
        records.append({
            "indicator_id": r["indicator_id"], "reporter": r["reporter"], "partner": r["partner"],
            "period": r["period"], "qualifier": r["qualifier"], "value": r["value"],
            "unit": r["unit"], "scale": int(r["scale"]), "price_basis": r["price_basis"],
            "figure": format_figure(r["value"], r["unit"], int(r["scale"]), r["qualifier"]),
            "source_id": r["source_id"], "note": r["note"], "note_ja": r["note_ja"],
        })
    return records


def _write_records(records: list[dict], columns: list[str], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(records[0]) if records else columns,
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: safe_cell(v) for k, v in r.items()} for r in records)  # no live formulas
    else:
        _write_table(records, columns, out)


def _write_table(records: list[dict], columns: list[str], out: TextIO, max_width: int = 48) -> None:
    def cell(v: object) -> str:
        text = str(v)
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(r[c]) for c in columns] for r in records]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(records)} row{'s' if len(records) != 1 else ''})\n")


def _pairs(items: list[str], option: str) -> list[tuple[str, str]]:
    out = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"{PROG} import: {option} {item!r}: expected NAME=VALUE")
        out.append((key.strip(), value))
    return out


def import_mapping_from_args(args: argparse.Namespace):
    """The mapping the command line describes: a mapping file (if any) overridden by the options."""
    from explorer.importing.mapping import ImportMapping, MappingError

    try:
        base = ImportMapping.load(args.mapping) if args.mapping else None
    except MappingError as e:
        raise UsageError(f"{PROG} import: {e}") from None
    if base is None:
        if not args.kind:
            raise UsageError(f"{PROG} import: say what the file holds with --kind (or give --mapping)")
        base = ImportMapping(kind=args.kind)
    cli_maps = {f: (tuple(x.strip() for x in c.split(",")) if "," in c and f in _DATE_FIELDS else (c,))
                for f, c in _pairs(args.maps, "--map")}
    cli_consts = dict(_pairs(args.consts, "--const"))
    # The command line wins over the mapping file, field by field.
    columns = {f: c for f, c in base.columns.items() if f not in cli_consts} | cli_maps
    constants = {f: v for f, v in base.constants.items() if f not in cli_maps} | cli_consts
    actors = dict(base.actors) | dict(_pairs(args.actors, "--actor"))
    global_missing, missing_in, cli_missing_in = _split_missing(args.missing, args.kind or base.kind, base)
    # --missing FIELD=TOKEN overrides the file's not_missing for that token, as options do
    not_missing = {f: tuple(x for x in t if x not in cli_missing_in.get(f, ()))
                   for f, t in base.not_missing.items()}
    for f, token in _pairs(args.not_missing, "--not-missing"):
        not_missing[f] = (*not_missing.get(f, ()), token)
    delimiter = args.delimiter
    if delimiter is not None and delimiter.lower() in ("tab", "\\t"):
        delimiter = "\t"
    changes = {
        "kind": args.kind or base.kind, "columns": columns, "constants": constants, "actors": actors,
        "not_missing": not_missing, "missing_in": missing_in, "fallbacks": dict(base.fallbacks) | dict(_pairs(args.fallbacks, "--fallback")),
        "new_domains": base.new_domains + tuple((i, label, "", "") for i, label in _pairs(args.new_domains,
                                                                                          "--new-domain")),
        "create_domains": base.create_domains if args.create_domains is None else True,
        "sheet": args.sheet if args.sheet is not None else base.sheet,
        "header_row": args.header_row if args.header_row is not None else base.header_row,
        "encoding": args.encoding or base.encoding,
        "delimiter": delimiter or base.delimiter,
        "list_separator": args.list_separator or base.list_separator,
        "day_order": args.day_order or base.day_order,
        "codes": args.codes or base.codes,
        "sentinels": tuple(args.sentinel) if args.sentinel else base.sentinels,
        "missing": global_missing,
        "decimal_comma": base.decimal_comma if args.decimal_comma is None else True,
        "wide_periods": base.wide_periods if args.wide_periods is None else True,
        "period_precision": args.period_precision or base.period_precision,
        "pack_name": args.name or base.pack_name, "pack_title": args.title or base.pack_title,
    }
    mapping = base.with_changes(**changes)
    try:
        mapping.check()
    except MappingError as e:
        raise UsageError(f"{PROG} import: {e}") from None
    return mapping


_DATE_FIELDS = ("start", "end", "period", "published")


def _split_missing(items: list[str] | None, kind: str, base):
    """``--missing`` items: FIELD=TOKEN (FIELD a field of ``kind``) is "no value" in that field only;
    any other item is a token for every column, and those replace the default list. Returns the
    every-column tokens, field -> tokens (the file's and the command line's) and the command line's."""
    from explorer.data.pack_schema import RESOURCE_BY_NAME

    fields = {c.name for c in RESOURCE_BY_NAME[kind].columns} if kind in RESOURCE_BY_NAME else set()
    cli: dict[str, tuple[str, ...]] = {}
    plain: list[str] = []
    for item in items or ():
        f, sep, token = item.partition("=")
        if sep and f.strip() in fields:
            cli[f.strip()] = (*cli.get(f.strip(), ()), token.strip())
        else:
            plain.append(item)
    missing_in = {f: tuple(t) for f, t in base.missing_in.items()}
    for f, tokens in cli.items():
        missing_in[f] = (*missing_in.get(f, ()), *(t for t in tokens if t not in missing_in.get(f, ())))
    return (tuple(plain) if plain else base.missing), missing_in, cli


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from explorer.atomic_write import OutputRefused, check_output_path
    from explorer.importing.engine import run_import
    from explorer.importing.mapping import MappingError
    from explorer.importing.pack_builder import (
        ImportWriteError,
        report_path_for,
        write_import_pack,
        write_report_csv,
    )
    from explorer.importing.source_table import ReadOptions, SourceFileError, read_table

    mapping = import_mapping_from_args(args)
    try:  # before reading anything: the report must not replace the input, a folder or a device
        if args.report:
            check_output_path(args.report, inputs=[args.file])
    except OutputRefused as e:
        raise UsageError(f"{PROG} import: --report {e}") from None
    try:
        table = read_table(args.file, ReadOptions(encoding=mapping.encoding, delimiter=mapping.delimiter,
                                                  header_row=mapping.header_row, sheet=mapping.sheet))
        result = run_import(table, mapping)
        folder = write_import_pack(result, args.out)
    except (SourceFileError, MappingError, ImportWriteError) as e:
        raise UsageError(f"{PROG} import: {e}") from None
    except LookupError as e:  # an encoding name Python does not know
        raise UsageError(f"{PROG} import: {e}") from None
    print(result.summary(), file=out)
    for finding in result.column_findings:  # how missing tokens were read, and columns mostly missing
        print(f"  {finding.line()}", file=out)
    for codes in result.code_systems:  # ISO numeric or Correlates of War, per column
        print(f"  {codes.line()}", file=out)
    print(f"Pack written to {folder}", file=out)
    for c in result.created:
        if c.resource in ("actors", "indicators") and not c.origin:  # actors made via the lookup: not listed
            print(f"  created {c.resource[:-1]} {c.id!r} ({c.name}): {c.how}", file=out)
    report = Path(args.report) if args.report else report_path_for(folder)
    if result.issues or args.report:
        try:
            check_output_path(report, inputs=[args.file])
            write_report_csv(result, report)
        except OSError as e:
            raise UsageError(f"{PROG} import: the report cannot be written: {e}") from None
        print(f"Report: {report}", file=out)
    rejected = result.rejected()
    for issue in rejected[:20]:
        print(issue.line(table.path.name), file=err)
    if len(rejected) > 20:
        print(f"… and {len(rejected) - 20} more rejected (see the report)", file=err)
    return 1 if rejected else 0
