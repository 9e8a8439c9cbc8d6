"""Facts of the default pack that were audited and corrected (docs/default-pack.md, *Audit log*).

Each test reads the shipped pack through the real loader and holds one corrected fact, so that a
later edit cannot silently bring the old error back.
"""

from __future__ import annotations

import pytest

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.state.filtering import filter_events
from explorer.state.filters import Filter


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def _event(pack, event_id):
    return pack.events.set_index("id").loc[event_id]


def _stages(pack, event_id) -> dict[str, list[str]]:
    ms = pack.milestones[pack.milestones.event_id == event_id]
    out: dict[str, list[str]] = {}
    for stage, date in zip(ms.stage, ms.date):
        out.setdefault(stage, []).append(date)
    return out


def _obs(pack, indicator, reporter, partner, period):
    o = pack.observations
    hit = o[(o.indicator_id == indicator) & (o.reporter == reporter) & (o.partner == partner)
            & (o.period == period)]
    assert len(hit) == 1, (indicator, reporter, partner, period, len(hit))
    return hit.iloc[0]


def _cited(pack, source_id) -> dict:
    src = pack.source_by_id[source_id]
    assert src["publisher"] and src["published"] and src["url"].startswith("http"), source_id
    return src


# -- agreements: status, dates, Japanese names -------------------------------------------------

def test_the_eu_japan_spa_is_in_force_since_1_january_2025(pack):
    spa = _event(pack, "eu-jp-spa")
    assert (spa.status, spa.start) == ("in_force", "2025-01-01")
    assert "pending ratification" not in spa.summary
    assert "1 January 2025" in spa.summary and "2025年1月1日に発効" in spa.summary_ja
    stages = _stages(pack, "eu-jp-spa")
    assert stages["signed"] == ["2018-07-17"]
    assert stages["provisional_application"] == ["2019-02-01"]
    assert "2024-04-05" in stages["ratified"]
    assert stages["entry_into_force"] == ["2025-01-01"]
    cited = set(spa.source_ids.split(";"))
    assert {"src-japannews-2025-01-02-spa", "src-eeas-2025-01-01-spa"} <= cited
    assert "1 January 2025" in _cited(pack, "src-japannews-2025-01-02-spa")["note"]


@pytest.mark.parametrize("event_id, title_ja", [
    ("us-jp-trade-agreement-2019", "日米貿易協定（2019年）"),
    ("us-jp-digital-trade-agreement", "日米デジタル貿易協定"),
])
def test_the_2019_us_japan_agreements_are_on_the_timeline(pack, event_id, title_ja):
    ev = _event(pack, event_id)
    assert (ev.status, ev.start, ev.parties, ev.title_ja) == ("in_force", "2020-01-01", "us;jp", title_ja)
    stages = _stages(pack, event_id)
    assert stages["signed"] == ["2019-10-07"] and stages["entry_into_force"] == ["2020-01-01"]
    for source_id in ev.source_ids.split(";"):
        _cited(pack, source_id)
    ms = pack.milestones[pack.milestones.event_id == event_id]
    assert set(ms.source_id) == {"src-ustr-us-jp-trade-agreement"}  # USTR, not a law firm's note
    assert _cited(pack, "src-ustr-us-jp-trade-agreement")["url"].startswith("https://ustr.gov/")


def test_a_us_japan_trade_agreement_was_in_force_before_2025(pack):
    rows = filter_events(pack, Filter(partners=frozenset({"us"}), domains=frozenset({"trade"}),
                                      kinds=frozenset({"agreement"}), statuses=frozenset({"in_force"})))
    starts = pack.events.iloc[rows].set_index("id").start
    assert any(start < "2025" for start in starts), dict(starts)


def test_gcap_convention_and_organisation_carry_japans_official_names(pack):
    conv = _event(pack, "gcap-convention")
    assert conv.title_ja.startswith("グローバル戦闘航空プログラム（GCAP）政府間機関の設立に関する条約")
    assert "src-mofa-2023-12-14-gigo-ja" in conv.source_ids.split(";")
    gigo = pack.actors.set_index("id").loc["gigo"]
    assert gigo.name_ja == "GCAP政府間機関（GIGO）"
    assert gigo["name"] == "GCAP International Government Organisation (GIGO)"


