"""The import engine end to end: a file written here, a mapping, the pack it makes (re-opened with the
real loader) and the report of every row not taken."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from explorer.data.pack_loader import load_pack
from explorer.importing.engine import REJECTED, SKIPPED, ImportCancelled, run_import
from explorer.importing.mapping import ImportMapping, MappingError
from explorer.importing.pack_builder import ImportWriteError, write_import_pack, write_report_csv
from explorer.importing.source_table import ReadOptions, read_table

NOW = dt.datetime(2026, 11, 21, 10, 30, tzinfo=dt.UTC)

# A treaty list with the traps of real ones: reduced precision, markers, NA strings, an impossible
# day, an open-ended sentinel, XX unknowns, a range, quoted commas and a two-domain cell.
TREATIES = """\
Title,Begin,End,TypeDomain,Parties
"Treaty of Friendship, Commerce and Navigation",1953-04-02,9999-12-31,Trade,JP;US
Fisheries Agreement,2006,NA,Environment,JPN;NA
Whaling Convention,1946-12-02?,NA,Environment,Japan
Tariff Arrangement,1972-06-31,NA,Trade,JP
Oil Pact,1964-XX-16,1970,"Trade,Environment",JP;GB
Boundary Protocol,1981-09..1981-10,NA,Trade,アメリカ合衆国
Late Agreement,2010-XX-XX-,2009,Trade,JP
"""

TREATY_MAPPING = {
    "kind": "events",
    "map": {"title": "Title", "start": "Begin", "end": "End", "domains": "TypeDomain", "parties": "Parties"},
    "const": {"kind": "agreement", "status": "signed"},
    "values": {"domains": {"Environment": "energy", "Trade": "trade"}},
    "dates": {"sentinels": ["9999-12-31"]},
    "list_separator": ";",
}


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def do_import(path: Path, mapping: ImportMapping, read: ReadOptions | None = None, **kw):
    table = read_table(path, read or ReadOptions(encoding=mapping.encoding, delimiter=mapping.delimiter,
                                                 header_row=mapping.header_row, sheet=mapping.sheet))
    return run_import(table, mapping, now=NOW, **kw)


def treaty_result(tmp_path):
    mapping = ImportMapping.from_json_dict(TREATY_MAPPING)
    # Within the list cells "Trade,Environment" uses a comma: the domains value map handles the one
    # cell by naming both domains.
    mapping = mapping.with_changes(values={"domains": {"Environment": "energy", "Trade": "trade",
                                                       "Trade,Environment": "trade;energy"}})
    return do_import(write(tmp_path, "treaties.csv", TREATIES), mapping)


def test_treaty_list_imports_with_messy_rows_reported_and_precision_kept(tmp_path):
    result = treaty_result(tmp_path)
    by_title = {r["title"]: r for r in result.records}
    assert by_title["Treaty of Friendship, Commerce and Navigation"]["end"] == ""  # the sentinel: open
    assert by_title["Fisheries Agreement"]["start"] == "2006"  # a year stays a year
    assert by_title["Whaling Convention"]["start"] == "1946-12-02?"  # marker kept as data
    assert by_title["Oil Pact"]["start"] == "1964"  # month unknown: the day cannot stand alone
    assert by_title["Oil Pact"]["domains"] == "trade;energy"
    assert by_title["Boundary Protocol"]["start"] == "1981-09?"  # a range: uncertain within it
    assert by_title["Boundary Protocol"]["parties"] == "us"  # Japanese name through the lookup
    assert by_title["Fisheries Agreement"]["parties"] == "jp;na"  # NA is Namibia in an actor column
    assert by_title["Oil Pact"]["parties"] == "jp;uk"

    rejected = {i.found: i for i in result.issues if i.status == REJECTED}
    impossible = rejected["1972-06-31"]
    assert (impossible.row, impossible.column, impossible.field) == (5, "Begin", "start")
    assert "Jun 1972 has 30 days" in impossible.reason
    assert any(i.field == "end" and "ends before it starts" in i.reason for i in result.issues
               if i.status == REJECTED)
    # Every row is accounted for: nothing silently dropped.
    assert result.accepted_rows + result.rejected_rows + result.skipped_rows == result.rows_read == 7
    assert result.accepted_rows == 5 and result.rejected_rows == 2


def test_written_pack_validates_on_its_own_and_cites_the_file(tmp_path):
    result = treaty_result(tmp_path)
    folder = write_import_pack(result, tmp_path / "packs" / "treaties")
    pack = load_pack(folder)
    assert len(pack.events) == 5
    src = pack.sources.set_index("id").loc[result.import_source_id]
    assert src["title"] == "treaties.csv"
    assert result.table.sha256 in src["editor_note"] and "2026-11-21" in src["editor_note"]
    assert '"kind":"events"' in src["editor_note"]  # the mapping used travels with the source
    assert src["note"] == ""  # provenance is for the pack's editors, not on readers' slides
    assert all(result.import_source_id in s.split(";") for s in pack.events["source_ids"])
    names = dict(zip(pack.actors["id"], pack.actors["name_ja"]))
    assert names["jp"] == "日本" and "na" in names and "uk" in names


def test_report_csv_lists_each_rejected_row_and_reopens(tmp_path):
    result = treaty_result(tmp_path)
    report = write_report_csv(result, tmp_path / "report.csv")
    with report.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rejected = [r for r in rows if r["status"] == REJECTED]
    assert {r["row"] for r in rejected} == {"5", "8"}
    assert any(r["column"] == "Begin" and r["found"] == "1972-06-31" for r in rejected)


def test_hostile_text_in_report_is_neutralised(tmp_path):
    # A cell a spreadsheet would run as a formula is reported as text, prefixed with a quote.
    path = write(tmp_path, "evil.csv", "Title,Begin\nok,=cmd|calc\n")
    mapping = ImportMapping(kind="events", columns={"title": ("Title",), "start": ("Begin",)},
                            constants={"kind": "agreement", "status": "signed", "parties": "jp",
                                       "domains": "trade"})
    result = do_import(path, mapping)
    assert [i.found for i in result.rejected()] == ["=cmd|calc"]
    text = write_report_csv(result, tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "'=cmd|calc" in text and ",=cmd|calc" not in text


def test_split_date_columns_read_year_month_day(tmp_path):
    path = write(tmp_path, "split.csv", "name,begyr,begmo,begday\nA,2001,10,5\nB,2001,XX,\nC,2002,,\n"
                                        "D,,3,\n")
    mapping = ImportMapping(kind="events", columns={"title": ("name",),
                                                    "start": ("begyr", "begmo", "begday")},
                            constants={"kind": "agreement", "status": "signed", "parties": "jp",
                                       "domains": "trade"})
    result = do_import(path, mapping)
    assert [r["start"] for r in result.records] == ["2001-10-05", "2001", "2002"]
    (bad,) = result.rejected()
    assert bad.row == 5 and bad.column == "begyr,begmo,begday"


def test_ambiguous_day_order_is_asked_and_an_unambiguous_file_is_detected(tmp_path):
    mapping = ImportMapping(kind="events", columns={"title": ("t",), "start": ("d",)},
                            constants={"kind": "summit", "status": "signed", "parties": "jp",
                                       "domains": "diplomacy"})
    ambiguous = write(tmp_path, "a.csv", "t,d\nX,03/04/2001\nY,05/06/2002\n")
    result = do_import(ambiguous, mapping)
    assert result.records == [] and all("day-first" in i.reason for i in result.rejected())
    result = do_import(ambiguous, mapping.with_changes(day_order="day_first"))
    assert [r["start"] for r in result.records] == ["2001-04-03", "2002-06-05"]
    detectable = write(tmp_path, "b.csv", "t,d\nX,03/04/2001\nY,25/06/2002\n")
    result = do_import(detectable, mapping)
    assert [r["start"] for r in result.records] == ["2001-04-03", "2002-06-25"]


OBS_MAPPING = {"kind": "observations", "constants": {"indicator_id": "gdp", "indicator.name": "GDP",
                                                    "indicator.domain": "finance", "unit": "USD",
                                                    "scale": "9"}}


def test_wide_table_of_years_becomes_long_rows_with_missing_cells_skipped(tmp_path):
    path = write(tmp_path, "gdp.csv",
                 "Table 1. GDP, current US$ bn\n\nCountry Name,Country Code,2019,2020,2021 [YR2021]\n"
                 "Japan,JPN,\"5,118.0\",\"5,055.6\",..\n"
                 "Namibia,NAM,12.5a,10.7,12.3\n"
                 "Atlantis,ATL,1,x,2\n")
    mapping = ImportMapping(columns={"reporter": ("Country Code",)}, wide_periods=True, **OBS_MAPPING)
    result = do_import(path, mapping)
    assert result.table.header_row == 3  # the title rows above the header were skipped
    got = {(r["reporter"], r["period"]): r for r in result.records}
    assert got[("jp", "2019")]["value"] == "5118"
    assert ("jp", "2021") not in got  # ".." is missing: skipped and reported, not invented
    assert got[("na", "2019")]["note"] == "footnote a"
    assert got[("na", "2021")]["value"] == "12.3"
    skipped = [i for i in result.issues if i.status == SKIPPED]
    assert {(i.row, i.column) for i in skipped} == {(4, "2021 [YR2021]"), (6, "2020")}
    created = {c.id: c.how for c in result.created if c.resource == "actors"}
    assert "not in the actor lookup" in created["atl"]
    folder = write_import_pack(result, tmp_path / "gdp-pack")
    pack = load_pack(folder)
    assert pack.indicators.set_index("id").loc["gdp", "name"] == "GDP"
    assert len(pack.observations) == 7


def test_period_2001_10_is_october_not_a_decimal(tmp_path):
    path = write(tmp_path, "m.csv", "when,v\n2001.10,5\n2001.1,6\nJanuary 2002,7\n2002/03,8\n")
    mapping = ImportMapping(kind="observations", columns={"period": ("when",), "value": ("v",)},
                            constants={**OBS_MAPPING["constants"], "reporter": "jp"})
    result = do_import(path, mapping)
    assert [r["period"] for r in result.records] == ["2001-10", "2001-01", "2002-01", "2002-03"]


def test_fx_rates_with_per_country_direction_and_annual_dates(tmp_path):
    # FRED-style: most series are currency per USD, some USD per currency; value maps give each
    # country its base and quote, and the annual file's 1971-01-01 means the year 1971.
    path = write(tmp_path, "fx.csv", "Date,Country,Exchange rate\n2019-01-01,Japan,109.0\n"
                                     "2019-01-01,Euro,1.1194\n2019-01-01,Brazil,3.9\n")
    mapping = ImportMapping(
        kind="fx_rates", columns={"period": ("Date",), "base": ("Country",), "quote": ("Country",),
                                  "rate": ("Exchange rate",)},
        constants={"kind": "annual_average"}, period_precision="year",
        values={"base": {"Japan": "USD", "Euro": "EUR"}, "quote": {"Japan": "JPY", "Euro": "USD"}})
    result = do_import(path, mapping)
    assert [(r["period"], r["base"], r["quote"], r["rate"]) for r in result.records] == [
        ("2019", "USD", "JPY", "109"), ("2019", "EUR", "USD", "1.1194")]
    (bad,) = result.rejected()
    assert bad.row == 4 and bad.field == "base" and "values.base" in bad.reason
    load_pack(write_import_pack(result, tmp_path / "fx"))


def test_semicolon_file_with_decimal_commas_in_cp1252(tmp_path):
    path = write(tmp_path, "eu.csv", "Période;Valeur;Pays\n2023;1.234,5;Côte d'Ivoire\n2024;-;France\n",
                 encoding="cp1252")
    mapping = ImportMapping(columns={"period": ("Période",), "value": ("Valeur",), "reporter": ("Pays",)},
                            decimal_comma=True, **OBS_MAPPING)
    result = do_import(path, mapping)
    assert result.table.encoding == "cp1252" and result.table.delimiter == ";"
    assert [(r["reporter"], r["value"]) for r in result.records] == [("ci", "1234.5")]
    assert result.skipped_rows == 1


def test_actors_in_shift_jis_resolve_through_the_lookup(tmp_path):
    path = write(tmp_path, "names.csv", "国名\n日本\nアメリカ合衆国\nドイツ\n架空国\n", encoding="shift_jis")
    mapping = ImportMapping(kind="actors", columns={"name_ja": ("国名",)})
    result = do_import(path, mapping)
    assert result.table.encoding.lower() in ("shift_jis", "cp932")
    ids = [r["id"] for r in result.records]
    assert ids[:3] == ["jp", "us", "de"]
    (bad,) = result.rejected()
    assert bad.found == "架空国" and "kind" in bad.reason


def test_user_lookup_entries_override(tmp_path):
    path = write(tmp_path, "e.csv", "t,d,who\nX,2001,England\n")
    mapping = ImportMapping(kind="events", columns={"title": ("t",), "start": ("d",), "parties": ("who",)},
                            constants={"kind": "agreement", "status": "signed", "domains": "trade"},
                            actors={"England": "uk"})
    (rec,) = do_import(path, mapping).records
    assert rec["parties"] == "uk"


@pytest.mark.parametrize("changes, message", [
    ({"columns": {"title": ("Nope",)}}, "no column 'Nope'"),
    ({"constants": {"kind": "agreement"}}, "required fields not mapped"),
    ({"constants": {"kind": "treaty", "status": "signed", "parties": "jp", "domains": "trade"}},
     "const: kind"),
])
def test_mappings_that_cannot_work_are_refused_up_front(tmp_path, changes, message):
    path = write(tmp_path, "e.csv", "t,d\nX,2001\n")
    base = ImportMapping(kind="events", columns={"title": ("t",), "start": ("d",)})
    with pytest.raises(MappingError, match=message):
        do_import(path, base.with_changes(**changes))


def test_ragged_rows_are_rejected_by_row(tmp_path):
    path = write(tmp_path, "r.csv", "t,d\nX,2001\nY,2002,extra\nZ\n")
    mapping = ImportMapping(kind="events", columns={"title": ("t",), "start": ("d",)},
                            constants={"kind": "agreement", "status": "signed", "parties": "jp",
                                       "domains": "trade"})
    result = do_import(path, mapping)
    assert [r.row for r in result.rejected()] == [3, 4]
    assert "3 cells" in result.rejected()[0].reason


def test_duplicate_mapped_ids_rejected_generated_ids_made_unique(tmp_path):
    path = write(tmp_path, "d.csv", "id,t,d\na,Same,2001\na,Same,2002\n")
    base = ImportMapping(kind="events", columns={"title": ("t",), "start": ("d",)},
                         constants={"kind": "agreement", "status": "signed", "parties": "jp",
                                    "domains": "trade"})
    assert [r["id"] for r in do_import(path, base).records] == ["same", "same-2"]
    result = do_import(path, base.with_changes(columns={**base.columns, "id": ("id",)}))
    assert len(result.records) == 1 and "duplicate id" in result.rejected()[0].reason


def test_progress_and_cancel(tmp_path):
    rows = "".join(f"T{i},{2000 + i % 20}\n" for i in range(1200))
    path = write(tmp_path, "big.csv", "t,d\n" + rows)
    mapping = ImportMapping(kind="events", columns={"title": ("t",), "start": ("d",)},
                            constants={"kind": "agreement", "status": "signed", "parties": "jp",
                                       "domains": "trade"})
    seen = []
    result = do_import(path, mapping, progress=lambda n, total: seen.append((n, total)))
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200) and len(result.records) == 1200
    with pytest.raises(ImportCancelled):
        do_import(path, mapping, cancelled=lambda: True)


def test_reimport_replaces_an_imported_folder_but_never_a_foreign_one(tmp_path):
    result = treaty_result(tmp_path)
    folder = write_import_pack(result, tmp_path / "p")
    write_import_pack(result, folder)  # the same folder again: replaced file by file
    assert len(load_pack(folder).events) == 5
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    with pytest.raises(ImportWriteError, match="not written by an import"):
        write_import_pack(result, foreign)
    assert (foreign / "notes.txt").read_text() == "keep me"
