"""Start-up: the window's first frame does not wait for the data, chart or export stacks."""

from __future__ import annotations

import subprocess
import sys

from explorer.paths import default_pack_path

PROBE = """
import os, sys
os.environ["BRIEFING_EXPLORER_HOME"] = {home!r}
from explorer.qt.app import build_window
app, window = build_window({pack!r})
starter = window.start_after_first_paint
start = starter._start
def _start():
    print("FIRST_PAINT_MODULES", " ".join(m for m in ("numpy.ma",) if m in sys.modules) or "-")
    start()
starter._start = _start
while window.session.pack is None:
    app.processEvents()
    window.loader.wait(50)
app.processEvents()  # the pack's paint (a load under BUSY_AFTER_MS posted no repaint before it)
app.processEvents()  # the panels deferred to the turn after that paint
print("HEAVY", " ".join(sorted(starter.heavy_at_first_paint)) or "-")
print("ROWS", window.table.model.rowCount(), len(window.session.pack.events))
print("COMPARE", type(window.compare_dock.widget()).__name__)
print("BRIEFING", type(window.briefing_dock.widget()).__name__)
window.close()
"""


def test_first_paint_comes_before_pandas_pyqtgraph_and_the_export_stack(tmp_path):
    probe = PROBE.format(home=str(tmp_path), pack=str(default_pack_path()))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["HEAVY"] == "-"  # none of pandas, pyqtgraph, superqt, matplotlib, docx, pptx, openpyxl
    # the first paint's time axis uses no numpy submodule loaded on demand (np.setdiff1d and
    # np.isin imported numpy.ma inside the first paint, ~45 ms)
    assert lines["FIRST_PAINT_MODULES"] == "-"
    # ... and once the pack is in, the panels built after that paint show it
    rows, events = lines["ROWS"].split()
    assert rows == events and int(rows) > 0
    assert lines["COMPARE"] == "ComparisonPanel"
    assert lines["BRIEFING"] == "BriefingPanel"


def test_the_loader_hands_over_a_pack_with_its_opening_work_done(qtbot):
    """The chronological order and the filter bar's counts are computed on the worker: opening a
    large pack does not compute them on the GUI thread; they are the same as computed there."""
    from explorer.data.pack_loader import load_pack
    from explorer.qt.views.filter_bar import facet_counts
    from explorer.qt.workers import PackLoader
    from explorer.state import filtering, session

    loader = PackLoader()
    with qtbot.waitSignal(loader.sig_pack_loaded, timeout=30000) as blocker:
        loader.load(str(default_pack_path()))
    pack = blocker.args[0]
    assert "_filter_bar_counts" in pack.__dict__ and filtering._CHRONO_ORDER in pack.__dict__
    assert session._EVENT_ROWS in pack.__dict__
    assert "observation_rows_by_indicator" in pack.__dict__  # the Compare panel's choices
    fresh = load_pack(default_pack_path())
    assert session.event_rows(pack) == {e: i for i, e in enumerate(fresh.events["id"])}
    assert (filtering.chrono_order(pack) == filtering.chrono_order(fresh)).all()
    warm, cold = facet_counts(pack), facet_counts(fresh)
    assert warm["months"] == cold["months"]
    for key in ("parties", "involved", "domains", "kinds", "statuses"):
        assert warm[key] == cold[key]
    loader.wait()
    loader.deleteLater()


def test_the_search_text_is_built_after_the_pack_is_shown_unless_the_pack_opens_searching(qtbot):
    """The pack is handed over without waiting for its search text; the worker builds it once the
    window says the pack is shown (the same text as built on the GUI thread). A pack opened with a
    text filter gets it before the hand-over."""
    from explorer.data.pack_loader import load_pack
    from explorer.qt.workers import PackLoader
    from explorer.state import filtering

    loader = PackLoader()
    for search_first in (False, True):
        with qtbot.waitSignal(loader.sig_pack_loaded, timeout=30000) as blocker:
            loader.load(str(default_pack_path()), search_first=search_first)
        pack = blocker.args[0]
        assert (filtering._EVENT_TEXT in pack.__dict__) is search_first
        loader.shown(pack)
        assert loader.wait(30000)
        assert list(pack.__dict__[filtering._EVENT_TEXT]) == list(
            filtering.search_text(load_pack(default_pack_path())))
    loader.deleteLater()