@pytest.mark.parametrize("event_id, title_ja, source_id", [
    ("jp-uk-raa", "日・英部隊間協力円滑化協定（RAA）", "src-mofa-2023-09-15-raa-ja"),
    ("eu-jp-epa-data-flows", "日・EU経済連携協定改正議定書（データの自由な流通）",
     "src-mofa-2024-05-27-data-protocol-eif"),
    ("eu-anti-coercion-instrument", "EU反威圧手段規則（ACI）", "src-jetro-2023-11-08-aci"),
])
def test_japanese_titles_are_the_names_japans_government_uses(pack, event_id, title_ja, source_id):
    ev = _event(pack, event_id)
    assert ev.title_ja == title_ja
    assert source_id in ev.source_ids.split(";")
    _cited(pack, source_id)


@pytest.mark.parametrize("event_id, official", [
    ("eu-jp-epa", "経済上の連携に関する日本国と欧州連合との間の協定"),
    ("eu-jp-spa", "日本国と欧州連合及び欧州連合構成国との間の戦略的パートナーシップ協定"),
    ("eu-jp-epa-data-flows", "経済上の連携に関する日本国と欧州連合との間の協定を改正する議定書"),
    ("jp-uk-raa", "日本国の自衛隊とグレートブリテン及び北アイルランド連合王国の軍隊との間における"
                  "相互のアクセス及び協力の円滑化に関する日本国とグレートブリテン及び北アイルランド"
                  "連合王国との間の協定"),
    ("us-jp-trade-agreement-2019", "日本国とアメリカ合衆国との間の貿易協定"),
])
def test_the_official_japanese_title_is_given_where_the_common_name_is_shown(pack, event_id, official):
    assert f"正式名称は「{official}」" in _event(pack, event_id).summary_ja


def test_the_spa_entry_into_force_cites_mofas_exchange_of_instruments(pack):
    ms = pack.milestones[pack.milestones.event_id == "eu-jp-spa"]
    by_date = dict(zip(ms.date, ms.source_id))
    assert by_date["2024-11-01"] == by_date["2025-01-01"] == "src-mofa-2024-11-01-spa-ratification"
    assert _stages(pack, "eu-jp-spa")["ratified"] == ["2018-12-21", "2024-04-05", "2024-11-01"]
    src = _cited(pack, "src-mofa-2024-11-01-spa-ratification")
    assert src["url"].startswith("https://www.mofa.go.jp/") and "1 Jan 2025" in src["note"]


def test_the_data_flow_protocol_dates_follow_mofa(pack):
    stages = _stages(pack, "eu-jp-epa-data-flows")
    assert stages["signed"] == ["2024-01-31"]
    assert stages["ratified"] == ["2024-04-29", "2024-05-27"]  # EU conclusion; notes exchanged
    assert stages["entry_into_force"] == ["2024-07-01"]
    assert _event(pack, "eu-jp-epa-data-flows").start == "2024-07-01"


def test_the_supplementary_budgets_1_1tn_is_defence_and_related_spending(pack):
    added = _obs(pack, "supplementary_defence_addition", "jp", "", "FY2025")
    assert (added.value, added.qualifier) == (1.1, "~")  # 約1兆1000億円
    assert "defence-related" in added.note and "847.2bn" in added.note
    ev = _event(pack, "jp-fy2025-supplementary-budget")
    assert "defence and defence-related spending" in ev.summary and "8472億円" in ev.summary_ja
    assert "src-jiji-2025-11-28-supplementary-defence" in ev.source_ids.split(";")


