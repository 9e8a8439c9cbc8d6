"""The window on the screens diplomats carry: it fits 1280×720 and 1366×768 (minus the taskbar),
every panel is one shortcut away and takes the keyboard focus, F6 cycles, Reset layout restores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea

from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings

# Available geometry of the laptop screens: the full size minus a 40 px panel or taskbar.
LAPTOPS = [(1280, 680), (1366, 728)]
TITLE_BAR = 32  # the window manager's frame, which the offscreen platform does not draw
SMALL_DOCK_HEIGHT = 220  # no panel may demand more: the timeline needs the rest


class _Screen:
    """Stands in for the laptop's screen: the offscreen platform's is 800×600 and fixed."""

    def __init__(self, width: int, height: int) -> None:
        self._area = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return QRect(self._area)


def open_window(qtbot, size=None) -> MainWindow:
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None)
    qtbot.waitUntil(lambda: window.comparison.preset_buttons != []
                    and window.comparison.preset_buttons[0].isVisibleTo(window.comparison))
    return window


def docks(window: MainWindow) -> list[QDockWidget]:
    return [window.filter_dock, window.table_dock, window.compare_dock, window.detail_dock,
            window.briefing_dock]


def show_a_comparison(qtbot, window: MainWindow) -> None:
    """The tallest state of the Compare panel: a chart with its legend and notes."""
    window.comparison.preset_buttons[0].click()
    qtbot.waitUntil(lambda: window.comparison.current_spec is not None)
    QApplication.processEvents()


@pytest.mark.parametrize("width,height", LAPTOPS)
def test_the_window_and_every_panel_fit_the_laptop(qtbot, width, height):
    window = open_window(qtbot)
    show_a_comparison(qtbot, window)
    for dock in docks(window):
        assert dock.minimumSizeHint().height() <= SMALL_DOCK_HEIGHT, dock.objectName()
    minimum = window.minimumSizeHint()
    assert minimum.width() <= width and minimum.height() <= height - TITLE_BAR

    window.resize(width, height - TITLE_BAR)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (width, height - TITLE_BAR)  # not forced larger
    inside = window.rect()
    for widget in (window.menuBar(), window.statusBar(), window.timeline,
                   *(d for d in docks(window) if not d.visibleRegion().isEmpty())):
        box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        assert widget.isVisible() and inside.contains(box), widget.objectName()
    # The timeline keeps a useful height beside the docks.
    assert window.timeline.height() >= 220
    window.close()


def test_a_geometry_saved_on_a_big_monitor_is_brought_onto_the_laptop_screen(qtbot, monkeypatch):
    big = open_window(qtbot, size=(1900, 1150))
    big.move(1400, 900)
    geometry = bytes(big.saveGeometry().toBase64()).decode("ascii")
    big.close()
    settings = Settings()
    settings.set("window_geometry", geometry)
    monkeypatch.setattr(MainWindow, "screen", lambda self: _Screen(1280, 680))

    window = MainWindow(Session(), settings)
    qtbot.addWidget(window)
    # Where it will open (before show: the offscreen platform would then fit it to its own screen).
    frame = window.frameGeometry()
    assert QRect(0, 0, 1280, 680).contains(frame), frame
    assert window.width() <= 1280 and window.height() <= 680
    window.show()  # a window closed unshown would be closed twice by qtbot
    window.close()


@pytest.mark.parametrize("name,dock", [("events", "table_dock"), ("compare", "compare_dock"),
                                       ("details", "detail_dock"), ("briefing", "briefing_dock"),
                                       ("filters", "filter_dock")])
def test_one_shortcut_raises_and_focuses_each_panel(qtbot, name, dock):
    window = open_window(qtbot, size=(1366, 728 - TITLE_BAR))
    window.activateWindow()
    target = getattr(window, dock)
    target.hide()  # even a closed panel comes back with its shortcut
    window.panel_actions[name].trigger()
    QApplication.processEvents()
    assert target.isVisible() and not target.visibleRegion().isEmpty()  # in front of its tab mates
    assert name in window.visible_panels()
    assert window.current_panel() == name
    focus = QApplication.focusWidget()
    assert focus is not None and target.isAncestorOf(focus)
    panel = target.widget()
    assert target.width() >= panel.minimumSizeHint().width()  # nothing cut off sideways
    assert all(not area.horizontalScrollBar().isVisible() for area in panel.findChildren(QScrollArea))
    window.close()


def test_compare_comes_in_front_of_events_and_the_timeline_takes_focus(qtbot):
    window = open_window(qtbot, size=(1280, 680 - TITLE_BAR))
    window.activateWindow()
    assert "compare" not in window.visible_panels()  # tabbed behind Events on first start
    window.panel_actions["compare"].trigger()
    assert window.visible_panels().count("compare") == 1 and "events" not in window.visible_panels()
    assert QApplication.focusWidget() is window.comparison.preset_buttons[0]
    window.panel_actions["timeline"].trigger()
    assert QApplication.focusWidget() is window.timeline
    window.close()


def test_f6_cycles_through_the_visible_panels_and_shift_f6_goes_back(qtbot):
    window = open_window(qtbot, size=(1366, 728 - TITLE_BAR))
    window.activateWindow()
    window.panel_actions["timeline"].trigger()
    visible = window.visible_panels()
    assert visible == ["timeline", "filters", "events", "details"]
    seen = []
    for _ in visible:
        window.next_panel_action.trigger()
        seen.append(window.current_panel())
    assert seen == visible[1:] + visible[:1]  # round the loop, back on the timeline
    window.previous_panel_action.trigger()
    assert window.current_panel() == "details"
    assert window.next_panel_action.shortcut().toString() == "F6"
    assert window.previous_panel_action.shortcut().toString() == "Shift+F6"
    window.close()


def test_reset_layout_brings_back_the_first_run_layout(qtbot):
    window = open_window(qtbot, size=(1366, 728 - TITLE_BAR))
    first = window.visible_panels()
    window.filter_dock.hide()
    window.detail_dock.hide()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.compare_dock)  # dragged away
    window.briefing_dock.raise_()
    QApplication.processEvents()
    assert window.visible_panels() != first
    window.reset_layout_action.trigger()
    QApplication.processEvents()
    assert window.visible_panels() == first
    assert window.dockWidgetArea(window.compare_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.tabifiedDockWidgets(window.table_dock) == [window.compare_dock]
    assert window.tabifiedDockWidgets(window.detail_dock) == [window.briefing_dock]
    window.close()


@pytest.mark.parametrize("width,height", LAPTOPS)
def test_on_first_start_the_timeline_gets_more_height_than_the_events_table(qtbot, width, height):
    window = open_window(qtbot, size=(width, height - TITLE_BAR))
    qtbot.waitUntil(lambda: not window._size_docks_on_show)
    QApplication.processEvents()
    assert window.timeline.height() > window.table_dock.height()
    assert window.timeline.height() >= 0.45 * window.height()
    filters = window.filter_bar.findChild(QScrollArea)
    assert not filters.horizontalScrollBar().isVisible()  # the Filters column is not cut sideways
    window.close()


def test_compare_brought_forward_on_a_laptop_gets_room_for_its_chart_and_gives_it_back(qtbot):
    window = open_window(qtbot, size=(1366, 728 - TITLE_BAR))
    qtbot.waitUntil(lambda: not window._size_docks_on_show)
    QApplication.processEvents()
    events_height = window.table_dock.height()
    assert events_height < 300  # the laptop layout: the timeline has most of the height
    window.panel_actions["compare"].trigger()
    qtbot.waitUntil(lambda: window.compare_dock.height() >= 0.5 * window.height())
    show_a_comparison(qtbot, window)
    plot = window.comparison.chart_view
    assert plot.height() >= 200  # a chart one can read, not a 70 px strip
    window.panel_actions["events"].trigger()
    qtbot.waitUntil(lambda: abs(window.table_dock.height() - events_height) <= 2)
    assert window.timeline.height() >= 0.45 * window.height()
    window.close()


@pytest.mark.parametrize("width,height", LAPTOPS)
def test_with_compare_in_front_the_details_card_still_shows_the_events_date(qtbot, width, height):
    """Compare brought forward leaves the Details panel at its minimum height. The card must still
    show which event it is and when (title, other-language title, date), and the note box keeps two
    lines to type in; before, both boxes had Qt's 70 px and the card showed the title only."""
    window = open_window(qtbot, size=(width, height - TITLE_BAR))
    qtbot.waitUntil(lambda: not window._size_docks_on_show)
    window.session.select_event("eu-jp-epa", origin="test")
    window.panel_actions["compare"].trigger()
    show_a_comparison(qtbot, window)
    qtbot.waitUntil(lambda: window.comparison.chart_view.height() >= 200)  # a chart one can read
    card = window.detail._browser
    date = card.document().find("1 Feb 2019")
    assert not date.isNull()
    assert card.verticalScrollBar().value() == 0
    assert card.cursorRect(date).bottom() <= card.viewport().height()
    note = window.detail._note
    assert note.viewport().height() >= 2 * note.fontMetrics().lineSpacing()
    window.close()
