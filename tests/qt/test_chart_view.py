"""The chart view: a ChartSpec drawn with pyqtgraph, driven through its items and the mouse."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, EventMarker, Figure, Panel, Series
from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_view import MAX_SERIES_PER_PANEL, ChartView, DayAxisItem, day_ticks
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from tests.packs import VALID_FILES, write_pack


@pytest.fixture
def pack(tmp_path):
    return load_pack(write_pack(tmp_path / "pack"))


@pytest.fixture
def view(qtbot):
    v = ChartView()
    qtbot.addWidget(v)
    v.resize(900, 560)
    v.show()
    qtbot.waitExposed(v)
    return v


def spec_for(pack, filter=None, **setup) -> ChartSpec:
    return build_comparison(pack, ComparisonSetup().with_changes(**setup), filter)


def draw(view: ChartView, spec: ChartSpec) -> None:
    view.set_spec(spec)
    view.flush()
    for _ in range(3):  # let the widget and plot layouts settle, so scene positions are final
        QApplication.processEvents()
        view.graphics.ci.layout.activate()


def viewport_point(view: ChartView, panel: int, x: float, y: float) -> QPoint:
    scene = view.plot_items[panel].vb.mapViewToScene(QPointF(x, y))
    return view.graphics.mapFromScene(scene)


def figures(spec: ChartSpec, key: str) -> list[Figure]:
    return [f for p in spec.panels for s in p.series if s.key == key for f in s.figures]


def test_bars_in_converted_basis_plot_the_converted_values(view, pack):
    spec = spec_for(pack, indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")
    draw(view, spec)
    (plot,) = view.plot_items
    assert plot.getAxis("left").labelText == "bn USD"
    eu, us = view.series_item("eu>jp"), view.series_item("us>jp")
    assert isinstance(eu, pg.BarGraphItem) and isinstance(us, pg.BarGraphItem)
    assert list(eu.opts["height"]) == pytest.approx([68.8 * 1.082])
    assert list(us.opts["height"]) == pytest.approx([79.7])
    assert sorted(view.plotted_values()) == sorted(
        [(0, "eu>jp", "2024", pytest.approx(68.8 * 1.082)), (0, "us>jp", "2024", pytest.approx(79.7))])
    ticks = plot.getAxis("bottom")._tickLevels[0]
    assert [t for _, t in ticks] == ["European Union → Japan\n(2024)", "United States → Japan\n(2024)"]
    assert view.title_text == "Goods exports"
    assert "Converted at 1 EUR = 1.0820 USD (2024 annual average)" in view.footer_text


def test_published_basis_puts_each_currency_on_its_own_axis(view, pack):
    draw(view, spec_for(pack, indicator_id="goods_exports", chart="bar"))
    assert [p.getAxis("left").labelText for p in view.plot_items] == ["bn EUR", "bn USD"]
    assert view.series_item("eu>jp", panel=0) is not None and view.series_item("us>jp", panel=0) is None
    assert view.series_item("us>jp", panel=1) is not None
    assert "separate axes" in view.footer_text


def test_lines_reuse_their_items_and_follow_new_data(view, pack):
    draw(view, spec_for(pack, indicator_id="goods_exports", chart="line"))
    eu = view.series_item("eu>jp")
    assert isinstance(eu, pg.PlotDataItem)
    _x, y = eu.getOriginalDataset()
    assert list(y) == pytest.approx([64.0, 68.8])
    assert list(eu.getData()[1]) == pytest.approx([64.0, 68.8])  # both in view: drawn as they are
    assert isinstance(view.plot_items[0].getAxis("bottom"), DayAxisItem)
    assert view.plot_items[0].getAxis("bottom").is_time
    # index basis: the same item, new numbers, every series on the one period they share
    draw(view, spec_for(pack, indicator_id="goods_exports", basis="index"))
    assert view.series_item("eu>jp") is eu
    assert list(eu.getOriginalDataset()[1]) == pytest.approx([64 / 68.8 * 100, 100.0])
    assert view.plot_items[0].getAxis("left").labelText == "index (2024 = 100)"
    assert list(view.series_item("us>jp").getOriginalDataset()[1]) == pytest.approx([100.0])


def test_a_filter_change_changes_what_is_plotted(view, pack):
    draw(view, spec_for(pack, indicator_id="goods_exports", chart="line"))
    assert [p for _, k, p, _ in view.plotted_values() if k == "eu>jp"] == ["2023", "2024"]
    draw(view, spec_for(pack, Filter(day_from=parse_bound("2024", upper=False)),
                        indicator_id="goods_exports", chart="line"))
    assert [p for _, k, p, _ in view.plotted_values() if k == "eu>jp"] == ["2024"]


def test_redraws_are_coalesced(view, pack):
    before = view.redraw_count
    for basis in ("published", "converted", "index", "growth", "converted"):
        view.set_spec(spec_for(pack, indicator_id="goods_exports", basis=basis, chart="bar"))
    assert view.redraw_count == before  # nothing drawn yet
    view.flush()
    assert view.redraw_count == before + 1
    assert view.plot_items[0].getAxis("left").labelText == "bn USD"


def test_redraw_happens_on_the_next_event_loop_turn(view, pack, qtbot):
    view.set_spec(spec_for(pack, indicator_id="goods_exports", chart="bar"))
    qtbot.waitUntil(lambda: len(view.plot_items) == 2)


def test_empty_spec_shows_its_reason(view, pack):
    draw(view, spec_for(pack, indicator_id="goods_exports", chart="line"))
    spec = spec_for(pack, Filter(day_from=parse_bound("2030", upper=False)), indicator_id="goods_exports")
    draw(view, spec)
    assert spec.is_empty and view.plot_items == []
    assert view._empty.text() == spec.empty_reason and "No figures for Goods exports" in spec.empty_reason
    assert view._empty.isVisible()


def test_hover_readout_shows_published_value_unit_period_and_source(view, pack):
    spec = spec_for(pack, indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")
    draw(view, spec)
    (eu,) = figures(spec, "eu>jp")
    QTest.mouseMove(view.graphics.viewport(), viewport_point(view, 0, view.series_item("eu>jp").opts["x"][0],
                                                             eu.value / 2))
    text = view.readout_text
    assert "European Union → Japan — 2024" in text
    assert "74.44 bn USD" in text and "As published: 68.8 bn EUR" in text
    assert f"Source {eu.source_marker} The Economy, “Article B”, 2025." in text
    assert view._readout.isVisible()
    QTest.mouseMove(view.graphics.viewport(), viewport_point(view, 0, 2.4, 1.0))  # empty space
    assert view.readout_text == ""


def test_japanese_labels_write_figures_as_japanese_statistics_do(view, pack):
    """億/兆, the currency's Japanese name and qualifiers as words, on the axis, the value labels
    and the hover (which says 約 once); it read "74.44 bn USD" among Japanese names."""
    spec = build_comparison(pack, ComparisonSetup().with_changes(
        indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"), None, lang="ja")
    draw(view, spec)
    eu_marker = figures(spec, "eu>jp")[0].source_marker
    us_marker = figures(spec, "us>jp")[0].source_marker
    assert view.plot_items[0].getAxis("left").labelText == "10億米ドル"
    assert view.value_labels() == [f"744.4億米ドル {eu_marker}", f"797億米ドル {us_marker}"]
    (eu,) = figures(spec, "eu>jp")
    assert eu.published == "688億ユーロ"
    spec = build_comparison(pack, ComparisonSetup().with_changes(indicator_id="defence_budget",
                                                                 chart="line"), None, lang="ja")
    draw(view, spec)
    assert [p.getAxis("left").labelText for p in view.plot_items] == ["兆円", "10億米ドル"]
    usd = next(f for f in figures(spec, "jp>") if f.qualifier)
    assert usd.display == usd.published == "約527億米ドル"
    QTest.mouseMove(view.graphics.viewport(), viewport_point(view, 1, usd.x, usd.value))
    text = view.readout_text
    assert "約527億米ドル" in text and "約約" not in text
    assert "the source says about 527億米ドル" in text  # the interface's words, the figure's own


def test_line_hover_shows_crosshair_and_qualifier(view, pack):
    spec = spec_for(pack, indicator_id="defence_budget", chart="line")
    draw(view, spec)
    assert len(view.plot_items) == 2
    usd = next(f for f in figures(spec, "jp>") if f.qualifier)
    QTest.mouseMove(view.graphics.viewport(), viewport_point(view, 1, usd.x, usd.value))
    text = view.readout_text
    assert "~52.7 bn USD" in text and "FY2024" in text and "Qualified figure" in text
    assert "article's conversion" in text  # the observation's own note
    slot = view._slots[1]
    assert slot.vline.isVisible() and slot.hline.isVisible()
    assert slot.vline.value() == pytest.approx(usd.x, abs=5)
    # the qualified point is drawn differently from the plain one
    assert list(view.points_item("jp>", panel=1).data["symbol"]) == ["d"]
    assert list(view.points_item("jp>", panel=0).data["symbol"]) == ["o"]


def test_qualified_bars_are_hatched_and_conflicts_outlined(view, tmp_path):
    files = {"observations.csv": VALID_FILES["observations.csv"]
             + "goods_exports,eu,jp,2024,70.1,EUR,9,>,nominal,src-a,\n"}
    pack = load_pack(write_pack(tmp_path / "conflict", files))
    spec = spec_for(pack, indicator_id="goods_exports", chart="bar")
    draw(view, spec)
    item = view.series_item("eu>jp")
    assert sorted(item.opts["height"]) == pytest.approx([68.8, 70.1])
    styles = [b.style() for b in item.opts["brushes"]]
    assert Qt.BrushStyle.BDiagPattern in styles and Qt.BrushStyle.SolidPattern in styles
    assert all(p.widthF() >= 3 for p in item.opts["pens"])  # both conflicting bars are outlined
    assert "sources disagree" in view._legend.text()


def test_markers_click_and_selection_highlight(view, pack, qtbot):
    spec = spec_for(pack, indicator_id="goods_exports", chart="line")
    assert [m.event_id for m in spec.markers] == ["epa"]  # linked to goods_exports
    draw(view, spec)
    line = view.marker_item("epa")
    assert line is not None and line.value() == pytest.approx(spec.markers[0].x)
    lo, hi = view.plot_items[0].vb.viewRange()[1]
    pos = viewport_point(view, 0, line.value(), (lo + hi) / 2)
    with qtbot.waitSignal(view.sig_event_selection_requested) as blocker:
        QTest.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["epa"]

    normal_width = line.pen.widthF()
    view.set_selected_event("epa")
    assert line.pen.widthF() > normal_width and line.pen.style() == Qt.PenStyle.SolidLine
    view.set_selected_event(None)
    assert line.pen.widthF() == normal_width


def test_selected_event_without_marker_highlights_its_date(view, pack):
    draw(view, spec_for(pack, indicator_id="goods_exports", chart="line", markers="none"))
    assert view.marker_item("epa") is None
    view.set_selected_event("us-deal", x=20291.0, label="US–Japan trade agreement")
    extra = view._slots[0].extra_marker
    assert extra is not None and extra.isVisible() and extra.value() == 20291.0
    view.set_selected_event(None)
    assert not extra.isVisible()


def test_x_range_follows_a_linked_range(view, pack):
    draw(view, spec_for(pack, indicator_id="goods_exports", chart="line"))
    view.set_x_range(19000.0, 19500.0)
    assert view.x_range() == pytest.approx((19000.0, 19500.0), abs=1)
    assert view.plot_items[1].vb.viewRange()[0] == pytest.approx([19000.0, 19500.0], abs=1)  # linked
    view.set_x_range(None)
    lo, hi = view.x_range()
    assert lo < 19700 < hi  # fitted to the data (2023 and 2024) again


def _series(i: int) -> Series:
    fig = Figure(f"a{i}>", "2024", 19900.0, float(i + 1), f"{i + 1} u", f"{i + 1} u", "", "s", "[1]")
    return Series(f"a{i}>", f"Actor {i}", f"a{i}", "#0072B2", (fig,))


def test_series_beyond_the_cap_are_left_to_the_table(view):
    n = MAX_SERIES_PER_PANEL + 3
    spec = ChartSpec("Many", "", "x", ChartKind.BAR, Basis.PUBLISHED,
                     (Panel("u", tuple(_series(i) for i in range(n))),), (("[1]", "Src"),), (), ())
    draw(view, spec)
    assert len(view._slots[0].items) == MAX_SERIES_PER_PANEL
    assert f"the first {MAX_SERIES_PER_PANEL} of {n} series" in view.footer_text
    few = dataclasses.replace(spec, panels=(Panel("u", tuple(_series(i) for i in range(2))),))
    draw(view, few)
    assert len(view._slots[0].items) == 2 and "series; the table" not in view.footer_text


def test_markers_with_braces_in_titles_do_not_break_labels(view, pack):
    spec = spec_for(pack, indicator_id="goods_exports", chart="line")
    spec = dataclasses.replace(spec, markers=(EventMarker("epa", spec.markers[0].x, "A {b} title", "2019"),))
    draw(view, spec)
    assert view.marker_item("epa").label.toPlainText() == "A {b} title"


def test_day_ticks_label_years_or_months(qapp):
    import datetime as dt

    from explorer.domain.dates import day_number

    lo, hi = day_number(dt.date(2018, 6, 1)), day_number(dt.date(2025, 6, 1))
    (spacing, majors), *_ = day_ticks(lo, hi, 700)
    axis = DayAxisItem()
    axis.tickValues(lo, hi, 700)
    assert axis.tickStrings(majors, 1.0, spacing) == [str(y) for y in range(2019, 2026)]
    lo, hi = day_number(dt.date(2024, 1, 10)), day_number(dt.date(2024, 7, 20))
    (spacing, majors), *_ = day_ticks(lo, hi, 700)
    axis.tickValues(lo, hi, 700)
    assert axis.tickStrings(majors, 1.0, spacing) == ["Feb 2024", "Mar", "Apr", "May", "Jun", "Jul"]
    assert day_ticks(5.0, 5.0, 700) == []


def test_marker_labels_never_overlap_and_the_selected_one_is_labelled(view):
    from explorer.paths import default_pack_path

    pack = load_pack(default_pack_path())
    spec = spec_for(pack, indicator_id="goods_exports", chart="line", markers="all")
    assert len(spec.markers) > 20
    draw(view, spec)
    view.set_selected_event("eu-jp-epa")
    lines = [view.marker_item(m.event_id) for m in spec.markers]
    shown = [ln.label for ln in lines if ln.label.isVisible()]
    assert 0 < len(shown) < len(lines)  # crowded: some labels give way
    rects = [lb.sceneBoundingRect() for lb in shown]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert view.marker_item("eu-jp-epa").label.isVisible()


def test_no_spec_yet_shows_no_message(view):
    """No spec (a pack still loading, the first rebuild pending) is not "Nothing to draw.": the
    chart area stays blank instead of flashing a message that is about to be wrong."""
    draw(view, None)
    assert view.plot_items == [] and view.message_text == ""
    assert view.title_text == "" and view.footer_text == ""


def test_legend_and_bar_labels_carry_source_markers_and_periods(view, pack):
    spec = spec_for(pack, indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")
    draw(view, spec)
    us_marker = figures(spec, "us>jp")[0].source_marker
    eu_marker = figures(spec, "eu>jp")[0].source_marker
    assert f"United States → Japan {us_marker}" in view.legend_text
    assert f"European Union → Japan {eu_marker}" in view.legend_text
    assert view.value_labels() == [f"74.44 bn USD {eu_marker}", f"79.7 bn USD {us_marker}"]
    ticks = [t for _, t in view.plot_items[0].getAxis("bottom")._tickLevels[0]]
    assert all("(2024)" in t for t in ticks)


def test_a_bar_without_a_growth_rate_shows_a_dash_and_lines_label_their_last_point(view, pack):
    draw(view, spec_for(pack, indicator_id="goods_exports", basis="growth", chart="bar"))
    assert view.plot_items[0].getAxis("left").labelText == "% change, 2024 vs 2023"
    assert view.value_labels() == ["+7.5 % [1]", "— [1]"]  # the US has no 2023 figure
    assert view.series_item("us>jp") is None
    assert "— no growth rate: no earlier figure" in view.footer_text
    draw(view, spec_for(pack, indicator_id="goods_exports", chart="line"))
    # the last point of each line, led by a dot in the line's colour
    assert view.value_labels(panel=0) == ["• 68.8 bn EUR [1]"]
    assert view.value_labels(panel=1) == ["• 79.7 bn USD [1]"]


def test_qualified_points_are_labelled_with_their_qualifier(view, tmp_path):
    obs = VALID_FILES["observations.csv"] + "goods_exports,eu,jp,2022,~60,EUR,9,~,nominal,src-a,\n"
    pack = load_pack(write_pack(tmp_path / "q", {"observations.csv": obs.replace("~60", "60")}))
    spec = spec_for(pack, indicator_id="goods_exports", chart="line")
    draw(view, spec)
    marker = figures(spec, "eu>jp")[0].source_marker
    assert f"• ~60 bn EUR {marker}" in view.value_labels(panel=0)
    assert "hollow diamond: qualified figure" in view.legend_text


def test_an_index_without_a_shared_base_draws_nothing_and_says_why(view, tmp_path):
    obs = VALID_FILES["observations.csv"].replace("goods_exports,us,jp,2024,79.7",
                                                  "goods_exports,us,jp,2022,70.0")
    pack = load_pack(write_pack(tmp_path / "disjoint", {"observations.csv": obs}))
    draw(view, spec_for(pack, indicator_id="goods_exports", basis="index"))
    assert view.plot_items == [] and view.plotted_values() == []
    assert view.message_text.startswith("No index is drawn: the compared series share no period")


def test_bar_value_labels_fit_inside_short_panels_at_slide_sizes(view, pack):
    view.set_export_style(22)
    view.resize(900, 420)  # two stacked panels (EUR, USD) of a little over 100 px each
    draw(view, spec_for(pack, indicator_id="goods_exports", chart="bar"))
    for i, plot in enumerate(view.plot_items):
        area = plot.vb.sceneBoundingRect()
        (box,) = view._slots[i].value_labels.scene_rects()
        assert area.top() <= box.top() and box.bottom() <= area.bottom(), view.value_labels(i)


@pytest.fixture(scope="module")
def default_pack():
    from explorer.paths import default_pack_path

    return load_pack(default_pack_path())


@pytest.mark.parametrize("indicator", ["lng_imports_value", "defence_budget_request",
                                       "services_imports", "fdi_stock", "gcap_rd_budget"])
def test_as_published_small_multiples_keep_every_value_label_inside_its_plot(qtbot, default_pack,
                                                                             indicator):
    """Two units, two short panels in a laptop's dock: every value label is whole inside its own
    plot (they were cut at the top of each panel, or drawn over the next one)."""
    v = ChartView()
    qtbot.addWidget(v)
    v.resize(640, 420)
    v.show()
    qtbot.waitExposed(v)
    spec = build_comparison(default_pack, ComparisonSetup().with_changes(indicator_id=indicator,
                                                                       basis="published"))
    draw(v, spec)
    v.grab()  # text items place themselves when painted
    assert v.plot_items
    for panel, plot in enumerate(v.plot_items):
        box = plot.vb.sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)
        labels = v._slots[panel].value_labels
        assert labels.scene_rects()
        for rect, (_x, text) in zip(labels.scene_rects(), labels.plain_texts()):
            assert box.contains(rect), (panel, text)


def test_japanese_labels_name_partners_and_axis_months_in_japanese(view, default_pack):
    spec = build_comparison(default_pack, ComparisonSetup().with_changes(
        indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"), lang="ja")
    draw(view, spec)
    assert "欧州連合 → 日本" in view.legend_text
    assert "注記" not in view.legend_text
    axis = DayAxisItem()
    axis.lang = "ja"
    jan, mar = float(parse_bound("2024-01", upper=False)), float(parse_bound("2024-03", upper=False))
    (spacing, days), *_ = axis.tickValues(jan - 1, mar - 1, 300)  # a monthly axis
    assert axis.tickStrings(days, 1, spacing) == ["2024年1月", "2月"]


def test_the_accessible_description_says_what_is_drawn(view, default_pack):
    spec = build_comparison(default_pack, ComparisonSetup().with_changes(
        indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"))
    draw(view, spec)
    text = view.accessibleDescription()
    assert spec.title in text and "2 series" in text and "2024" in text


def test_the_chart_follows_the_theme_on_screen_and_stays_light_for_exports(view, default_pack):
    from explorer.charts.theme import DARK, LIGHT
    from explorer.qt import theme as qt_theme

    spec = build_comparison(default_pack, ComparisonSetup().with_changes(
        indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"))
    draw(view, spec)
    try:
        qt_theme.set_look(DARK, 1.0)
        draw(view, spec)
        assert view.graphics.backgroundBrush().color().name().upper() == DARK.surface.upper()
        assert view.plot_items[0].getAxis("left").textPen().color().name().upper() == DARK.text.upper()
        view.set_export_style(20)
        draw(view, spec)
        assert view.graphics.backgroundBrush().color().name().upper() == LIGHT.surface.upper()
    finally:
        qt_theme.set_look(LIGHT, 1.0)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_slide_s_time_axis_labels_stand_apart_in_its_large_type(view, default_pack, lang):
    """In a slide's type "12月" and "2024年1月" ran together at the fixed 70-px spacing."""
    from PySide6.QtGui import QPainter, QPicture

    view.set_export_style(22)
    view.resize(1800, 600)
    spec = build_comparison(default_pack, ComparisonSetup().with_changes(
        indicator_id="defence_budget_request", basis="published", chart="line"), lang=lang)
    draw(view, spec)
    view.set_x_range(float(parse_bound("2023-06", upper=False)), float(parse_bound("2025-01", upper=True)))
    draw(view, spec)
    axis = view.plot_items[0].getAxis("bottom")
    axis.cache_specs = False
    picture = QPicture()
    painter = QPainter(picture)
    try:
        specs = axis.generateDrawSpecs(painter)[2]
    finally:
        painter.end()
    rects = sorted((r for r, _, _ in specs), key=lambda r: r.left())
    assert len(rects) >= 4
    assert all(right.left() - left.right() >= 8 for left, right in pairwise(rects))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_chart_axis_draws_the_timeline_s_labels_for_its_range(view, default_pack, lang):
    # one label algorithm for time: what the chart's axis draws is what the timeline's ticks
    # (explorer.charts.time_axis) say for the same range and width, Japanese months included
    from PySide6.QtGui import QPainter, QPicture

    from explorer.charts import time_axis

    spec = build_comparison(default_pack, ComparisonSetup().with_changes(
        indicator_id="goods_exports", basis="published", chart="line"), lang=lang)
    draw(view, spec)
    lo, hi = float(parse_bound("2023-10", upper=False)), float(parse_bound("2024-06", upper=True))
    view.set_x_range(lo, hi)
    draw(view, spec)
    axis = view.plot_items[0].getAxis("bottom")
    sizes = []
    tick_values = axis.tickValues

    def recording(a, b, size):
        sizes.append((a, b, size))
        return tick_values(a, b, size)

    axis.tickValues = recording
    axis.cache_specs = False  # computed now, not replayed from the specs kept for this range
    picture = QPicture()
    painter = QPainter(picture)
    try:
        specs = axis.generateDrawSpecs(painter)[2]
        drawn = [text for _, _, text in specs]
    finally:
        painter.end()
        del axis.tickValues
    (a, b, size), = sizes
    ticks = time_axis.time_ticks(a, b, size, min_spacing=axis._label_spacing(), finest="month",
                                 lang=lang)
    assert ticks.unit == "month" and len(drawn) >= 5
    assert drawn == [label for label in ticks.labels if label in drawn]
    # neighbouring labels stand apart ("12月2024年1月" ran together in a Japanese slide)
    rects = sorted((r for r, _, _ in specs), key=lambda r: r.left())
    assert all(right.left() - left.right() >= 8 for left, right in pairwise(rects))
    year_label = {"en": "Jan 2024", "ja": "2024年1月"}[lang]
    month_label = {"en": "Feb", "ja": "2月"}[lang]
    assert year_label in drawn and month_label in drawn


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_slide_s_unit_stands_beside_its_tick_labels_not_over_them(view, default_pack, lang):
    """At a slide's type the screen's 64-px value axis put "bn USD" (or 10億米ドル) across "2000";
    each panel's axis now takes the width its labels need, the same for all (time axes aligned)."""
    from PySide6.QtGui import QPainter, QPicture

    from explorer.qt.views.chart_panel import VALUE_AXIS_PX

    spec = build_comparison(default_pack, ComparisonSetup().with_changes(
        indicator_id="fdi_stock", basis="published", chart="line"), lang=lang)
    draw(view, spec)
    assert {p.getAxis("left").width() for p in view.plot_items} == {VALUE_AXIS_PX}  # on screen
    view.set_export_style(24)
    view.resize(1800, 500)
    draw(view, spec)
    axes = [p.getAxis("left") for p in view.plot_items]
    assert len(axes) == 2 and len({a.width() for a in axes}) == 1
    for axis in axes:
        axis.cache_specs = False
        picture = QPicture()
        painter = QPainter(picture)
        try:
            painter.setFont(axis.style["tickFont"])
            texts = axis.generateDrawSpecs(painter)[2]
        finally:
            painter.end()
        unit = axis.label.sceneBoundingRect()
        assert texts and axis.label.isVisible()
        for rect, _flags, text in texts:
            box = axis.mapRectToScene(rect)
            assert box.right() <= axis.sceneBoundingRect().right() + 1, text
            assert unit.right() <= box.left() + 1, (text, unit, box)  # the unit left of the numbers
