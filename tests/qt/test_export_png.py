"""The PNG writer of exports (issue 16: written by us, not by Qt's slower writer): the picture
re-opens pixel for pixel, and every text chunk (title, marking, sources, receipt) reads back,
whatever its script or length."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from explorer.export.view_state import RECEIPT_KEY
from explorer.qt import exporting
from explorer.qt.render import slide_render as sr


def _picture(w: int = 301, h: int = 97) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor("#B00020"))
    p.setFont(QFont("DejaVu Sans", 14))
    p.drawText(QRect(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, "協定 EU–Japan 2019")
    p.drawLine(0, h - 1, w - 1, 0)
    p.end()
    return image


def test_png_reopens_with_the_same_pixels_and_every_text(qapp, tmp_path):
    image = _picture()
    texts = {"Title": "短い", "Software": "Briefing Explorer", "Classification": "RESTRICTED",
             "Description": "[1] 外務省 — 経済連携協定 " * 20, "Long": "latin text " * 10,
             RECEIPT_KEY: '{"receipt": 1, "title": "日本 × EU"}'}
    data = sr.png_bytes(image, texts)
    back = QImage()
    assert back.loadFromData(data, "PNG")
    assert back.size() == image.size()
    assert back.convertToFormat(QImage.Format.Format_RGB32) == image
    assert back.dotsPerMeterX() == image.dotsPerMeterX()
    for key, value in texts.items():
        assert back.text(key) == value
    path = tmp_path / "slide.png"
    path.write_bytes(data)
    assert exporting._receipt_from_png_file(path) == texts[RECEIPT_KEY]


def test_png_of_a_padded_row_width(qapp):
    """Rows whose bytes are padded in memory (odd widths) come out unshifted."""
    for w in (1, 2, 3, 5, 7):
        image = _picture(w, 4)
        back = QImage()
        assert back.loadFromData(sr.png_bytes(image), "PNG")
        assert back.convertToFormat(QImage.Format.Format_RGB32) == image


def _idat(data: bytes) -> bytes:
    """The PNG's image stream (its IDAT chunks joined)."""
    import struct

    at, out = 8, []
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        kind = data[at + 4:at + 8]
        if kind == b"IDAT":
            out.append(data[at + 8:at + 8 + length])
        at += 12 + length
    return b"".join(out)


def _noisy(w: int, h: int) -> QImage:
    """A picture no two rows of which are alike (so a wrongly joined band shows)."""
    import random

    image = _picture(w, h)
    rnd = random.Random(7)
    for _ in range(w * h // 5):
        image.setPixelColor(rnd.randrange(w), rnd.randrange(h),
                            QColor(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    return image


def test_png_compressed_in_bands_is_one_valid_stream_with_the_same_pixels(qapp):
    """Bands compressed at the same time are joined into one zlib stream whose checksum holds
    (zlib itself checks it), and the picture re-opens pixel for pixel, whatever the band count."""
    import zlib

    for w, h in ((301, 97), (7, 5), (1, 1)):
        image = _noisy(w, h)
        for pieces in (1, 2, 3, 4, 7):
            data = sr.png_bytes(image, {"Title": "t"}, pieces=pieces)
            raw = zlib.decompress(_idat(data))  # raises on a bad checksum or a broken join
            assert len(raw) == h * (w * 3 + 1)
            back = QImage()
            assert back.loadFromData(data, "PNG")
            assert back.convertToFormat(QImage.Format.Format_RGB32) == image, (w, h, pieces)


def test_png_of_a_picture_not_in_32_bit_rgb(qapp):
    """Other formats are converted by Qt to 24-bit RGB first, as before, in bands too."""
    image = _noisy(53, 31)
    for fmt in (QImage.Format.Format_RGB888, QImage.Format.Format_ARGB32_Premultiplied,
                QImage.Format.Format_RGB16):
        other = image.convertToFormat(fmt)
        back = QImage()
        assert back.loadFromData(sr.png_bytes(other, pieces=2), "PNG")
        assert (back.convertToFormat(QImage.Format.Format_RGB32)
                == other.convertToFormat(QImage.Format.Format_RGB888)
                .convertToFormat(QImage.Format.Format_RGB32))
