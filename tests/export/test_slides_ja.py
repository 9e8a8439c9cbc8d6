"""Slides' own words in the label language, Qt-free: the filter in words, an event's slide, the
appendix and a chart's speaker notes. English stays as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import day_number
from explorer.export import slides as sl
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

FILTER = Filter().with_changes(partners=["eu"], domains=["trade"], statuses=["in_force"],
                               day_from=day_number(dt.date(2018, 1, 1)), text="EPA")


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def test_the_filter_in_words_in_english_is_unchanged(pack):
    assert sl.describe_filter(pack, Filter()) == "No filter: every event and figure of the pack."
    assert sl.describe_filter(pack, FILTER) == (
        "Filter: partners European Union (as formal parties); domains trade; statuses in force; "
        "dates 2018-01-01 to …; text “EPA”.")


def test_the_filter_in_words_in_japanese(pack):
    assert sl.describe_filter(pack, Filter(), "ja") == "絞り込みなし：データパックのすべての出来事と数値。"
    assert sl.describe_filter(pack, FILTER, "ja") == (
        "絞り込み：国・地域 欧州連合（正式な当事者として）；分野 貿易；状況 発効済み；"
        "期間 2018-01-01～…；検索語「EPA」。")
    both = sl.describe_filter(pack, FILTER, "both")
    assert both.startswith("Filter: partners European Union / 欧州連合 (as formal parties)")


def test_an_event_slide_in_japanese(pack):
    s = sl.event_slide(pack, "eu-jp-epa", label_language="ja", receipt_json="{}")
    assert s.title == "日EU経済連携協定（EPA）" and s.subtitle == "出来事の詳細"
    assert s.paragraphs[0] == "EU-Japan Economic Partnership Agreement (EPA)"  # for reference
    assert s.paragraphs[1].startswith("2019年2月1日") and "発効済み" in s.paragraphs[1]
    assert any(p.startswith("当事者：") and "欧州連合" in p for p in s.paragraphs)
    assert any(p.startswith("分野：") and "貿易" in p for p in s.paragraphs)
    assert any(p.startswith("経過：") and "署名" in p for p in s.paragraphs)
    assert "出典：" in s.notes and "再現情報（レシート）：" in s.notes and "Sources:" not in s.notes
    assert s.lang == "ja"
    english = sl.event_slide(pack, "eu-jp-epa")
    assert english.subtitle == "Event detail" and english.title.startswith("EU-Japan")
    assert english.paragraphs[0] == "日EU経済連携協定（EPA）"
    assert any(p.startswith("Parties: ") for p in english.paragraphs)


def test_a_timeline_appendix_slide_in_japanese(pack):
    s = sl.timeline_slide(pack, b"", "", rows=[0, 1, 2], labelled=[0], title="年表",
                          label_language="ja")
    assert s.appendix_title == "年表上に名称を表示できなかった出来事"
    assert s.footnotes == ("全3件中1件の出来事を図示しています。その他は付録に掲載しています。",)
    appendix = sl.appendix_slide(s)
    assert appendix.subtitle == "「年表」の付録" and appendix.lang == "ja"
    assert all("（" in line and "年" in line for line in appendix.paragraphs)
    assert s.source_line.startswith("出典：")


def test_a_chart_s_speaker_notes_in_japanese(pack):
    setup = ComparisonSetup(indicator_id="goods_exports", basis="converted", currency="USD",
                            chart="bar")
    spec = build_comparison(pack, setup, Filter(), None, lang="ja")
    notes = sl.chart_slide(spec, receipt_json="{}").notes
    assert "出典：" in notes and "再現情報（レシート" in notes
    assert "Sources:" not in notes and "Receipt" not in notes.split("{}")[0]
    if spec.footnotes:
        assert "注記・換算レート：" in notes
    english = sl.chart_slide(build_comparison(pack, setup, Filter(), None), receipt_json="{}").notes
    assert "Sources:" in english and "Receipt (regenerate with" in english


def test_a_japanese_slide_is_dated_the_japanese_way(pack):
    import re

    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", sl.timeline_slide(pack, b"", "",
                                                                       label_language="ja").date)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", sl.timeline_slide(pack, b"", "").date)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", sl.timeline_slide(pack, b"", "",
                                                              label_language="both").date)
