"""Filter latency, from intent to every panel repainted and the app idle, in the real main window.

A ``MainWindow`` (as ``explorer.qt.app`` builds it) opens the tier's pack through its own loader and
compares the pack's first indicator. The Compare dock is split beside the Events dock (a layout a
user can drag to) so the filter bar, event table, timeline and chart are all on screen.

Every sample is timed TO IDLE (``benchmarks.qt_support.IdleWatcher``): the change is made, then
events are processed until a whole event-loop turn delivers no paint, update request, queued call
or timer and no zero-time timer (the comparison's rebuild, the chart's redraw) is pending. Nothing
is flushed or repainted by hand: the app repaints what it repaints, and the notes report how many
times each panel painted per change. Measured:

* ``filter.repainted``: a narrow filter (date range + one partner + a search word, keeping about
  1 % of events), two alternating so every sample is a change;
* ``filter.broad``: ticking the focus actor as partner (the party most events share, ~80 %) from a
  cleared filter: the expensive case;
* ``filter.search_enter``: a word typed into the filter bar's search field through QTest, then
  Enter (applies at once);
* ``filter.search_typing``: the same word typed, no Enter: the clock includes the search field's
  delay, which the user waits for by design (the filter bar searches on each keystroke when
  searching is cheap, else 250 ms after the last one); target = 250 ms + 16 ms;
* ``filter.cleared``: clearing a narrow filter.

Baseline (``benchmarks.naive_views.NaiveWindow``), the same visible work done naively, in a window
of the same size, timed to idle the same way: the naive table (``QSortFilterProxyModel`` over a
list-of-dicts model, predicate in ``filterAcceptsRow``), a ``QGraphicsScene`` timeline with a rect
and a text item per event shown or hidden one by one, and an untuned pyqtgraph chart of the same
indicator re-plotted from a pandas selection of the whole observation table; its search field
has the same 250 ms debounce. It has no detail panel, no filter-bar facets and no markers on the
chart: it does less than ours, never more.
"""

from __future__ import annotations

import itertools
import statistics
import time

from benchmarks.harness import Context

NAME = "filter"
TITLE = "Filter latency"
ORDER = 40
BASELINE_BUDGET_S = 90.0
LOAD_TIMEOUT_S = 600.0
SEARCH_WORD = "minerals"


def _partners_with_figures(pack) -> list:
    """Event parties, most frequent first, that have figures in the compared (first) indicator."""
    obs = pack.observations
    mine = obs[obs["indicator_id"] == pack.indicators["id"].iat[0]]
    with_figures = set(mine["reporter"]) | set(mine["partner"])
    return [a for a in pack.event_parties["actor"].value_counts().index if a in with_figures]


def filters(pack) -> list[dict]:
    """Two alternating filters: date range + partner + search word. The partners are the two
    most frequent event parties that also have figures in the compared (first) indicator, so the
    chart always has something to draw."""
    from explorer.domain.dates import parse_bound

    ranked = _partners_with_figures(pack)
    first, second = (ranked + ranked)[:2]
    return [
        {"day_from": parse_bound("2010", upper=False), "day_to": parse_bound("2022", upper=True),
         "partners": frozenset({first}), "text": "minerals"},
        {"day_from": parse_bound("2005", upper=False), "day_to": parse_bound("2025", upper=True),
         "partners": frozenset({second}), "text": "partnership"},
    ]


NEW_FILTER_PARTNERS = 4  # the partners ``new_filters`` takes in turn


