"""Any table through any sensible mapping ends in pack rows or reported reasons, never an exception,
and every source row is accounted for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.importing.engine import run_import
from explorer.importing.mapping import ImportMapping
from explorer.importing.numeric_codes import AmbiguousCodes
from explorer.importing.source_table import SourceTable

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "NA", "..", "2019", "2019-02", "2019-02-30", "31/12/2019", "03/04/2001",
                     "1964-XX-16", "1981-09..1981-10", "9999-12-31", "1,234.5", "(12)", "12a", "JP",
                     "Japan", "日本", "Trade", "signed", "in force", "2001.10", "FY2020", "2020Q2", "0"]),
)
HEADER = ["a", "b", "c", "d"]

MAPPINGS = [
    ImportMapping(kind="events", columns={"title": ("a",), "start": ("b",), "end": ("c",),
                                          "parties": ("d",)},
                  constants={"kind": "agreement", "status": "signed", "domains": "trade"},
                  sentinels=("9999-12-31",)),
    ImportMapping(kind="events", columns={"title": ("a",), "start": ("b", "c", "d"), "status": ("a",)},
                  constants={"kind": "agreement", "parties": "jp", "domains": "trade"}),
    ImportMapping(kind="observations", columns={"reporter": ("a",), "period": ("b",), "value": ("c",),
                                                "note": ("d",)},
                  constants={"indicator_id": "x", "indicator.domain": "trade", "unit": "USD"}),
    ImportMapping(kind="fx_rates", columns={"period": ("a",), "base": ("b",), "quote": ("c",),
                                            "rate": ("d",)}, constants={"kind": "implied"},
                  decimal_comma=True),
    ImportMapping(kind="actors", columns={"name": ("a",), "iso3": ("b",)}),
]


def _run(table, mapping):
    """The import's result, or None when it refused to guess a column's code system: numbers that
    are country codes in neither or both systems about equally are asked about before any row is
    read (the CLI's --codes, the wizard's question), by design."""
    try:
        return run_import(table, mapping, now=NOW)
    except AmbiguousCodes as e:
        assert "--codes iso-numeric or --codes cow" in str(e) and "column " in str(e)
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(CELL, min_size=3, max_size=5), max_size=12),
       which=st.integers(0, len(MAPPINGS) - 1))
def test_any_table_ends_in_rows_or_reasons(rows, which):
    table = SourceTable(path=Path("t.csv"), sha256="0" * 64, file_kind="csv", encoding="utf-8",
                        delimiter=",", header_row=1, sheet=None, sheets=(), header=list(HEADER),
                        rows=rows, row_numbers=list(range(2, len(rows) + 2)), title_rows=[], detected={})
    result = _run(table, MAPPINGS[which])
    if result is None:
        return
    assert result.accepted_rows + result.rejected_rows + result.skipped_rows == len(rows)
    rejected_rows = {i.row for i in result.rejected()}
    assert len(rejected_rows) == result.rejected_rows
    assert all(i.reason for i in result.issues)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=4, max_size=4), max_size=8),
       which=st.integers(0, len(MAPPINGS) - 1))
def test_accepted_rows_always_make_a_pack_that_loads(tmp_path, rows, which):
    from explorer.importing.pack_builder import write_import_pack

    table = SourceTable(path=Path("t.csv"), sha256="0" * 64, file_kind="csv", encoding="utf-8",
                        delimiter=",", header_row=1, sheet=None, sheets=(), header=list(HEADER),
                        rows=rows, row_numbers=list(range(2, len(rows) + 2)), title_rows=[], detected={})
    result = _run(table, MAPPINGS[which])
    if result is None:
        return
    out = tmp_path / f"p{len(list(tmp_path.iterdir()))}"
    write_import_pack(result, out)  # validates with the real loader; raises if the rows were invalid


def _slug_by_regex(text: str, limit: int) -> str:
    """slugify as first written: one regular expression over the folded text."""
    import re
    import unicodedata

    folded = (text.lower() if text.isascii()
              else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower())
    return re.sub(r"[^a-z0-9_.]+", "-", folded).strip("-._")[:limit].strip("-._")


@given(st.text(alphabet=st.sampled_from(list("aZ09 -_.,;:!?/()'\t\n\x00\x7f~@#&é日ß")) | st.characters(),
               max_size=80), st.sampled_from([48, 40, 5, 1]))
def test_an_id_made_from_a_title_is_the_one_the_regular_expression_made(text, limit):
    from explorer.importing.engine import slugify

    assert slugify(text, limit) == _slug_by_regex(text, limit)
