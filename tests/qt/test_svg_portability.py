"""SVG exports read the same in viewers other than Qt's (LibreOffice, librsvg, office suites).

Qt writes a plot's lines and bars in data units under a scaling ``matrix(…)`` and keeps their pens
thin with ``vector-effect="non-scaling-stroke"``; viewers without that feature scaled the pen with
the data, so a bar chart's bars overlapped and the smaller one looked larger. Here each such line
is in page units, and the text names fonts of the bundled font's metrics after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from lxml import etree
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from explorer.export.view_state import ExportOptions, ViewState, read_view_file
from explorer.qt import exporting
from explorer.qt.fonts import EXPORT_FAMILY
from explorer.qt.render.slide_render import svg_strokes_in_page_units
from explorer.state.comparison_setup import ComparisonSetup

SVG = "{http://www.w3.org/2000/svg}"
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "view-trade-eu-us.json"


def _view(chart: str) -> ViewState:
    return ViewState(view="chart", comparison=ComparisonSetup(
        indicator_id="goods_exports", series=("eu>jp", "us>jp"), basis="converted", currency="USD",
        chart=chart))


def _export(view: ViewState, tmp_path, name: str) -> bytes:
    options = ExportOptions.make("svg", "1280x720", 1, "OFFICIAL")
    return exporting.export_view(view, options, tmp_path / f"{name}.svg").read_bytes()


def _render(svg: bytes) -> np.ndarray:
    renderer = QSvgRenderer(QByteArray(svg))
    size = renderer.viewBox().size()  # page units: a 1-px pen is one pixel, scaled or not
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return np.frombuffer(image.constBits(), np.uint8).reshape(size.height(), size.width(), 4).copy()


def _scales(transform: str) -> bool:
    m = re.match(r"\s*matrix\(([^)]*)\)", transform or "")
    return bool(m) and [float(x) for x in m[1].split(",")][:4] != [1.0, 0.0, 0.0, 1.0]


VIEWS = [pytest.param(_view("bar"), id="bar chart"), pytest.param(_view("line"), id="line chart"),
         pytest.param(replace(read_view_file(EXAMPLE)[0], view="timeline"), id="timeline")]


@pytest.mark.parametrize("view", VIEWS)
def test_no_thin_pen_relies_on_non_scaling_stroke_under_a_scaled_group(qapp, tmp_path, view):
    root = etree.fromstring(_export(view, tmp_path, "out"))
    for group in root.iter(f"{SVG}g"):
        if _scales(group.get("transform")):
            assert not [c for c in group if c.get("vector-effect") == "non-scaling-stroke"]


@pytest.mark.parametrize("view", VIEWS)
def test_a_viewer_without_vector_effect_draws_what_qt_draws(qapp, tmp_path, view):
    """The same picture with every ``vector-effect`` dropped, as LibreOffice and librsvg read it."""
    svg = _export(view, tmp_path, "out")
    bare = re.sub(rb'\svector-effect="non-scaling-stroke"', b"", svg)
    diff = np.abs(_render(svg).astype(int) - _render(bare).astype(int)).max(axis=2)
    assert (diff > 8).sum() == 0


def test_a_bar_chart_s_bars_keep_their_width_and_order_without_vector_effect(qapp, tmp_path):
    """Read as a viewer without the feature does: the EU bar (smaller) stays left of, apart from
    and lower than the US bar, each as wide as the other."""
    exported = _export(_view("bar"), tmp_path, "b")
    svg = re.sub(rb'\svector-effect="non-scaling-stroke"', b"", exported)
    assert svg != exported  # Qt still asks for thin pens: a viewer that knows how keeps them
    pixels = _render(svg)
    height, width = pixels.shape[:2]
    blue = (np.abs(pixels[..., 2].astype(int) - 0x00) < 40) & (np.abs(pixels[..., 1].astype(int) - 0x72) < 40) \
        & (np.abs(pixels[..., 0].astype(int) - 0xB2) < 40)  # BGRA: the EU's #0072b2
    orange = (np.abs(pixels[..., 2].astype(int) - 0xE6) < 40) & (np.abs(pixels[..., 1].astype(int) - 0x9F) < 40) \
        & (np.abs(pixels[..., 0].astype(int) - 0x00) < 40)  # the US's #e69f00
    row = int(height * 0.55)  # through both bars, above the axis
    eu, us = np.flatnonzero(blue[row]), np.flatnonzero(orange[row])
    assert len(eu) and len(us)
    assert eu.max() < us.min()  # apart, the EU's left of the US's
    assert abs(len(eu) - len(us)) <= 3 and len(eu) < width * 0.3


def test_text_names_the_bundled_font_then_fonts_of_its_metrics(qapp, tmp_path):
    root = etree.fromstring(_export(_view("bar"), tmp_path, "t"))
    families = {t.get("font-family") or t.getparent().get("font-family") for t in root.iter(f"{SVG}text")}
    (family,) = families
    assert family.startswith(f"'{EXPORT_FAMILY}', 'Noto Sans CJK JP'") and family.endswith("sans-serif")


def test_lines_are_mapped_in_paint_order_and_other_content_keeps_the_matrix():
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
           b'<g fill="none" stroke="#000" transform="matrix(10,0,0,-2,5,50)">'
           b'<rect x="0" y="0" width="1" height="1"/>'
           b'<path vector-effect="non-scaling-stroke" d="M0,0 L1,2 C1,1 2,2 3,3"/>'
           b'<polyline vector-effect="non-scaling-stroke" points="0,0 1,1"/>'
           b'<path vector-effect="non-scaling-stroke" d="m0,0 l1,1"/>'
           b'</g></svg>')
    root = etree.fromstring(svg_strokes_in_page_units(svg))
    groups = root.findall(f"{SVG}g")
    assert [g.get("transform") for g in groups] == ["matrix(10,0,0,-2,5,50)", None,
                                                    "matrix(10,0,0,-2,5,50)"]
    assert [c.tag.replace(SVG, "") for g in groups for c in g] == ["rect", "path", "polyline", "path"]
    path, polyline = groups[1]
    assert path.get("d") == "M 5,50 L 15,46 C 15,48 25,46 35,44"
    assert polyline.get("points") == "5,50 15,48"
    assert groups[2][0].get("d") == "m0,0 l1,1"  # relative commands: left to the matrix
    assert all(g.get("stroke") == "#000" for g in groups)


def test_text_as_outlines_is_in_the_bundled_font_with_the_fallback_list(qapp):
    """--svg-text paths draws the outlines in the bundled font whatever follows it in the list."""
    from explorer.qt.fonts import register_fonts
    from explorer.qt.render.slide_render import SVG_FONT_FAMILIES, svg_text_as_paths

    register_fonts()

    def outline(family: str) -> str:
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="0" y="30" '
               f'font-family="{family}" font-size="24">日本 Japan</text></svg>').encode()
        return etree.fromstring(svg_text_as_paths(svg)).find(f"{SVG}path").get("d")

    assert outline(SVG_FONT_FAMILIES) == outline(EXPORT_FAMILY) != outline("DejaVu Serif")