def whole_turns(reps: int, pack) -> int:
    """``reps`` rounded up to whole turns of ``new_filters``' partners: each partner's filters
    cost their own (at tier M 12–24 ms a sample), so ten samples of four partners in turn weighed
    two of them thrice and two twice, which two depending on the warm-up, and the median moved by
    ±2 ms between runs of the same tree (7 December 2026)."""
    turn = max(1, len(_partners_with_figures(pack)[:NEW_FILTER_PARTNERS]))
    return max(turn, -(-reps // turn) * turn)


def new_filters(pack, n: int) -> list[dict]:
    """``n`` different filters — each of the four most frequent partners with figures in turn, and
    a date range from the pack's own dates (from between its 5th and 41st percentile of start
    days to between its 59th and 95th) — so that each sample applies a filter never applied
    before and keeps a different set of events: the two alternating ``filters`` let a panel that
    remembers its last few filters answer from memory every time, which a user's new filter
    does not."""
    import numpy as np

    ranked = _partners_with_figures(pack)[:NEW_FILTER_PARTNERS]
    days = pack.events["start_day"].to_numpy(np.float64)
    out = []
    for i in range(n):
        lo = float(np.quantile(days, 0.05 + 0.04 * ((i // len(ranked)) % 10)))
        hi = float(np.quantile(days, 0.95 - 0.04 * ((i // (10 * len(ranked))) % 10)))
        # Every facet given, the search word emptied: ``Session.set_filter`` changes only the
        # facets it is given, and these follow the narrow row's filters, whose search word they
        # kept (a tenth of the events at M, where a date + partner filter keeps ~70 %), while
        # the naive window's filter replaces its whole predicate (timeline-21, 7 December 2026).
        out.append({"day_from": int(lo), "day_to": int(hi),
                    "partners": frozenset({ranked[i % len(ranked)]}), "text": ""})
    return out


def focus_actor(pack) -> str:
    """The party most events share (Japan in the default pack, the generator's focus actor)."""
    return str(pack.event_parties["actor"].value_counts().index[0])


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


class Timed:
    """Runs actions to idle and keeps the paints per panel of each timed change."""

    def __init__(self, watcher) -> None:
        self.watcher = watcher
        self.paints: dict[str, list[dict[str, int]]] = {}
        self.turns: dict[str, list[int]] = {}

    def action(self, key: str, act, wait_for=()):
        def run() -> None:
            self.watcher.reset_paints()
            act()
            self.turns.setdefault(key, []).append(self.watcher.to_idle(wait_for))
            self.paints.setdefault(key, []).append(dict(self.watcher.paints))
        return run

    def summary(self, key: str) -> str:
        per = self.paints.get(key) or []
        if not per:
            return ""
        names = list(per[0])
        counts = ", ".join(f"{n} {statistics.median(p[n] for p in per):g}" for n in names)
        return (f"paint events per change, child widgets included (median): {counts}; event-loop turns to idle "
                f"{statistics.median(self.turns[key]):g}")


def run(ctx: Context) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.naive_views import NaiveWindow
    from benchmarks.qt_support import IdleWatcher, qt_app

    qt_app()
    window = open_window(ctx)
    pack = window.session.pack
    panels = {"filters": window.filter_bar, "table": window.table, "timeline": window.timeline,
              "chart": window.comparison, "details": window.detail}
    watcher = IdleWatcher(panels)
    idle = watcher.to_idle
    search = window.filter_bar.search
    search_timer = window.filter_bar._search_timer  # the debounce the user waits for
    focus = focus_actor(pack)
    ours = Timed(watcher)

    chosen = itertools.cycle(filters(pack))
    narrow = ctx.measure(ours.action("narrow", lambda: window.session.set_filter(
        origin="filter-bar", **next(chosen))), setup=idle)
    shown_narrow = len(window.session.visible_events)
    fresh = iter(new_filters(pack, 100))
    new_reps = whole_turns(ctx.reps, pack)
    new = ctx.measure(ours.action("new", lambda: window.session.set_filter(
        origin="filter-bar", **next(fresh))), setup=idle, reps=new_reps)

    def cleared_state() -> None:
        search.clear()
        idle([search_timer])
        window.session.clear_filter(origin="filter-clear")
        idle([search_timer])

    broad = ctx.measure(ours.action("broad", lambda: window.session.set_filter(
        origin="filter-bar", partners=frozenset({focus}))), setup=cleared_state)
    shown_broad = len(window.session.visible_events)

    def type_word(enter: bool):
        def act() -> None:
            QTest.keyClicks(search, SEARCH_WORD)
            if enter:
                QTest.keyClick(search, Qt.Key.Key_Return)
        return act

    enter = ctx.measure(ours.action("enter", type_word(True)), setup=cleared_state)
    typing = ctx.measure(ours.action("typing", type_word(False), wait_for=[search_timer]),
                         setup=cleared_state)
    shown_search = len(window.session.visible_events)

    def narrow_state() -> None:
        window.session.set_filter(origin="filter-bar", **next(chosen))
        idle()

    cleared = ctx.measure(ours.action("cleared", lambda: window.session.clear_filter(
        origin="filter-clear")), setup=narrow_state)
    indicator = window.session.comparison.indicator_id
    cleared_state()

    naive = NaiveWindow(pack, indicator, focus)
    naive.show()
    naive_watcher = IdleWatcher({"search": naive.search, "table": naive.table,
                                 "timeline": naive.timeline, "chart": naive.plot})
    naive_watcher.to_idle()
    base = Timed(naive_watcher)
    n_idle = naive_watcher.to_idle
    n_chosen = itertools.cycle(filters(pack))

    def n_cleared_state() -> None:
        naive.search.clear()
        n_idle([naive.search_timer])
        naive.apply(None)
        n_idle()

    def n_type(enter: bool):
        def act() -> None:
            QTest.keyClicks(naive.search, SEARCH_WORD)
            if enter:
                QTest.keyClick(naive.search, Qt.Key.Key_Return)
        return act

    b = BASELINE_BUDGET_S
    b_narrow = ctx.measure(base.action("narrow", lambda: naive.apply(next(n_chosen))),
                           setup=n_idle, budget_s=b)
    n_fresh = iter(new_filters(pack, 100))
    b_new = ctx.measure(base.action("new", lambda: naive.apply(next(n_fresh))), setup=n_idle,
                        reps=new_reps, budget_s=b)
    b_broad = ctx.measure(base.action("broad", lambda: naive.apply({"partners": {focus}})),
                          setup=n_cleared_state, budget_s=b)
    b_enter = ctx.measure(base.action("enter", n_type(True)), setup=n_cleared_state, budget_s=b)
    b_typing = ctx.measure(base.action("typing", n_type(False), wait_for=[naive.search_timer]),
                           setup=n_cleared_state, budget_s=b)
    b_cleared = ctx.measure(base.action("cleared", lambda: naive.apply(None)),
                            setup=lambda: (naive.apply(next(n_chosen)), n_idle()), budget_s=b)

    label = "naive window: proxy-model table + QGraphicsScene timeline + pyqtgraph chart re-plotted"
    total = len(pack.events)
    for key, metric, text, samples, base_samples in (
            ("narrow", "filter.repainted", "date + partner + text → every panel repainted, to idle",
             narrow, b_narrow),
            ("new", "filter.new", "a date + partner filter never applied before → to idle",
             new, b_new),
            ("broad", "filter.broad", f"tick the focus partner ({focus}) → to idle", broad, b_broad),
            ("enter", "filter.search_enter", f"type “{SEARCH_WORD}” + Enter in the search field → to idle",
             enter, b_enter),
            ("typing", "filter.search_typing",
             f"type “{SEARCH_WORD}”, no Enter (the field's search delay included) → to idle",
             typing, b_typing),
            ("cleared", "filter.cleared", "clear a narrow filter → to idle", cleared, b_cleared)):
        ctx.record(metric, text, samples, baseline=base_samples, baseline_label=label,
                   note=f"ours: {ours.summary(key)}; baseline: {base.summary(key)}")
        ctx.note(f"{metric}: ours {ours.summary(key)}; baseline {base.summary(key)}.")
    ctx.note(f"events kept of {total:,}: narrow filter {shown_narrow:,}, focus partner {focus} "
             f"{shown_broad:,}, search “{SEARCH_WORD}” {shown_search:,}; the chart compares "
             f"{indicator}.")
    watcher.close()
    naive_watcher.close()
