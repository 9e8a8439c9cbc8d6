"""Turning the bytes of a pack CSV into columns of text codes, or precise problems.

pandas' C parser reads the values (fast at 10^6 rows) but hides structure: short rows are padded and
duplicate headers renamed. A field-count pass finds ragged rows with their exact row numbers, so
nothing is silently padded or shifted: from byte positions with numpy when the quoting is plainly
well formed, else with the stdlib ``csv`` module (about 0.8 s per 10^6 rows), which words errors.

Both passes read the bytes through streams (never ``io.StringIO(text)``, which holds four bytes per
character; the UTF-8 check decodes a block at a time), and the values are read in chunks, each column
turned into integer codes over its distinct texts as it goes: a million observations never exist as
ten million Python strings at once. A column of figures, nearly all distinct, keeps its plain
decimals as bytes instead (``FigureColumn``).
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import re
from dataclasses import dataclass, field
from operator import is_not
from typing import Any

import numpy as np
import pandas as pd

from explorer.data.pack_schema import LoadLimits
from explorer.data.problems import ProblemLog
from explorer.data.text_scan import short_decimals

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
)
_PANDAS_LINE_RE = re.compile(r"(?:line|row) (\d+)")
_BLANK_FILE = re.compile(b"[" + re.escape(codecs.BOM_UTF8 + b" \t\r\n") + b"]*")  # strips to nothing
_HEADER_MAX_CHARS = 4 << 20  # the header row is looked for in the first 4 MB of text


@dataclass
class TextColumn:
    """One column as integer codes into its distinct texts: ``uniques[codes]`` are the cells.

    Every check runs once per distinct text and is spread to the rows with one integer take, so a
    million observations with a few thousand distinct ids cost a few thousand Python calls."""

    codes: np.ndarray  # int32, one per row
    uniques: np.ndarray  # object array of str, first appearance order, no repeats

    @classmethod
    def constant(cls, text: str, n: int) -> TextColumn:
        return cls(np.zeros(n, dtype=np.int32), np.array([text] if n else [], dtype=object))

    @classmethod
    def from_values(cls, values: np.ndarray) -> TextColumn:
        codes, uniques = pd.factorize(np.asarray(values, dtype=object))
        return cls(codes.astype(np.int32), np.asarray(uniques, dtype=object))

    def __len__(self) -> int:
        return len(self.codes)

    def values(self) -> np.ndarray:
        """The cells as an object array (one shared Python string per distinct text)."""
        return self.uniques[self.codes] if len(self.codes) else np.empty(0, dtype=object)

    def take(self, idx: np.ndarray) -> np.ndarray:
        return self.uniques[self.codes[idx]] if len(idx) else np.empty(0, dtype=object)

    def code_of(self, text: str) -> int:
        if not len(self.uniques):
            return -1
        hit = np.flatnonzero(self.uniques == text)
        return int(hit[0]) if len(hit) else -1

    def empty(self) -> np.ndarray:
        """Per row: the cell is the empty text."""
        code = self.code_of("")
        return self.codes == code if code >= 0 else np.zeros(len(self.codes), dtype=bool)

    def spread(self, per_unique: np.ndarray) -> np.ndarray:
        """A per-distinct-text array spread to the rows."""
        return per_unique[self.codes] if len(self.codes) else per_unique[:0]

    def spread_numbers(self, per_unique: np.ndarray) -> np.ndarray:
        """Per row, its cell's number, from the numbers of the distinct texts."""
        return self.spread(per_unique)

    def mapped(self, texts: np.ndarray) -> TextColumn:
        """The column with every distinct text replaced (texts that become equal merge)."""
        codes, uniques = pd.factorize(np.asarray(texts, dtype=object))
        return TextColumn(codes.astype(np.int32)[self.codes] if len(self.codes) else self.codes,
                      np.asarray(uniques, dtype=object))

    def stripped(self, clean: np.ndarray | None = None) -> TextColumn:
        """Surrounding whitespace removed; ``clean`` marks texts known to have none (an id or a
        number that matched its pattern), which are not looked at again."""
        todo = np.flatnonzero(~clean) if clean is not None else None
        looked = self.uniques if todo is None else self.uniques[todo]
        # str.strip returns the very same string when there is nothing to strip (compared in C)
        changed = np.flatnonzero(np.fromiter(map(is_not, map(str.strip, looked), looked), dtype=bool,
                                             count=len(looked)))
        if not len(changed):
            return self
        texts = self.uniques.copy()
        for i in (changed if todo is None else todo[changed]).tolist():
            texts[i] = texts[i].strip()
        return self.mapped(texts)


