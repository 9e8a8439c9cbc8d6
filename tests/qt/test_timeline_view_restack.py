"""Filter changes, then drags that leave the stacked window: the timeline drawn with its rows
found by heaps, the kept events' interval index cut in one pass and the density strip's order
picked out of one sort is the timeline drawn the former way (rows by scanning every row, the
index built by a sort, the kept middles sorted per change), pixel for pixel."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QSize

from explorer.charts import timeline_layout as tl
from explorer.qt.render import timeline_geometry as tg
from explorer.qt.render import timeline_painter as tp
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.charts.test_timeline_layout_stacking import _former_stack_rows
from tests.qt.test_timeline_frame_pixels import _pixels

SIZE = QSize(1600, 900)


def _former_middles(self: tl.Placements, kept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mid = (self.start_day[kept] + self.end_day[kept] + 1) / 2.0
    order = np.argsort(mid, kind="stable")
    return mid[order], self.lane[kept][order]


@pytest.mark.parametrize("max_rows", [16, 3])
def test_filter_changes_then_drags_draw_the_former_frames(qtbot, monkeypatch, tier_s_pack,
                                                          max_rows):
    """Tier S stacked by window (as at tier M) and crowded from 300 kept events: the partner
    most events share ticked (the whole span a density strip), a quarter of the span dragged
    by tenths (restacks), a narrow filter, one keeping the later 70 % of the span (a density
    strip again), the filter cleared, dragged again after each; with 3 rows a
    lane the rows fill and items share them."""
    monkeypatch.setattr(tg, "STACK_ALL_LIMIT", 100)
    monkeypatch.setattr(tg, "MAX_STACK_ROWS", max_rows)
    new_stack, new_middles = tl.stack_rows, tl.Placements.middles_in_order
    sessions = {"new": Session(), "old": Session()}
    views = {}
    for key, session in sessions.items():
        session.open_pack(tier_s_pack)
        views[key] = view = TimelineView(session)
        qtbot.addWidget(view)
        view.resize(SIZE)
        view.zoom_to_fit()
        view._painter.density_threshold = 300
        view._painter.invalidate()
    d0, d1 = views["new"].visible_range()
    w = (d1 - d0) / 4
    a = (d0 + d1) / 2 - w / 2
    drag = [(a + w * 0.1 * k, a + w + w * 0.1 * k) for k in range(-4, 9, 2)]
    parties = tier_s_pack.event_parties["actor"].value_counts().index
    focus, other = str(parties[0]), str(parties[1])
    steps: list[tuple[str, Any]] = [("range", r) for r in [(d0, d1), *drag]]
    steps += [("filter", {"partners": frozenset({focus})}), ("range", None)]
    steps += [("range", r) for r in drag[::-1]]
    steps += [("filter", {"partners": frozenset({other}), "day_from": int(a),
                          "day_to": int(a + 2 * w)}), ("range", None)]
    steps += [("range", r) for r in drag]
    steps += [("filter", {"partners": frozenset(), "day_from": int(d0 + (d1 - d0) * 0.3),
                          "day_to": int(d1)}), ("range", None)]
    steps += [("range", r) for r in drag[::2]]
    steps += [("clear", None), ("range", None)] + [("range", r) for r in drag[::-1]]
    counts = {"restacks": 0, "shared": 0, "middles": 0}

    def stack_rows(lane, x0, x1, **kwargs):
        rows = new_stack(lane, x0, x1, **kwargs)
        counts["restacks"] += 1
        counts["shared"] += int(len(rows) > 0 and rows.max() == max_rows - 1)
        return rows

    def middles(self, kept):
        counts["middles"] += len(kept) < len(self)
        return new_middles(self, kept)

    for i, (what, arg) in enumerate(steps):
        frames = {}
        for key, session in sessions.items():
            new = key == "new"
            monkeypatch.setattr(tl, "stack_rows", stack_rows if new else _former_stack_rows)
            monkeypatch.setattr(tl.Placements, "middles_in_order",
                                middles if new else _former_middles)
            monkeypatch.setattr(tp, "KEPT_INDEX_FAST", new)
            view = views[key]
            if what == "filter":
                session.set_filter(origin="test", **arg)
            elif what == "clear":
                session.clear_filter(origin="test")
            elif arg is not None:
                view.set_visible_range(*arg)
            frames[key] = _pixels(view)
        assert views["new"].visible_range() == views["old"].visible_range()
        ys, _xs = np.nonzero(frames["new"] != frames["old"])
        assert not len(ys), f"{len(ys)} pixels differ at step {i} ({what})"
    assert counts["restacks"] >= 8, counts  # each drag left its stacked window
    assert counts["middles"] >= 2, counts  # density strips of kept sets drawn
    if max_rows == 3:
        assert counts["shared"] >= 4, counts
