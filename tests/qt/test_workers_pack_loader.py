"""PackLoader on the one runner: a pack that fails to load reaches the log and the window's error
path; a cancelled load hands nothing back."""

from __future__ import annotations

import logging
import threading

from explorer.paths import default_pack_path
from explorer.qt.workers import PackLoader


def test_a_load_that_raises_reaches_the_log_and_the_failure_signal(qtbot, caplog, monkeypatch):
    import explorer.data.pack_loader as pack_loader

    def broken(path, **_):
        raise KeyError("events.csv lost its header")

    monkeypatch.setattr(pack_loader, "load_pack", broken)
    caplog.set_level(logging.INFO, logger="explorer")
    loader = PackLoader()
    loaded = []
    loader.sig_pack_loaded.connect(lambda *a: loaded.append(a))
    with qtbot.waitSignal(loader.sig_load_failed, timeout=30000) as failed:
        loader.load("/some/pack")
    message, path = failed.args
    assert path == "/some/pack" and "KeyError" in message and "lost its header" in message
    errors = [r for r in caplog.records if r.name == "explorer.background"]
    assert errors and errors[0].levelno == logging.ERROR
    assert "/some/pack" in errors[0].getMessage() and "Traceback" in errors[0].getMessage()
    assert loaded == []
    loader.deleteLater()


def test_a_refused_pack_is_refused_not_a_bug(qtbot, tmp_path):
    loader = PackLoader()
    with qtbot.waitSignal(loader.sig_pack_refused, timeout=30000) as refused:
        loader.load(str(tmp_path / "no-such-pack"))
    problem, path = refused.args
    assert path == str(tmp_path / "no-such-pack") and type(problem).__name__ == "PackInvalid"
    loader.deleteLater()


def test_a_cancelled_load_hands_nothing_back(qtbot, monkeypatch):
    import explorer.data.pack_loader as pack_loader

    real = pack_loader.load_pack
    reading, release = threading.Event(), threading.Event()

    def slow(path, **kw):
        reading.set()
        release.wait(30)
        return real(path, **kw)

    monkeypatch.setattr(pack_loader, "load_pack", slow)
    loader = PackLoader()
    heard = []
    for signal in (loader.sig_pack_loaded, loader.sig_pack_refused, loader.sig_load_failed):
        signal.connect(lambda *a: heard.append(a))
    loader.load(str(default_pack_path()))
    assert reading.wait(30) and loader.running() == 1
    loader.cancel()
    release.set()
    qtbot.waitUntil(lambda: loader.running() == 0, timeout=30000)
    qtbot.wait(50)  # any outcome queued meanwhile is delivered now
    assert heard == []
    loader.load(str(default_pack_path()))  # closing: nothing new starts
    assert loader.running() == 0
    loader.deleteLater()


def test_a_loaded_pack_is_handed_over_and_its_search_text_built_once_shown(qtbot):
    loader = PackLoader()
    with qtbot.waitSignal(loader.sig_pack_loaded, timeout=30000) as loaded:
        loader.load(str(default_pack_path()))
    pack, _path = loaded.args
    assert len(pack.events) > 0
    loader.shown(pack)
    qtbot.waitUntil(lambda: loader.running() == 0, timeout=30000)
    from explorer.state.filtering import _EVENT_TEXT

    assert _EVENT_TEXT in pack.__dict__  # built on the runner, not by the first keystroke
    loader.deleteLater()


def test_the_search_text_job_gives_back_the_heap_from_its_size_on(qtbot, tmp_path, monkeypatch):
    """Once the window has shown a pack of ``SEARCH_GIVE_BACK_FROM`` events or more, the job that
    built its search text gives back the C heap the building freed; a smaller pack's does not."""
    import explorer.qt.workers as workers
    from explorer import c_allocator

    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path))
    calls: list[int] = []
    monkeypatch.setattr(c_allocator, "give_back_freed", lambda: calls.append(1) or True)
    for give_back_from, expected in ((10**9, []), (1, [1])):
        monkeypatch.setattr(workers, "SEARCH_GIVE_BACK_FROM", give_back_from)
        calls.clear()
        loader = PackLoader()
        with qtbot.waitSignal(loader.sig_pack_loaded, timeout=30000) as loaded:
            loader.load(str(default_pack_path()))
        loader.shown(loaded.args[0])
        assert loader.wait(30000)
        assert calls == expected
        loader.deleteLater()
