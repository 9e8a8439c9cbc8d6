"""The PowerPoint thumbnail (docProps/thumbnail.jpeg, shown by file managers and Office): slide 1
in its 16:9 shape whatever the number of sources, painted at half size before it is scaled down
(issue 16: a tier-L thumbnail painted the whole 1280×2702 slide with every source)."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from explorer.data.pack_loader import load_pack
from explorer.export.view_state import ExportOptions, ViewState
from explorer.paths import default_pack_path
from explorer.qt import exporting
from explorer.qt.render import slide_render as sr
from explorer.state.comparison_setup import ComparisonSetup

BAR = ViewState(view="chart", comparison=ComparisonSetup(
    indicator_id="goods_exports", basis="converted", currency="USD", chart="bar"))


@pytest.fixture(scope="module")
def tier_s(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("bench"), "S")
    return folder, load_pack(folder)


def _thumbnail(path) -> QImage:
    with zipfile.ZipFile(path) as z:
        image = QImage.fromData(z.read("docProps/thumbnail.jpeg"), "JPEG")
    assert not image.isNull()
    return image


def test_the_thumbnail_of_a_slide_with_many_sources_keeps_the_slides_shape(qapp, tmp_path, tier_s):
    """A chart whose sources do not fit on one slide: the thumbnail is the slide as PowerPoint
    shows it (16:9; the rest continue), not a picture grown as tall as every source."""
    folder, pack = tier_s
    view = ViewState(view="chart", pack=str(folder), comparison=ComparisonSetup(
        indicator_id=str(pack.indicators["id"].iat[0])))
    out = exporting.export_view(view, ExportOptions.make("pptx", "1920x1080"), tmp_path / "s.pptx",
                                pack)
    image = _thumbnail(out)
    assert image.width() == 256 and image.height() == 144
    png = QImage(str(exporting.export_view(view, ExportOptions.make("png", "1920x1080"),
                                           tmp_path / "s.png", pack)))
    assert png.height() > 1080  # the single picture still prints every source: it grew


def test_the_thumbnail_painted_at_half_size_looks_like_one_painted_in_full(qapp, pack_xs):
    slide, content, _spec = exporting.build_slide(BAR, pack_xs, ExportOptions.make("png", "1280x720"),
                                                  warm=True)
    canvas = exporting._canvas(slide, content, ExportOptions.make("png", "1280x720"), paged=True)
    try:
        assert canvas.size() == QSize(1280, 720)
        full = sr.canvas_image(canvas, 256)
        half = sr.canvas_image(canvas, 256, sr.THUMBNAIL_DRAW_SCALE)
    finally:
        exporting._dispose([canvas])
    assert half.size() == full.size() == QSize(256, 144)
    diff = total = 0
    for y in range(full.height()):
        for x in range(full.width()):
            a, b = full.pixelColor(x, y), half.pixelColor(x, y)
            d = abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
            diff += d
            total += 1
            assert d < 3 * 160, (x, y)  # no pixel turned from paper to ink or back
    assert diff / total / 3 < 4  # on average within 4 of 255 per channel


@pytest.fixture(scope="module")
def pack_xs():
    return load_pack(default_pack_path())