@dataclass
class FigureColumn(TextColumn):
    """A column of figures read without a vocabulary of their texts (``parse_table``'s ``figures``).

    Its short plain decimals (``text_scan.short_decimals``: ``57.702``, nearly every published
    figure) share the last code, whose distinct text is the first of them: every check of a text
    answers the same for all of them (each matches the number pattern, has no space to strip, no
    forbidden character, no overflow), and each keeps its own text in ``texts`` (ASCII bytes, one
    width per chunk, in row order) for its number and any problem report. Its other cells (empty,
    signed, an exponent, spaces, anything else) are codes into their distinct texts as usual. At
    tier L that is 10^6 figures in ~8 MB instead of 518,706 Python strings and their hash table
    (~50 MB) while the file is read (docs/performance-log.md, "memory-7")."""

    texts: list[np.ndarray] = field(default_factory=list)  # the short decimals' texts, per chunk
    _own: np.ndarray | None = field(default=None, repr=False, compare=False)  # their numbers, once asked

    def own_numbers(self) -> np.ndarray:
        """The short decimals' numbers, in row order (numpy's parse of ASCII bytes is Python's
        ``float``: correctly rounded)."""
        own = self._own
        if own is None:
            own = self._own = (np.concatenate([t.astype(np.float64) for t in self.texts])
                               if self.texts else np.empty(0))
        return own

    def _is_short(self, codes: np.ndarray) -> np.ndarray:
        short: np.ndarray = codes == len(self.uniques) - 1
        return short

    def spread_numbers(self, per_unique: np.ndarray) -> np.ndarray:
        out: np.ndarray = per_unique[self.codes]
        out[self._is_short(self.codes)] = self.own_numbers()
        return out

    def take(self, idx: np.ndarray) -> np.ndarray:
        out = super().take(idx)
        short = self._is_short(self.codes[idx]) if len(idx) else np.zeros(0, dtype=bool)
        if short.any():  # a problem report's texts (a figure too large once scaled): cells' own
            nth = np.cumsum(self._is_short(self.codes))[np.asarray(idx)[short]] - 1
            out[short] = [t.decode("ascii") for t in np.concatenate(self.texts)[nth].tolist()]
        return out

    def values(self) -> np.ndarray:
        return self.take(np.arange(len(self.codes)))

    def mapped(self, texts: np.ndarray) -> TextColumn:
        """The other texts replaced; the short decimals keep the last code (their text is never
        changed: ``stripped`` finds nothing to strip in it)."""
        codes, uniques = pd.factorize(np.asarray(texts[:-1], dtype=object))
        remap = np.append(codes, len(uniques)).astype(_code_type(len(uniques) + 1))
        return FigureColumn(remap[self.codes], np.append(np.asarray(uniques, dtype=object), texts[-1:]),
                            self.texts, self._own)


@dataclass
class RawTable:
    """Cells as text. ``rows[i]`` is the spreadsheet row number of row i (header = 1)."""

    file: str
    header: list[str]
    columns: dict[str, TextColumn]
    rows: np.ndarray
    absent: list[str] = field(default_factory=list)  # contract columns the header lacks
    items: dict[str, object] = field(default_factory=dict)  # list columns split, by the loader
    resource: str = ""  # the pack resource it holds, set by the loader

    def __len__(self) -> int:
        return len(self.rows)


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


