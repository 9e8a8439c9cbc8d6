"""Turning the bytes of a pack CSV into a table of strings, or precise problems.

pandas' C parser reads the values (fast at 10^6 rows) but hides structure: short rows are padded and
duplicate headers renamed. A field-count pass with the stdlib ``csv`` module (about 0.8 s per 10^6
rows) finds ragged rows with their exact row numbers, so nothing is silently padded or shifted.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.data.pack_schema import LoadLimits
from explorer.data.problems import ProblemLog

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
)
_PANDAS_LINE_RE = re.compile(r"(?:line|row) (\d+)")
_HEADER_MAX_CHARS = 4 << 20  # the header row is looked for in the first 4 MB of text


@dataclass
class RawTable:
    """Cells as text. ``rows[i]`` is the spreadsheet row number of ``frame`` row i (header = 1)."""

    file: str
    header: list[str]
    frame: pd.DataFrame
    rows: np.ndarray


def decode_text(file: str, data: bytes, log: ProblemLog) -> str | None:
    """UTF-8 text with a UTF-8 BOM tolerated; None (and a problem) for anything else."""
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            log.add(file, 1, None, f"file is {name}; save it as UTF-8", f"byte order mark {bom!r}")
            return None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        line_start = data.rfind(b"\n", 0, e.start) + 1
        col = len(data[line_start:e.start].decode("utf-8", "replace")) + 1
        bad = data[e.start:e.start + 4]
        hint = " (it looks like Windows-1252 or Latin-1)" if bad[:1] >= b"\x80" else ""
        log.add(file, line, None,
                f"not valid UTF-8 at character {col} of the line{hint}; save the file as UTF-8",
                repr(bad))
        return None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        log.add(file, line, None, "file contains a NUL character (is it a binary file?)", "\\x00")
        return None
    return text


def parse_table(file: str, data: bytes, log: ProblemLog,
                limits: LoadLimits | None = None) -> RawTable | None:
    """Parse a pack CSV into strings; None (with problems logged) if its structure is broken.

    Bounded before pandas sees the file: a header wider than ``limits.max_columns`` or a cell longer
    than ``limits.max_cell_chars`` is refused with its row (an 870 KB file of 10^5 columns took
    minutes), and every structural error names its row.
    """
    limits = limits or LoadLimits()
    if not data.strip(codecs.BOM_UTF8 + b" \t\r\n"):
        log.add(file, 1, None, "file is empty; expected a header row")
        return None
    text = decode_text(file, data, log)
    if text is None:
        return None
    if text.startswith(("\n", "\r")):
        log.add(file, 1, None, "first line is blank; the header must be the first line")
        return None

    header = next(csv.reader(io.StringIO(text[:_HEADER_MAX_CHARS], newline="")), [])
    if len(header) > limits.max_columns:
        log.add(file, 1, f"column {limits.max_columns + 1}",
                f"the header has more than {limits.max_columns:,} columns; a pack table has about a dozen",
                f"{len(header):,} columns")
        return None

    # Pass 1: field counts per record (stdlib csv, C speed), for exact ragged-row reports.
    try:
        counts = np.fromiter(map(len, csv.reader(io.StringIO(text, newline=""), strict=True)),
                             dtype=np.int64)
    except csv.Error as e:
        log.add(file, _failing_record(text), None, _csv_error_text(e))
        return None
    header_reader = csv.reader(io.StringIO(text, newline=""))
    header = next(header_reader)
    ok = True
    seen: set[str] = set()
    for i, name in enumerate(header, start=1):
        if not name.strip():
            log.add(file, 1, f"column {i}", "empty column name in the header")
            ok = False
        elif name in seen:
            log.add(file, 1, name, "column appears twice in the header", name)
            ok = False
        elif name != name.strip():
            log.add(file, 1, name.strip(), "column name has surrounding spaces", name)
            ok = False
        seen.add(name)
    width = len(header)
    blank = counts == 0  # blank lines are tolerated and skipped
    ragged = np.flatnonzero((counts != width) & ~blank)
    for idx in ragged:
        log.add(file, int(idx) + 1, None,
                f"row has {counts[idx]} fields but the header has {width}", f"{counts[idx]} fields")
    if not ok or len(ragged):
        return None

    # Pass 2: the values, as strings, never NA-converted ("NA" is Namibia, not missing).
    try:
        frame = pd.read_csv(
            io.StringIO(text), header=None, skiprows=1, names=list(range(width)), dtype=str,
            keep_default_na=False, na_filter=False, skip_blank_lines=True, index_col=False,
            engine="c",
        )
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame({i: pd.Series([], dtype=object) for i in range(width)})
    except (pd.errors.ParserError, ValueError) as e:  # pass 1 should have caught it; never crash
        m = _PANDAS_LINE_RE.search(str(e))
        log.add(file, int(m[1]) if m else None, None, f"not a well-formed CSV file: {e}")
        return None
    frame.columns = header
    frame = frame.astype(object)
    rows = np.flatnonzero(~blank[1:]) + 2
    if len(rows) != len(frame):  # a disagreement between the two parsers; refuse rather than guess
        log.add(file, None, None, "could not align rows; check quoting and blank lines")
        return None
    return RawTable(file, header, frame, rows.astype(np.int64))



def _failing_record(text: str) -> int:
    """The record (header = 1) where the strict csv reader fails; read again only on failure."""
    record = 0
    try:
        for n, _ in enumerate(csv.reader(io.StringIO(text, newline=""), strict=True), start=1):
            record = n
    except csv.Error:
        return record + 1
    return max(record, 1)


def _csv_error_text(error: csv.Error) -> str:
    """The csv module's error said so a pack author can act on it."""
    message = str(error)
    if "field larger than field limit" in message:
        return (f"a cell is longer than {csv.field_size_limit():,} characters "
                "(is a quote left open above?)")
    if "expected after" in message:
        return f"not a well-formed CSV file: a quote inside a cell must be doubled (\"\"): {message}"
    if "unexpected end of data" in message:
        return "not a well-formed CSV file: a quoted cell is never closed"
    return f"not a well-formed CSV file: {message}"
