"""One filter change, one paint: the window does the work a change leaves for later (the Compare
rebuild, item views' layouts) before it paints, so each visible panel paints once per change instead
of once per deferred step (what a user sees as flicker and waits for as lag)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.domain.dates import parse_bound
from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings
from tests.qt.helpers import PaintRecorder

IDLE_MS = 400  # longer than any deferred step of a change (the timeline's 150 ms list refresh)


def open_every_panel(qtbot, compare: bool = True) -> MainWindow:
    """The default pack, an indicator compared, Compare beside Events: four panels on screen."""
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None)
    window.removeDockWidget(window.compare_dock)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.compare_dock)
    window.splitDockWidget(window.table_dock, window.compare_dock, Qt.Orientation.Horizontal)
    window.compare_dock.show()
    if compare:
        indicator = str(window.session.pack.indicators["id"].iat[0])
        window.session.set_comparison(origin="test", indicator_id=indicator)
    qtbot.wait(IDLE_MS)
    return window


def panels(window: MainWindow) -> dict:
    # the filter bar by its count, which every change rewrites (the count is opaque: the bar
    # behind it is not repainted for it)
    return {"window": window, "timeline": window.timeline, "filters": window.filter_bar.count_label,
            "events": window.table.view.viewport(), "compare": window.comparison,
            "chart": window.comparison.chart_view}


FILTERS = [{"day_from": parse_bound("2015", upper=False), "day_to": parse_bound("2024", upper=True)},
           {"day_from": parse_bound("2010", upper=False), "day_to": parse_bound("2026", upper=True)}]


def paints_per_change(qtbot, window: MainWindow) -> list[dict[str, int]]:
    for name in ("timeline", "filters", "events", "compare"):
        assert not panels(window)[name].visibleRegion().isEmpty(), f"{name} is not on screen"
    counter = PaintRecorder(panels(window))
    seen = []
    for changes in FILTERS:
        counter.counts.clear()
        shown_before = window.table.model.rowCount()
        window.session.set_filter(origin="filter-bar", **changes)
        qtbot.wait(IDLE_MS)
        assert window.table.model.rowCount() != shown_before  # a real change
        assert window.table.model.rowCount() == len(window.session.visible_events)
        seen.append(dict(counter.counts))
    return seen


def test_a_filter_change_paints_the_window_and_each_visible_panel_once(qtbot):
    window = open_every_panel(qtbot, compare=False)
    for counts in paints_per_change(qtbot, window):
        compare = counts.pop("compare", 0)  # its start page: painted only if Qt found it dirty
        # the window itself not at all: the status bar's count fills its own ground
        assert counts == {"timeline": 1, "filters": 1, "events": 1}
        assert compare <= 1
    window.close()


def test_with_a_chart_a_filter_change_paints_the_other_panels_once(qtbot):
    window = open_every_panel(qtbot)
    for counts in paints_per_change(qtbot, window):
        assert {k: counts.get(k) for k in ("timeline", "filters", "events")} == \
            {"timeline": 1, "filters": 1, "events": 1}
    window.close()


def test_with_a_chart_a_filter_change_paints_the_compare_panel_once(qtbot):
    """The chart's redraw lays itself out up to the window before the paint (its title, legend,
    notes and panel heights change with the data): the Compare panel and the chart paint once."""
    window = open_every_panel(qtbot)
    try:
        for counts in paints_per_change(qtbot, window):
            # (the window itself paints nothing when only panels change: the count is opaque)
            assert counts.get("window", 0) <= 1 and counts.get("chart", 0) <= 1
            assert counts.get("compare", 0) <= 1
    finally:
        window.close()


def test_a_hidden_compare_panel_paints_nothing_and_shows_the_filter_when_raised(qtbot):
    """Tabbed away, the Compare panel is neither painted nor rebuilt: the window's pre-paint settle
    leaves an off-screen panel's deferred rebuild alone."""
    window = open_every_panel(qtbot)
    window.tabifyDockWidget(window.table_dock, window.compare_dock)
    window.go_to_panel("events")  # Compare behind Events, as on a laptop's first run
    qtbot.wait(IDLE_MS)
    assert window.comparison.visibleRegion().isEmpty()  # not on screen
    counter = PaintRecorder(panels(window))
    rebuilt = window.comparison.rebuild_count
    window.session.set_filter(origin="filter-bar", day_from=parse_bound("2015", upper=False),
                              day_to=parse_bound("2024", upper=True))
    qtbot.wait(IDLE_MS)
    assert "compare" not in counter.counts and "chart" not in counter.counts
    assert window.comparison.rebuild_count == rebuilt  # off screen: it waits to be seen
    assert counter.counts.get("events") == 1
    window.go_to_panel("compare")
    qtbot.wait(IDLE_MS)
    assert not window.comparison.visibleRegion().isEmpty()
    spec = window.comparison.current_spec
    assert spec is not None and not spec.is_empty
    # the chart's markers are the events the filter keeps, and only those
    visible = set(window.session.pack.events["id"].iloc[list(window.session.visible_events)])
    assert {m.event_id for m in spec.markers} <= visible
    window.close()


