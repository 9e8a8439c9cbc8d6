"""Search while typing: on a pack where a search is cheap it follows every keystroke (no 250 ms
wait to feel); where a search was slow, typing waits for a pause, and Enter searches at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from explorer.qt.views import filter_bar
from tests.packs import write_pack
from tests.qt.test_main_window import close_window, open_window


def turn() -> None:
    """One or two event-loop turns: far less than any debounce, no waiting on a clock."""
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()


def test_a_cheap_search_follows_each_keystroke(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    search = window.filter_bar.search
    qtbot.keyClicks(search, "tarif")
    turn()
    assert window.session.filter.text == "tarif"
    assert window.table.model.rowCount() == 1
    qtbot.keyClick(search, Qt.Key.Key_F)
    turn()
    assert window.session.filter.text == "tariff"
    close_window(window)


def test_a_slow_search_waits_for_a_pause_and_enter_searches_at_once(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    bar = window.filter_bar
    bar._search_cost_ms = filter_bar.SEARCH_CHEAP_MS * 4  # as measured on a large pack
    qtbot.keyClicks(bar.search, "tariff")
    turn()
    assert window.session.filter.text == ""  # still typing: nothing searched yet
    qtbot.waitUntil(lambda: window.session.filter.text == "tariff",
                    timeout=filter_bar.SEARCH_DEBOUNCE_MS * 20)
    bar._search_cost_ms = filter_bar.SEARCH_CHEAP_MS * 4
    qtbot.keyClicks(bar.search, " x")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert window.session.filter.text == "tariff x"  # Enter does not wait
    close_window(window)


def test_a_large_pack_waits_for_a_pause_until_a_search_was_timed(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(filter_bar, "SEARCH_LARGE_PACK", 3)  # the test pack (5 events) is "large"
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    qtbot.keyClicks(window.filter_bar.search, "tariff")
    turn()
    assert window.session.filter.text == ""
    close_window(window)
