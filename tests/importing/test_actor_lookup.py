"""The built-in actor lookup: the spellings users' files use for countries and blocs -> pack ids."""

from __future__ import annotations

import csv
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.data.pack_schema import SLUG_PATTERN
from explorer.domain.errors import ValueProblem
from explorer.importing.actor_lookup import (
    BLOC_COLUMNS,
    COUNTRY_COLUMNS,
    COW,
    ActorEntry,
    ActorLookup,
    LookupTableInvalid,
    normalise_key,
)
from explorer.paths import resources_path

ROOT = Path(__file__).resolve().parents[2]
LOOKUP = resources_path() / "lookup"
REALDATA = Path("/work/shared/realdata")
needs_realdata = pytest.mark.skipif(not REALDATA.is_dir(), reason="no /work/shared/realdata here")


@pytest.fixture(scope="module")
def lookup() -> ActorLookup:
    return ActorLookup.builtin()


@pytest.mark.parametrize(("text", "actor_id"), [
    # codes: ISO-2 and ISO-3, any case; NA is Namibia, not "missing"
    ("NA", "na"), ("na", "na"), ("NAM", "na"), ("Namibia", "na"), ("ナミビア", "na"),
    ("JP", "jp"), ("JPN", "jp"), ("ＪＰ", "jp"), (" jp ", "jp"),
    # the United Kingdom is "uk" in packs, whatever the file says
    ("GB", "uk"), ("GBR", "uk"), ("UK", "uk"), ("United Kingdom", "uk"), ("Great Britain", "uk"),
    ("英国", "uk"), ("イギリス", "uk"),
    # statistics offices' spellings
    ("Korea, Rep.", "kr"), ("South Korea", "kr"), ("Republic of Korea", "kr"), ("韓国", "kr"),
    ("North Korea", "kp"), ("Korea, Dem. People's Rep.", "kp"), ("北朝鮮", "kp"),
    ("United States of America", "us"), ("USA", "us"), ("U.S.", "us"), ("United States", "us"),
    ("アメリカ合衆国", "us"), ("米国", "us"), ("アメリカ", "us"),
    ("日本", "jp"), ("Japan", "jp"), ("Ｊａｐａｎ", "jp"), ("  japan ", "jp"),
    ("Côte d'Ivoire", "ci"), ("Cote d'Ivoire", "ci"), ("COTE D’IVOIRE", "ci"), ("Ivory Coast", "ci"),
    ("Turkiye", "tr"), ("Türkiye", "tr"), ("Turkey", "tr"), ("トルコ", "tr"),
    ("Viet Nam", "vn"), ("Vietnam", "vn"), ("Czechia", "cz"), ("Czech Republic", "cz"),
    ("Russian Federation", "ru"), ("Russia", "ru"), ("ロシア", "ru"),
    ("Egypt, Arab Rep.", "eg"), ("Iran, Islamic Rep.", "ir"), ("Venezuela, RB", "ve"),
    ("Hong Kong SAR, China", "hk"), ("Hong Kong", "hk"), ("Taiwan", "tw"), ("台湾", "tw"),
    ("中国", "cn"), ("ドイツ", "de"), ("フランス", "fr"),
    ("Gambia, The", "gm"), ("The Gambia", "gm"), ("Antigua & Barbuda", "ag"), ("St. Lucia", "lc"),
    ("Bosnia & Herzegovina", "ba"), ("ボスニアヘルツェゴビナ", "ba"),
    # the two Congos never fall back to each other
    ("Congo (Kinshasa)", "cd"), ("Congo, Dem. Rep.", "cd"), ("Congo, Rep.", "cg"), ("Congo", "cg"),
    ("Kosovo", "xk"), ("XKX", "xk"),
    # blocs
    ("EU", "eu"), ("EU27", "eu"), ("EU-27", "eu"), ("European Union", "eu"), ("欧州連合", "eu"),
    ("Euro area", "euro-area"), ("Eurozone", "euro-area"), ("EMU", "euro-area"), ("EA20", "euro-area"),
    ("ユーロ圏", "euro-area"), ("World", "world"), ("WLD", "world"), ("世界", "world"),
    ("G7", "g7"), ("Ｇ７", "g7"), ("主要7か国", "g7"), ("G20", "g20"), ("ASEAN", "asean"),
    ("OECD", "oecd"), ("NATO", "nato"), ("APEC", "apec"), ("Quad", "quad"), ("United Nations", "un"),
    ("国連", "un"), ("WTO", "wto"),
])
def test_spellings_in_users_files_resolve_to_the_pack_id(lookup, text, actor_id):
    entry = lookup.resolve(text)
    assert entry is not None, text
    assert entry.id == actor_id


