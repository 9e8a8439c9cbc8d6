"""Figures' and sources' notes in the label language, as a Japanese reader meets them: the Compare
panel's footnotes and hover, the details panel, and a PowerPoint deck and Word note opened again."""

from __future__ import annotations

import pytest
from docx import Document
from pptx import Presentation
from PySide6.QtTest import QTest

from explorer.data.pack_loader import load_pack
from explorer.export.view_state import ExportOptions, ViewState
from explorer.paths import default_pack_path
from explorer.qt import briefing_note as bn
from explorer.qt import exporting
from explorer.qt.views.detail_panel import DetailPanel
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.session import Session
from tests.data.test_notes_ja import with_note_ja
from tests.packs import write_pack
from tests.qt.test_chart_view import viewport_point
from tests.qt.test_comparison_panel import make_panel, settle

# The default pack's note on US goods exports to Japan in 2024, in English and in Japanese.
NOTE_EN = "The Economy attributes the rise to price effects in aerospace and LNG rather than volume."
NOTE_JA = "The Economy誌は、この増加を数量ではなく航空宇宙とLNGの価格効果によるものとしている。"
GOODS = ComparisonSetup(indicator_id="goods_exports", basis="converted", currency="USD", chart="bar")


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


def _hover_us_bar(panel) -> str:
    view = panel.chart_view
    spec = panel.current_spec
    us = next(f for p in spec.panels for s in p.series if s.key == "us>jp" for f in s.figures)
    QTest.mouseMove(view.graphics.viewport(),
                    viewport_point(view, 0, view.series_item("us>jp").opts["x"][0], us.value / 2))
    return view.readout_text


def test_compare_shows_the_note_in_the_label_language_in_footnotes_and_hover(qtbot, default_pack):
    session = Session()
    session.open_pack(default_pack)
    panel = make_panel(qtbot, session)
    session.set_comparison(origin="test", **GOODS.to_dict())
    session.set_label_language("ja", origin="test")
    settle(panel)
    assert NOTE_JA in panel.chart_view.footer_text and NOTE_EN not in panel.chart_view.footer_text
    hover = _hover_us_bar(panel)
    assert NOTE_JA in hover and NOTE_EN not in hover
    session.set_label_language("en", origin="test")  # and back: never the other language's note
    settle(panel)
    assert NOTE_EN in panel.chart_view.footer_text and NOTE_JA not in panel.chart_view.footer_text
    hover = _hover_us_bar(panel)
    assert NOTE_EN in hover and NOTE_JA not in hover


def test_details_show_figures_and_sources_notes_in_the_label_language(qtbot, tmp_path):
    session = Session()
    session.open_pack(load_pack(write_pack(tmp_path / "pack", with_note_ja())))
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    session.select_event("epa")  # linked to goods exports; cites src-b
    text = panel._browser.toPlainText()
    assert "(price effects)" in text and "cites A, B" in text and "価格効果" not in text
    session.set_label_language("ja")
    text = panel._browser.toPlainText()
    assert "（価格効果による。）" in text and "AとBを引用" in text  # full-width, as Japanese writes them
    assert " （" not in text and "(価格" not in text
    assert "price effects" not in text and "cites A, B" not in text
    session.set_label_language("both")
    text = panel._browser.toPlainText()
    assert "price effects / 価格効果による。" in text and "cites A, B / AとBを引用" in text


def test_details_of_a_pack_without_japanese_notes_show_the_english_ones(qtbot, tmp_path):
    session = Session()
    session.open_pack(load_pack(write_pack(tmp_path / "pack")))
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    session.select_event("epa")
    session.set_label_language("ja")
    text = panel._browser.toPlainText()
    assert "(price effects)" in text and "cites A, B" in text


def _deck_text(path) -> str:
    prs = Presentation(str(path))
    return "\n".join(shape.text_frame.text for slide in prs.slides for shape in slide.shapes
                     if shape.has_text_frame)


def test_a_japanese_deck_and_word_note_carry_the_japanese_note(qapp, tmp_path):
    ja = ViewState(view="chart", comparison=GOODS, label_language="ja")
    out = exporting.export_view(ja, ExportOptions.make("pptx", "1920x1080", 1, "OFFICIAL"),
                                tmp_path / "ja.pptx")
    text = _deck_text(out)
    assert NOTE_JA in text and NOTE_EN not in text
    en = exporting.export_view(ViewState(view="chart", comparison=GOODS),
                               ExportOptions.make("pptx", "1920x1080", 1, "OFFICIAL"), tmp_path / "en.pptx")
    assert NOTE_EN in _deck_text(en) and NOTE_JA not in _deck_text(en)

    note = bn.make_note("日本と貿易", [(ja, "財の輸出額", "")], marking="OFFICIAL", label_language="ja")
    doc = Document(str(bn.write_note(note, tmp_path / "ja.docx")))
    words = "\n".join(p.text for p in doc.paragraphs)
    assert NOTE_JA in words and NOTE_EN not in words
