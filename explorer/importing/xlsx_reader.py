"""Reading the cells of an XLSX sheet as the text a user sees in Excel.

Two readers with one interface (``sheet_names``, ``worksheets``, ``rows(sheet)``, ``close()``):

- ``XlsxWorkbook`` streams the sheet XML itself with ``lxml.etree.iterparse``, one ``<row>`` at a
  time, and turns each ``<c>`` straight into text. openpyxl builds objects per cell and takes
  ~25 µs a cell; this takes ~3 µs all told, which is what lets a treaty database of tens of
  thousands of rows import in seconds.
- ``OpenpyxlWorkbook`` is the reference and the fallback for whatever the streaming reader does
  not handle (ISO-date ``t="d"`` cells, a foreign namespace, a damaged part): both must give the
  same text for the same cell, and ``tests/importing/test_xlsx_reader.py`` holds them to it.

The streaming reader mirrors openpyxl (read_only, data_only) on purpose, quirks included where a
real workbook could show them: rows come numbered from 1 with the blank ones between filled rows
included, a date is any cell whose style's number format has d/m/y/h/s outside quotes and
brackets, shared strings lose the ``x005F_`` of an escaped underscore, phonetic (furigana) runs
are left out. Neither reader converts text: "007" stays "007"; the numbers are written as Excel
shows them where that is unambiguous (2001.1 in a "0.00" cell reads "2001.10").

XML safety: every part is parsed without entity expansion, DTD loading or network access, with
libxml2's size limits on, and any part that declares a DOCTYPE is refused (``UnsafeXml``) — no
workbook needs one, and it is how entity bombs and external-entity reads begin. Zip-level checks
(member sizes, ratios, count) are the caller's, before either reader opens anything.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import posixpath
import re
import warnings
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any, Self

from lxml import etree

TRANSITIONAL_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_MAIN_NAMESPACES = (TRANSITIONAL_NS, STRICT_NS)
_RELATIONSHIP_IDS = ("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
                     "{http://purl.oclc.org/ooxml/officeDocument/relationships}id")
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DEFAULT_WORKBOOK_PART = "xl/workbook.xml"

_XML_SAFETY: dict[str, Any] = {"resolve_entities": False, "no_network": True, "huge_tree": False,
                               "load_dtd": False}
_HEAD_BYTES = 65_536  # where a DOCTYPE would sit: before the root element
_WHOLE_PART_BYTES = 16 * 2**20  # a shared-strings part up to this size is parsed whole, a larger one streamed
# A part parsed whole (workbook, relationships, styles) above this is refused: styles.xml of a real
# workbook is well under a megabyte, and a 480 MB one (53:1) took 11 GB to parse.
WHOLE_PART_MAX_BYTES = 32 * 2**20
EXCEL_MAX_ROWS = 1_048_576  # Excel's own bounds: a row numbered 10^12 must not walk blank rows
EXCEL_MAX_COLUMNS = 16_384
_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))

# Excel's built-in number formats (ids below 164 that a workbook uses without defining them),
# as openpyxl knows them; an id missing here is "General".
BUILTIN_FORMATS: dict[int, str] = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
    20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)", 41: r'_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)',
    42: r'_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)',
    43: r'_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)',
    44: r'_("$"* #,##0.00_)_("$"* \(#,##0.00\)_("$"* "-"??_)_(@_)',
    45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}

_FIXED_DECIMALS_RE = re.compile(r"^[#,0]*0\.(0+)$")
_FORMAT_NOISE_RE = re.compile(r'\[[^\]]*\]|"[^"]*"|_.|\\.|\*.|\s')
# openpyxl's date test: quoted text and [colour]/[$-411] brackets do not count, [h]/[mm]/[ss] do.
_LITERALS_AND_BRACKETS_RE = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_CODE_RE = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_ELAPSED_TIME_RE = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)

_WINDOWS_EPOCH = dt.datetime(1899, 12, 30)
_MAC_EPOCH = dt.datetime(1904, 1, 1)
_DIGITS = "0123456789"
_NUMBER_CACHE_SIZE = 50_000  # per cell style
_COLUMN_LETTERS_RE = re.compile(r"[A-Za-z]{1,3}")


class XlsxUnsupported(Exception):
    """Something the streaming reader does not handle; the caller should let openpyxl read the workbook."""


class XlsxRefused(Exception):
    """A workbook this application will not read (beyond Excel's own bounds, a part too large to
    parse); str(e) says why. Never handed to openpyxl, which would walk or parse the same thing."""


class UnsafeXml(Exception):
    """A workbook part declares a DOCTYPE; str(e) names the part."""

    def __init__(self, member: str) -> None:
        self.member = member
        super().__init__(f"part {member!r} declares a DOCTYPE, which workbooks never need; refused as "
                         "unsafe XML (it is how entity bombs and reads of other files begin)")


# ----------------------------------------------------------------------------------------------
# Cell values as text (shared by both readers)


def temporal_text(value: dt.date | dt.time | dt.timedelta) -> str:
    """ISO text of a date cell: "2001-10-01", "2001-10-01T13:45:00", "13:45:00"; durations as Python writes them."""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def float_text(value: float, decimals: int | None) -> str:
    """2001.0 -> "2001"; with a fixed-decimals format, as shown (2001.1 -> "2001.10"); else 15 digits."""
    if not math.isfinite(value):
        return format(value, ".15g")
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if decimals is not None:
        return f"{value:.{decimals}f}"
    return format(value, ".15g")


@functools.lru_cache(maxsize=256)
def fixed_decimals(number_format: str) -> int | None:
    """Decimals of a fixed-decimals format ("0.00", "#,##0.000"); None for anything else."""
    first = number_format.split(";", 1)[0]
    match = _FIXED_DECIMALS_RE.match(_FORMAT_NOISE_RE.sub("", first))
    return len(match[1]) if match else None


def is_date_format(number_format: str | None) -> bool:
    """True when the format's first section shows a date or time (codes d, m, y, h, s)."""
    if number_format is None:
        return False
    first = _LITERALS_AND_BRACKETS_RE.sub("", number_format.split(";", 1)[0])
    return _DATE_CODE_RE.search(first) is not None


