"""Numbers in a country-code column: ISO 3166-1 numeric or Correlates of War, decided per column on its
values, never guessed (740 is Japan in COW and Suriname in ISO; 2 is the United States in COW)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from explorer.data.pack_loader import load_pack
from explorer.importing.engine import NOTE, run_import
from explorer.importing.mapping import ImportMapping, MappingError
from explorer.importing.numeric_codes import AmbiguousCodes
from explorer.importing.pack_builder import write_import_pack, write_report_csv
from explorer.importing.source_table import ReadOptions, read_table

NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)

# Treaty rows with members as Correlates of War codes (US 2, UK 200, France 220, Germany 255,
# Japan 740), one column per member as treaty data sets publish them.
COW_MEMBERS = """\
Title,Signed,c1,c2,c3,c4
Paris Accord,1992-02-07,2,200,220,NA
Bonn Pact,1995-01-01,255,740,2,220
Tokyo Treaty,2001-03-04,740,2,,
"""
ISO_MEMBERS = """\
Title,Signed,c1,c2,c3,c4
Paris Accord,1992-02-07,840,826,250,NA
Bonn Pact,1995-01-01,276,392,840,250
Tokyo Treaty,2001-03-04,392,840,,
"""
# Every number is a country in both systems: 360 Indonesia (ISO) / Romania (COW), 380 Italy / Sweden,
# 484 Mexico / Congo, 710 South Africa / China, 702 Singapore / Tajikistan.
BOTH = """\
Title,Signed,c1,c2,c3
Jakarta Accord,1992-02-07,360,380,484
Pretoria Pact,1995-01-01,710,702,
"""


def do_import(tmp_path: Path, text: str, **changes):
    path = tmp_path / "treaties.csv"
    path.write_text(text, encoding="utf-8")
    mapping = ImportMapping(kind="events", columns={"title": ("Title",), "start": ("Signed",),
                                                    "parties": ("c1..c4" if "c4" in text else "c1..c3",)},
                            constants={"kind": "agreement", "status": "signed", "domains": "trade"}, **changes)
    return run_import(read_table(path, ReadOptions()), mapping, now=NOW)


def parties(result) -> dict[str, str]:
    return {r["title"]: r["parties"] for r in result.records}


def test_a_correlates_of_war_column_imports_the_right_parties_with_japanese_names(tmp_path):
    result = do_import(tmp_path, COW_MEMBERS)
    assert parties(result) == {"Paris Accord": "us;uk;fr", "Bonn Pact": "de;jp;us;fr",
                               "Tokyo Treaty": "jp;us"}
    names = {a["id"]: a["name_ja"] for a in result.actors}
    assert names == {"us": "米国", "uk": "英国", "fr": "フランス", "de": "ドイツ", "jp": "日本"}
    (finding,) = result.code_systems
    assert (finding.field, finding.column, finding.system) == ("parties", "c1..c4", "cow")
    assert "read as Correlates of War codes" in finding.line()


def test_an_iso_numeric_column_imports_the_right_parties(tmp_path):
    result = do_import(tmp_path, ISO_MEMBERS)
    assert parties(result) == {"Paris Accord": "us;uk;fr", "Bonn Pact": "de;jp;us;fr",
                               "Tokyo Treaty": "jp;us"}
    assert [c.system for c in result.code_systems] == ["iso-numeric"]
    assert "sr" not in {a["id"] for a in result.actors}  # 740 never became Suriname


def test_a_column_both_systems_read_alike_is_not_guessed(tmp_path):
    with pytest.raises(AmbiguousCodes) as caught:
        do_import(tmp_path, BOTH)
    assert isinstance(caught.value, MappingError)
    message = str(caught.value)
    assert "column c1,c2,c3 (parties)" in message and "--codes iso-numeric or --codes cow" in message
    assert "5 of 5 distinct numbers are ISO 3166-1 numeric codes, 5 Correlates of War codes" in message
    assert "\n" not in message


@pytest.mark.parametrize(("codes", "expected"), [
    ("cow", {"Jakarta Accord": "ro;se;cg", "Pretoria Pact": "cn;tj"}),
    ("iso-numeric", {"Jakarta Accord": "id;it;mx", "Pretoria Pact": "za;sg"}),
])
def test_the_mapping_says_which_system_and_the_report_notes_it(tmp_path, codes, expected):
    result = do_import(tmp_path, BOTH, codes=codes)
    assert parties(result) == expected
    report = write_report_csv(result, tmp_path / "report.csv")
    with Path(report).open(encoding="utf-8-sig", newline="") as fh:
        notes = [r for r in csv.DictReader(fh) if r["status"] == NOTE and r["field"] == "parties"]
    assert [(n["row"], n["column"]) for n in notes] == [("1", "c1,c2,c3")]
    assert "as the mapping says" in notes[0]["reason"]


def test_a_given_system_wins_over_what_the_values_suggest(tmp_path):
    result = do_import(tmp_path, COW_MEMBERS, codes="iso-numeric")
    # 740 in ISO is Suriname; 2 is no ISO code: the cell is rejected, never an actor named "2"
    bad = {(i.row, i.column) for i in result.rejected()}
    assert (4, "c2") in bad and parties(result) == {}
    assert "2" not in {a["id"] for a in result.actors}


# States that no longer exist and whose COW code no state uses today keep their name.
HISTORICAL = """Title,Signed,c1,c2,c3
Basic Treaty,1972-12-21,260,265,NA
Prague Protocol,1973-12-11,260,315,NA
Tokyo Accord,1965-06-22,740,732,NA
Aden Pact,1972-10-28,678,680,2
"""


def test_a_historical_cow_state_is_an_actor_named_after_the_state(tmp_path):
    result = do_import(tmp_path, HISTORICAL)
    assert [f.system for f in result.code_systems] == ["cow"]
    assert parties(result) == {"Basic Treaty": "cow-260;cow-265", "Prague Protocol": "cow-260;cow-315",
                               "Tokyo Accord": "jp;kr", "Aden Pact": "cow-678;cow-680;us"}
    actors = {a["id"]: a for a in result.actors}
    assert actors["cow-265"]["name"] == "German Democratic Republic"
    assert actors["cow-265"]["name_ja"] == "東ドイツ（ドイツ民主共和国）"
    assert actors["cow-315"]["name"] == "Czechoslovakia" and actors["cow-315"]["kind"] == "state"
    assert not any(a["name"].isdigit() for a in actors.values())
    pack = load_pack(write_import_pack(result, tmp_path / "pack"))
    assert dict(zip(pack.actors["id"], pack.actors["name_ja"]))["cow-315"] == "チェコスロバキア"


def test_a_number_that_is_no_country_in_the_chosen_system_is_a_rejected_cell(tmp_path):
    text = HISTORICAL + "Lost Treaty,1980-01-01,2,999,220\n"
    result = do_import(tmp_path, text)
    (bad,) = result.rejected()
    assert (bad.row, bad.column, bad.field, bad.found) == (6, "c2", "parties", "999")
    assert bad.reason.startswith("no country in Correlates of War codes")
    assert "--actor 999=ID" in bad.reason and "--missing parties=999" in bad.reason
    assert "Lost Treaty" not in parties(result) and "999" not in {a["id"] for a in result.actors}
    line = bad.line("treaties.csv")
    assert line.startswith("treaties.csv:6:c2: parties: no country in Correlates of War codes")


def test_a_number_in_no_system_is_rejected_and_the_user_can_map_it(tmp_path):
    text = "Title,Signed,c1,c2,c3\nA,2001-01-01,JP,US,0\n"  # no number here is a country anywhere
    result = do_import(tmp_path, text)
    (bad,) = result.rejected()
    assert (bad.column, bad.found) == ("c3", "0") and "ISO 3166-1 numeric or Correlates of War" in bad.reason
    assert parties(do_import(tmp_path, text, missing_in={"parties": ("0",)})) == {"A": "jp;us"}
    assert parties(do_import(tmp_path, text, actors={"0": "unspecified"})) == {"A": "jp;us;unspecified"}


def test_codes_round_trip_through_mapping_json_and_the_pack_loads(tmp_path):
    mapping = ImportMapping.from_json_dict({"kind": "events", "codes": "cow",
                                            "map": {"title": "Title", "start": "Signed", "parties": "c1..c3"},
                                            "const": {"kind": "agreement", "status": "signed",
                                                      "domains": "trade"}})
    assert mapping.codes == "cow" and mapping.to_json_dict()["codes"] == "cow"
    assert "codes" not in mapping.with_changes(codes="").to_json_dict()
    path = tmp_path / "treaties.csv"
    path.write_text(BOTH, encoding="utf-8")
    result = run_import(read_table(path, ReadOptions()), mapping, now=NOW)
    pack = load_pack(write_import_pack(result, tmp_path / "pack"))
    assert set(pack.events["parties"]) == {"ro;se;cg", "cn;tj"}
    assert dict(zip(pack.actors["id"], pack.actors["name_ja"]))["cn"] == "中国"
    with pytest.raises(MappingError, match="codes: 'coW' is not one of iso-numeric, cow"):
        ImportMapping.from_json_dict({**mapping.to_json_dict(), "codes": "coW"})


def test_a_single_number_is_never_enough_to_decide(tmp_path):
    text = "Title,Signed,c1,c2,c3\nA,2001-01-01,JP,US,392\n"  # one number: ISO Japan, no COW state
    with pytest.raises(AmbiguousCodes, match="1 of 1 distinct numbers"):
        do_import(tmp_path, text)
    assert parties(do_import(tmp_path, text, codes="iso-numeric")) == {"A": "jp;us"}


def test_columns_without_numbers_need_no_decision(tmp_path):
    text = "Title,Signed,c1,c2,c3\nA,2001-01-01,JP,USA,France\n"
    result = do_import(tmp_path, text)
    assert parties(result) == {"A": "jp;us;fr"} and result.code_systems == []
