"""The import's bulk paths (issue 16) report what the row-by-row reading reports, in the same words:
an impossible plain date refused without the general date parser, marked dates compared as text for
an end before its start, a block of rows taken whole, missing tokens counted in C, report lines made
without the frozen class's setattr, and the check's dates and stripped texts made in C.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from explorer.data.csv_table import TextColumn
from explorer.data.pack_loader import _new_date, _plain_dates
from explorer.domain.dates import PartialDate
from explorer.domain.errors import ValueProblem
from explorer.importing import engine
from explorer.importing.engine import run_import
from explorer.importing.mapping import ImportMapping
from explorer.importing.messy_dates import DateOptions, parse_messy_date, plain_iso_problem
from explorer.importing.results import RowIssue, issue
from explorer.importing.source_table import read_table
from tests.importing.test_engine_columns import _both

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
HEADER = ["Title", "Begin", "End", "Domain", "Parties", "Status"]
MAPPING = ImportMapping(
    kind="events",
    columns={"title": ("Title",), "start": ("Begin",), "end": ("End",), "domains": ("Domain",),
             "parties": ("Parties",), "status": ("Status",)},
    constants={"kind": "agreement"}, sentinels=("9999-12-31",),
    values={"domains": {"Trade": "trade", "Security": "defence"}})


def _general_words(text: str) -> str | None:
    try:
        parse_messy_date(text, DateOptions())
    except ValueProblem as e:
        return e.message
    return None


def test_an_impossible_plain_date_gets_the_general_parsers_words():
    texts = [f"{y:04d}-{m:02d}-{d:02d}" for y in (999, 1000, 1600, 1900, 2000, 2023, 2024, 2100, 2200, 2201)
             for m in range(14) for d in (0, 1, 28, 29, 30, 31, 32)]
    texts += [f"{y:04d}-{m:02d}" for y in (999, 1000, 2000, 2200, 2201) for m in (0, 1, 12, 13)]
    pinned = 0
    for text in texts:
        quick = plain_iso_problem(text)
        if quick is not None:
            assert quick == _general_words(text), text
            pinned += 1
        elif _general_words(text) is not None:  # left to the general parser: a year it words its own way
            assert not 1000 <= int(text[:4]) <= 2200, text
    assert pinned > 250
    assert plain_iso_problem("2001-02-29") == "impossible date: Feb 2001 has 28 days"
    assert plain_iso_problem("2000-02-29") is None  # a real date
    for other in (" 2001-06-31", "2001-06-31?", "２００１-06-31", "2001-6-31", "0999-06-31", "31/06/2001"):
        assert plain_iso_problem(other) is None, other


def _file(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "treaties.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def _lines(result) -> list[str]:
    return [i.line("treaties.csv") for i in result.issues]


# Rows a vectorised reading could get wrong, each in a block of otherwise plain rows (row = index + 2).
_ODD = [
    ["Impossible", "2001-06-31", "", "Trade", "Japan", "signed"],
    ["Spaced impossible", " 2001-02-29 ", "", "Trade", "Japan", "signed"],
    ["No month 13", "2001-13-01", "", "Trade", "Japan", "signed"],
    ["Marked end before", "2002-03-01", "2001?", "Trade", "Japan", "signed"],
    ["Marked end inside the year", "2001-06-01", "2001~", "Trade", "Japan", "signed"],
    ["Marked start, same year", "2001?", "2001-01-01", "Trade", "Japan", "signed"],
    ["Marked start after", "2001-05~", "2001-04-30", "Trade", "Japan", "signed"],
    ["日本と米国の協定", "2001-02-03", "", "Trade", "日本;United States", "signed"],
    ["", "2001", "", "Trade", "Japan", "signed"],
    [" NA ", "2001", "", "Trade", "Japan", "signed"],
    ["Empty domain", "2001", "", "", "Japan", "signed"],
    ["Leap day", "2000-02-29", "2000-02-29", "Trade", "Japan", "signed"],
]


def _odd_file(tmp_path: Path) -> Path:
    rows = [[f"Plain treaty {i}", f"{1950 + i % 70}-{1 + i % 12:02d}-{1 + i % 28:02d}", "", "Trade", "Japan",
             "signed"] for i in range(1_200)]
    for k, row in enumerate(_ODD):
        rows[37 * k + 3] = row
    rows[700] = ["Plain treaty 5", "2001", "", "Trade", "Japan", "signed"]  # an id of block 1 again, in block 2
    rows[1101] = ["Twice in a block", "2001", "", "Trade", "Japan", "signed"]  # (block 3)
    rows[1102] = ["Twice in a block", "2002", "", "Trade", "Japan", "signed"]
    return _file(tmp_path, rows)


def test_odd_rows_are_reported_as_the_row_by_row_reading_reports_them(monkeypatch, tmp_path):
    table = read_table(_odd_file(tmp_path))
    rows, cols, blocks = _both(monkeypatch, table, MAPPING)
    assert blocks == 3
    for key in rows:
        assert cols[key] == rows[key], f"{key} differs"


def test_odd_rows_keep_their_words_rows_and_columns(tmp_path):
    result = run_import(read_table(_odd_file(tmp_path)), MAPPING, now=NOW)
    lines = _lines(result)
    row = {r[0]: 37 * k + 3 + 2 for k, r in enumerate(_ODD)}
    assert (f"treaties.csv:{row['Impossible']}:Begin: start: impossible date: Jun 2001 has 30 days "
            "(found: '2001-06-31')") in lines
    assert (f"treaties.csv:{row['Spaced impossible']}:Begin: start: impossible date: Feb 2001 has 28 days "
            "(found: ' 2001-02-29 ')") in lines
    assert f"treaties.csv:{row['No month 13']}:Begin: start: impossible date: no month 13 (found: '2001-13-01')" in lines
    assert (f"treaties.csv:{row['Marked end before']}:End: end: ends before it starts "
            "(found: '2002-03-01 to 2001?')") in lines
    assert (f"treaties.csv:{row['Marked start after']}:End: end: ends before it starts "
            "(found: '2001-05~ to 2001-04-30')") in lines
    taken = dict(zip(result.record_rows, result.records))
    for title in ("Marked end inside the year", "Marked start, same year", "Leap day", "日本と米国の協定"):
        assert taken[row[title]]["title"] == title
    assert taken[row["Marked end inside the year"]]["end"] == "2001~"
    assert taken[row["日本と米国の協定"]]["parties"] == "jp;us"
    for title in ("", " NA ", "Empty domain"):
        assert row[title] not in taken
        assert any(line.startswith(f"treaties.csv:{row[title]}:") for line in lines), title
    assert taken[702]["id"] == "plain-treaty-5-2"  # renamed: block 1 has the id
    assert (taken[1103]["id"], taken[1104]["id"]) == ("twice-in-a-block", "twice-in-a-block-2")


def test_missing_tokens_are_counted_with_the_white_space_around_them(tmp_path):
    rows = [[f"Treaty {i}", "2001", "", "Trade", "Japan", ("NA", " NA", "NA ", "signed")[i % 4]]
            for i in range(400)]
    result = run_import(read_table(_file(tmp_path, rows)), MAPPING, now=NOW)
    (finding,) = [f for f in result.column_findings if f.field == "status"]
    assert (finding.token, finding.cells, finding.cells_read) == ("NA", 300, 400)


def test_a_report_line_made_in_bulk_is_the_row_issue_itself():
    args = (12, "Begin", "start", "rejected", "impossible date: Jun 2001 has 30 days", "2001-06-31",
            "unparsed-date")
    made, usual = issue(*args), RowIssue(*args)
    assert made == usual and hash(made) == hash(usual) and repr(made) == repr(usual)
    assert (made.line("f.csv"), made.hint) == (usual.line("f.csv"), usual.hint)
    with pytest.raises(AttributeError):
        made.row = 3  # type: ignore[misc]  # frozen, as the class makes it


def test_a_checked_date_made_in_its_slots_is_the_partial_date_itself():
    for parts in ((2001, None, None, False, False), (2001, 2, None, True, False), (2000, 2, 29, False, True)):
        made, usual = _new_date(*parts), PartialDate(*parts)
        assert made == usual and hash(made) == hash(usual) and made.iso() == usual.iso()
        assert (made.start_day, made.end_day, made.precision) == (usual.start_day, usual.end_day, usual.precision)
    texts = np.array(["2001", "2001-02~", "2000-02-29?", "1999-12-31"], dtype=object)
    assert _plain_dates(texts) == {t: PartialDate.parse(t) for t in texts}


def test_a_column_is_stripped_of_the_white_space_around_its_texts():
    col = TextColumn(np.array([0, 1, 2, 1, 3], dtype=np.int8), np.array(["a", " b", "c ", "b"], dtype=object))
    out = col.stripped()
    assert list(out.values()) == ["a", "b", "c", "b", "b"]
    clean = TextColumn(np.array([0, 1], dtype=np.int8), np.array(["a", "b"], dtype=object))
    assert clean.stripped() is clean
    # texts marked clean are not looked at; the others are
    assert list(col.stripped(clean=np.array([True, True, False, False])).values()) == ["a", " b", "c", " b", "b"]


@pytest.fixture(autouse=True)
def _columnwise(monkeypatch):
    monkeypatch.setattr(engine, "COLUMNWISE", True)
