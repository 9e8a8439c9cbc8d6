"""Start-up through the real entry point: what runs beside the first frame. No thread the app does
not need (numpy's OpenBLAS would start one per core), no garbage collector pass over the objects the
start-up makes (~75 passes, ~18 ms), no module the first frame does not use (the export model's
view state, numpy ~80 ms, the log file's ``logging.handlers`` ~6 ms); launch-12 and launch-13 in
docs/performance-log.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from explorer.paths import default_pack_path

# The app as ``python -m explorer --new-instance PACK`` starts it; at the timeline's first paint and
# at its first paint of the pack, the threads that neither Python's ``threading`` nor Qt started
# (Qt names its own, e.g. "Thread (pooled)"; a native library's inherit the process's name), and
# the collector's passes since the window began to be built; whether the export model, numpy and
# logging.handlers are loaded; at the pack's paint, the log as written by then.
PROBE = """
import gc, os, sys, threading
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

os.environ["BRIEFING_EXPLORER_HOME"] = {home!r}
app = QApplication(sys.argv[:1])
passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
import explorer.qt.app as qt_app
build_window = qt_app.build_window
def counted_build_window(*args):
    passes.clear()
    return build_window(*args)
qt_app.build_window = counted_build_window

def foreign_threads():
    ours = {{t.native_id for t in threading.enumerate()}}
    name = open("/proc/self/comm").read().strip()
    return sum(1 for tid in os.listdir("/proc/self/task") if int(tid) not in ours
               and open(f"/proc/self/task/{{tid}}/comm").read().strip() == name)

class Watch(QObject):
    paints = 0
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "timeline_view":
            window = watched.window()
            if self.paints == 0:
                print("FIRST_PAINT", foreign_threads(), len(passes),
                      int("explorer.export.view_state" in sys.modules), int("numpy" in sys.modules),
                      int("logging.handlers" in sys.modules), flush=True)
            elif window.session.pack is not None:
                print("PACK_PAINT", foreign_threads(), watched.drawn_placement_count,
                      len(window.session.pack.events), int(gc.isenabled()),
                      int(bool(sys.modules["explorer.qt.collector"].held())), flush=True)
                print("VIEW", type(window.current_view("timeline")).__name__, flush=True)
                log = os.path.join({home!r}, "log", "briefing-explorer.log")
                print("LOG", open(log, encoding="utf-8").read().replace("\\n", " | "), flush=True)
                QTimer.singleShot(0, lambda: (print("AFTER_PACK_PAINT", int(gc.isenabled()),
                    int(bool(sys.modules["explorer.qt.collector"].held())), flush=True), os._exit(0)))
            self.paints += 1
        return False

watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(120000, lambda: os._exit(3))
from explorer.__main__ import main
main(["--new-instance", {pack!r}])
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads are counted in /proc")
def test_no_extra_thread_collector_pass_numpy_or_export_model_before_the_first_frame(tmp_path):
    probe = PROBE.format(home=str(tmp_path), pack=str(default_pack_path()))
    # no OPENBLAS_NUM_THREADS inherited: what a user's launch gets
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    foreign, passes, view_state, numpy, log_handlers = (int(v) for v in lines["FIRST_PAINT"].split())
    assert foreign == 0
    assert passes == 0  # (~75 passes while the window was built and painted before)
    assert view_state == 0
    assert numpy == 0  # the timeline's frame before the pack needs none of it
    assert log_handlers == 0  # the log file is opened after the frame, with what was logged before
    # once the pack is on screen numpy and pandas are loaded: still no BLAS thread; automatic
    # collection stays off (``explorer.qt.collector``: a pass inside a Qt call could deadlock), the
    # collector between events is held while the pack loads and free again once it is painted
    # (``collector.PACK_LOAD``), and the timeline draws the pack's events
    foreign, drawn, events, automatic, held = (int(v) for v in lines["PACK_PAINT"].split())
    assert foreign == 0
    assert automatic == 0 and held == 1
    assert lines["AFTER_PACK_PAINT"] == "0 0"
    assert events > 0 and drawn > 0
    assert lines["VIEW"] == "ViewState"  # the view as data, for exports, once asked for
    assert "INFO explorer [MainThread] Briefing Explorer started" in lines["LOG"]  # logged before
