"""The tab bars Qt makes for tabbed docks are named for screen readers ("Panel tabs"): on the first
run's layout, after Reset layout and when the user tabs two other panels together. They are found
among the window's own children, not by a walk of every widget (launch-13: ~8 ms before the first
frame)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar

from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings


def _tab_bars(window: MainWindow) -> list[QTabBar]:
    """Every tab bar in the window that shows tabs, wherever it sits."""
    return [bar for bar in window.findChildren(QTabBar) if bar.count() and bar.isVisible()]


def test_every_dock_tab_bar_is_named(qtbot):
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.resize(1280, 760)  # a laptop: Events and Compare share the bottom as tabs
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(_tab_bars(window)) >= 2)
    qtbot.waitUntil(lambda: all(bar.accessibleName() == "Panel tabs" for bar in _tab_bars(window)))
    # the user moves Briefing beside Filters and tabs them together: a new tab bar
    window.addDockWidget(window.dockWidgetArea(window.filter_dock), window.briefing_dock)
    window.tabifyDockWidget(window.filter_dock, window.briefing_dock)
    titles = {window.filter_dock.windowTitle(), window.briefing_dock.windowTitle()}
    qtbot.waitUntil(lambda: any({bar.tabText(i) for i in range(bar.count())} == titles
                                for bar in _tab_bars(window)))
    qtbot.waitUntil(lambda: all(bar.accessibleName() == "Panel tabs" for bar in _tab_bars(window)))
    window.window_layout.reset_layout()
    qtbot.waitUntil(lambda: all(bar.accessibleName() == "Panel tabs" for bar in _tab_bars(window)))
    window.close()
