"""Start-up: a Compare panel off screen (a tab behind Events, as on a laptop) is built after the
pack is on screen, or at once when its tab is clicked, and then shows what it would have shown."""

from __future__ import annotations

import subprocess
import sys
import threading

from PySide6.QtWidgets import QApplication, QTabBar

from explorer.paths import default_pack_path
from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings

PROBE = """
import os, sys, time
os.environ["BRIEFING_EXPLORER_HOME"] = {home!r}
from PySide6.QtCore import QEvent, QObject
from explorer.qt.app import build_window
app, window = build_window({pack!r})
seen = []
def layout():  # what is on screen: the window, the timeline, the docks not behind a tab
    docks = (window.filter_dock, window.table_dock, window.detail_dock, window.compare_dock,
             window.briefing_dock)
    return [window.size().toTuple(), window.timeline.size().toTuple()] + [
        d.geometry().getRect() for d in docks if not d.visibleRegion().isEmpty()]
before_build = []
build = getattr(window, "_build_comparison", None)
def build_watched():
    app.sendPostedEvents(None, 0)  # the layouts asked for before (the date slider's) first
    before_build.append(layout())
    build()
if build is not None:
    window._build_comparison = build_watched
class Watch(QObject):
    def eventFilter(self, obj, event):
        if obj is window and event.type() == QEvent.Type.UpdateRequest \\
                and window.session.pack is not None and not seen:
            seen.append((any(m in sys.modules for m in ("pyqtgraph", "explorer.charts.comparison")),
                         type(window.compare_dock.widget()).__name__))
        return False
watch = Watch()
window.installEventFilter(watch)
deadline = time.monotonic() + 120
while not seen and time.monotonic() < deadline:
    app.processEvents()
    window.loader.wait(20)
heavy, compare_at_paint = seen[0]
pack = window.session.pack
indicator = str(pack.indicators["id"].iat[0])
window.session.set_comparison(origin="test", indicator_id=indicator)
while type(window.compare_dock.widget()).__name__ != "ComparisonPanel" and time.monotonic() < deadline:
    app.processEvents()  # built by itself, without anyone asking for it
    time.sleep(0.01)
for _ in range(5):
    app.processEvents()
print("AT_PACK_PAINT", heavy, compare_at_paint)
print("LAYOUT_KEPT", before_build == [layout()])
window.go_to_panel("compare")
for _ in range(5):
    app.processEvents()
panel = window.compare_dock.widget()
spec = panel.current_spec
print("SHOWN", panel.isVisible() and not panel.visibleRegion().isEmpty(),
      panel.indicator_combo.currentData() == indicator, spec is not None and spec.indicator_id == indicator,
      sum(len(p.series) for p in spec.panels) > 0, panel.indicator_combo.count() >= len(pack.indicators))
window.close()
"""


def test_a_compare_tab_behind_events_is_built_after_the_pack_is_on_screen(tmp_path):
    """The first paint of the pack does not wait for pyqtgraph and the Compare panel (~0.3-0.4 s
    of CPU): on the offscreen screen (800×800) Compare is a tab behind Events, as on a laptop. It
    is built on the turns after, without moving any panel, and when shown it holds the comparison
    set meanwhile, with its series drawn."""
    probe = PROBE.format(home=str(tmp_path), pack=str(default_pack_path()))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["AT_PACK_PAINT"] == "False _PanelPlaceholder"
    assert lines["LAYOUT_KEPT"] == "True"  # building it moved nothing on screen
    assert lines["SHOWN"] == "True True True True True"


def _click_tab(window: MainWindow, title: str) -> None:
    """Click the dock tab named ``title`` (Qt may keep a stale tab bar beside the one shown)."""
    bars = [(bar, i) for bar in window.findChildren(QTabBar) for i in range(bar.count())
            if bar.tabText(i) == title]
    assert bars, f"no {title} tab"
    for bar, i in bars:
        bar.setCurrentIndex(i)


def test_the_compare_tab_clicked_while_the_pack_loads_shows_the_panel_loading(qtbot, tmp_path,
                                                                              monkeypatch):
    from explorer.qt import workers

    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path))
    release = threading.Event()  # the pack stays loading until the tab has been looked at
    load = workers._load
    monkeypatch.setattr(workers, "_load", lambda *args: (release.wait(30), load(*args))[1])
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start(None)
    assert window._comparison is None  # a tab behind Events: not built before the pack
    _click_tab(window, "Compare")
    QApplication.processEvents()
    panel = window.compare_dock.widget()
    assert panel is window._comparison is not None  # built when its tab was clicked
    covers = [c for c in window.loading_covers if c.parentWidget() is panel]
    assert len(covers) == 1 and covers[0].isVisible()
    assert covers[0].text() == window.loading_text() != ""
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        release.set()
    assert not covers[0].isVisible()
    assert window.comparison.indicator_combo.count() >= len(window.session.pack.indicators)
    window.close()