@pytest.mark.parametrize("text", [
    "Atlantis", "", "   ", "N/A", "n.a.", "-", "Arab World", "High income", "North America",
    "カーナ",  # ガーナ (Ghana) with its voicing mark dropped is another word, not Ghana
    "ZZ", "ZZZ",
])
def test_text_naming_no_country_or_bloc_resolves_to_none(lookup, text):
    assert lookup.resolve(text) is None


def test_an_entry_carries_what_an_import_needs_to_create_the_actor(lookup):
    assert lookup.resolve("JP") == ActorEntry("jp", "Japan", "日本", "state", "JPN")
    assert lookup.resolve("GBR") == ActorEntry("uk", "United Kingdom", "英国", "state", "GBR")
    assert lookup.resolve("Korea, Rep.").name == "South Korea"  # the common name, not "Korea, Republic of"
    eu = lookup.entry("eu")
    assert eu == ActorEntry("eu", "European Union", "欧州連合", "bloc", "")
    assert lookup.entry("nato").kind == "organisation"
    assert lookup.entry("gb") is None  # the UK has one id only


def test_normalised_keys_ignore_case_accents_punctuation_and_the():
    assert normalise_key("Côte d'Ivoire") == normalise_key("COTE D’IVOIRE") == "cotedivoire"
    assert normalise_key("Korea, Rep.") == normalise_key("korea   rep")
    assert normalise_key("Trinidad & Tobago") == normalise_key("Trinidad and Tobago")
    assert normalise_key("The Bahamas") == normalise_key("Bahamas, The") == "bahamas"
    assert normalise_key("ボスニア・ヘルツェゴビナ") == "ボスニアヘルツェゴビナ"
    assert normalise_key("ガーナ") != normalise_key("カーナ")


@given(st.text(max_size=40))
def test_any_text_resolves_to_an_entry_or_none_without_raising(text):
    entry = ActorLookup.builtin().resolve(text)
    assert entry is None or isinstance(entry, ActorEntry)


# --- the user's own entries ----------------------------------------------------------------------

def test_a_users_entry_wins_over_the_built_in_names_and_codes(lookup):
    mine = lookup.with_entries({"Korea": "kp", "NA": "north-america"})
    assert mine.resolve("korea").id == "kp"
    assert mine.resolve("NA").id == "north-america"
    assert mine.resolve("na").id == "north-america"
    assert mine.resolve("Namibia").id == "na"  # only the texts the user named change
    # the built-in lookup is not changed by deriving another
    assert lookup.resolve("Korea").id == "kr"
    assert lookup.resolve("NA").id == "na"


def test_a_users_entry_with_a_new_id_becomes_an_entry_named_after_its_text(lookup):
    mine = lookup.with_entries({"Kanto region": "kanto", "関東": "kanto", "Japan (mainland)": "jp"})
    kanto = ActorEntry("kanto", "Kanto region", "", "", "")
    assert mine.resolve("KANTO REGION") == kanto
    assert mine.resolve("関東") == kanto
    assert mine.entry("kanto") == kanto
    assert mine.entries()[-1] == kanto
    assert len(mine.entries()) == len(lookup.entries()) + 1
    assert mine.resolve("Japan (mainland)") == lookup.entry("jp")  # a built-in id keeps its entry
    # entries added later keep the earlier ones
    both = mine.with_entries({"Kansai": "kansai"})
    assert both.resolve("関東").id == "kanto" and both.resolve("kansai").id == "kansai"


@pytest.mark.parametrize(("user", "message"), [
    ({"Kanto": "Kanto Region"}, "not a valid actor id"),
    ({"Kanto": ""}, "not a valid actor id"),
    ({"  ・ ": "kanto"}, "at least one letter or digit"),
])
def test_a_users_entry_that_cannot_work_is_refused_with_what_was_found(lookup, user, message):
    with pytest.raises(ValueProblem, match=message) as caught:
        lookup.with_entries(user)
    assert caught.value.found in (*user, *user.values())


