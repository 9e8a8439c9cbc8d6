"""The window's pre-paint settle keeps the item views it found between filter and selection changes
(walking the window's objects again cost ~0.6-0.9 ms of each change at tier S); a view that comes
later — in a new dock, a new panel, or after a pack or language change — is settled before the
paint as well, so it too paints once per change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTableView

from explorer.domain.dates import parse_bound
from tests.qt.test_main_window_paints import IDLE_MS, open_every_panel


class _CountedView(QTableView):
    """A table that counts the times the settle lays its rows out before a paint."""

    settled = 0

    def executeDelayedItemsLayout(self) -> None:
        self.settled += 1
        super().executeDelayedItemsLayout()


def _filter(window, year: str) -> None:
    window.session.set_filter(origin="filter-bar", day_from=parse_bound(year, upper=False),
                              day_to=parse_bound("2026", upper=True))


def test_a_view_in_a_new_dock_is_settled_before_the_next_paint(qtbot):
    window = open_every_panel(qtbot, compare=False)
    try:
        _filter(window, "2015")  # the settle has found the window's views
        qtbot.wait(IDLE_MS)
        dock = QDockWidget("Extra", window)
        dock.setObjectName("extra_dock")
        view = _CountedView(dock)
        dock.setWidget(view)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.show()
        qtbot.wait(IDLE_MS)
        view.settled = 0
        _filter(window, "2010")
        qtbot.wait(IDLE_MS)
        assert view.settled > 0
    finally:
        window.close()


def test_a_view_added_inside_a_panel_is_settled_after_a_language_change(qtbot):
    """A filter change adds no widget, so the views found stay; a change that may (here the labels'
    language) has the settle look again."""
    window = open_every_panel(qtbot, compare=False)
    try:
        _filter(window, "2015")
        qtbot.wait(IDLE_MS)
        view = _CountedView(window.filter_bar)
        layout = window.filter_bar.layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()
        qtbot.wait(IDLE_MS)
        _filter(window, "2010")
        qtbot.wait(IDLE_MS)
        assert view.settled == 0  # kept: found at the last walk, before it was added
        window.session.set_label_language("ja", origin="test")
        qtbot.wait(IDLE_MS)
        assert view.settled > 0
        view.settled = 0
        _filter(window, "2012")
        qtbot.wait(IDLE_MS)
        assert view.settled > 0  # and from then on with every change
    finally:
        window.close()
