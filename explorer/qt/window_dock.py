"""The window's panel docks: a dock paints its title only when the title is in what is repainted.

A docked ``QDockWidget`` paints nothing but its title (``CE_DockWidgetTitle``; the frame only when
floating), and Qt sends it a paint event whenever a part of a panel that does not fill its own
ground repaints (the Compare panel's settings scroll bar on a filter change at tier M, say). Qt
then lays out and draws the title's elided text (~0.2-0.3 ms) into a region that excludes it, so
none of it reaches the screen. Skipping it there gives the same pixels. Only under Fusion (the
look's base in the dark and high-contrast themes, and the light one's wherever the platform has
no style of its own), which draws the title inside its rectangle; Qt's paint elsewhere, whose
styles may draw the title beyond it (Qt names Vista's).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QProxyStyle, QStyleOptionDockWidget


def title_missed(dock: QDockWidget, event) -> bool:
    """Whether all ``dock`` would draw in this paint lies outside the region to paint."""
    if dock.isFloating() or dock.titleBarWidget() is not None:
        return False
    style = dock.style()
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    if base.name().lower() != "fusion":
        return False
    option = QStyleOptionDockWidget()
    dock.initStyleOption(option)  # the title's rectangle, as Qt's paint takes it
    return not event.region().intersects(option.rect)


class PanelDock(QDockWidget):
    """A ``QDockWidget`` that skips drawing its title when the region to paint misses it."""

    titles_painted = 0  # paints that drew the title (tests count them)

    def paintEvent(self, event) -> None:
        if title_missed(self, event):
            return
        self.titles_painted += 1
        super().paintEvent(event)
