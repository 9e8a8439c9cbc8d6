"""Writing an import's result as a pack folder that validates on its own, and its report as CSV.

A new folder is written complete in a temporary sibling, validated with the real loader, then renamed
into place: a crash or a bug never leaves half a pack. Re-importing into a folder that an earlier import
made replaces its files one by one (each atomically, the descriptor last), so a window watching the
folder reloads the new version.
"""

from __future__ import annotations

import csv
import io
import json
import operator
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from explorer.atomic_write import (
    FolderSync,
    OutputRefused,
    check_output_path,
    publish_folder,
    write_atomic,
)
from explorer.data.pack_domains import Domain, write_domains
from explorer.data.pack_loader import check_pack_files
from explorer.data.pack_schema import FORMAT_VERSION, RESOURCE_BY_NAME, RESOURCES
from explorer.data.pack_source import DESCRIPTOR
from explorer.data.pack_writer import created_datetime, resource_descriptor
from explorer.data.problems import PackInvalid
from explorer.domain.cell_safety import neutralise
from explorer.importing.engine import ImportCancelled, ImportResult, slugify
from explorer.importing.source_table import gc_paused

IMPORT_KEY = "briefing_import"  # descriptor key marking a folder an import wrote (safe to replace)
REPORT_COLUMNS = ("row", "column", "field", "status", "reason", "found", "code", "hint")
REQUIRED = ("actors", "sources", "events", "indicators", "observations")


class ImportWriteError(Exception):
    """The pack could not be written (folder in the way, disk full, or a bug made it invalid)."""


FAST_CSV = True  # write a table's text by joins where it can (False: the csv writer, for tests)
SYNC_WHILE_CHECKING = True  # a new pack's files synced while they are checked (False: after, for tests)


def _joined_rows(columns: list[str], rows: list[dict[str, str]]) -> str | None:
    """The lines ``csv.writer`` writes for ``rows`` (records carrying every column, text only), made
    column by column with joins: a column holding no comma, quote or line feed is taken as it is,
    one that does has those cells quoted as the writer quotes them (QUOTE_MINIMAL with the
    lineterminator "\n": a comma, a quote or a line feed). None (the caller uses the
    writer) when a record lacks a column, a cell is not text or holds a carriage return (whose
    quoting differs between Python versions) or a NUL."""
    cols: list[Any] = []
    try:  # (KeyError: a record without one of the columns)
        for col in zip(*map(operator.itemgetter(*columns), rows)):
            joined = "\x00".join(col)  # (TypeError: a cell that is not text)
            if "\r" in joined or joined.count("\x00") != len(col) - 1:
                return None
            if '"' in joined or "\n" in joined:
                cols.append(['"' + v.replace('"', '""') + '"' if ("," in v or '"' in v or "\n" in v)
                             else v for v in col])
            elif "," in joined:  # (titles, summaries) commas only: no quote to double
                cols.append(['"' + v + '"' if "," in v else v for v in col])
            else:
                cols.append(col)
    except (TypeError, KeyError):
        return None
    return "\n".join(map(",".join, zip(*cols))) + "\n"


def _write_csv(out: IO[str], columns: list[str], rows: list[dict[str, str]]) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    if len(columns) > 1:
        text = _joined_rows(columns, rows) if FAST_CSV and rows else None
        if text is not None:
            out.write(text)
            return
        wanted = set(columns)
        if all(r.keys() >= wanted for r in rows):
            w.writerows(map(operator.itemgetter(*columns), rows))  # records carry every column: C per row
            return
    for r in rows:
        w.writerow([r.get(c, "") for c in columns])


