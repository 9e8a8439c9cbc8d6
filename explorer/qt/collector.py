"""Python's cyclic garbage collector, run only on the GUI thread between events.

Left automatic, the collector runs inside whichever allocation crosses its threshold: on any
thread, and inside any Qt call that runs Python. Qt calls some of those with an internal mutex
held: ``QObject::disconnectNotify`` is called with the sender's signal-slot mutex locked (Qt's
documentation warns of it), and PySide allocates there while looking for a Python override. A
pass at that moment that deleted a QObject whose mutex is the same one (Qt shares a small pool of
mutexes between all objects) waited on itself forever: the window froze, and a test run hung in
pyqtgraph's ``ViewBox.addItem`` (docs/dependencies.md, hazard 19). A pass inside a paint once
deleted the painting chart view (``chart_view._SHOWN_WINDOWS``). So, as pyqtgraph's own
``util.garbage_collector`` does, automatic collection is off (``install``) and a timer on the GUI
thread collects between events (``start``), generation by generation as Python's thresholds would.
Reference counting, which frees almost everything, is untouched; only garbage in cycles waits, for
at most ``INTERVAL_MS``.

Collection can be held for a while (``hold``): during the start-up, until the first frame is on
screen, and while a pack loads, until it is on screen and the heap frozen (``pack_loading``);
passes over what those make cost 20-50 ms and would free nothing. Qt is imported only by ``start``.
"""

from __future__ import annotations

import gc
from typing import Any

INTERVAL_MS = 1000  # cyclic garbage waits at most this long (benchmarks: passes < 5 ms but one)

START_UP = "start-up"  # held until the first frame is on screen (``app.collect_after_start_up``)
# Held from a load's start until the opened pack is on screen and the heap frozen (``pack_loading``):
# passes over what a load makes (pandas' modules, the pack) took ~50 ms of a tier-L reopen; held
# only to the load's end, one pass over all of it came at the hand-over; frozen first, it never
# comes. The loads' own cyclic garbage (~0.1 MB at L) waits meanwhile.
PACK_LOAD = "pack load"

_installed = False
_holds: set[str] = set()
_thresholds = gc.get_threshold()
_timer: Any = None  # the QTimer, once started; kept here so it lives as long as the application


def install() -> None:
    """Turn automatic collection off for good: from now on only ``collect_due`` (from the timer,
    or a caller at a safe point) and explicit ``gc.collect()`` calls collect."""
    global _installed, _thresholds
    if not _installed:
        if gc.isenabled():
            _thresholds = gc.get_threshold()
        gc.disable()
        _installed = True


def start(app: Any) -> None:
    """``install``, and collect from a timer on ``app``'s (the GUI) thread, between events."""
    global _timer
    install()
    if _timer is not None:
        return
    from PySide6.QtCore import QTimer

    _timer = QTimer(app)
    _timer.setObjectName("idle_collector")
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(collect_due)
    _timer.start()


def hold(reason: str) -> None:
    """No collection until ``release(reason)`` (each reason holds once)."""
    _holds.add(reason)


def release(reason: str) -> bool:
    """End the hold ``reason`` placed; True if it was held."""
    if reason in _holds:
        _holds.discard(reason)
        return True
    return False


def held() -> frozenset[str]:
    """The reasons holding collection now."""
    return frozenset(_holds)


def collect_due() -> int | None:
    """Collect what Python's automatic collector would have by now: generation 0 once more
    container objects were made than freed since its last pass than its threshold, the older
    generations once enough younger passes went by. The generation collected, or None."""
    if _holds or not _installed:
        return None
    count0, count1, count2 = gc.get_count()
    if count0 <= _thresholds[0]:
        return None
    generation = 0
    if count1 > _thresholds[1]:
        generation = 2 if count2 > _thresholds[2] else 1
    gc.collect(generation)
    return generation
