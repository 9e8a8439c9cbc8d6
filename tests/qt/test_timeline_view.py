"""The timeline widget, driven through its gestures and the session it listens to."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.data.pack_loader import load_pack
from explorer.domain.dates import day_number
from explorer.paths import default_pack_path
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.packs import write_pack


def day(y: int, m: int = 1, d: int = 1) -> int:
    return day_number(dt.date(y, m, d))


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture
def session(default_pack):
    s = Session()
    s.open_pack(default_pack)
    return s


@pytest.fixture
def view(qtbot, session):
    v = TimelineView(session)
    qtbot.addWidget(v)
    v.resize(1200, 600)
    return v


def wheel(view: TimelineView, pos: QPointF, dy: int = 120, dx: int = 0) -> None:
    event = QWheelEvent(pos, view.mapToGlobal(pos), QPoint(0, 0), QPoint(dx, dy),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, event)


def mouse(view: TimelineView, kind: QEvent.Type, pos: QPointF,
          buttons=Qt.MouseButton.LeftButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, view.mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, event)


def span(view: TimelineView) -> float:
    d0, d1 = view.visible_range()
    return d1 - d0


def hidden_ids(view) -> tuple[list[str], list[str]]:
    ids = view._session.pack.events["id"]
    before, after = view.hidden_events()
    return [ids.iat[r] for r in before], [ids.iat[r] for r in after]


def test_opens_fitted_to_the_bulk_of_the_events(view, default_pack):
    d0, d1 = view.visible_range()
    # the 1902 alliance and the 2010 rare-earth halt do not stretch the view to a century
    assert day(2018, 6) < d0 < day(2019, 2) and day(2025, 12) < d1 < day(2026, 6)
    assert sorted(hidden_ids(view)[0]) == ["anglo-japanese-alliance", "cn-rare-earth-curbs-2010"]
    assert hidden_ids(view)[1] == []
    assert view.accessibleName() == "Timeline" and view.accessibleDescription()
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # the default size has room for every event; a short view leaves what does not fit to the
    # "+N more" count; a tall view shows all again
    assert view.overflow_count == 0
    view.resize(1200, 340)
    assert view.drawn_placement_count + view.overflow_count == len(default_pack.events) - 2
    assert view.overflow_count > 0
    view.resize(1200, 1600)
    assert view.drawn_placement_count == len(default_pack.events) - 2
    assert view.overflow_count == 0


def half_pixel(view) -> float:
    """Half a pixel in days, plus rounding."""
    return 0.5 / view._ensure_frame().px_per_day + 0.01


def test_wheel_zooms_around_the_cursor(view, qtbot):
    view.set_visible_range(day(2019), day(2026))
    x = view._x_of_day(day(2023, 7, 1))
    before = span(view)
    with qtbot.waitSignal(view.sig_visible_range_changed):
        wheel(view, QPointF(x, 200), dy=120)
    assert span(view) < before * 0.8
    # within half a pixel: the day axis starts on a whole pixel so that a pan can scroll
    assert view._day_of_x(x) == pytest.approx(day(2023, 7, 1), abs=half_pixel(view))
    wheel(view, QPointF(x, 200), dy=-240)
    assert span(view) > before
    assert view._day_of_x(x) == pytest.approx(day(2023, 7, 1), abs=half_pixel(view))


def test_horizontal_wheel_pans(view):
    view.set_visible_range(day(2019), day(2026))
    d0, _ = view.visible_range()
    wheel(view, QPointF(600, 200), dy=0, dx=-120)
    assert view.visible_range()[0] > d0
    assert span(view) == pytest.approx(day(2026) - day(2019))


def test_keys_zoom_and_home_fits(view, qtbot):
    fitted = view.visible_range()
    view.setFocus()
    centre = sum(fitted) / 2
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert span(view) == pytest.approx((fitted[1] - fitted[0]) / 1.5)
    assert sum(view.visible_range()) / 2 == pytest.approx(centre)
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert span(view) == pytest.approx((fitted[1] - fitted[0]) / 1.5)
    view.set_visible_range(day(2024), day(2025))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.visible_range() == pytest.approx(fitted)


def test_arrow_keys_request_steps(view, qtbot):
    with qtbot.waitSignal(view.sig_step_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert blocker.args == [1]
    with qtbot.waitSignal(view.sig_step_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert blocker.args == [-1]
    before = view.visible_range()
    with qtbot.assertNotEmitted(view.sig_step_requested):
        qtbot.keyClick(view, Qt.Key.Key_Up)
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.visible_range() == before


def test_drag_pans_by_the_dragged_distance(view, qtbot):
    view.set_visible_range(day(2019), day(2026))
    d0, d1 = view.visible_range()
    ppd = 1.0 / (view._day_of_x(1) - view._day_of_x(0))
    with qtbot.assertNotEmitted(view.sig_event_selection_requested):
        mouse(view, QEvent.Type.MouseButtonPress, QPointF(700, 300))
        mouse(view, QEvent.Type.MouseMove, QPointF(650, 300))
        mouse(view, QEvent.Type.MouseMove, QPointF(600, 305))
        mouse(view, QEvent.Type.MouseButtonRelease, QPointF(600, 305),
              buttons=Qt.MouseButton.NoButton)
    assert view.visible_range()[0] == pytest.approx(d0 + 100 / ppd)
    assert view.visible_range()[1] == pytest.approx(d1 + 100 / ppd)


def test_double_click_zooms_in_around_the_point(view, qtbot):
    view.set_visible_range(day(2019), day(2026))
    x = view._x_of_day(day(2021))
    before = span(view)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(x), 300))
    assert span(view) == pytest.approx(before / 2)
    assert view._day_of_x(int(x)) == pytest.approx(day(2021), abs=2)


def test_clicking_an_event_requests_it_and_empty_space_requests_none(view, qtbot):
    view.set_visible_range(day(2018, 6), day(2019, 8))
    rect = view._placement_rect("eu-jp-epa")
    assert rect is not None and view.rect().contains(rect.center().toPoint())
    with qtbot.waitSignal(view.sig_event_selection_requested) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == ["eu-jp-epa"]
    # within a few pixels still counts
    near = (rect.center() + QPointF(rect.width() / 2 + 4, 0)).toPoint()
    with qtbot.waitSignal(view.sig_event_selection_requested) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=near)
    assert blocker.args == ["eu-jp-epa"]
    assert view._session.selected_event is None  # the view only asks
    empty = QPoint(int(view._x_of_day(day(2018, 9, 1))), int(view._ensure_frame().plot.bottom() - 4))
    with qtbot.waitSignal(view.sig_event_selection_requested) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=empty)
    assert blocker.args == [None]


def test_tooltip_tells_the_event(view):
    view.set_visible_range(day(2018, 6), day(2019, 8))
    rect = view._placement_rect("eu-jp-epa")
    text = view._tooltip_at(rect.center())
    assert "EU-Japan Economic Partnership Agreement" in text
    assert "1 Feb 2019" in text and "In force" in text
    assert "European Union" in text and "Japan" in text
    assert "Signed 17 Jul 2018" in text and "Entered into force 1 Feb 2019" in text  # milestones
    assert view._tooltip_at(QPointF(5, 5)) == ""
    era = view._ensure_frame().era_rect
    tip = view._tooltip_at(QPointF(view._x_of_day(day(2019, 3, 1)), era.top() + 3))
    assert "Abe (JP PM)" in tip and "26 Dec 2012 – 16 Sep 2020" in tip
    tip = view._tooltip_at(QPointF(view._x_of_day(day(2019, 3, 1)), era.bottom() - 3))
    assert "Trump, first term" in tip


def test_filter_changes_what_is_drawn(view, session):
    all_drawn = view.drawn_placement_count
    session.set_filter(domains={"defence"})
    assert hidden_ids(view) == (["anglo-japanese-alliance"], [])  # refitted to the bulk
    assert view.drawn_placement_count == len(session.visible_events) - 1 < all_drawn
    assert view._placement_rect("eu-jp-epa") is None  # trade and investment only
    assert view._placement_rect("jp-uk-raa") is not None
    session.clear_filter()
    assert view.drawn_placement_count == all_drawn


def test_lane_mode_switch_changes_lanes(view, session):
    assert view.lane_mode() == "partner"
    assert view.lane_labels[0] == "Japan–European Union"
    view.set_visible_range(day(1900), day(2040))
    partner_count = view.drawn_placement_count + view.overflow_count
    view.set_lane_mode("domain")
    assert view.lane_mode() == "domain"
    assert view.lane_labels[:3] == ("Trade", "Investment", "Defence")
    assert view.drawn_placement_count + view.overflow_count == len(
        session.pack.event_domains.drop_duplicates()) > partner_count
    view.set_visible_range(day(2025, 6), day(2025, 9))
    assert len(view._placement_rects("eu-jp-summit-2025")) == 4  # one per domain
    with pytest.raises(ValueError):
        view.set_lane_mode("nonsense")


def test_eras_toggle(view):
    assert view.eras_visible()
    with_eras = view._ensure_frame()
    assert with_eras.era_rect is not None
    view.set_eras_visible(False)
    assert not view.eras_visible()
    frame = view._ensure_frame()
    assert frame.era_rect is None and frame.plot.top() < with_eras.plot.top()


def test_selecting_an_event_outside_the_window_pans_to_it(view, session):
    view.set_visible_range(day(2019), day(2020))
    width = span(view)
    session.select_event("takaichi-becomes-pm")
    d0, d1 = view.visible_range()
    assert d0 <= day(2025, 10, 21) < d1
    assert d1 - d0 == pytest.approx(width)
    # already visible: nothing moves
    before = view.visible_range()
    session.select_event("takaichi-economic-policy")
    assert view.visible_range() == before


def _newly_dark_around(before: QImage, after: QImage, r) -> int:
    """Pixels in a 4-px ring around ``r`` that are dark in ``after`` but were not in ``before``."""
    n = 0
    for x in range(int(r.left()) - 4, int(r.right()) + 5):
        for y in range(int(r.top()) - 4, int(r.bottom()) + 5):
            if r.adjusted(-0.5, -0.5, 0.5, 0.5).contains(QPointF(x + 0.5, y + 0.5)):
                continue
            if (QColor(after.pixel(x, y)).lightness() < 80
                    and QColor(before.pixel(x, y)).lightness() >= 80):
                n += 1
    return n


def test_selection_is_highlighted_on_every_copy(view, session):
    view.set_lane_mode("domain")
    view.set_visible_range(day(2025, 6), day(2025, 9))
    rects = view._placement_rects("eu-jp-summit-2025")
    assert len(rects) == 4
    plain = view.grab().toImage()
    session.select_event("eu-jp-summit-2025")
    marked = view.grab().toImage()
    assert all(_newly_dark_around(plain, marked, r) >= 8 for r in rects)
    other = view._placement_rect("us-tariff-letter-2025-07")  # not selected: unchanged
    assert other is not None and _newly_dark_around(plain, marked, other) == 0


def test_a_selected_event_that_did_not_fit_its_lane_is_still_drawn(view, session):
    view.resize(1200, 340)
    frame = view._ensure_frame()
    p = view._placements
    in_view = p.query(*view.visible_range(), view._index)
    hidden = np.setdiff1d(in_view, frame.idx)
    before = view.overflow_count
    assert 0 < len(hidden) <= before
    event_id = session.pack.events["id"].iat[int(p.event_row[hidden[0]])]
    assert view._placement_rect(event_id) is None
    session.select_event(event_id)
    assert view._placement_rect(event_id) is not None
    assert view.overflow_count == before - 1


def test_font_change_remeasures_labels(view):
    view.set_visible_range(day(2018, 6), day(2019, 8))
    before = view._label_widths_for(np.array([0]))[0]
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    assert view._label_widths_for(np.array([0]))[0] > before * 1.3


def test_renders_into_an_image(view):
    view.set_visible_range(day(2019), day(2026))
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    view.render(image)
    assert image.pixel(view.width() // 2, view.height() // 2) != 0  # painted, opaque
    colours = {image.pixel(x, y) for x in range(0, view.width(), 7)
               for y in range(0, view.height(), 7)}
    assert len(colours) > 30
    r = view._placement_rect("eu-jp-epa")
    epa_colour = QColor(image.pixel(r.center().toPoint()))
    assert epa_colour.saturation() > 100  # a coloured marker, not background


def test_density_replaces_markers_when_crowded(view):
    view.set_visible_range(day(1900), day(2040))
    view._painter.density_threshold = 10
    view._painter.invalidate()
    assert view.density_shown and view.drawn_placement_count == 0
    image = view.grab().toImage()
    assert not image.isNull()
    frame = view._ensure_frame()
    lane, col = np.unravel_index(int(np.argmax(frame.density)), frame.density.shape)
    y = frame.plot.top() + frame.lanes.top[lane] + frame.lanes.height[lane] / 2
    tip = view._tooltip_at(QPointF(frame.plot.left() + col + 0.5, y))
    assert tip.startswith(view.lane_labels[lane]) and "events here" in tip
    assert int(frame.density.sum()) == frame.n_in_view
    view.set_visible_range(day(2025, 7, 20), day(2025, 7, 31))
    assert not view.density_shown


def test_empty_session_and_pack_switch(qtbot, tmp_path):
    session = Session()
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(800, 400)
    assert view.lane_labels == () and view.drawn_placement_count == 0
    assert not view.grab().toImage().isNull()
    session.open_pack(load_pack(write_pack(tmp_path / "p")))
    assert view.drawn_placement_count == 5
    assert view.lane_labels[0] == "Japan–European Union"


def test_unsubscribes_when_closed(qtbot, session):
    before = len(session._listeners)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1000, 560)
    assert len(session._listeners) == before + 1
    view.close()
    assert len(session._listeners) == before
    session.set_filter(kinds={"agreement"})  # no error from a closed view
    view.show()
    assert len(session._listeners) == before + 1
    assert view.drawn_placement_count + len(hidden_ids(view)[0]) == len(session.visible_events)


@pytest.mark.parametrize(("d0", "d1"), [(day(2018, 6, 1), day(2025, 6, 1)),
                                        (day(2024, 1, 10), day(2024, 7, 20)),
                                        (day(1990), day(2030)), (day(2019), day(2020))])
def test_chart_axis_and_timeline_label_the_same_range_the_same_way(qapp, d0, d1):
    from explorer.charts import time_axis
    from explorer.qt.views.chart_view import DayAxisItem, day_ticks

    timeline = time_axis.time_ticks(d0, d1, 700)
    (spacing, majors), *_ = day_ticks(d0, d1, 700)
    axis = DayAxisItem()
    axis.tickValues(d0, d1, 700)
    assert majors == timeline.major.tolist()
    assert tuple(axis.tickStrings(majors, 1.0, spacing)) == timeline.labels


# -- a timeline that fits the question ---------------------------------------------------------------
def _centuries_pack(tmp_path, years):
    rows = "".join(f"e{y}-{i},Event {y},,policy,announced,{y}-06-01,,jp;eu,trade,Imported.,,src-a\n"
                   for i, y in enumerate(years))
    header = "id,title,title_ja,kind,status,start,end,parties,domains,summary,summary_ja,source_ids\n"
    return load_pack(write_pack(tmp_path / "long", {"events.csv": header + rows,
                                                    "milestones.csv": "event_id,stage,date,source_id\n",
                                                    "links.csv": "event_id,indicator_id\n"}))


def test_zoom_to_fit_shows_every_century_the_events_span(qtbot, tmp_path):
    # a long imported list, 1720 to 2035: the old 250-year cap showed ~1720-1970 and hid the rest
    session = Session()
    session.open_pack(_centuries_pack(tmp_path, range(1720, 2036)))
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.set_visible_range(day(2000), day(2001))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    d0, d1 = view.visible_range()
    assert day(1700) < d0 < day(1720) and day(2035, 6, 2) < d1 < day(2055)
    assert hidden_ids(view) == ([], [])
    assert view.edge_indicators() == []


def test_zoom_to_fit_shows_the_bulk_when_a_few_events_are_centuries_older(qtbot, tmp_path):
    session = Session()
    session.open_pack(_centuries_pack(tmp_path, [1721, 1722, *range(1970, 2036)]))
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.zoom_to_fit()
    d0, d1 = view.visible_range()
    assert day(1960) < d0 < day(1970) and day(2035, 6) < d1 < day(2040)
    assert [side for side, _r, n in view.edge_indicators()] == [-1]
    assert view.edge_indicators()[0][2] == 2


def test_the_edge_marker_brings_the_nearest_event_outside_the_view_into_it(view, qtbot):
    (side, rect, n), = view.edge_indicators()
    assert (side, n) == (-1, 2)
    frame = view._ensure_frame()
    assert rect.top() >= frame.axis_y and rect.right() <= frame.plot.left()  # over no lane
    assert view._tooltip_at(rect.center()).startswith("2 filtered events before this view")
    assert QColor(view.grab().toImage().pixel(rect.center().toPoint())) == QColor(
        view_theme().accent)  # drawn
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    d0, d1 = view.visible_range()
    assert d0 <= day(2010, 9, 21) < d1  # the rare-earth halt of 2010, the nearest
    assert hidden_ids(view)[0] == ["anglo-japanese-alliance"]
    assert any(s == 1 for s, _r, _n in view.edge_indicators())  # the later ones now counted
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    d0, d1 = view.visible_range()
    assert d0 <= day(1923, 8, 17) and day(1902, 1, 30) < d1  # the alliance (1902-1923) in view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.visible_range()[0] > day(1923, 8, 17)


def view_theme():
    from explorer.qt import theme as qt_theme

    return qt_theme.current()


@pytest.mark.parametrize("mode", ["auto", "ask", "off"])
def test_a_filter_change_refits_asks_or_keeps_the_view(qtbot, session, mode):
    view = TimelineView(session, settings=lambda: mode)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    assert view.refit_mode() == mode
    view.set_visible_range(day(2024), day(2024, 3))
    before = view.visible_range()
    session.set_filter(domains={"defence"})
    bar = view.refit_bar
    if mode == "auto":
        assert view.visible_range() != before and not bar.isVisible()
        assert hidden_ids(view) == (["anglo-japanese-alliance"], [])
        return
    assert view.visible_range() == before
    if mode == "off":
        assert not bar.isVisible()
        return
    assert bar.isVisible() and view.rect().contains(bar.geometry())
    assert "filtered events" in bar.label.text() and bar.fit_button.accessibleName()
    qtbot.mouseClick(bar.fit_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and view.visible_range() != before
    fitted = view.visible_range()
    session.set_filter(domains={"trade"})
    assert bar.isVisible()
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and view.visible_range() == fitted


def test_the_refit_preference_is_read_from_the_settings(qtbot, session, tmp_path):
    from explorer.userdata.settings import Settings

    settings = Settings(tmp_path / "settings.toml")
    view = TimelineView(session, settings=settings)
    qtbot.addWidget(view)
    assert view.refit_mode() == "auto"  # the default
    settings.set("timeline_refit", "off")
    assert view.refit_mode() == "off"
    view.set_visible_range(day(2024), day(2024, 3))
    session.set_filter(kinds={"agreement"})
    assert view.visible_range() == pytest.approx((day(2024), day(2024, 3)))


def test_lanes_use_the_free_height_before_saying_more(view):
    view.resize(1000, 420)
    frame = view._ensure_frame()
    assert view.overflow_count > 0
    g = frame.lanes
    used = float((g.rows * g.pitch + 2 * g.pad).sum())
    assert frame.plot.height() - used < g.pitch  # not a whole row left unused


def test_labels_follow_the_label_language(view, session):
    if not hasattr(session, "set_label_language"):
        pytest.skip("the session has no label language yet")
    view.set_visible_range(day(2018, 6), day(2019, 8))
    session.set_label_language("ja")
    assert view.lane_labels[0] == "日本・欧州連合"
    rect = view._placement_rect("eu-jp-epa")
    tip = view._tooltip_at(rect.center())
    assert "日EU経済連携協定" in tip and "2019年2月1日" in tip and "発効済み" in tip
    assert "署名 2018年7月17日" in tip and "European Union" not in tip
    assert any("年" in t or "月" in t for t in view._ensure_frame().ticks.labels) or \
        view._ensure_frame().ticks.unit == "year"
    assert "日EU経済連携協定" in view.describe() or session.selected_event is None
    session.set_label_language("both")
    assert view.lane_labels[0] == "Japan–European Union / 日本・欧州連合"
    session.set_label_language("en")
    assert view.lane_labels[0] == "Japan–European Union"


def test_colours_follow_the_theme_and_repaint(view):
    from explorer.charts.theme import DARK, LIGHT
    from explorer.qt import theme as qt_theme

    view.set_eras_visible(False)
    corner = QPoint(view.width() - 5, 20)
    assert QColor(view.grab().toImage().pixel(corner)).lightness() > 200
    qt_theme.set_look(DARK, qt_theme.text_scale())
    try:
        assert QColor(view.grab().toImage().pixel(corner)).lightness() < 60
        assert view.refit_bar.styleSheet().count(DARK.accent)
    finally:
        qt_theme.set_look(LIGHT, qt_theme.text_scale())
    assert QColor(view.grab().toImage().pixel(corner)).lightness() > 200


def test_a_screen_reader_hears_what_is_shown_and_the_selection(view, session, qtbot):
    text = view.accessibleDescription()
    assert text.startswith(f"{len(session.pack.events)} events, 2018–2026")
    assert "2 earlier and 0 later outside the view" in text
    view.setFocus()
    session.step_selection(1)
    first = view.accessibleDescription()
    assert "selected:" in first
    title = session.pack.events.set_index("id").loc[session.selected_event, "title"]
    assert title in first
    session.step_selection(1)
    assert view.accessibleDescription() != first and "selected:" in view.accessibleDescription()
    session.set_filter(kinds={"agreement"})
    assert view.accessibleDescription().startswith(f"{len(session.visible_events)} events")
