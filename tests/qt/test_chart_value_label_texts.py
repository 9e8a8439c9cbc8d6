"""A value label's new text (a dot in its series' colour, then the figure) is written into its
document in one edit instead of being parsed from HTML (``_PanelPlot.quick_texts``): through
filters never applied before, on screen and on a slide, the chart draws pixel for pixel what
the HTML labels drew."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QGraphicsTextItem

from explorer.domain.dates import parse_bound
from explorer.export.view_state import ExportOptions, ViewState
from explorer.qt import exporting
from explorer.qt.views.chart_panel import _PanelPlot
from explorer.state.comparison_setup import ComparisonSetup
from tests.qt.helpers import comparison_panel_on

# each step moves both ends, so other figures (and value labels) come into view
NEVER_SEEN = [(f"{2005 + i}-{1 + (5 * i) % 12:02d}", f"{2025 - i // 2}") for i in range(7)]
ALL_MARKED = {"indicator_id": "goods_exports", "chart": "line", "basis": "published",
              "markers": "all"}


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()
        panel.chart_view.graphics.ci.layout.activate()


def _walk(qtbot, pack, indicator: str, monkeypatch, quick: bool) -> tuple[list[QImage], int, int]:
    """The Compare panel through NEVER_SEEN: the chart's picture at each step, how many label
    texts were written and how many of them were parsed from HTML."""
    monkeypatch.setattr(_PanelPlot, "quick_texts", quick)
    parsed: list[QGraphicsTextItem] = []
    set_html = QGraphicsTextItem.setHtml

    def counted(item: QGraphicsTextItem, html: str) -> None:
        parsed.append(item)
        set_html(item, html)

    monkeypatch.setattr(QGraphicsTextItem, "setHtml", counted)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    images, written = [], 0
    for lo, hi in NEVER_SEEN:
        states = [list(slot._label_state) for slot in panel.chart_view._slots]
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        _settle(panel)
        for slot, before in zip(panel.chart_view._slots, states):
            kept = {state[0] for state in before if state is not None}
            written += sum(state is not None and state[0] not in kept for state in slot._label_state)
        images.append(panel.chart_view.graphics.grab().toImage())
    labels = {id(text) for slot in panel.chart_view._slots for text in slot.value_labels.texts}
    panel.close()
    monkeypatch.undo()
    return images, written, sum(id(item) in labels for item in parsed)


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_new_label_texts_draw_what_html_labels_drew(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    images, written, parsed = _walk(qtbot, pack, indicator, monkeypatch, quick=True)
    ref_images, ref_written, ref_parsed = _walk(qtbot, pack, indicator, monkeypatch, quick=False)
    assert written == ref_written > 0  # the walk wrote new label texts
    assert parsed == 0 < ref_parsed  # none parsed from HTML
    assert [i for i, (a, b) in enumerate(zip(images, ref_images)) if a != b] == []


def test_a_slides_value_labels_draw_what_html_labels_drew(qapp, tmp_path, monkeypatch):
    for lang in ("ja", "en"):
        pictures = []
        for quick in (True, False):
            monkeypatch.setattr(_PanelPlot, "quick_texts", quick)
            view = ViewState(view="chart", comparison=ComparisonSetup().with_changes(**ALL_MARKED),
                             label_language=lang)
            out = exporting.export_view(view, ExportOptions.make("png", "1920x1080", 1, ""),
                                        tmp_path / f"{lang}-{quick}.png")
            exporting._warm.drop()
            pictures.append(QImage(str(out)))
        assert not pictures[0].isNull()
        assert pictures[0] == pictures[1], lang
