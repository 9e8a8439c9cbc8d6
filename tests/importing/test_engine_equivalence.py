"""The engine's whole output on messy generated tables is exactly what the per-row engine of issue 16
produced (saved before the column-wise rewrite): pack tables, every issue line in order, created
records, findings and counts. Regenerate only for an intended change of behaviour:
``.venv/bin/python -m tests.importing.test_engine_equivalence --write``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path

import pytest

from explorer.importing.engine import run_import
from explorer.importing.mapping import ImportMapping
from explorer.importing.numeric_codes import AmbiguousCodes
from explorer.importing.pack_builder import pack_files
from explorer.importing.source_table import SourceTable

EXPECTED = Path(__file__).with_name("data") / "engine_expected.json"
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

DATES = ["2019", "2019-02", "2019-02-01", "2019-02-30", "1953-05-5", "2001-10-05T10:30:00", "2001-10-05 00:00",
         "1964-XX-16", "1964-06-XX", "2001/10/05", "2001.10", "2001.0", "05/10/2001", "13/10/2001",
         "10/13/2001", "03/04/2001", "5 Oct 2001", "January 1st, 2001", "Jan 2001", "01-Jan-2001",
         "2001年10月5日", "平成13年", "令和元年5月1日", "c. 2001", "2001?", "2001~", "~2001-03?", "2001 (?)",
         "1981-09..1981-10", "2001..", "..2001", "2003..2001", "2001..9999-12-31", "9999-12-31", "NA",
         "", " ", "..", "-", "n/a", "99", "0001", "3000", "xx", "2001-13", "２００１－０２", "12/2001",
         "2019-02-01 ", "Monday, 1st of January 2001", "1989年1月8日", "FY2020", "2020Q2"]
PERIODS = ["2019", "2019-02", "2019-02-01", "2001.10", "2001.1", "January 2002", "2002/03", "FY2020",
           "2020Q2", "Q3 2020", "2020M7", "2021年度", "2001~", "2001..2002", "NA", "..", "", "FY'20",
           "2020-Q5", "1850", "x", "2001年第2四半期"]
NUMBERS = ["1", "1,234.5", "1.234,5", "(12)", "-3", "12a", "12 (a)", "<5", ">= 7", "12%", "3.4e3", "..",
           "n/a", "NA", "", "x", "1e999", "0", "−4", "１２", "5*", "$12", "12 bn", "-", "1 234"]
ACTORS = ["Japan", "JP", "JPN", "日本", "United States", "US", "USA", "NA", "Namibia", "GB", "EU",
          "European Union", "Atlantis", "392", "840", "999", "2", "Korea, Rep.", "", "..", "Côte d'Ivoire",
          "\x00Bad", "ZZ", "France", "Germany", "---"]
TEXTS = ["Agreement on trade", "Treaty\x00 of peace", "NA", "", "  padded  ", "Accord\u0085", "Same title",
         "Same title", "日本との協定", "A\r\nB", "..", "Ärger über Zölle", "x" * 60, "=cmd()", "N/A"]
DOMAINS = ["Trade", "Security", "Environment", "Trade;Environment", "NA", "trade", "Energy Policy",
           "defence", "", "trade;trade", "Trade; NA", "in-force"]
STATUS = ["in force", "In force", "signed", "Signed", "expired", "NA", "", "ratified", "in_force", "draft"]


def _pick(rng: random.Random, pool: list[str], n: int) -> list[str]:
    return [rng.choice(pool) for _ in range(n)]


def _table(name: str, header: list[str], rows: list[list[str]]) -> SourceTable:
    return SourceTable(path=Path(name), sha256="0" * 64, file_kind="csv", encoding="utf-8", delimiter=",",
                       header_row=1, sheet=None, sheets=(), header=list(header), rows=rows,
                       row_numbers=list(range(2, len(rows) + 2)), title_rows=[], detected={})


def _cases() -> list[tuple[str, SourceTable, ImportMapping]]:
    rng = random.Random(16)
    n = 400
    out = []
    header = ["Title", "Begin", "End", "Signed", "Domain", "Parties", "Status", "Summary", "Source"]
    rows = []
    for i in range(n):
        row = [rng.choice(TEXTS) + (f" {i % 50}" if rng.random() < 0.5 else ""), rng.choice(DATES),
               rng.choice(DATES), rng.choice(DATES), rng.choice(DOMAINS),
               ";".join(_pick(rng, ACTORS, rng.randint(0, 3))), rng.choice(STATUS), rng.choice(TEXTS),
               rng.choice(["UN Treaty Series", "NA", "", "MOFA; UN Treaty Series", "Kyodo"])]
        if rng.random() < 0.03:
            row = row[:rng.randint(1, 8)]  # a short row
        rows.append(row)
    events = _table("events.csv", header, rows)
    cols = {"title": ("Title",), "start": ("Begin",), "end": ("End",), "domains": ("Domain",),
            "parties": ("Parties",), "status": ("Status",)}
    values = {"domains": {"Trade": "trade", "Security": "defence", "Environment": "diplomacy"},
              "status": {"ratified": "in_force", "in force": "in_force"}}
    out.append(("events-basic", events, ImportMapping(
        kind="events", columns=cols, constants={"kind": "agreement"}, sentinels=("9999-12-31",),
        values=values, day_order="day_first", codes="iso-numeric")))
    out.append(("events-full", events, ImportMapping(
        kind="events", columns={**cols, "summary": ("Summary",), "source_ids": ("Source",)},
        constants={"kind": "agreement", "actor.kind": "state"}, sentinels=("9999-12-31",), values=values,
        fallbacks={"start": "Signed"}, create_domains=True, actors={"Atlantis": "atl"},
        missing_in={"parties": ("NA",)}, day_order="month_first", codes="cow")))
    out.append(("events-auto-order", events, ImportMapping(
        kind="events", columns={"title": ("Title",), "start": ("Begin",), "parties": ("Parties",)},
        constants={"kind": "summit", "status": "signed", "domains": "trade"}, not_missing={"parties": ("NA",)}, codes="iso-numeric")))
    out.append(("events-tokens", events, ImportMapping(
        kind="events", columns={**cols, "summary": ("Summary",), "title_ja": ("Source",)},
        constants={"kind": "agreement"}, sentinels=("2019-02", "2019"), values=values, codes="iso-numeric",
        missing_in={"title": ("Same title 3",), "start": ("2019-02-01",), "end": ("NA",)},
        not_missing={"summary": ("NA",), "title_ja": ("NA",)}, missing=("NA", "..", "Kyodo"))))
    header = ["Y", "M", "D", "Who1", "Who2", "Who3", "Title"]
    rows = [[rng.choice(["2001", "1999", "NA", "", "19x9", "2001.0", "c. 2001", "20"]),
             rng.choice(["1", "01", "12", "13", "Oct", "October", "XX", "", "NA", "0"]),
             rng.choice(["1", "31", "30", "", "XX", "32", "NA"]),
             rng.choice(ACTORS), rng.choice(ACTORS), rng.choice(ACTORS), rng.choice(TEXTS) + str(i)]
            for i in range(n)]
    out.append(("events-parts", _table("parts.csv", header, rows), ImportMapping(
        kind="events", columns={"title": ("Title",), "start": ("Y", "M", "D"), "parties": ("Who1", "Who2", "Who3")},
        constants={"kind": "agreement", "status": "signed", "domains": "trade"}, codes="iso-numeric")))
    header = ["Country", "Partner", "Year", "Value", "Unit", "Qual", "Note", "Indicator"]
    rows = [[rng.choice(ACTORS), rng.choice(ACTORS), rng.choice(PERIODS), rng.choice(NUMBERS),
             rng.choice(["USD", "%", "", "NA", "JPY bn"]), rng.choice(["", "<", ">", "≤", "~", "x", "NA"]),
             rng.choice(TEXTS), rng.choice(["GDP", "Exports", "", "NA", "gdp", "Trade balance (USD)"])]
            for _ in range(n)]
    obs = _table("obs.csv", header, rows)
    obs_const = {"indicator.domain": "finance", "scale": "0"}
    out.append(("observations-long", obs, ImportMapping(
        kind="observations", columns={"reporter": ("Country",), "partner": ("Partner",), "period": ("Year",),
                                      "value": ("Value",), "unit": ("Unit",), "qualifier": ("Qual",),
                                      "note": ("Note",), "indicator_id": ("Indicator",)},
        constants=obs_const, values={"qualifier": {"~": "≈"}}, codes="iso-numeric")))
    out.append(("observations-const-unit", obs, ImportMapping(
        kind="observations", columns={"reporter": ("Country",), "period": ("Year",), "value": ("Value",),
                                      "note": ("Note",)},
        constants={**obs_const, "indicator_id": "gdp", "unit": "USD"}, decimal_comma=True,
        period_precision="year", codes="cow")))
    header = ["Country Name", "Country Code", "2019", "2020", "2021 [YR2021]", "FY2022"]
    rows = [[rng.choice(TEXTS), rng.choice(ACTORS), *_pick(rng, NUMBERS, 4)] for _ in range(n // 2)]
    out.append(("observations-wide", _table("wide.csv", header, rows), ImportMapping(
        kind="observations", columns={"reporter": ("Country Code",)}, wide_periods=True,
        constants={"indicator_id": "gdp", "indicator.name": "GDP", "indicator.domain": "finance",
                   "unit": "USD", "scale": "9"}, codes="iso-numeric")))
    header = ["When", "Base", "Quote", "Rate", "Src"]
    rows = [[rng.choice(PERIODS), rng.choice(["USD", "JPY", "eur", "Euro", "", "NA", "XX1", "US Dollar"]),
             rng.choice(["USD", "JPY", "EUR", "gbp", "", "Yen"]), rng.choice(NUMBERS),
             rng.choice(["FRED", "", "NA", "BoJ"])] for _ in range(n)]
    out.append(("fx", _table("fx.csv", header, rows), ImportMapping(
        kind="fx_rates", columns={"period": ("When",), "base": ("Base",), "quote": ("Quote",), "rate": ("Rate",),
                                  "source_id": ("Src",)},
        constants={"kind": "implied"}, values={"base": {"Euro": "EUR"}, "quote": {"Yen": "JPY"}})))
    header = ["Name", "Code", "Kind", "Member of", "名前"]
    rows = [[rng.choice(ACTORS + TEXTS), rng.choice(ACTORS), rng.choice(["state", "organisation", "", "bloc", "x"]),
             ";".join(_pick(rng, ACTORS, rng.randint(0, 2))), rng.choice(["日本", "", "NA", "米国"])]
            for _ in range(n // 2)]
    out.append(("actors", _table("actors.csv", header, rows), ImportMapping(
        kind="actors", columns={"name": ("Name",), "iso3": ("Code",), "kind": ("Kind",),
                                "member_of": ("Member of",), "name_ja": ("名前",)}, codes="iso-numeric")))
    out.append(("actors-by-id", _table("actors.csv", header, rows), ImportMapping(
        kind="actors", columns={"id": ("Code",), "name": ("Name",)}, codes="iso-numeric")))
    return out


def _digest(obj: object) -> str:
    return hashlib.sha256(json.dumps(obj, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _snapshot(table: SourceTable, mapping: ImportMapping) -> dict:
    try:
        r = run_import(table, mapping, now=NOW)
    except AmbiguousCodes as e:
        return {"refused": str(e)}
    files = pack_files(r)
    return {
        # the pack tables by digest (the files below are their CSV), the report lines in full
        "records": _digest(r.records), "record_rows": _digest(r.record_rows),
        "issues": [[i.row, i.column, i.field, i.status, i.reason, i.found] for i in r.issues],
        "actors": r.actors, "indicators": r.indicators, "sources": r.sources, "domains": r.domains,
        "created": [[c.resource, c.id, c.name, c.how] for c in r.created],
        "findings": [f.line() for f in r.column_findings], "code_systems": [c.line() for c in r.code_systems],
        "counts": [r.rows_read, r.accepted_rows, r.rejected_rows, r.skipped_rows],
        "summary": r.summary(),
        "files": {k: hashlib.sha256(v).hexdigest() for k, v in sorted(files.items())},
    }


def _all() -> dict:
    return {name: _snapshot(t, m) for name, t, m in _cases()}


@pytest.mark.parametrize("name", [c[0] for c in _cases()])
def test_engine_output_is_unchanged_on_messy_tables(name):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))[name]
    ((_, table, mapping),) = [c for c in _cases() if c[0] == name]
    got = json.loads(json.dumps(_snapshot(table, mapping), ensure_ascii=False))
    for key in expected:
        assert got[key] == expected[key], f"{name}: {key} differs"


if __name__ == "__main__" and "--write" in sys.argv:
    EXPECTED.write_text(json.dumps(_all(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED} ({EXPECTED.stat().st_size:,} bytes)")
