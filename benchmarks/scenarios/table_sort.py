"""Sorting the event table by each column with the app's ``EventTable`` (``EventTableModel``).

One sample: ``QTableView.sortByColumn`` (ascending and descending alternate, so each is a real
sort), then events processed to idle (``qt_support.IdleWatcher``): the view repaints itself. The first sort of a column is reported on its own: the model
computes a column's sort rank on first use, and that first click is the one a user waits for.

Baseline: the naive table (``benchmarks.naive_table``): a ``QSortFilterProxyModel`` over a Python
list-of-dicts model sorting by Python values, same view size, same repaint.
"""

from __future__ import annotations

import itertools
import time

from benchmarks.harness import Context

NAME = "sort"
TITLE = "Table sort"
ORDER = 50
BASELINE_BUDGET_S = 30.0  # per column: at 10^5 rows one naive sort takes seconds


def _sorter(view, watcher):
    from PySide6.QtCore import Qt

    orders = itertools.cycle((Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder))

    def sort(column: int) -> None:
        view.sortByColumn(column, next(orders))
        watcher.to_idle()  # the view's own repaint (header and rows), whatever it defers

    return sort


def run(ctx: Context) -> None:
    from PySide6.QtCore import QSize

    from benchmarks.naive_table import naive_table
    from benchmarks.qt_support import IdleWatcher, qt_app, show_at
    from explorer.qt.models.event_table_model import COLUMNS
    from explorer.qt.views.event_table import EventTable
    from explorer.state.session import Session

    qt_app()
    pack = ctx.load_pack()
    session = Session()
    table = show_at(EventTable(session), QSize(960, 300))  # panels exist before a pack opens
    session.open_pack(pack)
    if table.model.rowCount() != len(pack.events):
        raise RuntimeError(f"the table shows {table.model.rowCount()} of {len(pack.events)} rows")
    watcher = IdleWatcher()
    settle = watcher.to_idle
    ours = _sorter(table.view, watcher)
    _proxy, naive_view = naive_table(pack)
    naive = _sorter(naive_view, watcher)
    for column, title in enumerate(COLUMNS):
        key = title.lower()
        settle()
        t0 = time.perf_counter()
        ours(column)
        first = time.perf_counter() - t0
        samples = ctx.measure(lambda c=column: ours(c), setup=settle)
        base = ctx.measure(lambda c=column: naive(c), setup=settle, budget_s=BASELINE_BUDGET_S)
        ctx.record(f"sort.{key}", f"by {title}", samples, baseline=base,
                   baseline_label="QSortFilterProxyModel over a list-of-dicts model")
        ctx.record(f"sort.first.{key}", f"by {title}, first time", [first])
    ctx.note(f"{table.model.rowCount():,} rows.")
