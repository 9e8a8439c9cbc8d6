"""A filter change repaints the Compare panel once, with its final picture: the chart redraws in the
rebuild's turn and lays itself out before the paint (what a user would see as flicker, and waits
for as lag, is each extra pass)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.qt.views.comparison_panel import ComparisonPanel
from explorer.state.session import Session
from tests.qt.helpers import comparison_panel_on

IDLE_MS = 300
FILTERS = [(parse_bound("2010", upper=False), parse_bound("2022", upper=True)),
           (parse_bound("2005", upper=False), parse_bound("2025", upper=True))]


class Counter(QObject):
    """Paint passes of the panel's window (UpdateRequest) and Paint events of a few widgets."""

    def __init__(self, window, widgets: dict) -> None:
        super().__init__()
        self.window = window
        self.names = {id(w): n for n, w in widgets.items()}
        self.counts: dict[str, int] = {}
        for w in [window, *widgets.values()]:
            w.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and watched is self.window:
            self.counts["passes"] = self.counts.get("passes", 0) + 1
        elif event.type() == QEvent.Type.Paint and id(watched) in self.names:
            name = self.names[id(watched)]
            self.counts[name] = self.counts.get(name, 0) + 1
        return False


def test_a_filter_change_paints_the_panel_and_its_chart_once(qtbot):
    session, panel = comparison_panel_on(qtbot, None, height=900, indicator="")
    qtbot.wait(IDLE_MS)
    chart = panel.chart_view
    assert chart.spec is not None and chart.spec.drawable
    counter = Counter(panel, {"chart": chart, "plot": chart.graphics.viewport(),
                              "series list": panel.series_list.viewport()})

    def wait_until_quiet() -> None:
        """Until a whole IDLE_MS passes with no paint: on a busy machine the work left from the
        previous step can still be painting after a fixed wait, and would be counted as this one's."""
        for _ in range(40):
            counter.counts.clear()
            qtbot.wait(IDLE_MS)
            if not counter.counts:
                return

    for day_from, day_to in FILTERS * 2:
        wait_until_quiet()
        counter.counts.clear()
        before = chart.redraw_count
        session.set_filter(origin="filter-bar", day_from=day_from, day_to=day_to)
        seen = -1
        while sum(counter.counts.values()) != seen:  # every paint of this change, however slow
            seen = sum(counter.counts.values())
            qtbot.wait(IDLE_MS)
        assert chart.redraw_count == before + 1  # a real change, drawn once
        assert counter.counts.get("passes") == 1, counter.counts
        assert counter.counts.get("chart", 0) <= 1 and counter.counts.get("plot", 0) <= 1, \
            counter.counts
        assert "series list" not in counter.counts  # its swatches did not change


def test_a_filter_change_that_changes_only_the_figures_leaves_the_legend_and_notes_unpainted(qtbot):
    """Services exports from 2021 and from 2022 on: one figure fewer, the same series, flags and
    sources. The plot repaints; the legend, the notes and the panel around them do not (each
    repaint was a re-layout of the whole panel, the largest part of a filter change)."""
    session = Session()
    panel = ComparisonPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.show()
    qtbot.waitExposed(panel)
    session.open_pack(load_pack(default_pack_path()))
    session.set_comparison(origin="test", indicator_id="services_exports")
    to_2025 = parse_bound("2025", upper=True)
    session.set_filter(origin="filter-bar", day_from=parse_bound("2021", upper=False), day_to=to_2025)
    qtbot.wait(IDLE_MS)
    chart = panel.chart_view
    before_values = chart.plotted_values()
    legend, notes = chart.legend_text, chart.footer_text
    assert legend and notes
    counter = Counter(panel, {"plot": chart.graphics.viewport(), "legend": chart._legend,
                              "notes": chart._footer, "notes area": chart._footer_scroll.viewport(),
                              "tabs": panel.tabs, "controls": panel.base_period_combo})
    for _ in range(40):  # until quiet
        counter.counts.clear()
        qtbot.wait(IDLE_MS)
        if not counter.counts:
            break
    session.set_filter(origin="filter-bar", day_from=parse_bound("2022", upper=False), day_to=to_2025)
    seen = -1
    while sum(counter.counts.values()) != seen:
        seen = sum(counter.counts.values())
        qtbot.wait(IDLE_MS)
    assert chart.plotted_values() != before_values  # the figures changed ...
    assert (chart.legend_text, chart.footer_text) == (legend, notes)  # ... their words did not
    assert counter.counts.get("plot") == 1, counter.counts
    assert not {"legend", "notes", "notes area", "tabs", "controls"} & counter.counts.keys(), \
        counter.counts
