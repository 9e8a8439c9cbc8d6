"""Stepping to the next event with the keyboard: → (and ←) on the focused timeline of the real
main window, timed to idle.

A ``MainWindow`` with the tier's pack (as the filter scenario opens it, every panel on screen), the
timeline focused and an event selected in the middle of the pack. One sample: ``QTest.keyClick``
of → on the timeline (the app asks the Session to select the next visible event), then events
processed until idle (``benchmarks.qt_support.IdleWatcher``): the selection moved, the timeline,
the event table and the details panel repainted. The sample fails the run if the selection did
not move. The notes give the paints per panel per step. No naive baseline: the step is a lookup,
what it costs is the repaint of three panels, which the target holds to one frame.
"""

from __future__ import annotations

from benchmarks.harness import Context

NAME = "step"
TITLE = "Step to the next event"
ORDER = 45


def run(ctx: Context) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.qt_support import IdleWatcher, qt_app
    from benchmarks.scenarios.filtering import Timed, open_window

    qt_app()
    window = open_window(ctx)
    session = window.session
    window.detail_dock.show()
    window.detail_dock.raise_()
    watcher = IdleWatcher({"timeline": window.timeline, "table": window.table,
                           "details": window.detail, "chart": window.comparison})
    timed = Timed(watcher)
    visible = list(session.visible_events)
    if len(visible) < 3:
        raise RuntimeError("the pack has too few events to step through")
    session.select_event(str(session.pack.events["id"].iat[int(visible[len(visible) // 2])]),
                         origin="benchmark")
    window.activateWindow()
    window.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
    watcher.to_idle()
    moved = []

    def press(key):
        def act() -> None:
            before = session.selected_event
            QTest.keyClick(window.timeline, key)
            moved.append(session.selected_event != before)
        return act

    for key, metric, text in ((Qt.Key.Key_Right, "step.next", "→ on the timeline: next event, to idle"),
                              (Qt.Key.Key_Left, "step.previous", "← on the timeline: previous event, to idle")):
        samples = ctx.measure(timed.action(metric, press(key)), setup=watcher.to_idle)
        ctx.record(metric, text, samples, note=timed.summary(metric))
        ctx.note(f"{metric}: {timed.summary(metric)}.")
    if not all(moved):
        raise RuntimeError(f"the selection did not move on {moved.count(False)} of {len(moved)} key presses")
    ctx.note(f"{len(visible):,} visible events; the selection moved on every key press.")
    watcher.close()