def _checked_head(file: str, data: bytes, log: ProblemLog) -> str | None:
    """``decode_text(file, data, log)[:_HEADER_MAX_CHARS]`` without the whole file as one text (55 MB
    more at 10^6 figures, a first open's peak at tier L: docs/performance-log.md, "memory-7"):
    the bytes are checked a block at a time, and a file that fails is decoded whole to word why."""
    body = memoryview(data)[len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0:]
    decoder = codecs.getincrementaldecoder("utf-8")()
    head: list[str] = []
    try:
        if b"\x00" in data:  # (a UTF-16 or UTF-32 byte order mark is not UTF-8 or holds a NUL)
            raise ValueError
        kept = 0
        for off in range(0, len(body), _SCAN_BLOCK):
            part = decoder.decode(body[off:off + _SCAN_BLOCK], final=off + _SCAN_BLOCK >= len(body))
            if kept < _HEADER_MAX_CHARS:
                head.append(part[:_HEADER_MAX_CHARS - kept])
                kept += len(head[-1])
    except ValueError:  # (UnicodeDecodeError is one)
        text = decode_text(file, data, log)
        return None if text is None else text[:_HEADER_MAX_CHARS]
    return "".join(head)


def parse_table(file: str, data: bytes | list[bytes], log: ProblemLog,
                limits: LoadLimits | None = None, figures: tuple[str, ...] = ()) -> RawTable | None:
    """Parse a pack CSV into strings; None (with problems logged) if its structure is broken.

    Bounded before pandas sees the file: a header wider than ``limits.max_columns`` or a cell longer
    than ``limits.max_cell_chars`` is refused with its row (an 870 KB file of 10^5 columns took
    minutes), and every structural error names its row.

    ``data`` may be a one-item list, which is emptied: the file's bytes are then let go once the
    rows are read, before the columns' last merge (the peak of a load: 55 MB at 10^6 figures).
    The columns named in ``figures`` are read in chunks as ``FigureColumn``s.
    """
    if isinstance(data, list):
        data = data.pop()
    limits = limits or LoadLimits()
    if _BLANK_FILE.fullmatch(data):  # (``data.strip()`` would copy the file to say so)
        log.add(file, 1, None, "file is empty; expected a header row")
        return None
    head = _checked_head(file, data, log)
    if head is None:
        return None
    if head.startswith(("\n", "\r")):
        log.add(file, 1, None, "first line is blank; the header must be the first line")
        return None

    header = next(csv.reader(io.StringIO(head, newline="")), [])
    del head  # both passes below stream the bytes
    if len(header) > limits.max_columns:
        log.add(file, 1, f"column {limits.max_columns + 1}",
                f"the header has more than {limits.max_columns:,} columns; a pack table has about a dozen",
                f"{len(header):,} columns")
        return None

    # Pass 1: field counts per record, for exact ragged-row reports: from the bytes when their
    # quoting is plainly well formed, else with the stdlib csv reader (which words any error).
    counts = _field_counts(data)
    plain = counts is not None  # quoting plainly well formed (see _field_counts)
    if counts is None:
        try:
            counts = _stdlib_field_counts(data)
        except csv.Error as e:
            log.add(file, _failing_record(data), None, _csv_error_text(e))
            return None
    header = next(csv.reader(_lines(data)))
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
    records = len(counts)
    del counts  # 8 bytes a record (8 MB at 10^6 figures), not needed while the values are read

    # Pass 2: the values, as strings, never NA-converted ("NA" is Namibia, not missing), in chunks.
    if (plain and width >= 2 and len(data) <= SMALL_BYTES and records <= CHUNK_ROWS
            and b'"' not in data[:data.find(b"\n")]):  # (a one-line header: pandas skips one line)
        # One chunk of a small, plainly quoted file: the stdlib reader (see SMALL_BYTES).
        return _aligned(file, header, _small_columns(data, header), blank, log)
    try:
        merged = _read_mergers(data, header, figures)
    except (pd.errors.ParserError, ValueError) as e:  # pass 1 should have caught it; never crash
        m = _PANDAS_LINE_RE.search(str(e))
        log.add(file, int(m[1]) if m else None, None, f"not a well-formed CSV file: {e}")
        return None
    del data  # read: freed here unless the caller still holds the bytes
    columns = {name: m.column() for name, m in zip(header, merged)}
    del merged
    return _aligned(file, header, columns, blank, log)


