"""Chart frame time with the app's ``ChartView`` at as many points as the tier has observations
(10^6 at tier L), and the chart update after a filter change.

Frames: a line ``ChartSpec`` of 10 series (a day apart, like daily figures) drawn by ``ChartView``,
which configures pyqtgraph the app's way (peak downsampling + clip-to-view, see
``explorer.qt.views.chart_view._PanelPlot``). One sample = a change of the x range and the plot
rendered into a QImage: a pan step of 0.05 % of the span (whole span, then zoomed to 1 %), as
in a slow drag to and fro, so the axes lay out ticks at new places every frame (until 6 December
2026 the frames alternated between two ranges 0.1 % apart, which let the axes reuse their tick
layout: ~1 ms a frame less than a drag, measured).

Baseline: an untuned pyqtgraph ``PlotWidget`` with one ``PlotDataItem`` per series (no downsampling,
no clipping), same data, the same pens as the app (1 px without antialiasing for a dense series,
as ``chart_view._Line`` draws it; 2 px antialiased at or below ``SYMBOL_LIMIT`` points), same
size, same range changes. At or below
``SYMBOL_LIMIT`` points per series (tier S) ours also draws a symbol per point, which the baseline
does not.

Update after a filter change: the app's ``ComparisonPanel`` on the tier's pack comparing its first
indicator; one sample = ``Session.set_filter`` (date range) → the panel rebuilds the spec
(``build_comparison``) and redraws, timed to idle (the panel's zero-time rebuild and redraw
timers and its paints on screen, see ``qt_support.IdleWatcher``). No baseline. Two rows: two date
ranges taken in turn (``update_after_filter``: a filter taken back, which the chart's kept label
texts and note documents answer), and a walk of date ranges the panel has never seen, each
moving both ends by weeks so other figures come into view (``update_new_filter``, from
6 December 2026: the first row alone flattered the chart by ~1.3 ms at tier M, chart-19), after
WALK_WARMUP such filters: the value labels' pool grows over the first filters a session applies
(~190 µs a new label, once; chart-20), and the row measures what a filter costs from then on.
"""

from __future__ import annotations

import itertools

from benchmarks.harness import Context

NAME = "chart"
TITLE = "Chart frame"
ORDER = 60
N_SERIES = 10
BASELINE_BUDGET_S = 60.0


def big_spec(n_points: int):
    """A line chart of ``n_points`` figures in N_SERIES series (built directly: the comparison
    builder is measured by the update-after-filter metric)."""
    import numpy as np

    from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, Figure, Panel, Series
    from explorer.charts.palette import domain_colour
    from explorer.data.pack_schema import DOMAINS

    rng = np.random.default_rng(7)
    per = n_points // N_SERIES
    day0 = -25_000.0  # 1901: 10^5 daily points per series stay within the format's years
    series = []
    for k in range(N_SERIES):
        x = (day0 + np.arange(per) + 0.5).tolist()
        y = (100 * np.exp(np.cumsum(rng.normal(0, 0.01, per)))).tolist()
        key = f"s{k}>jp"
        figures = tuple(Figure(key, "p", xi, yi, "v", "v", "", "src", "[1]") for xi, yi in zip(x, y))
        series.append(Series(key, f"Series {k}", f"s{k}", domain_colour(DOMAINS[k % len(DOMAINS)]),
                             figures))
    return ChartSpec("Synthetic daily figures", "", "synthetic", ChartKind.LINE, Basis.PUBLISHED,
                     (Panel("bn USD", tuple(series)),), (("[1]", "Synthetic source"),), (), ())


PAN_STEP = 0.0005  # of the span: a slow drag, back and forth within ±5 % of the first range


def _ranges(lo: float, hi: float, zoom: float) -> list[tuple[float, float]]:
    """A drag to and fro: ranges of the same span, each PAN_STEP of it beside the one before,
    first right, then back left (a cycle of 400 ranges, no two frames in a row alike)."""
    centre, span = (lo + hi) / 2, (hi - lo) * zoom
    a = centre - span / 2
    steps = [*range(-100, 100), *range(100, -100, -1)]
    return [(a + span * PAN_STEP * i, a + span + span * PAN_STEP * i) for i in steps]


def _frames(ctx: Context, set_range, widget, image, ranges, budget_s=None) -> list[float]:
    from benchmarks.qt_support import render_frame

    cycle = itertools.cycle(ranges)

    def frame() -> None:
        set_range(*next(cycle))
        render_frame(widget, image)

    return ctx.measure(frame, budget_s=budget_s)


