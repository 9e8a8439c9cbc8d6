"""Reading a user's CSV/TSV/semicolon file or XLSX sheet into a raw table of text cells.

This is the first stage of an import: it decides how to read the file (encoding, delimiter, header
row, sheet), says why, and hands back every cell as the text the user typed. It never converts
types: "2001.10", "NA" and "007" stay exactly that, so the later stages can interpret them (or
reject them by row and column). Detection is restricted and predictable rather than clever; every
guess can be overridden with ``ReadOptions``.

Anything that makes the file unreadable is a ``SourceFileError`` naming the file and, where it
applies, the row and column; no other exception escapes for bad input.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import hashlib
import io
import itertools
import re
import stat
import zipfile
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".tab"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DELIMITER_CANDIDATES = (",", ";", "\t", "|")

# When two delimiters split the sample equally well, the one rarer inside ordinary cells wins: a
# tab or semicolon file often has commas in every row (decimal commas, "Smith, John"), the reverse
# is rare.
_DELIMITER_PRIORITY = ("\t", ";", "|", ",")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_DELIMITER_ALIASES = {"\\t": "\t", "tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}
_SNIFF_LINES = 50
_SNIFF_MAX_CHARS = 1_000_000  # one enormous line must not make detection slow
_HEADER_SCAN_ROWS = 30         # the header is looked for among the first 30 rows ...
_HEADER_LOOKAHEAD_ROWS = 50    # ... judged against the (non-blank) rows below it
_HEADER_MIN_SHARE = 0.8        # a header fills at least ~80% of the table's usual width

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected .xlsx
# A member that unpacks to less than this cannot hurt, whatever its ratio; small XML parts of
# ordinary workbooks (styles, empty sheets) compress far better than large ones.
_RATIO_CHECK_MIN_BYTES = 2**20
_URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")
_LINE_END_RE = re.compile(r"\r\n|\r|\n")

# Kana, kanji, CJK punctuation and full-width forms, not glued to a preceding Latin letter: a
# Windows-1252 "ä" followed by a letter also decodes as cp932 kanji ("Bäckerei" -> "B臘kerei"),
# but always in the middle of a Latin word, where real Japanese text rarely sits.
_JAPANESE_RE = re.compile(r"(?<![A-Za-z])[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]")

# Cells that read as data rather than as a column name: numbers in any common style, dates,
# approximate/uncertain markers (~2001, 2001?) and the usual missing-value markers.
_VALUE_RE = re.compile(
    r"""^(?:
        [~≈]?[-+−(]?[$€£¥]?\s?\d[\d\s,.'’]*(?:[eE][-+]?\d+)?\s?%?\)?\??
      | [~≈]?\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\??
      | NA | N/A | n/a | NaN | nan | null | NULL | None | -+ | — | – | \.{2,3} | …
    )$""",
    re.VERBOSE,
)
_T = TypeVar("_T")


@dataclass(frozen=True)
class ReadOptions:
    """How to read a file; ``None`` means detect."""

    encoding: str | None = None      # any Python codec name ("cp1252", "shift_jis", "utf-8")
    delimiter: str | None = None     # one of , ; \t | (or any one character); "\\t" and "tab" mean tab
    header_row: int | None = None    # 1-based row number of the header in the file/sheet
    sheet: str | None = None         # XLSX sheet name; None = the first sheet


@dataclass(frozen=True)
class ImportLimits:
    """Caps that keep a hostile or mistaken file from exhausting memory or time."""

    max_bytes: int = 200 * 2**20
    # Data rows per import. An import holds the file's cells, the pack rows and the validating load
    # at once (about 1.5 KB a row at 3x10^5 rows: 0.8 GB at this cap); a larger file is refused
    # before its rows are kept (see _refuse_too_many_rows), naming the limit.
    max_rows: int = 500_000
    max_columns: int = 2_000
    max_cell_chars: int = 100_000
    xlsx_max_member_bytes: int = 512 * 2**20   # declared uncompressed size of any zip member
    xlsx_max_ratio: int = 200                  # uncompressed/compressed per member
    xlsx_max_members: int = 10_000
    xlsx_max_total_bytes: int = 1024 * 2**20   # declared uncompressed size of all members together


@dataclass
class SourceTable:
    """A file read as text cells, with how it was read and why."""

    path: Path
    sha256: str                  # of the whole file's bytes
    file_kind: str               # "csv" or "xlsx"
    encoding: str                # as used ("utf-8", "utf-8-sig", "cp1252", "shift_jis"; "xlsx" for sheets)
    delimiter: str               # as used ("" for xlsx)
    header_row: int              # 1-based, as used
    sheet: str | None
    sheets: tuple[str, ...]      # all sheet names (xlsx), () for csv
    header: list[str]            # stripped; blank ones become "column 3"; duplicates get " (2)"
    rows: list[list[str]]        # data rows as read; CSV rows are not padded (ragged stays ragged)
    row_numbers: list[int]       # 1-based file row (CSV: line where the record starts; XLSX: sheet row)
    title_rows: list[list[str]]  # rows above the header, for the preview
    detected: dict[str, str]     # "encoding"/"delimiter"/"header_row" -> "value (detected: why)" or "value (given)"


class SourceFileError(Exception):
    """The file cannot be read at all. str(e) names the file and, where it applies, row and column."""

    def __init__(self, path: str | Path, message: str, row: int | None = None,
                 column: str | None = None) -> None:
        self.path = Path(path)
        self.message = message
        self.row = row
        self.column = column
        place = ", ".join(p for p in (f"row {row}" if row is not None else "",
                                      f"column {column}" if column is not None else "") if p)
        name = self.path.name or str(self.path)
        super().__init__(f"{name}: {place}: {message}" if place else f"{name}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:  # picklable, for handing errors across workers
        return (SourceFileError, (self.path, self.message, self.row, self.column))


# ----------------------------------------------------------------------------------------------
# Public entry points


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused (as it was before, after): for code that builds many
    objects and no reference cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_table(path: str | Path, options: ReadOptions = ReadOptions(), *,
               limits: ImportLimits = ImportLimits(), max_rows: int | None = None) -> SourceTable:
    """Read a CSV-like file or an XLSX sheet as text cells; ``max_rows`` keeps only the first N data rows."""
    path = _local_path(path)
    # An empty choice ("" from a form or a saved mapping) means "detect", like None.
    options = ReadOptions(encoding=options.encoding or None, delimiter=options.delimiter or None,
                          header_row=options.header_row, sheet=options.sheet or None)
    data = _read_bytes(path, limits)
    kind = _file_kind(path, data)
    sha = hashlib.sha256(data).hexdigest()
    preview = None if max_rows is None else max(0, max_rows)
    if kind == "xlsx":
        return _read_xlsx(path, data, sha, options, limits, preview)
    # Rows are lists of strings, which make no reference cycles: the cyclic collector would only
    # re-walk the growing list of rows (a quarter of reading 10^5 rows).
    with gc_paused():
        return _read_csv(path, data, sha, options, limits, preview)


def list_sheets(path: str | Path) -> tuple[str, ...]:
    """The worksheet names of an XLSX workbook, in order (chart sheets left out); () for a CSV file."""
    path = _local_path(path)
    limits = ImportLimits()
    data = _read_bytes(path, limits)
    if _file_kind(path, data) != "xlsx":
        return ()
    _check_zip(path, data, limits)
    names = _with_streaming_reader(path, data, lambda book: book.worksheets)
    if names is not None:
        return names
    book = _open_with_openpyxl(path, data)
    try:
        return book.worksheets
    finally:
        book.close()


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(codec, why): a BOM, else UTF-8, else Shift_JIS with Japanese text, else Windows-1252, else Latin-1."""
    codec, why, _text = _detect_and_decode(data)
    return codec, why


def detect_delimiter(text_sample: str) -> tuple[str, str]:
    """(delimiter, why): the candidate giving the most lines with one consistent field count (>1)."""
    sample = _first_lines(text_sample)
    best: tuple[tuple[int, int], str, int, int] | None = None
    for rank, candidate in enumerate(_DELIMITER_PRIORITY):
        counts = [n for n in _field_counts(sample, candidate) if n > 0]
        widths = Counter(n for n in counts if n > 1)
        if not widths:
            continue
        width, lines = max(widths.items(), key=lambda kv: (kv[1], kv[0]))
        if 2 * lines < len(counts):  # a stray separator here and there is not a table
            continue
        key = (lines, -rank)
        if best is None or key > best[0]:
            best = (key, candidate, width, len(counts))
    if best is None:
        return ",", "one column"
    (lines, _), delimiter, width, total = best
    return delimiter, f"{width} fields on {lines} of the first {total} non-blank lines"


def detect_header_row(rows: list[list[str]]) -> int:
    """0-based index of the header among ``rows`` (title and note rows above it are skipped)."""
    return _find_header(rows)[0]


# ----------------------------------------------------------------------------------------------
# Shared plumbing: paths, bytes, file kind, header and data rows


def _local_path(path: str | Path) -> Path:
    # The product never opens a socket; a URL must not reach any reader (known hazard 7).
    if isinstance(path, str) and _URL_RE.match(path):
        raise SourceFileError(path, "only files on this computer can be imported, not web addresses")
    return Path(path)


def _read_bytes(path: Path, limits: ImportLimits) -> bytes:
    """The whole file, refusing one larger than ``max_bytes`` before reading it."""
    try:
        if path.is_dir():
            raise SourceFileError(path, "is a folder, not a file")
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
            raise SourceFileError(path, "is not a regular file (a pipe or a device?); import a saved file")
        size = st.st_size
        if size > limits.max_bytes:
            raise SourceFileError(path, f"file is {_size_text(size)}; the limit is {_size_text(limits.max_bytes)}")
        with path.open("rb") as f:
            data = f.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise SourceFileError(path, "file not found") from None
    except OSError as e:
        raise SourceFileError(path, f"cannot open the file ({e.strerror or e})") from None
    if len(data) > limits.max_bytes:  # it grew while we looked
        raise SourceFileError(path, f"file is larger than the limit of {_size_text(limits.max_bytes)}")
    return data


def _size_text(n: int) -> str:
    return f"{n / 2**20:,.1f} MB" if n >= 2**20 else f"{n:,} bytes"


def _file_kind(path: Path, data: bytes) -> str:
    """"csv" or "xlsx" from the extension, with the bytes overruling a misleading name."""
    suffix = path.suffix.lower()
    if data.startswith(_OLE2_MAGIC):
        if suffix in XLSX_SUFFIXES:
            raise SourceFileError(path, "this workbook is password-protected or in the old .xls format; "
                                        "remove the password and save it as .xlsx or CSV")
        raise SourceFileError(path, "this is an old binary Excel (.xls) file; save it as .xlsx or CSV")
    if data.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        return "xlsx"  # a workbook, whatever its name says
    if suffix == ".xls":
        raise SourceFileError(path, "old Excel (.xls) files cannot be read; save it as .xlsx or CSV")
    if suffix in XLSX_SUFFIXES:
        raise SourceFileError(path, "not a valid .xlsx workbook (it is not a zip archive); "
                                    "open it in Excel and save it again as .xlsx")
    return "csv"


def _is_filled(row: list[str]) -> bool:
    return bool("".join(row).strip())  # some cell holds more than white space


def _column_names(cells: list[str]) -> list[str]:
    """Stripped names; blank ones become "column N", repeats get " (2)", " (3)"."""
    names: list[str] = []
    seen: set[str] = set()
    for number, cell in enumerate(cells, start=1):
        base = cell.strip() or f"column {number}"
        name, k = base, 2
        while name in seen:
            name, k = f"{base} ({k})", k + 1
        seen.add(name)
        names.append(name)
    return names


@dataclass
class _Layout:
    """Where the header is, what is above it, and the data rows below it."""

    header_row: int
    header_cells: list[str]
    title_rows: list[list[str]]
    rows: list[list[str]]
    row_numbers: list[int]
    header_note: str


def _split_rows(path: Path, records: Iterator[tuple[int, list[str]]], header_row: int | None,
                limits: ImportLimits, max_rows: int | None, what: str = "the file") -> _Layout:
    """Find (or take) the header among numbered records, then collect the non-blank rows below it."""
    head: list[tuple[int, list[str]]] = []
    if header_row is None:
        head.extend(itertools.islice(records, _HEADER_SCAN_ROWS + _HEADER_LOOKAHEAD_ROWS))
        if not any(_is_filled(row) for _, row in head):
            raise SourceFileError(path, f"{what} has no rows with any content" if head else f"{what} is empty")
        index, reason = _find_header([row for _, row in head])
        note = f"{head[index][0]} (detected: {reason})"
    else:
        if header_row < 1:
            raise SourceFileError(path, f"the header row must be 1 or more (was {header_row})")
        for record in records:
            head.append(record)
            if record[0] >= header_row:
                break
        index = next((i for i, (number, _) in enumerate(head) if number == header_row), -1)
        if index < 0:
            if head and head[-1][0] > header_row:
                raise SourceFileError(path, f"row {header_row} is inside a quoted cell that starts on "
                                            f"row {head[-2][0]}; it cannot be the header", row=header_row)
            last = f"the last row is {head[-1][0]}" if head else f"{what} is empty"
            raise SourceFileError(path, f"header row {header_row} is beyond the end of {what} ({last})")
        if not _is_filled(head[index][1]):
            raise SourceFileError(path, "the given header row is blank", row=header_row)
        note = f"{header_row} (given)"

    header_number, header_cells = head[index]
    rows: list[list[str]] = []
    numbers: list[int] = []
    stop = -1 if max_rows is None else max_rows  # (rows grow one at a time: they reach it exactly)
    cap = limits.max_rows
    keep, number_of = rows.append, numbers.append
    for number, row in itertools.chain(head[index + 1:], records):
        if len(rows) == stop:
            break
        if not row or (not row[0].strip() and not _is_filled(row)):  # (a first cell filled: most rows;
            continue                                                  # a sheet's blank rows are [])
        if len(rows) >= cap:
            raise SourceFileError(path, _too_many_rows(limits), row=number)
        keep(row)
        number_of(number)
    return _Layout(header_number, header_cells, [row for _, row in head[:index]], rows, numbers, note)


def _find_header(rows: list[list[str]]) -> tuple[int, str]:
    """(index, why) of the first row among the first 30 that reads as column names for the rows below.

    A header fills at least ~80% of the usual (modal) width of the rows below it, the rows below
    reach about its width, and its cells are mostly text rather than numbers or dates. If no row
    qualifies, the text rule is dropped (a wide table may have years as column names); failing
    that, the first non-blank row is the header.
    """
    window = rows[:_HEADER_SCAN_ROWS + _HEADER_LOOKAHEAD_ROWS]
    spans = [_span(row) for row in window]
    filled = [sum(1 for cell in row if cell.strip()) for row in window]
    for require_text in (True, False):
        for i in range(min(len(window), _HEADER_SCAN_ROWS)):
            if not filled[i]:
                continue
            if require_text and 2 * _value_cells(window[i]) > filled[i]:
                continue
            below = [spans[j] for j in range(i + 1, len(window)) if filled[j]][:_HEADER_LOOKAHEAD_ROWS]
            if below:
                counts = Counter(below)
                modal = max(counts, key=lambda w: (counts[w], -w))  # ties: the lenient (narrower) width
                if filled[i] < _HEADER_MIN_SHARE * modal or max(below) < _HEADER_MIN_SHARE * filled[i]:
                    continue
            skipped = sum(1 for n in filled[:i] if n)
            if skipped:
                return i, (f"the {skipped} non-blank rows above it look like titles or notes" if skipped > 1
                        else "the non-blank row above it looks like a title or a note")
            if require_text:
                return i, "the first row reads as column names"
            return i, "the first row spans the table (its names look like numbers)"
    first = next((i for i, n in enumerate(filled) if n), 0)
    return first, "no row looked like column names; using the first non-blank row"


def _span(row: list[str]) -> int:
    """Position of the last non-empty cell (1-based), 0 for a blank row."""
    for i in range(len(row) - 1, -1, -1):
        if row[i].strip():
            return i + 1
    return 0


def _value_cells(row: list[str]) -> int:
    return sum(1 for cell in row if cell.strip() and _VALUE_RE.match(cell.strip()))


# ----------------------------------------------------------------------------------------------
# CSV-like text files


def _read_csv(path: Path, data: bytes, sha: str, options: ReadOptions, limits: ImportLimits,
              max_rows: int | None) -> SourceTable:
    if not data:
        raise SourceFileError(path, "the file is empty")
    mixed = False
    if options.encoding is None:
        encoding, why, text = _detect_and_decode(data)
        encoding_note = f"{encoding} (detected: {why})"
        if text is None:  # a BOM promised UTF-16/32 but the bytes do not follow
            text = _decode(path, data, encoding)
        elif encoding in ("shift_jis", "cp1252", "latin-1") and _mostly_utf8(data):
            # Mostly UTF-8 with some rows in another encoding (pasted from an old file): reading it
            # all as Windows-1252 would turn every Japanese or accented name into mojibake.
            mixed = True
            text = data.decode("utf-8", "surrogateescape")
    else:
        encoding = _given_encoding(path, options.encoding)
        text = _decode(path, data, encoding)
        encoding_note = f"{encoding} (given)"
    if text.startswith("\ufeff"):
        text = text[1:]
    _refuse_nul(path, text)

    if options.delimiter is None:
        delimiter, why = detect_delimiter(text)
        delimiter_note = f"{_DELIMITER_NAMES[delimiter]} (detected: {why})"
    else:
        delimiter = _given_delimiter(path, options.delimiter)
        delimiter_note = f"{_DELIMITER_NAMES.get(delimiter, repr(delimiter))} (given)"

    if max_rows is None:
        _refuse_too_many_rows(path, text, delimiter, limits, options.header_row)
    records = _csv_records(path, text, delimiter, limits)
    layout = _split_rows(path, records, options.header_row, limits, max_rows)
    if mixed:
        _refuse_mixed_encoding(path, layout)
    return SourceTable(
        path=path, sha256=sha, file_kind="csv", encoding=encoding, delimiter=delimiter,
        header_row=layout.header_row, sheet=None, sheets=(),
        header=_column_names(layout.header_cells), rows=layout.rows, row_numbers=layout.row_numbers,
        title_rows=layout.title_rows,
        detected={"encoding": encoding_note, "delimiter": delimiter_note, "header_row": layout.header_note},
    )


def _refuse_too_many_rows(path: Path, text: str, delimiter: str, limits: ImportLimits,
                          header_row: int | None) -> None:
    """A file certainly over the row limit is refused after counting its rows, before any is kept:
    memory stays that of one row. Only files with more lines than the limit are counted."""
    if _line_breaks(text) <= limits.max_rows:
        return
    # the header and any title rows above it
    allowance = max(_HEADER_SCAN_ROWS + _HEADER_LOOKAHEAD_ROWS, header_row or 0) + 1
    filled = 0
    for number, row in _csv_records(path, text, delimiter, limits):
        if row and _is_filled(row):
            filled += 1
            if filled > limits.max_rows + allowance:
                raise SourceFileError(path, _too_many_rows(limits), row=number)


def _too_many_rows(limits: ImportLimits) -> str:
    return (f"more than {limits.max_rows:,} data rows; the limit is {limits.max_rows:,} rows per import "
            "(split the file, or import the part you need)")


def _python_codec(encoding: str) -> str:
    # Shift_JIS files come from Windows, whose cp932 adds NEC/IBM characters (①, 髙) to it.
    return "cp932" if encoding == "shift_jis" else encoding


def _detect_and_decode(data: bytes) -> tuple[str, str, str | None]:
    """(codec, why, text); text is None only when a UTF-16/32 BOM is followed by undecodable bytes."""
    for boms, codec, name in (((codecs.BOM_UTF8,), "utf-8-sig", "UTF-8"),
                              ((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32", "UTF-32"),
                              ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16", "UTF-16")):
        if data.startswith(boms):
            try:
                text: str | None = data.decode(codec)
            except UnicodeDecodeError:
                text = None
            return codec, f"{name} byte order mark", text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", ("plain ASCII" if data.isascii() else "valid UTF-8"), text
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_japanese(text):
        return "shift_jis", "not UTF-8; decodes as Shift_JIS with Japanese text", text
    try:
        return "cp1252", "not UTF-8 or Shift_JIS; decodes as Windows-1252", data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    return ("latin-1", "last resort: not UTF-8, Shift_JIS or Windows-1252; read as Latin-1, "
                       "so some characters may be wrong", data.decode("latin-1"))


_UTF8_MULTIBYTE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _mostly_utf8(data: bytes) -> bool:
    """Three in four non-ASCII bytes form well-formed UTF-8 characters (the file is not valid UTF-8):
    UTF-8 text with a few rows in another encoding. Windows-1252 and Shift_JIS text rarely forms
    UTF-8 sequences by chance at anything like that share."""
    non_ascii = len(data) - len(data.decode("latin-1").encode("ascii", "ignore"))
    in_utf8 = sum(len(m) for m in _UTF8_MULTIBYTE_RE.findall(data))
    return non_ascii > 0 and in_utf8 >= 0.75 * non_ascii


def _refuse_mixed_encoding(path: Path, layout: _Layout) -> None:
    """Name the rows and columns whose bytes are not UTF-8 (decoded as lone surrogates)."""
    header = _column_names(layout.header_cells)
    places: list[str] = []
    count = 0
    rows = [(layout.header_row, layout.header_cells), *zip(layout.row_numbers, layout.rows)]
    for number, row in rows:
        for i, cell in enumerate(row):
            if any("\udc80" <= c <= "\udcff" for c in cell):
                count += 1
                if len(places) < 5:
                    column = header[i] if i < len(header) else f"column {i + 1}"
                    places.append(f"row {number} column {column!r}")
    where = "; ".join(places) + (f"; and {count - len(places)} more cells" if count > len(places) else "")
    raise SourceFileError(path, "the file mixes UTF-8 with another encoding (some rows were saved from an "
                                f"older file?): bytes that are not UTF-8 at {where or 'rows above the header'}. "
                                "Save the whole file as UTF-8, or give --encoding to read it all one way")


def _looks_japanese(text: str) -> bool:
    """Japanese characters make up at least half of the non-ASCII characters."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii > 0 and 2 * len(_JAPANESE_RE.findall(text)) >= non_ascii


def _given_encoding(path: Path, name: str) -> str:
    """The canonical codec name for a user's encoding name ("Shift-JIS" -> "shift_jis")."""
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):  # "base64" is not text
        raise SourceFileError(path, f"unknown text encoding {name!r}")
    return info.name


def _decode(path: Path, data: bytes, encoding: str) -> str:
    """Decode strictly; a bad byte is reported by row and character position."""
    try:
        return data.decode(_python_codec(encoding))
    except UnicodeDecodeError as e:
        before = data[:e.start].decode(_python_codec(encoding), errors="replace")
        row = _line_breaks(before) + 1
        column = len(before) - max(before.rfind("\n"), before.rfind("\r"))
        bad = data[e.start:e.start + 1]
        byte = f"byte 0x{bad[0]:02x}" if bad else "incomplete character at the end"
        raise SourceFileError(path, f"not valid {encoding} ({byte} at column {column})", row=row) from None


def _line_breaks(text: str) -> int:
    """Number of line ends (\\r\\n, \\n or \\r) in text."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _refuse_nul(path: Path, text: str) -> None:
    at = text.find("\x00")
    if at >= 0:
        before = text[:at]
        column = len(before) - max(before.rfind("\n"), before.rfind("\r"))
        raise SourceFileError(path, f"contains a NUL character at column {column} (a binary file, or "
                                    "UTF-16 without a byte order mark?)", row=_line_breaks(before) + 1)


def _given_delimiter(path: Path, given: str) -> str:
    delimiter = _DELIMITER_ALIASES.get(given.lower(), given) if len(given) > 1 else given
    if len(delimiter) != 1 or delimiter in "\"\r\n":
        raise SourceFileError(path, f"the delimiter must be one character such as , ; | or tab (was {given!r})")
    return delimiter


def _first_lines(text: str) -> str:
    """The first ~50 lines of text (at most ~1 MB)."""
    for count, match in enumerate(_LINE_END_RE.finditer(text, 0, _SNIFF_MAX_CHARS), start=1):
        if count == _SNIFF_LINES:
            return text[:match.end()]
    return text[:_SNIFF_MAX_CHARS]


def _field_counts(sample: str, delimiter: str) -> list[int]:
    """Fields per record of the sample read with this delimiter, respecting quotes."""
    counts: list[int] = []
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        counts.extend(len(row) for row in reader)
    except csv.Error:  # an over-long field; judge on what was read
        pass
    return counts


def _csv_records(path: Path, text: str, delimiter: str,
                 limits: ImportLimits) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, fields) for every record, blank lines included as []."""
    if csv.field_size_limit() <= limits.max_cell_chars:
        csv.field_size_limit(limits.max_cell_chars + 1)  # only ever raised, never lowered
    buffer = io.StringIO(text, newline="")
    reader = csv.reader(buffer, delimiter=delimiter)
    start, last_start, last_offset = 1, 0, 0
    max_columns, max_chars, tell = limits.max_columns, limits.max_cell_chars, buffer.tell
    end = 0  # where the record read last ends: where the next one starts
    while True:
        offset = end
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:  # the only error left with strict=False: a field over the size limit
            raise SourceFileError(path, _too_long(limits) + " (is a quote left open above?)", row=start) from None
        if len(row) > max_columns:
            raise SourceFileError(path, f"{len(row):,} columns; the limit is {limits.max_columns:,}", row=start)
        # A record no longer than the limit cannot hold a cell that is (most records, one subtraction).
        end = tell()
        if end - offset > max_chars and row and max(map(len, row)) > max_chars:
            column = next(i for i, cell in enumerate(row, start=1) if len(cell) > max_chars)
            open_quote = " (is a quote left open?)" if _line_breaks(row[column - 1]) else ""
            raise SourceFileError(path, _too_long(limits) + open_quote, row=start, column=str(column))
        last_start, last_offset = start, offset
        yield start, row
        start = reader.line_num + 1
    if last_start:
        _refuse_open_quote(path, text[last_offset:], delimiter, last_start)


def _too_long(limits: ImportLimits) -> str:
    return f"a cell is longer than {limits.max_cell_chars:,} characters"


def _refuse_open_quote(path: Path, last_record: str, delimiter: str, start_line: int) -> None:
    """The lenient reader swallows the rest of the file into a quote that never closes; refuse that."""
    if '"' not in last_record:
        return
    try:
        for _ in csv.reader(io.StringIO(last_record, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as e:
        if "unexpected end of data" in str(e):
            raise SourceFileError(path, "a quoted cell that starts on this row is never closed",
                                  row=start_line) from None


# ----------------------------------------------------------------------------------------------
# XLSX workbooks
#
# The streaming reader (xlsx_reader.XlsxWorkbook) reads every workbook it can; openpyxl reads the
# rest (a damaged part, an ISO-date cell) and words their errors, so both give the same table.


class _Workbook(Protocol):
    """Either reader of xlsx_reader: sheet names up front, then a sheet's rows as cell texts."""

    sheet_names: tuple[str, ...]  # every sheet, chart sheets included
    worksheets: tuple[str, ...]

    def rows(self, sheet: str) -> Generator[tuple[int, list[str]], None, None]: ...

    def close(self) -> None: ...


class _SheetUnreadable(Exception):
    """A sheet's cells could not be read; the caller words it, or lets the other reader try."""

    def __init__(self, sheet: str, error: Exception) -> None:
        super().__init__(sheet, error)
        self.sheet = sheet
        self.error = error


def _read_xlsx(path: Path, data: bytes, sha: str, options: ReadOptions, limits: ImportLimits,
               max_rows: int | None) -> SourceTable:
    _check_zip(path, data, limits)
    table = _with_streaming_reader(path, data, lambda book: _xlsx_table(path, sha, book, options, limits, max_rows))
    if table is not None:
        return table
    book = _open_with_openpyxl(path, data)
    try:
        return _xlsx_table(path, sha, book, options, limits, max_rows)
    except _SheetUnreadable as e:
        raise SourceFileError(path, f"sheet {e.sheet!r} cannot be read ({_brief(e.error)}); "
                                    "open it in Excel and save it again") from None
    finally:
        book.close()


def _with_streaming_reader(path: Path, data: bytes, action: Callable[[_Workbook], _T]) -> _T | None:
    """action(workbook) with the streaming reader; None when that reader cannot read this workbook."""
    from explorer.importing.xlsx_reader import UnsafeXml, XlsxRefused, XlsxWorkbook

    try:
        with XlsxWorkbook(data) as book:
            return action(book)
    except (UnsafeXml, XlsxRefused) as e:
        raise SourceFileError(path, str(e)) from None
    except (SourceFileError, MemoryError):
        raise
    except Exception:  # zip, XML and value errors of a damaged part, or a feature it lacks: openpyxl's turn
        return None


def _open_with_openpyxl(path: Path, data: bytes) -> _Workbook:
    from explorer.importing.xlsx_reader import OpenpyxlWorkbook

    try:
        return OpenpyxlWorkbook(data)
    except Exception as e:  # openpyxl raises many types on a damaged or foreign zip
        raise SourceFileError(path, f"cannot be read as an Excel workbook ({_brief(e)}); "
                                    "open it in Excel and save it again as .xlsx") from None


def _xlsx_table(path: Path, sha: str, book: _Workbook, options: ReadOptions, limits: ImportLimits,
                max_rows: int | None) -> SourceTable:
    from explorer.importing.xlsx_reader import UnsafeXml, XlsxRefused

    sheets = book.worksheets
    if options.sheet is None:
        if not sheets:
            raise SourceFileError(path, "the workbook has no worksheets")
        sheet, sheet_note = sheets[0], f"{sheets[0]} (first sheet)"
    elif options.sheet in sheets:
        sheet, sheet_note = options.sheet, f"{options.sheet} (given)"
    else:
        kind = "a chart, not a table" if options.sheet in book.sheet_names else "not in this workbook"
        listed = ", ".join(repr(s) for s in sheets) or "none"
        raise SourceFileError(path, f"sheet {options.sheet!r} is {kind}; the worksheets are: {listed}")
    records = book.rows(sheet)
    try:
        layout = _split_rows(path, _checked_xlsx_rows(path, records, limits), options.header_row, limits,
                             max_rows, what=f"sheet {sheet!r}")
    except (SourceFileError, UnsafeXml):
        raise
    except XlsxRefused as e:  # never handed to the other reader, which would do the same
        raise SourceFileError(path, str(e)) from None
    except Exception as e:  # damaged sheet XML: the zip and XML layers raise many types
        raise _SheetUnreadable(sheet, e) from e
    finally:
        records.close()  # a preview stops early: let go of the sheet's stream now

    # A spreadsheet has no ragged rows: every row spans the table's full width.
    width = max([len(layout.header_cells), *map(len, layout.rows)])
    for row in layout.rows:
        row.extend([""] * (width - len(row)))
    header_cells = layout.header_cells + [""] * (width - len(layout.header_cells))
    return SourceTable(
        path=path, sha256=sha, file_kind="xlsx", encoding="xlsx", delimiter="", header_row=layout.header_row,
        sheet=sheet, sheets=sheets, header=_column_names(header_cells), rows=layout.rows,
        row_numbers=layout.row_numbers, title_rows=layout.title_rows,
        detected={"encoding": "xlsx (spreadsheet cells are text already)", "delimiter": "none (spreadsheet)",
                  "header_row": layout.header_note, "sheet": sheet_note},
    )


def _checked_xlsx_rows(path: Path, records: Iterator[tuple[int, list[str]]],
                       limits: ImportLimits) -> Iterator[tuple[int, list[str]]]:
    """The rows as read (no trailing blanks), refusing one too wide or with a cell too long."""
    from explorer.importing.xlsx_reader import column_letter

    for number, texts in records:
        if len(texts) > limits.max_columns:
            raise SourceFileError(path, f"{len(texts):,} columns; the limit is {limits.max_columns:,}", row=number)
        if texts and max(map(len, texts)) > limits.max_cell_chars:
            column = next(i for i, text in enumerate(texts, start=1) if len(text) > limits.max_cell_chars)
            raise SourceFileError(path, _too_long(limits), row=number, column=column_letter(column))
        yield number, texts


def _check_zip(path: Path, data: bytes, limits: ImportLimits) -> None:
    """Refuse zip bombs before any XML reader unpacks anything (known hazard 8)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception as e:  # zipfile raises many types on hostile or truncated archives
        raise SourceFileError(path, f"not a valid .xlsx workbook: the zip archive is damaged ({_brief(e)}); "
                                    "open it in Excel and save it again") from None
    if len(members) > limits.xlsx_max_members:
        raise SourceFileError(path, f"the workbook has {len(members):,} parts; the limit is "
                                    f"{limits.xlsx_max_members:,} (refused as a possible zip bomb)")
    total = sum(member.file_size for member in members)
    if total > limits.xlsx_max_total_bytes:
        raise SourceFileError(path, f"the workbook would unpack to {_size_text(total)}; the limit is "
                                    f"{_size_text(limits.xlsx_max_total_bytes)} (refused as a possible zip bomb)")
    from explorer.importing.xlsx_reader import WHOLE_PART_MAX_BYTES

    for member in members:
        name = member.filename
        if (member.file_size > WHOLE_PART_MAX_BYTES and name.lower().endswith((".xml", ".rels"))
                and not name.startswith("xl/worksheets/") and "sharedstrings" not in name.lower()):
            # Parsed whole by either reader (styles, workbook, theme): refused before it is parsed.
            raise SourceFileError(path, f"part {name!r} would unpack to {_size_text(member.file_size)}; "
                                        f"the limit for such a part is {_size_text(WHOLE_PART_MAX_BYTES)} "
                                        "(refused as a possible zip bomb)")
        if member.file_size > limits.xlsx_max_member_bytes:
            raise SourceFileError(path, f"part {member.filename!r} would unpack to {_size_text(member.file_size)}; "
                                        f"the limit is {_size_text(limits.xlsx_max_member_bytes)} "
                                        "(refused as a possible zip bomb)")
        if (member.file_size > _RATIO_CHECK_MIN_BYTES
                and member.file_size > limits.xlsx_max_ratio * max(member.compress_size, 1)):
            ratio = member.file_size / max(member.compress_size, 1)
            raise SourceFileError(path, f"part {member.filename!r} is compressed {ratio:,.0f} to 1; the limit is "
                                        f"{limits.xlsx_max_ratio} to 1 (refused as a possible zip bomb)")


def _brief(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 200 else text[:197] + "..."
