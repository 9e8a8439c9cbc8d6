"""A Compare panel nobody sees (its dock tabbed behind Events, as on a laptop's first run) does
not rebuild its chart on filter changes; raised, it shows the current filter's chart."""

from __future__ import annotations

from explorer.domain.dates import parse_bound
from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings

IDLE_MS = 400


def test_a_tabbed_away_compare_panel_waits_and_catches_up_when_raised(qtbot):
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None)
    window.session.set_comparison(origin="test",
                                  indicator_id=str(window.session.pack.indicators["id"].iat[0]))
    window.tabifyDockWidget(window.table_dock, window.compare_dock)
    window.go_to_panel("events")
    qtbot.wait(IDLE_MS)
    panel = window.comparison
    assert panel.visibleRegion().isEmpty()  # behind the Events tab
    before = panel.rebuild_count
    for lo, hi in (("2015", "2024"), ("2005", "2026")):
        window.session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                                  day_to=parse_bound(hi, upper=True))
        qtbot.wait(IDLE_MS)
    assert panel.rebuild_count == before  # nothing rebuilt for a chart nobody sees
    window.go_to_panel("compare")
    qtbot.waitUntil(lambda: panel.rebuild_count == before + 1, timeout=3000)
    spec = panel.chart_view.spec
    assert spec is not None and not spec.is_empty
    # the chart is the one of the current filter: every marker among the visible events
    visible = set(window.session.pack.events["id"].iloc[list(window.session.visible_events)])
    assert {m.event_id for m in spec.markers} <= visible
    assert window.compare_dock.isVisible() and panel.isVisible()
    window.close()


def test_the_panel_defers_while_off_screen_and_catches_up_when_shown(qtbot):
    """The panel's own part, without the window: hidden, a filter change rebuilds nothing; shown,
    it rebuilds once, for the current filter; asked for its spec while hidden, it builds it."""
    from tests.qt.helpers import comparison_panel_on

    session, panel = comparison_panel_on(qtbot, None, 900, 600, indicator="")
    qtbot.wait(50)
    panel.hide()
    before = panel.rebuild_count
    session.set_filter(origin="filter-bar", day_from=parse_bound("2015", upper=False),
                       day_to=parse_bound("2024", upper=True))
    qtbot.wait(50)
    assert panel.rebuild_count == before
    spec = panel.current_spec  # an export asks: built now, for the current filter
    assert panel.rebuild_count == before + 1
    assert spec is not None
    session.set_filter(origin="filter-bar", day_from=parse_bound("2005", upper=False),
                       day_to=parse_bound("2026", upper=True))
    qtbot.wait(50)
    assert panel.rebuild_count == before + 1
    panel.show()
    qtbot.waitUntil(lambda: panel.rebuild_count == before + 2, timeout=3000)
    assert panel.chart_view.spec is panel.current_spec
