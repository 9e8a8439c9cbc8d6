"""The whole window, driven as a user would: open, filter, select, note, restart."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.notes import NotesStore
from explorer.userdata.settings import Settings
from tests.packs import write_pack


def open_window(qtbot, path=None, notes_path=None, default_notes=False) -> MainWindow:
    notes = NotesStore(notes_path) if notes_path else NotesStore() if default_notes else None
    window = MainWindow(Session(notes=notes), Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None if path is None else str(path))
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    store = window.session._notes_store
    if store is not None:
        store.close()


def test_opens_the_default_pack_on_a_worker(qtbot):
    window = open_window(qtbot)
    assert window.session.pack.meta.name == "japan-eu-us"
    assert window.windowTitle().startswith("Japan between the US and Europe")
    window.session.set_label_language("ja", origin="test")  # the descriptor's title_ja
    assert window.windowTitle().startswith("米欧のはざまの日本（2019〜2025年） — ")
    window.session.set_label_language("en", origin="test")
    assert window.windowTitle().startswith("Japan between the US and Europe")
    n = len(window.session.pack.events)
    assert window.filter_bar.count_label.text() == f"Showing {n} of {n} events"
    assert window.table.model.rowCount() == n
    assert not window.progress.isVisible()
    # It opens on where the events are (not 1902-2035 because of one 1902 alliance); Home shows all.
    day0, day1 = window.timeline.visible_range()
    assert parse_bound("2015", upper=False) < day0 < parse_bound("2019-06", upper=False)
    assert parse_bound("2025-10", upper=False) < day1 < parse_bound("2030", upper=False)
    window.fit_action.trigger()  # Home fits the events that matter, the 1902 outlier left off
    day0, day1 = window.timeline.visible_range()
    assert parse_bound("1950", upper=False) < day0 < parse_bound("2019", upper=False)
    assert day1 > parse_bound("2025-10", upper=False)
    close_window(window)


def test_broken_pack_shows_its_problems_and_keeps_the_old_one(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "good"))
    bad = write_pack(tmp_path / "bad", {"events.csv": "id,title\nx,y\n"})
    with qtbot.waitSignal(window.loader.sig_pack_refused, timeout=30000):
        window.open_pack(str(bad))
    box = window.findChild(QMessageBox, "pack_refused_box")
    assert box is not None and box.isVisible()
    assert "events.csv:1:kind: required column is missing from the header" in box.detailedText()
    assert "Still open: Test pack" in box.text()
    assert window.session.pack.meta.title == "Test pack"
    assert window.table.model.rowCount() == 5
    box.close()
    close_window(window)


def test_filters_update_every_view_in_one_pass(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    changes = []
    window.session.subscribe(changes.append)
    window.filter_bar.search.setText("tariff")
    window.filter_bar.search.returnPressed.emit()
    assert len(changes) == 1  # one intent, one change
    assert window.table.model.rowCount() == 1
    assert window.timeline.drawn_placement_count == 1
    assert window.pack_label.text() == "1 of 5 events"
    window.clear_filters_action.trigger()
    assert window.table.model.rowCount() == 5 and window.filter_bar.search.text() == ""
    close_window(window)


def test_selection_is_linked_across_table_timeline_and_details(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    window.table.view.selectRow(1)  # GCAP, chronologically second
    assert window.session.selected_event == "gcap"
    assert "GCAP" in window.detail._browser.toPlainText()
    assert window.timeline._session.selected_event == "gcap"
    window.timeline.sig_event_selection_requested.emit("epa")  # as a click on the timeline does
    assert window.table.view.currentIndex().row() == 0
    assert "EU–Japan EPA" in window.detail._browser.toPlainText()
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)  # keyboard walks the events
    assert window.session.selected_event == "gcap"
    close_window(window)


def test_ctrl_f_focuses_search(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    window.activateWindow()
    window.find_action.trigger()
    assert window.filter_bar.search.hasFocus() or window.focusWidget() is window.filter_bar.search
    close_window(window)


def test_notes_and_layout_survive_a_restart(qtbot, tmp_path):
    pack = write_pack(tmp_path / "pack")
    notes_path = tmp_path / "notes.sqlite3"
    window = open_window(qtbot, pack, notes_path)
    window.table.view.selectRow(0)
    qtbot.keyClicks(window.detail._note, "Raise at the summit")
    window.filter_bar.search.setText("EPA")
    window.filter_bar.search.returnPressed.emit()
    window.table_dock.setVisible(False)
    window.lanes_domain_action.trigger()
    close_window(window)  # flushes the note and saves settings

    again = open_window(qtbot, None, notes_path)  # no path: the last pack, with its filters
    assert again.session.pack.meta.location == str(pack)
    assert again.session.filter.text == "EPA"
    assert again.filter_bar.search.text() == "EPA"
    assert not again.table_dock.isVisible()
    assert again.timeline.lane_mode() == "domain" and again.lanes_domain_action.isChecked()
    again.session.select_event("epa")
    assert again.detail._note.toPlainText() == "Raise at the summit"
    close_window(again)


def test_damaged_settings_do_not_stop_the_window(qtbot, tmp_path):
    settings = Settings()
    settings.path.parent.mkdir(parents=True, exist_ok=True)
    settings.path.write_text("{not json", encoding="utf-8")
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    assert window.settings.problem and "damaged settings" in window.settings.problem
    assert window.session.pack is not None
    close_window(window)


def test_about_names_versions_and_the_packs_licence(qtbot):
    window = open_window(qtbot)
    html = window.about_html()
    assert "PySide6 6.10.3" in html and "Creative Commons Attribution 4.0" in html
    from explorer.app_log import log_path

    assert str(log_path()) in html  # where to find the log when reporting a problem
    close_window(window)


@pytest.mark.slow
def test_first_paint_comes_before_pandas_is_loaded(tmp_path):
    probe = f"""
