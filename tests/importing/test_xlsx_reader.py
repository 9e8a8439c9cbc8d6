"""The streaming XLSX reader: same text as the openpyxl reader, refuses unsafe XML, falls back when it must."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.styles import Font

from explorer.importing import xlsx_reader
from explorer.importing.source_table import SourceFileError, list_sheets, read_table
from explorer.importing.xlsx_reader import OpenpyxlWorkbook, XlsxUnsupported, XlsxWorkbook
from tests.importing.fixtures import (
    MAIN_NS,
    STRICT_MAIN_NS,
    rewrite_xlsx,
    write_xlsx,
    write_zip,
    xlsx_package,
)

# --- workbooks for the equivalence test, each written the way a user's tool would -----------


def _openpyxl_cells(folder: Path) -> Path:
    """Values of every Python type openpyxl writes, in several number formats, with gaps and a merged title."""
    rows = [
        ["Treaties of the period", None, None, None],
        [None, None, None, None],
        ["a", "b", None, "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"],
        [42, 2001.0, 2001.1, 1234.5, 0.1 + 0.2, 1 / 3, 1e20, -0.5, 1e-7, -0.0, 10**15 + 0.5, 7, "007", " x "],
        [dt.datetime(2001, 10, 1), dt.datetime(2001, 10, 1, 13, 45), dt.datetime(2001, 10, 1, 13, 45, 7, 250000),
         dt.date(1999, 12, 31), dt.time(13, 45), dt.time(0, 0, 1), dt.date(1900, 2, 10), dt.date(1900, 3, 1),
         dt.timedelta(hours=26, minutes=3), True, False, "#N/A", "#DIV/0!", None],
        ["日本国", "Côte d'Ivoire", None, None, "", "=1+1", "tab\there", "line\nbreak", "_x000D_", None, None, 5],
    ]
    formats = {"C4": "0.00", "D4": "#,##0.00", "E4": "0.000", "F4": '"USD "#,##0.00_);[Red]("USD "#,##0.00)',
               "G4": "0.00", "H4": "0.0%", "I4": "0.00E+00", "L4": "dd/mm/yyyy", "A6": "@",
               "L6": 'yyyy"年"m"月"d"日"', "B5": "[$-F800]dddd, mmmm dd, yyyy"}
    return write_xlsx(folder, "openpyxl_cells.xlsx", {"Data": rows},
                      number_formats={("Data", cell): fmt for cell, fmt in formats.items()},
                      merged={"Data": ["A1:D1"]})


def _openpyxl_1904(folder: Path) -> Path:
    workbook = openpyxl.Workbook()
    workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.title = "Mac"
    sheet.append(["date", "datetime", "number"])
    sheet.append([dt.date(2001, 10, 1), dt.datetime(1904, 1, 2, 6), 3.25])
    sheet["D2"] = 0  # serial 0 in a date format
    sheet["D2"].number_format = "yyyy-mm-dd"
    path = folder / "mac.xlsx"
    workbook.save(path)
    return path


def _openpyxl_styled_and_sparse(folder: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Styled"
    sheet.append(["name", "value"])
    sheet.append(["bold", 2.5])
    sheet["A2"].font = Font(bold=True)
    sheet["B2"].number_format = "0.00"
    sheet["C5"] = "far away"  # a sparse sheet: gaps in rows and columns
    sheet["A9"] = 1.0
    path = folder / "styled.xlsx"
    workbook.save(path)
    return path


def _xlsxwriter_book(folder: Path, name: str, **options: object) -> Path:
    """Written as Excel writes (shared strings, styles, formulas with cached results, rich text)."""
    path = folder / name
    workbook = xlsxwriter.Workbook(str(path), options)
    sheet = workbook.add_worksheet("Treaties")
    bold = workbook.add_format({"bold": True})
    decimals = workbook.add_format({"num_format": "0.00"})
    thousands = workbook.add_format({"num_format": "#,##0.00"})
    date = workbook.add_format({"num_format": "yyyy-mm-dd"})
    stamp = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    clock = workbook.add_format({"num_format": "h:mm"})
    elapsed = workbook.add_format({"num_format": "[h]:mm:ss"})
    japanese = workbook.add_format({"num_format": 'yyyy"年"m"月"d"日"'})
    sheet.write_row(0, 0, ["Title", "Signed", "Value", "Count", "In force", "Note"], bold)
    sheet.write_string(1, 0, "Treaty Between England And Castile")
    sheet.write_datetime(1, 1, dt.datetime(1901, 6, 15), date)
    sheet.write_number(1, 2, 2001.10, decimals)
    sheet.write_number(1, 3, 12)
    sheet.write_boolean(1, 4, True)
    sheet.write_rich_string(1, 5, "plain ", bold, "bold", " and plain")
    sheet.write_string(2, 0, "日本国と中華人民共和国との間の平和友好条約")
    sheet.write_datetime(2, 1, dt.datetime(1978, 8, 12, 16, 30), stamp)
    sheet.write_number(2, 2, 1234567.891, thousands)
    sheet.write_formula(2, 3, "=D2*2", None, 24)
    sheet.write_formula(2, 4, '="in force"', None, "in force")
    sheet.write_formula(2, 5, "=NA()", None, "#N/A")
    sheet.write_datetime(3, 1, dt.datetime(1900, 1, 1, 9, 15), clock)
    sheet.write_number(3, 2, 1.5, elapsed)
    sheet.write_datetime(3, 3, dt.datetime(2001, 10, 1), japanese)
    sheet.write_formula(3, 4, "=1>2", None, False)
    sheet.write_blank(3, 5, None, bold)  # a styled empty cell
    sheet.write_string(5, 3, "after a blank row")
    sheet.merge_range(7, 0, 7, 3, "merged note", bold)
    workbook.add_worksheet("Empty")
    workbook.close()
    return path


def _hand_built(folder: Path) -> Path:
    """What only a hand-built package shows: phonetic runs, cells and rows without r, odd types and styles."""
    strings = ("<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
               "<si><r><rPr><b/></rPr><t>rich </t></r><r><t>text</t></r><rPh sb=\"0\" eb=\"1\"><t>ふり</t></rPh></si>"
               "<si><t xml:space=\"preserve\">  spaced  </t></si>"
               "<si><t>_x005F_x000D_ kept</t></si>"
               "<si><t/></si>")
    styles = ('<numFmts count="4"><numFmt numFmtId="164" formatCode="0.000"/>'
              '<numFmt numFmtId="165" formatCode="[h]:mm:ss"/>'
              '<numFmt numFmtId="14" formatCode="0.00"/>'
              '<numFmt numFmtId="166" formatCode="&quot;day&quot; 0.0"/></numFmts>'
              '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/>'
              '<xf numFmtId="22"/><xf numFmtId="166"/><xf numFmtId="47"/></cellXfs>')
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c>'
            '<c r="E1" t="s"><v>3</v></c><c r="F1" t="s"><v>4</v></c></row>'
            '<row r="2"><c t="inlineStr"><is><t>inline</t></is></c><c t="inlineStr"><is><r><t>in</t></r>'
            '<r><t>line rich</t></r><rPh sb="0" eb="1"><t>X</t></rPh></is></c><c t="inlineStr"><v>ignored</v></c>'
            '<!-- a comment --><c t="n"><v>7</v></c><c r="H2" t="str"><v>formula text</v></c></row>'
            '<row r="4"><c r="A4" s="1"><v>3.14159</v></c><c r="B4" s="2"><v>1.5</v></c><c r="C4" s="3"><v>2.5</v></c>'
            '<c r="D4" s="4"><v>36526.75</v></c><c r="E4" s="5"><v>0.25</v></c><c r="F4" s="6"><v>0.5</v></c>'
            '<c r="G4" s="99"><v>1.25</v></c><c r="H4" s=""><v>2.75</v></c></row>'
            '<row r="5.0"><c r="a5" t="b"><v>1</v></c><c r="B5" t="b"><v>0</v></c><c r="C5" t="e"><v>#REF!</v></c>'
            '<c r="D5"><f>SUM(A1)</f></c><c r="E5"><f>1+1</f><v>2</v></c><c r="F5" s="4"><v>1E10</v></c>'
            '<c r="G5" s="4"><v>59</v></c><c r="H5" s="4"><v>60</v></c><c r="I5" s="4"><v>61</v></c>'
            '<c r="J5" s="4"><v>-1</v></c><c r="K5"><v>1.5E-3</v></c><c r="L5"><v>-0</v></c>'
            '<c r="M5"><v>007</v></c><c r="N5"><v></v></c><c r="O5" s="1"/></row>'
            '<row><c><v>8</v></c><c r="C6" t="s"><v>2</v></c></row>'
            '<row r="3"><c r="A3"><v>3</v></c></row>'  # out of order: dropped
            '<row r="9" spans="1:3"/>'
            '<row r="10"><c r="AB10"><v>10</v></c></row>')
    return write_zip(folder, "hand.xlsx", xlsx_package({"Hand": rows}, shared_strings=strings, styles=styles))


def _hand_built_1904_without_strings(folder: Path) -> Path:
    styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c></row>'
            '<row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2" s="1"><v>1</v></c><c r="C2" s="1"><v>35795</v></c>'
            '<c r="D2" s="1"><v>35795.5</v></c></row>')
    return write_zip(folder, "mac_inline.xlsx", xlsx_package({"Mac": rows}, styles=styles, date1904=True))


WORKBOOKS: dict[str, Callable[[Path], Path]] = {
    "openpyxl cells": _openpyxl_cells,
    "openpyxl 1904": _openpyxl_1904,
    "openpyxl styled, sparse": _openpyxl_styled_and_sparse,
    "xlsxwriter shared strings": lambda folder: _xlsxwriter_book(folder, "xw.xlsx"),
    "xlsxwriter inline strings": lambda folder: _xlsxwriter_book(folder, "xw_inline.xlsx", constant_memory=True),
    "xlsxwriter 1904": lambda folder: _xlsxwriter_book(folder, "xw_1904.xlsx", date_1904=True),
    "hand-built": _hand_built,
    "hand-built 1904, no shared strings": _hand_built_1904_without_strings,
    "chart sheet": lambda folder: write_xlsx(folder, "chart.xlsx", {"Notes": [["n"], [1]], "Data": [["x"], [2]]},
                                             chart_sheet="Chart"),
}


def _all_rows(book: XlsxWorkbook | OpenpyxlWorkbook) -> dict[str, list[tuple[int, list[str]]]]:
    return {sheet: list(book.rows(sheet)) for sheet in book.worksheets}


@pytest.mark.parametrize("make", WORKBOOKS.values(), ids=WORKBOOKS.keys())
def test_the_streaming_reader_gives_the_same_text_as_openpyxl(tmp_path, make):
    data = make(tmp_path).read_bytes()
    with XlsxWorkbook(data) as fast, OpenpyxlWorkbook(data) as reference:
        assert (fast.sheet_names, fast.worksheets) == (reference.sheet_names, reference.worksheets)
        fast_rows, reference_rows = _all_rows(fast), _all_rows(reference)
    assert fast_rows == reference_rows
    assert any(texts for rows in fast_rows.values() for _, texts in rows)  # not equal by being empty


def test_cells_read_as_a_user_sees_them(tmp_path):
    # Spot checks of the equivalence above, so that a shared mistake in both readers shows too.
    with XlsxWorkbook(_hand_built(tmp_path).read_bytes()) as book:
        rows = dict(book.rows("Hand"))
    assert rows[1] == ["東京", "rich text", "", "  spaced  ", "_x000D_ kept"]  # no furigana
    assert rows[2] == ["inline", "inline rich", "", "7", "", "", "", "formula text"]
    assert rows[3] == []  # the row written out of order is dropped, its number stays blank
    assert rows[4] == ["3.142", "1 day, 12:00:00", "2.50", "2000-01-01T18:00:00", "0.2", "12:00:00", "1.25", "2.75"]
    assert rows[5] == ["TRUE", "FALSE", "#REF!", "", "2", "#VALUE!", "1900-02-28", "1900-02-28", "1900-03-01",
                       "1899-12-29", "0.0015", "0", "7"]
    assert rows[6] == ["8", "", "  spaced  "] and rows[9] == [] and rows[10] == [""] * 27 + ["10"]
    with XlsxWorkbook(_hand_built_1904_without_strings(tmp_path).read_bytes()) as book:
        assert list(book.rows("Mac"))[1] == (2, ["00:00:00", "1904-01-02", "2002-01-01", "2002-01-01T12:00:00"])


def test_read_table_uses_the_streaming_reader_and_never_openpyxl_for_a_readable_workbook(tmp_path, monkeypatch):
    path = _xlsxwriter_book(tmp_path, "xw.xlsx")

    def no_openpyxl(data: bytes) -> None:
        raise AssertionError("openpyxl was used")

    monkeypatch.setattr(xlsx_reader, "OpenpyxlWorkbook", no_openpyxl)
    table = read_table(path)
    assert table.header == ["Title", "Signed", "Value", "Count", "In force", "Note"]
    assert table.rows[0] == ["Treaty Between England And Castile", "1901-06-15", "2001.10", "12", "TRUE",
                             "plain bold and plain"]
    assert table.row_numbers == [2, 3, 4, 6, 8]
    assert list_sheets(path) == ("Treaties", "Empty")
    assert read_table(path, max_rows=1).rows == [table.rows[0]]


def test_strict_ooxml_workbooks_are_read_too(tmp_path):
    # openpyxl knows only the transitional namespaces: it finds no sheets in a strict workbook.
    path = write_xlsx(tmp_path, "t.xlsx", {"Data": [["name", "year"], ["Paris", 1783]]})
    strict_names = {MAIN_NS.encode(): STRICT_MAIN_NS.encode(),
                    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships":
                        b"http://purl.oclc.org/ooxml/officeDocument/relationships"}
    change: dict[str, bytes | None] = {}
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            data = archive.read(member)
            for old, new in strict_names.items():
                data = data.replace(old, new)
            change[member] = data
    strict = rewrite_xlsx(path, tmp_path / "strict.xlsx", change)
    table = read_table(strict)
    assert table.header == ["name", "year"] and table.rows == [["Paris", "1783"]]
    assert list_sheets(strict) == ("Data",)


def test_iso_date_cells_fall_back_to_openpyxl(tmp_path):
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>when</t></is></c></row>'
            '<row r="2"><c r="A2" t="d"><v>2001-10-01</v></c></row>')
    path = write_zip(tmp_path, "iso.xlsx", xlsx_package({"S": rows}))
    with XlsxWorkbook(path.read_bytes()) as book, pytest.raises(XlsxUnsupported):
        list(book.rows("S"))
    assert read_table(path).rows == [["2001-10-01"]]  # openpyxl's reading of it


def test_damaged_sheet_xml_is_a_clear_error_naming_the_sheet(tmp_path):
    parts = xlsx_package({"Cut": ""})
    parts["xl/worksheets/sheet1.xml"] = (  # cut off mid-row, after the size openpyxl reads on opening
        f'<worksheet xmlns="{MAIN_NS}"><dimension ref="A1:A2"/><sheetData><row r="1"><c r="A1"><v>1</v></c>'
        '</row><row r="2"><c r="A2"><v>2</v>').encode()
    with pytest.raises(SourceFileError) as info:
        read_table(write_zip(tmp_path, "cut.xlsx", parts))
    assert str(info.value).startswith("cut.xlsx: sheet 'Cut' cannot be read") and "save it again" in str(info.value)


def test_a_sheet_whose_part_is_missing_is_left_out_by_both_readers(tmp_path):
    path = write_xlsx(tmp_path, "two.xlsx", {"Gone": [["x"]], "Here": [["y"], [1]]})
    broken = rewrite_xlsx(path, tmp_path / "broken.xlsx", {"xl/worksheets/sheet1.xml": None})
    assert list_sheets(broken) == ("Here",)
    with OpenpyxlWorkbook(broken.read_bytes()) as reference:
        assert reference.worksheets == ("Here",)
    assert read_table(broken).sheet == "Here"


# --- unsafe XML --------------------------------------------------------------------------------

BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10))
                  + "]>")
EXTERNAL_ENTITY = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'


def _with_doctype(doctype: str, member: str, body: str) -> dict[str, bytes]:
    parts = xlsx_package({"S": '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'}, shared_strings="<si><t>x</t></si>",
                         styles='<cellXfs count="1"><xf numFmtId="0"/></cellXfs>')
    xml = parts[member].decode()
    declaration_end = xml.index("?>") + 2
    parts[member] = (xml[:declaration_end] + doctype + body).encode()
    return parts


@pytest.mark.parametrize("member, body", [
    ("xl/worksheets/sheet1.xml",
     f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&ENTITY;</t></is></c>'
     "</row></sheetData></worksheet>"),
    ("xl/sharedStrings.xml", f'<sst xmlns="{MAIN_NS}"><si><t>&ENTITY;</t></si></sst>'),
    ("xl/workbook.xml", None),
    ("xl/styles.xml", f'<styleSheet xmlns="{MAIN_NS}"><numFmts><numFmt numFmtId="164" formatCode="&ENTITY;"/>'
                      '</numFmts></styleSheet>'),
])
@pytest.mark.parametrize("doctype, entity", [(BILLION_LAUGHS, "lol9"), (EXTERNAL_ENTITY, "secret")],
                         ids=["billion laughs", "external entity"])
def test_a_part_with_a_doctype_is_refused_naming_the_part(tmp_path, member, body, doctype, entity, monkeypatch):
    if body is None:  # the workbook part: the entity in a sheet name
        body = xlsx_package({"S": ""})[member].decode().split("?>", 1)[1].replace('name="S"', f'name="&{entity};"')
    parts = _with_doctype(doctype, member, body.replace("ENTITY", entity))
    path = write_zip(tmp_path, "evil.xlsx", parts)
    monkeypatch.setattr(xlsx_reader, "OpenpyxlWorkbook", None)  # refused before any fallback

    with pytest.raises(SourceFileError) as info:
        read_table(path)
    assert str(info.value).startswith(f"evil.xlsx: part '{member}' declares a DOCTYPE")
    if member == "xl/workbook.xml":
        with pytest.raises(SourceFileError, match="declares a DOCTYPE"):
            list_sheets(path)


def test_a_doctype_hidden_after_a_long_comment_is_still_refused(tmp_path):
    body = (f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
            "</sheetData></worksheet>")
    parts = _with_doctype("<!--" + "x" * 100_000 + "-->" + EXTERNAL_ENTITY, "xl/worksheets/sheet1.xml", body)
    with pytest.raises(SourceFileError, match=r"part 'xl/worksheets/sheet1\.xml' declares a DOCTYPE"):
        read_table(write_zip(tmp_path, "late.xlsx", parts))


def test_a_cell_far_to_the_right_is_refused_by_the_column_limit_but_an_empty_styled_one_is_not(tmp_path):
    styled_empty = '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="XFD1" s="0"/></row>'
    far = '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="XFD2"><v>1</v></c></row>'
    narrow = '<row r="2"><c r="A2"><v>1</v></c></row>'
    table = read_table(write_zip(tmp_path, "ok.xlsx", xlsx_package({"S": styled_empty + narrow})))
    assert table.header == ["name"] and table.rows == [["1"]]
    with pytest.raises(SourceFileError) as info:
        read_table(write_zip(tmp_path, "wide.xlsx", xlsx_package({"S": styled_empty + far})))
    assert (info.value.row, info.value.message) == (2, "16,384 columns; the limit is 2,000")


# --- bounded before parsing (issue 15, item 3) ---------------------------------------------------

FAR_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>'
            '<row r="1000000000000"><c r="A1000000000000" t="inlineStr"><is><t>far</t></is></c></row>')


@pytest.mark.parametrize("iso_cell", [False, True], ids=["streaming reader", "openpyxl fallback"])
def test_a_row_numbered_ten_to_the_twelfth_is_refused_in_seconds(tmp_path, iso_cell):
    """A 4.9 KB workbook with a row numbered 10^12 walked every blank row and never ended."""
    import time

    rows = FAR_ROWS.replace('<row r="2">', '<row r="2"><c r="B2" t="d"><v>2001-10-01</v></c>') if iso_cell else FAR_ROWS
    path = write_zip(tmp_path, "far.xlsx", xlsx_package({"S": rows}))
    started = time.perf_counter()
    with pytest.raises(SourceFileError) as info:
        read_table(path)
    assert time.perf_counter() - started < 20
    assert str(info.value).startswith("far.xlsx: ")
    assert "beyond Excel's last row (1,048,576); open the workbook in Excel and save it again" in str(info.value)
    if not iso_cell:
        assert "a row is numbered 1,000,000,000,000" in str(info.value)


def test_a_styles_part_too_large_to_parse_whole_is_refused_before_parsing(tmp_path, monkeypatch):
    """A 480 MB styles.xml at 53:1 passed the ratio check and took 11 GB to parse: parts parsed
    whole have their own limit, checked on the declared sizes before either reader opens them."""
    import random

    rng = random.Random(15)
    xfs = "".join(f'<xf numFmtId="{rng.randrange(1000)}" fontId="{rng.randrange(100)}"/>'
                  for _ in range(1_100_000))  # ~36 MB, compressing well under 200:1
    parts = xlsx_package({"S": '<row r="1"><c r="A1"><v>1</v></c></row>'},
                         styles=f'<cellXfs count="1100000">{xfs}</cellXfs>')
    path = write_zip(tmp_path, "styled.xlsx", parts)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/styles.xml")
        assert info.file_size > 32 * 2**20 and info.file_size < 200 * info.compress_size
    monkeypatch.setattr(xlsx_reader, "OpenpyxlWorkbook", None)  # refused before any reader parses it
    with pytest.raises(SourceFileError) as info:
        read_table(path)
    assert "styled.xlsx: part 'xl/styles.xml' would unpack to" in str(info.value)
    assert "the limit for such a part is 32.0 MB" in str(info.value)


def test_a_workbook_unpacking_beyond_the_whole_budget_is_refused(tmp_path):
    from explorer.importing.source_table import ImportLimits

    path = write_xlsx(tmp_path, "book.xlsx", {"S": [["name"], ["x" * 5000]]})
    with pytest.raises(SourceFileError, match=r"book.xlsx: the workbook would unpack to .*; the limit is 1,000 bytes"):
        read_table(path, limits=ImportLimits(xlsx_max_total_bytes=1000))


def test_openpyxl_reads_a_long_sheet_in_batches_as_the_streaming_reader_reads_it(tmp_path, recwarn):
    """The fallback reads rows in batches (the warnings filter is set once per batch, not per row):
    rows across the batches' edges, blank rows, wide rows and a date openpyxl warns about read as
    the streaming reader reads them, no warning reaches the caller and no filter is left behind."""
    import warnings

    from explorer.importing import xlsx_reader

    rows: list[list[object]] = [["name", "value"]]
    for i in range(1, 9_500):
        if i % 997 == 0:
            rows.append([])  # a blank row
        elif i % 1_500 == 0:
            rows.append([f"wide {i}", *range(200)])  # wide rows end a batch by its cells
        else:
            rows.append([f"row {i}", i * 0.5])
    rows[4_096] = ["far date", 1e10]  # formatted as a date below: outside openpyxl's calendar
    path = write_xlsx(tmp_path, "long.xlsx", {"Data": rows}, number_formats={("Data", "B4097"): "yyyy-mm-dd"})
    filters = list(warnings.filters)
    data = path.read_bytes()
    with XlsxWorkbook(data) as fast, OpenpyxlWorkbook(data) as reference:
        fast_rows, reference_rows = _all_rows(fast), _all_rows(reference)
    assert reference_rows == fast_rows
    assert len(reference_rows["Data"]) == 9_500 > xlsx_reader._OPENPYXL_BATCH_ROWS * 2
    assert reference_rows["Data"][4_096] == (4_097, ["far date", "#VALUE!"])
    assert reference_rows["Data"][997] == (998, [])
    assert warnings.filters == filters and not [w for w in recwarn if "openpyxl" in str(w.filename)]
