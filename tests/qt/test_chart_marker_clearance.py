"""Event markers keep clear of the text a reader needs: on a line chart with every event marked,
no event title sits on a series' value label, and no marker's dashed line crosses a value label
or another event's title (it stops short of the box). Checked on a slide (the PNG export that
ran into "688億ユーロ [1]" with a second-row title and lines through the figures) and on screen,
by comparing the picture inside each box with the same chart drawn without the lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPen
from PySide6.QtWidgets import QApplication

from explorer.charts.comparison import build_comparison
from explorer.export.view_state import ExportOptions, ViewState
from explorer.qt import exporting
from explorer.qt.views.chart_markers import EventMarkers
from explorer.qt.views.chart_panel import _KeptSizes
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup

ALL_MARKED = {"indicator_id": "goods_exports", "chart": "line", "basis": "published",
              "markers": "all"}


def _boxes(view: ChartView) -> tuple[list[QRectF], list[tuple[str, QRectF]]]:
    """(every value label's box, every shown event title's box with its event), in the scene."""
    values: list[QRectF] = []
    titles: list[tuple[str, QRectF]] = []
    for slot in view._slots:
        if not slot.plot.isVisible():
            continue
        values += [r for r in slot.value_labels.scene_rects() if not r.isEmpty()]
        em = slot.event_markers
        titles += [(m.event_id, m.label.sceneBoundingRect()) for m in em.drawn()
                   if m.label is not None and m.label.isVisible()]
    return values, titles


def _overlaps(view: ChartView) -> list[tuple[str, QRectF]]:
    values, titles = _boxes(view)
    return [(e, t) for e, t in titles if any(t.intersects(v) for v in values)]


def test_a_slides_event_titles_keep_off_the_value_labels(qapp, tmp_path, monkeypatch):
    paint = EventMarkers.paint
    seen: list[tuple[int, int, int]] = []  # per painted panel: value labels, titles, overlaps

    def checked(self, p, opt, widget=None) -> None:  # (as the slide's chart is drawn)
        paint(self, p, opt, widget)
        values = [r for r in self._labels.scene_rects() if not r.isEmpty()]
        titles = [m.label.sceneBoundingRect() for m in self.drawn()
                  if m.label is not None and m.label.isVisible()]
        seen.append((len(values), len(titles),
                     sum(t.intersects(v) for t in titles for v in values)))

    monkeypatch.setattr(EventMarkers, "paint", checked)
    for lang in ("ja", "en"):
        view = ViewState(view="chart", comparison=ComparisonSetup().with_changes(**ALL_MARKED),
                         label_language=lang)
        out = exporting.export_view(view, ExportOptions.make("png", "1920x1080", 1, ""),
                                    tmp_path / f"{lang}.png")
        exporting._warm.drop()
        assert not QImage(str(out)).isNull()
    assert any(values and titles for values, titles, _o in seen)
    assert [o for _v, _t, o in seen if o] == []


@pytest.fixture
def marked(qtbot, default_pack):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1100, 620)
    view.show()
    qtbot.waitExposed(view)
    view.set_spec(build_comparison(default_pack, ComparisonSetup().with_changes(**ALL_MARKED), None,
                                   lang="ja"))
    view.flush()
    _settle(view)
    return view


def _settle(view: ChartView) -> None:
    for _ in range(3):
        QApplication.processEvents()
        view.graphics.ci.layout.activate()


def _without_lines(view: ChartView) -> QImage:
    """The chart with every marker's line drawn in no pen (titles and all else as they are)."""
    kept = []
    for slot in view._slots:
        em = slot.event_markers
        kept.append((em, em._pens, {id(m): m.pen for m in em.drawn()}))
        none = QPen(Qt.PenStyle.NoPen)
        em._pens = (none, none)
        for m in em.drawn():
            m.pen = none
        em.update()
    QApplication.processEvents()
    image = view.graphics.grab().toImage()
    for em, pens, by_marker in kept:
        em._pens = pens
        for m in em.drawn():
            m.pen = by_marker[id(m)]
        em.update()
    QApplication.processEvents()
    return image


