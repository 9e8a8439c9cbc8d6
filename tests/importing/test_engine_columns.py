"""The engine builds records column by column (``_RowBuilder.build_columns``, blocks of rows); the
row-by-row path it replaced stays beside it (``engine.COLUMNWISE = False``). Both must give the same
import: the pack files, every report line with its code and hint, row and column, the records created
and their order, the findings and the counts — on the messy tables of the equivalence test, on the
harness's treaty list, on a generated tier-S pack's events and on a file with every kind of bad cell.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from explorer.importing import engine
from explorer.importing.engine import _SURELY_PLAIN_ISO, _slugify_many, run_import, slugify
from explorer.importing.mapping import ImportMapping
from explorer.importing.messy_dates import plain_iso_parts
from explorer.importing.pack_builder import pack_files
from explorer.importing.source_table import read_table
from tests.importing.test_engine_equivalence import _cases

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _whole(result) -> dict:
    """Everything an import hands on, as plain data."""
    return {
        "records": result.records, "record_rows": result.record_rows,
        "issues": [(i.row, i.column, i.field, i.status, i.reason, i.found, i.code, i.hint, i.line("f.csv"))
                   for i in result.issues],
        "actors": result.actors, "indicators": result.indicators, "sources": result.sources,
        "domains": result.domains,
        "created": [(c.resource, c.id, c.name, c.how, c.origin) for c in result.created],
        "findings": [f.line() for f in result.column_findings],
        "code_systems": [c.line() for c in result.code_systems],
        "counts": (result.rows_read, result.accepted_rows, result.rejected_rows, result.skipped_rows),
        "summary": result.summary(), "files": pack_files(result),
    }


def _both(monkeypatch, table, mapping) -> tuple[dict, dict, int]:
    """(row by row, column by column, blocks built column-wise) for one import."""
    blocks = []
    real = engine._RowBuilder.build_columns

    def counting(self, *args, **kwargs):
        blocks.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(engine._RowBuilder, "build_columns", counting)
    monkeypatch.setattr(engine, "COLUMNWISE", False)
    rows = _whole(run_import(table, mapping, now=NOW))
    assert not blocks
    monkeypatch.setattr(engine, "COLUMNWISE", True)
    cols = _whole(run_import(table, mapping, now=NOW))
    return rows, cols, len(blocks)


def _assert_same(rows: dict, cols: dict) -> None:
    for key in rows:
        assert cols[key] == rows[key], f"{key} differs"


@pytest.mark.parametrize("name", [c[0] for c in _cases()])
def test_columns_and_rows_agree_on_the_messy_tables(monkeypatch, name):
    ((_, table, mapping),) = [c for c in _cases() if c[0] == name]
    try:
        rows, cols, blocks = _both(monkeypatch, table, mapping)
    except engine.AmbiguousCodes:
        pytest.skip("the mapping is refused before any row is read")
    _assert_same(rows, cols)
    if name.startswith(("events", "actors")):
        assert blocks, "the column-wise path was not taken"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_columns_and_rows_agree_on_the_harness_treaty_list(monkeypatch, tmp_path):
    from benchmarks.scenarios.import_throughput import _HEADER, _mapping, _rows

    table = read_table(_write(tmp_path / "treaties.csv", _HEADER, _rows(5_000)))
    rows, cols, blocks = _both(monkeypatch, table, _mapping())
    _assert_same(rows, cols)
    assert blocks == 10
    assert rows["counts"][2] > 1_000  # impossible dates, ends before starts, "NA" domains: all reported


def test_columns_and_rows_agree_on_a_generated_tier_s_pack(monkeypatch, tmp_path):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "bench", "S")
    table = read_table(folder / "events.csv")
    assert len(table.rows) >= 1_000
    mapping = ImportMapping(
        kind="events", columns={c: (c,) for c in ("id", "title", "title_ja", "kind", "status", "start", "end",
                                                  "parties", "domains", "summary", "summary_ja", "source_ids")},
        create_domains=True)
    rows, cols, blocks = _both(monkeypatch, table, mapping)
    _assert_same(rows, cols)
    assert blocks == 2
    assert len(rows["records"]) > 900 and rows["created"]


# Every kind of bad cell an events import reports, spread over three blocks of rows, with records of
# three resources (actors, sources, domains) created in interleaved rows.
_BAD = [
    ["Treaty of peace", "2001-02-03", "", "Trade", "Japan;France", "in force", "", "UN Treaty Series"],
    ["Short row", "2001"],  # fewer cells than the header
    ["Too, many", "2001", "", "Trade", "Japan", "signed", "", "", "extra"],
    ["", "2002", "", "Trade", "Japan", "signed", "", ""],  # empty required title
    ["NA", "2002", "", "Trade", "Japan", "signed", "", ""],  # a missing token in a required field
    ["Impossible", "2001-06-31", "", "Trade", "Japan", "signed", "", ""],
    ["Unreadable", "soon", "", "Trade", "Japan", "signed", "", ""],
    ["Either way", "03/04/2001", "", "Trade", "Japan", "signed", "", ""],  # day order left open
    ["Backwards", "2005", "2001", "Trade", "Japan", "signed", "", ""],
    ["No country", "2001", "", "Trade", "999", "signed", "", ""],
    ["Not an actor", "2001", "", "Trade", "---", "signed", "", ""],
    ["New domain", "2001", "", "Space Policy", "Atlantis", "signed", "", "Kyodo"],
    ["Bad domain", "2001", "", "!!!", "Japan", "signed", "", ""],
    ["Odd status", "2001", "", "Trade", "Japan", "pending", "", ""],
    ["Control\x01 char", "2001", "", "Trade", "Japan", "signed", "", ""],
    ["Fallback", "", "", "Trade", "Japan", "signed", "1999-05", ""],
    ["A range", "1981-09..1981-10", "", "Trade", "Japan", "signed", "", ""],
    ["Approximate", "c. 2001", "2001?", "Trade", "Japan", "signed", "", ""],
    ["Era", "令和元年5月1日", "", "Trade", "日本", "signed", "", ""],
    ["Same id", "2001", "", "Trade", "Japan", "signed", "", ""],
    ["Same id", "2002", "", "Trade", "Japan", "signed", "", ""],  # renamed same-id-2
    ["Open end", "2001", "9999-12-31", "Trade;NA", "NA;GB", "signed", "", "NA"],
    ["Leap", "2000-02-29", "2001-02-29", "Trade", "Japan", "signed", "", ""],
    ["Late", "2199-12-28", "2200", "Trade", "Japan", "signed", "", ""],
]


def _bad_rows(n_blocks: int = 3) -> list[list[str]]:
    rows: list[list[str]] = []
    k = 0
    while len(rows) < engine.CHECK_EVERY * n_blocks - 7:  # a block boundary falls inside the list
        for row in _BAD:
            row = list(row)
            if row[0] and row[0] not in ("NA", "Same id"):
                row[0] = f"{row[0]} {k}"
            if k % 7 == 0 and len(row) > 4:  # actors, sources and domains first seen in later rows
                row[4] = f"{row[4]};Country {k}"
                row[7] = f"Report {k}"
                row[3] = f"{row[3]};Field {k}"
            rows.append(row)
            k += 1
    return rows


_BAD_HEADER = ["Title", "Begin", "End", "Domain", "Parties", "Status", "Signed", "Source"]


@pytest.mark.parametrize("variant", ["plain", "ids-mapped"])
def test_columns_and_rows_agree_on_every_kind_of_bad_cell(monkeypatch, tmp_path, variant):
    table = read_table(_write(tmp_path / "bad.csv", _BAD_HEADER, _bad_rows()))
    columns: dict[str, tuple[str, ...]] = {
        "title": ("Title",), "start": ("Begin",), "end": ("End",), "domains": ("Domain",), "parties": ("Parties",), "status": ("Status",), "source_ids": ("Source",)}
    if variant == "ids-mapped":
        columns["id"] = ("Title",)  # a repeated title is a duplicate id: refused, not renamed
    mapping = ImportMapping(kind="events", columns=columns, constants={"kind": "agreement"},
                            sentinels=("9999-12-31",), fallbacks={"start": "Signed"}, create_domains=True,
                            values={"domains": {"Trade": "trade"}, "status": {"in force": "in_force"}})
    rows, cols, blocks = _both(monkeypatch, table, mapping)
    _assert_same(rows, cols)
    assert blocks == -(-len(table.rows) // engine.CHECK_EVERY) >= 3
    codes = {i[6] for i in rows["issues"]}
    for code in ("wrong-cell-count", "missing-required", "missing-token-required", "unparsed-date",
                 "ambiguous-day-order", "ends-before-start", "unknown-country-code", "not-an-actor",
                 "bad-domain-name", "not-in-vocabulary", "control-characters", "date-from-fallback",
                 "date-range", "date-note"):
        assert code in codes, code
    if variant == "ids-mapped":
        assert "duplicate-id" in codes
    else:
        assert any(r["id"].startswith("same-id-") for r in rows["records"])
    assert {c[0] for c in rows["created"]} >= {"actors", "sources", "domains"}


def test_an_actors_import_agrees_column_and_row_wise(monkeypatch, tmp_path):
    rows_in = [["Japan", "JPN", "state", "EU;G7"], ["Atlantis", "", "", "NA"], ["Ruritania", "", "state", "G7"],
               ["", "", "", ""], ["Namibia", "NA", "state", ""], ["Japan", "JPN", "state", ""]] * 150
    table = read_table(_write(tmp_path / "actors.csv", ["Name", "Code", "Kind", "Member of"], rows_in))
    mapping = ImportMapping(kind="actors", columns={"name": ("Name",), "iso3": ("Code",), "kind": ("Kind",),
                                                    "member_of": ("Member of",)})
    rows, cols, blocks = _both(monkeypatch, table, mapping)
    _assert_same(rows, cols)
    assert blocks == 2


def test_slugify_many_is_slugify_of_each():
    import random

    rng = random.Random(4)
    alphabet = "abcXYZ019 -_.,;:'\"!?()/&é日\x00\t"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70))) for _ in range(3_000)]
    assert _slugify_many(texts) == [slugify(t) for t in texts]
    ascii_texts = [t.encode("ascii", "ignore").decode().replace("\x00", "") for t in texts]
    assert _slugify_many(ascii_texts) == [slugify(t) for t in ascii_texts]
    with_nul = ["a\x00b", "c"]
    assert _slugify_many(with_nul) == [slugify(t) for t in with_nul]


def test_the_quick_date_check_accepts_only_real_plain_dates():
    import itertools

    years = ["0999", "1000", "1999", "2024", "2199", "2200", "2201", "9999", "２０１９"]
    months = ["", "-00", "-01", "-02", "-09", "-10", "-12", "-13", "-1"]
    days = ["", "-00", "-01", "-09", "-10", "-28", "-29", "-30", "-31", "-32", "-1"]
    for y, m, d in itertools.product(years, months, days):
        text = y + m + (d if m else "")
        if _SURELY_PLAIN_ISO(text):
            assert plain_iso_parts(text) is not None, text


def test_an_end_before_its_start_is_found_by_comparing_texts_as_by_comparing_days():
    import itertools

    from explorer.domain.dates import PartialDate
    from explorer.importing.engine import _LAST_DAY_PAD

    texts = ["1999", "2000", "2000-01", "2000-02", "2000-02-28", "2000-02-29", "2000-03", "2000-03-01",
             "2000-12", "2000-12-31", "2001", "2001-01-01", "2001-02", "2001-02-28", "2001-03-01", "2100-02",
             "2100-02-28", "2100-03-01", "1900-02-28", "1900-03"]
    for s, e in itertools.product(texts, repeat=2):
        by_days = PartialDate.parse(e).end_day < PartialDate.parse(s).start_day
        assert (e + _LAST_DAY_PAD[len(e)] < s) is by_days, (s, e)


def test_the_one_search_for_day_month_dates_agrees_with_reading_every_sample():
    import random

    from explorer.importing.messy_dates import detect_day_order, surely_no_numeric_dmy

    rng = random.Random(9)
    pool = ["2019-02-01", "2019", "03/04/2001", "13/10/2001", "10/13/2001", "1.2.03", "5-6-2020", "c. 2001",
            "2001?", "NA", "", "１２/０４/２０１９", "12/2001", "2001/10/05", "x 3/4/05 y", "令和元年5月1日",
            "Jan 2001", "31.12.1999", "12-31-99"]
    for _ in range(2_000):
        samples = {rng.choice(pool) for _ in range(rng.randint(0, 5))}
        if surely_no_numeric_dmy(samples):
            assert detect_day_order(samples) == "none", samples
    assert surely_no_numeric_dmy({"2019-02-01", "NA", ""})
    assert not surely_no_numeric_dmy({"2019-02-01", "03/04/2001"})


def test_the_quick_date_reading_is_the_messy_date_reader_s():
    import itertools

    from explorer.importing.engine import _quick_date_text
    from explorer.importing.messy_dates import DateOptions, parse_messy_date

    years = ["0999", "1000", "1999", "2024", "2199", "2200", "9999"]
    months = ["", "-00", "-01", "-02", "-12", "-13", "-XX", "-xx", "-Xx"]
    days = ["", "-00", "-01", "-28", "-29", "-30", "-31", "-XX", "-xx"]
    marks = ["", "?", "~", "??", "%", " ?"]
    quick = 0
    for y, m, d, mark in itertools.product(years, months, days, marks):
        text = y + m + (d if m else "") + mark
        got = _quick_date_text(text)
        if got is None:
            continue
        quick += 1
        read = parse_messy_date(text, DateOptions())
        assert read is not None and read.end is None and read.note == "", text
        assert read.start.iso() == got, text
    assert quick > 100


@pytest.mark.parametrize("variant", ["harness", "bad", *(c[0] for c in _cases())])
def test_refusals_reported_at_once_are_the_row_path_s(monkeypatch, tmp_path, variant):
    """A column-wise row refused with nothing else to report is reported in the loop at once
    (``engine.QUICK_REFUSALS``): the same report lines, in the same order, and the same counts."""
    from benchmarks.scenarios.import_throughput import _HEADER, _mapping, _rows

    if variant == "harness":
        table, mapping = read_table(_write(tmp_path / "t.csv", _HEADER, _rows(2_000))), _mapping()
    elif variant != "bad":  # the messy tables (the column-wise path serves events and actors)
        ((_, table, mapping),) = [c for c in _cases() if c[0] == variant]
    else:
        table = read_table(_write(tmp_path / "bad.csv", _BAD_HEADER, _bad_rows()))
        mapping = ImportMapping(
            kind="events", columns={"title": ("Title",), "start": ("Begin",), "end": ("End",),
                                    "domains": ("Domain",), "parties": ("Parties",), "status": ("Status",),
                                    "source_ids": ("Source",)},
            constants={"kind": "agreement"}, sentinels=("9999-12-31",), fallbacks={"start": "Signed"},
            create_domains=True, values={"domains": {"Trade": "trade"}, "status": {"in force": "in_force"}})
    monkeypatch.setattr(engine, "QUICK_REFUSALS", False)
    try:
        slow = _whole(run_import(table, mapping, now=NOW))
    except engine.AmbiguousCodes:
        pytest.skip("the mapping is refused before any row is read")
    monkeypatch.setattr(engine, "QUICK_REFUSALS", True)
    fast = _whole(run_import(table, mapping, now=NOW))
    _assert_same(slow, fast)
    assert slow["counts"][2] > 0
