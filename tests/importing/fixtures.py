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
