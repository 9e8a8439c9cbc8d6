"""The shipped default pack validates, matches its files, and keeps figures exactly as published."""

from __future__ import annotations

import csv
import json
import re

import pytest

from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import RESOURCE_BY_NAME
from explorer.data.pack_writer import resource_descriptor
from explorer.paths import default_pack_path

PACK_DIR = default_pack_path()


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK_DIR)


def _rows(name: str) -> list[dict]:
    with open(PACK_DIR / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_loaded_counts_match_the_files(pack):
    for name, n in pack.counts().items():
        assert n == (len(_rows(name)) if pack.has(name) else 0), name


def test_it_is_big_enough_to_brief_from(pack):
    c = pack.counts()
    assert c["events"] >= 35 and c["observations"] >= 45 and c["indicators"] >= 15
    assert c["sources"] >= 20 and c["actors"] >= 15
    assert all(pack.has(n) for n in ("milestones", "eras", "fx_rates", "links"))


def test_descriptor_matches_the_contract():
    desc = json.loads((PACK_DIR / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["name"] == "japan-eu-us"
    for res in desc["resources"]:
        header = list(_rows(res["name"])[0])
        assert res == resource_descriptor(RESOURCE_BY_NAME[res["name"]], header)


def _obs(pack, indicator, reporter, period):
    o = pack.observations
    return o[(o.indicator_id == indicator) & (o.reporter == reporter) & (o.period == period)]


def test_qualified_figures_are_kept_as_published(pack):
    rare = _obs(pack, "rare_earth_import_share_china", "jp", "2025").iloc[0]
    assert (rare.qualifier, rare.value, rare.unit) == (">", 60.0, "%")
    gcap_jp = _obs(pack, "gcap_rd_budget", "jp", "../2035").iloc[0]
    assert (gcap_jp.qualifier, gcap_jp.value, gcap_jp.unit, gcap_jp.scale) == (">", 10.0, "USD", 9)
    pledge = _obs(pack, "investment_pledge", "jp", "2025").iloc[0]
    assert (pledge.qualifier, pledge.value, pledge.scale) == ("~", 550.0, 9)


def test_converted_figures_keep_both_currencies_and_the_implied_rate(pack):
    budget = _obs(pack, "defence_budget_request", "jp", "FY2024")
    assert sorted(zip(budget.unit, budget.value, budget.scale)) == [("JPY", 7.7, 12), ("USD", 52.7, 9)]
    fx = pack.fx_rates
    implied = fx[(fx.kind == "implied") & (fx.period == "FY2024")].iloc[0]
    assert implied.rate == pytest.approx(7.7e12 / 52.7e9, rel=1e-4)


def test_annual_average_rates_cover_every_year_of_the_figures(pack):
    fx = pack.fx_rates[pack.fx_rates.kind == "annual_average"]
    money = pack.observations[pack.observations.unit.isin(["EUR", "USD", "JPY"])]
    # Single calendar years (a span such as "../2035" has no one year's rate; FY periods their own).
    years = {int(p) for p in money.period if p.isdigit()}
    for year in years:
        for base, quote in (("USD", "JPY"), ("EUR", "USD")):
            assert ((fx.period == str(year)) & (fx.base == base) & (fx.quote == quote)).any(), (year, base)
    usd_jpy_2024 = fx[(fx.period == "2024") & (fx.base == "USD")].rate.iloc[0]
    assert usd_jpy_2024 == pytest.approx(151.4551)
    assert pack.source_by_id[fx.source_id.iloc[0]]["publisher"]


def test_agreement_life_cycles_and_eras(pack):
    ms = pack.milestones[pack.milestones.event_id == "eu-jp-epa"]
    stages = dict(zip(ms.stage, ms.date))
    assert stages["signed"] == "2018-07-17" and stages["entry_into_force"] == "2019-02-01"
    labels = " ".join(pack.eras.label)
    assert "Takaichi" in labels and "Biden" in labels and "Abe" in labels
    ongoing = pack.eras[pack.eras.end == ""]
    assert len(ongoing) == 2  # a Japanese PM and a US president in office


def test_slips_are_corrected_and_noted_for_editors_only(pack):
    titles = " ".join(pack.events.title)
    assert "Emergency" not in titles
    assert "EU-Japan Economic Partnership Agreement" in titles
    notes = " ".join(pack.sources.editor_note)
    assert "Emergency Economic Partnership Agreement" in notes
    assert "TTokyo" in notes or "TTokyo" in " ".join(pack.observations.editor_note)
    ev = pack.events.set_index("id")
    assert "EEU's" in ev.loc["eu-anti-coercion-instrument", "editor_note"]


def _reader_texts(pack) -> list[tuple[str, str, str]]:
    """(table, row id, text) for every field a reader sees: titles, summaries, reader notes."""
    out = []
    for name, fields in (("sources", ("title", "publisher", "note")),
                         ("events", ("title", "title_ja", "summary", "summary_ja")),
                         ("observations", ("note",))):
        frame = pack.table(name)
        for i, row in frame.iterrows():
            key = row["id"] if "id" in frame else f"row {i + 2}"
            out += [(name, key, str(row[f])) for f in fields]
    return out


@pytest.mark.parametrize("word", ["[Title not in the copy]", "misspell", "not seen directly",
                                  "typo", "EEPA", "TTokyo", "MMinister", "not confirmed",
                                  "Public record, not one of"])
def test_reader_facing_text_has_no_working_notes(pack, word):
    hits = [(t, k) for t, k, text in _reader_texts(pack) if word.lower() in text.lower()]
    assert not hits, hits


def test_source_titles_are_real_titles(pack):
    assert not any(t.lstrip().startswith("[") for t in pack.sources.title)
    src = pack.source_by_id["src-economy-japan-beyond-us"]
    assert src["title"] == "Japan's economic security strategy looks beyond the United States"
    assert "[Title not in the copy]" in src["editor_note"]  # the reasoning stays with the editor


def test_it_is_in_the_current_format_with_every_old_note_kept(pack):
    """The split moved working notes, it did not drop them: every source and figure that had a
    note before has text in note or editor_note, and the pack declares the split format."""
    from explorer.data.pack_schema import FORMAT_VERSION

    assert pack.meta.format_version == FORMAT_VERSION
    for name in ("sources", "observations"):
        frame = pack.table(name)
        assert ((frame["note"] != "") | (frame["editor_note"] != "")).all(), name


def test_main_actors_and_agreements_have_japanese_names(pack):
    names = dict(zip(pack.actors.id, pack.actors.name_ja))
    assert names["jp"] == "日本" and names["eu"] == "欧州連合" and names["us"]
    ev = pack.events.set_index("id")
    assert ev.loc["eu-jp-epa", "title_ja"].startswith("日EU経済連携協定")


def test_every_indicator_has_a_japanese_name_and_definition(pack):
    ind = pack.indicators.set_index("id")
    blank = [i for i, row in ind.iterrows()
             if not row["name_ja"].strip() or not row["description_ja"].strip()]
    assert not blank, f"indicators without Japanese: {blank}"
    assert ind.loc["goods_exports", "name_ja"] == "財の輸出額"
    # The bundled font is JIS X 0208: a character outside it would be a tofu box on a slide.
    for column in ("name_ja", "description_ja"):
        for text in ind[column]:
            text.encode("shift_jis")


def test_the_japanese_title_is_read_and_kept_by_the_cache(pack, tmp_path):
    from explorer.data import pack_cache

    assert pack.meta.title_ja == "米欧のはざまの日本（2019〜2025年）"
    assert pack.meta.title_in("ja") == pack.meta.title_ja and pack.meta.title_in("en") == pack.meta.title
    assert pack.meta.title_in("both") == f"{pack.meta.title} / {pack.meta.title_ja}"
    limits = pack_cache.LoadLimits()
    pack_cache.write_entry(tmp_path / "entry", pack, limits)
    again = pack_cache.read_entry(tmp_path / "entry", pack.meta.digest, limits, "here")
    assert again.meta.title_ja == pack.meta.title_ja and again.meta.title == pack.meta.title


def _numbers(text: str) -> set[str]:
    """The numbers in ``text`` by their digits, without separators or trailing zeros: "€43.2bn" and
    "432億ユーロ" both give "432", "US$44bn" and "440億米ドル" both "44", "¥7,738.5bn" and
    "7兆7,385億円" both "77385". A clock time ("12:01 a.m.", 午前0時1分) is left out."""
    text = re.sub(r"(\d+)兆([\d,]+)億", lambda m: m[1] + m[2].replace(",", "").zfill(4) + "億", text)
    text = re.sub(r"\d{1,2}:\d{2} [ap]\.m\.", "", text)
    runs = re.findall(r"\d(?:[\d,.]*\d)?", text)
    return {run.replace(",", "").replace(".", "").rstrip("0") or "0" for run in runs}


@pytest.mark.parametrize("table,count", [("observations", 56), ("sources", 77)])
def test_every_reader_note_has_its_japanese_and_keeps_its_numbers(pack, table, count):
    frame = pack.table(table)
    notes = frame["note"].astype(str).str.strip()
    notes_ja = frame["note_ja"].astype(str).str.strip()
    assert ((notes != "") == (notes_ja != "")).all(), "a note without note_ja, or note_ja alone"
    assert (notes != "").sum() == count
    for en, ja in zip(notes[notes != ""], notes_ja[notes != ""]):
        assert _numbers(en) <= _numbers(ja), (en, ja, _numbers(en) - _numbers(ja))
        ja.encode("shift_jis")  # the bundled font's JIS X 0208: no tofu on a slide
        if table == "observations":  # a footnote: a sentence, the article's words in 「」
            assert ja.endswith("。") and "'" not in ja, ja
