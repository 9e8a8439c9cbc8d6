"""One chart kept warm between exports (issue 16): a file is the same picture whether its chart was
built for it or drawn again after other exports, and every text keeps the bundled font."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage

from explorer.data.pack_loader import load_pack
from explorer.export.view_state import ExportOptions, ViewState
from explorer.paths import default_pack_path
from explorer.qt import exporting
from explorer.qt.render.slide_render import SVG_FONT_FAMILIES
from explorer.state.comparison_setup import ComparisonSetup

SVG = "{http://www.w3.org/2000/svg}"
BAR = ViewState(view="chart", comparison=ComparisonSetup(
    indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"))
LINE = ViewState(view="chart", comparison=ComparisonSetup(
    indicator_id="goods_exports", basis="index", chart="line"))


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def _cold() -> None:
    """Forget the warm chart: the next export builds its chart afresh."""
    exporting._warm.drop()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _png(view, pack, path, width=1920) -> QImage:
    options = ExportOptions.make("png", f"{width}x{width * 9 // 16}")
    image = QImage(str(exporting.export_view(view, options, path, pack)))
    assert not image.isNull()
    return image


def test_a_chart_drawn_again_after_others_is_the_same_picture(qapp, tmp_path, pack):
    _cold()
    first = _png(BAR, pack, tmp_path / "a1.png")
    line = _png(LINE, pack, tmp_path / "b1.png")
    small = _png(LINE, pack, tmp_path / "c1.png", width=1280)  # another text size between
    again = _png(BAR, pack, tmp_path / "a2.png")
    assert again == first
    _cold()
    assert _png(LINE, pack, tmp_path / "b2.png") == line  # built for it: the same as drawn warm
    _cold()
    assert _png(LINE, pack, tmp_path / "c2.png", width=1280) == small
    _cold()


def test_japanese_then_english_exports_keep_the_bundled_font(qapp, tmp_path, pack):
    """Legend, ticks and value labels of a reused chart: the bundled font, never the
    application's family."""
    _cold()
    for i, (view, lang) in enumerate([(BAR, "ja"), (BAR, "en"), (LINE, "ja"), (LINE, "en")]):
        out = exporting.export_view(replace(view, label_language=lang), ExportOptions.make("svg"),
                                    tmp_path / f"{i}.svg", pack)
        families = {t.get("font-family") for t in ET.parse(out).getroot().iter(f"{SVG}text")}
        assert families == {SVG_FONT_FAMILIES}, (i, lang, families)
    _cold()


def test_pdf_and_powerpoint_after_a_png_match_their_cold_versions(qapp, tmp_path, pack):
    """The PowerPoint thumbnail and the PDF page draw the warm chart at their own sizes."""
    from pypdf import PdfReader

    _cold()
    cold_pdf = exporting.export_view(BAR, ExportOptions.make("pdf"), tmp_path / "cold.pdf", pack)
    cold_text = PdfReader(str(cold_pdf)).pages[0].extract_text()
    _png(LINE, pack, tmp_path / "between.png")
    exporting.export_view(LINE, ExportOptions.make("pptx"), tmp_path / "between.pptx", pack)
    warm_pdf = exporting.export_view(BAR, ExportOptions.make("pdf"), tmp_path / "warm.pdf", pack)
    assert PdfReader(str(warm_pdf)).pages[0].extract_text() == cold_text
    _cold()


@pytest.fixture(scope="module")
def tier_s(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("bench"), "S")
    return folder, load_pack(folder)


def test_a_generated_pack_exports_the_same_slide_cold_and_warm(qapp, tmp_path, tier_s):
    """Three panels under a legend that wraps (tier S): the slide keeps its shape whether the chart
    was built for it or drawn after others at other sizes (a legend measured at the width of a
    chart never laid out once made the slide 1871 px tall instead of 1170)."""
    from pypdf import PdfReader

    folder, pack = tier_s
    ids = [str(x) for x in pack.indicators["id"].iloc[:3]]
    views = [ViewState(view="chart", pack=str(folder), comparison=ComparisonSetup(indicator_id=i))
             for i in ids]
    _cold()
    cold = _png(views[0], pack, tmp_path / "cold.png")
    cold_pdf = exporting.export_view(views[0], ExportOptions.make("pdf"), tmp_path / "cold.pdf", pack)
    _png(views[1], pack, tmp_path / "other.png")
    _png(views[2], pack, tmp_path / "small.png", width=1280)
    warm = _png(views[0], pack, tmp_path / "warm.png")
    warm_pdf = exporting.export_view(views[0], ExportOptions.make("pdf"), tmp_path / "warm.pdf", pack)
    assert warm == cold
    for pdf in (cold_pdf, warm_pdf):  # the PDF page is the slide's shape, 16:9
        box = PdfReader(str(pdf)).pages[0].mediabox
        assert round(float(box.width) / float(box.height), 2) == round(16 / 9, 2)
    _cold()
