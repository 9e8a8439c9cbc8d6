"""Reading users' CSV/TSV/semicolon files and XLSX sheets into raw text tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import zipfile

import openpyxl
import openpyxl.xml
import pytest

from explorer.importing.source_table import (
    ImportLimits,
    ReadOptions,
    SourceFileError,
    detect_delimiter,
    detect_encoding,
    detect_header_row,
    list_sheets,
    read_table,
)
from tests.importing.fixtures import write_bytes, write_rows, write_text, write_xlsx, write_zip

# --- encodings ---------------------------------------------------------------------------------

COUNTRIES = "country;amount\r\nCôte d'Ivoire;€ 1.234,5\r\nCuraçao;2,0\r\n"


@pytest.mark.parametrize(("encoding", "reported"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                      ("cp1252", "cp1252"), ("utf-16", "utf-16")])
def test_encodings_are_detected_and_text_reads_back(tmp_path, encoding, reported):
    table = read_table(write_text(tmp_path, "c.csv", COUNTRIES, encoding))
    assert table.encoding == reported
    assert table.detected["encoding"].startswith(f"{reported} (detected: ")
    assert table.header == ["country", "amount"]  # no BOM glued to the first name
    assert table.rows == [["Côte d'Ivoire", "€ 1.234,5"], ["Curaçao", "2,0"]]


def test_shift_jis_is_detected_and_reported_as_shift_jis(tmp_path):
    # "①" exists only in Windows' cp932, which is what Japanese Excel writes as "Shift_JIS".
    text = "コード,国名\r\nJP,日本\r\nUS,アメリカ合衆国\r\nXX,①\r\n"
    table = read_table(write_text(tmp_path, "ja.csv", text, "cp932"))
    assert table.encoding == "shift_jis"
    assert table.detected["encoding"] == "shift_jis (detected: not UTF-8; decodes as Shift_JIS with Japanese text)"
    assert table.header == ["コード", "国名"]
    assert table.rows == [["JP", "日本"], ["US", "アメリカ合衆国"], ["XX", "①"]]


def test_german_windows_1252_that_happens_to_decode_as_cp932_stays_windows_1252(tmp_path):
    data = "Wort,Menge\nBäckerei,Käse\nMädchen,Nähe\n".encode("cp1252")
    assert data.decode("cp932")  # the trap: these bytes are also valid cp932 ("B臘kerei")
    table = read_table(write_bytes(tmp_path, "de.csv", data))
    assert table.encoding == "cp1252"
    assert table.rows == [["Bäckerei", "Käse"], ["Mädchen", "Nähe"]]


def test_bytes_that_fit_no_windows_code_page_fall_back_to_latin_1_saying_so(tmp_path):
    data = b"name,note\nx,\x81\xff\n"  # 0x81 is unassigned in Windows-1252 and not cp932 here
    codec, why = detect_encoding(data)
    assert codec == "latin-1" and "last resort" in why
    assert read_table(write_bytes(tmp_path, "odd.csv", data)).rows == [["x", "\x81ÿ"]]


def test_plain_ascii_is_utf_8():
    assert detect_encoding(b"a,b\n1,2\n") == ("utf-8", "plain ASCII")


def test_a_given_encoding_is_used_as_is(tmp_path):
    path = write_text(tmp_path, "c.csv", COUNTRIES, "utf-8")
    table = read_table(path, ReadOptions(encoding="cp1252"))  # wrong, but the user said so
    assert table.encoding == "cp1252" and table.detected["encoding"] == "cp1252 (given)"
    assert table.rows[0][0] == "CÃ´te d'Ivoire"
    assert read_table(path, ReadOptions(encoding="Shift-JIS")).encoding == "shift_jis"


def test_given_shift_jis_reads_windows_extras_and_empty_choices_mean_detect(tmp_path):
    path = write_text(tmp_path, "ja.csv", "国名,記号\r\n日本,①\r\n", "cp932")
    assert read_table(path, ReadOptions(encoding="shift_jis")).rows == [["日本", "①"]]
    table = read_table(path, ReadOptions(encoding="", delimiter="", sheet=""))
    assert table.detected["encoding"].startswith("shift_jis (detected: ")
    assert table.detected["delimiter"].startswith("comma (detected: ")


def test_a_given_encoding_that_does_not_fit_names_row_byte_and_column(tmp_path):
    lines = [f"r{i},ok" for i in range(1, 14)] + ["abcdef\x81,x"]
    path = write_bytes(tmp_path, "bad.csv", "\n".join(lines).encode("latin-1"))
    with pytest.raises(SourceFileError) as info:
        read_table(path, ReadOptions(encoding="cp1252"))
    assert str(info.value) == "bad.csv: row 14: not valid cp1252 (byte 0x81 at column 7)"
    assert info.value.row == 14 and info.value.path == path


def test_an_unknown_encoding_name_is_refused(tmp_path):
    path = write_text(tmp_path, "c.csv", "a,b\n")
    for name in ("klingon", "base64"):
        with pytest.raises(SourceFileError, match="unknown text encoding"):
            read_table(path, ReadOptions(encoding=name))


def test_a_utf_16_bom_followed_by_broken_bytes_is_an_error_not_garbage(tmp_path):
    path = write_bytes(tmp_path, "u.csv", "a,b\n".encode("utf-16") + b"\x00")
    with pytest.raises(SourceFileError, match="not valid utf-16"):
        read_table(path)


# --- CSV structure -----------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_ends_and_multi_line_cells_keep_their_first_line_number(tmp_path, newline):
    text = newline.join(['id,note', '1,"first line', 'second line"', '', '2,plain', '3,"a, b"']) + newline
    table = read_table(write_text(tmp_path, "n.csv", text))
    assert table.rows == [["1", f"first line{newline}second line"], ["2", "plain"], ["3", "a, b"]]
    assert table.row_numbers == [2, 5, 6]  # blank line 4 skipped, numbering kept


def test_cells_are_text_exactly_as_written(tmp_path):
    rows = [["Title", "Date", "Code", "Term", "Coder"],
            ["Treaty Between England And Castile", "2001.10", "007", "NA", "Crisina, Moral"],
            ["Treaty of Paris", "1783-09-03", "1e5", "", "  padded  "]]
    table = read_table(write_rows(tmp_path, "t.csv", rows))
    assert table.rows == rows[1:]


def test_ragged_rows_stay_ragged(tmp_path):
    table = read_table(write_text(tmp_path, "r.csv", "a,b,c\n1,2\n1,2,3,4\n1,2,3\n"))
    assert [len(r) for r in table.rows] == [2, 4, 3]


def test_header_names_are_stripped_blank_ones_numbered_and_repeats_marked(tmp_path):
    table = read_table(write_text(tmp_path, "h.csv", " name ,,value,value,name\n1,2,3,4,5\n"),
                       ReadOptions(header_row=1))
    assert table.header == ["name", "column 2", "value", "value (2)", "name (2)"]


def test_sha256_is_of_the_file_bytes(tmp_path):
    path = write_text(tmp_path, "s.csv", "a,b\n1,2\n")
    assert read_table(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_max_rows_reads_only_the_first_rows_for_a_preview(tmp_path):
    path = write_rows(tmp_path, "p.csv", [["n"]] + [[str(i)] for i in range(100)])
    table = read_table(path, max_rows=5)
    assert table.rows == [["0"], ["1"], ["2"], ["3"], ["4"]] and table.row_numbers == [2, 3, 4, 5, 6]


def test_a_nul_byte_is_refused_naming_its_row(tmp_path):
    with pytest.raises(SourceFileError) as info:
        read_table(write_bytes(tmp_path, "z.csv", b"a,b\n1,2\n3,\x004\n"))
    assert info.value.row == 3 and "NUL" in str(info.value) and str(info.value).startswith("z.csv: row 3")


def test_an_over_long_cell_is_refused_naming_row_and_column(tmp_path):
    path = write_text(tmp_path, "l.csv", "a,b\n1,2\n3," + "x" * 11 + "\n")
    with pytest.raises(SourceFileError) as info:
        read_table(path, limits=ImportLimits(max_cell_chars=10))
    assert (info.value.row, info.value.column) == (3, "2")
    assert "longer than 10 characters" in str(info.value)


def test_a_cell_over_the_csv_modules_own_field_limit_is_still_reported_by_row(tmp_path):
    path = write_text(tmp_path, "big.csv", 'a,b\n1,"' + "x" * 200_000 + '"\n')
    with pytest.raises(SourceFileError) as info:
        read_table(path)
    assert info.value.row == 2 and "longer than 100,000 characters" in str(info.value)


def test_a_quote_that_never_closes_is_refused_not_swallowed(tmp_path):
    with pytest.raises(SourceFileError) as info:
        read_table(write_text(tmp_path, "q.csv", 'a,b\n1,2\n3,"oops\n4,5\n6,7\n'))
    assert info.value.row == 3 and "never closed" in str(info.value)


def test_limits_on_size_columns_and_rows(tmp_path):
    path = write_rows(tmp_path, "w.csv", [["a", "b", "c"]] + [["1", "2", "3"]] * 5)
    with pytest.raises(SourceFileError, match="the limit is 20 bytes"):
        read_table(path, limits=ImportLimits(max_bytes=20))
    with pytest.raises(SourceFileError, match="3 columns; the limit is 2") as info:
        read_table(path, limits=ImportLimits(max_columns=2))
    assert info.value.row == 1
    with pytest.raises(SourceFileError, match="more than 4 data rows") as info:
        read_table(path, limits=ImportLimits(max_rows=4))
    assert info.value.row == 6
    assert len(read_table(path, limits=ImportLimits(max_rows=5)).rows) == 5


def test_the_size_cap_is_checked_before_the_file_is_read(tmp_path, monkeypatch):
    path = write_rows(tmp_path, "w.csv", [["a", "b"]] * 50)

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(type(path), "open", no_reading)
    with pytest.raises(SourceFileError, match="the limit is 100 bytes"):
        read_table(path, limits=ImportLimits(max_bytes=100))


def test_empty_and_blank_files_are_clear_errors(tmp_path):
    with pytest.raises(SourceFileError, match="empty"):
        read_table(write_bytes(tmp_path, "e.csv", b""))
    with pytest.raises(SourceFileError, match="no rows with any content"):
        read_table(write_text(tmp_path, "b.csv", "\n  \n,,\n"))


def test_missing_files_folders_and_web_addresses_are_clear_errors(tmp_path):
    with pytest.raises(SourceFileError, match="file not found"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(SourceFileError, match="folder"):
        read_table(tmp_path)
    with pytest.raises(SourceFileError, match="not web addresses"):
        read_table("https://example.org/data.csv")


def test_errors_survive_pickling_for_worker_threads(tmp_path):
    error = SourceFileError(tmp_path / "x.csv", "bad", row=3, column="B")
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.row, copy.column, copy.message) == ("x.csv: row 3, column B: bad", 3, "B", "bad")


# --- delimiters --------------------------------------------------------------------------------


def test_semicolon_with_decimal_commas_is_semicolon(tmp_path):
    text = "Land;Export;Import\nDeutschland;1.234,5;2,0\nÖsterreich;17,25;3,5\nSchweiz;0,5;1,0\n"
    table = read_table(write_text(tmp_path, "eu.csv", text, "cp1252"))
    assert table.delimiter == ";"
    assert table.detected["delimiter"].startswith("semicolon (detected: 3 fields")
    assert table.rows[0] == ["Deutschland", "1.234,5", "2,0"]


def test_semicolon_without_header_still_wins_over_decimal_commas():
    assert detect_delimiter("1,5;2,0\n3,5;4,0\n5,5;6,0\n")[0] == ";"


def test_tab_and_pipe_files(tmp_path):
    rows = [["name", "note"], ["Smith, John", "a|b"], ["Doe, Jane", "c"]]
    assert read_table(write_rows(tmp_path, "t.tsv", rows, delimiter="\t")).rows == rows[1:]
    pipe = [["name", "note"], ["Smith, John", "x; y"], ["Doe, Jane", "c"]]
    table = read_table(write_rows(tmp_path, "p.txt", pipe, delimiter="|"))
    assert table.delimiter == "|" and table.rows == pipe[1:]


def test_quoted_delimiters_do_not_split_fields():
    text = 'Title,Coder\n"Treaty A","Crisina, Moral"\n"Treaty B","Smith, J; Doe, K"\n"Treaty C",NA\n'
    assert detect_delimiter(text)[0] == ","


def test_a_single_column_file_is_comma_with_one_column(tmp_path):
    assert detect_delimiter("name\nJapan\nFrance\n") == (",", "one column")
    # One stray separator in a single-column file does not make it a two-column file.
    table = read_table(write_text(tmp_path, "one.csv", "name\nJapan\nFrance; Monaco\nPeru\n"))
    assert table.delimiter == "," and table.detected["delimiter"] == "comma (detected: one column)"
    assert table.header == ["name"] and table.rows == [["Japan"], ["France; Monaco"], ["Peru"]]


@pytest.mark.parametrize("given", ["\\t", "tab", "TAB", "\t"])
def test_a_given_tab_delimiter_is_accepted_in_every_spelling(tmp_path, given):
    table = read_table(write_text(tmp_path, "t.csv", "a\tb\n1,5\t2\n"), ReadOptions(delimiter=given))
    assert table.delimiter == "\t" and table.rows == [["1,5", "2"]]
    assert table.detected["delimiter"] == "tab (given)"


def test_a_bad_given_delimiter_is_refused(tmp_path):
    with pytest.raises(SourceFileError, match="one character"):
        read_table(write_text(tmp_path, "t.csv", "a,b\n"), ReadOptions(delimiter=";;"))


# --- header rows -------------------------------------------------------------------------------

TITLED = [["Table 3: Japan's trade", "", "", ""], ["", "", "", ""], ["Source: MOF", "", "", ""],
          ["Partner", "Year", "Exports", "Imports"], ["China", "2019", "14,682", "18,453"],
          ["United States", "2019", "15,254", "8,640"], ["Korea", "2019", "5,044", "3,226"]]


def test_title_and_note_rows_above_the_header_are_skipped_and_kept(tmp_path):
    table = read_table(write_rows(tmp_path, "t.csv", TITLED))
    assert table.header_row == 4 and table.header == TITLED[3]
    assert table.title_rows == TITLED[:3]
    assert table.row_numbers == [5, 6, 7] and table.rows[0] == ["China", "2019", "14,682", "18,453"]
    assert table.detected["header_row"].startswith("4 (detected: the 2 non-blank rows above it")


def test_title_rows_without_padding_commas_are_skipped_too():
    rows = [["Table 3: Japan's trade"], [], ["Source: MOF"], ["Partner", "Year", "Value"],
            ["China", "2019", "1"], ["Korea", "2019", "2"]]
    assert detect_header_row(rows) == 3


def test_a_wide_table_with_years_as_column_names_finds_its_header():
    rows = [["Data Source", "World Development Indicators"], [], ["Country", "Code", "1960", "1961", "1962"],
            ["Japan", "JPN", "44.3", "53.5", "60.7"], ["France", "FRA", "62.2", "67.4", "75.3"]]
    assert detect_header_row(rows) == 2


def test_a_notes_row_wider_than_the_table_is_not_the_header():
    rows = [["Notes", "a", "b", "c", "d"], ["Partner", "Year", "Value"], ["China", "2019", "1"],
            ["Korea", "2019", "2"]]
    assert detect_header_row(rows) == 1


def test_a_header_over_sparse_data_is_still_the_header():
    rows = [["Title", "Begin", "End", "Notes"], ["A", "1990", "", ""], ["B", "1991", "", ""],
            ["C", "1992", "2000", "ended"]]
    assert detect_header_row(rows) == 0


def test_a_given_header_row_is_used_as_is(tmp_path):
    path = write_rows(tmp_path, "t.csv", TITLED)
    table = read_table(path, ReadOptions(header_row=5))
    assert table.header == ["China", "2019", "14,682", "18,453"] and table.row_numbers == [6, 7]
    assert table.detected["header_row"] == "5 (given)" and len(table.title_rows) == 4


def test_a_given_header_row_beyond_the_file_or_blank_is_refused(tmp_path):
    path = write_rows(tmp_path, "t.csv", TITLED)
    with pytest.raises(SourceFileError, match="beyond the end of the file"):
        read_table(path, ReadOptions(header_row=40))
    with pytest.raises(SourceFileError, match="blank") as info:
        read_table(path, ReadOptions(header_row=2))
    assert info.value.row == 2
    with pytest.raises(SourceFileError, match="1 or more"):
        read_table(path, ReadOptions(header_row=0))


def test_a_given_header_row_inside_a_multi_line_cell_is_refused(tmp_path):
    path = write_text(tmp_path, "m.csv", 'note\n"two\nlines"\na,b\n1,2\n')
    with pytest.raises(SourceFileError, match="inside a quoted cell that starts on row 2"):
        read_table(path, ReadOptions(header_row=3))


# --- file kinds --------------------------------------------------------------------------------


def test_old_excel_files_are_refused_with_advice(tmp_path):
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    for name in ("old.xls", "renamed.csv", "protected.xlsx"):
        with pytest.raises(SourceFileError, match=r"save it as \.xlsx or CSV"):
            read_table(write_bytes(tmp_path, name, ole2))
    with pytest.raises(SourceFileError, match=r"save it as \.xlsx or CSV"):
        read_table(write_text(tmp_path, "web.xls", "<html><table></table></html>"))


def test_a_workbook_is_read_as_one_whatever_its_name(tmp_path):
    path = write_xlsx(tmp_path, "book.xlsx", {"Data": [["a", "b"], [1, 2]]})
    renamed = path.rename(tmp_path / "export.dat")
    table = read_table(renamed)
    assert table.file_kind == "xlsx" and table.rows == [["1", "2"]]
    assert read_table(write_text(tmp_path, "plain.dat", "a,b\n1,2\n")).file_kind == "csv"


@pytest.mark.parametrize("data", [b"not a zip at all", b"PK\x03\x04" + b"\x00" * 40, b"PK\x05\x06" + b"\x00" * 18])
def test_a_corrupt_xlsx_is_a_clear_error(tmp_path, data):
    with pytest.raises(SourceFileError) as info:
        read_table(write_bytes(tmp_path, "bad.xlsx", data))
    assert str(info.value).startswith("bad.xlsx: ") and "save it again" in str(info.value)


def test_a_truncated_workbook_is_a_clear_error(tmp_path):
    path = write_xlsx(tmp_path, "book.xlsx", {"Data": [["a", "b"]] + [[i, i * 2] for i in range(500)]})
    data = path.read_bytes()
    with pytest.raises(SourceFileError, match="save it again"):
        read_table(write_bytes(tmp_path, "cut.xlsx", data[: len(data) // 2]))


def test_a_zip_that_is_not_a_workbook_is_a_clear_error(tmp_path):
    with pytest.raises(SourceFileError, match="cannot be read as an Excel workbook"):
        read_table(write_zip(tmp_path, "doc.xlsx", {"word/document.xml": b"<w/>"}))


# --- XLSX --------------------------------------------------------------------------------------


def test_openpyxl_parses_xml_with_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True


def test_xlsx_cells_read_as_the_text_a_user_sees(tmp_path):
    row = ["Japan", True, False, 42, 2001.0, 2001.1, 1234.5, 0.1 + 0.2, dt.datetime(2001, 10, 1),
           dt.datetime(2001, 10, 1, 13, 45), dt.date(1999, 12, 31), None, "007", 1 / 3]
    header = [f"h{i}" for i in range(len(row))]
    path = write_xlsx(tmp_path, "cells.xlsx", {"Data": [header, row]},
                      number_formats={("Data", "F2"): "0.00", ("Data", "G2"): "#,##0.00",
                                      ("Data", "E2"): "0.00"})
    table = read_table(path)
    assert table.rows == [["Japan", "TRUE", "FALSE", "42", "2001", "2001.10", "1234.50", "0.3", "2001-10-01",
                           "2001-10-01T13:45:00", "1999-12-31", "", "007", "0.333333333333333"]]
    assert (table.file_kind, table.encoding, table.delimiter, table.sheet) == ("xlsx", "xlsx", "", "Data")


def test_a_merged_title_above_the_header_is_a_one_cell_title_row(tmp_path):
    rows = [["Japan's trade by partner", None, None], [None, None, None], ["Partner", "Year", "Value"],
            ["China", 2019, 14682.5], ["Korea", 2019, None], [None, None, None], ["USA", 2019, 15254]]
    path = write_xlsx(tmp_path, "t.xlsx", {"Trade": rows}, merged={"Trade": ["A1:C1"]})
    table = read_table(path)
    assert table.header_row == 3 and table.header == ["Partner", "Year", "Value"]
    assert table.title_rows == [["Japan's trade by partner"], []]
    assert table.rows == [["China", "2019", "14682.5"], ["Korea", "2019", ""], ["USA", "2019", "15254"]]
    assert table.row_numbers == [4, 5, 7]  # sheet rows; the blank row 6 skipped


def test_xlsx_rows_span_the_whole_table_and_blank_headers_are_named(tmp_path):
    rows = [["a", None, "c"], [1, None, None], [1, 2, 3, "stray"]]
    table = read_table(write_xlsx(tmp_path, "w.xlsx", {"S": rows}), ReadOptions(header_row=1))
    assert table.header == ["a", "column 2", "c", "column 4"]
    assert table.rows == [["1", "", "", ""], ["1", "2", "3", "stray"]]


def test_sheets_are_listed_and_chosen_by_name(tmp_path):
    path = write_xlsx(tmp_path, "s.xlsx", {"Notes": [["read me"]], "Data": [["x", "y"], ["1", "2"]]},
                      chart_sheet="Chart")
    assert list_sheets(path) == ("Notes", "Data")
    first = read_table(path)
    assert first.sheet == "Notes" and first.sheets == ("Notes", "Data")
    assert first.detected["sheet"] == "Notes (first sheet)"
    data = read_table(path, ReadOptions(sheet="Data"))
    assert data.header == ["x", "y"] and data.rows == [["1", "2"]]
    with pytest.raises(SourceFileError) as info:
        read_table(path, ReadOptions(sheet="Summary"))
    assert "'Summary' is not in this workbook; the worksheets are: 'Notes', 'Data'" in str(info.value)
    with pytest.raises(SourceFileError, match="a chart, not a table"):
        read_table(path, ReadOptions(sheet="Chart"))
    assert list_sheets(write_text(tmp_path, "c.csv", "a\n")) == ()


def test_an_empty_sheet_is_a_clear_error(tmp_path):
    with pytest.raises(SourceFileError, match="sheet 'Empty' is empty"):
        read_table(write_xlsx(tmp_path, "e.xlsx", {"Empty": []}))


def test_xlsx_limits_name_row_and_column(tmp_path):
    path = write_xlsx(tmp_path, "l.xlsx", {"S": [["a", "b"], ["x", "y" * 20]]})
    with pytest.raises(SourceFileError) as info:
        read_table(path, limits=ImportLimits(max_cell_chars=10))
    assert (info.value.row, info.value.column) == (2, "B")


def test_a_highly_compressed_member_is_refused_as_a_zip_bomb(tmp_path):
    path = write_zip(tmp_path, "bomb.xlsx", {"[Content_Types].xml": b"<x/>",
                                             "xl/worksheets/sheet1.xml": b"\0" * 8 * 2**20})
    with pytest.raises(SourceFileError) as info:
        read_table(path)
    assert "'xl/worksheets/sheet1.xml'" in str(info.value) and "zip bomb" in str(info.value)
    assert str(info.value).startswith("bomb.xlsx: ")


def test_declared_member_size_and_member_count_are_capped(tmp_path):
    path = write_xlsx(tmp_path, "ok.xlsx", {"Data": [["a"], ["b"]]})
    with pytest.raises(SourceFileError, match=r"would unpack to .*zip bomb"):
        read_table(path, limits=ImportLimits(xlsx_max_member_bytes=100))
    with pytest.raises(SourceFileError, match="parts; the limit is 3"):
        read_table(path, limits=ImportLimits(xlsx_max_members=3))
    with zipfile.ZipFile(path) as archive:
        assert len(archive.infolist()) > 3


def test_a_large_csv_reads_every_row(tmp_path):
    rows = [[f"h{c}" for c in range(25)]] + [[f"r{r}c{c}" for c in range(25)] for r in range(5000)]
    table = read_table(write_rows(tmp_path, "big.csv", rows))
    assert len(table.rows) == 5000 and table.rows[-1] == rows[-1] and table.row_numbers[-1] == 5001


def test_a_file_mixing_utf8_and_windows_1252_rows_names_them_instead_of_mojibake(tmp_path):
    """Item 10 (issue 15): such a file imported with exit 0, every Japanese name garbled."""
    data = ("Name,Partner,Note\n東京協定,日本,署名済み\nMünchen accord,Deutschland,ok\n".encode()
            + "Zürich pact,Schweiz,café\n".encode("cp1252") + "大阪宣言,日本,発効\n".encode())
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    with pytest.raises(SourceFileError) as info:
        read_table(path)
    message = str(info.value)
    assert message.startswith("mixed.csv: the file mixes UTF-8 with another encoding")
    assert "row 4 column 'Name'; row 4 column 'Note'" in message and "--encoding" in message
    # The user's word wins: read as they say, no refusal.
    assert read_table(path, ReadOptions(encoding="latin-1")).rows[0][0] != "東京協定"


def test_plain_windows_1252_and_shift_jis_files_are_not_taken_for_mixed(tmp_path):
    path = tmp_path / "sjis.csv"
    path.write_bytes("名称,相手国\n東京協定,日本\n経済連携協定（ＥＰＡ）,欧州連合\nｱｲｳ,ﾃｽﾄ\n".encode("cp932"))
    assert read_table(path).rows[0] == ["東京協定", "日本"]
    path = tmp_path / "w.csv"
    path.write_bytes("Name,Note\nZürich,café €\n".encode("cp1252"))
    assert read_table(path).rows == [["Zürich", "café €"]]


def test_a_fifo_is_refused_instead_of_blocking_forever(tmp_path):
    import os

    fifo = tmp_path / "input.csv"
    os.mkfifo(fifo)
    with pytest.raises(SourceFileError, match=r"input\.csv: is not a regular file"):
        read_table(fifo)


def test_a_file_far_over_the_row_limit_is_refused_before_its_rows_are_kept(tmp_path, monkeypatch):
    from explorer.importing import source_table

    path = write_rows(tmp_path, "big.csv", [["a", "b"]] + [[str(i), "x"] for i in range(300)])

    def keep_rows(*args, **kwargs):
        raise AssertionError("the rows were collected before the file was refused")

    monkeypatch.setattr(source_table, "_split_rows", keep_rows)
    with pytest.raises(SourceFileError, match="more than 100 data rows; the limit is 100 rows per import") as info:
        read_table(path, limits=ImportLimits(max_rows=100))
    assert "split the file" in str(info.value) and info.value.row is not None
