"""The timeline before any pack: painted without its painter, so numpy and the drawing modules load
after the window's first frame (launch-13 in docs/performance-log.md), and exactly the picture the
painter draws there; what is set before the painter exists reaches it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from explorer.charts.theme import DARK, LIGHT
from explorer.qt import theme as qt_theme
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session


def _shown_view(qtbot, focused: bool) -> TimelineView:
    view = TimelineView(Session())
    qtbot.addWidget(view)
    view.resize(900, 420)
    if focused:
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
    return view


def _picture(view: TimelineView) -> QImage:
    return view.grab().toImage()


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("focused", [False, True], ids=["unfocused", "focused"])
def test_the_frame_before_a_pack_is_the_painters_picture_of_no_pack(qtbot, theme, focused):
    qt_theme.set_look(theme, 1.0)
    try:
        view = _shown_view(qtbot, focused)
        first = _picture(view)
        assert view._painter_made is None  # drawn without the painter
        view._painter  # noqa: B018  # made now: the same view drawn by it
        by_painter = _picture(view)
        assert view._painter_made is not None
        assert first.size() == by_painter.size()
        assert first == by_painter
    finally:
        qt_theme.set_look(LIGHT, 1.0)


def test_what_is_set_before_the_painter_exists_is_what_it_draws(qtbot, default_pack):
    """Eras hidden, a dark look and the domain lanes, chosen while no pack is open (as settings are
    restored at start), hold once the pack is drawn."""
    session = Session()
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    try:
        view.set_eras_visible(False)
        qt_theme.set_look(DARK, 1.0)
        assert view._painter_made is None
        view.set_lane_mode("domain")  # (this one makes it: the lanes are checked against its modes)
        session.open_pack(default_pack)
        assert view.eras_visible() is False
        frame = view._ensure_frame()
        assert frame.era_rect is None  # no era strip drawn
        assert view.lane_mode() == "domain" and view.lane_labels
        assert view.drawn_placement_count > 0
        picture = _picture(view)
        assert picture.pixelColor(picture.width() - 3, 3).name().upper() == DARK.surface.upper()
        view.set_eras_visible(True)
        assert view._ensure_frame().era_rect is not None
    finally:
        qt_theme.set_look(LIGHT, 1.0)
