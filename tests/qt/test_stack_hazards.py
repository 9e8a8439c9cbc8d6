"""Regression tests for the version traps in docs/dependencies.md (known hazards of this stack).

Each would fail again if requirements.lock moved to a version that reintroduces the hazard.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

PAINTER_STRESS = """
from PySide6.QtGui import QGuiApplication, QImage, QPainter
app = QGuiApplication([])
img = QImage(8, 8, QImage.Format.Format_ARGB32)
p = QPainter(img)
for _ in range(2_000_000):
    p.save(); p.restore()
p.end()
print("painted")
"""


@pytest.mark.slow
def test_two_million_painter_calls_do_not_abort_the_interpreter():
    """PySide6 6.12.0 on CPython 3.11 leaks references to None until 'Fatal Python error: none_dealloc'."""
    result = subprocess.run([sys.executable, "-c", PAINTER_STRESS], capture_output=True, text=True,
                            timeout=600, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "painted"


def test_pyqtgraph_svg_export_works_on_this_qt(qtbot, tmp_path):
    """pyqtgraph 0.14.0's SVGExporter fails on Qt >= 6.11 ('not enough values to unpack')."""
    import pyqtgraph as pg
    from pyqtgraph.exporters import SVGExporter

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.plot([2019, 2020, 2021], [64.0, 66.1, 68.8], pen="b", name="EU exports")
    plot.setTitle("EU goods exports to Japan")
    target = tmp_path / "chart.svg"
    SVGExporter(plot.plotItem).export(str(target))
    root = ET.parse(target).getroot()
    assert root.tag.endswith("svg")
    assert "EU goods exports to Japan" in target.read_text(encoding="utf-8")


def test_pinned_versions_avoid_the_known_traps():
    import pyqtgraph
    import PySide6

    qt = tuple(int(x) for x in PySide6.__version__.split(".")[:2])
    assert not (qt >= (6, 12) and sys.version_info < (3, 12)), "PySide6 6.12 aborts CPython 3.11"
    if pyqtgraph.__version__ == "0.14.0":
        assert qt < (6, 11), "pyqtgraph 0.14.0 SVG export breaks on Qt >= 6.11"
