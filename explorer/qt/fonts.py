"""Registering the bundled fonts, so Japanese renders (and exports look the same) on every laptop.

``resources/fonts`` ships Briefing Sans JP (a JIS X 0208 subset of Noto Sans CJK JP, SIL OFL; see
``packaging/make_cjk_font_subset.py``, which also drops the substitution features that made PDF text
unsearchable). Exports draw all text in it; the UI keeps the system font and
falls back to it (through fontconfig) for glyphs the system font lacks.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from explorer.paths import resources_path

EXPORT_FAMILY = "Briefing Sans JP"
_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Register the bundled fonts once (needs a QGuiApplication); returns the families added."""
    global _registered
    if _registered is not None:
        return _registered
    families: list[str] = []
    for path in sorted((resources_path() / "fonts").glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    # No substitution needed: Qt adds application fonts to fontconfig, whose fallback finds them
    # for glyphs the UI font lacks (Japanese on a laptop with no CJK font installed).
    _registered = sorted(set(families))
    return _registered


def export_font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont(EXPORT_FAMILY)
    font.setPixelSize(max(int(pixel_size), 6))
    font.setBold(bold)
    return font
