"""A required cell that holds nothing but control characters (a stray escape pasted from a terminal,
a bell from an old mail system): the characters are removed, so the value is empty and the row is
refused with a reason. Before, the row was taken with an empty title and the import ended in "the
imported rows do not make a valid pack (a bug in the importer)", writing nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.scenarios.import_throughput import _HEADER, _mapping
from explorer.data.pack_loader import load_pack
from explorer.importing.engine import run_import
from explorer.importing.pack_builder import write_import_pack
from explorer.importing.source_table import read_table
from tests.importing.fixtures import write_rows

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _row(title: str, start: str = "2019-02-01") -> list[str]:
    return [title, start, "", "Trade", "Japan;EU", "signed"]


@pytest.mark.parametrize("rows_before", [1, 600])  # (600: the row is in a block read column by column)
@pytest.mark.parametrize("title", ["\x1b", "\x07\x08", "\x1b \x1b"])
def test_a_title_of_control_characters_only_refuses_its_row_and_the_rest_is_imported(
        tmp_path, rows_before, title):
    rows = [_row(f"Agreement {i}") for i in range(rows_before)]
    rows.append(_row(title))
    rows += [_row(f"Later agreement {i}") for i in range(3)]
    path = write_rows(tmp_path, "treaties.csv", [_HEADER, *rows])
    result = run_import(read_table(path), _mapping(), now=NOW)

    bad_row = rows_before + 2  # (the header is row 1)
    refused = [i for i in result.rejected() if i.row == bad_row]
    assert [(i.field, i.column, i.reason) for i in refused] == [
        ("title", "Title", "only control characters; a value is required")]
    assert result.rejected_rows == 1 and len(result.records) == rows_before + 3

    pack = load_pack(write_import_pack(result, tmp_path / "pack"))  # writes, and the pack loads
    assert len(pack.events) == rows_before + 3
    assert "" not in set(pack.events["title"])


def test_control_characters_inside_a_title_are_removed_and_the_row_kept(tmp_path):
    path = write_rows(tmp_path, "treaties.csv", [_HEADER, _row("EPA\x07 signed"), _row("Other")])
    result = run_import(read_table(path), _mapping(), now=NOW)
    assert result.rejected_rows == 0
    assert [r["title"] for r in result.records] == ["EPA signed", "Other"]
    assert [i.reason for i in result.issues] == ["control characters removed"]