def _csv_bytes(columns: list[str], rows: list[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    _write_csv(buf, columns, rows)
    return buf.getvalue().encode("utf-8")


def _pack_tables(result: ImportResult) -> dict[str, list[dict[str, str]]]:
    tables: dict[str, list[dict[str, str]]] = {name: [] for name in REQUIRED}
    tables[result.kind] = result.records
    if result.kind == "actors":
        known = {r["id"] for r in result.records}
        tables["actors"] = result.records + [a for a in result.actors if a["id"] not in known]
    else:
        tables["actors"] = list(result.actors)
    tables["sources"] = list(result.sources)
    tables["indicators"] = list(result.indicators)
    return tables


def pack_files(result: ImportResult) -> dict[str, bytes]:
    """File name -> bytes for every resource of the imported pack (descriptor excluded)."""
    out: dict[str, bytes] = {}
    for name, rows in _pack_tables(result).items():
        spec = RESOURCE_BY_NAME[name]
        out[spec.filename] = _csv_bytes([c.name for c in spec.columns], rows)
    return out


def _write_pack_files(result: ImportResult, folder: Path) -> dict[str, bytes]:
    """``pack_files`` written into ``folder``; file name -> the bytes written, kept so the pack is
    validated from exactly these bytes without reading them back. Each table is encoded once (its
    text is dropped as soon as its bytes exist)."""
    written: dict[str, bytes] = {}
    for name, rows in _pack_tables(result).items():
        spec = RESOURCE_BY_NAME[name]
        data = _csv_bytes([c.name for c in spec.columns], rows)
        (folder / spec.filename).write_bytes(data)
        written[spec.filename] = data
    return written


def _descriptor(meta: dict, written: dict[str, bytes]) -> bytes:
    """The ``datapackage.json`` that ``pack_writer.write_descriptor`` writes for a folder holding the
    files ``written`` (name -> bytes), made from those bytes: the staging folder is renamed into
    place whole, so its descriptor needs no atomic write of its own (nor the fsync that costs)."""
    resources = [resource_descriptor(r, next(csv.reader([written[r.filename].partition(b"\n")[0]
                                                          .decode("utf-8-sig")]), []))
                 for r in RESOURCES if r.filename in written]
    desc = {"profile": "tabular-data-package", "briefing_pack_format": FORMAT_VERSION, **meta,
            "resources": resources}
    if "created" in desc:
        desc["created"] = created_datetime(desc["created"])
    return (json.dumps(desc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def pack_meta(result: ImportResult) -> dict:
    m = result.mapping
    t = result.table
    name = m.pack_name or slugify(t.path.stem, 40) or "imported"
    return {
        "name": name,
        "title": m.pack_title or f"{t.path.name} (imported)",
        "version": result.imported_at,
        "created": result.imported_at,
        "description": (f"{len(result.records)} {result.kind} rows imported from {t.path.name} on "
                        f"{result.imported_at[:10]}."),
        "licenses": [],
        "sources": [{"title": t.path.name, "sha256": t.sha256, "imported": result.imported_at}],
        IMPORT_KEY: {
            "file": t.path.name, "sha256": t.sha256, "imported": result.imported_at,
            "file_kind": t.file_kind, "encoding": t.encoding, "delimiter": t.delimiter,
            "header_row": t.header_row, "sheet": t.sheet, "mapping": m.to_json_dict(),
            "rows_read": result.rows_read, "rows_rejected": result.rejected_rows,
            "rows_skipped": result.skipped_rows,
        },
    }


def _is_import_folder(folder: Path) -> bool:
    try:
        desc = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(desc, dict) and IMPORT_KEY in desc


def write_import_pack(result: ImportResult, out: str | Path,
                      cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the pack to ``out`` (a folder) and check it loads; return the folder.

    ``cancelled``: asked once more just before the pack is put in place; if it is true by then,
    nothing is published (``ImportCancelled``) and the staging folder is removed."""
    target = Path(out)
    files = [RESOURCE_BY_NAME[name].filename for name in REQUIRED]  # what _write_pack_files writes
    meta = pack_meta(result)
    if target.exists() and not target.is_dir():
        raise ImportWriteError(f"{target}: a file is in the way; choose a folder for the pack")
    replacing = target.is_dir() and any(target.iterdir())
    if replacing and not _is_import_folder(target):
        raise ImportWriteError(f"{target}: the folder is not empty and was not written by an import; "
                               "choose another folder")
    if replacing:  # re-importing a pack's own file into that pack would replace what is being read
        for fname in (*files, DESCRIPTOR, *(spec.filename for spec in RESOURCE_BY_NAME.values())):
            try:
                check_output_path(target / fname, inputs=[result.table.path])
            except OutputRefused as e:
                raise ImportWriteError(f"{target}: the pack would replace the file being imported "
                                       f"({e.why}); choose another folder") from None
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    sync: FolderSync | None = None
    try:
        # The cyclic collector paused while the tables are written and checked (as while they were
        # read and mapped): the check makes ~15 objects per row and leaves a few dozen cycles per
        # pack, so the collections it set off only walked live objects (1 ms at 5,000 rows, 9 at
        # 20,000); those few cycles are collected with the next collection.
        with gc_paused():
            written = _write_pack_files(result, staging)
        if result.domains:  # the pack's own domains (pack format 3), declared before the descriptor
            try:
                path = write_domains(staging, [Domain(**d) for d in result.domains])
            except ValueError as e:
                raise ImportWriteError(f"the new domains cannot be declared: {e}") from None
            written[path.name] = path.read_bytes()
        files = list(written)
        written[DESCRIPTOR] = _descriptor(meta, written)
        (staging / DESCRIPTOR).write_bytes(written[DESCRIPTOR])
        if not replacing and SYNC_WHILE_CHECKING:  # the disk's waits overlap the check
            sync = FolderSync(staging)
        try:
            # Every check load_pack runs, on exactly the bytes just written, from memory: the CSVs
            # are not read back and re-parsed from disk, no Pack is built and no cache entry made.
            with gc_paused():
                check_pack_files(str(staging), written)
        except PackInvalid as e:  # the engine should never produce this: say so plainly
            raise ImportWriteError("the imported rows do not make a valid pack (a bug in the importer; "
                                   f"nothing was written):\n{e.report()}") from None
        if cancelled is not None and cancelled():  # the user said stop while it was being written
            raise ImportCancelled()
        if not replacing:
            if target.is_dir():
                target.rmdir()
            publish_folder(staging, target, sync)  # files and rename on disk: a power cut never
            return target                          # publishes a pack with empty files
        for fname in files:
            write_atomic(target / fname, written[fname])
        write_atomic(target / DESCRIPTOR, written[DESCRIPTOR])
        for spec in RESOURCE_BY_NAME.values():  # a resource the new import no longer has
            if spec.filename not in files and (target / spec.filename).exists():
                (target / spec.filename).unlink()
        return target
    except OSError as e:
        raise ImportWriteError(f"{target}: cannot write the pack ({e.strerror or e})") from None
    finally:
        if sync is not None:
            sync.join()  # (no fsync still running on a file about to be removed)
        shutil.rmtree(staging, ignore_errors=True)


def report_rows(result: ImportResult) -> list[dict[str, str]]:
    return [{"row": str(i.row), "column": i.column, "field": i.field, "status": i.status,
             "reason": i.reason, "found": i.found, "code": i.code, "hint": i.hint} for i in result.issues]


def write_report_csv(result: ImportResult, path: str | Path) -> Path:
    """Every row not taken (and every note on how a value was read), one per line, spreadsheet-safe."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(REPORT_COLUMNS)
    for r in report_rows(result):
        w.writerow([neutralise(r[c]) for c in REPORT_COLUMNS])
    p = Path(path)
    write_atomic(p, buf.getvalue().encode("utf-8-sig"))  # BOM: spreadsheets then read UTF-8
    return p


def report_path_for(pack_folder: Path) -> Path:
    """Where the CLI writes the report: beside the pack folder."""
    return pack_folder.with_name(pack_folder.name + ".import-report.csv")