def _aligned(file: str, header: list[str], columns: dict[str, TextColumn], blank: np.ndarray,
             log: ProblemLog) -> RawTable | None:
    """The table of ``columns`` with each row's spreadsheet row number, or None (and a problem)
    when the values' rows do not match the field-count pass's records."""
    rows = np.flatnonzero(~blank[1:]) + 2
    if len(rows) != len(next(iter(columns.values()))):  # the two parsers disagree; refuse, never guess
        log.add(file, None, None, "could not align rows; check quoting and blank lines")
        return None
    return RawTable(file, header, columns, rows.astype(np.int64))


def _stdlib_field_counts(data: bytes) -> np.ndarray:
    """Fields per record (0 for a blank line), by the stdlib csv reader in strict mode."""
    return np.fromiter(map(len, csv.reader(_lines(data), strict=True)), dtype=np.int64)


# Bytes looked at per step (the UTF-8 check, the field counts): each step's temporaries (its text,
# masks, positions: up to ~1 MB) stay under the allocator's 1 MB mmap threshold (``c_allocator``),
# so they are reused from the heap. Blocks of 4 MB mapped fresh pages each time: ~100,000 page
# faults of a first open at tier L (docs/performance-log.md, "firstopen-2").
_SCAN_BLOCK = 1 << 18
_QUOTE, _COMMA, _LF, _CR = 34, 44, 10, 13


