"""Builders for the files users hand to the importer, written into a test's tmp_path at test time.

Nothing binary is committed: each fixture is made from our own text (encoded as a user's editor
or Excel would) so the traps of real files are reproduced without copying them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
from openpyxl.chart import BarChart, Reference


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def write_text(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    """Text written as is (line ends included) in the given encoding ("utf-8-sig" adds a BOM)."""
    return write_bytes(folder, name, text.encode(encoding))


def write_rows(folder: Path, name: str, rows: Sequence[Sequence[str]], *, delimiter: str = ",",
               encoding: str = "utf-8", lineterminator: str = "\r\n") -> Path:
    """Rows written with csv.writer, quoting only where needed, as spreadsheet programs do."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    return write_text(folder, name, buffer.getvalue(), encoding)


def write_xlsx(folder: Path, name: str, sheets: dict[str, Sequence[Sequence[object]]], *,
               number_formats: dict[tuple[str, str], str] | None = None,
               merged: dict[str, Sequence[str]] | None = None, chart_sheet: str | None = None) -> Path:
    """A workbook with one worksheet per entry (rows from A1; None leaves a cell empty).

    number_formats maps (sheet, "B3") to an Excel format such as "0.00"; merged maps a sheet to
    ranges like "A1:D1"; chart_sheet adds a chart sheet of that name after the worksheets.
    """
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    for (title, coordinate), number_format in (number_formats or {}).items():
        workbook[title][coordinate].number_format = number_format
    for title, ranges in (merged or {}).items():
        for cell_range in ranges:
            workbook[title].merge_cells(cell_range)
    if chart_sheet is not None:  # a chart of the first sheet's column A (openpyxl cannot read back an empty one)
        chart = BarChart()
        chart.add_data(Reference(workbook.worksheets[0], min_col=1, min_row=1, max_row=2))
        workbook.create_chartsheet(chart_sheet).add_chart(chart)
    path = folder / name
    workbook.save(path)
    return path


def write_zip(folder: Path, name: str, members: dict[str, bytes]) -> Path:
    """A deflated zip archive with these members (to build hostile "workbooks")."""
    path = folder / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


# --- Hand-built workbook packages (for the streaming XLSX reader) ------------------------------

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.{}+xml"


def xlsx_package(sheets: dict[str, str], *, shared_strings: str | None = None, styles: str | None = None,
                 date1904: bool = False) -> dict[str, bytes]:
    """The parts of a minimal workbook, as Excel lays them out, from XML fragments.

    sheets maps a sheet name to the inside of its <sheetData> ("<row r='1'>...</row>...");
    shared_strings and styles are the inside of <sst> and <styleSheet> (None leaves the part out).
    """
    overrides = [("/xl/workbook.xml", "sheet.main")]
    workbook_rels, sheet_entries, parts = [], [], {}
    for number, (name, rows) in enumerate(sheets.items(), start=1):
        member = f"xl/worksheets/sheet{number}.xml"
        parts[member] = f'<worksheet xmlns="{MAIN_NS}"><sheetData>{rows}</sheetData></worksheet>'
        overrides.append((f"/{member}", "worksheet"))
        workbook_rels.append(f'<Relationship Id="rId{number}" Type="{_OFFICE_RELS}/worksheet" '
                             f'Target="worksheets/sheet{number}.xml"/>')
        sheet_entries.append(f'<sheet name="{name}" sheetId="{number}" r:id="rId{number}"/>')
    for part, content, kind, root in (("sharedStrings.xml", shared_strings, "sharedStrings", "sst"),
                                      ("styles.xml", styles, "styles", "styleSheet")):
        if content is not None:
            parts[f"xl/{part}"] = f'<{root} xmlns="{MAIN_NS}">{content}</{root}>'
            overrides.append((f"/xl/{part}", kind))
            workbook_rels.append(f'<Relationship Id="rId{kind}" Type="{_OFFICE_RELS}/{kind}" Target="{part}"/>')
    properties = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    parts["xl/workbook.xml"] = (f'<workbook xmlns="{MAIN_NS}" xmlns:r="{_OFFICE_RELS}">{properties}'
                                f'<sheets>{"".join(sheet_entries)}</sheets></workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (f'<Relationships xmlns="{_PACKAGE_RELS}">{"".join(workbook_rels)}'
                                           "</Relationships>")
    parts["_rels/.rels"] = (f'<Relationships xmlns="{_PACKAGE_RELS}"><Relationship Id="rId1" '
                            f'Type="{_OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    types = "".join(f'<Override PartName="{part}" ContentType="{_CONTENT_TYPE.format(kind)}"/>'
                    for part, kind in overrides)
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{types}</Types>')
    return {member: ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml).encode()
            for member, xml in parts.items()}


def rewrite_xlsx(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of a workbook with some parts replaced (None removes one), others byte for byte."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            replacement = change.get(info.filename, original.read(info.filename))
            if replacement is not None:
                copy.writestr(info.filename, replacement)
    return target