def is_elapsed_time_format(number_format: str | None) -> bool:
    """[h]:mm:ss and the like: a duration, not a time of day."""
    return number_format is not None and _ELAPSED_TIME_RE.search(number_format.split(";", 1)[0]) is not None


def from_excel_serial(value: float, date1904: bool, elapsed: bool) -> dt.datetime | dt.time | dt.timedelta:
    """A serial day number as openpyxl converts it (its rounding to milliseconds included)."""
    if elapsed:
        duration = dt.timedelta(days=value)
        if duration.microseconds:
            duration = dt.timedelta(seconds=duration.total_seconds() // 1,
                                    microseconds=round(duration.microseconds, -3))
        return duration
    day, fraction = divmod(value, 1)
    diff = dt.timedelta(milliseconds=round(fraction * 86_400 * 1000))  # in openpyxl's order: floats round
    if 0 <= value < 1 and diff.days == 0:
        minutes, seconds = divmod(diff.seconds, 60)
        hours, minutes = divmod(minutes, 60)
        return dt.time(hours, minutes, seconds, diff.microseconds)
    if 0 < value < 60 and not date1904:
        day += 1  # Excel's phantom 1900-02-29: serials below 60 are one day off
    return (_MAC_EPOCH if date1904 else _WINDOWS_EPOCH) + dt.timedelta(days=day) + diff