def test_the_window_tells_the_loader_once_it_has_painted_the_pack(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path))
    from explorer.qt.main_window import MainWindow
    from explorer.state import filtering
    from explorer.state.session import Session
    from explorer.userdata.settings import Settings

    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.show()
    shown = []
    real = window.loader.shown
    monkeypatch.setattr(window.loader, "shown", lambda pack: (shown.append(pack), real(pack)))
    window.open_pack(str(default_pack_path()))
    qtbot.waitUntil(lambda: window.session.pack is not None, timeout=30000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [window.session.pack]
    assert window.loader.wait(30000)
    assert filtering._EVENT_TEXT in window.session.pack.__dict__
    window.close()


def test_the_timeline_drawn_from_the_worker_built_source_is_the_one_built_on_the_gui_thread(qtbot):
    """The loader's worker lays the timeline out (its per-pack tables and the partner lanes in the
    label language); a view of that pack draws exactly what a view of a freshly read pack draws."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from explorer.charts import timeline_layout as tl
    from explorer.data.pack_loader import load_pack
    from explorer.qt.views.timeline_view import TimelineView
    from explorer.qt.workers import PackLoader
    from explorer.state.session import Session

    loader = PackLoader()
    with qtbot.waitSignal(loader.sig_pack_loaded, timeout=30000) as blocker:
        loader.load(str(default_pack_path()), label_language="ja")
    warmed = blocker.args[0]
    loader.shown(warmed)
    assert loader.wait(30000)
    loader.deleteLater()
    source = warmed.__dict__[tl._SOURCE_KEY]
    assert ("partner", tl.MAX_LANES, "ja") in source._cache  # laid out before the hand-over

    images = []
    for pack in (warmed, load_pack(default_pack_path())):
        session = Session()
        session.open_pack(pack)
        if hasattr(session, "set_label_language"):
            session.set_label_language("ja", "test")
        view = TimelineView(session)
        qtbot.addWidget(view)
        view.resize(1000, 500)
        assert (view._source is source) is (pack is warmed)
        image = QImage(view.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        view.render(image)
        images.append(image)
        view.close()
        view.deleteLater()
    assert images[0] == images[1]
    assert len({images[0].pixel(x, 250) for x in range(0, 1000, 5)}) > 3  # something was drawn


def test_the_timeline_opens_and_pans_a_pack_without_loading_superqt():
    """The timeline is built before the first paint and shows the first pack: nothing on that path
    may import superqt (~0.15 s; it made opening the default pack in the view 162 ms instead of 18)."""
    probe = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
session = Session()
view = TimelineView(session)
view.resize(900, 400)
view.show()
session.open_pack(load_pack(default_pack_path()))
view.zoom_to_fit()
view.repaint()
d0, d1 = view.visible_range()
view.set_visible_range(d0 + 30, d1 + 30)
view.repaint()
app.processEvents()
print("SUPERQT", "superqt" in sys.modules)
view.close()
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "SUPERQT False" in result.stdout


SLIDER_PROBE = """
import os, sys, time
os.environ["BRIEFING_EXPLORER_HOME"] = {home!r}
from PySide6.QtCore import QEvent, QObject
from explorer.qt.app import build_window
app, window = build_window({pack!r})
seen = []
class Watch(QObject):
    def eventFilter(self, obj, event):
        if obj is window and event.type() == QEvent.Type.UpdateRequest \\
                and window.session.pack is not None and not seen:
            seen.append("superqt" in sys.modules)
        return False
watch = Watch()
window.installEventFilter(watch)
deadline = time.monotonic() + 120
while (not seen or window.filter_bar._date_slider is None) and time.monotonic() < deadline:
    app.processEvents()
    window.loader.wait(20)
for _ in range(5):  # a widget put in a shown layout is shown on a later turn
    app.processEvents()
bar = window.filter_bar
slider = bar._date_slider
print("SUPERQT_AT_PACK_PAINT", seen)
print("SLIDER", type(slider).__name__, tuple(slider.value()) == bar._month_range,
      slider.minimum() == bar._month_range[0], slider.maximum() == bar._month_range[1],
      bar._slider_stand_in is None, slider.isVisibleTo(bar), slider.accessibleName())
window.close()
"""


def test_the_date_slider_comes_after_the_first_paint_of_the_pack(tmp_path):
    """The pack is painted before superqt loads (0.15 s of imports, more beside the loading pack);
    the two-handled slider then takes its stand-in's place at the pack's range."""
    probe = SLIDER_PROBE.format(home=str(tmp_path), pack=str(default_pack_path()))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["SUPERQT_AT_PACK_PAINT"] == "[False]"
    assert lines["SLIDER"] == "QRangeSlider True True True True True Date range"
