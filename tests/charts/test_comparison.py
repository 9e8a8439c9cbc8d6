"""Comparison maths against hand-computed numbers, and the honesty rules of the chart spec."""

from __future__ import annotations

import pytest

from explorer.charts.chart_spec import Basis, ChartKind, Flag
from explorer.charts.comparison import (
    build_comparison,
    indicator_choices,
    presets_for,
    series_choices,
)
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from tests.packs import VALID_FILES, write_pack

OBS = "observations.csv"


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


def small_pack(tmp_path, extra_obs: str = "", fx: str | None = None):
    files = {OBS: VALID_FILES[OBS] + extra_obs}
    if fx is not None:
        files["fx_rates.csv"] = fx
    return load_pack(write_pack(tmp_path / "pack", files))


def setup(**kw) -> ComparisonSetup:
    return ComparisonSetup().with_changes(**kw)


def figures(spec, key):
    return [f for p in spec.panels for s in p.series if s.key == key for f in s.figures]


def test_eu_goods_exports_2024_converted_to_usd_at_the_packs_2024_rate(default_pack):
    spec = build_comparison(default_pack, setup(indicator_id="goods_exports", basis="converted",
                                                currency="USD", chart="bar"))
    (eu,) = figures(spec, "eu>jp")
    assert eu.period == "2024"
    assert eu.value == pytest.approx(68.8 * 1.0820)  # bn USD: FRED 2024 annual average, 1 EUR = 1.0820 USD
    assert eu.display == "74.44 bn USD" and eu.published == "68.8 bn EUR"
    (us,) = figures(spec, "us>jp")
    assert us.value == pytest.approx(79.7) and us.display == "79.7 bn USD"
    assert [p.unit for p in spec.panels] == ["bn USD"]
    assert "Converted at 1 EUR = 1.0820 USD (2024 annual average) [1]." in spec.footnotes
    assert "“Foreign exchange rates, annual averages" in spec.sources[0][1]
    assert spec.warnings == ()  # both figures are for 2024


def test_index_uses_one_base_for_every_series_by_default(tmp_path):
    pack = small_pack(tmp_path)  # EU has 2023 and 2024, the US only 2024: they share 2024
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="index"))
    assert spec.kind is ChartKind.LINE and spec.panels[0].unit == "index (2024 = 100)"
    assert spec.index_base == "2024" and spec.base_choices == ("2024",)
    assert [f.value for f in figures(spec, "eu>jp")] == pytest.approx([64 / 68.8 * 100, 100.0])
    assert [f.value for f in figures(spec, "us>jp")] == pytest.approx([100.0])
    assert "(index, 2024 = 100)" in spec.subtitle
    assert spec.warnings == () and spec.drawable


def test_an_unshared_base_period_falls_back_to_the_shared_one_with_a_warning(tmp_path):
    pack = small_pack(tmp_path)
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="index", base_period="2023"))
    assert spec.index_base == "2024" and spec.panels[0].unit == "index (2024 = 100)"
    assert ("The base period 2023 is not shared by every series (United States → Japan has no "
            "figure for it): indexed on 2024, the latest period they all share.") in spec.warnings
    # one series alone: its own periods are shared, and the base it asks for is used
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="index", base_period="2023",
                                        series=["eu>jp"]))
    assert spec.index_base == "2023" and spec.base_choices == ("2023", "2024")
    assert [f.value for f in figures(spec, "eu>jp")] == pytest.approx([100.0, 68.8 / 64 * 100])
    assert spec.warnings == ()


def test_series_without_a_shared_period_are_not_indexed_and_the_chart_says_why(tmp_path):
    pack = small_pack(tmp_path, "goods_exports,us,jp,2022,70.0,USD,9,,nominal,src-a,\n",)
    pack = load_pack(write_pack(tmp_path / "disjoint", {OBS: VALID_FILES[OBS].replace(
        "goods_exports,us,jp,2024,79.7", "goods_exports,us,jp,2022,70.0")}))
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="index"))
    assert not spec.drawable and spec.index_base == ""
    assert all(f.value is None and f.display == "—" and Flag.NO_BASE in f.flags
               for p in spec.panels for s in p.series for f in s.figures)
    assert spec.warnings[0].startswith("No period is shared by every series (European Union → "
                                       "Japan: 2023, 2024; United States → Japan: 2022)")
    assert spec.empty_reason.startswith("No index is drawn: the compared series share no period")
    assert "share no base period" in spec.subtitle