def test_a_filter_that_shows_or_hides_the_tables_scroll_bar_paints_the_table_once(qtbot):
    """Few rows, then all of them: the rows' scroll bar goes and comes, the Title column takes the
    width it leaves, and the table still paints once per change, with the columns in their new
    widths (Qt resizes the columns on its next turn; run after the paint, that repainted the whole
    table a second time)."""
    from tests.qt.test_event_paints import on_screen

    window = open_every_panel(qtbot, compare=False)
    try:
        view = window.table.view
        viewport = view.viewport()
        scroll_bar = []
        for change in ({"text": "minerals"}, None, {"text": "minerals"}, None):
            recorder = PaintRecorder({"events": viewport})
            if change is None:
                window.session.clear_filter(origin="filter-clear")
            else:
                window.session.set_filter(origin="filter-bar", **change)
            qtbot.wait(IDLE_MS)
            scroll_bar.append(view.verticalScrollBar().isVisible())
            assert recorder.counts.get("events") == 1
            header = view.horizontalHeader()
            assert header.length() == viewport.width()  # Title took the room the bar gave or took
            assert on_screen(window, viewport) == viewport.grab().toImage()  # = a fresh paint
        assert scroll_bar == [False, True, False, True]  # the bar went and came each time
    finally:
        window.close()


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_a_new_count_lays_out_nothing_and_reads_where_a_label_sized_to_it_would(qtbot, qapp, theme):
    """The filter bar's count and the status bar's "N of M events" keep their size while the count
    changes: a filter change asks the window for no layout (each used to make Qt's main window lay
    out every dock again), the filter bar's count repaints alone, not the dock behind it; the
    counts are drawn where a plain label sized to its text draws them (in the light and dark
    themes; high contrast rules every label, and the rule shows the steady label's room)."""
    from PySide6.QtCore import QEvent, QObject

    from explorer.qt.theme_apply import apply_look, reset_look

    class Layouts(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                self.count += 1
            return False

    settings = Settings()
    settings.set("theme", theme)
    apply_look(qapp, settings)
    window = open_every_panel(qtbot, compare=False)
    layouts = Layouts()
    window.installEventFilter(layouts)
    try:
        bar, count = window.statusBar(), window.filter_bar.count_label
        behind = PaintRecorder({"dock": window.filter_dock})
        footer = count.parentWidget()
        total = len(window.session.pack.events)
        for change in ({"text": "minerals"}, None, *FILTERS):
            layouts.count = 0
            clear_enabled = window.filter_bar.clear_button.isEnabled()
            if change is None:
                window.session.clear_filter(origin="filter-clear")
            else:
                window.session.set_filter(origin="filter-bar", **change)
            qtbot.wait(IDLE_MS)
            shown = len(window.session.visible_events)
            assert layouts.count == 0, change
            if window.filter_bar.clear_button.isEnabled() == clear_enabled:  # else it repaints
                assert "dock" not in behind.counts, change
            assert window.pack_label.text() == f"{shown} of {total} events"
            assert count.text() == f"Showing {shown} of {total} events"
            steady = (bar.grab().toImage(), footer.grab().toImage())
            for label in (window.pack_label, count):  # as a plain label sized to its text
                label.setAutoFillBackground(False)
                label.setContentsMargins(0, 0, 0, 0)
                label.setMinimumSize(0, 0)
                label.setMaximumSize(16777215, 16777215)
            qtbot.wait(50)
            assert window.pack_label.width() == window.pack_label.sizeHint().width()
            if theme != "high_contrast":  # there every label has a rule around it: the steady
                # label's rule spans its room for the largest count (a visible difference)
                assert (bar.grab().toImage(), footer.grab().toImage()) == steady
            count.setAutoFillBackground(True)
            for label, widest in ((window.pack_label, f"{total} of {total} events"),
                                  (count, f"Showing {total} of {total} events")):
                label.fit(widest)  # steady again (one layout)
            qtbot.wait(50)
            behind.counts.clear()
    finally:
        window.close()
        reset_look(qapp)


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_a_change_inside_the_filters_or_events_panel_does_not_repaint_its_dock(qtbot, qapp, theme):
    """The filter bar and the events table fill their own ground (the window colour the dock
    shows behind them): a change that repaints part of them (the Clear button enabled or not, the
    rows' scroll bar coming or going) repaints neither the dock behind nor its title, and the
    window looks as it did with the docks painted behind (every theme)."""
    from explorer.qt.theme_apply import apply_look, reset_look

    settings = Settings()
    settings.set("theme", theme)
    apply_look(qapp, settings)
    window = open_every_panel(qtbot, compare=False)
    try:
        docks = PaintRecorder({"filters_dock": window.filter_dock, "events_dock": window.table_dock})
        seen = []
        for change in ({"text": "minerals"}, None, {"text": "minerals"}, None):
            docks.counts.clear()
            clear_enabled = window.filter_bar.clear_button.isEnabled()
            scroll_bar = window.table.view.verticalScrollBar().isVisible()
            if change is None:
                window.session.clear_filter(origin="filter-clear")
            else:
                window.session.set_filter(origin="filter-bar", **change)
            qtbot.wait(IDLE_MS)
            seen.append((window.filter_bar.clear_button.isEnabled() != clear_enabled,
                         window.table.view.verticalScrollBar().isVisible() != scroll_bar))
            assert docks.counts == {}, (change, docks.counts)
        assert seen == [(True, True)] * 4  # the button and the scroll bar changed every time
        opaque = window.grab().toImage()
        for panel in (window.filter_bar, window.table):
            panel.setAutoFillBackground(False)  # the docks paint behind them again
        qtbot.wait(50)
        assert window.grab().toImage() == opaque
    finally:
        for panel in (window.filter_bar, window.table):
            panel.setAutoFillBackground(True)
        window.close()
        reset_look(qapp)


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_a_new_status_count_repaints_the_count_alone_and_looks_as_before(qtbot, qapp, theme):
    """The status bar's "N of M events" fills its own ground in the light and dark looks: a
    filter change repaints the count, not the status bar and the window behind it, and the bar
    looks as it does with the count see-through. High contrast (which draws the bar otherwise)
    keeps it see-through; the ground follows a look applied while the window is open."""
    from explorer.qt.theme_apply import apply_look, reset_look

    settings = Settings()
    settings.set("theme", theme)
    apply_look(qapp, settings)
    window = open_every_panel(qtbot, compare=False)
    try:
        bar, count = window.statusBar(), window.pack_label
        assert count.autoFillBackground() == (theme != "high_contrast")
        recorder = PaintRecorder({"bar": bar, "window": window, "count": count})
        for change in FILTERS:
            window.session.set_filter(origin="filter-bar", **change)
            qtbot.wait(IDLE_MS)
            assert recorder.counts.get("count") == 1, change
            if theme != "high_contrast":
                assert "bar" not in recorder.counts and "window" not in recorder.counts, change
            recorder.counts.clear()
        shown = bar.grab().toImage()
        count.setAutoFillBackground(False)  # the bar and the window paint behind it again
        qtbot.wait(50)
        assert bar.grab().toImage() == shown
        other = Settings()
        other.set("theme", "high_contrast" if theme != "high_contrast" else "light")
        apply_look(qapp, other)  # a look applied while the window is open
        qtbot.wait(50)
        assert count.autoFillBackground() == (theme == "high_contrast")
    finally:
        window.close()
        reset_look(qapp)


def test_the_settle_leaves_a_views_own_timers_to_it_and_asks_each_class_once():
    """Before the paint the window delivers the zero-time timers of Qt's own item views, not
    those of a view whose Python class handles timers itself; which classes do is asked once per
    class and answers as the walk through its bases does."""
    from PySide6.QtWidgets import QListView, QTableView

    from explorer.qt import main_window as mw
    from explorer.qt.views.filter_bar import _CheckList

    class Ticking(QTableView):
        def timerEvent(self, event) -> None:
            super().timerEvent(event)

    class Below(Ticking):
        pass

    for cls, own in ((QTableView, False), (QListView, False), (_CheckList, False), (Ticking, True),
                     (Below, True)):
        assert mw._handles_own_timers(cls) is own
        assert mw._OWN_TIMERS[cls] is own  # remembered
        assert mw._handles_own_timers(cls) is own