def column_letter(number: int) -> str:
    """1 -> "A", 28 -> "AB"."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_COLUMNS: dict[str, int] = {}  # column letters seen -> number (at most A..ZZZ in either case)


def _column_number(letters: str) -> int:
    """ "A" -> 1, "ab" -> 28; ValueError beyond ZZZ or for anything but letters (as openpyxl)."""
    if not _COLUMN_LETTERS_RE.fullmatch(letters):
        raise ValueError(f"{letters!r} is not a column name")
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    _COLUMNS[letters] = number
    return number


# ----------------------------------------------------------------------------------------------
# Safe XML


def _refuse_doctype_in(member: str, head: bytes) -> None:
    if any(marker in head for marker in _DOCTYPE_MARKERS):
        raise UnsafeXml(member)


def _refuse_doctype_of(member: str, element: Any) -> None:
    """After parsing began: a DOCTYPE the byte check could not see (one after 64 KB of comments)."""
    if element.getroottree().docinfo.doctype:
        raise UnsafeXml(member)


def _parse_part(archive: zipfile.ZipFile, member: str) -> Any:
    """A part parsed whole (workbook, relationships, styles; shared strings of ordinary size)."""
    size = archive.getinfo(member).file_size
    if size > WHOLE_PART_MAX_BYTES:
        raise XlsxRefused(f"part {member!r} would unpack to {size / 2**20:,.0f} MB; a workbook's "
                          f"{posixpath.basename(member)} is far smaller (limit {WHOLE_PART_MAX_BYTES >> 20} MB)")
    with archive.open(member) as stream:
        data = stream.read(WHOLE_PART_MAX_BYTES + 1)  # never trust the declared size
    if len(data) > WHOLE_PART_MAX_BYTES:
        raise XlsxRefused(f"part {member!r} unpacks beyond the size its header declares")
    _refuse_doctype_in(member, data[:_HEAD_BYTES])
    root = etree.fromstring(data, etree.XMLParser(**_XML_SAFETY))
    _refuse_doctype_of(member, root)
    return root


def _stream_elements(archive: zipfile.ZipFile, member: str, local_name: str) -> Iterator[Any]:
    """Each completed ``local_name`` element (any namespace) of a large part, freed after use."""
    with archive.open(member) as head:
        _refuse_doctype_in(member, head.read(_HEAD_BYTES))
    with archive.open(member) as stream:
        context = etree.iterparse(stream, events=("end",), tag="{*}" + local_name, remove_comments=True,
                                  remove_pis=True, **_XML_SAFETY)
        count = 0
        for _, element in context:
            if not count:
                _refuse_doctype_of(member, element)
            yield element
            # Free what was read: this element's content now, the emptied siblings before it in
            # batches (only those before it: the parser may already have added ones after it).
            element.clear(keep_tail=True)
            count += 1
            if not count % 1024:
                parent = element.getparent()
                del parent[:parent.index(element)]
        if not count and context.root is not None:
            _refuse_doctype_of(member, context.root)


def _namespace(tag: str) -> str:
    """ "{ns}row" -> "{ns}" for the namespaces of SpreadsheetML; XlsxUnsupported for any other."""
    namespace = tag[1:tag.find("}")] if tag.startswith("{") else ""
    if namespace not in _MAIN_NAMESPACES:
        raise XlsxUnsupported(f"unknown XML namespace {namespace!r}")
    return "{" + namespace + "}"


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Id -> (type, target part) of a part's relationships, targets resolved as openpyxl does."""
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", name + ".rels")
    if rels_part not in archive.NameToInfo:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for rel in _parse_part(archive, rels_part).iter(_PACKAGE_RELS):
        target = rel.get("Target", "")
        if rel.get("TargetMode") != "External":
            target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return found


def _string_item_text(item: Any, t_tag: str, r_tag: str) -> str:
    """Text of a shared string or inline string: its <t>, or its rich-text runs' <t>; never phonetic <rPh>."""
    parts: list[str] = []
    for child in item:
        if child.tag == t_tag:
            parts.append(child.text or "")
        elif child.tag == r_tag:
            parts.extend(run.text or "" for run in child.iterchildren(t_tag))
    return "".join(parts)


# ----------------------------------------------------------------------------------------------
# The streaming reader


@dataclass(frozen=True)
class _Style:
    """What a cell style means for reading: date/duration, and decimals of a fixed-decimals format."""

    date: bool = False
    elapsed: bool = False
    decimals: int | None = None


_PLAIN = _Style()


