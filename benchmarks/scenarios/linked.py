"""Panning and zooming the timeline with "Link time axes" on: the compare chart follows.

The real ``MainWindow`` (as the filter scenario opens it, every panel on screen) comparing the
pack's first indicator, with ``ComparisonPanel.set_link_time_axes(True)``. One sample, timed to idle
(``benchmarks.qt_support.IdleWatcher``): a pan step of 10 % of the visible span
(``TimelineView.set_visible_range``, what a drag does) or a zoom step (``zoom_by`` 2× in, then
out, what the wheel and + / − do); the chart's x range follows through the window's signal, and
the timeline and chart repaint.

Baseline: the naive window (``benchmarks.naive_views.NaiveWindow``): its ``QGraphicsView``
timeline fitted to the same range and its untuned pyqtgraph chart given the same x range, timed to
idle the same way.
"""

from __future__ import annotations

import itertools

from benchmarks.harness import Context

NAME = "linked"
TITLE = "Linked time axes"
ORDER = 46
BASELINE_BUDGET_S = 60.0


def run(ctx: Context) -> None:
    from benchmarks.naive_views import NaiveWindow
    from benchmarks.qt_support import IdleWatcher, qt_app
    from benchmarks.scenarios.filtering import Timed, focus_actor, open_window

    qt_app()
    window = open_window(ctx)
    pack = window.session.pack
    window.comparison.set_link_time_axes(True)
    timeline = window.timeline
    watcher = IdleWatcher({"timeline": timeline, "chart": window.comparison})
    timed = Timed(watcher)
    watcher.to_idle()
    lo, hi = timeline.visible_range()
    span = (hi - lo) / 4  # a quarter of the whole: both panels have something to show
    start = lo + (hi - lo) / 3
    pans = itertools.cycle([(start + span * 0.1 * i, start + span + span * 0.1 * i)
                            for i in (0, 1, 2, 1)])
    timeline.set_visible_range(*next(pans))
    watcher.to_idle()
    zooms = itertools.cycle((2.0, 0.5))

    pan = ctx.measure(timed.action("pan", lambda: timeline.set_visible_range(*next(pans))),
                      setup=watcher.to_idle)
    zoom = ctx.measure(timed.action("zoom", lambda: timeline.zoom_by(next(zooms))),
                       setup=watcher.to_idle)
    c0, c1 = window.comparison.chart_view.x_range()
    t0, t1 = timeline.visible_range()
    followed = abs(c0 - t0) < 1.0 and abs(c1 - t1) < 1.0

    naive = NaiveWindow(pack, window.session.comparison.indicator_id, focus_actor(pack))
    naive.show()
    n_watcher = IdleWatcher({"timeline": naive.timeline, "chart": naive.plot})
    n_timed = Timed(n_watcher)
    n_watcher.to_idle()
    height = naive.scene.itemsBoundingRect().bottom()
    state = {"range": next(pans)}

    def n_show(d0: float, d1: float) -> None:
        from PySide6.QtCore import QRectF, Qt

        state["range"] = (d0, d1)
        naive.timeline.fitInView(QRectF(d0, 0.0, d1 - d0, height), Qt.AspectRatioMode.IgnoreAspectRatio)
        naive.plot.setXRange(d0, d1, padding=0)

    def n_zoom() -> None:
        d0, d1 = state["range"]
        f = next(zooms)
        mid, half = (d0 + d1) / 2, (d1 - d0) / 2 / f
        n_show(mid - half, mid + half)

    n_show(*state["range"])
    b_pan = ctx.measure(n_timed.action("pan", lambda: n_show(*next(pans))), setup=n_watcher.to_idle,
                        budget_s=BASELINE_BUDGET_S)
    b_zoom = ctx.measure(n_timed.action("zoom", n_zoom), setup=n_watcher.to_idle,
                         budget_s=BASELINE_BUDGET_S)
    label = "naive window: QGraphicsView fitted + untuned pyqtgraph setXRange"
    for key, metric, text, ours, base in (
            ("pan", "linked.pan", "pan step 10 %, chart follows, to idle", pan, b_pan),
            ("zoom", "linked.zoom", "zoom step 2× in / out, chart follows, to idle", zoom, b_zoom)):
        ctx.record(metric, text, ours, baseline=base, baseline_label=label,
                   note=f"ours: {timed.summary(key)}; baseline: {n_timed.summary(key)}")
        ctx.note(f"{metric}: ours {timed.summary(key)}; baseline {n_timed.summary(key)}.")
    ctx.note(f"the chart compares {window.session.comparison.indicator_id}; its x range "
             f"{'followed' if followed else 'did NOT follow'} the timeline's.")
    watcher.close()
    n_watcher.close()
