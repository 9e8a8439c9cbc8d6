"""Rewriting a pack folder written in an older format into the current one (3).

1 -> 2: before format 2, sources and observations had one ``note`` column that mixed what a reader
may see with the pack author's working notes. The migration cannot tell the two apart, so it does
what the loader does when it reads an old pack: the old text becomes ``editor_note``, ``note`` is
added empty for the author to fill with reader-facing text, and events gain an empty ``editor_note``.
2 -> 3: events gain an empty ``involved`` column beside ``parties``, for the author to move the
actors an event only concerns or mentions into (the migration cannot tell them apart either, so
every party stays a party, as the loader reads a format-2 pack). The ``domains`` table is optional:
without it the built-in domains apply, as before.
Nothing else changes: every other cell is copied as written.

All or nothing: the pack is copied into a staging folder beside the target, rewritten there,
validated with the real loader (and checked to hold every old note as an editor's note), and only
then renamed into place. A failure at any step removes the staging folder and leaves the original
untouched. A pack already in the current format is left alone (running the migration twice is a
no-op).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import (
    FORMAT_VERSION,
    INVOLVED_FORMAT,
    NOTE_RESOURCES,
    NOTES_SPLIT_FORMAT,
    RESOURCE_BY_NAME,
)
from explorer.data.pack_source import DESCRIPTOR
from explorer.data.pack_writer import resource_descriptor
from explorer.data.problems import PackInvalid

if TYPE_CHECKING:
    import pandas as pd

# Per format step, resources that gain columns: (column to add, column its text comes from or None).
_NOTES_SPLIT: dict[str, tuple[tuple[str, str | None], ...]] = {
    **dict.fromkeys(NOTE_RESOURCES, (("editor_note", "note"), ("note", None))),
    "events": (("editor_note", None),),
}
_INVOLVED: dict[str, tuple[tuple[str, str | None], ...]] = {"events": (("involved", None),)}
# Where a new column goes: after this one when the file has it, else last.
_PLACE_AFTER = {"editor_note": "note", "involved": "parties"}


def _changes_from(version: int) -> dict[str, tuple[tuple[str, str | None], ...]]:
    steps = [_NOTES_SPLIT] if version < NOTES_SPLIT_FORMAT else []
    if version < INVOLVED_FORMAT:
        steps.append(_INVOLVED)
    out: dict[str, tuple[tuple[str, str | None], ...]] = {}
    for step in steps:
        for name, cols in step.items():
            out[name] = out.get(name, ()) + cols
    return out


class MigrationError(Exception):
    """The pack could not be migrated; the message is one line naming the file and the reason.
    Nothing was changed."""


@dataclass(frozen=True)
class MigrationResult:
    path: Path  # where the pack in the current format is
    changed: bool  # False: it already was in the current format (nothing written)
    moved_notes: int  # old notes kept as editors' notes
    from_version: int = FORMAT_VERSION  # the format it was in

    def summary(self) -> str:
        if not self.changed:
            return f"{self.path}: already in pack format {FORMAT_VERSION}; nothing to do"
        parts = [f"{self.path}: migrated to pack format {FORMAT_VERSION}"]
        if self.from_version < NOTES_SPLIT_FORMAT:
            parts.append(f"{self.moved_notes} old notes kept as editors' notes "
                         "(write reader-facing text in 'note')")
        if self.from_version < INVOLVED_FORMAT:
            parts.append("events have an empty 'involved' column (move there the actors an event "
                         "only concerns or mentions; 'parties' is for its formal parties)")
        return "; ".join(parts)


def migrate_pack(path: str | Path, out: str | Path | None = None) -> MigrationResult:
    """Rewrite the pack folder at ``path`` in the current format, in place or as a new folder ``out``.

    ``out`` must not exist. Raises MigrationError (nothing changed) if the pack is refused by the
    loader, is not a folder, or cannot be written.
    """
    folder = _pack_folder(Path(path))
    target = Path(out) if out is not None else folder
    if out is not None and target.exists():
        raise MigrationError(f"{target}: already exists; choose a new folder for --out")
    try:
        pack = load_pack(folder)
    except PackInvalid as e:
        raise MigrationError(f"{e}; the pack is refused, fix it first (briefing-explorer "
                             "validate lists the problems); nothing was changed") from None
    if pack.meta.format_version >= FORMAT_VERSION:
        if out is None:
            return MigrationResult(folder, False, 0)
        _publish(folder, target, lambda staging: None, expected_notes=None)
        return MigrationResult(target, False, 0)
    version = pack.meta.format_version
    expected = {name: _filled(pack.table(name)["editor_note"]) for name in NOTE_RESOURCES}
    moved = sum(len(v) for v in expected.values()) if version < NOTES_SPLIT_FORMAT else 0
    _publish(folder, target, lambda staging: _rewrite(staging, _changes_from(version)),
             expected_notes=expected)
    return MigrationResult(target, True, moved, version)


def _pack_folder(path: Path) -> Path:
    if path.name == DESCRIPTOR:
        path = path.parent
    if path.suffix.lower() == ".zip" and path.is_file():
        raise MigrationError(f"{path}: a zipped pack; unzip it and migrate the folder")
    if not path.is_dir():
        raise MigrationError(f"{path}: no such pack folder")
    return path


def _filled(column: pd.Series) -> list[str]:
    return [t for t in column.tolist() if t]


def _publish(folder: Path, target: Path, rewrite: Callable[[Path], None],
             expected_notes: dict[str, list[str]] | None) -> None:
    """Copy ``folder`` to a staging folder beside ``target``, ``rewrite`` it, validate it, then
    rename it into place (for an in-place migration the original is moved aside first and
    removed only once the new folder is in place)."""
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.migrating-", dir=parent))
    except OSError as e:
        raise MigrationError(f"{parent}: cannot write here ({e.strerror or e})") from None
    try:
        try:
            shutil.rmtree(staging)
            shutil.copytree(folder, staging, symlinks=True)
            rewrite(staging)
        except OSError as e:
            raise MigrationError(f"{e.filename or staging}: cannot write ({e.strerror or e})") from None
        _check(staging, expected_notes)
        _swap_in(staging, target, in_place=target == folder)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _check(staging: Path, expected_notes: dict[str, list[str]] | None) -> None:
    """The staged pack must load, in the current format, with every old note as an editor's."""
    try:
        pack = load_pack(staging)
    except PackInvalid as e:
        first = str(e.problems[0]) if e.problems else str(e)
        raise MigrationError(f"{staging}: the migrated pack did not validate ({first}); "
                             "the original is unchanged") from None
    if pack.meta.format_version != FORMAT_VERSION:
        raise MigrationError(f"{staging / DESCRIPTOR}: migrated pack is not in format {FORMAT_VERSION}")
    for name, notes in (expected_notes or {}).items():
        if _filled(pack.table(name)["editor_note"]) != notes:
            raise MigrationError(f"{name}.csv: notes were not carried over as editor_note")


