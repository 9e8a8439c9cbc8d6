"""A large figures' file is read without a vocabulary of its values' texts (``csv_table.FigureColumn``:
each short plain decimal kept as its own bytes), and a pack CSV is checked as UTF-8 a block at a
time. Neither changes what a user sees: the same figures, exact as published, and the same problems,
each with its file, row, column and text, as the former loader (tests/data/former_loader) gives,
wherever in the file the cell lies. No size or time is asserted."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.data import csv_table
from explorer.data.pack import Pack
from explorer.data.problems import ProblemLog
from tests.data.test_loader_equivalence import assert_same_load
from tests.packs import VALID_FILES, write_pack

HEADER = VALID_FILES["observations.csv"].split("\n", 1)[0]
PLAIN = ["64", "68.8", "007.50", ".5", "7.", "0", "0.000", "57.702", "123456789012345678901234",
         "0.1000000000000000055511151231257827", "1234567890123456789012345.5"]  # (the last two: long)
OTHERS = ["-3.25", "+4", "1e3", "2.5E-7", " 12.5 ", "-0"]


def _figures(cells: list[str | tuple[str, str]]) -> str:
    """observations.csv with one row per cell (a value, or a value and its scale), a year apart."""
    lines = [HEADER]
    for i, cell in enumerate(cells):
        value, scale = cell if isinstance(cell, tuple) else (cell, "9")
        quoted = f'"{value}"' if "," in value else value
        qualifier, note = ("~", "price effects") if i % 5 == 0 else ("", "")
        lines.append(f"goods_exports,eu,jp,{1900 + i},{quoted},EUR,{scale},{qualifier},nominal,src-b,{note}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def in_chunks(monkeypatch):
    """Every file read by pandas a few rows at a time, as tier L's figures are (10^6 rows)."""
    monkeypatch.setattr(csv_table, "SMALL_BYTES", -1)
    monkeypatch.setattr(csv_table, "CHUNK_ROWS", 7)


def test_figures_read_in_chunks_are_the_published_numbers(tmp_path, in_chunks):
    cells = (PLAIN + OTHERS) * 3
    folder = write_pack(tmp_path / "pack", {"observations.csv": _figures(cells)})
    data = (folder / "observations.csv").read_bytes()
    column = csv_table.parse_table("o.csv", data, ProblemLog(), figures=("value",)).columns["value"]
    assert isinstance(column, csv_table.FigureColumn)  # (the way a large file is read)
    assert column.values().tolist() == cells
    pack = assert_same_load(folder)  # every table and figure as the former loader read them
    assert isinstance(pack, Pack)
    values = pack.observations["value"].to_numpy()
    assert values.view(np.int64).tolist() == np.array(
        [float(c) + 0.0 for c in cells]).view(np.int64).tolist()


def test_broken_figures_in_later_chunks_are_reported_with_row_and_text(tmp_path, in_chunks):
    """Each kind of broken figure after many good ones (so in a later chunk), among them the cells
    whose texts only the short decimals' bytes still hold (too large once scaled)."""
    broken = ["12,5", "abc", "", "1" + "0" * 400, ("5", "300"), ("99999999999999999999", "290"),
              "１２", "3.4.5", ("1" + "0" * 30, "280")]
    cells = PLAIN * 4 + broken + PLAIN
    folder = write_pack(tmp_path / "pack", {"observations.csv": _figures(cells)})
    problems = assert_same_load(folder)  # the same problems, in the same order, as before
    assert isinstance(problems, list)
    first = 2 + len(PLAIN) * 4  # the first broken cell's row (the header is row 1)
    expected = {
        first + 4: "number too large once scaled (value × 10^scale overflows) (found: '5 × 10^300')",
        first + 5: "number too large once scaled (value × 10^scale overflows) "
                   "(found: '99999999999999999999 × 10^290')",
        first + 3: "number too large",
        first: "(found: '12,5')",
        first + 1: "(found: 'abc')",
        first + 7: "(found: '3.4.5')",
    }
    for row, words in expected.items():
        assert any(p.startswith(f"observations.csv:{row}:value: ") and words in p
                   for p in problems), (row, words, problems)
    assert any(p.startswith(f"observations.csv:{first + 2}:value: empty cell") for p in problems)
    assert not any(f"observations.csv:{row}:value" in p for p in problems
                   for row in range(2, first)), problems  # the good figures before: no problem


@pytest.mark.parametrize("block", [1, 2, 3, 5, 4096])
def test_a_file_checked_as_utf8_block_by_block_reads_and_refuses_as_before(tmp_path, monkeypatch,
                                                                           block):
    """Blocks that split a character in two (Japanese notes, a BOM) still read; a bad byte or a NUL
    far into the file is reported at its line and character, as the whole file's decoding did."""
    monkeypatch.setattr(csv_table, "_SCAN_BLOCK", block)
    notes = VALID_FILES["observations.csv"].replace("price effects", "価格効果（名目）")
    good = write_pack(tmp_path / "good", {"observations.csv": "\ufeff" + notes})
    assert isinstance(assert_same_load(good), Pack)
    body = notes.encode("utf-8")
    for name, data in (("latin", body[:-40] + "caf\xe9".encode("latin-1") + body[-40:]),
                       ("nul", body[:-30] + b"\x00" + body[-30:]),
                       ("cut", body + "日".encode()[:2]),
                       ("utf16", notes.encode("utf-16"))):
        broken = write_pack(tmp_path / name, {"observations.csv": data})
        problems = assert_same_load(broken)
        assert isinstance(problems, list) and any(p.startswith("observations.csv:") for p in problems)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.from_regex(r"[0-9]{0,14}\.?[0-9]{0,12}", fullmatch=True), min_size=1, max_size=40),
       st.integers(1, 9))
def test_every_short_decimal_read_in_chunks_is_pythons_float_of_its_text(texts, chunk):
    """Each figure is the number of its own text, exact as published (Python's ``float``, as
    before), whichever chunk it is read in; texts that are no number stay texts."""
    figures = csv_table._Figures()
    for i in range(0, len(texts), chunk):
        figures.add(np.array(texts[i:i + chunk], dtype=object))
    column = figures.column()
    assert column.values().tolist() == texts
    per_text = np.array([float(t) if any(c.isdigit() for c in t) else np.nan for t in column.uniques])
    got = column.spread_numbers(per_text)
    want = [float(t) if any(c.isdigit() for c in t) else np.nan for t in texts]
    assert np.array_equal(got, np.array(want), equal_nan=True)
    assert got.view(np.int64).tolist() == np.array(want).view(np.int64).tolist()
