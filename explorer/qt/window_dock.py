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


class PanelDock(QDockWidget):
    """A ``QDockWidget`` that skips drawing its title when the region to paint misses it."""

    titles_painted = 0  # paints that drew the title (tests count them)

    def paintEvent(self, event) -> None:
        if not self.isFloating() and self.titleBarWidget() is None:
            style = self.style()
            base = style.baseStyle() if isinstance(style, QProxyStyle) else style
            if base.name().lower() == "fusion":
                option = QStyleOptionDockWidget()
                self.initStyleOption(option)  # the title's rectangle, as Qt's paint takes it
                if not event.region().intersects(option.rect):
                    return  # Fusion draws the title inside it: all of it would be clipped away
        self.titles_painted += 1
        super().paintEvent(event)
