"""Exporting exactly the data a chart shows, as CSV or XLSX. Qt-free.

Both formats hold one row per figure of a ``ChartSpec``: the value as plotted (in its panel's unit,
after the basis transform), the text shown and the text published, qualifier, flags, source, the
reader-facing note and, in its own column, the pack author's ``editor_note`` (a spreadsheet is where
an analyst checks figures; charts and slides never show it). Nothing is recomputed here; the spec is the single truth for screen and exports.

CSV design: the ``.csv`` file holds only the table (a header row, then one row per figure), so any
tool reads it without skipping comment lines. Everything that must travel with the numbers (marking,
title, basis, filter, warnings, conversion rates, full sources, pack identity, export date and the
receipt) goes into a plain-text ``<stem>-README.txt`` beside it. ``read_receipt_from_readme`` reads
the receipt back from that file (or from the CSV's path). The CSV is UTF-8 with a BOM (so Excel
detects the encoding) and RFC 4180 quoting with CRLF line ends.

XLSX design: sheet "Data" (the CSV's table, numbers as numbers), sheet "Table" (``spec.table()`` as
on screen) and sheet "About" (the README's content as key/value rows, marking first). The marking is
also in every sheet's printed header and footer, and the workbook's document properties carry title,
subject (the marking), keywords and, as comments, the receipt, which ``read_receipt_from_xlsx``
reads back with the standard library only (openpyxl is a test dependency, not a runtime one).

Metadata: a dict of text (``make_metadata`` builds one). Known keys are written in a fixed order
(``KNOWN_METADATA``: marking, title, subtitle, filter, pack identity, export date, receipt); other
keys follow as given; basis, warnings, footnotes and sources are always the spec's own.

Formula injection: text from a pack is untrusted. Any text cell a spreadsheet could evaluate (one
starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) that is not a plain number gets a
leading apostrophe (OWASP CSV-injection guidance), in both formats, metadata included. XLSX text is
written with ``write_string`` only, and the workbook has ``strings_to_formulas`` off as well.

Every file is written whole in memory, then with ``write_atomic``: a crash leaves the old file or the
new one, never half of one.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import math
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter

from explorer.atomic_write import write_atomic
from explorer.bounded_read import read_at_most
from explorer.charts.chart_spec import ChartSpec
from explorer.domain.cell_safety import neutralise
from explorer.export.view_state import RECEIPT_KEY, ViewError

if TYPE_CHECKING:
    from explorer.data.pack import Pack

COLUMNS = ("series", "reporter", "partner", "period", "value", "unit", "display", "published",
           "qualifier", "flags", "source_marker", "source", "note", "editor_note")
COLUMN_HELP = {
    "series": "the series as labelled on the chart (reporter → partner)",
    "reporter": "id of the actor whose figure it is",
    "partner": "id of the partner actor (empty: the reporter's own total)",
    "period": "the period as published (2024, FY2024, 2025-06, …)",
    "value": "the number as plotted, in the unit column (empty: listed, not plotted)",
    "unit": "the chart axis unit after the basis transform",
    "display": "the value as shown on the chart",
    "published": "the figure as the source published it",
    "qualifier": "a bound or approximation as published (>, <, ~, ≥, ≤)",
    "flags": "why a figure needs a second look, ';'-separated",
    "source_marker": "the footnote marker of its source",
    "source": "the full source line",
    "note": "the observation's reader-facing note (note_ja in Japanese labels) and any conversion detail",
    "editor_note": "the pack author's working note on the figure (not shown on charts or slides)",
}
# Metadata keys the writers know, in the order written (others follow, as given).
KNOWN_METADATA = {
    "marking": "Marking",
    "title": "Title",
    "subtitle": "Subtitle",
    "filter": "Filter",
    "pack": "Pack",
    "pack_name": "Pack name",
    "pack_version": "Pack version",
    "pack_sha256": "Pack SHA-256",
    "exported": "Exported",
    "receipt": "Receipt",
}
# Accepted but taken from the spec itself, the single truth (writing both would say it twice).
FROM_SPEC = ("basis", "warnings", "footnotes", "sources", "indicator", "chart")
README_SUFFIX = "-README.txt"
MAX_READ = 1 << 20  # receipts are read from files of at most 1 MiB (README, docProps/core.xml)
MAX_RECEIPT_FILE_BYTES = 512 << 20  # an Office file read for its receipt (a deck of many pictures)
MAX_RECEIPT_MEMBERS = 10_000
NUMBER_FORMAT = "#,##0.00##"
_XLSX_TEXT_MAX = 32767
_HEADER_MAX = 255  # Excel's limit for a header/footer string (UTF-16 units)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DC = "{http://purl.org/dc/elements/1.1/}"


# -- shared ---------------------------------------------------------------------------------------

def readme_path_for(csv_path: str | Path) -> Path:
    p = Path(csv_path)
    return p.with_name(p.stem + README_SUFFIX)


def make_metadata(pack: Pack | None = None, *, filter_text: str = "", marking: str = "",
                  receipt_json: str = "", exported: str = "") -> dict[str, str]:
    """The metadata dict the writers expect, from the pack and the export's context."""
    meta = {"marking": marking, "filter": filter_text}
    if pack is not None:
        meta |= {"pack_name": pack.meta.name, "pack_version": pack.meta.version,
                 "pack_sha256": pack.meta.digest}
    meta |= {"exported": exported or _dt.date.today().isoformat(), "receipt": receipt_json}
    return meta