def test_growth_names_the_compared_periods_and_marks_missing_earlier_figures(tmp_path):
    pack = small_pack(tmp_path)
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="growth", chart="bar"))
    assert spec.panels[0].unit == "% change, 2024 vs 2023" and "2024 vs 2023" in spec.subtitle
    (eu,) = figures(spec, "eu>jp")
    assert eu.value == pytest.approx(7.5) and eu.label == "+7.5 % [1]"
    (us,) = figures(spec, "us>jp")
    assert us.value is None and us.display == "—" and Flag.NO_EARLIER in us.flags
    assert ("— no growth rate: no earlier figure in the pack to compare with "
            "(United States → Japan 2024 [1]).") in spec.footnotes
    header, rows = spec.table()
    assert rows[1][header.index("2024")] == "— [1]"

    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="growth"))  # lines
    eu = figures(spec, "eu>jp")
    assert eu[0].value is None and eu[0].display == "—"
    assert eu[1].value == pytest.approx(7.5) and "2024 vs 2023 (68.8 bn EUR vs 64 bn EUR)" in eu[1].note


def test_growth_over_several_periods_says_which_in_a_footnote(tmp_path):
    pack = small_pack(tmp_path, "goods_exports,eu,jp,2025,70.0,EUR,9,,nominal,src-b,\n")
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="growth", series=["eu>jp"]))
    assert spec.panels[0].unit == "% change on the previous period"
    assert ("Growth compares each figure with its series' previous period in the pack: "
            "2024 vs 2023, 2025 vs 2024.") in spec.footnotes


def test_a_published_growth_rate_that_differs_from_the_levels_is_footnoted(default_pack):
    spec = build_comparison(default_pack, setup(indicator_id="goods_exports", basis="growth"))
    assert any(n.startswith("European Union → Japan, 2024: the source publishes +7.1 % [")
               and n.endswith("but its levels give +7.5 % (64 bn EUR → 68.8 bn EUR).")
               for n in spec.footnotes)
    spec = build_comparison(default_pack, setup(indicator_id="goods_exports_growth"))
    assert any(n.startswith("European Union → Japan, 2024: the source publishes +7.1 % [")
               and n.endswith("but its levels give +7.5 % (64 bn EUR → 68.8 bn EUR).")
               for n in spec.footnotes)
    # the US publishes +5.4 % on 2023; the pack's earlier US level is 2022: nothing to contradict
    assert not any(n.startswith("United States") for n in spec.footnotes)


def test_indexed_and_growth_figures_keep_their_qualifier(tmp_path):
    pack = small_pack(tmp_path, "goods_exports,eu,jp,2025,~70,EUR,9,~,nominal,src-b,\n".replace(
        "~70", "70"))
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="growth", series=["eu>jp"]))
    f2025 = next(f for f in figures(spec, "eu>jp") if f.period == "2025")
    assert f2025.display.startswith("~+1.7 %") and Flag.QUALIFIED in f2025.flags
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="index", series=["eu>jp"],
                                        base_period="2025"))
    values = {f.period: f for f in figures(spec, "eu>jp")}
    assert values["2024"].display.startswith("~")  # divided by an approximate base
    assert any(n.startswith("Hatched bars and hollow diamonds mark") for n in spec.footnotes)


def test_figures_carry_their_source_marker_in_labels_and_legends(default_pack):
    spec = build_comparison(default_pack, setup(indicator_id="goods_exports", basis="converted",
                                                currency="USD", chart="bar"))
    sources = dict(spec.sources)
    series = {s.key: s for p in spec.panels for s in p.series}
    us = series["us>jp"]
    assert us.legend_label == f"United States → Japan {us.figures[0].source_marker}"
    assert us.figures[0].label == f"79.7 bn USD {us.figures[0].source_marker}"
    assert "USTR" in sources[us.figures[0].source_marker]


def test_reader_notes_of_the_figures_shown_become_footnotes(tmp_path):
    pack = small_pack(tmp_path)
    spec = build_comparison(pack, setup(indicator_id="goods_exports", chart="bar"))
    (us,) = figures(spec, "us>jp")
    assert f"United States → Japan, 2024 {us.source_marker}: price effects" in spec.footnotes


