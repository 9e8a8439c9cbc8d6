"""A panel's event markers are drawn by one item (``chart_markers.EventMarkers``) instead of a
pyqtgraph ``InfiniteLine`` and ``InfLineLabel`` per marker: through date filters, marker modes,
a selected event with and without a marker, linked pans and zooms and a resize, on the default
and a tier-S pack, on screen and in a PNG export, the chart draws the very same picture (pixel
for pixel) as pyqtgraph's own items placed where the markers are (swapped in here as the
reference), with the titles' boxes where pyqtgraph puts them. A click on a line or on its title
selects the event; a hovered line is drawn in the chosen pen."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from pyqtgraph.graphicsItems.InfiniteLine import InfLineLabel
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from explorer.charts.comparison import build_comparison
from explorer.domain.dates import parse_bound
from explorer.export.view_state import ExportOptions, ViewState
from explorer.qt import exporting
from explorer.qt.views.chart_markers import EventMarkers
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

RANGES = {"default": (("2024", "2026"), ("2015", "2023"), ("2023", "2024"), ("2010", "2030")),
          "tier_s": (("2010", "2022"), ("2005", "2025"), ("1990", "2030"))}
STEPS = ((0.1, 0.6), (0.3, 0.45), (-0.2, 1.3))  # linked pans and zooms, shares of the fitted range


@pytest.fixture(autouse=True)
def _stacked_as_pyqtgraph(monkeypatch):
    """pyqtgraph's items stack each line and its label in turn, lines through the labels
    (test_chart_marker_clearance.py tests the clearance the item draws instead)."""
    monkeypatch.setattr(EventMarkers, "clear_lines", False)


def _reference(view: ChartView) -> list[tuple[pg.InfiniteLine, InfLineLabel | None]]:
    """pyqtgraph's own line and label for every marker drawn, in the item's place (which is
    hidden): stacked by z as the markers came, the chosen one and the selected date on top."""
    made = []
    for slot in view._slots:
        for line, _label in slot.__dict__.get("ref_markers", []):
            line.hide()  # (an earlier reference: kept, hidden, until the view goes)
        em = slot.event_markers
        mine = []
        for k, m in enumerate(em.drawn()):
            line = pg.InfiniteLine(pos=m.x, angle=90, movable=False,
                                   pen=em._pens[0] if m is em._hovered else m.pen)
            on_top = m.chosen or m is em.extra
            line.setZValue(-1.0 if on_top else -2.0 + (k + 1) * 2.0 ** -30)
            label = None
            if m.text is not None:
                words = m.text.toPlainText().replace("{", "{{").replace("}", "}}")
                label = InfLineLabel(line, text=words, position=m.position,
                                     color=m.text.defaultTextColor(),
                                     fill=em._fills[1] if m is em.extra else em._fills[0])
                label.setFont(m.text.font())
                label.setVisible(bool(m.label_shown or m is em.extra))
            slot.plot.addItem(line, ignoreBounds=True)
            mine.append((line, label))
        slot.__dict__.setdefault("ref_markers", []).extend(mine)
        em.hide()
        made += mine
    return made


def _undo_reference(view: ChartView) -> None:
    for slot in view._slots:
        for line, _label in slot.__dict__.pop("ref_markers", []):
            slot.plot.removeItem(line)
        slot.event_markers.show()


def _boxes(view: ChartView) -> list:
    """Every shown title's box in the scene, by event, as the item places it."""
    return sorted((m.event_id, m.label.sceneBoundingRect().getRect())
                  for slot in view._slots for m in slot.event_markers.drawn()
                  if m.label is not None and (m.label_shown or m is slot.event_markers.extra))