def figure_rows(spec: ChartSpec) -> list[dict[str, str | float | None]]:
    """One dict per figure, keyed by ``COLUMNS``; ``value`` is a float or None, the rest text."""
    sources = dict(spec.sources)
    rows: list[dict[str, str | float | None]] = []
    for panel in spec.panels:
        for series in panel.series:
            reporter, _, partner = series.key.partition(">")
            for f in sorted(series.figures, key=lambda f: f.x):
                value = f.value if f.value is not None and math.isfinite(f.value) else None
                rows.append({
                    "series": series.label, "reporter": reporter, "partner": partner,
                    "period": f.period, "value": value, "unit": panel.unit, "display": f.display,
                    "published": f.published, "qualifier": f.qualifier,
                    "flags": ";".join(flag.value for flag in f.flags),
                    "source_marker": f.source_marker,
                    "source": sources.get(f.source_marker, f.source_id), "note": f.note,
                    "editor_note": f.editor_note,
                })
    return rows


def _number_text(value: str | float | None) -> str:
    return "" if value is None else repr(float(value))


def _marking(spec: ChartSpec, metadata: dict[str, str]) -> str:
    return str(metadata.get("marking") or spec.classification or "").strip()


def _receipt(metadata: dict[str, str]) -> str:
    """The receipt on one line (a pretty-printed one is compacted, so it can be found again)."""
    text = str(metadata.get("receipt") or "").strip()
    if "\n" in text or "\r" in text:
        try:
            text = json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True)
        except ValueError:
            text = " ".join(text.split())
    return text