def test_bars_from_different_periods_are_warned_about(tmp_path):
    pack = small_pack(tmp_path)
    spec = build_comparison(pack, setup(indicator_id="goods_exports", chart="bar", period="2023"))
    assert [f.period for f in figures(spec, "eu>jp")] == ["2023"]
    assert [f.period for f in figures(spec, "us>jp")] == ["2024"]  # has no 2023: its latest
    assert spec.warnings == ("The compared figures are from different periods: "
                             "European Union → Japan 2023, United States → Japan 2024.",)


def test_conflicting_sources_are_both_shown_with_the_spread(tmp_path):
    pack = small_pack(tmp_path, "goods_exports,eu,jp,2024,70.1,EUR,9,,nominal,src-a,\n")
    spec = build_comparison(pack, setup(indicator_id="goods_exports", chart="line"))
    eu_2024 = [f for f in figures(spec, "eu>jp") if f.period == "2024"]
    assert sorted(f.value for f in eu_2024) == pytest.approx([68.8, 70.1])
    assert all(Flag.CONFLICT in f.flags for f in eu_2024)
    assert any(w.startswith("Sources disagree on European Union → Japan 2024: 68.8 bn EUR [")
               and "(spread 1.3 bn EUR, 1.89 %). Both are shown." in w  # 1.3 / 68.8 = 1.8895 %
               for w in spec.warnings)
    header, rows = spec.table()
    assert "(conflict)" in rows[0][header.index("2024")]


def test_same_value_in_two_sources_is_not_a_conflict(tmp_path):
    pack = small_pack(tmp_path, "goods_exports,eu,jp,2024,68.8,EUR,9,,nominal,src-a,\n")
    spec = build_comparison(pack, setup(indicator_id="goods_exports", chart="line"))
    assert not any(Flag.CONFLICT in f.flags for f in figures(spec, "eu>jp"))


def test_missing_rate_leaves_the_figure_unconverted_and_flagged(tmp_path):
    pack = small_pack(tmp_path)  # fx has EUR/USD for 2024 only
    spec = build_comparison(pack, setup(indicator_id="goods_exports", basis="converted",
                                        currency="USD", chart="line"))
    eu = {f.period: f for f in figures(spec, "eu>jp")}
    assert eu["2023"].value == pytest.approx(64.0) and Flag.UNCONVERTED in eu["2023"].flags
    assert eu["2024"].value == pytest.approx(68.8 * 1.082)
    assert sorted(p.unit for p in spec.panels) == ["bn EUR", "bn USD"]  # never on one axis
    assert ("No EUR→USD rate for 2023 in this pack: 64 bn EUR is shown unconverted, on its own axis."
            in spec.warnings)


def test_different_units_get_separate_panels_and_twins_are_not_doubled(tmp_path):
    pack = small_pack(tmp_path)
    spec = build_comparison(pack, setup(indicator_id="defence_budget"))
    assert [p.unit for p in spec.panels] == ["tn JPY", "bn USD"]
    assert any("separate axes" in n for n in spec.footnotes)
    spec = build_comparison(pack, setup(indicator_id="defence_budget", basis="converted", currency="USD"))
    (only,) = figures(spec, "jp>")
    assert only.published == "~52.7 bn USD"  # the source's own dollar figure, not our conversion
    assert "FY2024: also published as 7.7 tn JPY; the source's own USD figure is shown." in spec.footnotes


def test_qualifiers_are_kept_everywhere(default_pack):
    spec = build_comparison(default_pack, setup(indicator_id="rare_earth_import_share_china"))
    (f,) = figures(spec, "jp>cn")
    assert f.display == ">60 %" and f.published == ">60 %" and Flag.QUALIFIED in f.flags
    assert any(n.startswith("Hatched bars and hollow diamonds mark figures published as a bound or "
                            "an approximation: > over") for n in spec.footnotes)
    assert ">60 % [1]" in spec.table()[1][0][2]


def test_filter_date_range_and_partners_apply(tmp_path):
    pack = small_pack(tmp_path)
    f = Filter(day_from=parse_bound("2024", upper=False))
    spec = build_comparison(pack, setup(indicator_id="goods_exports"), f)
    assert [fig.period for fig in figures(spec, "eu>jp")] == ["2024"]
    spec = build_comparison(pack, setup(indicator_id="goods_exports"), Filter().with_changes(partners={"us"}))
    assert [s.key for p in spec.panels for s in p.series] == ["us>jp"]
    spec = build_comparison(pack, setup(indicator_id="goods_exports"),
                            Filter(day_to=parse_bound("2020", upper=True)))
    assert spec.is_empty and spec.empty_reason.startswith("No figures for Goods exports in the current filter")