def test_the_fy2024_defence_request_is_dated_to_the_day_with_its_exact_amount(pack):
    ev = _event(pack, "jp-fy2024-defence-budget-request")
    assert ev.start == "2023-08-31" and "7兆7385億円" in ev.summary_ja
    assert _stages(pack, "jp-fy2024-defence-budget-request")["announced"] == ["2023-08-31"]
    o = pack.observations
    yen = o[(o.indicator_id == "defence_budget_request") & (o.unit == "JPY")]
    assert list(yen.value) == [7.7]  # the article's rounding stays as published


@pytest.mark.parametrize("source_id, title", [
    ("src-ec-2025-hled6", "EU and Japan reaffirm close cooperation on trade and economic security"),
    ("src-jiji-2025-09-11-jera-alaska", "Jera Considering Procuring Alaska LNG"),
])
def test_sources_carry_their_own_titles_and_addresses(pack, source_id, title):
    src = _cited(pack, source_id)
    assert src["title"] == title


def test_the_anglo_japanese_alliance_has_its_signing_and_end_dates(pack):
    ev = _event(pack, "anglo-japanese-alliance")
    assert (ev.start, ev.end, ev.status) == ("1902-01-30", "1923-08-17", "expired")
    stages = _stages(pack, "anglo-japanese-alliance")
    assert stages["signed"] == ["1902-01-30"] and stages["terminated"] == ["1923-08-17"]


@pytest.mark.parametrize("source_id, title_start", [
    ("src-mofcom-2023-gallium", "Announcement on Export Control of Gallium and Germanium-Related Items"),
    ("src-wh-2025-03-26-autos", "Adjusting Imports of Automobiles and Automobile Parts Into the United States"),
])
def test_official_documents_are_cited_by_their_own_titles(pack, source_id, title_start):
    src = pack.source_by_id[source_id]
    assert src["title"].startswith(title_start)
    assert "Descriptive title" not in src["note"]


def test_chinas_2010_rare_earth_halt_starts_on_21_september(pack):
    ev = _event(pack, "cn-rare-earth-curbs-2010")
    assert (ev.start, ev.end) == ("2010-09-21", "")  # no agreed end: reports disagree
    assert "src-nyt-2010-10-29-rare-earths-resume" in ev.source_ids.split(";")


# -- parties are formal parties ----------------------------------------------------------------

def test_the_us_japan_minerals_framework_has_two_parties(pack):
    ev = _event(pack, "us-jp-critical-minerals-framework")
    assert ev.parties == "us;jp"
    assert {"au", "id", "trump", "takaichi"} <= set(ev.involved.split(";"))
    australia = pack.events.iloc[filter_events(pack, Filter(partners=frozenset({"au"})))]
    assert "us-jp-critical-minerals-framework" not in set(australia.id)


def test_leaders_are_involved_not_parties_except_in_elections(pack):
    people = set(pack.actors[pack.actors.kind == "person"].id)
    for ev in pack.events.itertuples():
        if ev.kind != "election":
            assert not people & set(ev.parties.split(";")), ev.id
    arrangement = _event(pack, "eu-jp-crm-arrangement")
    assert arrangement.parties == "european-commission;jogmec"


# -- EU-Japan aggregates: the Commission's page, exact values ----------------------------------

def test_eu_japan_services_figures_cite_the_commission_with_their_base_year(pack):
    total = _obs(pack, "services_trade_total", "eu", "jp", "2023")
    assert (total.value, total.qualifier, total.source_id) == (58.0, "", "src-ec-trade-japan")
    assert "goods figure" not in total.note
    base = _obs(pack, "services_trade_total", "eu", "jp", "2018")
    assert (base.value, base.source_id) == (43.2, "src-ec-trade-japan")
    rise = _obs(pack, "services_trade_growth_cumulative", "eu", "jp", "2018/2023")  # a span
    assert (rise.value, rise.source_id) == (34.7, "src-ec-trade-japan")
    assert "2018" in rise.note and "early 2020" not in rise.note
    assert _cited(pack, "src-ec-trade-japan")["url"].startswith(
        "https://policy.trade.ec.europa.eu/eu-trade-relationships-country-and-region/")


