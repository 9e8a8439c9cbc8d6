"""The cyclic garbage collector while a pack loads: held from the load's start until the pack is
on screen and frozen (its passes over pandas' modules and the pack cost ~50 ms of a large pack's
reopen), and collecting between events again however the load ends: opened, refused, or the
window closed. Automatic collection stays off throughout (``explorer.qt.collector``)."""

from __future__ import annotations

import gc
import threading
import weakref

from explorer.qt import collector, workers
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


class _Cycle:
    pass


def _collects_between_events() -> bool:
    """Whether a pass due between events frees cyclic garbage now (and automatic collection is
    still off, so nothing else could have freed it)."""
    assert not gc.isenabled()
    cycle = _Cycle()
    cycle.me = cycle  # type: ignore[attr-defined]
    ref = weakref.ref(cycle)
    del cycle
    young: list[list] = []
    while gc.get_count()[0] <= gc.get_threshold()[0]:  # until a pass is due
        young.append([])
    collector.collect_due()
    del young
    return ref() is None


def _held_load(monkeypatch) -> threading.Event:
    """Loads wait on the worker until the returned event is set."""
    release = threading.Event()
    load = workers._load
    monkeypatch.setattr(workers, "_load", lambda *args: (release.wait(30), load(*args))[1])
    return release


def test_the_collector_waits_while_a_pack_loads_and_runs_once_it_is_shown(qtbot, tmp_path,
                                                                          monkeypatch):
    assert _collects_between_events()
    release = _held_load(monkeypatch)
    window = _window(qtbot, tmp_path, monkeypatch)
    window.start(None)
    assert not _collects_between_events()  # held while the pack loads
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        release.set()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)  # shown and frozen
    assert _collects_between_events()
    assert window.session.pack is not None
    window.close()
    assert _collects_between_events()


def test_a_refused_pack_lets_the_collector_run_again(qtbot, tmp_path, monkeypatch):
    broken = write_pack(tmp_path / "broken", {"events.csv": replace_line(
        "events.csv", "epa,EU–Japan EPA,日EU経済連携協定,agreement,in_force,2019-02-01,,jp;eu,",
        "epa,EU–Japan EPA,日EU経済連携協定,agreement,in_force,2019-13-45,,jp;eu,")})
    window = _window(qtbot, tmp_path, monkeypatch)
    with qtbot.waitSignal(window.loader.sig_pack_refused, timeout=30000):
        window.open_pack(str(broken))
        assert not _collects_between_events()
    assert _collects_between_events()
    window.close()


def test_closing_the_window_during_a_load_lets_the_collector_run_again(qtbot, tmp_path,
                                                                       monkeypatch):
    release = _held_load(monkeypatch)
    window = _window(qtbot, tmp_path, monkeypatch)
    window.start(None)
    assert not _collects_between_events()
    window.close()  # the load is cancelled: no outcome will come
    assert _collects_between_events()
    release.set()
    window.loader.wait(30000)
    assert _collects_between_events()


def test_another_hold_outlasts_a_load(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, tmp_path, monkeypatch)
    collector.hold("a test's own")
    try:
        with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
            window.start(None)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
        assert not _collects_between_events()  # not the load's to end
    finally:
        collector.release("a test's own")
        window.close()