def _compare(view: ChartView) -> int:
    """The picture with the item and with pyqtgraph's items: equal, with equal title boxes;
    the number of titles shown."""
    for _ in range(2):
        QApplication.processEvents()
    ours = view.graphics.grab().toImage()
    boxes = _boxes(view)
    made = _reference(view)
    QApplication.processEvents()
    theirs = view.graphics.grab().toImage()
    shown = [label.textItem.sceneBoundingRect().getRect() for _line, label in made
             if label is not None and label.isVisible()]
    _undo_reference(view)
    assert ours == theirs
    assert sorted(r for _e, r in boxes) == sorted(shown)
    return len(shown)


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_markers_draw_as_pyqtgraphs_lines_and_labels(qtbot, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    titles = extra_titles = chosen = 0
    for mode in ("all", "linked"):
        setup = ComparisonSetup().with_changes(indicator_id=indicator, chart="line", markers=mode)
        # (tier S's 1,000 markers, all drawn: one range; each reference is 1,000 pyqtgraph items)
        for lo, hi in RANGES[which][:1] if (which, mode) == ("tier_s", "all") else RANGES[which]:
            spec = build_comparison(pack, setup, Filter(day_from=parse_bound(lo, upper=False),
                                                        day_to=parse_bound(hi, upper=True)))
            view.set_x_range(None)
            view.set_spec(spec)
            view.flush()
            assert spec.markers
            titles += _compare(view)
            # the middle marker chosen; then an event without a marker, its date in view
            view.set_selected_event(spec.markers[len(spec.markers) // 2].event_id)
            chosen += any(m.chosen for m in view._slots[0].markers.values())
            _compare(view)
            fitted = view.x_range()
            assert fitted is not None
            x0, x1 = fitted
            view.set_selected_event("elsewhere", x=(x0 + x1) / 2, label="A {braced} event title, long")
            extra_titles += _compare(view)
            for a, b in STEPS if (which, mode) != ("tier_s", "all") else ():
                view.set_x_range(x0 + (x1 - x0) * a, x0 + (x1 - x0) * b)
                view.flush()
                _compare(view)
            view.set_selected_event(None)
        view.resize(860, 520)
        view.flush()
        _compare(view)
        view.resize(900, 560)
    assert titles and extra_titles and chosen  # titles, the selected date and a chosen marker drawn
    view.close()


def test_a_png_export_draws_markers_as_pyqtgraphs_items(qapp, tmp_path, monkeypatch):
    view = ViewState(view="chart", comparison=ComparisonSetup().with_changes(
        indicator_id="goods_exports", chart="line", markers="all"))
    options = ExportOptions.make("png", "1920x1080", 1, "")
    update = ChartView._update_chart
    titles: list = []

    def counted(self) -> None:
        update(self)
        titles.extend(m for slot in self._slots for m in slot.markers.values()
                      if m.label is not None and m.label.isVisible())

    monkeypatch.setattr(ChartView, "_update_chart", counted)
    ours = exporting.export_view(view, options, tmp_path / "ours.png")
    exporting._warm.drop()
    assert titles  # the slide's chart has titled markers

    flush = ChartView.flush

    def with_reference(self) -> None:  # (the slide flushes its chart before it is drawn)
        flush(self)
        _reference(self)

    monkeypatch.setattr(ChartView, "_update_chart", update)
    monkeypatch.setattr(ChartView, "flush", with_reference)
    theirs = exporting.export_view(view, options, tmp_path / "theirs.png")
    exporting._warm.drop()
    a, b = QImage(str(ours)), QImage(str(theirs))
    assert not a.isNull() and a == b


@pytest.fixture
def marked(qtbot, default_pack):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    setup = ComparisonSetup().with_changes(indicator_id="goods_exports", chart="line", markers="all")
    view.set_spec(build_comparison(default_pack, setup, None))
    view.flush()
    for _ in range(3):
        QApplication.processEvents()
        view.graphics.ci.layout.activate()
    return view


def test_a_click_on_a_title_or_its_line_selects_the_event(marked, qtbot):
    view = marked
    titled = [m for m in view._slots[0].markers.values() if m.label.isVisible()]
    assert titled
    for m in titled[:3]:
        box = m.label.sceneBoundingRect()
        at = view.graphics.mapFromScene(QPointF(box.center().x() + box.width() / 4, box.center().y()))
        QTest.mouseMove(view.graphics.viewport(), at)
        with qtbot.waitSignal(view.sig_event_selection_requested) as blocker:
            QTest.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert blocker.args == [m.event_id]
    vb = view.plot_items[0].vb
    lo, hi = vb.viewRange()[1]
    m = titled[0]
    at = view.graphics.mapFromScene(vb.mapViewToScene(QPointF(m.value(), lo + (hi - lo) * 0.3)))
    QTest.mouseMove(view.graphics.viewport(), at)
    with qtbot.waitSignal(view.sig_event_selection_requested) as blocker:
        QTest.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == [m.event_id]


def test_a_hovered_line_is_drawn_in_the_chosen_pen_and_named(marked):
    view = marked
    before = view.graphics.grab().toImage()
    vb = view.plot_items[0].vb
    lo, hi = vb.viewRange()[1]
    m = next(m for m in view._slots[0].markers.values() if m.label.isVisible())  # one in view
    at = view.graphics.mapFromScene(vb.mapViewToScene(QPointF(m.value(), lo + (hi - lo) * 0.3)))
    for point in (at + QPoint(40, 40), at, at):  # (pyqtgraph hovers at most 60 times a second)
        QTest.mouseMove(view.graphics.viewport(), point)
        QTest.qWait(40)
    view._on_q_scene_mouse_moved(view.graphics.mapToScene(at))
    assert m.marker is not None and m.marker.label in view.readout_text
    assert view._slots[0].event_markers._hovered is m
    hovered = view.graphics.grab().toImage()
    assert hovered != before
    _compare(view)  # drawn as pyqtgraph draws a line in its hover pen
    far = view.graphics.mapFromScene(vb.mapViewToScene(QPointF(m.value(), lo - (hi - lo))))
    for _ in range(2):
        QTest.mouseMove(view.graphics.viewport(), far)
        QTest.qWait(40)
    assert view._slots[0].event_markers._hovered is None
