"""The timeline after a filter change, with no sort of the kept events (the kept placements'
index taken from the full one, the visible rows by day picked out of the pack's orders): the
same span fitted, the same events counted and listed outside the view, the same description
and the same picture as the former path, through new filters, the focus partner and clears."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from explorer.charts import timeline_layout as tl
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.render import timeline_painter
from explorer.qt.views import timeline_view
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session

SIZE = QSize(1100, 560)


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture(scope="module")
def s_pack(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("s"), "S")
    return load_pack(folder)


def _pixels(view: TimelineView) -> np.ndarray:
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


def _flags(monkeypatch, on: bool) -> None:
    monkeypatch.setattr(timeline_view, "ORDERS_KEPT", on)
    monkeypatch.setattr(timeline_painter, "KEPT_INDEX_FAST", on)


def _state(view: TimelineView, monkeypatch, on: bool) -> tuple:
    _flags(monkeypatch, on)
    before, after = view.hidden_events()
    return (view.visible_range(), view.hidden_counts(), before.tolist(), after.tolist(),
            view.describe(), view.drawn_placement_count, _pixels(view).tobytes())


@pytest.mark.parametrize("which", ["default", "S"])
@pytest.mark.parametrize("ratio", [0, tl.KEPT_SHARE_FOR_SUBSET, 10**9])
def test_a_filter_change_without_sorts_shows_what_the_sorts_showed(qtbot, monkeypatch,
                                                                   default_pack, s_pack,
                                                                   which, ratio):
    from benchmarks.scenarios.filtering import focus_actor, new_filters

    monkeypatch.setattr(tl, "KEPT_SHARE_FOR_SUBSET", ratio)  # always sorted, as shipped, picked
    pack = default_pack if which == "default" else s_pack
    views = {}
    for on in (False, True):
        _flags(monkeypatch, on)
        session = Session()
        session.open_pack(pack)
        view = TimelineView(session)
        qtbot.addWidget(view)
        view.resize(SIZE)
        views[on] = (session, view)
    focus = frozenset({focus_actor(pack)})
    changes = []
    for f in new_filters(pack, 6):
        changes += [f, {}, {"partners": focus}, f]
    for f in changes:
        for on, (session, _view) in views.items():
            _flags(monkeypatch, on)
            if f:
                session.set_filter(origin="test", **f)
            else:
                session.clear_filter(origin="test")
        old = _state(views[False][1], monkeypatch, False)
        new = _state(views[True][1], monkeypatch, True)
        assert old[:6] == new[:6], f
        assert old[6] == new[6], f  # the picture
    # a pan after the last change: the counts outside the view follow it the same way
    for on, (_session, view) in views.items():
        _flags(monkeypatch, on)
        d0, d1 = view.visible_range()
        view.set_visible_range(d0 + (d1 - d0) / 3, d1 + (d1 - d0) / 3)
    assert _state(views[False][1], monkeypatch, False)[:6] == _state(views[True][1],
                                                                     monkeypatch, True)[:6]
