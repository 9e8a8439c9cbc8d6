"""The value labels' spare texts are grown while the window is idle after a redraw
(``ChartView.spare_labels_early``), not one by one as filters never applied before show new
texts: such filters then write no new label text item, and the chart draws, pixel for pixel,
what the pool grown by the filters drew."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QGraphicsTextItem

from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_items
from explorer.qt.views.chart_panel import LABEL_SPARE
from explorer.qt.views.chart_view import ChartView
from tests.qt.helpers import comparison_panel_on

# each step moves both ends, so other figures (and value labels) come into view
NEVER_SEEN = [(f"{2005 + i}-{1 + (5 * i) % 12:02d}", f"{2025 - i // 2}") for i in range(7)]


def _idle(qtbot, panel) -> None:
    """The panel flushed, then the event loop run until the chart's idle work is done."""
    panel.flush()
    timer = getattr(panel.chart_view, "_grow_labels", None)
    if timer is not None:
        qtbot.waitUntil(lambda: not timer.isActive(), timeout=5000)
    for _ in range(3):
        QApplication.processEvents()
        panel.chart_view.graphics.ci.layout.activate()


def _walk(qtbot, pack, indicator: str, monkeypatch, early: bool) -> tuple[list[QImage], list[int], list[int]]:
    """The Compare panel through NEVER_SEEN, idle after each step: its pictures, how many spare
    label texts its pools hold after the first draw, and how many texts each step's redraw made."""
    monkeypatch.setattr(ChartView, "spare_labels_early", early)
    made = [0]

    class Counted(QGraphicsTextItem):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            made[0] += 1

    monkeypatch.setattr(chart_items, "QGraphicsTextItem", Counted)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    _idle(qtbot, panel)
    slots = panel.chart_view._slots
    first = [len(slot.value_labels.texts) - len(slot.value_labels.shown) for slot in slots]
    images, added = [], []
    for lo, hi in NEVER_SEEN:
        made[0] = 0
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        panel.flush()  # the filter's own redraw: what a new text costs is paid here, or not
        added.append(made[0])
        _idle(qtbot, panel)
        images.append(panel.chart_view.graphics.grab().toImage())
    panel.close()
    monkeypatch.undo()
    return images, first, added


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_spare_label_texts_grown_while_idle_draw_what_grown_ones_drew(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    images, first, added = _walk(qtbot, pack, indicator, monkeypatch, early=True)
    ref_images, ref_first, ref_added = _walk(qtbot, pack, indicator, monkeypatch, early=False)
    assert first and all(n == LABEL_SPARE for n in first)  # every panel's spare texts, at once
    assert all(n < LABEL_SPARE for n in ref_first)
    assert added == [0] * len(NEVER_SEEN)  # no filter made a text
    if which == "tier_s":  # (the default pack's three figures show no new text)
        assert sum(ref_added) > 0
    assert [i for i, (a, b) in enumerate(zip(images, ref_images)) if a != b] == []


def test_an_exported_chart_grows_no_spare_texts(qtbot, default_pack):
    view = ChartView()
    qtbot.addWidget(view)
    view.set_export_style(40)
    _session, panel = comparison_panel_on(qtbot, default_pack, indicator="goods_exports")
    view.set_spec(panel.current_spec)
    view.resize(1600, 900)
    view.show()
    qtbot.waitExposed(view)
    view.flush()
    QApplication.processEvents()
    assert not view._grow_labels.isActive()  # (nor started)
    assert all(len(s.value_labels.texts) == len(s.value_labels.shown) for s in view._slots)
    panel.close()