def _taken_in_turn() -> list[tuple[int, int]]:
    from explorer.domain.dates import parse_bound

    return [(parse_bound("2010", upper=False), parse_bound("2022", upper=True)),
            (parse_bound("2005", upper=False), parse_bound("2025", upper=True))]


def _never_seen(n: int = 2000) -> list[tuple[int, int]]:
    """``n`` date ranges within 2005–2025, no two alike: the start moves 41 days and the end 67
    days a step (each within its own stretch of years), so each filter shows other figures."""
    from explorer.domain.dates import parse_bound

    lo, hi = parse_bound("2005", upper=False), parse_bound("2025", upper=True)
    return [(lo + (i * 41) % (365 * 8), hi - (i * 67) % (365 * 6)) for i in range(n)]


WALK_WARMUP = 20  # never-seen filters before the walk's samples: the labels' pool full (chart-20)


def _update_after_filter(ctx: Context, ranges: list[tuple[int, int]], warmup: int | None = None
                         ) -> list[float]:
    from benchmarks.qt_support import IdleWatcher, show_at
    from explorer.qt.views.comparison_panel import ComparisonPanel
    from explorer.state.session import Session

    session = Session()
    panel = show_at(ComparisonPanel(session))  # panels exist before a pack opens, as in the app
    session.open_pack(ctx.load_pack())
    session.set_comparison(origin="benchmark", indicator_id=str(session.pack.indicators["id"].iat[0]))
    panel.flush()
    cycle = itertools.cycle(ranges)

    watcher = IdleWatcher({"chart": panel})

    def update() -> None:  # to idle: the panel's own deferred rebuild, redraw and paints
        day_from, day_to = next(cycle)
        session.set_filter(origin="filter-bar", day_from=day_from, day_to=day_to)
        watcher.to_idle()

    samples = ctx.measure(update, setup=watcher.to_idle, warmup=warmup)
    watcher.close()
    return samples


def run(ctx: Context) -> None:
    import pyqtgraph as pg
    from PySide6.QtCore import QSize

    from benchmarks.generator import TIERS
    from benchmarks.qt_support import frame_image, plain_style, qt_app, show_at
    from explorer.qt.views.chart_view import SYMBOL_LIMIT, ChartView

    qt_app()
    n_points = TIERS[ctx.tier].observations
    spec = big_spec(n_points)
    chart = show_at(ChartView())
    chart.set_spec(spec)
    chart.flush()
    plot = chart.plot_items[0]
    lo, hi = chart.x_range()
    graphics = chart.graphics
    image = frame_image(graphics.size())

    naive = show_at(plain_style(pg.PlotWidget()), QSize(graphics.size()))
    naive.setBackground("w")
    for s in spec.panels[0].series:  # the app's pens and antialiasing, nothing else
        naive.addItem(pg.PlotDataItem([f.x for f in s.figures], [f.value for f in s.figures],
                                      pen=pg.mkPen(s.colour, width=1 if len(s.figures) > SYMBOL_LIMIT else 2),
                                      antialias=len(s.figures) <= SYMBOL_LIMIT))

    def ours_range(a: float, b: float) -> None:
        plot.setXRange(a, b, padding=0)

    def naive_range(a: float, b: float) -> None:
        naive.setXRange(a, b, padding=0)

    label = "untuned pyqtgraph PlotDataItem (no downsampling, no clipping)"
    for key, text, zoom in (("frame_whole", "whole span", 1.0), ("frame_zoomed", "zoomed to 1 %", 0.01)):
        ranges = _ranges(lo, hi, zoom)
        ours = _frames(ctx, ours_range, graphics, image, ranges)
        base = _frames(ctx, naive_range, naive, image, ranges, budget_s=BASELINE_BUDGET_S)
        ctx.record(f"chart.{key}", f"frame at {n_points:,} points, {text}", ours, baseline=base,
                   baseline_label=label)
    ctx.record("chart.update_after_filter", "filter → spec rebuilt → chart redrawn",
               _update_after_filter(ctx, _taken_in_turn()))
    ctx.record("chart.update_new_filter", "a filter never applied before → chart redrawn",
               _update_after_filter(ctx, _never_seen(),
                                    warmup=ctx.warmup if ctx.quick else max(ctx.warmup, WALK_WARMUP)))
