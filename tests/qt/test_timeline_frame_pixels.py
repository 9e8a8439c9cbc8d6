"""The timeline's frames drawn the quicker way are the frames drawn the former way, pixel for
pixel: through pans and zooms (whole pixels and fractions), a filter, a look change, Japanese
labels, another size and a pixel ratio of 2, on the shipped pack and on a generated tier-S pack.

Each switch named in ``SWITCHES`` is a module flag kept for these tests and the same-run
measurement (docs/performance.md, "timeline-10")."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from explorer.qt.render import timeline_backdrop as tb
from explorer.qt.render import timeline_text as tt
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session

SIZE = QSize(1200, 600)

# (module, flag): True is the quicker way, False the former.
SWITCHES = [(tb, "GROUNDS_UNDER_LAYERS_SKIPPED"), (tt, "NOTES_APART")]


def _pixels(view: TimelineView, dpr: float = 1.0) -> np.ndarray:
    image = QImage(round(view.width() * dpr), round(view.height() * dpr),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


def _set(monkeypatch, on: bool) -> None:
    for module, flag in SWITCHES:
        monkeypatch.setattr(module, flag, on)


def _script(d0: float, d1: float) -> list[tuple[float, float]]:
    """The whole span nudged by fractions and whole pixels both ways, zoomed in twice, panned
    there by whole steps and fractions, the whole span again."""
    span = d1 - d0
    out = [(d0, d1)]
    for shift in (0.001, 0.0013, -0.0007, 0.05):
        out.append((d0 + shift * span, d1 + shift * span))
    mid = (d0 + d1) / 2
    for frac in (1 / 16, 1 / 200):
        z0, z1 = mid - span * frac, mid + span * frac
        for k in (0.0, 0.1, 0.2, 0.2137, -0.35):
            step = (z1 - z0) * k
            out.append((z0 + step, z1 + step))
    out.append((d0, d1))
    return out


def _same_frames(qtbot, monkeypatch, session: Session, ranges, between=None, dpr: float = 1.0,
                 size: QSize = SIZE) -> None:
    """Each range painted by a view the quicker way and by one the former way (its measures
    worked out afresh): the same pixels. ``between(i, views)``: a change before frame ``i``."""
    new_view, old_view = TimelineView(session), TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(size)
    for i, rng in enumerate(ranges):
        if between is not None:
            between(i, (new_view, old_view))
        _set(monkeypatch, True)
        new_view.set_visible_range(*rng)
        new = _pixels(new_view, dpr)
        _set(monkeypatch, False)
        old_view.set_visible_range(*rng)
        old_view._painter._memos.clear()
        old = _pixels(old_view, dpr)
        ys, xs = np.nonzero(new != old)
        if len(ys):
            pytest.fail(f"{len(ys)} pixels differ at frame {i} {rng} "
                        f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")


def _whole(qtbot, session: Session) -> tuple[float, float]:
    probe = TimelineView(session)
    qtbot.addWidget(probe)
    probe.resize(SIZE)
    probe.zoom_to_fit()
    return probe.visible_range()


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_frames_on_the_shipped_pack_are_the_former_frames(qtbot, monkeypatch, default_pack, dpr):
    """Pans and zooms, a filter and the filter taken back, the dark look, Japanese labels and a
    size whose gutter and axis fall on other fractions of a pixel."""
    from explorer.charts.theme import DARK

    session = Session()
    session.open_pack(default_pack)
    ranges = _script(*_whole(qtbot, session))
    actors = sorted(default_pack.actors["id"].astype(str))

    def between(i: int, views) -> None:
        if i == 3:
            session.set_filter(origin="test", partners=frozenset(actors[:2]))
        elif i == 5:
            session.clear_filter(origin="test")
        elif i == 7:
            for v in views:
                v._painter.set_theme(DARK)
                v.update()
        elif i == 9:
            session.set_label_language("ja", origin="test")
        elif i == 11:
            for v in views:
                v.resize(SIZE.width() - 37, SIZE.height() + 91)

    _same_frames(qtbot, monkeypatch, session, ranges, between, dpr=dpr)


def test_frames_on_a_generated_pack_are_the_former_frames(qtbot, monkeypatch, tier_s_pack):
    """Tier S (1,000 events, 42 overlapping eras, lanes that overflow) at the harness's size,
    and the same with a narrower filter and Japanese labels."""
    session = Session()
    session.open_pack(tier_s_pack)
    ranges = _script(*_whole(qtbot, session))
    actors = sorted(tier_s_pack.actors["id"].astype(str))

    def between(i: int, views) -> None:
        if i == 6:
            session.set_filter(origin="test", partners=frozenset(actors[:3]))
        elif i == 9:
            session.clear_filter(origin="test")
            session.set_label_language("ja", origin="test")

    _same_frames(qtbot, monkeypatch, session, ranges, between, size=QSize(1600, 900))


def test_the_gutter_is_not_drawn_again_when_only_its_counts_change(qtbot, monkeypatch,
                                                                  tier_s_pack):
    """Tier S's whole span panned by small steps: the lanes keep their places while the
    "+N more" counts under their names change. The names' picture is drawn once and the
    counts over it, the same pixels; drawn into the picture, every new count drew the gutter
    again. Then a lower view: the lanes, and their counts, move."""
    session = Session()
    session.open_pack(tier_s_pack)
    d0, d1 = _whole(qtbot, session)
    span = d1 - d0
    ranges = [(d0 + k * span / 40, d1 + k * span / 40) for k in range(12)]
    drawn = {True: 0, False: 0}
    gutter = tt._update_gutter

    def counting(self, painter, f, **kw):
        if kw.get("names", True):
            drawn[tt.NOTES_APART] += 1
        return gutter(self, painter, f, **kw)

    monkeypatch.setattr(tt, "_update_gutter", counting)
    from explorer.qt.render.timeline_painter import TimelinePainter

    monkeypatch.setattr(TimelinePainter, "_update_gutter", counting)
    counts = set()
    pictures: dict[bool, list[np.ndarray]] = {True: [], False: []}
    for apart in (False, True):
        monkeypatch.setattr(tt, "NOTES_APART", apart)
        view = TimelineView(session)
        qtbot.addWidget(view)
        for k, rng in enumerate(ranges + ranges[:4]):
            if k in (0, len(ranges)):  # then the lanes move: the counts go elsewhere
                view.resize(QSize(1600, 900 if k == 0 else 820))
            view.set_visible_range(*rng)
            pictures[apart].append(_pixels(view))
            f = view._ensure_frame()
            if f.overflow_lane is not None:
                counts.add(np.bincount(f.overflow_lane.astype(np.int64)).tobytes())
    assert len(counts) > 3, "the counts did not change: nothing tested"
    assert drawn[True] < drawn[False] / 2
    for i, (new, old) in enumerate(zip(pictures[True], pictures[False])):
        assert (new == old).all(), f"frame {i} differs"