def about_entries(spec: ChartSpec, metadata: dict[str, str]) -> list[tuple[str, str]]:
    """(label, value) rows for the README and the "About" sheet, marking first, receipt last.

    Title and subtitle may be overridden by ``metadata``; basis, warnings, footnotes (conversion
    rates among them) and sources always come from the spec (see ``FROM_SPEC``).
    """
    meta = {k: str(v) for k, v in metadata.items() if v is not None}
    out: list[tuple[str, str]] = []
    marking = _marking(spec, meta)
    if marking:
        out.append(("Marking", marking))
    out.append(("Title", meta.get("title") or spec.title))
    out.append(("Subtitle", meta.get("subtitle") or spec.subtitle))
    out += [("Indicator", spec.indicator_id), ("Basis", spec.basis.value), ("Chart", spec.kind.value)]
    for key in ("filter", "pack", "pack_name", "pack_version", "pack_sha256", "exported"):
        if meta.get(key):
            out.append((KNOWN_METADATA[key], meta[key]))
    out += [(k, v) for k, v in meta.items() if k not in KNOWN_METADATA and k not in FROM_SPEC and v]
    out += [("Warning", w) for w in spec.warnings]
    out += [("Note", n) for n in spec.footnotes]  # conversion rates ("Converted at …") among them
    out += [(f"Source {m}", line) for m, line in spec.sources]
    receipt = _receipt(meta)
    if receipt:
        out.append(("Receipt", receipt))
    return out


# -- CSV ------------------------------------------------------------------------------------------

def write_csv(spec: ChartSpec, path: str | Path, *, metadata: dict[str, str]) -> Path:
    """Write the figures to ``path`` and the metadata to ``<stem>-README.txt``; returns ``path``.

    The README is written first, so a CSV never appears without the marking and sources.
    """
    path = Path(path)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in figure_rows(spec):
        writer.writerow([_number_text(row[c]) if c == "value" else neutralise(str(row[c]))
                         for c in COLUMNS])
    readme = readme_path_for(path)
    write_atomic(readme, readme_text(spec, metadata, path.name).encode("utf-8"))
    write_atomic(path, buf.getvalue().encode("utf-8-sig"))
    return path


def _block(value: str, indent: str = "    ") -> str:
    """A value on as many lines as it has, continuation lines indented: no value can fake a
    top-level line (such as the receipt's)."""
    return ("\n" + indent).join(value.splitlines() or [""])


def readme_text(spec: ChartSpec, metadata: dict[str, str], data_name: str) -> str:
    """The README beside a CSV export: marking top and bottom, then everything about the data."""
    entries = about_entries(spec, metadata)
    marking = _marking(spec, metadata)
    single = {"Title", "Subtitle", "Marking", "Receipt"}
    lines = []
    if marking:  # bare lines: the only ones a spreadsheet importing this text could evaluate
        lines.append(neutralise(_block(marking)))
    lines.append(neutralise(_block(dict(entries)["Title"])))
    lines.append(neutralise(_block(dict(entries)["Subtitle"])))
    lines += ["", f"Data file: {_block(data_name)} (one row per figure as plotted; UTF-8, "
              "comma-separated, RFC 4180 quoting)."]
    lines += [f"{label}: {_block(value)}" for label, value in entries
              if label not in single and label not in ("Warning", "Note")
              and not label.startswith("Source ")]
    for heading, label in (("Warnings", "Warning"), ("Notes and conversion rates", "Note")):
        items = [v for k, v in entries if k == label]
        if items:
            lines += ["", f"{heading}:", *(f"  - {_block(v)}" for v in items)]
    lines += ["", "Sources:"]
    lines += [f"  {m} {_block(text)}" for m, text in spec.sources] or ["  none cited"]
    lines += ["", "Columns:", *(f"  {c}: {COLUMN_HELP[c]}" for c in COLUMNS)]
    receipt = _receipt(metadata)
    if receipt:
        lines += ["", "Receipt (regenerate with briefing-explorer export --from-receipt):",
                  f"{RECEIPT_KEY}: {receipt}"]
    if marking:
        lines += ["", neutralise(_block(marking))]
    return "\n".join(lines) + "\n"


