"""Image, vector and PDF exports, opened again and checked; receipts regenerate the same figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from explorer.export.view_state import ExportOptions, ViewError, ViewState
from explorer.qt import exporting
from explorer.state.comparison_setup import ComparisonSetup

MARKING = "RESTRICTED — FOR BRIEFING ONLY"
TRADE = ViewState(view="chart", comparison=ComparisonSetup(
    indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"))


def export(view, fmt, tmp_path, name="out", **kw):
    options = ExportOptions.make(fmt, kw.pop("size", "1280x720"), kw.pop("scale", 1),
                                 kw.pop("marking", MARKING))
    return exporting.export_view(view, options, tmp_path / f"{name}.{fmt}")


@pytest.mark.parametrize("size,scale", [("1280x720", 1), ("1920x1080", 2), ("4:3", 1), ("800x600", 3)])
def test_png_has_the_preset_size_times_scale(qapp, tmp_path, size, scale):
    out = export(TRADE, "png", tmp_path, size=size, scale=scale)
    image = QImage(str(out))
    w, h = {"1280x720": (1280, 720), "1920x1080": (1920, 1080), "4:3": (1600, 1200),
            "800x600": (800, 600)}[size]
    assert (image.width(), image.height()) == (w * scale, h * scale)


def test_png_marking_is_drawn_in_the_marking_band(qapp, tmp_path):
    marked = QImage(str(export(TRADE, "png", tmp_path, "marked")))
    plain = QImage(str(export(TRADE, "png", tmp_path, "plain", marking="")))
    band = range(40)  # the top marking line of a 720-pixel slide
    differing = sum(marked.pixel(x, y) != plain.pixel(x, y) for y in band for x in range(0, 1280, 4))
    assert differing > 50
    red = sum(marked.pixelColor(x, y).red() > 150 and marked.pixelColor(x, y).green() < 80
              for y in band for x in range(0, 1280, 2))
    assert red > 20  # the marking is drawn in red
    assert marked.text("Classification") == MARKING


def test_svg_parses_and_keeps_text_as_text(qapp, tmp_path):
    out = export(TRADE, "svg", tmp_path)
    root = ET.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    texts = " ".join(t.text or "" for t in root.iter(f"{ns}text"))
    assert "Goods exports" in texts
    assert "Notes and sources" in texts and "Converted at 1 EUR = 1.0820 USD" in texts
    assert "74.44 bn USD" in texts and "79.7 bn USD" in texts  # the bar values, as text
    assert MARKING in texts
    assert root.find(f"{ns}title").text == "Goods exports"


def test_svg_line_chart_symbols_are_vector_shapes_not_embedded_pictures(qapp, tmp_path):
    line = ViewState(view="chart", comparison=ComparisonSetup(
        indicator_id="goods_exports", basis="converted", currency="USD", chart="line"))
    root = ET.parse(export(line, "svg", tmp_path)).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    # A raster dot per figure made files of tens of MB; only the plot's background is a picture.
    small = [i for i in root.iter(f"{ns}image") if float(i.get("width", 0)) < 100]
    assert not small
    assert len(list(root.iter(f"{ns}path"))) >= 3  # the figures' symbols, drawn as paths


def test_pdf_pages_hold_title_sources_and_marking(qapp, tmp_path):
    reader = PdfReader(export(TRADE, "pdf", tmp_path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())  # pypdf separates words with tabs
    assert "Goods exports" in text and "Notes and sources" in text and "RESTRICTED — FOR BRIEFING ONLY" in text
    # searchable as written: no ligature or localized-form glyphs that map back to the wrong text
    assert "Office of the United States Trade Representative (USTR), “United States-Japan Trade " \
        "Summary 2024”, 2025." in text
    assert "Converted at 1 EUR = 1.0820 USD (2024 annual average)" in text
    # (Bar value labels drawn through pyqtgraph's graphics view are painted correctly but their
    # digits lack a Unicode mapping in Qt's PDF text layer; the SVG test checks them as text.)
    assert reader.metadata.title == "Goods exports"


def test_receipt_round_trip_regenerates_the_same_figure(qapp, tmp_path):
    first = export(TRADE, "png", tmp_path, "first", scale=2)
    receipt = exporting.read_receipt(first)
    assert receipt.view == TRADE and receipt.options.scale == 2 and receipt.options.marking == MARKING
    assert len(receipt.pack_sha256) == 64
    again = exporting.export_view(receipt.view, receipt.options, tmp_path / "again.png")
    second = exporting.read_receipt(again)
    assert second.view == receipt.view and second.options == receipt.options
    assert QImage(str(again)).size() == QImage(str(first)).size()
    for fmt in ("svg", "pdf"):
        out = export(TRADE, fmt, tmp_path, "r")
        assert exporting.read_receipt(out).view == TRADE


def test_timeline_and_event_views_export(qapp, tmp_path):
    timeline = ViewState(view="timeline")
    reader = PdfReader(export(timeline, "pdf", tmp_path, "timeline"))
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Timeline of agreements" in text
    event = ViewState(view="event", event_id="eu-jp-epa")
    svg = export(event, "svg", tmp_path, "event").read_text(encoding="utf-8")
    assert "EU-Japan Economic Partnership Agreement" in svg and "経済連携協定" in svg  # runs per script
    assert "Sources" in svg and "Official Journal of the European Union" in svg  # its sources, in full
    with pytest.raises(ViewError, match="no event 'nope'"):
        export(ViewState(view="event", event_id="nope"), "png", tmp_path, "bad")


def test_chart_view_without_indicator_is_refused(qapp, tmp_path):
    with pytest.raises(ViewError, match="needs an indicator"):
        export(ViewState(view="chart"), "png", tmp_path)


def _run(args, tmp_path, **env):
    full_env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                                   "QT_QPA_PLATFORM")}
    full_env["BRIEFING_EXPLORER_HOME"] = str(tmp_path / "home")
    full_env.update(env)
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True,
                          timeout=300, env=full_env, cwd=Path(__file__).resolve().parents[2])


def test_headless_export_and_from_receipt_without_a_display(tmp_path):
    view_file = tmp_path / "view.json"
    view_file.write_text(json.dumps({**TRADE.to_dict(), "export": {"size": "1280x720"}}), encoding="utf-8")
    first = tmp_path / "trade.png"
    result = _run(["export", "--view", str(view_file), "--out", str(first), "--marking", MARKING], tmp_path)
    assert result.returncode == 0, result.stderr
    assert QImage(str(first)).width() == 1280
    regenerated = tmp_path / "regenerated.pdf"
    result = _run(["export", "--from-receipt", str(first), "--out", str(regenerated)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "RESTRICTED" in PdfReader(regenerated).pages[0].extract_text()


def test_headless_export_errors_are_clear(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"view": "chart",\n "comparison": [}', encoding="utf-8")
    result = _run(["export", "--view", str(bad), "--out", str(tmp_path / "x.png")], tmp_path)
    assert result.returncode == 1 and f"{bad}:2:" in result.stderr and "not valid JSON" in result.stderr
    good = tmp_path / "good.json"
    good.write_text(json.dumps(TRADE.to_dict()), encoding="utf-8")
    result = _run(["export", "--view", str(good), "--out", str(tmp_path / "x.gif")], tmp_path)
    assert result.returncode == 2 and "cannot tell the format" in result.stderr
    assert "Traceback" not in result.stderr


def test_marking_can_be_made_mandatory(tmp_path):
    home = tmp_path / "home" / "config"
    home.mkdir(parents=True)
    (home / "settings.json").write_text('{"marking_required": true}', encoding="utf-8")
    view_file = tmp_path / "view.json"
    view_file.write_text(json.dumps(TRADE.to_dict()), encoding="utf-8")
    result = _run(["export", "--view", str(view_file), "--out", str(tmp_path / "x.png")], tmp_path)
    assert result.returncode == 2 and "handling marking is required" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_the_out_extension_decides_the_format_and_a_contradiction_is_refused(tmp_path):
    view_file = tmp_path / "view.json"
    view_file.write_text(json.dumps({**TRADE.to_dict(), "export": {"format": "pptx"}}), encoding="utf-8")
    pdf = tmp_path / "x.pdf"
    result = _run(["export", "--view", str(view_file), "--out", str(pdf)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")  # the view's "pptx" default does not beat ".pdf"
    clash = tmp_path / "clash.pdf"
    result = _run(["export", "--view", str(view_file), "--format", "pptx", "--out", str(clash)], tmp_path)
    assert result.returncode == 2 and "contradicts" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not clash.exists()
    bare = tmp_path / "no-extension"
    result = _run(["export", "--view", str(view_file), "--out", str(bare)], tmp_path)
    assert result.returncode == 0 and bare.read_bytes()[:2] == b"PK"  # no extension: the view's default
    word = tmp_path / "notes.docx"  # another program's extension: refused, never a deck named so
    result = _run(["export", "--view", str(view_file), "--out", str(word)], tmp_path)
    assert result.returncode == 2 and "cannot tell the format" in result.stderr
    assert not word.exists()


def test_one_marking_setting_marks_views_and_decks_alike(qapp, tmp_path):
    from explorer.userdata.settings import Settings

    settings = Settings()
    settings.set("export_marking", "OFFICIAL-SENSITIVE")
    settings.save()
    chart = exporting.export_view(TRADE, ExportOptions.make("png", "1280x720"), tmp_path / "c.png")
    assert QImage(str(chart)).text("Classification") == "OFFICIAL-SENSITIVE"
    deck = exporting.export_deck("Deck", [(TRADE, "", "")], tmp_path / "d.pdf")  # no marking of its own
    for page in PdfReader(deck).pages:
        assert "OFFICIAL-SENSITIVE" in page.extract_text()
    own = exporting.export_deck("Deck", [(TRADE, "", "")], tmp_path / "e.pdf", marking="SECRET")
    assert "SECRET" in PdfReader(own).pages[0].extract_text()  # a briefing's own marking wins


def test_a_filtered_view_says_its_filter_on_the_slide(qapp, tmp_path):
    from dataclasses import replace as dc_replace

    from explorer.state.filters import Filter

    view = ViewState(view="timeline", filter=Filter(partners=frozenset({"au"}), partner_role="involved"))
    out = export(view, "svg", tmp_path)
    texts = " ".join(" ".join((t.text or "").split())
                     for t in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text"))
    assert "Filter: partners Australia (as formal parties or involved)." in texts
    plain = export(dc_replace(view, filter=Filter()), "svg", tmp_path, "plain").read_text(encoding="utf-8")
    assert "Filter:" not in plain


# -- engineer "slides-ja": printed pages, event slides and decks in the label language; one export

def _canvas_texts(canvas) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in canvas.findChildren(QLabel))


def test_the_print_preview_pages_of_a_japanese_timeline_read_japanese(qapp):
    from explorer.qt import printing

    view = ViewState(view="timeline", title="年表（現在の表示範囲）", label_language="ja")
    pages = printing.view_pages(view, exporting.load_view_pack(view), marking=MARKING)
    try:
        texts = [_canvas_texts(c) for c in pages.canvases]
        joined = " ".join(texts)
        assert "注記・出典" in texts[0] and "2019年1月～2026年1月" in texts[0]
        assert "年表（現在の表示範囲） — 出典（続き）" in joined
        assert "「年表（現在の表示範囲）」の付録" in joined
        assert "年表上に名称を表示できなかった出来事（続き）" in joined
        assert "次のページに続きます" in joined and "2018年12月21日" in joined
        for english in ("Notes and sources", "events shown", "Appendix to", "Source: ",
                        "(continued)", "Continued on the next page", "Jan 2019"):
            assert english not in joined, english
    finally:
        pages.close()


def test_a_japanese_event_slide_and_deck(qapp, tmp_path):
    event = ViewState(view="event", event_id="eu-jp-epa", label_language="ja")
    out = export(event, "svg", tmp_path, "event")
    svg = "".join("".join(t.itertext())  # Qt writes one run per script: read them as one line
                  for t in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text"))
    assert "出来事の詳細" in svg and "当事者：" in svg and "Event detail" not in svg
    assert "日EU経済連携協定（EPA）" in svg and "2019年2月1日" in svg
    deck = exporting.export_deck("日EU関係", [(event, "", "要点")], tmp_path / "deck.pdf")
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(deck).pages)
    assert "ブリーフィング" in text and "このブリーフィングで引用したすべての出典" in text
    assert "米欧のはざまの日本" in text  # the title slide names the pack by its Japanese title
    assert "Everysourcecited" not in text and "Briefing" not in text.replace("BriefingExplorer", "")


def test_the_chart_offers_no_export_of_its_own_only_the_application_s(qapp):
    """pyqtgraph's right-click "Export..." wrote a picture without sources or marking (and in
    English): the scene no longer offers it; File ▸ Export is the one export."""
    from PySide6.QtGui import QAction

    from explorer.qt.views.chart_view import ChartView

    chart = ChartView()
    try:
        scene = chart.graphics.scene()
        assert scene.contextMenu == []
        assert not [a for a in scene.findChildren(QAction) if "Export" in a.text()]
        assert not [a for a in chart.findChildren(QAction) if "Export" in a.text()]
    finally:
        chart.close()
        chart.deleteLater()
