"""A panel's value labels are drawn by one item (``chart_items._ValueLabels``) instead of one
pyqtgraph ``TextItem`` each: through date filters, linked pans and zooms, a panel
hidden while the view changes, bars and lines, on the default and a tier-S pack, the chart draws
the very same picture (pixel for pixel), the plots keep the same ranges and the view lists the
same value labels as with the ``TextItem``s (their code kept here as the reference); a slide
(export size) likewise."""

from __future__ import annotations

from html import escape

import pyqtgraph as pg
import pytest

from explorer.charts.comparison import build_comparison
from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_items, chart_panel
from explorer.qt.views.chart_markers import EventMarkers
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

RANGES = {"default": (("2024", "2026"), ("2015", "2023"), ("2023", "2024"), ("2010", "2030"),
                      ("2024", "2026")),
          "tier_s": (("2010", "2022"), ("2005", "2025"), ("2015", "2023"), ("1990", "2030"),
                     ("2010", "2022"))}
STEPS = ((0.1, 0.6), (0.3, 0.45), (-0.2, 1.3), (0.0, 1.0))
LABEL_Z_STEP = 2.0 ** -20
LABEL_Z_MAX = 0.5


@pytest.fixture(autouse=True)
def _markers_cross_the_labels(monkeypatch):
    """The reference's labels are not the item the markers keep clear of: both pictures draw the
    markers as pyqtgraph stacked them (test_chart_marker_clearance.py tests the clearance)."""
    monkeypatch.setattr(EventMarkers, "clear_lines", False)


# -- the reference: one TextItem per label, as the panel made them before ---------------------------
def _no_contents(item: pg.TextItem) -> None:
    """A text item without border or fill draws nothing of its own (its text is its child's):
    Qt then skips its ``paint``, a call into Python for each label in every paint of the chart
    (~50 a paint at tier M). That paint also followed the item's scene: on its first paint in a
    scene it had the scene's ``sigPrepareForPaint`` call its ``updateTransform``; the item now
    does so when it enters the scene (``_ValueLabel.itemChange``), before any paint."""
    item.setFlag(pg.GraphicsObject.GraphicsItemFlag.ItemHasNoContents, True)
    item._no_paint = True


class _ValueLabel(pg.TextItem):
    """A value label (a bar's, a line's symbol's or a line's end), always added to its plot with
    ``ignoreBounds``; never given a border or fill (see ``_no_contents``)."""

    _no_paint = False

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        chart_items._quiet_geometry(self)
        _no_contents(self)

    def itemChange(self, change, value):
        ret = super().itemChange(change, value)
        if change == self.GraphicsItemChange.ItemSceneHasChanged and self._no_paint:
            self._follow_scene()
        return ret

    def _follow_scene(self) -> None:
        """What ``TextItem.paint`` does on its first paint in a scene (it is not called)."""
        scene, last = self.scene(), self._lastScene  # type: ignore[has-type]
        if scene is last:
            return
        if last is not None:
            last.sigPrepareForPaint.disconnect(self.updateTransform)
        self._lastScene = scene
        if scene is not None:
            scene.sigPrepareForPaint.connect(self.updateTransform)
        self.updateTransform()


def _reference_update_value_labels(self, specs, near=0.0):
    labels = self.__dict__.setdefault("ref_labels", [])
    states = self.__dict__.setdefault("ref_state", [])
    while len(labels) < len(specs):
        item = _ValueLabel("", color=self._owner.theme.text, anchor=(0.5, 1.0))
        item.setFont(self.value_labels._font)
        self.plot.addItem(item, ignoreBounds=True)
        labels.append(item)
    slots = {}
    last = None
    ends = (i for i, sp in enumerate(specs) if sp[4] == "end")
    for i in sorted(ends, key=lambda i: (specs[i][0], -specs[i][1])):
        x, y = specs[i][0], specs[i][1]
        slot = last[2] + 1 if last is not None and last[0] == x and last[1] - y <= near else 0
        slots[i] = slot
        last = (x, y - slot * near, slot) if slot else (x, y, 0)
    ink = self._owner.theme.text
    states = states + [None] * (len(labels) - len(states))
    order = self._label_items([(text, colour, ink) for _x, _y, text, colour, _w in specs], states)
    labels[:] = [labels[j] for j in order]
    states = [states[j] for j in order]
    z_prev = -1.0
    renumber = len(specs) * LABEL_Z_STEP >= LABEL_Z_MAX
    for i, (item, (x, y, text, colour, where)) in enumerate(zip(labels, specs)):
        if where == "end":
            anchor = (-0.04, 0.5 - slots[i] * 1.05)
        elif where == "above":
            anchor = (0.5, 1.7)
        else:
            anchor = (0.5, 1.0) if y >= 0 else (0.5, 0.0)
        content = (text, colour, ink)
        old = states[i]
        if old is None or old[0] != content:
            if colour:
                item.textItem.setHtml(f"<span style='color:{colour}'>•</span>&nbsp;"
                                      f"<span style='color:{ink}'>{escape(text)}</span>")
                item.updateTextPos()
            else:
                item.setText(text, color=ink)
        if old is None or old[1] != anchor:
            item.setAnchor(anchor)
        if old is None or old[2] != (x, y):
            item.setPos(x, y)
        if not item.isVisible():
            item.setVisible(True)
        z = item.zValue()
        if i == 0:
            wanted = 0.0
        elif renumber:
            wanted = i * LABEL_Z_STEP
        elif z_prev < z < LABEL_Z_MAX:
            wanted = z
        else:
            wanted = z_prev + LABEL_Z_STEP
            if wanted >= LABEL_Z_MAX:
                renumber = True
                wanted = i * LABEL_Z_STEP
                for earlier, label in enumerate(labels[:i]):
                    if label.zValue() != earlier * LABEL_Z_STEP:
                        label.setZValue(earlier * LABEL_Z_STEP)
        if z != wanted:
            item.setZValue(wanted)
        z_prev = wanted
        states[i] = (content, anchor, (x, y))
    for item in labels[len(specs):]:
        if item.isVisible():
            item.setVisible(False)
    self.ref_state = states
    self.value_labels.ref = [item for item in labels if item.isVisible()]
    self.value_labels.set_shown([])