def _crossed(view: ChartView) -> list[str]:
    """The boxes (value labels, titles) a marker's line is drawn into."""
    image = view.graphics.grab().toImage()
    bare = _without_lines(view)
    values, titles = _boxes(view)
    out = []
    for name, box in [("value", v) for v in values] + titles:
        # (inside its edge: a title abuts its own line, which the box's last column may show)
        device = view.graphics.mapFromScene(box).boundingRect().adjusted(2, 2, -2, -2)
        area = device.intersected(QRect(0, 0, image.width(), image.height()))
        if area.isEmpty():
            continue
        if image.copy(area) != bare.copy(area):
            out.append(name)
    return out


def test_on_screen_lines_stop_short_of_value_labels_and_titles(marked):
    values, titles = _boxes(marked)
    assert values and len(titles) >= 3
    assert _overlaps(marked) == []
    assert _crossed(marked) == []
    shown = marked.x_range()
    assert shown is not None
    lo, hi = shown
    for a, b in ((0.5, 1.0), (0.7, 1.02)):  # zoomed into the recent years: busier
        marked.set_x_range(lo + (hi - lo) * a, lo + (hi - lo) * b)
        marked.flush()
        _settle(marked)
        assert _overlaps(marked) == []
        assert _crossed(marked) == []


def test_the_old_stacking_crosses_them(marked, monkeypatch):
    """The check above can fail: with lines and titles stacked as pyqtgraph's items, lines run
    through the boxes in the same view."""
    monkeypatch.setattr(EventMarkers, "clear_lines", False)
    for slot in marked._slots:
        slot.layout_marker_labels()
        slot.event_markers.update()
    _settle(marked)
    assert _crossed(marked)


def _drawn_as(view: ChartView, monkeypatch, quick: bool) -> tuple:
    """The chart's picture and every marker's title row, with the titles' frames, lines' runs
    and value labels' sizes worked out the quick way or the long way."""
    monkeypatch.setattr(EventMarkers, "quick_titles", quick)
    monkeypatch.setattr(_KeptSizes, "keep", quick)
    for slot in view._slots:
        slot.layout_marker_labels()
        slot.event_markers.update()
    _settle(view)
    rows = [(m.event_id, m.label_shown, m.position) for slot in view._slots
            for m in slot.event_markers.drawn()]
    return view.graphics.grab().toImage(), rows


def _cut_lines(view: ChartView) -> int:
    """How many drawn lines run in more than one stretch (cut by a box)."""
    n = 0
    for slot in view._slots:
        em = slot.event_markers
        if em._runs is not None:  # (the transform, the lines drawn, their runs)
            n += sum(len(em._runs[2].of(i, 0.0, 1e12)) > 1 for i in range(len(em._runs[1])))
    return n


def test_titles_and_lines_worked_out_once_per_paint_draw_the_same(marked, monkeypatch):
    """One title frame per paint (not per title), a cut line's stretches in one call and the
    value labels' sizes read once per update: the same rows, the same pixels, zoomed or not."""
    lo, hi = marked.x_range()
    cut = 0
    for a, b in ((0.0, 1.0), (0.5, 1.0), (0.7, 1.02)):
        marked.set_x_range(lo + (hi - lo) * a, lo + (hi - lo) * b)
        marked.flush()
        quick = _drawn_as(marked, monkeypatch, True)
        cut += _cut_lines(marked)
        assert quick == _drawn_as(marked, monkeypatch, False), (a, b)
    assert cut  # some lines were drawn in several stretches


def test_a_slides_markers_worked_out_once_per_paint_draw_the_same(qapp, tmp_path, monkeypatch):
    pictures = []
    for quick in (True, False):
        monkeypatch.setattr(EventMarkers, "quick_titles", quick)
        monkeypatch.setattr(_KeptSizes, "keep", quick)
        view = ViewState(view="chart", comparison=ComparisonSetup().with_changes(**ALL_MARKED),
                         label_language="ja")
        out = exporting.export_view(view, ExportOptions.make("png", "1920x1080", 1, ""),
                                    tmp_path / f"{quick}.png")
        exporting._warm.drop()
        pictures.append(QImage(str(out)))
    assert not pictures[0].isNull()
    assert pictures[0] == pictures[1]
