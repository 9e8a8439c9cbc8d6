"""Python's cyclic collector runs only between events (``explorer.qt.collector``). Left automatic,
it ran inside an allocation PySide made in ``QObject::disconnectNotify``, which Qt calls with the
sender's signal-slot mutex held; it deleted a QObject that shared that mutex, whose destructor then
waited on it forever (a test run hung in pyqtgraph's ``ViewBox.addItem``). Run in a subprocess, so
a hang fails this test instead of stopping the test run."""

from __future__ import annotations

import subprocess
import sys

# A pyqtgraph item moved between two views disconnects from the old one; in the views'
# ``disconnectNotify`` (mutex held), cyclic garbage QObjects with connections are let go of and
# allocations pass the collector's threshold, as PySide's own allocations there can. A few hundred
# such objects share one of Qt's pooled mutexes with the view: automatic collection deadlocks on
# the first move. Then the garbage must still be freed between events, by the collector's timer.
PROBE = """
import gc, sys, time, weakref
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import pyqtgraph as pg
from explorer.qt import collector
collector.start(app)

class Garbage(QObject):
    sig = Signal()
    def __init__(self):
        super().__init__()
        self.me = self  # only the cyclic collector frees it
        self.sig.connect(self.slot)
    def slot(self):
        pass

HELD = []
class View(pg.ViewBox):
    def disconnectNotify(self, signal):
        HELD.clear()
        [[] for _ in range(3000)]

a, b = View(), View()
item = pg.PlotCurveItem([1, 2, 3], [1, 2, 3])
a.addItem(item)
for n in range(20):
    HELD[:] = [Garbage() for _ in range(400)]
    (b if n % 2 == 0 else a).addItem(item)
    print("moved", n, flush=True)
HELD[:] = [Garbage() for _ in range(400)]
ref = weakref.ref(HELD[0])
HELD.clear()
young = [[] for _ in range(5000)]  # a pass is due
deadline = time.monotonic() + 10
while ref() is not None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("AUTOMATIC", int(gc.isenabled()), "FREED", int(ref() is None), flush=True)
"""


def test_no_collection_inside_a_qt_call_and_garbage_freed_between_events():
    try:
        result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                                timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    except subprocess.TimeoutExpired as e:
        raise AssertionError(f"deadlocked: {e.stdout!r}") from None
    assert result.returncode == 0, result.stderr[-3000:]
    assert "moved 19" in result.stdout
    assert "AUTOMATIC 0 FREED 1" in result.stdout
