"""Headless ``export``, ``deck`` and ``note`` commands: no display needed (Qt runs offscreen).

Parsed by the one command-line parser (``explorer.cli.build_parser``), run here.

    briefing-explorer export --view VIEW.json --out FILE [--format F] [--marking TEXT]
                             [--size 1920x1080] [--scale 2] [--pack PATH] [--labels en|ja|both]
    briefing-explorer export --from-receipt EXPORTED_FILE --out NEW_FILE [--format F] [--pack-dir DIR]
                             (a view, or a whole briefing from a deck's receipt)
    briefing-explorer deck BRIEFING.json --out deck.pptx|deck.pdf [--marking TEXT] [--labels en|ja|both]
    briefing-explorer note BRIEFING.json --out note.docx|note.pdf [--marking TEXT] [--paper a4|letter]
                           [--labels en|ja|both]

Exit codes as for the other commands: 0 written, 1 a pack or view that cannot be used (the
problems are listed), 2 bad command-line usage (one line).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from explorer.atomic_write import OutputRefused, check_output_path
from explorer.cli import PROG, UsageError, build_parser
from explorer.data.problems import PackInvalid
from explorer.export.pack_finder import PackIdentity, find_pack
from explorer.export.view_state import (
    FORMATS,
    ExportOptions,
    Receipt,
    ViewError,
    marking_problem,
    read_view_file,
)


def _ensure_gui_application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from explorer.qt.qt_messages import drop_offscreen_noise

    running = QApplication.instance()
    if running is not None:
        return running
    app = QApplication(sys.argv[:1])
    drop_offscreen_noise(app_was_ours=True)
    from explorer.qt import collector

    collector.start(app)  # no cyclic pass inside a Qt call here either (hazard 19)
    return app


def _require_marking(exporting, command: str, marking: str) -> None:
    """The "marking required" setting, as a usage error naming the option to add. Settings that
    cannot be read, when the marking would come from them, refuse the export (exit 1, saying why
    and where the file is): it must not fall back to writing unmarked output."""
    try:
        warnings = exporting.require_marking_if_set(marking)
    except exporting.MarkingRequired as e:
        for warning in e.warnings:
            print(f"{PROG}: warning: {warning}", file=sys.stderr)
        raise UsageError(f"{PROG} {command}: a handling marking is required (settings); "
                         "add --marking") from None
    for warning in warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)


def _check_marking_option(args) -> None:
    """``--marking`` with no visible character (spaces, zero-width, control) is refused as empty."""
    marking = getattr(args, "marking", None)
    if marking is not None and marking.strip():
        problem = marking_problem(marking.strip())
        if problem:
            raise UsageError(f"{PROG} {args.command}: --{problem}")


def main(argv: Sequence[str]) -> int:
    try:
        args = build_parser().parse_args(list(argv))
        _check_marking_option(args)
        # before anything is read: never over an input of this command, regular files only
        check_output_path(args.out, [x for x in (getattr(args, "view", None),
                                                 getattr(args, "from_receipt", None),
                                                 getattr(args, "briefing", None)) if x])
        _app = _ensure_gui_application()
        from explorer.qt import exporting

        if args.command == "export":
            return _export(args, exporting)
        if args.command == "note":
            return _note(args, exporting)
        return _deck(args, exporting)
    except UsageError as e:
        print(str(e).replace("\n", " "), file=sys.stderr)
        return 2
    except ViewError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1
    except PackInvalid as e:
        print(f"{e}; nothing was exported:", file=sys.stderr)
        print(e.report(), file=sys.stderr)
        return 1
    except OutputRefused as e:
        print(f"{PROG}: --out {e}; nothing was exported", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{PROG}: cannot write: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # a bug: one clear line, not a traceback in the user's terminal
        print(f"{PROG}: internal error while exporting ({type(e).__name__}: {e}); "
              "please report it with the command you ran", file=sys.stderr)
        return 1


def _format_of(out: str, given: str | None, fallback: str | None = None) -> str:
    """The extension of ``--out`` decides the format unless ``--format`` is given; the two must
    agree. Only a name without an extension leaves the choice to ``fallback`` (the view's
    default): a ``.docx`` or ``.gif`` name is never given a deck's or an image's bytes."""
    suffix = Path(out).suffix.lower().lstrip(".")
    known = suffix in FORMATS
    if given and known and given != suffix:
        raise UsageError(f"{PROG} export: --format {given} contradicts --out {out!r} "
                         f"(a .{suffix} file); change one of them")
    if given:
        return given
    if known:
        return suffix
    if fallback and not suffix:
        return fallback
    raise UsageError(f"{PROG} export: cannot tell the format from {out!r} (one of "
                     f"{', '.join('.' + f for f in FORMATS)}); change it or add --format")


def _export(args, exporting) -> int:
    if args.from_receipt:
        text = exporting.receipt_text(args.from_receipt)
        if exporting.is_deck_receipt(text):
            return _deck_from_receipt(args, exporting, text)
    pack = None  # found by a receipt's digest; else loaded from the view's path below
    if args.view:
        view, defaults = read_view_file(args.view)
        base = {"format": defaults.get("format"), "size": defaults.get("size", "1920x1080"),
                "scale": defaults.get("scale", 1), "marking": defaults.get("marking", "")}
    else:
        receipt = Receipt.from_json(text, args.from_receipt)
        view = receipt.view
        base = receipt.options.to_dict()
        if "view.filter.text" in receipt.left_out:
            print(f"{PROG}: warning: {args.from_receipt} does not record the search words of its "
                  "filter (receipts keep them only where the settings allow it: "
                  "receipt_pack_location); regenerated without them", file=sys.stderr)
        if not args.pack:  # the pack by its digest, wherever it lives now
            pack, location, warning = find_pack(
                PackIdentity(receipt.pack_name, receipt.pack_version, receipt.pack_sha256,
                             receipt.pack_location), search_dirs=args.pack_dir)
            view = replace(view, pack=location)
            if warning:
                print(f"{PROG}: warning: {warning}", file=sys.stderr)
    if args.pack:
        view = replace(view, pack=args.pack)
    if args.labels:
        view = replace(view, label_language=args.labels)
    fmt = _format_of(args.out, args.format, None if args.from_receipt else base.get("format"))
    options = ExportOptions.make(
        fmt, args.size or base.get("size") or "1920x1080",
        args.scale if args.scale is not None else base.get("scale", 1),
        args.marking if args.marking is not None else (base.get("marking") or ""),
        args.svg_text or base.get("svg_text") or "text")
    _require_marking(exporting, "export", options.marking)
    try:
        pack = pack or exporting.load_view_pack(view)
    except PackInvalid as e:  # a pack that is not there: one line naming the file and the field
        if not exporting.unopenable(e):
            raise
        raise ViewError(f"{args.view or args.from_receipt}: pack: the pack cannot be opened "
                        f"({exporting.unopenable(e)})") from None
    out = exporting.export_view(view, options, args.out, pack)
    print(f"wrote {out} ({options.format}, {view.view})")
    return 0


def _deck_from_receipt(args, exporting, text: str) -> int:
    """A whole briefing again, from a deck's receipt (PPTX or PDF by --out's extension)."""
    if Path(args.out).suffix.lower() not in (".pptx", ".pdf") or args.format not in (None, "pptx", "pdf"):
        raise UsageError(f"{PROG} export: {args.from_receipt} holds a whole briefing; "
                         "write it as .pptx or .pdf")
    if args.format and Path(args.out).suffix.lower() != f".{args.format}":
        raise UsageError(f"{PROG} export: --format {args.format} contradicts --out {args.out!r}")
    if args.marking is not None:
        _require_marking(exporting, "export", args.marking)
    out, warnings = exporting.regenerate_deck(text, args.out, where=args.from_receipt,
                                              search_dirs=args.pack_dir, marking=args.marking)
    for w in warnings:
        print(f"{PROG}: warning: {w}", file=sys.stderr)
    print(f"wrote {out} (briefing, from {args.from_receipt})")
    return 0


def _read_briefing(args, exporting, command: str):
    """The briefing a ``deck`` or ``note`` command names: it, its marking and its items."""
    from explorer.userdata.briefings import read_briefing_file

    briefing = read_briefing_file(args.briefing)
    marking = args.marking if args.marking is not None else briefing.marking
    _require_marking(exporting, command, marking)
    if not briefing.items:
        raise ViewError(f"{args.briefing}: items: the briefing has no items")
    views = [i.view if not args.labels else replace(i.view, label_language=args.labels)
             for i in briefing.items]
    return briefing, marking, [(v, i.title, i.talking_points) for v, i in zip(views, briefing.items)]


def _deck(args, exporting) -> int:
    briefing, marking, items = _read_briefing(args, exporting, "deck")
    try:
        out = exporting.export_deck(briefing.title, items, args.out, marking=marking)
    except PackInvalid as e:  # a pack that is not there: one line naming the item's field
        if not exporting.unopenable(e):
            raise
        at = next((i for i, (view, _t, _p) in enumerate(items) if view.pack == e.pack_path), None)
        field = f"items[{at}].view.pack" if at is not None else "items: a view's pack"
        raise ViewError(f"{args.briefing}: {field}: the pack cannot be opened "
                        f"({exporting.unopenable(e)})") from None
    print(f"wrote {out} ({len(items)} items)")
    return 0


def _note(args, exporting) -> int:
    from explorer.qt.briefing_note import export_note

    if Path(args.out).suffix.lower() not in (".docx", ".pdf"):
        raise UsageError(f"{PROG} note: --out must end in .docx or .pdf (found {args.out!r})")
    briefing, marking, items = _read_briefing(args, exporting, "note")
    try:
        out = export_note(briefing.title, items, args.out, marking=marking, paper=args.paper,
                          label_language=exporting.shared_label_language(items))
    except ViewError as e:
        raise ViewError(f"{args.briefing}: {e}") from None
    print(f"wrote {out} (briefing note, {args.paper.upper() if args.paper == 'a4' else 'Letter'})")
    return 0