import sys, os
os.environ["BRIEFING_EXPLORER_HOME"] = {str(tmp_path)!r}
from explorer.__main__ import is_command  # the entry point's own decision, as `briefing-explorer PACK`
assert not is_command([{str(default_pack_path())!r}])
from explorer.qt.app import build_window
app, window = build_window({str(default_pack_path())!r})
starter = window.start_after_first_paint
while window.session.pack is None:
    app.processEvents()
    window.loader.wait(50)
print(starter.pandas_at_first_paint, window.session.pack.meta.name)
window.close()
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["False", "japan-eu-us"]


def test_every_focusable_control_has_an_accessible_name(qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QWidget

    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    unnamed = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
        if not name.strip():
            unnamed.append(f"{type(w).__name__}({w.objectName()!r})")
    assert unnamed == []
    close_window(window)


def test_show_in_charts_from_the_details_opens_the_comparison(qtbot):
    from PySide6.QtCore import QUrl

    window = open_window(qtbot)
    window.session.select_event("eu-jp-epa")
    window.detail._browser.anchorClicked.emit(QUrl("indicator:goods_exports"))
    assert window.session.comparison.indicator_id == "goods_exports"
    assert not window.compare_dock.visibleRegion().isEmpty()  # raised above the Events tab
    window.comparison.flush()
    spec = window.comparison.current_spec
    assert spec.title == "Goods exports" and {s.key for p in spec.panels for s in p.series} == {
        "eu>jp", "us>jp"}
    close_window(window)


def test_comparison_and_linked_axes_survive_a_restart(qtbot, tmp_path):
    pack = write_pack(tmp_path / "pack")
    window = open_window(qtbot, pack)
    window.comparison.sig_comparison_change_requested.emit(
        {"indicator_id": "goods_exports", "basis": "converted", "currency": "USD"})
    window.comparison.set_link_time_axes(True)
    window.comparison.sig_link_time_axes_toggled.emit(True)
    close_window(window)

    again = open_window(qtbot)
    setup = again.session.comparison
    assert (setup.indicator_id, setup.basis, setup.currency) == ("goods_exports", "converted", "USD")
    assert again.comparison.link_time_axes()
    # linked: the chart's x range follows the timeline's
    again.session.set_comparison(chart="line")
    again.comparison.flush()
    again.timeline.set_visible_range(parse_bound("2022", upper=False), parse_bound("2025", upper=True))
    again.comparison.flush()
    lo, hi = again.comparison.chart_view.x_range()
    assert abs(lo - parse_bound("2022", upper=False)) < 2 and abs(hi - parse_bound("2025", upper=True)) < 3
    close_window(again)


def test_export_copy_and_briefing_from_the_window(qtbot, tmp_path):
    from pptx import Presentation
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot)
    assert window.current_view("chart") is None  # no indicator chosen yet
    window.session.set_comparison(indicator_id="goods_exports", basis="converted", currency="USD",
                                  chart="bar")
    window.comparison.flush()
    window.session.select_event("eu-jp-epa")

    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.view_buttons["chart"].isChecked()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pptx"))
    out = dialog.export_to(tmp_path / "trade.pptx")
    chart = next(s for s in Presentation(out).slides[0].shapes if s.has_chart).chart
    names = [s.name for s in chart.plots[0].series]  # each with its source number
    assert [n.split(" [")[0] for n in names] == ["European Union → Japan", "United States → Japan"]
    assert all(n.endswith("]") for n in names)

    assert window.copy_chart()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasImage() and "European Union → Japan" in mime.text() and "[1]" in mime.text()

    window.add_chart_action.trigger()
    window.add_event_action.trigger()
    window._add_to_briefing("timeline")
    briefing = window.briefing.current_briefing
    assert [i.view.view for i in briefing.items] == ["chart", "event", "timeline"]
    assert briefing.items[1].view.event_id == "eu-jp-epa"
    assert window.briefing_dock.isVisible()
    close_window(window)


