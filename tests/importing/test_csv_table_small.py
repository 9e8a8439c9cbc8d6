"""A small pack CSV read by the stdlib reader (``csv_table._small_columns``) gives the table pandas'
reader gives: the same header, texts, codes (values and integer width), row numbers and problems.
An import validates its small files (actors, sources, indicators, an empty observations table) this
way, and so does the loader for every small table of a pack."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.data import csv_table
from explorer.data.problems import ProblemLog

DEFAULT_PACK = Path(__file__).resolve().parents[2] / "data" / "japan-eu-us"


def _parse(name: str, data: bytes, small: bool) -> tuple[object, list[str]]:
    log = ProblemLog()
    old = csv_table.SMALL_BYTES
    csv_table.SMALL_BYTES = old if small else -1
    try:
        table = csv_table.parse_table(name, data, log)
    finally:
        csv_table.SMALL_BYTES = old
    return table, [repr(p) for p in log.problems()]


def _same(name: str, data: bytes, small_first: bool = True) -> None:
    small, small_problems = _parse(name, data, small=small_first)
    big, big_problems = _parse(name, data, small=False)
    assert small_problems == big_problems
    _same_tables(small, big)


def _same_tables(small: object, big: object) -> None:
    if big is None:
        assert small is None
        return
    assert isinstance(small, csv_table.RawTable) and isinstance(big, csv_table.RawTable)
    assert small.header == big.header
    assert list(small.columns) == list(big.columns)
    assert np.array_equal(small.rows, big.rows) and small.rows.dtype == big.rows.dtype
    for col in big.columns:
        a, b = small.columns[col], big.columns[col]
        assert a.codes.dtype == b.codes.dtype, col
        assert np.array_equal(a.codes, b.codes), col
        assert a.uniques.dtype == b.uniques.dtype == object
        assert list(a.uniques) == list(b.uniques), col
        assert all(type(t) is str for t in a.uniques)


def test_small_path_is_taken_for_small_files(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[int] = []
    real = csv_table._small_columns
    def spy(data: bytes, header: list[str]) -> dict[str, csv_table.TextColumn]:
        called.append(1)
        return real(data, header)

    monkeypatch.setattr(csv_table, "_small_columns", spy)
    assert csv_table.parse_table("a.csv", b"id,name\nx,y\n", ProblemLog()) is not None
    assert called
    called.clear()
    monkeypatch.setattr(csv_table, "SMALL_BYTES", -1)
    assert csv_table.parse_table("a.csv", b"id,name\nx,y\n", ProblemLog()) is not None
    assert not called


def test_default_pack_files_read_the_same() -> None:
    files = sorted(DEFAULT_PACK.glob("*.csv"))
    assert files
    for path in files:
        _same(path.name, path.read_bytes())


def test_tier_s_pack_files_read_the_same(tmp_path: Path) -> None:
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "bench", "S")
    for path in sorted(folder.glob("*.csv")):
        data = path.read_bytes()
        _same(path.name, data)
        # and the first rows of each, small enough for the stdlib reader
        head = b"".join(data.splitlines(keepends=True)[:300])
        _same(path.name, head)


@pytest.mark.parametrize("data", [
    b"id,name\n",  # a header alone
    b"id,name\r\n",
    b"id,name",  # no line feed at all
    b"\xef\xbb\xbfid,name\nx,y\n",  # a UTF-8 BOM
    b"id,name\nx,y",  # no line feed after the last row
    b"id,name\n\nx,y\n\n\nz,\n",  # blank lines skipped, row numbers kept
    b"id,name\r\nx,y\r\n\r\nz,w\r\n",
    b'id,name\nx,"a, b"\n"q""uote",""\n',
    b'id,name\nx,"line\nbreak"\ny,"cr\r\nlf"\n',  # line breaks inside quoted cells
    b'id,name\nx, y \n  ,\t\n',  # white space kept
    b'id,name\n,\n"",""\nx,\n',  # empty cells: a row, not a blank line
    b'id,name\nNA,NaN\nnull,None\n',  # never NA-converted
    "id,name\n日本,東京\n日本,大阪\n".encode(),
    b'"id","name"\nx,y\n',  # a quoted header: pandas' reader
    b'id,name\nx,y,z\n',  # ragged: refused the same way
    b'id,name\nx\n',
    b'id,id\nx,y\n',  # a header problem
    b'id\nx\n""\n',  # one column: pandas' reader
    b'id,name\nx,"open\n',  # a quote never closed
    b'id,name\nx,a"b\n',  # a quote inside a cell: not plainly quoted, pandas' reader
    b'id,name\nx,"a"b\n',
])
def test_edge_cases_read_the_same(data: bytes) -> None:
    _same("t.csv", data)


CELL = st.one_of(st.text(alphabet=st.sampled_from(list('ab ,"\n\r\t日x1-;')), max_size=6),
                 st.sampled_from(["", "NA", "x", "日本", "2019-01-01"]))


def _quoted(cell: str) -> str:
    if any(c in cell for c in ',"\r\n') or cell == "":
        return '"' + cell.replace('"', '""') + '"' if cell else cell
    return cell


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(width=st.integers(2, 4), rows=st.lists(st.lists(CELL, min_size=4, max_size=4), max_size=12),
       newline=st.sampled_from(["\n", "\r\n"]), blank=st.lists(st.integers(0, 12), max_size=3),
       raw=st.booleans())
def test_generated_files_read_the_same(width: int, rows: list[list[str]], newline: str,
                                       blank: list[int], raw: bool) -> None:
    lines = [",".join(f"c{i}" for i in range(width))]
    for row in rows:
        cells = row[:width]
        lines.append(",".join(cells if raw else map(_quoted, cells)))  # raw: often malformed
    for at in blank:
        lines.insert(min(at + 1, len(lines)), "")
    _same("t.csv", (newline.join(lines) + newline).encode())


def _merged_both_ways(monkeypatch: pytest.MonkeyPatch, name: str, data: bytes) -> None:
    """pandas' reader with a one-chunk column kept as read (``ONE_CHUNK_AS_IS``) and merged again."""
    monkeypatch.setattr(csv_table, "SMALL_BYTES", -1)
    monkeypatch.setattr(csv_table, "ONE_CHUNK_AS_IS", False)
    log_a = ProblemLog()
    merged = csv_table.parse_table(name, data, log_a)
    monkeypatch.setattr(csv_table, "ONE_CHUNK_AS_IS", True)
    log_b = ProblemLog()
    kept = csv_table.parse_table(name, data, log_b)
    assert [repr(p) for p in log_a.problems()] == [repr(p) for p in log_b.problems()]
    _same_tables(kept, merged)


def test_a_one_chunk_column_kept_as_read_is_the_merged_column(monkeypatch, tmp_path):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "bench", "S")
    for path in [*sorted(DEFAULT_PACK.glob("*.csv")), *sorted(folder.glob("*.csv"))]:
        _merged_both_ways(monkeypatch, path.name, path.read_bytes())
    # several chunks (the kept table, then merges) and one: the same either way
    monkeypatch.setattr(csv_table, "CHUNK_ROWS", 64)
    for path in sorted(folder.glob("*.csv")):
        _merged_both_ways(monkeypatch, path.name, path.read_bytes())


def test_a_one_chunk_column_is_not_factorized_twice(monkeypatch):
    calls: list[int] = []
    real = csv_table.pd.factorize

    def counting(values, *args, **kwargs):
        calls.append(len(values))
        return real(values, *args, **kwargs)

    monkeypatch.setattr(csv_table, "SMALL_BYTES", -1)
    monkeypatch.setattr(csv_table.pd, "factorize", counting)
    data = b"id,name\n" + b"".join(b"r%d,n%d\n" % (i, i % 7) for i in range(500))
    assert csv_table.parse_table("t.csv", data, ProblemLog()) is not None
    assert calls == [500, 500]  # one per column, the chunk's; none for a merge
