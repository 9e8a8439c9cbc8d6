"""Speed work on exports (issue 16) changes no picture: a slide exported through the fast paths
is pixel for pixel the one the plain paths give — labels whose measurements are remembered (also
from one export to the next) against labels measured every time, our PNG writer against Qt's — on
the default pack, in English and Japanese, and on a generated tier-S chart (a tall slide: three
columns of sources, the canvas grown to print them all; its PDF: a page and continued sources)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from explorer.data.pack_loader import load_pack
from explorer.export.view_state import ExportOptions, ViewState
from explorer.paths import default_pack_path
from explorer.qt import exporting
from explorer.qt.render import slide_render as sr
from explorer.state.comparison_setup import ComparisonSetup


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("bench"), "S")
    s = load_pack(folder)
    xs = load_pack(default_pack_path())
    xs_view = ViewState(view="chart", comparison=ComparisonSetup(indicator_id="goods_exports"))
    return [
        (xs_view, xs),
        (ViewState(view="chart", pack=str(folder), comparison=ComparisonSetup(
            indicator_id=str(s.indicators["id"].iat[0]))), s),
        (replace(xs_view, label_language="ja"), xs),
    ]


def _plain_labels(monkeypatch) -> None:
    """Labels measured by Qt every time they are asked, notes blocks measured afresh (nothing
    remembered from one slide to the next)."""
    for name in ("heightForWidth", "sizeHint", "minimumSizeHint"):
        monkeypatch.setattr(sr._Label, name, getattr(QLabel, name))
    monkeypatch.setattr(sr._NotesMeasure, "of", classmethod(
        lambda cls, font, heading, lines: cls(font, heading, lines)))


def test_remembered_label_measurements_give_the_same_png_and_pdf_pages(qapp, tmp_path, packs,
                                                                        monkeypatch):
    from pypdf import PdfReader

    for i, (view, pack) in enumerate(packs * 2):  # the second round: measured in the first
        png = QImage(str(exporting.export_view(view, ExportOptions.make("png"), tmp_path / f"{i}a.png", pack)))
        pdf = PdfReader(str(exporting.export_view(view, ExportOptions.make("pdf"), tmp_path / f"{i}a.pdf",
                                                  pack)))
        with monkeypatch.context() as m:
            _plain_labels(m)
            plain = QImage(str(exporting.export_view(view, ExportOptions.make("png"), tmp_path / f"{i}b.png",
                                                     pack)))
            plain_pdf = PdfReader(str(exporting.export_view(view, ExportOptions.make("pdf"),
                                                            tmp_path / f"{i}b.pdf", pack)))
        assert png.size() == plain.size() and png == plain, i
        assert [p.mediabox for p in pdf.pages] == [p.mediabox for p in plain_pdf.pages]
        assert [p.extract_text() for p in pdf.pages] == [p.extract_text() for p in plain_pdf.pages]


def test_our_png_writer_gives_the_pixels_qt_would_write(qapp, packs):
    """The slide painted once, encoded by ours (bands compressed at the same time) and by Qt's."""
    for view, pack in packs:
        options = ExportOptions.make("png")
        slide, content, _spec = exporting.build_slide(view, pack, options, warm=True)
        canvas = exporting._canvas(slide, content, options)
        try:
            size = canvas.size()
            image = QImage(size.width(), size.height(), QImage.Format.Format_RGB32)
            image.fill(sr.QColor(sr.PAPER))
            sr._paint(canvas, image)
            for scale in (1, 2):  # the file's picture (painted without filling the image first)
                filled = QImage(size * scale, QImage.Format.Format_RGB32)
                filled.setDevicePixelRatio(scale)
                filled.fill(sr.QColor(sr.PAPER))
                sr._paint(canvas, filled)
                exported = QImage()
                assert exported.loadFromData(sr.render_png(canvas, scale, title="t", marking="",
                                                           receipt_json="{}"), "PNG")
                exported = exported.convertToFormat(QImage.Format.Format_RGB32)
                filled.setDevicePixelRatio(1)
                assert exported == filled, scale
        finally:
            exporting._dispose([canvas])
        ours, theirs = QImage(), QImage()
        assert ours.loadFromData(sr.png_bytes(image), "PNG")
        assert theirs.loadFromData(sr.encode_image(image, "PNG"), "PNG")
        assert (ours.convertToFormat(QImage.Format.Format_RGB32)
                == theirs.convertToFormat(QImage.Format.Format_RGB32) == image)