class _Reader:
    """What both readers share: use as a context manager, closed at the end."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        raise NotImplementedError


class XlsxWorkbook(_Reader):
    """A workbook read with lxml: sheet list on opening, cells streamed a row at a time by ``rows``.

    Raises ``UnsafeXml`` for a part with a DOCTYPE, ``XlsxUnsupported`` (or whatever the zip/XML
    layers raise on damage) for anything it cannot read; openpyxl should then be asked.
    """

    def __init__(self, data: bytes) -> None:
        self._archive = zipfile.ZipFile(io.BytesIO(data))
        try:
            self._open()
        except BaseException:
            self._archive.close()
            raise

    def _open(self) -> None:
        archive = self._archive
        workbook_part = _DEFAULT_WORKBOOK_PART
        for kind, target in _relationships(archive, "").values():  # _rels/.rels: where the workbook is
            if kind.endswith("/officeDocument"):
                workbook_part = target
        if workbook_part not in archive.NameToInfo:
            raise XlsxUnsupported(f"no workbook part {workbook_part!r}")
        root = _parse_part(archive, workbook_part)
        ns = _namespace(root.tag)
        properties = root.find(ns + "workbookPr")
        flag = None if properties is None else properties.get("date1904")
        self.date1904 = flag is not None and flag not in ("false", "f", "0")  # openpyxl's reading of it

        rels = _relationships(archive, workbook_part)
        self._parts: dict[str, str] = {}
        names: list[str] = []
        worksheets: list[str] = []
        for sheet in root.iterfind(f"{ns}sheets/{ns}sheet"):
            rel_id = next((sheet.get(key) for key in _RELATIONSHIP_IDS if sheet.get(key)), None)
            if rel_id is None:
                continue  # openpyxl drops a sheet without a relationship too
            kind, target = rels[rel_id]
            if target not in archive.NameToInfo:
                continue
            name = sheet.get("name", "")
            names.append(name)
            if "chartsheet" not in kind:
                worksheets.append(name)
                self._parts.setdefault(name, target)
        if not worksheets:  # nothing this reader recognises: let openpyxl have the last word
            raise XlsxUnsupported("no worksheets found")
        self.sheet_names: tuple[str, ...] = tuple(names)
        self.worksheets: tuple[str, ...] = tuple(worksheets)
        by_kind = {kind.rsplit("/", 1)[-1]: target for kind, target in rels.values()}
        self._strings_part = by_kind.get("sharedStrings", "xl/sharedStrings.xml")
        self._styles_part = by_kind.get("styles", "xl/styles.xml")
        self._shared_strings: list[str] | None = None
        self._styles: list[_Style] | None = None

    def close(self) -> None:
        self._archive.close()

    # -- workbook-wide tables, read on first use --------------------------------------------

    def _strings(self) -> list[str]:
        if self._shared_strings is None:
            strings: list[str] = []
            info = self._archive.NameToInfo.get(self._strings_part)
            if info is not None:
                # A table of ordinary size is parsed whole (twice as fast); a huge one streamed.
                items = (_parse_part(self._archive, info.filename).iterchildren("{*}si")
                         if info.file_size <= _WHOLE_PART_BYTES
                         else _stream_elements(self._archive, info.filename, "si"))
                t_tag = r_tag = ""
                for item in items:
                    if not t_tag:
                        ns = _namespace(item.tag)
                        t_tag, r_tag = ns + "t", ns + "r"
                    if len(item) == 1 and item[0].tag == t_tag:  # plain text, the usual case
                        text = item[0].text or ""
                    else:
                        text = _string_item_text(item, t_tag, r_tag)
                    # openpyxl's partial unescaping of "_x005F_": keep its text, which users have seen.
                    strings.append(text.replace("x005F_", "") if "x005F_" in text else text)
            self._shared_strings = strings
        return self._shared_strings

    def _cell_styles(self) -> list[_Style]:
        if self._styles is None:
            styles: list[_Style] = []
            if self._styles_part in self._archive.NameToInfo:
                root = _parse_part(self._archive, self._styles_part)
                ns = _namespace(root.tag)
                custom = {int(item.get("numFmtId")): item.get("formatCode", "")
                          for item in root.iterfind(f"{ns}numFmts/{ns}numFmt")}
                for xf in root.iterfind(f"{ns}cellXfs/{ns}xf"):
                    format_id = int(xf.get("numFmtId", 0))
                    # A workbook's own definition wins, even for a built-in id (Japanese Excel redefines some).
                    styles.append(_style(custom[format_id] if format_id in custom else BUILTIN_FORMATS.get(format_id)))
            self._styles = styles
        return self._styles

    # -- cells -------------------------------------------------------------------------------

    def rows(self, sheet: str) -> Generator[tuple[int, list[str]], None, None]:
        """(sheet row, cell texts without trailing blanks) from row 1 on, blank rows included as []."""
        part = self._parts[sheet]
        strings = self._strings()
        styles = self._cell_styles()
        # Cell style attribute ("3", or None for style 0) -> the texts of its numbers.
        number_texts: dict[str | None, _NumberTexts] = {}
        tags: tuple[str, str, str, str] | None = None
        next_number = 1  # the row openpyxl would give next; rows out of order are dropped, as there
        number = 0
        for row in _stream_elements(self._archive, part, "row"):
            if tags is None:
                ns = _namespace(row.tag)
                tags = (ns + "v", ns + "is", ns + "t", ns + "r")
            v_tag, is_tag, t_tag, r_tag = tags
            r = row.get("r")
            number = number + 1 if r is None else _row_number(r)
            if number < next_number:
                continue
            while next_number < number:  # rows the sheet leaves out are blank rows
                yield next_number, []
                next_number += 1

            texts: list[str] = []
            column = 0
            # The per-cell code is the import's hot loop: lxml calls are picked for speed (plain
            # iteration and cell[0] cost a tenth of iterchildren(tag) and findtext).
            for cell in row:  # <c> elements (comments are dropped by the parser; an <extLst> reads as empty)
                ref = cell.get("r")
                if ref is None:
                    column += 1
                else:
                    letters = ref.rstrip(_DIGITS)
                    column = _COLUMNS.get(letters) or _column_number(letters)
                kind = cell.get("t")
                try:
                    child = cell[0]  # <v> nearly always; <f> first in a formula; <is> in an inline string
                except IndexError:
                    continue  # an empty, styled cell
                if kind == "inlineStr":  # its text is in <is>; openpyxl ignores any <v>
                    inline = child if child.tag == is_tag else cell.find(is_tag)
                    if inline is None:
                        text = ""
                    elif len(inline) == 1 and inline[0].tag == t_tag:  # one plain <t>: nearly always
                        text = inline[0].text or ""
                    else:
                        text = _string_item_text(inline, t_tag, r_tag)
                else:
                    raw = child.text if child.tag == v_tag else cell.findtext(v_tag)
                    if not raw:
                        continue
                    if kind is None or kind == "n":
                        s = cell.get("s")
                        shown = number_texts.get(s)
                        if shown is None:
                            shown = number_texts[s] = _NumberTexts(_style_at(styles, s), self.date1904)
                        text = shown[raw]
                    elif kind == "s":
                        text = strings[int(raw)]
                    elif kind == "b":
                        text = "TRUE" if int(raw) else "FALSE"
                    elif kind == "d":
                        raise XlsxUnsupported("ISO 8601 date cells")
                    else:  # "str" (a formula's text), "e" (an error such as "#N/A"), or unknown: as stored
                        text = raw
                if not text:
                    continue
                filled = len(texts)
                if column > filled:
                    if column > filled + 1:
                        texts.extend([""] * (column - filled - 1))
                    texts.append(text)
                else:
                    texts[column - 1] = text
            yield number, texts
            next_number = number + 1


def _row_number(r: str) -> int:
    try:
        number = int(r)
    except ValueError:
        value = float(r)  # "5.0" passes, as in openpyxl
        if not value.is_integer():
            raise
        number = int(value)
    if number > EXCEL_MAX_ROWS:
        raise XlsxRefused(beyond_rows_text(number))
    return number


def beyond_rows_text(number: int) -> str:
    return (f"a row is numbered {number:,}, beyond Excel's last row ({EXCEL_MAX_ROWS:,}); "
            "open the workbook in Excel and save it again")


def _style(number_format: str | None) -> _Style:
    if is_date_format(number_format):
        return _Style(date=True, elapsed=is_elapsed_time_format(number_format))
    return _Style(decimals=fixed_decimals(number_format)) if number_format else _PLAIN


def _style_at(styles: list[_Style], s: str | None) -> _Style:
    """The style a cell's s attribute names ("" or an id the workbook lacks: plain numbers)."""
    if s is None:
        s = "0"
    if not s:
        return _PLAIN
    index = int(s)
    return styles[index] if 0 <= index < len(styles) else _PLAIN