def _swap_in(staging: Path, target: Path, *, in_place: bool) -> None:
    try:
        if not in_place:
            os.rename(staging, target)  # fails if target appeared meanwhile: never overwritten
            return
        aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.before-migration-", dir=target.parent))
        aside.rmdir()
        os.rename(target, aside)
        try:
            os.rename(staging, target)
        except OSError:
            os.rename(aside, target)  # put the original back
            raise
        shutil.rmtree(aside, ignore_errors=True)
    except OSError as e:
        raise MigrationError(f"{target}: cannot put the migrated pack in place "
                             f"({e.strerror or e}); the original is unchanged") from None


def _rewrite(folder: Path, changes: dict[str, tuple[tuple[str, str | None], ...]]) -> None:
    descriptor_path = folder / DESCRIPTOR
    desc = json.loads(descriptor_path.read_text(encoding="utf-8-sig"))
    for res in desc["resources"]:
        name = res.get("name") if isinstance(res, dict) else None
        if name not in changes:
            continue
        header = _rewrite_csv(folder / res["path"], changes[name])
        if isinstance(res.get("schema"), dict):  # keep the declared schema true to the new header
            res["schema"] = resource_descriptor(RESOURCE_BY_NAME[name], header)["schema"]
    desc["briefing_pack_format"] = FORMAT_VERSION
    text = json.dumps(desc, ensure_ascii=False, indent=2) + "\n"
    descriptor_path.write_text(text, encoding="utf-8")


def _rewrite_csv(path: Path, changes: tuple[tuple[str, str | None], ...]) -> list[str]:
    """Add each new column (after its ``_PLACE_AFTER`` column, else last), filled from its old
    column, whose text is then cleared; returns the new header. Quoting and cells are otherwise
    kept as text."""
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    newline = "\r\n" if "\r\n" in text.split("\n", 1)[0] + "\n" else "\n"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    columns = list(header)
    values = {c: [r[i] if i < len(r) else "" for r in body] for i, c in enumerate(header)}
    for new, old in changes:
        taken = values.get(old, [""] * len(body)) if old else [""] * len(body)
        if new not in columns:
            columns.append(new)
        values[new] = list(taken)
        if old and old in values:
            values[old] = [""] * len(body)  # moved, not copied: readers no longer see it
    # ``note`` may be moved into editor_note and then re-added: place new columns once all exist.
    for new, _old in changes:
        anchor = _PLACE_AFTER.get(new)
        if anchor in columns and new not in header:
            columns.remove(new)
            columns.insert(columns.index(anchor) + 1, new)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=newline)
    writer.writerow(columns)
    for i, r in enumerate(body):
        if not r:
            continue  # a blank line carries nothing (the loader skips it)
        writer.writerow([values[c][i] for c in columns])
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8"))
    return columns
