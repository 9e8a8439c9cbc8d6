"""Every colour the interface draws that is not a data colour: one ``Theme`` per look (light, dark,
high contrast), hex strings so the Qt-free core, the painters and PowerPoint agree.

Exports (slides, PDFs, pictures) always use ``LIGHT``: a slide goes on a white projector screen
whatever the laptop's theme. Data colours (actors, domains) live in ``palette`` and are the same in
every theme, so a partner keeps its colour when the laptop switches to dark.

``contrast_ratio`` is WCAG 2.x's; tests hold every text/ground pair of every theme to 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

THEME_NAMES: tuple[str, ...] = ("system", "light", "dark", "high_contrast")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str  # panels' ground
    surface: str  # plots', the timeline's and text fields' ground
    surface_alt: str  # every other lane, table rows
    gutter: str  # the timeline's lane-name column
    text: str
    muted_text: str  # secondary text: axis labels, hints, "n of m shown"
    accent: str  # links, focus, the selected row
    accent_text: str  # text on ``accent``
    rule: str  # lines between lanes and around panels
    grid_major: str
    grid_minor: str
    axis: str
    track: str  # a life-cycle track's line
    selection: str  # the outline of the selected event or point
    warning_ground: str  # "sources disagree", "not comparable" boxes
    warning_text: str
    warning_border: str
    error_text: str
    ok_text: str
    marking_text: str  # the classification marking at the top and bottom of every page and slide
    heading_text: str  # section headings of the briefing note
    table_head_ground: str  # a slide's table header row
    table_head_text: str

    def pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, ground colour) for every text the interface draws on a ground."""
        return [
            ("text on window", self.text, self.window),
            ("text on surface", self.text, self.surface),
            ("text on alternate rows", self.text, self.surface_alt),
            ("text on gutter", self.text, self.gutter),
            ("muted text on window", self.muted_text, self.window),
            ("muted text on surface", self.muted_text, self.surface),
            ("muted text on gutter", self.muted_text, self.gutter),
            ("text on accent", self.accent_text, self.accent),
            ("warning text", self.warning_text, self.warning_ground),
            ("error text on window", self.error_text, self.window),
            ("ok text on window", self.ok_text, self.window),
            ("marking on window", self.marking_text, self.window),
            ("marking on surface", self.marking_text, self.surface),
            ("headings on surface", self.heading_text, self.surface),
            ("table header text", self.table_head_text, self.table_head_ground),
            ("warning text on surface", self.warning_text, self.surface),
        ]


LIGHT = Theme(
    name="light", window="#F6F7F9", surface="#FFFFFF", surface_alt="#F3F5F8", gutter="#EEF1F5",
    text="#1F2328", muted_text="#5B6470", accent="#0B5CAD", accent_text="#FFFFFF", rule="#D5DAE1",
    grid_major="#DDE1E7", grid_minor="#EEF0F3", axis="#9AA3AE", track="#4B5563", selection="#111827",
    warning_ground="#FFF4CE", warning_text="#3D2E00", warning_border="#E0B000", error_text="#B00020",
    ok_text="#1B6E20", marking_text="#B00020", heading_text="#1F3A5F", table_head_ground="#404040",
    table_head_text="#FFFFFF",
)
DARK = Theme(
    name="dark", window="#1E2227", surface="#16191D", surface_alt="#1D2126", gutter="#23282E",
    text="#E6E9ED", muted_text="#A4ADB8", accent="#5AA9F0", accent_text="#0B1420", rule="#3A414A",
    grid_major="#343B44", grid_minor="#262B31", axis="#7D8793", track="#B8C0CA", selection="#F5F7FA",
    warning_ground="#3D3000", warning_text="#FFE8A3", warning_border="#C9A000", error_text="#FF8A80",
    ok_text="#8BD48F", marking_text="#FF8A80", heading_text="#A9C7EA", table_head_ground="#3A414A",
    table_head_text="#FFFFFF",
)
HIGH_CONTRAST = Theme(
    name="high_contrast", window="#000000", surface="#000000", surface_alt="#101010", gutter="#000000",
    text="#FFFFFF", muted_text="#E0E0E0", accent="#FFD400", accent_text="#000000", rule="#FFFFFF",
    grid_major="#9A9A9A", grid_minor="#555555", axis="#FFFFFF", track="#FFFFFF", selection="#FFD400",
    warning_ground="#000000", warning_text="#FFD400", warning_border="#FFD400", error_text="#FF9E9E",
    ok_text="#9EFF9E", marking_text="#FF9E9E", heading_text="#FFFFFF", table_head_ground="#FFFFFF",
    table_head_text="#000000",
)
THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}


def theme_named(name: str, system_is_dark: bool = False) -> Theme:
    """The theme a setting names; ``system`` (or anything unknown) follows the system's light/dark."""
    if name in THEMES:
        return THEMES[name]
    return DARK if system_is_dark else LIGHT


def colour_fields() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Theme) if f.name != "name")


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """``"#B00020"`` -> ``(176, 0, 32)``: how PowerPoint and Word are given a theme colour
    (``RGBColor(*rgb(LIGHT.text))``), so neither writer keeps a copy of a colour."""
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.x contrast ratio, 1 to 21."""
    a, b = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)
