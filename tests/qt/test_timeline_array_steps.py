"""The timeline's small array steps written without ``np.r_``, ``np.split`` and per-tick Python
give what the former code gave: label places, lane tops, era band unions, item batches, minor
ticks and ticks sliced from kept runs over random inputs, and the frames of a tier-S pack drawn with the former steps
patched back in, pixel for pixel (docs/performance.md, "timeline-11").

The ``_former_*`` functions are the code as it was, kept here as the reference."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from explorer.charts import time_axis as ta
from explorer.charts import timeline_layout as tl
from explorer.qt.render import timeline_backdrop as tb
from explorer.qt.render import timeline_frame as tf
from explorer.qt.render import timeline_items as ti
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session

_ALLOCATE_LANES, _BATCHES = tl.allocate_lanes, ti._batches  # the new ones, before any patch


def _former_place_labels(lane, row, x0, x1, text_w, *, left, right, shape_x0=None,
                         shape_x1=None, anchor=None, inside_ok=None, inside_fraction=1.0,
                         prefer_outside=False, pad=4.0, min_w=36.0, inside_min=80.0):
    n = len(x0)
    lx = np.zeros(n)
    lw = np.zeros(n)
    if n == 0:
        return lx, lw, np.zeros(0, dtype=bool)
    shape_x0 = x0 if shape_x0 is None else shape_x0
    shape_x1 = x1 if shape_x1 is None else shape_x1
    anchor = shape_x1 if anchor is None else np.clip(anchor, x0, x1)
    inside_ok = np.ones(n, dtype=bool) if inside_ok is None else inside_ok
    order = np.lexsort((x0, row, lane))
    ln, rw, a, b, tw = lane[order], row[order], x0[order], x1[order], text_w[order]
    sa, sb, ok, an = shape_x0[order], shape_x1[order], inside_ok[order], anchor[order]
    fr = np.broadcast_to(np.asarray(inside_fraction, dtype=np.float64), (n,))[order]
    po = np.broadcast_to(np.asarray(prefer_outside, dtype=bool), (n,))[order]
    same_next = np.r_[(ln[1:] == ln[:-1]) & (rw[1:] == rw[:-1]), False]
    next_x0 = np.where(same_next, np.r_[a[1:], 0.0], np.inf)
    group_start = np.r_[True, ~same_next[:-1]]
    gid = np.cumsum(group_start) - 1
    prev = np.r_[-np.inf, b[:-1]]
    prev[group_start] = -np.inf
    span = float(np.max(np.abs(np.r_[a, b]))) * 4 + 1.0
    lifted = np.where(np.isfinite(prev), prev - np.min(a) + 1.0, 0.0) + gid * span
    prev_end = np.maximum.accumulate(lifted) - gid * span
    prev_end = np.where(prev_end > 0, prev_end + np.min(a) - 1.0, -np.inf)
    room_inside = np.minimum(sb, right) - np.maximum(sa, left)
    out_limit = np.minimum(next_x0 - pad, right)
    room_outside = out_limit - (sb + pad)
    better_outside = (room_outside >= tw) | (room_outside >= fr * room_inside - 2 * pad)
    inside = ok & (room_inside >= inside_min) & ~(po & better_outside)
    outside_start = np.where(out_limit - (an + pad) >= tw, an + pad, sb + pad)
    start = np.where(inside, np.maximum(sa, left) + pad, outside_start)
    limit = np.where(inside, np.minimum(np.minimum(sb, right) - pad,
                                        start + fr * room_inside), out_limit)
    width = np.minimum(tw, limit - start)
    show = (width >= np.minimum(min_w, tw)) & (width > 0) & (start >= left) & (start >= prev_end)
    lx[order] = start
    lw[order] = np.where(show, width, 0.0)
    flags = np.zeros(n, dtype=bool)
    flags[order] = inside
    return lx, lw, flags


def _former_union(x0, x1):
    if len(x0) < 2:
        return x0, x1 - x0
    order = np.argsort(x0, kind="stable")
    a, b = x0[order], np.maximum.accumulate(x1[order])
    new = np.r_[True, a[1:] > b[:-1]]
    starts = a[new]
    ends = b[np.r_[np.flatnonzero(new)[1:] - 1, len(a) - 1]]
    return starts, ends - starts


def _former_batches(colour, span, inexact, point, few):
    if few:
        return _BATCHES(colour, span, inexact, point, True)  # unchanged
    batches: dict[int, tuple[list[int], ...]] = {}
    bar = ~point
    masks = (bar & span, bar & ~span, bar & ~span & ~inexact, bar & inexact, point,
             point & inexact)
    for k, mask in enumerate(masks):
        sel = np.flatnonzero(mask)
        if not len(sel):
            continue
        cs = colour[sel]
        order = np.argsort(cs, kind="stable")
        sel, cs = sel[order], cs[order]
        cuts = np.flatnonzero(np.diff(cs)) + 1
        for c, members in zip(cs[np.r_[0, cuts]].tolist(), np.split(sel, cuts)):
            b = batches.get(c)
            if b is None:
                b = batches[c] = ([], [], [], [], [], [])
            b[k].extend(members.tolist())
    return batches


def _former_allocate_lanes(*args, **kwargs):
    geom = _ALLOCATE_LANES(*args, **kwargs)
    top = np.r_[0.0, np.cumsum(geom.height)[:-1]]
    return tl.LaneGeometry(top, geom.height, geom.rows, geom.labelled, geom.pitch, geom.pad)


def _equal(a, b) -> bool:
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, np.ndarray):
        return a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b)
    return bool(a == b)


def test_label_places_are_the_former_places():
    """Items in a few lanes and rows, overlapping, cut by the view's edges, on whole pixels
    and fractions; one item alone; everything inside, outside or preferred outside."""
    rng = np.random.default_rng(11)
    for trial in range(600):
        n = 1 if trial % 50 == 0 else int(rng.integers(2, 150))
        lane, row = rng.integers(0, 6, n), rng.integers(0, 4, n)
        x0 = rng.uniform(-600, 2100, n).round(int(rng.integers(0, 3)))
        x1 = x0 + rng.uniform(0, 400, n)
        kw: dict[str, Any] = {
            "left": 100.0, "right": 1500.0, "text_w": rng.uniform(5, 250, n),
            "shape_x0": x0 + rng.uniform(0, 3, n), "shape_x1": x1 - rng.uniform(0, 3, n),
            "anchor": x1 - rng.uniform(0, 9, n), "inside_ok": rng.random(n) < 0.7,
            "inside_fraction": np.where(rng.random(n) < 0.5, 1.0, 0.7),
            "prefer_outside": rng.random(n) < 0.5}
        new = tl.place_labels(lane, row, x0, x1, **kw)
        old = _former_place_labels(lane, row, x0, x1, **kw)
        assert _equal(new, old), f"trial {trial}"
        assert (new[1] > 0).any() or trial % 50 == 0 or n < 5


def test_lane_tops_are_the_former_tops():
    rng = np.random.default_rng(12)
    for trial in range(300):
        n = int(rng.integers(1, 14))
        need = rng.integers(1, 7, n)
        compact = rng.integers(1, 4, n)
        height = float(rng.uniform(40, 900))
        new = tl.allocate_lanes(need, compact, height, pitch=17.0)
        old = _former_allocate_lanes(need, compact, height, pitch=17.0)
        assert _equal(new.top, old.top), f"trial {trial}"
        assert new.top[0] == 0.0 and new.top.dtype == np.float64


def test_era_band_unions_are_the_former_unions():
    """Bands overlapping, touching, nested, one, none."""
    rng = np.random.default_rng(13)
    for trial in range(500):
        m = int(rng.integers(0, 45))
        x0 = rng.integers(0, 1500, m).astype(np.float64)
        x1 = x0 + rng.integers(0, 500, m)
        assert _equal(tf._union(x0, x1), _former_union(x0, x1)), f"trial {trial}"


def test_item_batches_are_the_former_batches():
    """Many items of a dozen colours in every style (the numpy grouping), and one colour."""
    rng = np.random.default_rng(14)
    for trial in range(400):
        n = int(rng.integers(ti.FEW_ITEMS + 1, 900))
        colours = rng.integers(0, 1 if trial % 40 == 0 else 12, n).astype(np.int64)
        args = (colours, rng.random(n) < 0.4, rng.random(n) < 0.3, rng.random(n) < 0.3)
        new, old = ti._batches(*args, False), _former_batches(*args, False)
        assert list(new) == list(old), f"trial {trial}: colours in another order"
        assert all(_equal(new[c], old[c]) for c in new), f"trial {trial}"


def test_minor_ticks_are_the_ticks_of_their_step_less_the_labelled_ones():
    """Ranges from hours to centuries at several widths, every unit the axis may stop at."""
    rng = np.random.default_rng(15)
    gaps = {g: (u, s) for u, s, g in ta._STEPS}
    seen = 0
    for trial in range(1500):
        d0 = float(rng.uniform(-30000, 30000))
        d1 = d0 + float(10 ** rng.uniform(-1, 5.2))
        width = float(rng.uniform(80, 2400))
        for finest in ta.UNITS:
            t = ta.time_ticks(d0, d1, width, finest=finest)
            steps = [s for s in ta._STEPS if ta.UNITS.index(s[0]) <= ta.UNITS.index(finest)]
            assert (t.unit, t.step) in {(u, s) for u, s, _g in steps}
            if not t.minor_spacing:
                assert not t.minor.size
                continue
            unit, step = gaps[int(t.minor_spacing)]
            taken = set(t.major.tolist())
            expected = [d for d in ta._tick_days(unit, step, d0, d1).tolist() if d not in taken]
            assert t.minor.dtype == np.int64 and t.minor.tolist() == expected, f"trial {trial}"
            seen += bool(taken & set(ta._tick_days(unit, step, d0, d1).tolist()))
    assert seen > 100, "no labelled tick among the minor step's: nothing was taken out"


def test_ticks_sliced_from_kept_runs_are_the_ticks_made_afresh(monkeypatch):
    """Pans by fractions and whole days at every zoom from hours to centuries (slices of one
    kept run, then past its window), the timeline's and another range in turn (two callers),
    every unit the axis may stop at; the kept runs cannot be changed through a slice."""
    rng = np.random.default_rng(16)
    fields = ("major", "labels", "minor", "unit", "step", "spacing", "minor_spacing")
    monkeypatch.setattr(ta, "_tick_runs", {})
    sliced = 0
    for trial in range(300):
        span = float(10 ** rng.uniform(-1, 5.2))
        starts = [float(rng.uniform(-30000, 30000)), float(rng.uniform(-30000, 30000))]
        width = float(rng.uniform(80, 2400))
        finest = ta.UNITS[trial % 3]
        for k in range(12):
            who = k % 2
            starts[who] += span * float(rng.choice([0.001, 0.1, -0.37, 0.5, 1.7]))
            d0 = starts[who]
            kept = ta.time_ticks(d0, d0 + span, width, finest=finest)
            monkeypatch.setattr(ta, "TICK_RUNS_KEPT", False)
            made = ta.time_ticks(d0, d0 + span, width, finest=finest)
            monkeypatch.setattr(ta, "TICK_RUNS_KEPT", True)
            for name in fields:
                assert _equal(getattr(kept, name), getattr(made, name)), (trial, k, name)
            sliced += bool(kept.major.size) and not kept.major.flags.owndata
    assert sliced > 1000, "the ticks were not sliced from kept runs: nothing tested"
    run = next(iter(ta._tick_runs.values()))[0][2]
    with pytest.raises(ValueError):
        run[:1] += 1


def _pixels(view: TimelineView) -> np.ndarray:
    image = QImage(view.width(), view.height(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


def test_frames_with_the_former_steps_are_the_same(qtbot, monkeypatch, tier_s_pack):
    """Tier S at the harness's size: the whole span nudged, zoomed to 1 % and panned, new
    filters (each a new grouping of the items), the filter cleared — each frame drawn by a
    view using the new steps and by one using the former steps, the same pixels."""
    session = Session()
    session.open_pack(tier_s_pack)
    views = {}
    for key in ("new", "old"):
        views[key] = TimelineView(session)
        qtbot.addWidget(views[key])
        views[key].resize(QSize(1600, 900))
    views["new"].zoom_to_fit()
    d0, d1 = views["new"].visible_range()
    span, mid = d1 - d0, (d0 + d1) / 2
    ranges = [(d0 + k * span * 0.001, d1 + k * span * 0.001) for k in range(3)]
    ranges += [(mid - span * 0.005 + k * span * 0.001, mid + span * 0.005 + k * span * 0.001)
               for k in range(6)]
    actors = sorted(tier_s_pack.actors["id"].astype(str))
    filters: list[dict[str, Any]] = [{"partners": frozenset(actors[i:i + 2])}
                                     for i in range(0, 8, 2)]
    former = {(tl, "place_labels"): _former_place_labels,
              (tl, "allocate_lanes"): _former_allocate_lanes,
              (tb, "_union"): _former_union, (ti, "_batches"): _former_batches,
              (ta, "TICK_RUNS_KEPT"): False}
    current = {k: getattr(*k) for k in former}
    steps = [(None, r) for r in ranges] + [(f, (d0, d1)) for f in filters] + [({}, (d0, d1))]
    for i, (flt, rng) in enumerate(steps):
        if flt is not None:
            (session.set_filter(origin="test", **flt) if flt
             else session.clear_filter(origin="test"))
        pictures = {}
        for key, funcs in (("new", current), ("old", former)):
            for (module, name), fn in funcs.items():
                monkeypatch.setattr(module, name, fn)
            views[key].set_visible_range(*rng)
            pictures[key] = _pixels(views[key])
        ys, _xs = np.nonzero(pictures["new"] != pictures["old"])
        assert not len(ys), f"{len(ys)} pixels differ at step {i}"


def _whole_view(qtbot, pack) -> TimelineView:
    """A timeline of ``pack`` at the harness's 1600×900, zoomed to fit."""
    session = Session()
    session.open_pack(pack)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(QSize(1600, 900))
    view.zoom_to_fit()
    return view