def test_linked_events_become_markers_on_line_charts(tmp_path):
    pack = small_pack(tmp_path)
    spec = build_comparison(pack, setup(indicator_id="goods_exports", chart="line"))
    assert [(m.event_id, m.date) for m in spec.markers] == [("epa", "1 Feb 2019")]
    spec = build_comparison(pack, setup(indicator_id="goods_exports", chart="line", markers="all"),
                            visible_events=[0, 2])
    assert [m.event_id for m in spec.markers] == ["epa", "us-deal"]
    spec = build_comparison(pack, setup(indicator_id="goods_exports", chart="bar"))
    assert spec.markers == ()


def test_choices_and_presets_for_the_default_pack(default_pack):
    groups = dict(indicator_choices(default_pack))
    assert "goods_exports" in [i for i, _, _ in groups["trade"]]
    assert series_choices(default_pack, "goods_exports") == [
        ("eu>jp", "European Union → Japan"), ("us>jp", "United States → Japan")]
    presets = presets_for(default_pack)
    assert len(presets) >= 5
    for preset in presets:  # every preset the default pack offers draws something
        spec = build_comparison(default_pack, setup(**preset.setup))
        assert not spec.is_empty, preset.id
        assert all(f.source_marker for p in spec.panels for s in p.series for f in s.figures)


def test_no_indicator_chosen_explains_itself(default_pack):
    spec = build_comparison(default_pack, ComparisonSetup())
    assert spec.is_empty and "Choose an indicator" in spec.empty_reason
    assert spec.basis is Basis.PUBLISHED


def test_an_actor_has_the_same_colour_in_charts_and_the_timeline(default_pack):
    from explorer.charts.palette import pack_actor_colours
    from explorer.charts.timeline_layout import build_placements

    colours = pack_actor_colours(default_pack)
    spec = build_comparison(default_pack, setup(indicator_id="goods_exports"))
    for s in spec.panels[0].series:
        assert s.colour == colours[s.actor]
    placements = build_placements(default_pack, "domain")
    for label, hex_colour in zip(placements.palette_labels, placements.palette):
        actor = {v: k for k, v in default_pack.actor_names.items()}.get(label)
        if actor is not None:
            assert hex_colour == colours[actor], label
    assert colours["eu"] != colours["us"]


def test_footnotes_describe_only_the_figures_shown(default_pack):
    spec = build_comparison(default_pack, setup(indicator_id="goods_exports", basis="converted",
                                                currency="USD", chart="bar"))
    assert not any("2023" in n for n in spec.footnotes)  # only 2024 is on the bars
    (eu,) = figures(spec, "eu>jp")
    assert ".; " not in eu.note and "converted at 1 EUR = 1.0820 USD" in eu.note


@pytest.mark.parametrize("basis,title", [("growth", "Goods exports: % change"),
                                         ("index", "Goods exports, indexed"),
                                         ("published", "Goods exports")])
def test_the_title_says_when_a_chart_shows_a_rate_or_an_index(basis, title):
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path

    spec = build_comparison(load_pack(default_pack_path()),
                            ComparisonSetup(indicator_id="goods_exports", basis=basis))
    assert spec.title == title


def test_a_published_rate_is_checked_only_against_the_level_just_before(tmp_path):
    """A published annual rate (+5.4 % on 2023) is not 'contradicted' by a level two years earlier."""
    indicators = (VALID_FILES["indicators.csv"]
                  + "goods_exports_growth,Goods exports growth,% change on the previous year,trade,rate\n")
    rows = ("goods_exports,us,jp,{year},70,USD,9,,nominal,src-b,\n"
            "goods_exports_growth,us,jp,2024,5.4,%,0,,nominal,src-b,\n")

    def notes(year: str) -> list[str]:
        pack = load_pack(write_pack(tmp_path / year, {OBS: VALID_FILES[OBS] + rows.format(year=year),
                                                      "indicators.csv": indicators}))
        out = []
        for kw in ({"indicator_id": "goods_exports_growth"},
                   {"indicator_id": "goods_exports", "basis": "growth"}):
            out += [n for n in build_comparison(pack, setup(**kw)).footnotes
                    if n.startswith("United States → Japan, 2024: the source publishes")]
        return out

    assert notes("2022") == []
    # the same levels a year later are the year just before: the difference is said, both ways
    assert [n.endswith("but its levels give +13.9 % (70 bn USD → 79.7 bn USD).")
            for n in notes("2023")] == [True, True]