def read_receipt_from_readme(path: str | Path) -> str:
    """The receipt JSON of a CSV export, from its README (``path``: the README or the CSV)."""
    p = Path(path)
    if p.suffix.lower() == ".csv":
        p = readme_path_for(p)
    try:
        data = read_at_most(p, MAX_READ)
    except OSError as e:
        raise ViewError(f"{p}: cannot read ({e.strerror})") from None
    if len(data) > MAX_READ:
        raise ViewError(f"{p}: larger than 1 MiB; not an export's README")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ViewError(f"{p}: not UTF-8 text") from None
    prefix = f"{RECEIPT_KEY}: "
    for line in text.split("\n"):  # not splitlines(): the JSON may hold U+2028 as it is
        if line.startswith(prefix):
            return line[len(prefix):].rstrip("\r")
    raise ViewError(f"{p}: no Briefing Explorer receipt in this file")


# -- XLSX -----------------------------------------------------------------------------------------

def _cell_text(value: object) -> str:
    text = neutralise(str(value))
    return text if len(text) <= _XLSX_TEXT_MAX else text[: _XLSX_TEXT_MAX - 1] + "…"


def _property_text(value: str) -> str:
    """Document properties go into XML as they are: control characters would corrupt the file."""
    return _CONTROL.sub(" ", value)


def _header_text(marking: str) -> str:
    """``&C<marking>`` with Excel's codes escaped, within Excel's 255-character limit."""
    text = marking
    while True:
        escaped = text.replace("&", "&&")
        # XlsxWriter reads "&G" and "&[Picture]" as picture placeholders, even after "&&".
        escaped = escaped.replace("&G", "& G").replace("&[", "& [")
        header = "&C" + escaped
        if len(header.encode("utf-16-le")) // 2 <= _HEADER_MAX or not text:
            return header
        text = text[:-1]


def _widths(rows: list[list[str]], minimum: int = 6, maximum: int = 60) -> list[int]:
    widths: list[int] = []
    for row in rows:
        for i, cell in enumerate(row):
            n = max((len(ln) for ln in str(cell).splitlines()), default=0)
            if i >= len(widths):
                widths.append(minimum)
            widths[i] = max(widths[i], min(n + 2, maximum))
    return widths


def write_xlsx(spec: ChartSpec, path: str | Path, *, metadata: dict[str, str]) -> Path:
    """Write the workbook (sheets Data, Table, About) to ``path``; returns ``path``."""
    path = Path(path)
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {
        "in_memory": True,
        "strings_to_formulas": False,  # second guard: text is never a formula
        "strings_to_numbers": False,
        "strings_to_urls": False,
    })
    bold = wb.add_format({"bold": True})
    number = wb.add_format({"num_format": NUMBER_FORMAT})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    marking = _marking(spec, metadata)
    entries = about_entries(spec, metadata)
    receipt = _receipt(metadata)

    def sheet(name: str):
        ws = wb.add_worksheet(name)
        if marking:
            ws.set_header(_header_text(marking))
            ws.set_footer(_header_text(marking))
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        return ws

    # Data: the CSV's table, numbers as numbers.
    ws = sheet("Data")
    rows = figure_rows(spec)
    for c, name in enumerate(COLUMNS):
        ws.write_string(0, c, name, bold)
    for r, row in enumerate(rows, start=1):
        for c, name in enumerate(COLUMNS):
            value = row[name]
            if name == "value":
                if value is not None:
                    ws.write_number(r, c, float(value), number)
            elif value != "":
                ws.write_string(r, c, _cell_text(value))
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
    shown = [list(COLUMNS)] + [[_number_text(row[c]) if c == "value" else str(row[c])
                                for c in COLUMNS] for row in rows]
    for c, w in enumerate(_widths(shown)):
        ws.set_column(c, c, w)

    # Table: as on screen.
    ws = sheet("Table")
    header, table_rows = spec.table()
    for c, text in enumerate(header):
        ws.write_string(0, c, _cell_text(text), bold)
    for r, cells in enumerate(table_rows, start=1):
        for c, text in enumerate(cells):
            if text:
                ws.write_string(r, c, _cell_text(text))
    ws.freeze_panes(1, 1)
    for c, w in enumerate(_widths([header, *table_rows])):
        ws.set_column(c, c, w)

    # About: the README as rows, marking first.
    ws = sheet("About")
    for r, (label, value) in enumerate(entries):
        ws.write_string(r, 0, _cell_text(label), bold)
        ws.write_string(r, 1, _cell_text(value), wrap)
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 100)

    wb.set_properties({
        "title": _property_text(str(metadata.get("title") or spec.title)),
        "subject": _property_text(marking),
        "keywords": _property_text(", ".join(k for k in (
            "Briefing Explorer", spec.indicator_id, str(metadata.get("pack_name") or "")) if k)),
        "comments": _property_text(receipt),
    })
    wb.close()
    write_atomic(path, buf.getvalue())
    return path


