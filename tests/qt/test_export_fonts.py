"""The bundled fonts: text drawn in them reads back from a PDF as the characters written.

Qt's PDF writer maps each glyph back to one code point, the lowest that reaches it, so a glyph
shared by two code points (the subset once sent U+2012 and U+2013 to one dash) turned every en dash
into a figure dash in the text layer. ``packaging/make_cjk_font_subset.py`` gives every glyph one
code point; these tests hold the built fonts to that.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QRawFont

from explorer.export.slides import Slide
from explorer.paths import resources_path
from explorer.qt.fonts import register_fonts
from explorer.qt.render import slide_render

TEXT = "EU–Japan — 2019‑2025 · 日EU経済連携協定 ≥ ≤ → ~ € ¥"  # en dash, em dash, non-breaking hyphen
FONT_FILES = sorted((resources_path() / "fonts").glob("BriefingSansJP-*.otf"))


def _squeezed(text: str) -> str:
    # pypdf puts a space or line break where Qt starts a new run (at each change of script:
    # "日 EU 経済"), so the characters are compared without whitespace.
    return "".join(text.split())


def test_pdf_text_reads_back_as_written(qapp):
    register_fonts()
    slide = Slide(title=TEXT, subtitle=TEXT, kind="text")  # the title bold, the subtitle regular
    canvas = slide_render.SlideCanvas(slide, None, QSize(1280, 720))
    try:
        canvas.settle()
        pdf = slide_render.render_pdf([canvas], title="fonts", marking="", receipt_json="{}")
    finally:
        canvas.deleteLater()
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert _squeezed(text) == _squeezed(TEXT + TEXT)
    assert " ".join(text.split()).count("EU–Japan — 2019‑2025 ·") == 2  # spaces read back as spaces


def test_both_weights_are_bundled():
    assert [p.name for p in FONT_FILES] == ["BriefingSansJP-Bold.otf", "BriefingSansJP-Regular.otf"]


@pytest.mark.parametrize("path", FONT_FILES, ids=lambda p: p.stem)
def test_every_glyph_has_one_code_point(qapp, path):
    font = QRawFont(str(path), 12)
    assert font.isValid()
    code_points = [cp for cp in range(0x10000) if not 0xD800 <= cp < 0xE000]
    glyphs = font.glyphIndexesForString("".join(map(chr, code_points)))
    reached: dict[int, list[int]] = {}
    for cp, glyph in zip(code_points, glyphs, strict=True):
        if glyph:
            reached.setdefault(glyph, []).append(cp)
    shared = [" ".join(f"U+{cp:04X}" for cp in cps) for cps in reached.values() if len(cps) > 1]
    assert not shared, f"{path.name}: glyphs reached from several code points: {shared}"


@pytest.mark.parametrize("path", FONT_FILES, ids=lambda p: p.stem)
def test_english_and_japanese_text_has_glyphs(qapp, path):
    font = QRawFont(str(path), 12)
    jis = set()
    for b1 in range(0x81, 0xF0):  # every JIS X 0208 character, through Shift_JIS
        for b2 in range(0x40, 0xFD):
            try:
                jis.update(c for c in bytes([b1, b2]).decode("shift_jis") if c.isprintable())
            except UnicodeDecodeError:
                pass
    jis.discard("≒")  # U+2252: Noto Sans CJK JP has no glyph for it (never had one here either)
    ascii_ = {chr(c) for c in range(0x20, 0x7F)}
    wanted = set(TEXT) | jis | ascii_ | set("\t\u00a0\u00ad\u2011\u2003\u3000～〜・／…“”‘’")
    # supportsCharacter(ord(c)): PySide's str overload answers wrongly for many characters.
    missing = sorted(c for c in wanted if not font.supportsCharacter(ord(c)))
    assert not missing, f"{path.name} lacks {[f'U+{ord(c):04X}' for c in missing]}"
