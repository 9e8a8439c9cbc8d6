"""Every event title's width in the label font is measured ahead, a slice per event-loop turn
while the window is idle (``TimelineView._measure_ahead``), per pack and font: a filter never
applied before then measures none while the user waits. Its frames must be the frames a view
measuring titles only when shown paints, through a larger text and the Japanese titles."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF

from explorer.qt.render import timeline_geometry as geometry
from explorer.qt.render.timeline_painter import TimelinePainter
from explorer.qt.views import timeline_view as tv
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _pixels, _two_views


def _measured_ahead(qtbot, view: tv.TimelineView) -> None:
    """The change's queued work, then a paint starts the idle work (after the pack's frame,
    never before it); the event loop runs it to the end."""
    qtbot.wait(1)
    _pixels(view)
    assert view._widths_ahead.isActive()
    qtbot.waitUntil(lambda: not view._painter.widths_left(), timeout=20000)
    assert not view._widths_ahead.isActive()


def _widths_now(view: tv.TimelineView) -> np.ndarray:
    """Every title's width as the label font measures it now."""
    p = view._painter
    fm = QFontMetricsF(p._label_font)
    return np.array([fm.horizontalAdvance(p._title(r)) for r in range(len(p._label_widths))])


@pytest.mark.parametrize("pack_name", ["default_pack", "tier_s_pack"])
def test_new_filters_measure_no_title_and_paint_the_same_frames(qtbot, monkeypatch, request,
                                                                pack_name):
    from benchmarks.scenarios.filtering import new_filters

    pack = request.getfixturevalue(pack_name)
    ahead, shown = _two_views(qtbot, pack, 1200)
    shown.zoom_to_fit()
    session = ahead._session
    monkeypatch.setattr(tv.TimelineView, "widths_ahead", False)
    _pixels(shown)
    monkeypatch.setattr(tv.TimelineView, "widths_ahead", True)
    measured: list[int] = []
    label_widths_for = geometry.label_widths_for

    def counting(self, rows):
        measured.append(int(np.isnan(self._label_widths[rows]).sum()))
        return label_widths_for(self, rows)

    monkeypatch.setattr(TimelinePainter, "label_widths_for", counting)
    _measured_ahead(qtbot, ahead)
    fresh = new_filters(pack, 6)
    for step, f in enumerate([*fresh[:2], "text", fresh[2], "ja", *fresh[3:]]):
        if f == "text":
            for v in (ahead, shown):
                font = v.font()
                font.setPointSizeF(font.pointSizeF() * 1.2)
                v.setFont(font)
        elif f == "ja":
            session.set_label_language("ja", origin="test")
        else:
            session.set_filter(origin="test", **f)
        monkeypatch.setattr(tv.TimelineView, "widths_ahead", True)
        if not isinstance(f, dict):  # a new font or new titles: measured ahead again
            _measured_ahead(qtbot, ahead)
            assert np.array_equal(ahead._painter._label_widths, _widths_now(ahead)), step
            continue
        measured.clear()
        a = _pixels(ahead)
        assert measured and not any(measured), (step, measured)
        monkeypatch.setattr(tv.TimelineView, "widths_ahead", False)
        b = _pixels(shown)
        assert not shown._widths_ahead.isActive()
        ys, xs = np.nonzero(a != b)
        if len(ys):
            pytest.fail(f"{len(ys)} pixels differ at step {step} "
                        f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")
    assert np.isnan(shown._painter._label_widths).any()  # the reference measured only as shown


def test_a_turn_measures_a_slice_and_large_packs_wait_for_their_titles(qtbot, monkeypatch,
                                                                       tier_s_pack):
    """One turn of the idle work measures a bounded slice (a click waits at most for it), then
    asks for the next turn; a pack past WIDTHS_AHEAD_MAX is measured as shown, as before."""
    session = Session()
    session.open_pack(tier_s_pack)
    view = tv.TimelineView(session)
    qtbot.addWidget(view)
    view.resize(QSize(1200, 600))
    monkeypatch.setattr(tv.TimelineView, "WIDTHS_AHEAD_SLICE_S", 0.0)
    _pixels(view)  # (at 10^3 events the first frame's stacking measured every title)
    view._widths_ahead.stop()
    view._painter.set_font(view.font())  # every title to measure again
    before = int(np.isnan(view._painter._label_widths).sum())
    assert before > 64
    view._measure_ahead()
    assert 0 < before - int(np.isnan(view._painter._label_widths).sum()) <= 32
    assert view._widths_ahead.isActive() and view._painter.widths_left()
    view._widths_ahead.stop()

    monkeypatch.setattr(geometry, "WIDTHS_AHEAD_MAX", len(view._painter._label_widths) - 1)
    before = int(np.isnan(view._painter._label_widths).sum())
    view._measure_ahead()
    assert not view._widths_ahead.isActive()
    assert int(np.isnan(view._painter._label_widths).sum()) == before
    view._painter.set_font(view.font())
    _pixels(view)
    assert not view._widths_ahead.isActive()
