"""The chart's notes lay their text out once per text, font and width in a document of their own
and paint it (``chart_labels._NotesLabel``): they draw, pixel for pixel, what the QLabel's own
layout and paint draw (the reference: ``_NotesLabel.own_layout = False``), are as tall, and still
let the reader select text with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_labels import _NotesLabel
from tests.qt.helpers import comparison_panel_on

RANGES = (("2010", "2022"), ("2005", "2025"), ("2024", "2026"), ("1990", "2030"))


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


def _both_ways(notes: _NotesLabel, monkeypatch) -> tuple:
    """The notes' picture and heights, drawn by their own layout, then by QLabel's."""
    widths = (notes.width(), 180, 437, 900)
    ours = notes.grab().toImage(), [notes.heightForWidth(w) for w in widths]
    monkeypatch.setattr(_NotesLabel, "own_layout", False)
    try:
        theirs = notes.grab().toImage(), [QLabel.heightForWidth(notes, w) for w in widths]
    finally:
        monkeypatch.setattr(_NotesLabel, "own_layout", True)
    return ours, theirs


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_notes_draw_what_the_label_draws_through_filter_changes(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    session, panel = comparison_panel_on(qtbot, pack, indicator="" if which == "tier_s" else "goods_exports")
    notes = panel.chart_view._footer
    assert isinstance(notes, _NotesLabel)
    texts = set()
    for step, (lo, hi) in enumerate(RANGES):
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        _settle(panel)
        if step == 2:  # a larger text size, as Preferences sets it
            font = QFont(panel.chart_view.font())
            font.setPointSizeF(font.pointSizeF() * 1.4)
            panel.chart_view.setFont(font)
            _settle(panel)
        if not notes.isVisible() or not notes.text():
            continue
        texts.add(notes.text())
        (image, heights), (ref_image, ref_heights) = _both_ways(notes, monkeypatch)
        assert heights == ref_heights, (lo, hi)
        assert image == ref_image, (lo, hi)
    assert len(texts) >= (2 if which == "tier_s" else 1)  # the walk changed the notes


def test_warning_notes_keep_their_colour(qtbot, monkeypatch, default_pack):
    _session, panel = comparison_panel_on(qtbot, default_pack, indicator="goods_exports")
    _settle(panel)
    notes = panel.chart_view._footer
    notes.setText("⚠ <span style='color:#a33'>Sources disagree</span><br>" + notes.text()
                  + "<br>" + "A long note that wraps over the width of the notes. " * 12)
    _settle(panel)
    (image, heights), (ref_image, ref_heights) = _both_ways(notes, monkeypatch)
    assert heights == ref_heights
    assert image == ref_image


def test_notes_text_can_still_be_selected_with_the_mouse(qtbot, default_pack):
    _session, panel = comparison_panel_on(qtbot, default_pack, indicator="goods_exports")
    _settle(panel)
    notes = panel.chart_view._footer
    assert notes.text() and not notes.hasSelectedText()
    plain = notes.grab().toImage()
    y = 6
    QTest.mousePress(notes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(2, y))
    QTest.mouseMove(notes, QPoint(notes.width() // 2, y))
    QTest.mouseRelease(notes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(notes.width() // 2, y))
    assert notes.hasSelectedText()
    assert notes.grab().toImage() != plain  # the selection is shown
    notes.setSelection(0, 0)
    assert not notes.hasSelectedText()
    assert notes.grab().toImage() == plain


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_notes_scrolled_in_their_area_draw_what_the_label_draws(qtbot, monkeypatch, request, which):
    """The notes draw only the lines in view of their scroll area (the paint's exposed part):
    scrolled to the top, to lines cut at the edges and to the end, the area shows what the
    QLabel, drawing every line, shows."""
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    _session, panel = comparison_panel_on(qtbot, pack, indicator="" if which == "tier_s" else "goods_exports")
    _settle(panel)
    view = panel.chart_view
    notes = view._footer
    view.set_notes_height(70)
    _settle(panel)
    notes.setText(notes.text() + "<br>⚠ <span style='color:#a33'>Sources disagree</span><br>"
                  + "A long note that wraps over the width of the notes. " * 30)
    for _ in range(3):
        QApplication.processEvents()
    area = view._footer_scroll
    bar = area.verticalScrollBar()
    assert bar.maximum() > 100  # the notes are longer than their area
    for value in (0, 7, 37, bar.maximum() // 2 + 3, bar.maximum()):
        bar.setValue(value)
        QApplication.processEvents()
        ours = area.viewport().grab().toImage()
        monkeypatch.setattr(_NotesLabel, "own_layout", False)
        try:
            theirs = area.viewport().grab().toImage()
        finally:
            monkeypatch.setattr(_NotesLabel, "own_layout", True)
        assert ours == theirs, value


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_the_legend_draws_what_the_label_draws_through_filter_changes(qtbot, monkeypatch, request, which):
    """The legend (series, their sources, the keys of flagged figures) is laid out and painted
    the same way as the notes: pixel for pixel and height for height what QLabel draws, through
    filters that re-word it and a larger text size; and its box is as tall as QLabel's would be."""
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    session, panel = comparison_panel_on(qtbot, pack, indicator="" if which == "tier_s" else "goods_exports")
    legend = panel.chart_view._legend
    assert isinstance(legend, _NotesLabel)
    texts = set()
    for step, (lo, hi) in enumerate(RANGES):
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        _settle(panel)
        if step == 2:
            font = QFont(panel.chart_view.font())
            font.setPointSizeF(font.pointSizeF() * 1.4)
            panel.chart_view.setFont(font)
            _settle(panel)
        if not legend.isVisible() or not legend.text():
            continue
        texts.add(legend.text())
        (image, heights), (ref_image, ref_heights) = _both_ways(legend, monkeypatch)
        assert heights == ref_heights, (lo, hi)
        assert image == ref_image, (lo, hi)
        assert legend.height() == QLabel.heightForWidth(legend, legend.width())
    assert texts


@pytest.mark.parametrize("name", ["_footer", "_legend"])
def test_a_text_that_comes_back_is_drawn_from_its_kept_layout(qtbot, monkeypatch, tier_s_pack, name):
    """A filter taken back brings back the notes and legend shown before it: drawn from the
    document laid out then (not parsed and laid out again), pixel for pixel what QLabel draws;
    after a new text size, laid out anew in it."""
    session, panel = comparison_panel_on(qtbot, tier_s_pack, indicator="")
    label = getattr(panel.chart_view, name)

    def date_filter(lo: str, hi: str) -> None:
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        _settle(panel)

    date_filter("2010", "2022")
    text, doc = label.text(), label._doc
    date_filter("2005", "2025")
    assert label.text() != text and label._doc is not doc
    shown_before = QTextDocument()
    shown_before.setHtml(text)
    assert doc.toPlainText() == shown_before.toPlainText() != ""  # kept laid out, not re-filled
    date_filter("2010", "2022")  # taken back
    assert label.text() == text and label._doc is doc
    (image, heights), (ref_image, ref_heights) = _both_ways(label, monkeypatch)
    assert heights == ref_heights
    assert image == ref_image
    font = QFont(panel.chart_view.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    panel.chart_view.setFont(font)
    _settle(panel)
    date_filter("2005", "2025")
    date_filter("2010", "2022")
    assert label._doc.defaultFont() == label.font()  # laid out in the size shown
    (image, heights), (ref_image, ref_heights) = _both_ways(label, monkeypatch)
    assert heights == ref_heights
    assert image == ref_image
