"""The status bar's busy bar while a pack loads: it comes only for a load still running after
``pack_loading.BUSY_AFTER_MS`` (its animation repaints the window many times a second while the
pack loads beside it); what loads is said at once, by the status message and the panels' covers."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject

from explorer.qt import pack_loading, workers
from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings


class _Shows(QObject):
    """Counts the times a widget is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def _window(qtbot, tmp_path, monkeypatch, busy_after_ms: int) -> MainWindow:
    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path))
    monkeypatch.setattr(pack_loading, "BUSY_AFTER_MS", busy_after_ms)
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_quick_load_shows_no_busy_bar_but_says_it_is_loading(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, tmp_path, monkeypatch, busy_after_ms=60_000)
    shows = _Shows()
    window.progress.installEventFilter(shows)
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None)
        assert window.statusBar().currentMessage().startswith("Loading ")
        assert window.loading_text().startswith("Loading ")  # the panels' covers
    qtbot.waitUntil(lambda: window.session.pack is not None)
    assert shows.count == 0 and not window.progress.isVisible()
    window.progress.removeEventFilter(shows)
    window.close()


def test_a_long_load_shows_the_busy_bar_until_the_pack_is_in(qtbot, tmp_path, monkeypatch):
    release = threading.Event()  # the pack stays loading until the bar has been seen
    load = workers._load
    monkeypatch.setattr(workers, "_load", lambda *args: (release.wait(30), load(*args))[1])
    window = _window(qtbot, tmp_path, monkeypatch, busy_after_ms=200)
    window.start(None)
    assert not window.progress.isVisible()
    qtbot.waitUntil(window.progress.isVisible, timeout=10000)
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        release.set()
    assert not window.progress.isVisible()
    assert window.session.pack is not None
    window.close()
