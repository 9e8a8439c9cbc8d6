"""The events table's rows' scroll bar, repainted only when it would look different.

A filter resets the table's rows, and Qt sets the bar's range, steps and value again: each change
repaints the bar (and the box behind it), whatever it changed. With a few hundred rows or more the
handle is already as short as the style draws it and stays at the top, so the bar looks the same
after such a filter (tier M, a filter never applied before: every time; ~0.2-0.4 ms a change of
Qt's drawing of the bar and its box, and a gradient fill Qt shares out among its threads). The
bar keeps what its last paint drew from (``_look``: its size, state, palette, style, where each
of its parts is and whether the handle is at an end) and skips the repaint of a change that
leaves that as it was; any other change repaints as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

# the handle and the groove it moves in: the pages are what the handle leaves of the groove, the
# arrows' boxes are where the bar's size puts them
_PARTS = (QStyle.SubControl.SC_ScrollBarSlider, QStyle.SubControl.SC_ScrollBarGroove)


class SteadyScrollBar(QScrollBar):
    """A scroll bar whose range, step or value change repaints it only if it looks different."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._painted: tuple | None = None  # what the last paint drew from (``_look``)
        self._asked = False  # a repaint is asked for already: no need to look again

    def _look(self) -> tuple:
        """Everything the style draws the bar from, with the range, steps and value as what they
        make of it: where each part is, and the handle at either end (the arrows' state)."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        bar = QStyle.ComplexControl.CC_ScrollBar
        return (id(style), option.rect.getRect(), option.state.value, option.activeSubControls.value,
                option.palette.cacheKey(), option.orientation, option.upsideDown,
                option.minimum == option.maximum, option.sliderValue == option.minimum,
                option.sliderValue == option.maximum,
                tuple(style.subControlRect(bar, option, part, self).getRect() for part in _PARTS))

    def paintEvent(self, event) -> None:
        self._painted, self._asked = self._look(), False
        super().paintEvent(event)

    def sliderChange(self, change) -> None:
        if not self._asked and self._painted is not None and self._look() == self._painted:
            return  # drawn as it would be drawn now: a repaint would change no pixel
        self._asked = True
        super().sliderChange(change)
