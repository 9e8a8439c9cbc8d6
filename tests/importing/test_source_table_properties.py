"""Property tests: the source reader answers every input with a table or a SourceFileError."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.importing.source_table import (
    DELIMITER_CANDIDATES,
    ImportLimits,
    ReadOptions,
    SourceFileError,
    SourceTable,
    detect_delimiter,
    detect_encoding,
    detect_header_row,
    read_table,
)
from tests.importing.fixtures import write_bytes, write_rows, write_xlsx

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Bytes that look like the files users have: text-ish, with separators, quotes and line ends.
FILE_BYTES = st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from([b"a", b"1", b",", b";", b"\t", b"|", b'"', b"\n", b"\r", b"\r\n", b" ",
                              b"\xef\xbb\xbf", b"\xff\xfe", b"\x81", b"\xe9", b"\x82\xa0", b"\x00"]),
             max_size=200).map(b"".join),
)
SMALL = ImportLimits(max_cell_chars=50, max_columns=30, max_rows=40)
DEFAULT_OPTIONS = ReadOptions()


def _read_or_refuse(data: bytes, name: str, options: ReadOptions = DEFAULT_OPTIONS) -> SourceTable | None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_bytes(Path(folder), name, data)
        try:
            return read_table(path, options, limits=SMALL)
        except SourceFileError as e:
            assert str(e).startswith(f"{name}: ") and e.message
            return None


@SETTINGS
@given(FILE_BYTES)
def test_detect_encoding_always_answers_with_a_codec_that_decodes(data):
    codec, why = detect_encoding(data)
    assert why
    if codec not in ("utf-8-sig", "utf-16", "utf-32"):  # only a BOM's promise can turn out false
        data.decode("cp932" if codec == "shift_jis" else codec)


@SETTINGS
@given(st.text(max_size=400))
def test_detect_delimiter_always_answers_with_a_candidate(text):
    delimiter, why = detect_delimiter(text)
    assert delimiter in DELIMITER_CANDIDATES and why


@SETTINGS
@given(st.lists(st.lists(st.text(max_size=6), max_size=6), max_size=90))
def test_detect_header_row_always_points_into_the_rows(rows):
    index = detect_header_row(rows)
    assert 0 <= index < max(1, min(len(rows), 30))
    if any(cell.strip() for row in rows for cell in row):
        assert any(cell.strip() for cell in rows[index])  # never a blank row


@SETTINGS
@given(FILE_BYTES, st.sampled_from(["f.csv", "f.tsv", "f.xlsx", "f.xls", "f"]))
def test_read_table_on_any_bytes_gives_a_table_or_a_source_file_error(data, name):
    table = _read_or_refuse(data, name)
    if table is not None:
        assert len(table.rows) == len(table.row_numbers) <= SMALL.max_rows
        assert table.row_numbers == sorted(set(table.row_numbers)) and table.header_row not in table.row_numbers
        assert all(any(cell.strip() for cell in row) for row in table.rows)


@SETTINGS
@given(FILE_BYTES, st.integers(1, 12), st.sampled_from([None, "cp1252", "utf-8", "shift_jis", "utf-16"]),
       st.sampled_from([None, ",", ";", "tab"]))
def test_read_table_with_any_options_gives_a_table_or_a_source_file_error(data, header_row, encoding, delimiter):
    _read_or_refuse(data, "f.csv", ReadOptions(encoding=encoding, delimiter=delimiter, header_row=header_row))


@pytest.fixture(scope="module")
def workbook_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("workbook")
    rows = [["Japan's trade"], [], ["Partner", "Year", "Value"], ["China", 2019, 1.5], ["Korea", 2019, 2.25]]
    return write_xlsx(folder, "w.xlsx", {"Data": rows}).read_bytes()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_damaged_workbook_gives_a_table_or_a_source_file_error(workbook_bytes, data):
    damaged = bytearray(workbook_bytes)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    _read_or_refuse(bytes(damaged), "w.xlsx")


# Cells of one line each; the other candidate separators are left out of the cells, because
# "x;y,z" is both ["x;y", "z"] written with commas and ["x", "y,z"] written with semicolons.
def _cells(delimiter: str) -> st.SearchStrategy[str]:
    others = "".join(d for d in DELIMITER_CANDIDATES if d != delimiter)
    return st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00\ufeff" + others),
                   max_size=8)


@st.composite
def _tables(draw: st.DrawFn, filled: bool = False) -> tuple[str, list[str], list[list[str]]]:
    """(delimiter, header, rows): distinct stripped names over 2+ rows of the same width.

    filled: every cell has text and no name reads as a value, so the header is unmistakable.
    """
    delimiter = draw(st.sampled_from(DELIMITER_CANDIDATES))
    width = draw(st.integers(2, 6))
    cell = _cells(delimiter)
    name = cell.map(str.strip).filter(bool)
    if filled:
        cell = cell.filter(str.strip)
        name = name.filter(lambda n: not _reads_as_data(n))
    header = draw(st.lists(name, min_size=width, max_size=width, unique=True))
    row = st.lists(cell, min_size=width, max_size=width).filter(lambda r: any(c.strip() for c in r))
    return delimiter, header, draw(st.lists(row, min_size=2, max_size=12))


@SETTINGS
@given(_tables())
def test_any_written_table_reads_back_identically_with_its_delimiter_detected(table):
    delimiter, header, rows = table
    with tempfile.TemporaryDirectory() as folder:
        path = write_rows(Path(folder), "t.csv", [header, *rows], delimiter=delimiter)
        read = read_table(path, ReadOptions(header_row=1))
    assert read.delimiter == delimiter
    assert read.header == header and read.rows == rows
    assert read.row_numbers == list(range(2, len(rows) + 2))


@SETTINGS
@given(_tables(filled=True))
def test_a_text_header_over_filled_rows_is_detected_as_the_first_row(table):
    delimiter, header, rows = table
    with tempfile.TemporaryDirectory() as folder:
        read = read_table(write_rows(Path(folder), "t.csv", [header, *rows], delimiter=delimiter))
    assert read.header_row == 1 and read.header == header and read.rows == rows


def _reads_as_data(cell: str) -> bool:
    """The detector takes this cell for a value ("1", "NA", "2001-10"): above "x" it is not chosen."""
    return detect_header_row([[cell], ["x"]]) != 0


CSV_TEXT = st.lists(st.sampled_from(["a", "1", " ", ",", ";", '"', '""', "\n", "\r", "\r\n", "日", "x" * 7]),
                    max_size=60).map("".join)


@SETTINGS
@given(CSV_TEXT)
def test_a_whole_file_reads_as_its_preview_reads_it(text):
    with tempfile.TemporaryDirectory() as folder:
        path = write_bytes(Path(folder), "f.csv", text.encode("utf-8"))
        outcomes = []
        for max_rows in (None, 10_000):
            try:
                table = read_table(path, ReadOptions(delimiter=","), max_rows=max_rows)
                outcomes.append((table.header, table.rows, table.row_numbers, table.title_rows, table.header_row))
            except SourceFileError as e:
                outcomes.append(str(e))
        assert outcomes[0] == outcomes[1]