def test_eu_japan_total_trade_growth_is_the_commissions(pack):
    cumulative = _obs(pack, "trade_total_growth_cumulative", "eu", "jp", "2018/2023")
    yearly = _obs(pack, "trade_total_growth_avg_annual", "eu", "jp", "2023")
    assert (cumulative.value, cumulative.source_id) == (20.4, "src-ec-trade-japan")
    assert (yearly.value, yearly.qualifier, yearly.source_id) == (3.8, "", "src-ec-trade-japan")
    assert "nearly 4%" in yearly.note  # the article's rounding stays visible
    assert _obs(pack, "services_trade_balance", "eu", "jp", "2023").value == 17.6
    assert _obs(pack, "trade_total_balance", "eu", "jp", "2023").value == 10.2
    assert _obs(pack, "goods_trade_balance", "eu", "jp", "2024").value == 3.1


# -- article errors: kept as the article says, flagged with the public figure ------------------

def test_the_us_versus_russian_lng_claim_is_flagged_with_the_volumes(pack):
    us = _obs(pack, "lng_imports_volume", "jp", "us", "2024")
    ru = _obs(pack, "lng_imports_volume", "jp", "ru", "2024")
    assert (us.value, ru.value, us.unit) == (6.3, 5.7, "Mt") and us.value > ru.value
    share = _obs(pack, "lng_imports_share", "jp", "us", "2024")
    assert share.value == 8.7  # as the article says
    assert "6.3 Mt" in share.note and "5.7 Mt" in share.note
    _cited(pack, us.source_id)


def test_the_articles_dollar_conversion_of_us_lng_is_flagged_against_the_packs_rate(pack):
    fx = pack.fx_rates
    rate = fx[(fx.period == "2024") & (fx.base == "USD") & (fx.kind == "annual_average")].rate.iloc[0]
    at_our_rate = 542.6 / rate
    o = pack.observations
    converted = o[(o.indicator_id == "lng_imports_value") & (o.unit == "USD")].iloc[0]
    gap = round((converted.value / at_our_rate - 1) * 100)
    assert gap == 6
    assert f"about US${at_our_rate:.2f}bn" in converted.note and f"about {gap}% higher" in converted.note


# -- periods: spans and assumptions said, not hidden -------------------------------------------

def test_gcap_funding_through_2035_is_a_span_not_a_2035_value(pack):
    o = pack.observations
    rows = list(o[o.indicator_id == "gcap_rd_budget"].itertuples())
    assert rows
    for row in rows:
        assert row.period == "../2035"  # through 2035, start not stated: never "2035"
        assert row.note.startswith("Cumulative") and "not spending in 2035" in row.note
    plan = o[o.indicator_id == "defence_buildup_plan_total"].iloc[0]
    assert plan.period == "FY2023/FY2027"


def test_every_assumed_period_is_said_in_the_reader_note(pack):
    o = pack.observations
    for row in o.itertuples():
        working = f"{row.note} {row.editor_note}".lower()
        if "assumed" in working or "taken as" in working:
            assert "assumed" in row.note.lower(), (row.indicator_id, row.period, row.note)


# -- the presets' questions have figures on both sides -----------------------------------------

@pytest.mark.parametrize("indicator, sides", [
    ("goods_exports", {"eu>jp", "us>jp"}),
    ("goods_trade_balance", {"eu>jp", "us>jp"}),
    ("services_exports", {"eu>jp", "us>jp"}),
    ("services_imports", {"eu>jp", "us>jp"}),
    ("fdi_stock", {"jp>eu", "jp>us"}),
    ("goods_exports_growth", {"eu>jp", "us>jp"}),
])
def test_eu_and_us_both_have_cited_figures(pack, indicator, sides):
    o = pack.observations[pack.observations.indicator_id == indicator]
    assert {f"{r}>{p}" for r, p in zip(o.reporter, o.partner)} >= sides
    for source_id in set(o.source_id):
        src = pack.source_by_id[source_id]
        assert src["publisher"] and src["published"]

