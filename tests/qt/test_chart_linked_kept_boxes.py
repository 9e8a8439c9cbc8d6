"""A linked pan or zoom keeps what the value labels' places do not depend on: each label's text
box and paint option (``chart_items._ValueLabels.keep_rects``) and the boxes the event markers'
titles and lines keep clear of (``chart_markers.EventMarkers.keep_boxes``), while the labels, their
font and (for the boxes) the view's scale stay. Through linked pans and zooms, date filters that
and other indicators that give new labels between them, and a font change (an export's size and back), on the default and
a tier-S pack, the chart draws the very same picture, with the same label boxes, the same boxes
kept clear of and the same titles shown where, as when both are worked out afresh at every step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views import chart_items
from explorer.qt.views.chart_markers import EventMarkers
from tests.qt.helpers import filter_and_settle, linked_comparison_on

FILTERS = {"default": (("2015", "2026"), ("2023", "2026"), ("2010", "2030")),
           "tier_s": (("2005", "2025"), ("2010", "2022"), ("1990", "2030"))}


def _idle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _state(panel) -> list:
    view = panel.chart_view
    out = []
    for slot in view._slots:
        markers = slot.event_markers
        out.append((slot.value_labels.plain_texts(),
                    [(r.x(), r.y(), r.width(), r.height()) for r in slot.value_labels.scene_rects()],
                    markers._clear_of.tobytes(),
                    sorted((m.event_id, m.label_shown, m.position) for m in markers.markers.values())))
    return out


def _walk(qtbot, pack, indicator: str, which: str, kept: bool, monkeypatch) -> list:
    monkeypatch.setattr(chart_items._ValueLabels, "keep_rects", kept)
    monkeypatch.setattr(EventMarkers, "keep_boxes", kept)
    session, panel, pans, zooms = linked_comparison_on(qtbot, pack, indicator)
    pans, zooms = pans + pans[:1], zooms[:1] + pans[:1] + zooms[1:]  # (each zoom from the first pan)
    seen = []

    def step(d0: float, d1: float) -> None:
        panel.follow_time_range(d0, d1)
        _idle()
        seen.append((panel.chart_view.graphics.grab().toImage(), _state(panel)))

    indicators = [str(i) for i in pack.indicators["id"]][:3]
    for n, flt in enumerate(FILTERS[which]):
        # new labels (another indicator, other dates), the view's scale unchanged
        session.set_comparison(origin="test", indicator_id=indicators[n % len(indicators)])
        filter_and_settle(session, panel, *flt)
        _idle()
        for d0, d1 in pans + zooms + pans[:2]:
            step(d0, d1)
    panel.chart_view.set_export_style(24)  # a bigger font: every text laid out again
    panel.flush()
    for d0, d1 in pans[:3] + zooms[:1]:
        step(d0, d1)
    panel.chart_view.set_export_style(None)
    panel.flush()
    for d0, d1 in pans[:3]:
        step(d0, d1)
    for slot in panel.chart_view._slots:  # the labels' font alone (the item's own call)
        font = QFont(slot.value_labels._font)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        slot.value_labels.set_font(font)
    for d0, d1 in pans[:2]:
        step(d0, d1)
    panel.close()
    return seen


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_kept_label_boxes_draw_what_boxes_made_afresh_draw(qtbot, monkeypatch, request, which):
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    ours = _walk(qtbot, pack, indicator, which, True, monkeypatch)
    theirs = _walk(qtbot, pack, indicator, which, False, monkeypatch)
    assert len(ours) == len(theirs)
    for i, ((image, state), (ref_image, ref_state)) in enumerate(zip(ours, theirs)):
        assert state == ref_state, i
        assert image == ref_image, i
    # the walk drew value labels and kept clear of them, and the labels changed along it
    assert any(len(boxes) for _image, state in ours for _t, _r, boxes, _m in state)
    assert len({str([texts for texts, *_rest in state]) for _image, state in ours}) > 1
