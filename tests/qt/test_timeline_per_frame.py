"""Work the timeline does once and keeps: what a frame finds again must draw what working it out
afresh draws, and a frame must not redo what the frame before already worked out."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF, QImage

from explorer.data.pack_loader import load_pack
from explorer.domain.dates import day_number
from explorer.qt.render import timeline_backdrop as tb
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.packs import write_pack

SIZE = QSize(1200, 600)
HEADER = "id,label,actor,start,end,source_id\n"


def _day(y: int, m: int = 1, d: int = 1) -> float:
    return float(day_number(dt.date(y, m, d)))


def _view(qtbot, session: Session) -> TimelineView:
    v = TimelineView(session)
    qtbot.addWidget(v)
    v.resize(SIZE)
    return v


def _pixels(view: TimelineView) -> np.ndarray:
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


@pytest.fixture(scope="module")
def s_pack(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("s"), "S")
    return load_pack(folder)


class _CountingMetrics(QFontMetricsF):
    elided = 0

    def elidedText(self, *args):
        _CountingMetrics.elided += 1
        return super().elidedText(*args)


def test_an_era_name_too_short_to_show_is_not_elided_again_each_frame(qtbot, tmp_path,
                                                                       monkeypatch):
    """A term whose name has no room (the next term begins two days later) shows no name; the
    next frames at the same place find that out without eliding its name again (they did on
    every frame: some forty names at tier S's whole span). The strip is the same picture."""
    eras = ("alpha,Alphonse Longname (JP PM),jp,2025-01-10,2025-01-12,src-a\n"
            "beta,Beta (JP PM),jp,2025-01-12,2025-10-21,src-b\n")
    session = Session()
    session.open_pack(load_pack(write_pack(tmp_path / "p", {"eras.csv": HEADER + eras})))
    view = _view(qtbot, session)
    monkeypatch.setattr(tb, "QFontMetricsF", _CountingMetrics)
    ranges = [(_day(2024, 12, 1), _day(2025, 6, 1)), (_day(2024, 12, 1) + 0.5, _day(2025, 6, 1) + 0.5)]
    for rng in ranges:  # each range painted once: the names shaped
        view.set_visible_range(*rng)
        first = _pixels(view)
    _CountingMetrics.elided = 0
    for _ in range(3):
        for rng in ranges:
            view.set_visible_range(*rng)
            view._painter.invalidate()  # painted again, not the kept picture
            again = _pixels(view)
    assert _CountingMetrics.elided == 0, "era names were elided again"
    monkeypatch.setattr(tb, "ERA_NAMES_KEPT", False)  # the former lookup: the same picture
    view._painter.invalidate()
    assert (again == _pixels(view)).all()
    assert (again == first).all()


def test_era_names_kept_draw_what_names_shaped_afresh_draw(qtbot, s_pack, monkeypatch):
    """Tier S, the whole span nudged, zoomed and panned: the strip with kept names (shown or
    elided to nothing) equals the strip with every name elided again."""
    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    view.zoom_to_fit()
    lo, hi = view.visible_range()
    span = hi - lo
    mid = (lo + hi) / 2
    ranges = [(lo + span * 0.001 * (k % 2), hi + span * 0.001 * (k % 2)) for k in range(4)]
    ranges += [(mid - span * 0.005 + span * 0.001 * k, mid + span * 0.005 + span * 0.001 * k)
               for k in range(3)]
    for rng in ranges:
        view.set_visible_range(*rng)
        monkeypatch.setattr(tb, "ERA_NAMES_KEPT", True)
        view._painter.invalidate()
        a = _pixels(view)
        monkeypatch.setattr(tb, "ERA_NAMES_KEPT", False)
        view._painter._era_statics.clear()
        view._painter.invalidate()
        assert (a == _pixels(view)).all(), rng


def test_a_filter_taken_back_finds_its_items_grouped_and_draws_a_fresh_view(qtbot, s_pack,
                                                                           monkeypatch):
    """Tier S: every event, a narrow filter, every event again. The items shown again are found
    grouped by colour and style as they were (not grouped afresh), and the picture is the one
    a new view of every event draws; a different set of items is grouped afresh."""
    from explorer.qt.render import timeline_items as ti

    calls = []
    grouped = ti._batches

    def counting(*args):
        calls.append(len(args[0]))
        return grouped(*args)

    monkeypatch.setattr(ti, "_batches", counting)
    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    view.zoom_to_fit()
    _pixels(view)
    from benchmarks.scenarios.filtering import filters

    session.set_filter(**filters(s_pack)[0])  # the harness's narrow filter
    calls.clear()
    narrow = _pixels(view)
    assert calls, "a new set of items is grouped"
    session.clear_filter()
    calls.clear()
    again = _pixels(view)
    assert not calls, "the items shown before were grouped again"
    fresh = _view(qtbot, session)
    fresh.set_visible_range(*view.visible_range())
    assert (again == _pixels(fresh)).all()
    assert (again != narrow).any()


@pytest.mark.parametrize("height", [600, 437])
def test_overflow_ticks_as_lines_are_the_ticks_filled_one_by_one(qtbot, s_pack, monkeypatch,
                                                                 height):
    """Items that did not fit their lane show as 1 x 2 px ticks along its foot: drawn as one
    picture per lane foot, they are the pixels of a rectangle filled per tick, at the whole
    span nudged, zoomed out and in, panned, at two heights (lane feet on other fractions of a
    pixel)."""
    from explorer.qt.render import timeline_items as ti

    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    view.resize(SIZE.width(), height)
    view.zoom_to_fit()
    lo, hi = view.visible_range()
    span = hi - lo
    mid = (lo + hi) / 2
    ranges = [(lo + span * 0.001 * (k % 2), hi + span * 0.001 * (k % 2)) for k in range(2)]
    ranges += [(lo - span * z, hi + span * z) for z in (0.05, 0.3)]
    ranges += [(mid - span * 0.1 + span * 0.013 * k, mid + span * 0.1 + span * 0.013 * k)
               for k in range(3)]
    ticks = 0
    for rng in ranges:
        view.set_visible_range(*rng)
        monkeypatch.setattr(ti, "OVERFLOW_AS_LINES", True)
        view._painter.invalidate()
        a = _pixels(view)
        ticks += view.overflow_count
        monkeypatch.setattr(ti, "OVERFLOW_AS_LINES", False)
        view._painter.invalidate()
        assert (a == _pixels(view)).all(), rng
    assert ticks > 100, "frames with overflow ticks were compared"
