"""Build resources/lookup/countries.csv and historical_states.csv, the country half of the import
actor lookup.

Names, codes (ISO 3166-1 alpha-2, alpha-3 and numeric) and Japanese names come from pycountry
(ISO 3166-1 and its Japanese gettext catalogue); Correlates of War codes from
packaging/cow_country_codes.csv (the COW State System Membership List v2016, with this project's own
mapping to ISO alpha-3). States gone whose code is in use by no state today (265 German Democratic
Republic, 315 Czechoslovakia, ...) go to historical_states.csv under their COW name, with the id
``cow-<code>`` and a Japanese name from HISTORICAL_JA below; only their number finds them (a file's
"Korea" is today's Republic of Korea, not COW's pre-1905 Korea). The spellings
statistics offices and Japanese writers use beyond those are kept by hand in ALIASES below, so
regenerating gives the same file byte for byte. pycountry is a test/dev dependency only: the app
reads the CSV and never imports it.

Run after changing ALIASES or the COW table, or moving the pycountry pin (a test fails until the CSV is regenerated):
    .venv/bin/python packaging/make_country_lookup.py
"""

from __future__ import annotations

import csv
import gettext
import io
import shutil
import sys
import tempfile
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout: the key rules are the app's own

from explorer.importing.actor_lookup import (  # noqa: E402
    BLOCS_FILE,
    COUNTRIES_FILE,
    COUNTRY_COLUMNS,
    HISTORICAL_COLUMNS,
    HISTORICAL_FILE,
    LIST_SEPARATOR,
    LookupTableInvalid,
    load_table,
    normalise_key,
)

LOOKUP_FOLDER = ROOT / "resources" / "lookup"
COW_TABLE = Path(__file__).resolve().parent / "cow_country_codes.csv"

# Pack ids are the lowercase ISO-2 code, except where the default pack says otherwise.
ID_EXCEPTIONS = {"GB": "uk"}

# Codes in common use that ISO 3166-1 has not assigned (user-assigned range), used by the
# World Bank, IMF and EU for Kosovo.
EXTRA_COUNTRIES = [
    {"iso2": "XK", "iso3": "XKX", "name": "Kosovo", "name_ja": "コソボ",
     "official_name": "Republic of Kosovo", "common_name": "", "numeric": "", "cow": ""},
]

# Catalogue Japanese names shown as the display name only after correction; the catalogue's own
# text stays resolvable as an alias. Each has a reason.
JA_NAME_CORRECTIONS = {
    "TZ": "タンザニア連合共和国",  # catalogue misspells it タニザニア
    "GE": "ジョージア",  # Japan's official name since 2015 (catalogue: グルジア)
    "KR": "大韓民国",  # catalogue: "大韓民国 (韓国)"
    "TW": "台湾",  # catalogue: 中国領・台湾, not how Japanese sources name it
    "VA": "バチカン市国",  # catalogue: 聖庁 (バチカン市国)
}

# Japanese names of the COW states that no longer exist (by COW code), as Japanese histories name
# them; the everyday name first where the official one is less known (西ドイツ, 南ベトナム).
HISTORICAL_JA = {
    "240": "ハノーファー王国",
    "245": "バイエルン王国",
    "260": "西ドイツ（ドイツ連邦共和国）",
    "265": "東ドイツ（ドイツ民主共和国）",
    "267": "バーデン大公国",
    "269": "ザクセン王国",
    "271": "ヴュルテンベルク王国",
    "273": "ヘッセン選帝侯国",
    "275": "ヘッセン大公国",
    "280": "メクレンブルク＝シュヴェリーン大公国",
    "300": "オーストリア＝ハンガリー帝国",
    "315": "チェコスロバキア",
    "327": "教皇領",
    "329": "両シチリア王国",
    "332": "モデナ公国",
    "335": "パルマ公国",
    "337": "トスカーナ大公国",
    "511": "ザンジバル",
    "678": "北イエメン（イエメン・アラブ共和国）",
    "680": "南イエメン（イエメン人民民主共和国）",
    "730": "朝鮮（大韓帝国）",
    "817": "南ベトナム（ベトナム共和国）",
}