def test_a_question_with_a_missing_side_says_so_instead_of_showing_one_bar():
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path
    from explorer.state.filters import Filter

    pack = load_pack(default_pack_path())
    eu_us = ComparisonSetup(indicator_id="goods_exports", basis="converted", currency="USD",
                            chart="bar", series=("eu>jp", "us>jp"))
    assert not [w for w in build_comparison(pack, eu_us).warnings if w.startswith("No figure for")]
    only_eu = build_comparison(pack, eu_us, Filter(partners=frozenset({"eu"})))
    missing = [w for w in only_eu.warnings if w.startswith("No figure for")]
    assert missing and "United States → Japan" in missing[0] and "shows only European Union" in missing[0]


def test_a_cumulative_total_is_named_as_its_span_never_as_its_last_year():
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path

    spec = build_comparison(load_pack(default_pack_path()),
                            ComparisonSetup(indicator_id="gcap_rd_budget", chart="bar"))
    periods = {f.period for p in spec.panels for s in p.series for f in s.figures}
    assert periods == {"through 2035"}
    header, _rows = spec.table()
    assert "through 2035" in header and "2035" not in [h for h in header if h != "through 2035"]


def test_japanese_labels_name_actors_indicators_and_phrases_but_keep_periods():
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path

    pack = load_pack(default_pack_path())
    growth = build_comparison(pack, ComparisonSetup().with_changes(
        indicator_id="goods_exports", basis="growth"), lang="ja")
    assert growth.label_language == "ja"
    assert growth.title == "財の輸出額：伸び率"  # the pack's indicators.name_ja
    assert growth.subtitle.startswith("報告国から相手国への当該期間の財の輸出額"), growth.subtitle
    labels = {s.label for p in growth.panels for s in p.series}
    assert labels == {"欧州連合 → 日本", "アメリカ合衆国 → 日本"}
    assert growth.table()[0][:2] == ["系列", "単位"]
    assert all(line.endswith("年.") or "年" in line.rsplit("”", 1)[-1] for _m, line in growth.sources)
    index = build_comparison(pack, ComparisonSetup().with_changes(
        indicator_id="goods_exports", basis="index"), lang="ja")
    assert index.panels[0].unit.startswith("指数（") and index.panels[0].unit.endswith("＝100）")
    both = build_comparison(pack, ComparisonSetup().with_changes(indicator_id="goods_exports"),
                            lang="both")
    assert "European Union / 欧州連合 → Japan / 日本" in {s.label for p in both.panels for s in p.series}
    assert both.title == "Goods exports / 財の輸出額"
    english = build_comparison(pack, ComparisonSetup().with_changes(indicator_id="goods_exports"))
    assert english.label_language == "en" and english.table()[0][:2] == ["Series", "Unit"]
    assert english.title == "Goods exports" and english.subtitle.startswith("Value of merchandise")


def test_an_indicator_without_japanese_keeps_its_name_in_japanese_labels(tmp_path):
    pack = small_pack(tmp_path)
    assert "name_ja" in pack.indicators.columns and set(pack.indicators["name_ja"]) == {""}
    ind = pack.indicators.iloc[0]
    spec = build_comparison(pack, setup(indicator_id=ind["id"]), lang="ja")
    assert spec.title == ind["name"] and ind["description"] in spec.subtitle
    (_domain, group), *_ = indicator_choices(pack, "ja")
    assert {name for _i, name, _d in group} <= set(pack.indicators["name"])


def test_a_phrase_the_catalogue_lacks_stays_english():
    from explorer.domain.labels import phrase

    assert phrase("No such phrase {x}", "ja", x=1) == "No such phrase 1"
    assert phrase("Notes and sources", "ja") == "注記・出典"
    assert phrase("Notes and sources", "both") == "Notes and sources / 注記・出典"
