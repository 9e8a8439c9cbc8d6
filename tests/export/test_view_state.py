"""VIEW.json and receipts: every field checked, readable dates accepted, round trips exact."""

from __future__ import annotations

import json

import pytest

from explorer.domain.dates import parse_bound
from explorer.export.view_state import ExportOptions, Receipt, ViewError, ViewState, read_view_file
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter


def test_round_trip_through_json():
    view = ViewState(view="timeline", filter=Filter().with_changes(partners={"eu"}, text="tariff"),
                     comparison=ComparisonSetup(indicator_id="goods_exports", basis="index"))
    receipt = Receipt(view, ExportOptions.make("pdf", "1280x720", 1, "RESTRICTED"), "p", "1", "ab" * 32)
    again = Receipt.from_json(receipt.to_json())
    assert again.view == view and again.options == receipt.options and again.pack_sha256 == "ab" * 32


def test_readable_dates_are_accepted(tmp_path):
    f = tmp_path / "v.json"
    f.write_text(json.dumps({"view": "chart", "filter": {"from": "2019", "to": "2023-06"},
                             "comparison": {"indicator_id": "goods_exports"}}), encoding="utf-8")
    view, _ = read_view_file(f)
    assert view.filter.day_from == parse_bound("2019", upper=False)
    assert view.filter.day_to == parse_bound("2023-06", upper=True)


@pytest.mark.parametrize("doc,message", [
    ({"view": "slide"}, "view.view: must be one of chart, table, timeline, event"),
    ({"filter": {"partner": ["eu"]}}, "filter: unknown field 'partner'"),
    ({"filter": {"partners": "eu"}}, "filter.partners: must be a list of ids"),
    ({"filter": {"from": "2019-13"}}, "filter.from: impossible date: no month 13"),
    ({"comparison": {"basis": "log"}}, "comparison: basis must be one of"),
    ({"comparison": {"currency": 5}}, "comparison.currency: must be text"),
    ({"comparison": {"indicator": "x"}}, "comparison: unknown field 'indicator'"),
    ({"view": "event"}, "event_id: an event view needs the id of an event"),
    ({"pack": "https://example.org/p.zip"}, "packs are local files, not URLs"),
    ({"timeline": {"lanes": "actor"}}, "timeline.lanes: must be 'partner' or 'domain'"),
])
def test_bad_views_name_the_field(doc, message):
    with pytest.raises(ViewError) as info:
        ViewState.from_dict(doc, "view")
    assert message in str(info.value)


@pytest.mark.parametrize("kwargs,message", [
    ({"format": "gif"}, "format: must be one of"),
    ({"format": "png", "size": "10x10"}, "size: each side must be 200 to"),
    ({"format": "png", "size": "wide"}, "size: expected WIDTHxHEIGHT"),
    ({"format": "png", "scale": 9}, "scale: must be 1 to 4"),
    ({"format": "png", "marking": "a\nb"}, "marking: one line"),
])
def test_bad_options_are_refused(kwargs, message):
    with pytest.raises(ViewError, match=message):
        ExportOptions.make(**kwargs)


def test_not_a_receipt():
    with pytest.raises(ViewError, match="not a Briefing Explorer receipt"):
        Receipt.from_json('{"app": "other"}')
    with pytest.raises(ViewError, match="not valid JSON"):
        Receipt.from_json("{")


@pytest.mark.parametrize("text,message", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"view": "chart", "subtitle": 5}', ".subtitle must be text"),
    ('{"view": "chart", "pack": "https://example.org/p.zip"}', "packs are local files"),
])
def test_hostile_view_files_end_in_one_line_naming_the_file(tmp_path, text, message):
    path = tmp_path / "view.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ViewError, match=message) as e:
        read_view_file(path)
    assert str(path) in str(e.value) and "\n" not in str(e.value)


def test_titles_are_one_line_and_the_subtitle_round_trips():
    view = ViewState.from_dict({"view": "chart", "title": "Line one\nline two", "subtitle": "Sub\ttitle"})
    assert view.title == "Line one line two" and view.subtitle == "Sub title"
    assert ViewState.from_dict(view.to_dict()) == view
    assert "subtitle" not in ViewState().to_dict()  # files without one stay as they were


def test_label_language_round_trips_and_old_receipts_read_as_english():
    from explorer.export.view_state import ViewState

    old = ViewState().to_dict()
    assert "label_language" not in old  # receipts written in English read as they always did
    assert ViewState.from_dict(old).label_language == "en"
    ja = ViewState(label_language="ja")
    assert ViewState.from_dict(ja.to_dict()).label_language == "ja"


def test_an_unknown_label_language_names_the_field():
    import pytest

    from explorer.export.view_state import ViewError, ViewState

    with pytest.raises(ViewError, match=r"view\.label_language"):
        ViewState.from_dict({"label_language": "fr"})