@pytest.mark.slow
def test_quitting_after_copying_a_chart_exits_cleanly(tmp_path):
    """Clipboard data made in Python used to be destroyed by Qt after Python had finalized."""
    probe = f"""
import os
os.environ["BRIEFING_EXPLORER_HOME"] = {str(tmp_path)!r}
from explorer.__main__ import is_command  # the entry point's own decision, as `briefing-explorer PACK`
assert not is_command([{str(default_pack_path())!r}])
from explorer.qt.app import build_window
app, window = build_window(None)
while window.session.pack is None:
    app.processEvents()
    window.loader.wait(50)
window.session.set_comparison(indicator_id="goods_exports")
window.comparison.flush()
assert window.copy_chart()
window.close()
print("closed")
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert result.stdout.strip() == "closed"


def test_moving_notes_and_briefings_to_another_laptop(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, default_notes=True)  # as the app: the user's own store
    window.session.select_event("eu-jp-epa")
    window.session.set_note("eu-jp-epa", "Ask about the data-flow protocol")
    window._add_to_briefing("event")
    moved = tmp_path / "my-data.json"
    assert "1 notes" in window.export_user_data_to(str(moved)) and "1 briefings" in \
        window.statusBar().currentMessage()
    close_window(window)

    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path / "other-laptop"))
    other = open_window(qtbot, default_notes=True)
    assert other.session.notes == {} and other.briefing.current_briefing is None
    assert other.import_user_data_from(str(moved)).startswith("Imported")
    assert other.session.notes == {"eu-jp-epa": "Ask about the data-flow protocol"}
    assert [i.view.event_id for i in other.briefing.current_briefing.items] == ["eu-jp-epa"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"briefing_explorer_user_data": 1, "notes": [{"pack": 3}]}', encoding="utf-8")
    assert other.import_user_data_from(str(bad)) == ""
    from PySide6.QtWidgets import QMessageBox
    box = other.findChild(QMessageBox, "import_failed_box")
    assert box is not None and "notes" in box.text()
    box.close()
    close_window(other)


def test_a_timeline_export_carries_the_selected_event(qtbot):
    window = open_window(qtbot)
    window.session.select_event("eu-jp-epa")
    assert window.current_view("timeline").event_id == "eu-jp-epa"
    assert window.current_view("timeline_all").event_id == "eu-jp-epa"


# Closing while a pack loads: the load (here one that takes 30 s, as a big or hostile pack can) is
# left behind; the process saves what the user had and exits, never lingering without a window.
SLOW_LOAD = """
import sys, threading, time
import explorer.data.pack_loader as pack_loader
started = threading.Event()
def slow_load(path, *args, **kwargs):
    started.set()
    print("loading", flush=True)
    time.sleep(30)
    raise RuntimeError("the slow load was not left behind")