class _NumberTexts(dict[str, str]):
    """Stored number text -> shown text, for the cells of one style; remembers what it worked out.

    Numbers recur down a column (years, counts, dates), and a dict lookup costs a fraction of
    converting again; what it remembers is capped, so a column of unique values only costs the cap.
    """

    def __init__(self, style: _Style, date1904: bool) -> None:
        super().__init__()
        self._style = style
        self._date1904 = date1904
        self._epoch = (_MAC_EPOCH if date1904 else _WINDOWS_EPOCH).toordinal()

    def __missing__(self, raw: str) -> str:
        style = self._style
        if style.date:
            text = _date_text(raw, self._epoch, self._date1904, style.elapsed)
        elif "." in raw or "e" in raw or "E" in raw:
            text = float_text(float(raw), style.decimals)
        else:
            text = str(int(raw))  # "007" is 7, as openpyxl reads it
        if len(self) < _NUMBER_CACHE_SIZE:
            self[raw] = text
        return text


def _date_text(raw: str, epoch: int, date1904: bool, elapsed: bool) -> str:
    if raw.isdigit() and raw.isascii() and not elapsed:  # whole days, the usual date: no datetime arithmetic
        days = int(raw)
        if days == 0:
            return "00:00:00"  # serial 0 reads as a time of day, as in openpyxl
        try:
            return dt.date.fromordinal(epoch + days + (0 < days < 60 and not date1904)).isoformat()
        except (OverflowError, ValueError):
            return "#VALUE!"
    value = float(raw) if ("." in raw or "e" in raw or "E" in raw) else int(raw)
    try:
        return temporal_text(from_excel_serial(value, date1904, elapsed))
    except (OverflowError, ValueError):
        return "#VALUE!"  # a serial outside the calendar; openpyxl reads it as this error


