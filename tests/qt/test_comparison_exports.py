"""Comparisons that cannot mislead, checked in what the exports wrote: the PowerPoint deck is opened
again with python-pptx, the PNG's chart is the same ChartView the window shows."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_LABEL_POSITION
from pptx.enum.dml import MSO_FILL

from explorer.data.pack_loader import load_pack
from explorer.export.view_state import ExportOptions, ViewState
from explorer.paths import default_pack_path
from explorer.qt import exporting
from explorer.state.comparison_setup import ComparisonSetup
from tests.packs import VALID_FILES, write_pack


def view_of(pack: str = "", **setup) -> ViewState:
    return ViewState(view="chart", pack=pack, comparison=ComparisonSetup().with_changes(**setup))


def deck(view: ViewState, tmp_path, name: str = "out"):
    out = exporting.export_view(view, ExportOptions.make("pptx", "1920x1080", 1, "OFFICIAL"),
                                tmp_path / f"{name}.pptx")
    return Presentation(str(out))


def charts(prs):
    return [shape.chart for shape in prs.slides[0].shapes if shape.has_chart]


def slide_text(prs) -> str:
    return "\n".join(shape.text_frame.text for shape in prs.slides[0].shapes if shape.has_text_frame)


def labels(series) -> dict[int, str]:
    """Data-label text of each labelled point of a chart series, by category index."""
    out = {}
    for j in range(len(series.values)):
        dl = series.points[j].data_label
        if dl.has_text_frame and dl.text_frame.text:
            out[j] = dl.text_frame.text
    return out


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


def spec_of(view: ViewState, pack):
    return exporting.spec_for(view, pack, exporting.session_for(view, pack))


def test_bar_categories_carry_their_period_and_series_their_source_numbers(qapp, tmp_path, default_pack):
    view = view_of(indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")
    sources = dict(spec_of(view, default_pack).sources)
    (chart,) = charts(deck(view, tmp_path))
    plot = chart.plots[0]
    assert list(plot.categories) == ["European Union → Japan (2024)", "United States → Japan (2024)"]
    names = [s.name for s in plot.series]
    assert names[0].startswith("European Union → Japan [") and names[1].startswith("United States → Japan [")
    us_marker = names[1].rpartition(" ")[2]
    assert "USTR" in sources[us_marker]  # the number on the chart is the one the sources list
    assert labels(plot.series[1]) == {1: f"79.7 bn USD {us_marker}"}
    eu_marker = names[0].rpartition(" ")[2]
    assert labels(plot.series[0]) == {0: f"74.44 bn USD {eu_marker}"}


def test_a_qualified_bar_is_hatched_and_labelled_with_its_qualifier(qapp, tmp_path, default_pack):
    view = view_of(indicator_id="lng_imports_value", basis="converted", currency="USD", chart="bar")
    spec = spec_of(view, default_pack)
    (chart,) = charts(deck(view, tmp_path))
    (series,) = chart.plots[0].series
    marker = spec.panels[0].series[0].figures[0].source_marker
    assert labels(series) == {0: f"~3.8 bn USD {marker}"}
    assert series.points[0].format.fill.type == MSO_FILL.PATTERNED
    assert any(n.startswith("Hatched bars and hollow diamonds mark figures published as a bound")
               for n in spec.footnotes)


def test_growth_names_the_compared_periods_and_a_missing_rate_is_a_dash(qapp, tmp_path, default_pack):
    view = view_of(indicator_id="goods_exports", basis="growth", chart="bar")
    prs = deck(view, tmp_path)
    (chart,) = charts(prs)
    assert chart.value_axis.axis_title.text_frame.text == "% change, 2024 vs 2023"
    cats = list(chart.plots[0].categories)
    assert cats[0] == "European Union → Japan (2024)"
    assert cats[1].startswith("United States → Japan (2024): — [")  # no 2023 US figure
    eu_marker = chart.plots[0].series[0].name.rpartition(" ")[2]
    assert labels(chart.plots[0].series[0]) == {0: f"+7.5 % {eu_marker}"}
    assert chart.plots[0].series[1].values[1] is None  # never a zero-height bar
    spec = spec_of(view, default_pack)
    assert any(n.startswith("— no growth rate: no earlier figure") for n in spec.footnotes)
    assert any("the source publishes +7.1 %" in n and "+7.5 %" in n for n in spec.footnotes)


def test_index_lines_share_one_base_and_their_labels_do_not_overlap(qapp, tmp_path):
    view = view_of(indicator_id="goods_exports", basis="index", chart="line")
    (chart,) = charts(deck(view, tmp_path))
    assert chart.value_axis.axis_title.text_frame.text == "index (2024 = 100)"
    eu, us = chart.plots[0].series
    assert list(chart.plots[0].categories) == ["2023", "2024"]
    assert eu.values[1] == pytest.approx(100.0) and us.values[1] == pytest.approx(100.0)
    assert labels(eu) == {1: "100 [1]"} and labels(us) == {1: "100 [2]"}  # last points only
    positions = {eu.points[1].data_label.position, us.points[1].data_label.position}
    assert positions == {XL_LABEL_POSITION.ABOVE, XL_LABEL_POSITION.BELOW}


def test_an_index_without_a_shared_period_draws_no_chart_and_says_why(qapp, tmp_path):
    obs = VALID_FILES["observations.csv"].replace("goods_exports,us,jp,2024,79.7",
                                                  "goods_exports,us,jp,2022,70.0")
    pack = write_pack(tmp_path / "pack", {"observations.csv": obs})
    prs = deck(view_of(str(pack), indicator_id="goods_exports", basis="index"), tmp_path)
    assert charts(prs) == []
    text = slide_text(prs)
    assert "⚠ No period is shared by every series" in text
    assert "nothing is indexed" in text


def test_the_exported_image_chart_shows_markers_and_periods(qapp, tmp_path, default_pack):
    """PNG/SVG/PDF paint the window's ChartView: its legend and labels are what the image shows."""
    view = view_of(indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")
    _slide, content, spec = exporting.build_slide(
        view, default_pack, ExportOptions.make("png", "1920x1080", 1, ""))
    try:
        content.flush()
        us = next(s for s in spec.panels[0].series if s.key == "us>jp")
        assert us.legend_label in content.legend_text
        assert f"79.7 bn USD {us.figures[0].source_marker}" in content.value_labels()
        ticks = [t for _, t in content.plot_items[0].getAxis("bottom")._tickLevels[0]]
        assert all("(2024)" in t for t in ticks)
    finally:
        content.deleteLater()


def test_labels_ja_on_the_command_line_gives_japanese_names_and_the_receipt_keeps_it(qapp, tmp_path):
    """`export --labels ja`: the SVG names the partners in Japanese with 注記・出典; regenerated from
    its receipt as PowerPoint, the deck says the same without being told again."""
    import json
    import xml.etree.ElementTree as ET

    from explorer.qt import export_commands

    view = {"view": "chart", "comparison": {"indicator_id": "goods_exports", "basis": "converted",
                                            "currency": "USD", "chart": "bar"}}
    (tmp_path / "view.json").write_text(json.dumps(view), encoding="utf-8")
    svg = tmp_path / "a.svg"
    assert export_commands.main(["export", "--view", str(tmp_path / "view.json"), "--labels", "ja",
                                 "--out", str(svg)]) == 0
    texts = "".join(t for el in ET.parse(svg).iter() if el.tag.endswith("text")
                    for t in el.itertext())
    assert "欧州連合" in texts and "注記・出典" in texts
    assert "European Union" not in texts
    assert exporting.read_receipt(svg).view.label_language == "ja"

    again = tmp_path / "again.pptx"
    assert export_commands.main(["export", "--from-receipt", str(svg), "--out", str(again)]) == 0
    prs = Presentation(str(again))
    (chart,) = charts(prs)
    names = [s.name for s in chart.plots[0].series]
    assert any("欧州連合 → 日本" in n for n in names) and any("アメリカ合衆国" in n for n in names)
    assert "注記・出典" in slide_text(prs)


def test_an_english_export_has_no_japanese_labels(qapp, tmp_path, default_pack):
    view = view_of(indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")
    prs = deck(view, tmp_path)
    names = [s.name for s in charts(prs)[0].plots[0].series]
    assert any(n.startswith("European Union → Japan") for n in names)
    assert "注記" not in slide_text(prs) and "Notes and sources" in slide_text(prs)
