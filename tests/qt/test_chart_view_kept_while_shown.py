"""A chart shown as a window and then let go by its maker stays drawn until it is closed, and goes
after: Python's cycle collector, running inside that chart's own paint, once deleted it there (a
segmentation fault in ``QPainter::restore``, the window's backing store freed under the painter;
reached by a test's chart at its end, any allocation in a paint can run the collector). Run in a
subprocess: a crash must fail this test, not end the test run. The collector is run from an
item's paint so that it runs there every time, not only when the heap's counts say so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import gc, weakref
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
app = QApplication([])
from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup


class Collector(pg.GraphicsObject):
    def boundingRect(self):
        return QRectF(0, 0, 1, 1)

    def paint(self, p, *args):
        gc.collect()


pack = load_pack(default_pack_path())
view = ChartView()
view.resize(900, 560)
view.show()
view.set_spec(build_comparison(pack, ComparisonSetup().with_changes(indicator_id="goods_exports"),
                               None, lang="en"))
view.flush()
for _ in range(3):
    app.processEvents()
view._graphics.scene().addItem(Collector())
view._graphics.viewport().update()
chart = weakref.ref(view)
del view  # shown; held by nothing but its own reference cycles
app.processEvents()  # paints it: the collector runs in the paint
print("drawn", chart() is not None and chart().isVisible(), flush=True)
chart().close()
gc.collect()
print("gone once closed", chart() is None, flush=True)
"""


def test_a_chart_window_let_go_stays_drawn_until_closed(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_EXPLORER_HOME=str(tmp_path),
               PYTHONPATH=str(ROOT), PYTHONFAULTHANDLER="1",
               MALLOC_PERTURB_="165")  # freed memory overwritten: a use after free fails at once
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "drawn True" in done.stdout and "gone once closed True" in done.stdout, done.stdout
    assert "Cannot destroy paint device that is being painted" not in done.stderr, done.stderr
