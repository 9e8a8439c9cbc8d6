"""The naive panels the timeline and filter scenarios compare against, doing the same visible work
the way a first version would.

* ``naive_timeline``: a ``QGraphicsScene`` with, per event, a ``QGraphicsRectItem`` (x = days,
  y = lane by first counterpart) and a ``QGraphicsSimpleTextItem`` label (its title), plus the
  axis text (one label per year); shown by a ``QGraphicsView`` fitted to a day range.
* ``NaiveWindow``: the filter bar's search field, that timeline, the naive event table
  (``benchmarks.naive_table``) and an untuned pyqtgraph chart of the compared indicator, in one
  window of the same size as ours. A filter change is applied naively to all three: the proxy
  re-filters in Python, every event's timeline items are shown or hidden one by one, and the chart's
  figures are selected from the whole observation table with pandas and re-plotted (1-px pens,
  the app's pen width).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from benchmarks.naive_table import accepts, event_rows, naive_table
from benchmarks.qt_support import plain_style

LANE_PX = 20.0
SEARCH_DEBOUNCE_MS = 250  # the same delay as the app's search field: the same user experience


def naive_timeline(pack, focus: str = "jp"):
    """(scene, items, height): per event (rect, label) in event order, plus year labels."""
    from explorer.charts.palette import domain_colour

    ev = pack.events
    scene = QGraphicsScene()
    lanes: dict[str, int] = {}
    brushes: dict[str, QColor] = {}
    font = QFont()
    items = []
    starts = ev["start_day"].to_numpy(np.int64).tolist()
    for start, end, parties, domains, title in zip(starts, ev["end_day"].to_numpy(np.int64).tolist(),
                                                   ev["parties"], ev["domains"], ev["title"]):
        other = next((p for p in parties.split(";") if p and p != focus), focus)
        lane = lanes.setdefault(other, len(lanes) % 10)
        domain = domains.split(";")[0]
        colour = brushes.setdefault(domain, QColor(domain_colour(domain)))
        rect = QGraphicsRectItem(float(start), lane * LANE_PX, float(end - start + 1), LANE_PX * 0.7)
        rect.setPen(Qt.PenStyle.NoPen)
        rect.setBrush(colour)
        scene.addItem(rect)
        label = QGraphicsSimpleTextItem(title)
        label.setFont(font)
        label.setPos(float(start), lane * LANE_PX)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        scene.addItem(label)
        items.append((rect, label))
    height = 10 * LANE_PX + LANE_PX
    if starts:
        import datetime as dt

        from explorer.domain.dates import day_number

        epoch = dt.date(1970, 1, 1).toordinal()
        first = dt.date.fromordinal(max(1, epoch + min(starts))).year
        last = dt.date.fromordinal(min(dt.date.max.toordinal(), epoch + max(starts))).year
        for year in range(first, last + 2):
            tick = QGraphicsSimpleTextItem(str(year))
            tick.setFont(font)
            tick.setPos(float(day_number(dt.date(year, 1, 1))), height)
            tick.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            scene.addItem(tick)
    return scene, items, height + LANE_PX


def naive_timeline_view(scene, height: float) -> tuple[QGraphicsView, callable]:
    view = QGraphicsView(scene)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    plain_style(view)

    def show_range(d0: float, d1: float) -> None:
        view.fitInView(QRectF(d0, 0.0, d1 - d0, height), Qt.AspectRatioMode.IgnoreAspectRatio)

    return view, show_range


class NaiveWindow(QWidget):
    """Search field, timeline, table and chart, filtered the naive way (see the module)."""

    def __init__(self, pack, indicator_id: str, focus: str = "jp") -> None:
        import pyqtgraph as pg

        super().__init__()
        self.pack = pack
        self.indicator_id = indicator_id
        self.rows = event_rows(pack)
        self.proxy, self.table = naive_table(pack)
        self.scene, self.items, height = naive_timeline(pack, focus)
        self.timeline, show_range = naive_timeline_view(self.scene, height)
        ev = pack.events
        show_range(float(ev["start_day"].min()) - 30, float(ev["end_day"].max()) + 30)
        self.plot = pg.PlotWidget()
        self.plot.setBackground("w")
        self.search = QLineEdit()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self._on_search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._on_search)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.timeline, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.table, 2)
        bottom.addWidget(self.plot, 3)
        layout.addLayout(bottom, 1)
        self.resize(QSize(1920, 1080))
        plain_style(self)
        self.replot(None)

    def _on_search(self) -> None:
        self.search_timer.stop()
        text = self.search.text()
        self.apply({"text": text} if text else None)

    def apply(self, predicate: dict | None) -> None:
        """The filter, applied to every panel one Python object at a time."""
        self.proxy.set_predicate(predicate)
        for row, (rect, label) in zip(self.rows, self.items):
            keep = accepts(row, predicate)
            rect.setVisible(keep)
            label.setVisible(keep)
        self.replot(predicate)

    def replot(self, predicate: dict | None) -> None:
        import pyqtgraph as pg

        from explorer.charts.palette import domain_colour
        from explorer.data.pack_schema import DOMAINS

        obs = self.pack.observations
        if getattr(self, "_days_of", None) is not self.pack:  # each figure's days, once per pack
            self._days_of, self._days = self.pack, self.pack.observation_days()
        start, end = self._days
        mask = obs["indicator_id"] == self.indicator_id
        if predicate and predicate.get("partners"):
            partners = list(predicate["partners"])
            mask &= obs["reporter"].isin(partners) | obs["partner"].isin(partners)
        if predicate and predicate.get("day_from") is not None:
            mask &= end >= predicate["day_from"]
        if predicate and predicate.get("day_to") is not None:
            mask &= start <= predicate["day_to"]
        self.plot.clear()
        shown = obs[mask].assign(period_start=start[mask.to_numpy()])
        for k, (_series, group) in enumerate(shown.groupby(["reporter", "partner"])):
            group = group.sort_values("period_start")
            self.plot.plot(group["period_start"].to_numpy(float), group["value"].to_numpy(float),
                           pen=pg.mkPen(domain_colour(DOMAINS[k % len(DOMAINS)]), width=1))