def test_suggestions_offer_the_likely_actors_best_first(lookup):
    assert [e.id for e in lookup.suggest("Korea")][:2] == ["kr", "kp"]
    assert lookup.suggest("Jpan")[0].id == "jp"
    assert lookup.suggest("Untied States")[0].id == "us"
    assert "cd" in [e.id for e in lookup.suggest("Congo")]
    assert len(lookup.suggest("Republic", limit=3)) == 3
    assert lookup.suggest("qqqqxxxx") == []
    assert lookup.suggest("") == []
    assert lookup.with_entries({"Kanto region": "kanto"}).suggest("Kanto")[0].id == "kanto"


# --- the shipped tables --------------------------------------------------------------------------

def test_every_id_is_a_pack_slug_used_once_with_a_pack_kind(lookup):
    ids = [e.id for e in lookup.entries()]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not re.fullmatch(SLUG_PATTERN, i)] == []
    assert {e.kind for e in lookup.entries()} == {"state", "bloc", "organisation"}
    states = [e for e in lookup.entries() if e.kind == "state" and not e.id.startswith("cow-")]
    assert len(states) >= 249 and all(re.fullmatch(r"[A-Z]{3}", e.iso3) for e in states)
    gone = [e for e in lookup.entries() if e.id.startswith("cow-")]  # COW states with no ISO code
    assert len(gone) == 22 and all(e.kind == "state" and not e.iso3 and e.name_ja for e in gone)
    assert all(e.iso3 == "" for e in lookup.entries() if e.kind != "state")


def test_every_name_in_the_shipped_tables_names_exactly_one_actor():
    """No normalised spelling is claimed by two ids (the loader refuses that), and no name is
    hidden behind another actor's code; checked here over the raw files, independently."""
    owner: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    for file, name_columns in (("countries.csv", ("name", "name_ja", "official_name", "common_name")),
                               ("blocs.csv", ("name", "name_ja"))):
        with (LOOKUP / file).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                texts = [row[c] for c in name_columns if row[c]] + row["aliases"].split(";")
                for text in filter(None, texts):
                    owner.setdefault(normalise_key(text), set()).add(row["id"])
                for column in ("iso2", "iso3"):
                    if row.get(column):
                        codes[row[column]] = row["id"]
    assert {k: ids for k, ids in owner.items() if len(ids) > 1} == {}
    hidden = {k: ids for k, ids in owner.items() if codes.get(k.upper(), next(iter(ids))) not in ids}
    assert hidden == {}


def test_the_default_packs_countries_and_blocs_resolve_to_their_own_ids(lookup):
    with (ROOT / "data" / "japan-eu-us" / "actors.csv").open(encoding="utf-8", newline="") as f:
        actors = [r for r in csv.DictReader(f) if r["kind"] in ("state", "bloc")]
    assert len(actors) > 15
    wrong = {(a["id"], text): getattr(lookup.resolve(text), "id", None)
             for a in actors for text in (a["id"], a["name"], a["name_ja"], a["iso3"]) if text
             if getattr(lookup.resolve(text), "id", None) != a["id"]}
    assert wrong == {}