def _field_counts(data: bytes) -> np.ndarray | None:
    """What ``_stdlib_field_counts`` returns, from byte positions with numpy (a tenth of its time),
    or None whenever the file is not plainly well formed: an odd number of quotes, a quote that
    neither opens a field nor closes one (nor is doubled inside one), a carriage return not followed
    by a line feed, a record longer than the csv field limit. Those go to the stdlib reader, which
    finds and words the error exactly. Quote, comma, CR and LF bytes never occur inside a UTF-8
    multi-byte character, so bytes stand for characters here."""
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return None
    buf = np.frombuffer(data, dtype=np.uint8)
    if data.startswith(codecs.BOM_UTF8):
        buf = buf[len(codecs.BOM_UTF8):]
    n = len(buf)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    quotes = _positions(buf, _QUOTE)
    if len(quotes) % 2:
        return None  # a quoted cell never closed: let the csv reader say where
    if len(quotes):
        opens, closes = quotes[0::2], quotes[1::2]
        before = buf[np.maximum(opens - 1, 0)]
        at_start = (opens == 0) | (before == _COMMA) | (before == _LF)
        doubled = np.zeros(len(opens), dtype=bool)  # the second quote of a "" inside a cell
        doubled[1:] = closes[:-1] == opens[1:] - 1
        after = buf[np.minimum(closes + 1, n - 1)]
        at_end = (closes == n - 1) | (after == _COMMA) | (after == _LF) | (after == _CR)
        pair = np.zeros(len(closes), dtype=bool)
        pair[:-1] = opens[1:] == closes[:-1] + 1
        if not ((at_start | doubled).all() and (at_end | pair).all()):
            return None
    # Commas before each line feed, each quote: counted a block at a time (no file-sized array of
    # positions), then those inside quoted cells (between an opening and its closing quote) taken off.
    ends: list[np.ndarray] = []  # line feeds outside quotes: where records end
    commas_before: list[np.ndarray] = []  # commas (all) before each of those
    at_quote: list[np.ndarray] = []  # commas (all) before each quote
    total = 0
    index = np.int32 if n < 1 << 31 else np.int64  # positions and counts: 4 bytes a record
    for off in range(0, n, _SCAN_BLOCK):
        block = buf[off:off + _SCAN_BLOCK]
        comma = np.flatnonzero(block == _COMMA)
        lf = np.flatnonzero(block == _LF) + off
        lf = lf[np.searchsorted(quotes, lf) % 2 == 0]
        ends.append(lf.astype(index))
        commas_before.append((total + np.searchsorted(comma, lf - off)).astype(index))
        lo, hi = np.searchsorted(quotes, [off, off + len(block)])
        at_quote.append(total + np.searchsorted(comma, quotes[lo:hi] - off))
        total += len(comma)
    end = np.concatenate(ends)
    before_end = np.concatenate(commas_before)
    del ends, commas_before  # (a record's worth each: the arrays below are made one at a time)
    if len(quotes):
        at = np.concatenate(at_quote)
        inside = np.zeros(len(quotes) // 2 + 1, dtype=np.int64)  # commas in the first k quoted cells
        np.cumsum(at[1::2] - at[0::2], out=inside[1:])
        before_end = before_end - inside[np.searchsorted(quotes[1::2], end)]
        total -= int(inside[-1])
    if buf[-1] != _LF:  # the last record has no line feed after it
        end = np.append(end, n)
        before_end = np.append(before_end, total)
    length = np.diff(end, prepend=-1) - 1  # from the record's start (after the line feed before)
    if len(length) and int(length.max()) > csv.field_size_limit():
        return None  # perhaps a cell over the csv field limit: the reader reports it
    has = length > 0
    length[has] -= buf[end[has] - 1] == _CR  # a carriage return before the line feed
    del end, has
    fields = np.diff(before_end, prepend=0)
    fields += 1
    fields[length == 0] = 0  # a blank line
    return fields.astype(np.int64, copy=False)


def _positions(buf: np.ndarray, byte: int) -> np.ndarray:
    """Where ``byte`` occurs in ``buf``, looked for a block at a time (no file-sized mask)."""
    found = [np.flatnonzero(buf[off:off + _SCAN_BLOCK] == byte) + off
             for off in range(0, len(buf), _SCAN_BLOCK)]
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


CHUNK_ROWS = 1 << 16


def _body(data: bytes) -> io.BytesIO:
    """The bytes after any UTF-8 BOM as a stream; without a BOM it shares ``data`` (no copy)."""
    stream = io.BytesIO(data)
    if data.startswith(codecs.BOM_UTF8):
        stream.seek(len(codecs.BOM_UTF8))
    return stream


def _lines(data: bytes) -> io.TextIOWrapper:
    """The text as lines for ``csv.reader`` (newline="" semantics), decoded as it is read."""
    return io.TextIOWrapper(_body(data), encoding="utf-8", newline="")


def _read_mergers(data: bytes, header: list[str], figures: tuple[str, ...] = ()) -> list[_Merger | _Figures]:
    """Every column's chunks, read ``CHUNK_ROWS`` rows at a time, each into a ``_Merger`` (codes
    over its distinct texts; a ``_Figures`` for a column named in ``figures``), the last merge
    left to ``column()``."""
    width = len(header)
    merged = [_Figures() if name in figures else _Merger() for name in header]
    try:
        reader = pd.read_csv(
            _body(data), encoding="utf-8", header=None, skiprows=1,
            names=list(range(width)), dtype=object, keep_default_na=False, na_filter=False,
            skip_blank_lines=True, index_col=False, engine="c", chunksize=CHUNK_ROWS,
        )
        with reader:
            for chunk in reader:
                for j in range(width):
                    merged[j].add(chunk[j].to_numpy(dtype=object))
                del chunk
    except pd.errors.EmptyDataError:
        merged = [_Merger() for _ in range(width)]
    return merged


class _Figures:
    """A column of figures read chunk by chunk into a ``FigureColumn``: each chunk's short plain
    decimals kept as ASCII bytes (their own texts, no vocabulary), its other cells through a
    ``_Merger``."""

    def __init__(self) -> None:
        self.short: list[np.ndarray] = []  # per chunk: which cells are short decimals
        self.texts: list[np.ndarray] = []  # per chunk: their texts
        self.others = _Merger()

    def add(self, values: np.ndarray) -> None:
        short = short_decimals(values)
        self.short.append(short)
        self.texts.append(values[short].astype(bytes))
        self.others.add(values[~short])

    def column(self) -> TextColumn:
        short = np.concatenate(self.short) if self.short else np.zeros(0, dtype=bool)
        others = self.others.column()
        if not short.any():
            return others
        n = len(others.uniques)
        codes = np.full(len(short), n, dtype=_code_type(n + 1))
        codes[~short] = others.codes
        first = next(t[0] for t in self.texts if len(t)).decode("ascii")
        return FigureColumn(codes, np.append(others.uniques, np.array([first], dtype=object)),
                            [t for t in self.texts if len(t)])


# Files up to this size (and one chunk of rows) whose quoting is plainly well formed are read with the
# stdlib csv reader and a dict per column instead of pandas: the same texts and codes (first
# appearance order, as pd.factorize gives them), without read_csv's set-up and a factorize call per
# column, which cost ~1 ms for a file of a few rows (an import's actors, sources, indicators and
# empty observations: ~4.5 ms of its validation). At ~0.5 MB both ways take the same time.
SMALL_BYTES = 1 << 18
ONE_CHUNK_AS_IS = True  # a column read in one chunk keeps that chunk's codes (False: merged, for tests)


def _small_columns(data: bytes, header: list[str]) -> dict[str, TextColumn]:
    """What ``_read_mergers(data, header)`` makes of a one-chunk file, by the stdlib csv reader.
    The file's records are known to be plainly quoted with one field per header name each (or
    blank: skipped, as pandas skips blank lines), so both readers see the same cells."""
    records = csv.reader(_lines(data))
    next(records, None)  # the header (a file's first line, as pandas' skiprows=1)
    body = [r for r in records if r]
    columns: dict[str, TextColumn] = {}
    for name, cells in zip(header, zip(*body) if body else [()] * len(header)):
        index = {text: i for i, text in enumerate(dict.fromkeys(cells))}
        codes = np.fromiter(map(index.__getitem__, cells), dtype=np.int32, count=len(cells))
        # The narrowest integers that hold the codes, as ``_Merger.column`` gives them.
        columns[name] = TextColumn(codes.astype(_code_type(len(index)), copy=False),
                                   np.array(list(index), dtype=object))
    return columns


class _Merger:
    """A column's chunks into one vocabulary as they are read: through one pandas hash table kept
    over the chunks where pandas offers it; else chunks wait until their distinct texts outnumber
    the vocabulary, then merge in one factorize. Linear time either way, and a million distinct
    figures never stay as one string per chunk (repeats are freed as they are read or merged)."""

    FLOOR = 1 << 16  # distinct texts that may wait before a merge
    # Distinct texts in a column's first chunk above which it keeps one hash table from its second
    # chunk on: a column of a few thousand distinct texts (ids, units, periods, sources) merges in
    # one cheap factorize at its end, and pd.factorize of a chunk is quicker than the kept table
    # (tier L's observations: 27 against 46 ms for 10^6 indicator ids); a column of many distinct
    # texts (figures, titles) takes the table, whose memory it was made for.
    TABLE_FROM = CHUNK_ROWS // 4

    def __init__(self) -> None:
        self.codes: list[np.ndarray] = []  # merged chunks' codes into ``uniques``
        self.uniques = np.empty(0, dtype=object)
        self.pending: list[tuple[np.ndarray, np.ndarray]] = []  # (codes, distinct texts) per chunk
        self.waiting = 0
        # From a column's second chunk on (if its first held over TABLE_FROM distinct texts), one
        # hash table kept over the chunks when pandas offers it (pd.factorize's own, in its
        # private ``_libs``): no merge re-hashes the known texts,
        # so a column of 10^6 distinct figures peaks at its table (~33 MB) instead of a merge's
        # 2x table and copies (~87 MB). A one-chunk file (every import, most packs) never makes
        # one: for a few thousand cells pd.factorize is 3-4x quicker than the table.
        self.factorizer: Any = None

    def add(self, values: np.ndarray) -> None:
        if (self.factorizer is None and len(self.codes) + len(self.pending) == 1
                and self.waiting + len(self.uniques) > self.TABLE_FROM):  # at the second chunk
            factorizer = _object_factorizer()
            if factorizer is not None:
                self._merge()
                factorizer.factorize(self.uniques)  # distinct: the known texts keep their codes
                self.factorizer = factorizer
        if self.factorizer is not None:
            self.codes.append(_narrowest(self.factorizer.factorize(values)))
            return
        codes, uniques = pd.factorize(values)
        self.pending.append((_narrowest(codes), np.asarray(uniques, dtype=object)))
        self.waiting += len(uniques)
        if self.waiting > max(len(self.uniques), self.FLOOR):
            self._merge()

    def _merge(self) -> None:
        if not self.pending:
            return
        if ONE_CHUNK_AS_IS and not self.codes and not len(self.uniques) and len(self.pending) == 1:
            # Nothing merged yet and one chunk waiting (a one-chunk file: every import, most packs):
            # its texts are distinct already, and factorizing them again would give the same codes.
            codes, self.uniques = self.pending[0]
            self.codes.append(codes)
            self.pending, self.waiting = [], 0
            return
        # The known texts come first and are distinct, so they keep their codes.
        remap, every = pd.factorize(np.concatenate([self.uniques] + [u for _, u in self.pending]))
        remap = remap.astype(_code_type(len(every)))
        at = len(self.uniques)
        for codes, uniques in self.pending:
            self.codes.append(remap[at:at + len(uniques)][codes])
            at += len(uniques)
        self.uniques = np.asarray(every, dtype=object)
        self.pending, self.waiting = [], 0

    def column(self) -> TextColumn:
        if self.factorizer is not None:
            self.uniques = np.asarray(self.factorizer.uniques.to_array(), dtype=object)
            self.factorizer = None
        self._merge()
        # The narrowest integers that hold the codes: a column of 141 reporters needs a byte a row.
        narrow = _code_type(len(self.uniques))
        codes = (np.concatenate(self.codes) if len(self.codes) > 1
                 else self.codes[0] if self.codes else np.empty(0, dtype=np.int32))
        return TextColumn(codes.astype(narrow, copy=False), self.uniques)


def _narrowest(codes: np.ndarray) -> np.ndarray:
    """A chunk's codes in the narrowest integers that hold them. Kept until the file is read, as
    int32 they were 44 MB at 10^6 figures (11 columns), most of them a byte or two a cell: the
    peak of a first open at tier L (docs/performance-log.md, "memory-2"). ``column`` makes the
    whole column's codes as narrow as its last count of distinct texts asks."""
    return codes.astype(_code_type(int(codes.max()) + 1 if len(codes) else 0), copy=False)


def _code_type(count: int) -> np.dtype:
    """The narrowest integers that hold the codes of ``count`` texts, signed: a missing cell's
    code is -1."""
    return np.min_scalar_type(-max(count, 1))


def _object_factorizer() -> Any:
    """pandas' incremental factorizer of Python objects (first-appearance codes, the hash table
    ``pd.factorize`` uses), or None where this pandas has none or one that no longer answers as
    expected (then chunks merge as before): it is private to pandas, so an upgrade may move or
    change it, and a pack must still open (docs/dependencies.md, hazards)."""
    if not _factorizer_answers():
        return None
    from pandas._libs.hashtable import ObjectFactorizer

    return ObjectFactorizer(CHUNK_ROWS)


@functools.cache
def _factorizer_answers() -> bool:
    """Whether this pandas's private ObjectFactorizer gives the codes and texts ``pd.factorize``
    gives, a missing cell included (asked once per process, on a four-cell column)."""
    try:
        from pandas._libs.hashtable import ObjectFactorizer

        probe = np.array(["b", "a", None, "b"], dtype=object)
        factorizer = ObjectFactorizer(4)
        codes = factorizer.factorize(probe)
        expected, texts = pd.factorize(probe)
        return (list(codes) == list(expected)
                and list(factorizer.uniques.to_array()) == list(texts))
    except Exception:  # moved, renamed or changed: the public path
        return False


def _failing_record(data: bytes) -> int:
    """The record (header = 1) where the strict csv reader fails; read again only on failure."""
    record = 0
    try:
        for _row in csv.reader(_lines(data), strict=True):
            record += 1
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
