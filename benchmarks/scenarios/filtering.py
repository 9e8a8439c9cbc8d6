"""Filter latency, from intent to every panel repainted, in the real main window.

A ``MainWindow`` (as ``explorer.qt.app`` builds it) opens the tier's pack through its own loader and
compares the pack's first indicator. The Compare dock is split beside the Events dock (a layout a
user can drag to) so the filter bar, event table, timeline and chart are all on screen. One sample:
``Session.set_filter`` with a date range, a partner and a search word (what the filter bar asks
for), the comparison's pending rebuild run at once, then every panel painted: ``update()`` on the
four panels and one event-loop turn, which paints each dirty widget once. (Calling ``repaint()``
on each panel instead paints the timeline twice: the first ``repaint()`` already syncs every dirty
widget of the window.) Two such filters alternate, so every sample is a real change.

Baseline: the naive table (``benchmarks.naive_table``): a ``QSortFilterProxyModel`` (sorted by
date, like ours) over a Python list-of-dicts model, ``filterAcceptsRow`` testing the same predicate
in Python, then the table view repainted. It repaints one table where ours repaints four panels.
"""

from __future__ import annotations

import itertools
import time

from benchmarks.harness import Context

NAME = "filter"
TITLE = "Filter latency"
ORDER = 40
BASELINE_BUDGET_S = 90.0
LOAD_TIMEOUT_S = 600.0


def filters(pack) -> list[dict]:
    """Two alternating filters: date range + partner + search word. The partners are the two
    most frequent event parties that also have figures in the compared (first) indicator, so the
    chart always has something to draw."""
    from explorer.domain.dates import parse_bound

    obs = pack.observations
    mine = obs[obs["indicator_id"] == pack.indicators["id"].iat[0]]
    with_figures = set(mine["reporter"]) | set(mine["partner"])
    ranked = [a for a in pack.event_parties["actor"].value_counts().index if a in with_figures]
    first, second = (ranked + ranked)[:2]
    return [
        {"day_from": parse_bound("2010", upper=False), "day_to": parse_bound("2022", upper=True),
         "partners": frozenset({first}), "text": "minerals"},
        {"day_from": parse_bound("2005", upper=False), "day_to": parse_bound("2025", upper=True),
         "partners": frozenset({second}), "text": "partnership"},
    ]


def open_window(ctx: Context):
    """The real main window with the tier's pack loaded by its own worker, all panels on screen."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from benchmarks.qt_support import settle, show_at, show_every_panel
    from explorer.qt.main_window import MainWindow
    from explorer.state.session import Session
    from explorer.userdata.settings import Settings

    window = MainWindow(Session(), Settings())
    show_at(window, QSize(1920, 1080))
    window.open_pack(str(ctx.pack_path))
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while window.session.pack is None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the window did not open {ctx.pack_path} in {LOAD_TIMEOUT_S:.0f} s")
        QApplication.processEvents()
        time.sleep(0.005)
    show_every_panel(window)
    indicator = str(window.session.pack.indicators["id"].iat[0])
    window.session.set_comparison(origin="benchmark", indicator_id=indicator)
    window.comparison.flush()
    settle()
    return window


def run(ctx: Context) -> None:
    from benchmarks.naive_table import naive_table
    from benchmarks.qt_support import paint_pending, qt_app, settle

    qt_app()
    window = open_window(ctx)
    panels = (window.filter_bar, window.table, window.timeline, window.comparison)
    chosen = itertools.cycle(filters(window.session.pack))

    def repaint_all() -> None:
        window.comparison.flush()  # its zero-time rebuild timer: the next event-loop turn
        for panel in panels:
            panel.update()
        paint_pending()

    def ours() -> None:
        window.session.set_filter(origin="filter-bar", **next(chosen))
        repaint_all()

    def ours_clear() -> None:
        window.session.clear_filter(origin="filter-clear")
        repaint_all()

    applied = ctx.measure(ours, setup=settle)
    shown = len(window.session.visible_events)
    cleared = ctx.measure(ours_clear, setup=lambda: (ours(), settle()))

    proxy, view = naive_table(window.session.pack)
    naive_chosen = itertools.cycle(filters(window.session.pack))

    def naive() -> None:
        proxy.set_predicate(next(naive_chosen))
        view.viewport().repaint()

    def naive_clear() -> None:
        proxy.set_predicate(None)
        view.viewport().repaint()

    base = ctx.measure(naive, setup=settle, budget_s=BASELINE_BUDGET_S)
    base_cleared = ctx.measure(naive_clear, setup=lambda: (naive(), settle()),
                               budget_s=BASELINE_BUDGET_S)
    label = "QSortFilterProxyModel over a list-of-dicts model, table repainted"
    ctx.record("filter.repainted", "date + partner + text → 4 panels repainted", applied,
               baseline=base, baseline_label=label)
    ctx.record("filter.cleared", "clear filter → 4 panels repainted", cleared,
               baseline=base_cleared, baseline_label=label)
    ctx.note(f"the filter keeps about {shown:,} of {len(window.session.pack.events):,} events; "
             f"the chart compares {window.session.comparison.indicator_id}.")