def test_the_app_never_imports_pycountry():
    code = ("import sys\nfrom explorer.importing.actor_lookup import ActorLookup\n"
            "assert ActorLookup.builtin().resolve('Japan').id == 'jp'\n"
            "print('pycountry' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


# --- broken tables are refused with file, row and column -----------------------------------------

COUNTRY_HEADER = ",".join(COUNTRY_COLUMNS)
BLOC_HEADER = ",".join(BLOC_COLUMNS)
GOOD_COUNTRY = "jp,JP,JPN,Japan,日本,,,Nippon,392,740"
GOOD_BLOC = "eu,bloc,European Union,欧州連合,EU"


def _write_tables(folder: Path, countries: list[str], blocs: list[str],
                  historical: tuple[str, ...] = ("cow-265,265,German Democratic Republic,東ドイツ",)) -> Path:
    (folder / "countries.csv").write_text("\n".join([COUNTRY_HEADER, *countries]) + "\n",
                                          encoding="utf-8")
    (folder / "historical_states.csv").write_text("\n".join(["id,cow,name,name_ja", *historical]) + "\n",
                                                  encoding="utf-8")
    (folder / "blocs.csv").write_text("\n".join([BLOC_HEADER, *blocs]) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("text", "actor_id", "name_ja"), [
    ("392", "jp", "日本"), ("840", "us", "米国"), ("826", "uk", "英国"),
    ("516", "na", "ナミビア"), ("004", "af", "アフガニスタン"), ("4", "af", "アフガニスタン"),
])
def test_iso_numeric_codes_resolve_with_their_japanese_names(lookup, text, actor_id, name_ja):
    entry = lookup.resolve(text)
    assert entry is not None and (entry.id, entry.name_ja) == (actor_id, name_ja)


@pytest.mark.parametrize("text", ["999", "0", "3920", "39.2", "2019"])
def test_numbers_that_are_no_iso_numeric_code_resolve_to_nothing(lookup, text):
    assert lookup.resolve(text) is None


@pytest.mark.parametrize(("text", "actor_id", "name_ja"), [
    ("740", "jp", "日本"), ("2", "us", "米国"), ("200", "uk", "英国"), ("220", "fr", "フランス"),
    ("255", "de", "ドイツ"), ("002", "us", "米国"), ("345", "rs", "セルビア"), ("347", "xk", "コソボ"),
])
def test_correlates_of_war_codes_resolve_with_their_japanese_names(lookup, text, actor_id, name_ja):
    entry = lookup.resolve(text, COW)
    assert entry is not None and (entry.id, entry.name_ja) == (actor_id, name_ja)


def test_a_number_means_what_its_system_says(lookup):
    assert lookup.resolve("740").id == "sr" and lookup.resolve("740", COW).id == "jp"
    assert lookup.resolve("392", COW) is None and lookup.resolve("2") is None
    # States gone with no code in use today are their own actors, by number only
    gone = [lookup.resolve(t, COW) for t in ("265", "315", "267", "678", "817")]
    assert [(e.id, e.name, e.kind) for e in gone] == [
        ("cow-265", "German Democratic Republic", "state"), ("cow-315", "Czechoslovakia", "state"),
        ("cow-267", "Baden", "state"), ("cow-678", "Yemen Arab Republic", "state"),
        ("cow-817", "Republic of Vietnam", "state")]
    assert [e.name_ja for e in gone] == ["東ドイツ（ドイツ民主共和国）", "チェコスロバキア", "バーデン大公国",
                                         "北イエメン（イエメン・アラブ共和国）", "南ベトナム（ベトナム共和国）"]
    assert lookup.resolve("265") is None  # not an ISO 3166-1 numeric code
    # their names are no keys: "Korea" is today's Republic of Korea, not COW's Korea before 1905
    assert lookup.resolve("730", COW).id == "cow-730" and lookup.resolve("Korea").id == "kr"
    assert lookup.resolve("German Democratic Republic") is None
    assert lookup.resolve("JP", COW).id == "jp"  # letters are letters in either system


def test_the_cow_mapping_table_names_its_source_and_maps_each_state_once():
    text = (ROOT / "packaging" / "cow_country_codes.csv").read_text(encoding="utf-8")
    assert "Correlates of War Project, State System Membership List, v2016" in text
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    assert len(rows) == len({r["ccode"] for r in rows}) == 217  # every code of the v2016 list, once
    mapped = [r["iso3"] for r in rows if r["iso3"]]
    assert len(mapped) == len(set(mapped)) == 195
    assert {r["statenme"] for r in rows if not r["iso3"]} >= {
        "Baden", "Bavaria", "Yemen Arab Republic", "Republic of Vietnam", "German Democratic Republic",
        "Czechoslovakia"}


def test_small_tables_load_from_a_folder(tmp_path):
    mine = ActorLookup.from_folder(_write_tables(tmp_path, [GOOD_COUNTRY], [GOOD_BLOC]))
    assert mine.resolve("nippon").id == "jp" and mine.resolve("EU").id == "eu"
    assert [e.id for e in mine.entries()] == ["jp", "cow-265", "eu"]
    assert mine.resolve("265", COW).name == "German Democratic Republic"


@pytest.mark.parametrize(("historical", "message"), [
    (("ddr,265,German Democratic Republic,",), r"historical_states\.csv:2:id: must be cow-265"),
    (("cow-740,740,Japan,",), r"historical_states\.csv:2:cow: code already used by 'jp'"),
    (("cow-x,x,Nowhere,",), r"historical_states\.csv:2:cow: not a Correlates of War code"),
])
def test_a_broken_historical_table_is_refused_naming_file_row_and_column(tmp_path, historical, message):
    with pytest.raises(LookupTableInvalid, match=message):
        ActorLookup.from_folder(_write_tables(tmp_path, [GOOD_COUNTRY], [GOOD_BLOC], historical))


@pytest.mark.parametrize(("countries", "blocs", "message"), [
    ([GOOD_COUNTRY, "kr,KR,KOR,South Korea,韓国,,,Nippon,,"], [GOOD_BLOC],
     r"countries\.csv:3:aliases: 'Nippon' also names 'jp' \(countries\.csv:2:aliases\)"),
    ([GOOD_COUNTRY], [GOOD_BLOC, "g7,bloc,Group of Seven,,JAPAN"],
     r"blocs\.csv:3:aliases: 'JAPAN' also names 'jp' \(countries\.csv:2:name\)"),
    ([GOOD_COUNTRY], ["eu,bloc,European Union,,JPN"],
     r"blocs\.csv:2:aliases: 'JPN' is the code of 'jp'"),
    ([GOOD_COUNTRY, "JP2,JP,JPX,Japan 2,,,,,,"], [GOOD_BLOC],
     r"countries\.csv:3:id: not a valid actor id"),
    ([GOOD_COUNTRY, "jq,JP,JPQ,Japan 2,,,,,,"], [GOOD_BLOC],
     r"countries\.csv:3:iso2: code already used by 'jp'"),
    ([GOOD_COUNTRY, "jq,jq,JPQ,Japan 2,,,,,,"], [GOOD_BLOC],
     r"countries\.csv:3:iso2: not an upper-case code"),
    ([GOOD_COUNTRY, "jp,JQ,JPQ,Japan 2,,,,,,"], [GOOD_BLOC], r"countries\.csv:3:id: duplicate id"),
    ([GOOD_COUNTRY, "jq,JQ,JPQ"], [GOOD_BLOC], r"countries\.csv:3: expected 10 fields, found 3"),
    ([GOOD_COUNTRY, "jq,JQ,JPQ,Japan 2,,,,,392,"], [GOOD_BLOC],
     r"countries\.csv:3:numeric: code already used by 'jp'"),
    ([GOOD_COUNTRY, "jq,JQ,JPQ,Japan 2,,,,,39,"], [GOOD_BLOC],
     r"countries\.csv:3:numeric: not a three-digit ISO 3166-1 numeric code"),
    ([GOOD_COUNTRY, "jq,JQ,JPQ,Japan 2,,,,,,740"], [GOOD_BLOC],
     r"countries\.csv:3:cow: code already used by 'jp'"),
    ([GOOD_COUNTRY, "jq,JQ,JPQ,Japan 2,,,,,,074"], [GOOD_BLOC],
     r"countries\.csv:3:cow: not a Correlates of War code"),
    ([GOOD_COUNTRY], ["eu,union,European Union,,"], r"blocs\.csv:2:kind: must be one of"),
    ([GOOD_COUNTRY], ["eu,bloc,,,"], r"blocs\.csv:2:name: is empty"),
])
def test_a_broken_table_is_refused_naming_file_row_and_column(tmp_path, countries, blocs, message):
    with pytest.raises(LookupTableInvalid, match=message):
        ActorLookup.from_folder(_write_tables(tmp_path, countries, blocs))


def test_a_table_with_the_wrong_header_or_missing_is_refused(tmp_path):
    (tmp_path / "countries.csv").write_text("code,name\nJP,Japan\n", encoding="utf-8")
    with pytest.raises(LookupTableInvalid, match=r"countries\.csv:1: header must be id,iso2"):
        ActorLookup.from_folder(tmp_path)
    with pytest.raises(LookupTableInvalid, match=r"countries\.csv: cannot be read"):
        ActorLookup.from_folder(tmp_path / "nowhere")


# --- the generator -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def generator():
    pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location("make_country_lookup",
                                                  ROOT / "packaging" / "make_country_lookup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_regenerating_the_country_table_gives_the_committed_file(generator, tmp_path):
    generator.write_countries_csv(tmp_path / "countries.csv")
    for name in ("countries.csv", "historical_states.csv"):
        assert (tmp_path / name).read_bytes() == (LOOKUP / name).read_bytes(), (
            f"resources/lookup/{name} is stale: run .venv/bin/python packaging/make_country_lookup.py")


def test_the_generator_names_every_historical_state_in_japanese(generator):
    rows = generator.historical_rows()
    assert {r["cow"]: r["name"] for r in rows}["265"] == "German Democratic Republic"
    with pytest.raises(SystemExit, match=r"no Japanese name for COW codes \['265'\]"):
        generator.historical_rows(names_ja={k: v for k, v in generator.HISTORICAL_JA.items() if k != "265"})
    with pytest.raises(SystemExit, match=r"not COW codes of a state without an ISO code: \['740'\]"):
        generator.historical_rows(names_ja={**generator.HISTORICAL_JA, "740": "日本"})


def test_the_generator_refuses_a_spelling_that_would_name_two_countries(generator, tmp_path):
    aliases = {**generator.ALIASES, "KP": ["Korea"]}  # "Korea" is the Republic of Korea's alias
    with pytest.raises(SystemExit, match=r"countries\.csv:\d+:aliases: 'Korea' also names"):
        generator.write_countries_csv(tmp_path / "countries.csv", aliases)
    assert not (tmp_path / "countries.csv").exists()
    with pytest.raises(SystemExit, match="not ISO-2 codes of any country: \\['QQ'\\]"):
        generator.country_rows({"QQ": ["Qland"]})


def test_the_generator_keeps_the_catalogues_japanese_text_resolvable_when_it_corrects_it(lookup):
    assert lookup.resolve("タニザニア連合共和国").id == "tz"  # the catalogue's misspelling
    assert lookup.entry("tz").name_ja == "タンザニア連合共和国"
    assert lookup.resolve("グルジア").id == lookup.resolve("ジョージア").id == "ge"


# --- real files users bring (read only; skipped where they are absent) -----------------------------

def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@needs_realdata
def test_the_names_in_real_statistics_files_resolve_to_the_right_country(lookup):
    iso3_of_table = {e.iso3 for e in lookup.entries() if e.iso3}
    names: dict[str, str | None] = {}  # distinct name -> the iso3 (or bloc id) it must resolve to
    for row in _rows(REALDATA / "gdp-worldbank" / "gdp.csv"):
        code = row["Country Code"]
        blocs = {"WLD": "world", "EUU": "eu", "EMU": "euro-area"}
        names[row["Country Name"]] = code if code in iso3_of_table else blocs.get(code)
    fred = {row["Country"] for row in _rows(REALDATA / "fx-fred" / "annual.csv")}
    for row in _rows(REALDATA / "country-codes" / "country-codes.csv"):
        if row["ISO3166-1-Alpha-3"] in iso3_of_table:
            for column in ("official_name_en", "CLDR display name", "UNTERM English Short"):
                if row[column].strip():
                    names[row[column]] = row["ISO3166-1-Alpha-3"]
    iso2_to_iso3 = {e.id: e.iso3 for e in lookup.entries()}
    for file in ("country_en.csv", "country_ja.csv"):
        for row in _rows(REALDATA / "country-names-ja" / file):
            names[row["value"]] = iso2_to_iso3["uk" if row["id"] == "GB" else row["id"].lower()]

    def found(text: str) -> str | None:
        entry = lookup.resolve(text)
        return None if entry is None else entry.iso3 or entry.id

    wrong = {name: (want, found(name)) for name, want in names.items() if found(name) != want}
    assert wrong == {}, f"{len(wrong)} of {len(names)} distinct names resolve wrongly"
    resolved = sum(want is not None for want in names.values())
    assert resolved > 550  # World Bank, country-codes and CLDR names in English and Japanese
    # aggregates ("Arab World", "High income", ...) legitimately resolve to nothing
    assert 40 < sum(want is None for want in names.values()) < 60
    assert len(fred) > 20 and set(fred) <= set(FRED_COUNTRIES), set(fred) - set(FRED_COUNTRIES)
    assert {name: found(name) for name in fred} == {name: FRED_COUNTRIES[name] for name in fred}


# What each name in FRED's exchange-rate files stands for (written here, not read from the file).
FRED_COUNTRIES = {
    "Australia": "AUS", "Brazil": "BRA", "Canada": "CAN", "China": "CHN", "Denmark": "DNK",
    "Euro": "euro-area", "Hong Kong": "HKG", "India": "IND", "Japan": "JPN", "Malaysia": "MYS",
    "Mexico": "MEX", "New Zealand": "NZL", "Norway": "NOR", "Singapore": "SGP", "South Africa": "ZAF",
    "South Korea": "KOR", "Sweden": "SWE", "Switzerland": "CHE", "Taiwan": "TWN", "Thailand": "THA",
    "Venezuela": "VEN", "United Kingdom": "GBR",
}
