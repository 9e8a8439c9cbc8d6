"""Two small Qt helpers the panels use on the way to a pack on screen: ``signals_blocked`` and a
trailing ``QSignalDebouncer``, the same behaviour as superqt's (``superqt.utils``), without
importing superqt there. Importing anything from superqt runs its package ``__init__``: every
widget it has, and qtpy's star imports of PySide6 (~60 ms of CPU after pyqtgraph, 0.15-0.3 s
standalone), on the GUI thread while the pack loads. superqt stays the dependency for the date
range slider, which the window builds after it has painted the pack (``FilterBar.build_date_slider``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, QTimer, Signal


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Block the signals of ``objects`` inside the block; each gets back its previous state, also
    when the block raises (as ``superqt.utils.signals_blocked``)."""
    previous = [o.blockSignals(True) for o in objects]
    try:
        yield
    finally:
        for o, was in zip(objects, previous):
            o.blockSignals(was)


class QSignalDebouncer(QObject):
    """``triggered`` once ``timeout()`` ms have passed since the last ``throttle()``: a burst of
    calls gives one emission, after it. The behaviour of superqt's ``QSignalDebouncer`` (trailing
    policy, KDToolBox's KDSignalThrottler): ``cancel`` drops a pending emission (the timer runs on,
    idle), ``flush`` emits a pending one now; after an emission the timer runs once more, idle."""

    triggered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._maybe_emit)

    def timeout(self) -> int:
        return self._timer.interval()

    def setTimeout(self, timeout: int) -> None:
        self._timer.setInterval(timeout)

    def throttle(self) -> None:
        """Ask for an emission: the timer starts again from now."""
        self._pending = True
        self._timer.start()

    def cancel(self) -> None:
        """Drop the pending emission, if any."""
        self._pending = False

    def flush(self, restart_timer: bool = True) -> None:
        """Emit the pending emission now, if any."""
        self._maybe_emit(restart_timer)

    def _maybe_emit(self, restart_timer: bool = True) -> None:
        if self._pending:
            self._pending = False
            self.triggered.emit()
            self._timer.start()
        if not restart_timer:
            self._timer.stop()