def read_receipt_from_xlsx(path: str | Path) -> str:
    """The receipt JSON stored as the workbook's comments (``dc:description`` in docProps/core.xml)."""
    return read_receipt_from_package(path)


def read_receipt_from_package(path: str | Path, *, required: bool = True) -> str:
    """The receipt JSON an Office file (XLSX, PPTX, DOCX) stores as its comments
    (``dc:description`` in docProps/core.xml); "" when it has none and ``required`` is False.

    The file is treated as untrusted and bounded before anything is parsed: at most
    ``MAX_RECEIPT_FILE_BYTES`` on disk and ``MAX_RECEIPT_MEMBERS`` parts, and only docProps/core.xml
    is read, up to 1 MiB, UTF-8, with no DOCTYPE or entities (no entity expansion, no external
    references). Opening the whole deck (python-pptx) let a crafted 3 MB .pptx take 6.3 GB.
    """
    p = Path(path)
    data = _read_core_xml(p, required)
    if data is None:
        return ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ViewError(f"{p}: document properties are not UTF-8") from None
    upper = text.upper()
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper:
        raise ViewError(f"{p}: document properties declare a DOCTYPE or entities; refused")
    try:
        root = ET.fromstring(data, parser=ET.XMLParser(encoding="utf-8"))
    except ET.ParseError as e:
        raise ViewError(f"{p}: document properties are not valid XML ({e})") from None
    el = root.find(f"{_DC}description")
    receipt = (el.text or "").strip() if el is not None else ""
    if not receipt and required:
        raise ViewError(f"{p}: no Briefing Explorer receipt in this file")
    return receipt


def _read_core_xml(p: Path, required: bool = True) -> bytes | None:
    """docProps/core.xml of the Office file at ``p``, at most ``MAX_READ`` bytes, or ViewError
    (None when it has no such part and ``required`` is False)."""
    too_big = ViewError(f"{p}: document properties larger than 1 MiB")
    try:
        size = p.stat().st_size
        if size > MAX_RECEIPT_FILE_BYTES:
            raise ViewError(f"{p}: {size / 2**20:,.0f} MB; files over {MAX_RECEIPT_FILE_BYTES >> 20} MB "
                            "are not read for a receipt")
        with zipfile.ZipFile(p) as zf:
            if len(zf.infolist()) > MAX_RECEIPT_MEMBERS:
                raise ViewError(f"{p}: more than {MAX_RECEIPT_MEMBERS:,} parts; not an export of this "
                                "application")
            info = zf.NameToInfo.get("docProps/core.xml")
            if info is None:
                if not required:
                    return None
                raise ViewError(f"{p}: no document properties; not a Briefing Explorer export")
            if info.file_size > MAX_READ:
                raise too_big
            with zf.open(info) as fh:
                data = fh.read(MAX_READ + 1)  # the declared size may lie
    except ViewError:
        raise
    except OSError as e:
        raise ViewError(f"{p}: cannot read ({e.strerror or e})") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError,
            RuntimeError, EOFError, ValueError) as e:
        raise ViewError(f"{p}: not a readable {p.suffix[1:].upper() or 'Office'} file ({e})") from None
    if len(data) > MAX_READ:
        raise too_big
    return data
