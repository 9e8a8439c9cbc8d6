"""The main window's panels and docks: going to a panel, which one has the focus, the first-run
layout chosen for the screen, Reset layout, and Compare grown when it is brought to the front too
short to read (Events given its height back after).

The window owns one ``WindowLayout`` and keeps the names other code and tests call (``go_to_panel``,
``current_panel``, ``visible_panels``, ``available_area``, ``_panel_docks``) as delegates. The
layout's state (``_base_state``, ``_bottom_height_before_compare``) stays on the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from explorer.qt.main_window import MainWindow

WIDE_SCREEN = (1600, 900)  # available logical pixels from which Compare sits beside Events
COMPARE_MIN_USEFUL_HEIGHT = 340  # below this a tabbed Compare shows a sliver of chart
COMPARE_SHARE = 0.55  # of the window's height, when Compare is brought to the front too short


class WindowLayout:
    """Where the window's panels are, and where they go (see the module)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _panel_docks(self) -> dict[str, QDockWidget | None]:
        return {"timeline": None, "filters": self.window.filter_dock, "events": self.window.table_dock,
                "compare": self.window.compare_dock, "details": self.window.detail_dock,
                "briefing": self.window.briefing_dock}

    def _panel_focus_widget(self, name: str) -> QWidget:
        """The widget a panel's keyboard user starts in."""
        if name == "timeline":
            return self.window.timeline
        if name == "filters":
            return self.window.filter_bar.search
        if name == "events":
            return self.window.table.view
        if name == "details":
            return self.window.detail.focus_widget()
        if name == "briefing":
            return self.window.briefing.items
        return self.window.comparison.focus_widget()

    def go_to_panel(self, name: str) -> None:
        """Show ``name``'s dock (in front of the docks it is tabbed with) and put the focus in it."""
        dock = self.window._panel_docks()[name]
        if dock is not None:
            dock.show()
            dock.raise_()
        self._panel_focus_widget(name).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_compare_dock_visibility_changed(self, visible: bool) -> None:
        """A chart needs height. Compare tabbed under the timeline on a laptop gets the strip the
        events table had (a 70 px plot at 1366×768), so bringing it to the front grows the bottom
        area to about half the window — only when it is too short to read — and bringing Events
        back returns the height it had, unless the user has resized Compare meanwhile."""
        from PySide6.QtCore import QTimer

        if not visible:
            grown = self.window._bottom_height_before_compare
            self.window._bottom_height_before_compare = None
            # Compare still has its last laid-out height here: was it left as we made it?
            if grown is not None and grown[1] is not None and abs(self.window.compare_dock.height() - grown[1]) <= 2:
                QTimer.singleShot(0, lambda: self._give_events_back(grown[0]))
            return
        QTimer.singleShot(0, self._grow_compare_if_too_short)

    def _tabbed_at_the_bottom(self) -> bool:
        return self.window.table_dock in self.window.tabifiedDockWidgets(self.window.compare_dock)

    def _grow_compare_if_too_short(self) -> None:
        dock = self.window.compare_dock
        if not self._tabbed_at_the_bottom() or dock.visibleRegion().isEmpty():
            return  # side by side or moved away: the user's layout, not ours to change
        wanted = int(self.window.height() * COMPARE_SHARE)
        if dock.height() >= COMPARE_MIN_USEFUL_HEIGHT or wanted <= dock.height():
            return
        self.window._bottom_height_before_compare = (self.window.table_dock.height(), None)
        self.window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

        def remember_grown() -> None:  # once laid out
            if self.window._bottom_height_before_compare is not None:
                self.window._bottom_height_before_compare = (self.window._bottom_height_before_compare[0], dock.height())

        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, remember_grown)

    def _give_events_back(self, height: int) -> None:
        if not self._tabbed_at_the_bottom() or self.window.table_dock.visibleRegion().isEmpty():
            return
        from PySide6.QtCore import QTimer

        self.window.resizeDocks([self.window.table_dock], [height], Qt.Orientation.Vertical)

        def correct() -> None:  # resizeDocks sizes the tab group, tab bar included
            short = height - self.window.table_dock.height()
            if short:
                self.window.resizeDocks([self.window.table_dock], [height + short], Qt.Orientation.Vertical)

        QTimer.singleShot(0, correct)

    def current_panel(self) -> str | None:
        """The panel that holds the keyboard focus, if any."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for name, dock in self.window._panel_docks().items():
            widget = self.window.timeline if dock is None else dock
            if widget is focus or widget.isAncestorOf(focus):
                return name
        return None

    def visible_panels(self) -> list[str]:
        """Panels a user can see now (a dock behind another's tab is not among them)."""
        return [name for name, dock in self.window._panel_docks().items()
                if dock is None or (dock.isVisible() and dock.widget().isVisible()
                                    and not dock.visibleRegion().isEmpty())]

    def cycle_panel(self, step: int) -> None:
        """F6 / Shift+F6: focus the next / previous visible panel."""
        panels = self.window.visible_panels()
        current = self.window.current_panel()
        index = panels.index(current) + step if current in panels else (0 if step > 0 else -1)
        self.window.go_to_panel(panels[index % len(panels)])

    def available_area(self) -> QRect | None:
        """The screen's available geometry in logical pixels (None without a screen)."""
        screen = self.window.screen()
        return None if screen is None else screen.availableGeometry()

    def is_wide_screen(self) -> bool:
        """Room for Events and Compare side by side under the timeline (see ``WIDE_SCREEN``)."""
        area = self.window.available_area()
        return area is not None and area.width() >= WIDE_SCREEN[0] and area.height() >= WIDE_SCREEN[1]

    def apply_first_run_layout(self) -> None:
        """The layout of a first start, chosen for the screen: on a wide one Compare sits beside
        Events under the timeline; on a laptop they share the bottom as tabs, Events in front."""
        self.window.restoreState(self.window._base_state)
        for dock in self.window._panel_docks().values():
            if dock is not None:
                dock.setFloating(False)
                dock.show()
        if not self.is_wide_screen():
            self.window.tabifyDockWidget(self.window.table_dock, self.window.compare_dock)
            self.window._name_dock_tab_bars()
        self.window.table_dock.raise_()
        self.window.detail_dock.raise_()

    def reset_layout(self) -> None:
        """Every dock back where a first start puts it on this screen, shown, Events and Details in
        front."""
        self.apply_first_run_layout()
        self.share_space_with_timeline()

    def share_space_with_timeline(self) -> None:
        """The first-run split: left to itself Qt gives the events table most of a laptop's
        height and leaves the timeline, the reason to open the app, a strip."""
        width, height = self.window.width(), self.window.height()
        self.window.resizeDocks([self.window.table_dock, self.window.compare_dock], [int(height * 0.32)] * 2,
                         Qt.Orientation.Vertical)
        self.window.resizeDocks([self.window.filter_dock, self.window.detail_dock, self.window.briefing_dock],
                         [int(width * 0.2), int(width * 0.22), int(width * 0.22)],
                         Qt.Orientation.Horizontal)
        if not self.window.tabifiedDockWidgets(self.window.table_dock):  # side by side: the chart gets more
            self.window.resizeDocks([self.window.table_dock, self.window.compare_dock],
                             [int(width * 0.26), int(width * 0.32)], Qt.Orientation.Horizontal)
