"""An imported pack's CSV text made by joins (``pack_builder._joined_rows``) is the csv writer's text,
byte for byte: on the harness's treaty list, the messy tables, a tier-S pack's events, cells holding
commas, quotes, line breaks, carriage returns, NULs and non-text values, and the whole written pack."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.importing import pack_builder
from explorer.importing.engine import AmbiguousCodes, run_import
from explorer.importing.mapping import ImportMapping
from explorer.importing.pack_builder import pack_files, write_import_pack
from explorer.importing.source_table import read_table
from tests.importing.test_engine_equivalence import _cases

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _writer_text(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([r.get(c, "") for c in columns])
    return buf.getvalue()


def _joined_text(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    pack_builder._write_csv(buf, columns, rows)
    return buf.getvalue()


def _files_both_ways(monkeypatch: pytest.MonkeyPatch, result) -> tuple[dict, dict]:
    monkeypatch.setattr(pack_builder, "FAST_CSV", False)
    slow = pack_files(result)
    monkeypatch.setattr(pack_builder, "FAST_CSV", True)
    fast = pack_files(result)
    return slow, fast


def _csv_file(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_the_harness_treaty_list_is_written_the_same(monkeypatch, tmp_path):
    from benchmarks.scenarios.import_throughput import _HEADER, _mapping, _rows

    table = read_table(_csv_file(tmp_path / "treaties.csv", _HEADER, _rows(5_000)))
    result = run_import(table, _mapping(), now=NOW)
    called = []
    real = pack_builder._joined_rows

    def spy(columns, rows):
        text = real(columns, rows)
        called.append(text is not None)
        return text

    monkeypatch.setattr(pack_builder, "_joined_rows", spy)
    slow, fast = _files_both_ways(monkeypatch, result)
    assert slow == fast
    assert any(called), "the joined path was not taken"
    # the whole pack on disk, descriptor included, is the same both ways
    monkeypatch.setattr(pack_builder, "FAST_CSV", False)
    a = write_import_pack(result, tmp_path / "a")
    monkeypatch.setattr(pack_builder, "FAST_CSV", True)
    b = write_import_pack(result, tmp_path / "b")
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.mark.parametrize("name", [c[0] for c in _cases()])
def test_the_messy_tables_are_written_the_same(monkeypatch, name):
    ((_, table, mapping),) = [c for c in _cases() if c[0] == name]
    try:
        result = run_import(table, mapping, now=NOW)
    except AmbiguousCodes:
        pytest.skip("the mapping is refused before any row is read")
    slow, fast = _files_both_ways(monkeypatch, result)
    assert slow == fast


def test_a_tier_s_pack_s_events_are_written_the_same(monkeypatch, tmp_path):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "bench", "S")
    table = read_table(folder / "events.csv")
    mapping = ImportMapping(
        kind="events", columns={c: (c,) for c in ("id", "title", "title_ja", "kind", "status", "start", "end",
                                                  "parties", "domains", "summary", "summary_ja", "source_ids")},
        create_domains=True)
    result = run_import(table, mapping, now=NOW)
    slow, fast = _files_both_ways(monkeypatch, result)
    assert slow == fast


COLUMNS = ["id", "title", "note"]


@pytest.mark.parametrize("rows", [
    [{"id": "a", "title": "x, y", "note": 'say "hi"'}],
    [{"id": "a", "title": "line\nbreak", "note": ""}, {"id": "b", "title": "", "note": ""}],
    [{"id": "a", "title": "x, y", "note": "a,b"}, {"id": "b", "title": 'q"', "note": "c\nd"}],
    [{"id": "a", "title": "carriage\rreturn", "note": "x"}],  # the writer's own rules
    [{"id": "a", "title": "nul\x00", "note": "x"}],
    [{"id": "a", "title": "\x00", "note": "\x00\x00"}],
    [{"id": "a", "title": None, "note": "x"}],  # not text: the writer
    [{"id": "a", "title": 3, "note": 1.5}],
    [{"id": "a", "title": "t"}],  # a missing column: the writer
    [{"id": "a", "title": "t", "note": "n", "extra": "e"}],
    [],
    [{"id": "日本", "title": " spaced ", "note": "\t"}],
])
def test_awkward_cells_are_written_as_the_writer_writes_them(rows):
    assert _joined_text(COLUMNS, rows) == _writer_text(COLUMNS, rows)


def test_one_column_is_left_to_the_writer():
    rows = [{"id": ""}, {"id": "a"}]
    assert _joined_text(["id"], rows) == _writer_text(["id"], rows) == 'id\n""\na\n'


CELL = st.text(alphabet=st.sampled_from(list('ab ,"\n\r\x00\t日;')), max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries(dict.fromkeys(COLUMNS, CELL)), max_size=8))
def test_generated_cells_are_written_as_the_writer_writes_them(rows):
    assert _joined_text(COLUMNS, rows) == _writer_text(COLUMNS, rows)