def _reference_sizes(self):
    return [(item.boundingRect().width(), item.boundingRect().height(), item.anchor.x(),
             item.anchor.y()) for item in getattr(self, "ref", [])]


def _reference_texts(self):
    return [(item.pos().x(), item.toPlainText()) for item in getattr(self, "ref", [])]


def _reference_font(self, font):
    self._font = pg.QtGui.QFont(font)
    for item in getattr(self, "ref", []):
        item.setFont(font)


def _use_reference(monkeypatch) -> None:
    monkeypatch.setattr(chart_panel._PanelPlot, "_update_value_labels", _reference_update_value_labels)
    monkeypatch.setattr(chart_items._ValueLabels, "sizes", _reference_sizes)
    monkeypatch.setattr(chart_items._ValueLabels, "plain_texts", _reference_texts)
    monkeypatch.setattr(chart_items._ValueLabels, "set_font", _reference_font)


def _state(view: ChartView) -> list:
    return [*(view.value_labels(i) for i in range(len(view._slots))),
            *((slot.plot.vb.viewRange(), slot.plot.vb.autoRangeEnabled()) for slot in view._slots)]


def _run(qtbot, pack, indicator: str, which: str, chart: str) -> list:
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    seen = []
    for lo, hi in RANGES[which]:
        setup = ComparisonSetup().with_changes(indicator_id=indicator, chart=chart)
        flt = Filter(day_from=parse_bound(lo, upper=False), day_to=parse_bound(hi, upper=True))
        spec = build_comparison(pack, setup, flt)
        view.set_x_range(None)
        view.set_spec(spec)
        view.flush()
        seen.append((view.graphics.grab().toImage(), _state(view)))
        if chart != "line":
            continue
        x0, x1 = view.x_range()
        for a, b in STEPS:
            view.set_x_range(x0 + (x1 - x0) * a, x0 + (x1 - x0) * b)
            view.flush()
            seen.append((view.graphics.grab().toImage(), _state(view)))
        slot = view._slots[0]
        slot.plot.hide()
        view.set_x_range(x0 + (x1 - x0) * 0.25, x0 + (x1 - x0) * 0.5)
        view.resize(880, 540)
        view.flush()
        slot.plot.show()
        view.flush()
        seen.append((view.graphics.grab().toImage(), _state(view)))
        view.resize(900, 560)
    view.close()
    return seen


@pytest.mark.parametrize("which", ["default", "tier_s"])
@pytest.mark.parametrize("chart", ["line", "bar"])
def test_one_item_draws_the_value_labels_as_their_text_items(qtbot, monkeypatch, request, which, chart):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    ours = _run(qtbot, pack, indicator, which, chart)
    _use_reference(monkeypatch)
    theirs = _run(qtbot, pack, indicator, which, chart)
    monkeypatch.undo()
    assert len(ours) == len(theirs)
    labelled = False
    for step, ((image, state), (ref_image, ref_state)) in enumerate(zip(ours, theirs)):
        labelled |= any(state[:-1])
        assert state == ref_state, step
        assert image == ref_image, step
    assert labelled  # value labels were drawn


def test_every_value_label_follows_a_new_text_size(qtbot, default_pack):
    """After the Preferences' text size changes, every value label is drawn at the new size, the
    ones laid out before included (a label made before the change kept the old size)."""
    from explorer.qt import theme as qt_theme

    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    setup = ComparisonSetup().with_changes(indicator_id="goods_exports", chart="bar")
    view.set_spec(build_comparison(default_pack, setup))
    view.flush()
    before = view.value_labels()
    heights = [h for _w, h, _ax, _ay in view._slots[0].value_labels.sizes()]
    assert before and heights
    theme, scale = qt_theme.current(), qt_theme.text_scale()
    try:
        qt_theme.set_look(theme, 1.4)
        view.flush()
        labels = view._slots[0].value_labels
        assert view.value_labels() == before
        assert all(text.font().pointSizeF() == 8.5 * 1.4 for text in labels.texts)
        assert all(h > old * 1.2 for (_w, h, _ax, _ay), old in zip(labels.sizes(), heights))
    finally:
        qt_theme.set_look(theme, scale)
    view.close()