# ----------------------------------------------------------------------------------------------
# The openpyxl reader (reference and fallback)


class OpenpyxlWorkbook(_Reader):
    """The same interface over openpyxl (read_only, data_only); slower by an order of magnitude."""

    def __init__(self, data: bytes) -> None:
        import openpyxl  # here, not at module level: start-up and the streaming reader need not pay for it

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on features it drops
            self._workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        self.sheet_names: tuple[str, ...] = tuple(self._workbook.sheetnames)
        self.worksheets: tuple[str, ...] = tuple(sheet.title for sheet in self._workbook.worksheets)

    def close(self) -> None:
        self._workbook.close()

    def rows(self, sheet: str) -> Generator[tuple[int, list[str]], None, None]:
        worksheet = self._workbook[sheet]
        worksheet.reset_dimensions()  # some writers store a wrong size; read what is there
        cell_rows = worksheet.iter_rows()
        number = 0
        while True:
            # Warnings are silenced while a batch of rows is read, never across a yield: a filter
            # left open while the caller runs would leak into (and be undone by) its own. A batch,
            # not a row: the filter costs ~5 µs, and a sheet can hold a million blank rows (openpyxl
            # yields each one below a far row): 6 s of silencing before the refusal below.
            batch: list[tuple[Any, ...]] = []
            cells_read = 0
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # e.g. "date outside the limits": read as #VALUE!
                for cells in cell_rows:
                    batch.append(cells)
                    cells_read += len(cells)
                    if len(batch) == _OPENPYXL_BATCH_ROWS or cells_read >= _OPENPYXL_BATCH_CELLS:
                        break
            for cells in batch:
                number += 1
                if number > EXCEL_MAX_ROWS:  # openpyxl yields every blank row below a row numbered 10^12
                    raise XlsxRefused(f"the sheet has rows beyond Excel's last row ({EXCEL_MAX_ROWS:,}); "
                                      "open the workbook in Excel and save it again")
                texts = [_openpyxl_cell_text(cell) for cell in cells]
                while texts and not texts[-1]:
                    texts.pop()
                yield number, texts
            if not batch:
                return


# The openpyxl reader's rows are read in batches of at most this many rows or cells (memory: a
# batch of the widest rows is a few megabytes of cells).
_OPENPYXL_BATCH_ROWS = 4096
_OPENPYXL_BATCH_CELLS = 65_536


def _openpyxl_cell_text(cell: Any) -> str:
    value = cell.value
    kind = type(value)
    if value is None:
        return ""
    if kind is str:
        return value
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return str(value)
    if kind is float:
        return float_text(value, _decimals_of(cell))
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        return temporal_text(value)
    return str(value)


def _decimals_of(cell: Any) -> int | None:
    try:
        return fixed_decimals(str(cell.number_format))
    except (AttributeError, IndexError, KeyError, TypeError):  # a style id the workbook lacks
        return None

