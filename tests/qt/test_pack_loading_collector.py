"""The cyclic garbage collector while a pack loads: paused from the load's start until the pack is
on screen and frozen (its passes over pandas' modules and the pack cost ~50 ms of a large pack's
reopen), and running again however the load ends: opened, refused, or the window closed."""

from __future__ import annotations

import gc
import threading

from explorer.qt import workers
from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings
from tests.packs import replace_line, write_pack


def _window(qtbot, tmp_path, monkeypatch) -> MainWindow:
    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path / "home"))
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _held_load(monkeypatch) -> threading.Event:
    """Loads wait on the worker until the returned event is set."""
    release = threading.Event()
    load = workers._load
    monkeypatch.setattr(workers, "_load", lambda *args: (release.wait(30), load(*args))[1])
    return release


def test_the_collector_waits_while_a_pack_loads_and_runs_once_it_is_shown(qtbot, tmp_path,
                                                                          monkeypatch):
    assert gc.isenabled()
    release = _held_load(monkeypatch)
    window = _window(qtbot, tmp_path, monkeypatch)
    window.start(None)
    assert not gc.isenabled()  # paused while the pack loads
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        release.set()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)  # shown and frozen
    assert gc.isenabled()
    assert window.session.pack is not None
    window.close()
    assert gc.isenabled()


def test_a_refused_pack_lets_the_collector_run_again(qtbot, tmp_path, monkeypatch):
    broken = write_pack(tmp_path / "broken", {"events.csv": replace_line(
        "events.csv", "epa,EU–Japan EPA,日EU経済連携協定,agreement,in_force,2019-02-01,,jp;eu,",
        "epa,EU–Japan EPA,日EU経済連携協定,agreement,in_force,2019-13-45,,jp;eu,")})
    window = _window(qtbot, tmp_path, monkeypatch)
    with qtbot.waitSignal(window.loader.sig_pack_refused, timeout=30000):
        window.open_pack(str(broken))
        assert not gc.isenabled()
    assert gc.isenabled()
    window.close()


def test_closing_the_window_during_a_load_lets_the_collector_run_again(qtbot, tmp_path,
                                                                       monkeypatch):
    release = _held_load(monkeypatch)
    window = _window(qtbot, tmp_path, monkeypatch)
    window.start(None)
    assert not gc.isenabled()
    window.close()  # the load is cancelled: no outcome will come
    assert gc.isenabled()
    release.set()
    window.loader.wait(30000)
    assert gc.isenabled()


def test_a_collector_paused_by_someone_else_stays_paused(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, tmp_path, monkeypatch)
    gc.disable()
    try:
        with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
            window.start(None)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
        assert not gc.isenabled()  # not ours to resume
    finally:
        gc.enable()
        window.close()
