"""The comparison panel, driven through its controls with a Session wired as the window wires it."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QListWidget, QTableView

from explorer.charts.comparison import presets_for
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.qt.models.chart_table_model import ChartTableModel
from explorer.qt.views.comparison_panel import ComparisonPanel
from explorer.state.session import Session
from tests.packs import VALID_FILES, write_pack


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture
def session(tmp_path):
    s = Session()
    s.open_pack(load_pack(write_pack(tmp_path / "pack")))
    return s


def make_panel(qtbot, session: Session) -> ComparisonPanel:
    panel = ComparisonPanel(session)
    qtbot.addWidget(panel)
    # what the main window does: requests become intents
    panel.sig_comparison_change_requested.connect(
        lambda changes: session.set_comparison(origin="comparison", **changes))
    panel.sig_event_selection_requested.connect(
        lambda event_id: session.select_event(event_id, origin="comparison"))
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot, session):
    return make_panel(qtbot, session)


def settle(panel: ComparisonPanel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()
        panel.chart_view.graphics.ci.layout.activate()


def choose(combo: QComboBox, data) -> None:
    """Pick an item the way a user does (currentIndexChanged fires)."""
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def series_row(panel: ComparisonPanel, key: str):
    lst = panel.series_list
    return next(lst.item(i) for i in range(lst.count()) if lst.item(i).data(Qt.ItemDataRole.UserRole) == key)


def plotted(panel: ComparisonPanel) -> dict[tuple[str, str], float]:
    return {(k, per): v for _, k, per, v in panel.chart_view.plotted_values()}


def test_without_an_indicator_the_panel_offers_presets_and_a_hint(qtbot, default_pack):
    session = Session()
    session.open_pack(default_pack)
    panel = make_panel(qtbot, session)
    assert panel.pages.currentWidget() is not panel.tabs.parentWidget()
    assert panel.start_hint.isVisible() and "Pick a question" in panel.start_hint.text()
    questions = [p.question for p in presets_for(default_pack)]
    assert [b.text() for b in panel.preset_buttons] == questions and questions
    assert panel.current_spec is None
    trade = next(b for b in panel.preset_buttons if "EU or the US" in b.text())
    with qtbot.waitSignal(panel.sig_comparison_change_requested) as blocker:
        trade.click()
    assert blocker.args[0]["indicator_id"] == "goods_exports"
    assert blocker.args[0]["basis"] == "converted" and blocker.args[0]["currency"] == "USD"
    settle(panel)
    assert panel.pages.currentWidget() is panel.tabs.parentWidget()
    assert panel.preset_combo.currentData() == "trade-eu-us"
    assert set(plotted(panel)) == {("eu>jp", "2024"), ("us>jp", "2024")}
    assert plotted(panel)[("eu>jp", "2024")] == pytest.approx(68.8 * 1.0820)


def test_choosing_an_indicator_plots_its_series(panel, session):
    combo = panel.indicator_combo
    # grouped by domain: a disabled title row before the indicators of each domain
    titles = [combo.itemText(i) for i in range(combo.count())
              if not panel._indicator_model.item(i).isEnabled()]
    assert titles == ["Trade", "Defence"]
    choose(combo, "goods_exports")
    assert session.comparison.indicator_id == "goods_exports"
    assert panel.indicator_description.text() == "Exports of goods from reporter to partner"
    settle(panel)
    assert [panel.series_list.item(i).text() for i in range(panel.series_list.count())] == [
        "European Union → Japan", "United States → Japan"]
    assert panel.chart_view.series_item("eu>jp") is not None
    assert {k for k, _ in plotted(panel)} == {"eu>jp", "us>jp"}


def test_unchecking_a_series_removes_its_plot_item(panel, session, qtbot):
    session.set_comparison(indicator_id="goods_exports", chart="bar", basis="converted")
    settle(panel)
    assert panel.chart_view.series_item("us>jp") is not None
    with qtbot.waitSignal(panel.sig_comparison_change_requested) as blocker:
        series_row(panel, "us>jp").setCheckState(Qt.CheckState.Unchecked)
    assert blocker.args == [{"series": ["eu>jp"]}]
    settle(panel)
    assert panel.chart_view.series_item("us>jp") is None
    assert panel.chart_view.series_item("eu>jp") is not None
    assert [r[0] for r in panel.table_model.rows] == ["European Union → Japan"]
    # the last series cannot be unchecked (no series would mean every series)
    with qtbot.assertNotEmitted(panel.sig_comparison_change_requested):
        series_row(panel, "eu>jp").setCheckState(Qt.CheckState.Unchecked)
    assert series_row(panel, "eu>jp").checkState() == Qt.CheckState.Checked
    assert panel.series_hint.text()
    # checking everything again asks for "all series"
    with qtbot.waitSignal(panel.sig_comparison_change_requested) as blocker:
        series_row(panel, "us>jp").setCheckState(Qt.CheckState.Checked)
    assert blocker.args == [{"series": []}]


def test_switching_basis_changes_values_and_axis_label(panel, session):
    session.set_comparison(indicator_id="goods_exports", chart="bar")
    settle(panel)
    plots = panel.chart_view.plot_items
    assert [p.getAxis("left").labelText for p in plots] == ["bn EUR", "bn USD"]
    assert plotted(panel)[("eu>jp", "2024")] == pytest.approx(68.8)
    assert not panel.currency_combo.isEnabled()

    panel.basis_buttons["converted"].click()
    assert session.comparison.basis == "converted"
    assert panel.currency_combo.isEnabled() and panel.currency_combo.currentData() == "USD"
    settle(panel)
    assert [p.getAxis("left").labelText for p in panel.chart_view.plot_items] == ["bn USD"]
    assert plotted(panel)[("eu>jp", "2024")] == pytest.approx(68.8 * 1.082)
    # the rate, its kind and its source beside the chart
    assert "1 EUR = 1.0820 USD (2024 annual average)" in panel.rates_label.text()
    assert "Article A" in panel.rates_label.text()

    choose(panel.currency_combo, "EUR")
    settle(panel)
    assert [p.getAxis("left").labelText for p in panel.chart_view.plot_items] == ["bn EUR"]
    assert plotted(panel)[("us>jp", "2024")] == pytest.approx(79.7 / 1.082)

    panel.basis_buttons["index"].click()
    settle(panel)
    assert panel.base_period_combo.isEnabled()
    # one base for every series: only the period both have is offered (the US has no 2023)
    combo = panel.base_period_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Latest shared: 2024", "2024"]
    assert panel.chart_view.plot_items[0].getAxis("left").labelText == "index (2024 = 100)"
    assert plotted(panel) == {("eu>jp", "2024"): pytest.approx(100.0),  # bars: the latest period
                              ("us>jp", "2024"): pytest.approx(100.0)}
    assert not panel.warnings_label.isVisible()
    # the EU alone has 2023 too, and the user may pick it
    session.set_comparison(series=["eu>jp"], chart="line")
    settle(panel)
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "2023", "2024"]
    choose(combo, "2023")
    assert session.comparison.base_period == "2023"
    settle(panel)
    assert panel.chart_view.plot_items[0].getAxis("left").labelText == "index (2023 = 100)"
    assert plotted(panel)[("eu>jp", "2024")] == pytest.approx(68.8 / 64 * 100)
    # adding the US back: 2023 is not shared, the fallback to 2024 is a visible warning
    session.set_comparison(series=[])
    settle(panel)
    assert panel.chart_view.plot_items[0].getAxis("left").labelText == "index (2024 = 100)"
    assert panel.warnings_label.isVisible()
    assert "The base period 2023 is not shared by every series" in panel.warnings_label.text()


def test_a_filter_change_changes_what_is_plotted(panel, session):
    session.set_comparison(indicator_id="goods_exports", chart="line")
    settle(panel)
    assert set(plotted(panel)) == {("eu>jp", "2023"), ("eu>jp", "2024"), ("us>jp", "2024")}
    session.set_filter(day_from=parse_bound("2024", upper=False), day_to=parse_bound("2024", upper=True))
    settle(panel)
    assert set(plotted(panel)) == {("eu>jp", "2024"), ("us>jp", "2024")}
    session.set_filter(partners={"us"})
    settle(panel)
    assert set(plotted(panel)) == {("us>jp", "2024")}


def test_different_units_get_two_plot_items(panel, session):
    session.set_comparison(indicator_id="defence_budget")
    settle(panel)
    assert [p.getAxis("left").labelText for p in panel.chart_view.plot_items] == ["tn JPY", "bn USD"]
    assert len({id(p) for p in panel.chart_view.plot_items}) == 2
    assert "separate axes" in panel.chart_view.footer_text


def test_period_mismatch_is_warned_prominently(panel, session):
    session.set_comparison(indicator_id="goods_exports", chart="bar")
    settle(panel)
    assert panel.period_combo.isEnabled()
    assert not panel.warnings_label.isVisible()
    choose(panel.period_combo, "2023")
    settle(panel)
    assert panel.warnings_label.isVisible()
    assert "different periods" in panel.warnings_label.text()
    assert "⚠ The compared figures are from different periods" in panel.chart_view.footer_text


def test_clicking_a_marker_selects_the_event_and_selection_moves_the_highlight(panel, session, qtbot):
    session.set_comparison(indicator_id="goods_exports", chart="line")
    settle(panel)
    view = panel.chart_view
    line = view.marker_item("epa")
    assert line is not None
    lo, hi = view.plot_items[0].vb.viewRange()[1]
    scene = view.plot_items[0].vb.mapViewToScene(QPointF(line.value(), (lo + hi) / 2))
    with qtbot.waitSignal(panel.sig_event_selection_requested) as blocker:
        QTest.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.graphics.mapFromScene(scene))
    assert blocker.args == ["epa"]
    assert session.selected_event == "epa"
    assert line.pen.widthF() >= 3  # highlighted

    # selecting another event moves the highlight to its date
    session.select_event("us-deal")
    assert line.pen.widthF() < 3
    extra = view._slots[0].extra_marker
    assert extra is not None and extra.isVisible()
    assert extra.value() == session.pack.events.set_index("id").loc["us-deal", "start_day"]
    session.select_event("epa")
    assert line.pen.widthF() >= 3 and not extra.isVisible()


def test_marker_mode_all_filtered_events(panel, session):
    session.set_comparison(indicator_id="goods_exports", chart="line")
    settle(panel)
    assert {m.event_id for m in panel.current_spec.markers} == {"epa"}
    choose(panel.markers_combo, "all")
    settle(panel)
    assert {m.event_id for m in panel.current_spec.markers} == set(session.pack.events["id"])
    assert panel.chart_view.marker_item("gcap") is not None
    choose(panel.markers_combo, "none")
    settle(panel)
    assert panel.chart_view.marker_item("epa") is None


def test_the_data_table_equals_the_plotted_data(panel, session):
    session.set_comparison(indicator_id="goods_exports", chart="line", basis="converted")
    settle(panel)
    model: ChartTableModel = panel.table_model
    header = model.header
    assert header[:2] == ["Series", "Unit"] and header[2:] == ["2023", "2024"]
    labels = {s.key: s.label for p in panel.current_spec.panels for s in p.series}
    rows = {(model.data(model.index(r, 0)), model.data(model.index(r, 1))): r
            for r in range(model.rowCount())}
    drawn = panel.chart_view.plotted_values()
    assert drawn
    units = [p.getAxis("left").labelText for p in panel.chart_view.plot_items]
    for panel_i, key, period, value in drawn:
        r = rows[(labels[key], units[panel_i])]
        cell = model.data(model.index(r, header.index(period)))
        assert f"{value:.4g}" in cell, (key, period, value, cell)
    # and every table cell with a number is drawn
    cells = [(r, c) for r in range(model.rowCount()) for c in range(2, model.columnCount())
             if model.data(model.index(r, c))]
    assert len(cells) == len(drawn)


def test_chart_table_model_passes_the_model_tester(qtmodeltester, session):
    from explorer.charts.comparison import build_comparison
    from explorer.state.comparison_setup import ComparisonSetup

    model = ChartTableModel()
    qtmodeltester.check(model, force_py=True)
    spec = build_comparison(session.pack, ComparisonSetup(indicator_id="goods_exports", chart="line"))
    model.set_spec(spec)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).name().upper() == "#0072B2"
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "64 bn EUR" in tip and "Article B" in tip


def test_ctrl_c_copies_tab_separated_text(panel, session, qtbot):
    session.set_comparison(indicator_id="goods_exports", chart="line")
    settle(panel)
    panel.tabs.setCurrentIndex(1)
    table: QTableView = panel.table_view
    table.setFocus()
    QApplication.clipboard().clear()
    QTest.keySequence(table, QKeySequence.StandardKey.Copy)  # nothing selected: everything
    text = QApplication.clipboard().text()
    header, rows = panel.current_spec.table()
    assert text.splitlines()[0] == "\t".join(header)
    assert text.splitlines()[1:] == ["\t".join(r) for r in rows]
    # a selection: only those cells, with their header
    table.selectionModel().clearSelection()
    table.selectionModel().select(panel.table_model.index(0, 0), table.selectionModel().SelectionFlag.Select)
    table.selectionModel().select(panel.table_model.index(0, 3), table.selectionModel().SelectionFlag.Select)
    QTest.keySequence(table, QKeySequence.StandardKey.Copy)
    assert QApplication.clipboard().text().splitlines() == [
        f"Series\t{header[3]}", f"European Union → Japan\t{rows[0][3]}"]


def test_session_changes_update_controls_without_requests(panel, session, qtbot):
    with qtbot.assertNotEmitted(panel.sig_comparison_change_requested):
        session.set_comparison(indicator_id="goods_exports", basis="growth", chart="line",
                               markers="all", series=["eu>jp"])
        settle(panel)
    assert panel.indicator_combo.currentData() == "goods_exports"
    assert panel.basis_buttons["growth"].isChecked()
    assert panel.chart_combo.currentData() == "line"
    assert panel.markers_combo.currentData() == "all"
    assert series_row(panel, "eu>jp").checkState() == Qt.CheckState.Checked
    assert series_row(panel, "us>jp").checkState() == Qt.CheckState.Unchecked


def test_a_burst_of_changes_rebuilds_once(panel, session, qtbot):
    session.set_comparison(indicator_id="goods_exports")
    settle(panel)
    rebuilds, redraws = panel.rebuild_count, panel.chart_view.redraw_count
    session.set_comparison(basis="converted")
    session.set_comparison(currency="EUR")
    session.set_filter(partners={"eu"})
    session.set_comparison(chart="bar")
    assert panel.rebuild_count == rebuilds  # nothing yet: coalesced into the next loop turn
    qtbot.waitUntil(lambda: panel.rebuild_count == rebuilds + 1 and
                    panel.chart_view.redraw_count == redraws + 1)
    qtbot.wait(20)
    assert panel.rebuild_count == rebuilds + 1 and panel.chart_view.redraw_count == redraws + 1
    assert set(plotted(panel)) == {("eu>jp", "2024")}


def test_link_time_axes_follows_the_timeline_only_when_on(panel, session, qtbot):
    session.set_comparison(indicator_id="goods_exports", chart="line")
    settle(panel)
    fitted = panel.chart_view.x_range()
    panel.follow_time_range(18000.0, 18400.0)
    assert panel.chart_view.x_range() == pytest.approx(fitted)
    with qtbot.waitSignal(panel.sig_link_time_axes_toggled) as blocker:
        panel.link_check.click()
    assert blocker.args == [True] and panel.link_time_axes()
    assert panel.chart_view.x_range() == pytest.approx((18000.0, 18400.0), abs=1)
    panel.follow_time_range(19000.0, 19800.0)
    assert panel.chart_view.x_range() == pytest.approx((19000.0, 19800.0), abs=1)
    session.set_comparison(basis="index")  # a rebuild keeps the linked range
    settle(panel)
    assert panel.chart_view.x_range() == pytest.approx((19000.0, 19800.0), abs=1)
    panel.set_link_time_axes(False)
    assert not panel.link_check.isChecked()
    lo, hi = panel.chart_view.x_range()  # fitted again: the right end leaves room for value labels
    last_point = max(f.x for p in panel.chart_view.spec.panels for s in p.series for f in s.figures)
    assert lo == pytest.approx(fitted[0], abs=1) and hi > last_point + 120


def test_every_control_has_an_accessible_name(panel, session):
    session.set_comparison(indicator_id="goods_exports")
    settle(panel)
    controls = panel.findChildren(QComboBox) + panel.findChildren(QAbstractButton) \
        + panel.findChildren(QListWidget) + panel.findChildren(QTableView)
    controls = [c for c in controls if c.parent() is not None and c.isVisibleTo(panel)
                and not c.objectName().startswith("qt_")]
    assert controls
    unnamed = [f"{type(c).__name__} {getattr(c, 'text', lambda: '')()}" for c in controls
               if not c.accessibleName()]
    assert unnamed == []


def test_hover_readout_on_the_panels_chart_names_the_source(panel, session):
    files_source = "The Economy, “Article B”, 2025."
    session.set_comparison(indicator_id="goods_exports", chart="bar")
    settle(panel)
    view = panel.chart_view
    bar = view.series_item("us>jp", panel=1)
    assert isinstance(bar, pg.BarGraphItem)
    scene = view.plot_items[1].vb.mapViewToScene(QPointF(bar.opts["x"][0], 40.0))
    QTest.mouseMove(view.graphics.viewport(), view.graphics.mapFromScene(scene))
    text = view.readout_text
    assert "United States → Japan — 2024" in text and "79.7 bn USD" in text
    assert files_source in text and "price effects" in text


def test_conflicts_show_both_values_flagged(qtbot, tmp_path):
    files = {"observations.csv": VALID_FILES["observations.csv"]
             + "goods_exports,eu,jp,2024,70.1,EUR,9,,nominal,src-a,\n"}
    session = Session()
    session.open_pack(load_pack(write_pack(tmp_path / "conflict", files)))
    panel = make_panel(qtbot, session)
    session.set_comparison(indicator_id="goods_exports", chart="bar")
    settle(panel)
    assert sorted(panel.chart_view.series_item("eu>jp").opts["height"]) == pytest.approx([68.8, 70.1])
    assert "Sources disagree" in panel.warnings_label.text() and "spread" in panel.warnings_label.text()
    model = panel.table_model
    cell = model.data(model.index(0, model.header.index("2024")))
    assert "68.8 bn EUR" in cell and "70.1 bn EUR" in cell and "(conflict)" in cell
    assert model.data(model.index(0, model.header.index("2024")), Qt.ItemDataRole.BackgroundRole) is not None


def test_renders_on_the_default_pack(qtbot, default_pack, tmp_path):
    session = Session()
    session.open_pack(default_pack)
    panel = make_panel(qtbot, session)
    panel.resize(900, 700)
    for setup in ({"indicator_id": "goods_exports", "basis": "converted", "chart": "bar"},
                  {"indicator_id": "goods_exports", "chart": "line", "basis": "published"},
                  {"indicator_id": "lng_imports_value", "basis": "converted", "currency": "EUR"}):
        session.set_comparison(**setup)
        settle(panel)
        image = panel.grab().toImage()
        assert image.width() == 900 and image.height() == 700
        assert panel.chart_view.plot_items and panel.chart_view.title_text


def test_ticked_series_the_partner_filter_hides_are_named_with_a_way_to_show_them(qtbot, default_pack):
    session = Session()
    session.open_pack(default_pack)
    panel = make_panel(qtbot, session)
    panel.sig_filter_change_requested.connect(
        lambda changes: session.set_filter(origin="comparison", **changes))
    session.set_comparison(origin="test", indicator_id="goods_exports", basis="converted",
                           currency="USD", chart="bar", series=["eu>jp", "us>jp"])
    settle(panel)
    assert not panel.hidden_notice.isVisible()
    session.set_filter(origin="test", partners=["eu"])
    settle(panel)
    notice = panel.hidden_notice
    assert notice.isVisible() and "United States → Japan" in notice.text()
    assert "1 ticked series is hidden by the partner filter" in notice.text()
    assert panel.show_hidden_button.isVisible()
    qtbot.mouseClick(panel.show_hidden_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert session.filter.partners == {"eu", "us"}
    assert not notice.isVisible()
    assert {k for _, k, _, _ in panel.chart_view.plotted_values()} == {"eu>jp", "us>jp"}


def test_japanese_labels_name_the_series_domains_and_the_chart(qtbot, default_pack):
    session = Session()
    session.open_pack(default_pack)
    panel = make_panel(qtbot, session)
    session.set_comparison(origin="test", indicator_id="goods_exports", basis="growth")
    session.set_label_language("ja", origin="test")
    settle(panel)
    names = [panel.series_list.item(i).text() for i in range(panel.series_list.count())]
    assert "欧州連合 → 日本" in names
    model = panel.indicator_combo.model()
    headers = [model.item(r).text() for r in range(model.rowCount())
               if model.item(r).data(Qt.ItemDataRole.UserRole) is None]
    assert "貿易" in headers
    assert panel.chart_view.title_text == "財の輸出額：伸び率"  # the indicator's Japanese name
    assert "欧州連合 → 日本" in panel.chart_view.legend_text
    assert panel.table_model.headerData(0, Qt.Orientation.Horizontal) == "系列"
    # The indicator list and its definition read in Japanese too, and back in English.
    assert panel.indicator_combo.currentText().strip() == "財の輸出額"
    assert panel.indicator_description.text().startswith("報告国から相手国への")
    session.set_label_language("en", origin="test")
    settle(panel)
    assert panel.indicator_combo.currentText().strip() == "Goods exports"
    assert panel.indicator_description.text().startswith("Value of merchandise exports")
    assert panel.chart_view.title_text == "Goods exports: % change"


def test_while_a_pack_loads_the_panel_says_loading_not_nothing_to_draw(qtbot):
    session = Session()
    panel = make_panel(qtbot, session)
    panel.set_loading(True)
    assert panel.start_hint.text() == "Loading the pack…"
    assert panel.chart_view.message_text == ""


def test_the_table_filled_while_its_tab_was_hidden_shows_the_current_figures(qtbot, default_pack):
    """The table follows the chart while its tab is hidden only when shown or copied: what the
    Table tab and "Copy table" give after filter changes is the table of the chart on screen."""
    session = Session()
    session.open_pack(default_pack)
    panel = make_panel(qtbot, session)
    session.set_comparison(indicator_id="services_exports", chart="line")
    settle(panel)
    assert panel.tabs.currentWidget() is panel.chart_view
    for year in ("2021", "2022"):
        session.set_filter(origin="filter-bar", day_from=parse_bound(year, upper=False),
                           day_to=parse_bound("2025", upper=True))
        settle(panel)
    fresh = make_panel(qtbot, session)
    settle(fresh)
    wanted = fresh.table_model.text_for(None)
    assert "2021" not in fresh.table_model.header and "2022" in fresh.table_model.header
    panel.tabs.setCurrentIndex(1)  # the Table tab
    view_model = panel.table_view.model()
    assert view_model.text_for(None) == wanted
    assert view_model.rowCount() == fresh.table_view.model().rowCount()
    panel.tabs.setCurrentIndex(0)
    session.set_filter(origin="filter-bar", day_from=parse_bound("2021", upper=False),
                       day_to=parse_bound("2025", upper=True))
    settle(panel)
    settle(fresh)
    panel.copy_table()  # from the Chart tab, as the Edit menu does
    assert "2021" in QApplication.clipboard().text()
    assert QApplication.clipboard().text() == fresh.table_model.text_for(None)
