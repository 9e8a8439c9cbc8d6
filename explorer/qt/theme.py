"""The window's look now: which ``Theme`` (light, dark, high contrast) and how large the text.

Views and painters read ``current()`` and ``text_scale()`` when they paint, and repaint when
``notifier().changed`` fires (Preferences applies a new look at once). Exports never read these:
slides are drawn with ``theme.LIGHT`` at their own sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explorer.charts.theme import LIGHT, Theme


class _Notifier(QObject):
    changed = Signal()
    """The theme or the text size changed: repaint."""


_state: dict[str, object] = {"theme": LIGHT, "scale": 1.0}
_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def current() -> Theme:
    return _state["theme"]  # type: ignore[return-value]


def text_scale() -> float:
    """The text size preference as a factor (0.9 to 1.5) of each text's normal size."""
    return float(_state["scale"])  # type: ignore[arg-type]


def set_look(theme: Theme, scale: float) -> None:
    """Make ``theme`` and ``scale`` current and tell every view (``apply_look`` in the app does the
    rest: the application palette, style sheet and font)."""
    changed = theme != _state["theme"] or scale != _state["scale"]
    _state["theme"], _state["scale"] = theme, scale
    if changed:
        notifier().changed.emit()
