"""Missing-value tokens in every mapped column, lists spread over many columns and numeric country
codes: the traps of real treaty lists (HUGGO, DESTA), each in a small file written here.

Before these rules an import of a treaty list made every party Namibia ("NA"), every summary the
text "NA" and cited a source called "NA".
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from explorer.data.pack_loader import load_pack
from explorer.importing.engine import NOTE, REJECTED, run_import
from explorer.importing.mapping import ImportMapping, MappingError
from explorer.importing.pack_builder import write_import_pack, write_report_csv
from explorer.importing.source_table import ReadOptions, read_table

NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
EVENT_CONSTANTS = {"kind": "agreement", "status": "signed"}


def do_import(tmp_path: Path, text: str, mapping: ImportMapping):
    path = tmp_path / "treaties.csv"
    path.write_text(text, encoding="utf-8")
    return run_import(read_table(path, ReadOptions()), mapping, now=NOW)


def events(columns: dict[str, str | tuple[str, ...]], **changes) -> ImportMapping:
    cols = {f: (c,) if isinstance(c, str) else c for f, c in columns.items()}
    consts = {k: v for k, v in {**EVENT_CONSTANTS, "parties": "jp", "domains": "trade"}.items()
              if k not in cols}
    return ImportMapping(kind="events", columns=cols, constants=consts, **changes)


# A HUGGO-like list: NA in the depository (mostly), the comments and the source columns.
TREATIES = """\
Title,Begin,Depository,Comments,Source,TypeDomain
Treaty A,2001,NA,NA,NA,Trade
Treaty B,2002,NA,Signed in Osaka.,https://example.org/b,NA
Treaty C,2003,Government of France,NA,NULL,Trade
Treaty D,2004,NA,N/A,..,Trade
"""


def test_na_in_a_text_column_is_no_summary_not_the_text_na(tmp_path):
    result = do_import(tmp_path, TREATIES, events({"title": "Title", "start": "Begin",
                                                   "summary": "Comments"}))
    summaries = {r["title"]: r["summary"] for r in result.records}
    assert summaries["Treaty A"] == "Imported from treaties.csv, row 2."
    assert summaries["Treaty B"] == "Signed in Osaka."
    assert summaries["Treaty D"] == "Imported from treaties.csv, row 5."
    assert not {"NA", "N/A"} & set(summaries.values())


def test_na_in_a_source_column_cites_no_source_called_na(tmp_path):
    result = do_import(tmp_path, TREATIES, events({"title": "Title", "start": "Begin",
                                                   "source_ids": "Source"}))
    titles = {s["title"] for s in result.sources}
    assert titles == {"treaties.csv", "https://example.org/b"}  # no "NA", "NULL" or ".." source
    cited = {r["title"]: r["source_ids"].split(";") for r in result.records}
    assert cited["Treaty A"] == [result.import_source_id]
    assert len(cited["Treaty B"]) == 2


def test_na_in_a_column_of_names_is_no_party_and_the_mostly_na_column_is_reported(tmp_path):
    result = do_import(tmp_path, TREATIES, events({"title": "Title", "start": "Begin",
                                                   "parties": "Depository"}))
    assert "na" not in {a["id"] for a in result.actors}  # nobody became Namibia
    assert [r["parties"] for r in result.records] == ["government-of-france"]
    rejected = {i.row: i for i in result.rejected()}
    assert set(rejected) == {2, 3, 5}
    assert rejected[2].column == "Depository" and rejected[2].reason == "'NA' means no value; a value is required"
    (finding,) = [f for f in result.column_findings if f.field == "parties"]
    assert finding.mostly_missing and (finding.token, finding.cells, finding.cells_read) == ("NA", 3, 4)
    assert finding.column == "Depository" and "read as no value" in finding.why


def test_na_in_an_enum_list_is_rejected_as_missing_not_as_an_unknown_domain(tmp_path):
    result = do_import(tmp_path, TREATIES, events({"title": "Title", "start": "Begin",
                                                   "domains": "TypeDomain"},
                                                  values={"domains": {"Trade": "trade"}}))
    (bad,) = result.rejected()
    assert (bad.row, bad.field, bad.reason) == (3, "domains", "'NA' means no value; a value is required")


def test_na_in_a_title_rejects_the_row_with_the_reason(tmp_path):
    result = do_import(tmp_path, "Title,Begin\nNA,2001\nTreaty,2002\n", events({"title": "Title",
                                                                              "start": "Begin"}))
    (bad,) = result.rejected()
    assert (bad.row, bad.column, bad.field) == (2, "Title", "title") and "means no value" in bad.reason
    assert [r["title"] for r in result.records] == ["Treaty"]


# Where a column evidently holds country codes, NA is Namibia.
CODES = """\
Title,Begin,Parties
Fisheries,2001,JP;NA
Whaling,2002,US;GB
Boundary,2003,NA
Tariff,2004,JPN;DE
"""


def test_na_in_a_column_of_country_codes_is_namibia_and_the_reading_is_reported(tmp_path):
    result = do_import(tmp_path, CODES, events({"title": "Title", "start": "Begin", "parties": "Parties"}))
    parties = {r["title"]: r["parties"] for r in result.records}
    assert parties == {"Fisheries": "jp;na", "Whaling": "us;uk", "Boundary": "na", "Tariff": "jp;de"}
    (finding,) = result.column_findings
    assert finding.read_as_value and not finding.mostly_missing
    assert "'NA' read as Namibia (na)" in finding.why and "100%" in finding.why


def test_the_user_can_say_na_is_a_value_in_a_column(tmp_path):
    text = "Title,Begin,Region\nA,2001,NA\nB,2002,Europe\n"
    result = do_import(tmp_path, text, events({"title": "Title", "start": "Begin", "summary": "Region"},
                                              not_missing={"summary": ("NA",)}))
    assert [r["summary"] for r in result.records] == ["NA", "Europe"]  # North America, in this file
    (finding,) = result.column_findings
    assert finding.read_as_value and "as the mapping says" in finding.why


def test_a_users_own_missing_token_applies_to_text_columns_too(tmp_path):
    text = "Title,Begin,Notes\nA,2001,unknown\nB,2002,Ratified.\n"
    result = do_import(tmp_path, text, events({"title": "Title", "start": "Begin", "summary": "Notes"},
                                              missing=("", "unknown")))
    assert [r["summary"] for r in result.records] == ["Imported from treaties.csv, row 2.", "Ratified."]


def test_findings_are_notes_at_the_header_row_of_the_report(tmp_path):
    result = do_import(tmp_path, TREATIES, events({"title": "Title", "start": "Begin",
                                                   "parties": "Depository"}))
    report = write_report_csv(result, tmp_path / "report.csv")
    with report.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["status"] == NOTE and r["field"] == "parties"]
    assert [(r["row"], r["column"], r["found"]) for r in rows] == [("1", "Depository", "NA")]


# DESTA-style member lists: one column per member, c1…c5, unused ones NA or empty.
MEMBERS = """\
Title,Begin,c1,c2,c3,c4,c5,Note
Pacific Pact,2001,392,840,NA,NA,NA,x
Atlantic Pact,2002,840,826,276,,,y
Bad Pact,2003,392,Atlantis,NA,NA,NA,z
"""


@pytest.mark.parametrize("spec", [("c1..c5",), ("c*",), ("c1", "c2", "c3", "c4", "c5")])
def test_a_list_spread_over_columns_reads_every_member_with_numeric_codes(tmp_path, spec):
    result = do_import(tmp_path, MEMBERS, events({"title": "Title", "start": "Begin", "parties": spec}))
    parties = {r["title"]: r["parties"] for r in result.records}
    assert parties["Pacific Pact"] == "jp;us" and parties["Atlantic Pact"] == "us;uk;de"
    names = {a["id"]: a["name_ja"] for a in result.actors}
    assert names["jp"] == "日本" and names["de"] == "ドイツ"
    assert "na" not in names  # the NA cells are empty slots, not Namibia


def test_an_unknown_member_is_reported_in_its_own_column(tmp_path):
    result = do_import(tmp_path, MEMBERS, events({"title": "Title", "start": "Begin",
                                                  "parties": ("c1..c5",)},
                                                 actors={}))
    created = {c.id: c.how for c in result.created if c.resource == "actors"}
    assert "atlantis" in created  # a name the lookup does not know becomes an actor, and is listed
    by_title = {r["title"]: r["parties"] for r in result.records}
    assert by_title["Bad Pact"] == "jp;atlantis"


def test_a_range_or_glob_that_names_no_column_is_refused_naming_it(tmp_path):
    for spec, message in ((("c1..c9",), "no column 'c9'"), (("d*",), "'d*': no column name matches"),
                          (("c5..c1",), "'c1' comes before 'c5'")):
        with pytest.raises(MappingError, match=re.escape(message)):
            do_import(tmp_path, MEMBERS, events({"title": "Title", "start": "Begin", "parties": spec}))
    with pytest.raises(MappingError, match="only a list field"):
        do_import(tmp_path, MEMBERS, events({"title": ("c*",), "start": "Begin"}))


def test_a_spread_list_mapping_round_trips_through_json_and_the_pack_validates(tmp_path):
    mapping = events({"title": "Title", "start": "Begin", "parties": ("c1..c5",)})
    again = ImportMapping.from_json_dict(mapping.to_json_dict())
    assert again.columns["parties"] == ("c1..c5",)
    result = do_import(tmp_path, MEMBERS, again)
    pack = load_pack(write_import_pack(result, tmp_path / "pack"))
    assert set(pack.events["parties"]) == {"jp;us", "us;uk;de", "jp;atlantis"}
    assert not any(i.status == REJECTED for i in result.issues)


def test_a_date_falls_back_to_a_second_column_with_a_note(tmp_path):
    text = "Title,Begin,Signature\nA,2001-02-03,2001-01-01\nB,NA,1999-04-01\nC,,\nD,NA,1972-06-31\n"
    mapping = ImportMapping.from_json_dict(
        events({"title": "Title", "start": "Begin"}, fallbacks={"start": "Signature"}).to_json_dict())
    assert mapping.fallbacks == {"start": "Signature"}
    result = do_import(tmp_path, text, mapping)
    assert {r["title"]: r["start"] for r in result.records} == {"A": "2001-02-03", "B": "1999-04-01"}
    (note,) = [i for i in result.issues if i.status == NOTE and i.field == "start" and i.row > 1]
    assert (note.row, note.column, note.reason) == (3, "Signature", "no date in Begin: read from Signature")
    rejected = {i.row: i for i in result.rejected()}
    assert rejected[4].column == "Begin" and rejected[5].column == "Signature"  # each names its column


# Pack format 3: an import may declare its own domains instead of mislabelling rows.
DOMAIN_ROWS = "Title,Begin,TypeDomain\nRiver Accord,2001,Environment\nTariff Pact,2002,Trade\nWHO Rules,2003,Health\n"


def test_an_import_declares_the_domains_it_needs_and_the_pack_loads_them(tmp_path):
    mapping = events({"title": "Title", "start": "Begin", "domains": "TypeDomain"},
                     values={"domains": {"Trade": "trade", "Environment": "environment"}},
                     new_domains=(("environment", "Environment", "環境", "#2E7D32"),), create_domains=True)
    mapping = ImportMapping.from_json_dict(mapping.to_json_dict())  # as saved and loaded again
    result = do_import(tmp_path, DOMAIN_ROWS, mapping)
    assert {r["title"]: r["domains"] for r in result.records} == {
        "River Accord": "environment", "Tariff Pact": "trade", "WHO Rules": "health"}
    assert [c.id for c in result.created if c.resource == "domains"] == ["health"]
    pack = load_pack(write_import_pack(result, tmp_path / "pack"))
    assert pack.domain_label("environment") == "Environment"
    assert pack.domain_label("environment", ja=True) == "環境"
    assert pack.domain_colour("environment") == "#2E7D32"
    assert pack.domain_label("health") == "Health"


def test_without_declaring_them_unknown_domains_are_rejected_saying_how_to_declare(tmp_path):
    result = do_import(tmp_path, DOMAIN_ROWS, events({"title": "Title", "start": "Begin",
                                                      "domains": "TypeDomain"}))
    reasons = {i.found: i.reason for i in result.rejected()}
    assert "declare it (new_domains, --create-domains)" in reasons["Environment"]
    with pytest.raises(MappingError, match="new_domains: domain 'Bad Id': not a valid id"):
        ImportMapping.from_json_dict({"kind": "events", "new_domains": [{"id": "Bad Id", "label": "x"}],
                                      "const": {"kind": "agreement", "status": "signed", "parties": "jp",
                                                "domains": "trade", "title": "t", "start": "2001"}})


# The reverse of not_missing: the user says a token is "no value" in one field, even where the
# column holds country codes and the token would read as Namibia.
def test_the_user_can_say_na_is_no_value_even_among_country_codes(tmp_path):
    result = do_import(tmp_path, CODES, events({"title": "Title", "start": "Begin", "parties": "Parties"},
                                               missing_in={"parties": ("NA",)}))
    parties = {r["title"]: r["parties"] for r in result.records}
    assert parties == {"Fisheries": "jp", "Whaling": "us;uk", "Tariff": "jp;de"}
    assert "na" not in {a["id"] for a in result.actors}  # nobody became Namibia
    (bad,) = result.rejected()  # Boundary names no party once NA is no value
    assert (bad.row, bad.column, bad.field) == (4, "Parties", "parties")
    assert "'NA' means no value" in bad.reason
    (finding,) = result.column_findings
    assert not finding.read_as_value and "read as no value, as the mapping says" in finding.why


def test_a_fields_own_no_value_token_leaves_other_fields_alone(tmp_path):
    text = "Title,Begin,Parties,Notes\nA,2001,JP;-,-\nB,2002,US,Ratified.\n"
    result = do_import(tmp_path, text, events({"title": "Title", "start": "Begin", "parties": "Parties",
                                               "summary": "Notes"},
                                              missing=("", "NA"), missing_in={"parties": ("-",)}))
    assert [r["parties"] for r in result.records] == ["jp", "us"]
    assert [r["summary"] for r in result.records] == ["-", "Ratified."]  # "-" is no value in parties only


def test_the_namibia_reading_says_how_to_undo_it(tmp_path):
    result = do_import(tmp_path, CODES, events({"title": "Title", "start": "Begin", "parties": "Parties"}))
    (finding,) = result.column_findings
    assert "--missing parties=NA" in finding.why


def test_a_no_value_token_applies_to_numbers_and_dates(tmp_path):
    path = tmp_path / "gdp.csv"
    path.write_text("Country,Year,Value\nJP,2019,5\nJP,2020,0\nJP,0,7\n", encoding="utf-8")
    mapping = ImportMapping(kind="observations", columns={"reporter": ("Country",), "period": ("Year",),
                                                          "value": ("Value",)},
                            constants={"indicator_id": "gdp", "indicator.domain": "finance", "unit": "USD"},
                            missing_in={"value": ("0",), "period": ("0",)})
    result = run_import(read_table(path, ReadOptions()), mapping, now=NOW)
    assert [(r["period"], r["value"]) for r in result.records] == [("2019", "5")]
    assert result.skipped_rows == 1 and result.rejected_rows == 1  # 0 as a value: nothing; as a year: none


def test_no_value_in_a_mapping_file_round_trips_and_contradictions_are_refused(tmp_path):
    mapping = events({"title": "Title", "start": "Begin", "parties": "Parties"}, missing_in={"parties": ("NA",)})
    assert mapping.to_json_dict()["missing"] == {"parties": ["NA"]}
    again = ImportMapping.from_json_dict(mapping.to_json_dict())
    assert again.missing_in == {"parties": ("NA",)}
    with pytest.raises(MappingError, match=r"missing: 'sumary' is not a field of events"):
        ImportMapping.from_json_dict({**mapping.to_json_dict(), "missing": {"sumary": ["NA"]}})
    with pytest.raises(MappingError, match=r"missing: parties: 'NA' is also under not_missing.parties"):
        mapping.with_changes(not_missing={"parties": ("NA",)}).check()
