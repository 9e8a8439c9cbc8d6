"""The panels' own ``signals_blocked`` and ``QSignalDebouncer`` (explorer.qt.signal_tools) behave
as superqt's, which they replace on the way to a pack on screen: the same emissions for the same
calls, the same blocked states restored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSpinBox
from superqt.utils import QSignalDebouncer as TheirDebouncer
from superqt.utils import signals_blocked as their_blocked

from explorer.qt.signal_tools import QSignalDebouncer, signals_blocked

# Each step: ("throttle" | "cancel" | "flush" | "flush_stop" | wait in ms). The timeout is 40 ms;
# waits of 150 ms leave room for a loaded machine (an emission, then the timer's idle run).
SCRIPTS = [
    ["throttle", 150],
    ["throttle", 10, "throttle", 10, "throttle", 150],  # a burst: one emission, after it
    ["throttle", "cancel", 150],
    ["throttle", 10, "flush", 150],
    ["throttle", "flush_stop", 150],
    ["flush", 150],
    ["throttle", 150, "throttle", 150, "cancel", 150],
    ["throttle", 10, "cancel", "throttle", 150, "flush"],
    ["throttle", 10, "flush"],  # emitted now, the timer running again
]


def run(qtbot, cls, script) -> list[int]:
    parent = QObject()
    d = cls(parent=parent)
    d.setTimeout(40)
    events: list[int] = []
    at = [0]  # the step being run
    d.triggered.connect(lambda: events.append(at[0]))
    for step, what in enumerate(script):
        at[0] = step
        if what == "throttle":
            d.throttle()
        elif what == "cancel":
            d.cancel()
        elif what == "flush":
            d.flush()
        elif what == "flush_stop":
            d.flush(restart_timer=False)
        else:
            qtbot.wait(what)
    active = d._timer.isActive()
    parent.deleteLater()
    return [*events, active, d.timeout()]


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_debouncer_emits_as_superqts(qtbot, script):
    assert run(qtbot, QSignalDebouncer, script) == run(qtbot, TheirDebouncer, script)


@pytest.mark.parametrize("blocked", [signals_blocked, their_blocked])
def test_signals_blocked_restores_each_objects_state_even_after_an_error(qtbot, blocked):
    a, b = QSpinBox(), QSpinBox()
    b.blockSignals(True)
    changed: list[int] = []
    a.valueChanged.connect(changed.append)
    with blocked(a, b):
        a.setValue(5)
        assert a.signalsBlocked() and b.signalsBlocked()
    assert changed == [] and not a.signalsBlocked() and b.signalsBlocked()
    with pytest.raises(KeyError), blocked(a):
        raise KeyError("x")
    assert not a.signalsBlocked()
    a.setValue(6)
    assert changed == [6]
    a.deleteLater()
    b.deleteLater()