pack_loader.load_pack = slow_load
from PySide6.QtCore import QTimer
from explorer.qt import app as qtapp
original = qtapp.build_window
def build(path):
    app, window = original(path)
    if sys.argv[1] == "close":
        timer = QTimer(window)
        timer.setInterval(20)
        def close_once_loading():
            if started.is_set():
                timer.stop()
                print("closing", time.time(), flush=True)
                window.close()
        timer.timeout.connect(close_once_loading)
        timer.start()
    return app, window
qtapp.build_window = build
from explorer.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("how", ["close", "sigterm"])
def test_closing_while_a_pack_loads_exits_at_once(tmp_path, how):
    import os
    import signal
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", BRIEFING_EXPLORER_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(root), PYTHONFAULTHANDLER="1")
    proc = subprocess.Popen([sys.executable, "-c", SLOW_LOAD, how, str(default_pack_path())], cwd=root,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "loading"
        if how == "sigterm":  # a logout with the window open
            closed_at = time.time()
            proc.send_signal(signal.SIGTERM)
        else:
            line = proc.stdout.readline().split()
            assert line[0] == "closing", line
            closed_at = float(line[1])
        code = proc.wait(30)
        took = time.time() - closed_at
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        err = proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
    assert code == 0, err[-3000:]
    assert took < 2, took
    assert "Traceback" not in err, err[-3000:]
    # what Quit saves was saved: the window's place and the pack being opened
    saved = (tmp_path / "home" / "config" / "settings.toml").read_text(encoding="utf-8")
    assert "window_geometry" in saved


# The desktop session ending (the session manager's "save your data", or the terminal's hang-up)
# does what Quit does: a filter set a moment before (not yet written: the save is debounced) is
# on disk, and the process leaves.
SESSION_END = """
import sys
from PySide6.QtCore import QTimer
from explorer.qt import app as qtapp
original = qtapp.build_window
def build(path):
    app, window = original(path)
    def act():
        window.session.set_filter(origin="filter-bar", text="summit")
        print("filtered", flush=True)
        if sys.argv[1] == "session-end":
            app.commitDataRequest.emit(None)
    def on_change(change):
        if "pack" in change.what and window.session.pack is not None:
            QTimer.singleShot(0, act)
    window.session.subscribe(on_change)
    return app, window
qtapp.build_window = build
from explorer.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("how", ["session-end", "sighup"])
def test_the_desktop_session_ending_saves_like_quit(tmp_path, how):
    import os
    import signal
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", BRIEFING_EXPLORER_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(root), PYTHONFAULTHANDLER="1")
    proc = subprocess.Popen([sys.executable, "-c", SESSION_END, how, str(default_pack_path())],
                            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "filtered"
        if how == "sighup":
            proc.send_signal(signal.SIGHUP)
        code = proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        err = proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
    assert code == 0, err[-3000:]
    saved = tomllib.loads((tmp_path / "home" / "config" / "settings.toml").read_text("utf-8"))
    assert saved["last_filter"]["text"] == "summit"


def test_closing_the_window_while_a_deck_is_written_finishes_the_file(qtbot, tmp_path, monkeypatch):
    import threading
    import time

    from explorer.export.view_state import ViewState
    from explorer.qt import exporting

    out = tmp_path / "deck.pdf"
    writing = threading.Event()

    def slow_writer(*args, **kwargs):
        def write():
            writing.set()
            time.sleep(0.3)  # a large deck being assembled when the window closes
            out.write_bytes(b"%PDF-1.7 the whole deck")
            return out
        return write

    monkeypatch.setattr(exporting, "prepare_deck", slow_writer)
    window = open_window(qtbot)
    window.briefing.add_item(ViewState(view="event", event_id="eu-jp-epa"), "The EPA")
    window.briefing.export_deck_to(out)
    qtbot.waitUntil(writing.is_set, timeout=10000)
    close_window(window)
    assert out.read_bytes() == b"%PDF-1.7 the whole deck"  # finished, not cut off by the exit