def test_few_bars_boxed_in_a_loop_are_the_bars_boxed_in_numpy(qtbot, monkeypatch, tier_s_pack):
    """Tier S zoomed in (a few dozen items: bars, hatched month and year bars with outlines,
    dashed approximate ones, diamonds) and panned: the bars boxed in the plain loop, for the
    bars alone, draw what every item boxed in numpy draws."""
    view = _whole_view(qtbot, tier_s_pack)
    d0, d1 = view.visible_range()
    span = (d1 - d0) / 60
    p = view._painter.placements
    assert p is not None
    inexact = np.flatnonzero(p.inexact)  # centres where approximate dates are drawn dashed
    mids = [(d0 + d1) / 2 + span * (0.37 * k - 2.0) for k in range(7)]
    mids += [float(p.start_day[i]) + 0.3 * k for k, i in enumerate(inexact[::len(inexact) // 14])]
    kinds = np.zeros(4, dtype=int)
    few = ti.FEW_ITEMS
    for k, mid in enumerate(mids):
        view.set_visible_range(mid - span, mid + span)
        pictures = []
        for few_items, kept in ((few, True), (0, False)):
            monkeypatch.setattr(ti, "FEW_ITEMS", few_items)
            monkeypatch.setattr(ti, "BARS_KEPT", kept)
            view._painter.invalidate()
            pictures.append(_pixels(view))
        ys, _xs = np.nonzero(pictures[0] != pictures[1])
        assert not len(ys), f"{len(ys)} pixels differ at step {k}"
        f = view._ensure_frame()
        assert f.idx is not None and f.is_point is not None
        if len(f.idx) <= few:  # the plain loop drew these bars
            batches = ti._batches(p.colour[f.idx], p.is_span[f.idx], p.inexact[f.idx],
                                  f.is_point, True)
            kinds += [any(b[j] for b in batches.values()) for j in (0, 1, 2, 3)]
    assert (kinds > 2).all(), f"some kind of bar was never drawn in the loop: {kinds}"


def test_era_rows_are_filled_where_each_era_was_placed(qtbot, monkeypatch, tier_s_pack):
    """Tier S's 42 overlapping eras, whole and zoomed: each row's bands are filled over the
    pixel rows each of its eras was placed at before (worked out per era), now worked out once
    per row; the names' order is the eras' order by row, start and pack order."""
    from explorer.qt.render.timeline_painter import TimelinePainter

    view = _whole_view(qtbot, tier_s_pack)
    d0, d1 = view.visible_range()
    filled: list[tuple[list[int], int, int]] = []
    fill = TimelinePainter._fill_era_row

    def spy(self, painter, line_cols, members, a, b, tint_of, y0, y1):
        filled.append((list(members), y0, y1))
        return fill(self, painter, line_cols, members, a, b, tint_of, y0, y1)

    monkeypatch.setattr(TimelinePainter, "_fill_era_row", spy)
    er = view._painter.eras
    assert er is not None
    for rng in ((d0, d1), (d0 + (d1 - d0) * 0.4, d0 + (d1 - d0) * 0.45)):
        filled.clear()
        view.set_visible_range(*rng)
        _pixels(view)
        f = view._ensure_frame()
        assert f.era_rect is not None and len(filled) >= 2
        top, row_h = f.era_rect.top(), f.era_row_h
        for members, y0, y1 in filled:
            for i in members:
                r = int(er.row[i])
                assert (y0, y1) == (round(top + r * row_h + 1), round(top + (r + 1) * row_h - 1))
    order = np.lexsort((np.arange(len(er)), er.start, er.row))
    assert np.array_equal(tb._era_label_order(er), order)
