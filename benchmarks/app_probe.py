"""The app as ``python -m explorer PACK`` starts it, with timestamps: ``python -m benchmarks.app_probe
MODE PACK``. Used by the start-up and memory scenarios, never by the app.

The probe creates the QApplication (``explorer.qt.app.build_window`` reuses an existing one),
installs an application-wide event filter (moved onto the timeline once it has painted), then calls ``explorer.__main__.main([PACK])``: the real
start path, unchanged. The filter notes ``time.monotonic()`` (one clock for every process, so the
launching process can subtract its own launch time):

* ``first_paint``: the timeline's first paint has been delivered and the event loop is back
  (a zero-time timer queued from the paint event fires), i.e. the first frame is on screen;
* ``pack_changed``: the Session emitted the change that opened the pack (after the window's own
  listeners, which subscribed earlier);
* ``pack_visible``: the timeline's next paint after that, delivered.

MODE ``startup`` quits there. MODE ``memory`` then compares the pack's first indicator, puts the
Compare dock beside the Events dock, renders each view (timeline whole and zoomed, table, chart),
applies a date + partner filter, lets the window's idle work and the cache's background write
finish (``settle_as_used``) and reports ``ru_maxrss``. MODE ``bare`` shows an empty QWidget instead
of the app: the floor any Qt start-up sits on. The result is one stdout line ``PROBE {json}``.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PREFIX = "PROBE "


class _Probe(QObject):
    def __init__(self, mode: str, watched_name: str) -> None:
        super().__init__()
        self.mode = mode
        self.watched_name = watched_name
        self.marks: dict[str, float] = {"probe_started": time.monotonic()}
        self.info: dict[str, object] = {}
        self._await_pack_paint = False

    def mark(self, name: str) -> None:
        self.marks.setdefault(name, time.monotonic())

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Paint or watched.objectName() != self.watched_name:
            return False
        if "first_paint_event" not in self.marks:
            self.mark("first_paint_event")
            self.info["pandas_loaded_at_first_paint"] = "pandas" in sys.modules
            QTimer.singleShot(0, lambda: self._on_first_frame(watched))
        elif self._await_pack_paint:
            self._await_pack_paint = False
            self.mark("pack_paint_event")
            QTimer.singleShot(0, lambda: self._on_pack_frame(watched))
        return False

    def _on_first_frame(self, widget: QWidget) -> None:
        self.mark("first_paint")
        if self.mode == "bare":
            self.finish()
            return
        # From here on only the timeline's events pass through Python: an application-wide
        # filter would take the GIL for every event while the pack loads on a worker thread.
        QApplication.instance().removeEventFilter(self)
        widget.installEventFilter(self)
        window = widget.window()
        window.session.subscribe(self._on_session_changed)

    def _on_session_changed(self, change) -> None:
        if "pack" in change.what and "pack_changed" not in self.marks:
            self.mark("pack_changed")
            self._await_pack_paint = True

    def _on_pack_frame(self, widget: QWidget) -> None:
        self.mark("pack_visible")
        if self.mode == "memory":
            self.info["views"] = draw_every_view(widget.window())
            self.info["then"] = settle_as_used(widget.window())
        self.finish()

    def finish(self) -> None:
        self.info["maxrss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(PREFIX + json.dumps({"marks": self.marks, "info": self.info}), flush=True)
        QApplication.instance().quit()


def draw_every_view(window) -> list[str]:
    """Compare the first indicator with every panel on screen; render each view once."""
    from benchmarks.qt_support import show_every_panel

    show_every_panel(window)
    pack = window.session.pack
    window.session.set_comparison(origin="benchmark", indicator_id=str(pack.indicators["id"].iat[0]))
    window.comparison.flush()
    drawn = []
    for name, widget in (("timeline", window.timeline), ("table", window.table),
                         ("chart", window.comparison), ("filters", window.filter_bar)):
        widget.grab()
        drawn.append(name)
    d0, d1 = window.timeline.visible_range()
    window.timeline.set_visible_range(d0, d0 + (d1 - d0) / 100)
    window.timeline.grab()
    drawn.append("timeline zoomed")
    return drawn


def settle_as_used(window) -> list[str]:
    """What the window holds a moment later, not only what its first frames needed: a filter a
    user applies (the filter scenario's first "never applied before", a date + partner filter),
    then every piece of work the window defers to idle turns (sort orders, texts prepared ahead,
    spare plots) and the pack cache's background write, let finish. ``ru_maxrss`` is a high-water
    mark: read after this, it counts all of it."""
    from benchmarks.qt_support import IdleWatcher
    from benchmarks.scenarios.filtering import new_filters
    from explorer.data import pack_cache

    watcher = IdleWatcher()
    try:
        watcher.to_idle()
        window.session.set_filter(origin="filter-bar", **new_filters(window.session.pack, 1)[0])
        watcher.to_idle()
    finally:
        watcher.close()
    written = pack_cache.wait_for_writes(timeout=60)
    return ["a date + partner filter applied", "idle work done",
            "cache entry written" if written else "cache entry still being written after 60 s"]


def main(argv: list[str]) -> None:
    mode, pack = argv[0], argv[1] if len(argv) > 1 else ""
    app = QApplication(sys.argv[:1])
    probe = _Probe(mode, "bare" if mode == "bare" else "timeline_view")
    app.installEventFilter(probe)
    if mode == "bare":
        widget = QWidget()
        widget.setObjectName("bare")
        widget.resize(1400, 860)
        widget.show()
        app.exec()
    else:
        from explorer.__main__ import main as explorer_main

        explorer_main([pack])
    sys.stdout.flush()
    if mode != "bare":  # a cache entry still being written in the background is let finish, as
        # the app's own exit does (atexit), so the next launch of a "reopen" finds it
        from explorer.data import pack_cache

        pack_cache.wait_for_writes(timeout=30)
    os._exit(0)  # the window is still open: skip Qt's teardown, the result is printed


if __name__ == "__main__":
    main(sys.argv[1:])