# Extra spellings by ISO-2 code: statistics offices (World Bank, IMF, FRED, UN, CLDR short names),
# everyday English and Japanese short forms. A spelling may name one country only (checked below).
ALIASES: dict[str, list[str]] = {
    "AE": ["UAE", "U.A.E."],
    "AI": ["アンギラ"],
    "AQ": ["南極"],
    "AU": ["オーストラリア", "豪州"],
    "AW": ["アルバ"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BL": ["Saint-Barthélemy", "サン・バルテルミー"],
    "BM": ["バミューダ", "バミューダ諸島"],
    "BN": ["Brunei", "ブルネイ"],
    "BO": ["ボリビア"],
    "BQ": ["Caribbean Netherlands", "オランダ領カリブ"],
    # DR Congo and Congo: "Congo (Kinshasa)" must never fall back to plain "Congo"
    "CD": ["Congo, Dem. Rep.", "Democratic Republic of the Congo", "Congo, Democratic Republic of",
           "DR Congo", "D.R. Congo", "DRC", "Congo - Kinshasa", "Congo (Kinshasa)", "Zaire",
           "コンゴ民主共和国（キンシャサ）"],
    "CG": ["Congo, Rep.", "Republic of Congo", "Congo - Brazzaville", "Congo (Brazzaville)",
           "コンゴ共和国", "コンゴ共和国（ブラザビル）"],
    "CC": ["Cocos Islands"],
    "CI": ["Ivory Coast"],
    "CN": ["PRC", "China, People's Republic of", "Mainland China", "中華人民共和国"],
    "CV": ["Cape Verde", "カーボベルデ"],
    "CZ": ["チェコ共和国"],
    "DE": ["ドイツ連邦共和国"],
    "DM": ["ドミニカ国"],
    "EG": ["Egypt, Arab Rep."],
    "ER": ["エリトリア"],
    "FK": ["Falkland Islands", "フォークランド諸島"],
    "FM": ["Micronesia", "Micronesia, Fed. Sts.", "ミクロネシア"],
    "FR": ["フランス共和国"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "イギリス", "連合王国",
           "グレートブリテン及び北アイルランド連合王国"],
    "GS": ["サウスジョージア・サウスサンドウィッチ諸島"],
    "GY": ["Co-operative Republic of Guyana"],
    "HK": ["Hong Kong SAR, China", "Hong Kong SAR", "Hong Kong, China", "China, Hong Kong SAR",
           "China, Hong Kong Special Administrative Region", "香港特別行政区",
           "中華人民共和国香港特別行政区"],
    "HM": ["Heard and McDonald Islands", "ハード島・マクドナルド諸島"],
    "IO": ["英領インド洋地域"],
    "IR": ["Iran, Islamic Rep.", "イラン"],
    "IT": ["Republic of Italy"],
    "JP": ["日本国"],
    "KG": ["キルギス", "キルギス共和国"],
    # "Korea" alone is the Republic of Korea in OECD, IMF and Japanese usage
    "KP": ["Korea, Dem. People's Rep.", "Korea, Dem. Rep.", "Korea, DPR", "DPRK", "Korea (North)",
           "Korea, North", "北朝鮮"],
    "KR": ["Korea, Rep.", "Republic of Korea", "Korea", "Korea (South)", "Korea, South", "ROK",
           "韓国"],
    "LA": ["Lao PDR", "ラオス"],
    "LY": ["State of Libya"],
    "MD": ["モルドバ"],
    "MF": ["Saint Martin", "Saint-Martin", "サン・マルタン"],
    "MK": ["Macedonia", "Macedonia, FYR", "The former Yugoslav Republic of Macedonia", "マケドニア"],
    "MM": ["Republic of the Union of Myanmar", "Burma", "Myanmar (Burma)", "ビルマ",
           "ミャンマー（ビルマ）"],
    "MN": ["モンゴル"],
    "MO": ["Macao SAR, China", "Macao SAR", "Macau", "Macao, China", "China, Macao SAR",
           "China, Macao Special Administrative Region", "マカオ特別行政区",
           "中華人民共和国マカオ特別行政区"],
    "NL": ["Holland"],
    "PM": ["サンピエール島・ミクロン島"],
    "PN": ["Pitcairn Islands", "ピトケアン諸島"],
    "PS": ["Palestine", "West Bank and Gaza", "Palestinian Territories",
           "Occupied Palestinian Territory", "パレスチナ自治区", "パレスチナ国"],
    "RU": ["Russia", "ロシア"],
    "RW": ["Republic of Rwanda"],
    "SH": ["Saint Helena", "セントヘレナ"],
    "SJ": ["Svalbard and Jan Mayen Islands", "スバールバル諸島・ヤンマイエン島"],
    "SX": ["Sint Maarten", "シント・マールテン"],
    "SY": ["シリア"],
    "SZ": ["Swaziland", "スワジランド"],
    "TC": ["タークス・カイコス諸島"],
    "TF": ["仏領極南諸島"],
    "TL": ["East Timor"],
    "TR": ["Turkey", "Turkiye", "Republic of Turkey"],
    "TW": ["Taiwan, China", "Chinese Taipei", "チャイニーズ・タイペイ"],
    "TZ": ["タンザニア"],
    "UM": ["U.S. Outlying Islands", "合衆国領有小離島"],
    "US": ["USA", "U.S.", "U.S.A.", "アメリカ合衆国", "アメリカ"],
    "VA": ["Vatican City", "Vatican", "Holy See", "バチカン", "ローマ教皇庁"],
    "VE": ["Venezuela, RB", "ベネズエラ"],
    "VI": ["U.S. Virgin Islands", "United States Virgin Islands"],
    "WF": ["Wallis and Futuna Islands", "ウォリス・フツナ"],
    "YE": ["Yemen, Rep."],
}


def _ja_catalogue() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"])


def _cow_rows(path: Path = COW_TABLE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def cow_codes(path: Path = COW_TABLE) -> dict[str, str]:
    """ISO alpha-3 -> Correlates of War code, from the mapping table (states with no ISO code today
    map to nothing there and are left out; one code per country, checked)."""
    by_iso3: dict[str, str] = {}
    for row in _cow_rows(path):
        if not row["iso3"]:
            continue
        if row["iso3"] in by_iso3:
            raise SystemExit(f"{path.name}: {row['iso3']} has two codes ({by_iso3[row['iso3']]}, {row['ccode']})")
        by_iso3[row["iso3"]] = row["ccode"]
    return by_iso3


def country_rows(aliases: dict[str, list[str]] | None = None) -> list[dict[str, str]]:
    """One row per country, sorted by id (check_loads then refuses a spelling naming two)."""
    aliases = ALIASES if aliases is None else aliases
    ja = _ja_catalogue()
    cow = cow_codes()
    sources = []
    for c in pycountry.countries:
        translated = ja.gettext(c.name)
        sources.append({"iso2": c.alpha_2, "iso3": c.alpha_3, "name": c.name,
                        "name_ja": translated if translated != c.name else "",
                        "official_name": getattr(c, "official_name", ""),
                        "common_name": getattr(c, "common_name", ""), "numeric": c.numeric, "cow": ""})
    sources += EXTRA_COUNTRIES
    unmatched = set(cow) - {s["iso3"] for s in sources}
    if unmatched:
        raise SystemExit(f"{COW_TABLE.name}: not ISO-3 codes of any country: {sorted(unmatched)}")
    sources = [{**s, "cow": cow.get(s["iso3"], "")} for s in sources]
    unknown = set(aliases) - {s["iso2"] for s in sources}
    if unknown:
        raise SystemExit(f"ALIASES: not ISO-2 codes of any country: {sorted(unknown)}")
    rows = []
    for s in sources:
        extra = list(aliases.get(s["iso2"], ()))
        name_ja = s["name_ja"]
        if s["iso2"] in JA_NAME_CORRECTIONS:
            extra.insert(0, name_ja)
            name_ja = JA_NAME_CORRECTIONS[s["iso2"]]
        rows.append({"id": ID_EXCEPTIONS.get(s["iso2"], s["iso2"].lower()), **s, "name_ja": name_ja,
                     "aliases": LIST_SEPARATOR.join(_new_spellings(s, name_ja, extra))})
    return sorted(rows, key=lambda r: r["id"])


def _new_spellings(source: dict[str, str], name_ja: str, extra: list[str]) -> list[str]:
    """``extra`` without spellings the row already holds (same key), in the order written."""
    seen = {normalise_key(t) for t in (source["name"], source["official_name"],
                                       source["common_name"], name_ja) if t}
    out = []
    for text in extra:
        if LIST_SEPARATOR in text:
            raise SystemExit(f"ALIASES[{source['iso2']}]: {text!r} contains {LIST_SEPARATOR!r}")
        key = normalise_key(text)
        if key not in seen:
            seen.add(key)
            out.append(text)
    return out


def historical_rows(path: Path = COW_TABLE, names_ja: dict[str, str] | None = None) -> list[dict[str, str]]:
    """One row per COW state with no ISO code today, in the table's order: ``cow-<code>``, the code,
    COW's name and the Japanese one (each such state must have one, and only those)."""
    names_ja = HISTORICAL_JA if names_ja is None else names_ja
    rows = [{"id": f"cow-{r['ccode']}", "cow": r["ccode"], "name": r["statenme"],
             "name_ja": names_ja.get(r["ccode"], "")} for r in _cow_rows(path) if not r["iso3"]]
    unnamed = [r["cow"] for r in rows if not r["name_ja"]]
    if unnamed:
        raise SystemExit(f"HISTORICAL_JA: no Japanese name for COW codes {unnamed}")
    stray = sorted(set(names_ja) - {r["cow"] for r in rows})
    if stray:
        raise SystemExit(f"HISTORICAL_JA: not COW codes of a state without an ISO code: {stray}")
    return rows


def render_csv(rows: list[dict[str, str]], columns: tuple[str, ...] = COUNTRY_COLUMNS) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def check_loads(countries_csv: str, blocs_folder: Path = LOOKUP_FOLDER, historical_csv: str | None = None) -> None:
    """Load the table as the app will, with the hand-written blocs: a spelling claimed by two
    actors, or one hidden behind another actor's code, stops the build with the row to fix."""
    if historical_csv is None:
        historical_csv = render_csv(historical_rows(), HISTORICAL_COLUMNS)
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, COUNTRIES_FILE).write_text(countries_csv, encoding="utf-8", newline="")
        Path(folder, HISTORICAL_FILE).write_text(historical_csv, encoding="utf-8", newline="")
        shutil.copy(blocs_folder / BLOCS_FILE, Path(folder, BLOCS_FILE))
        try:
            load_table(Path(folder))
        except LookupTableInvalid as exc:
            raise SystemExit(f"make_country_lookup: {exc}") from exc


def write_countries_csv(path: Path, aliases: dict[str, list[str]] | None = None) -> None:
    """countries.csv at ``path`` and historical_states.csv beside it, both checked to load."""
    text = render_csv(country_rows(aliases))
    historical = render_csv(historical_rows(), HISTORICAL_COLUMNS)
    check_loads(text, historical_csv=historical)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    (path.parent / HISTORICAL_FILE).write_text(historical, encoding="utf-8", newline="")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else LOOKUP_FOLDER / COUNTRIES_FILE
    write_countries_csv(target)
    print(f"wrote {target} and {target.parent / HISTORICAL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
