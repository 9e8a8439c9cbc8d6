"""What the window keeps while it runs, and what it says while it works: settings written a second
after a change (read back from disk with the window still open), SIGTERM quits cleanly, the first
layout fits the screen, "Loading …" while the pack loads, a hidden selection is never silent, and
Help / Preferences reach their windows."""

from __future__ import annotations

import os
import signal
import sys
import tomllib
import types

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from explorer.qt import main_window as main_window_module
from explorer.qt.main_window import SAVE_DELAY_MS, MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings
from tests.packs import write_pack


def open_window(qtbot, path=None, size=(1366, 700)) -> MainWindow:
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None if path is None else str(path))
    return window


def on_disk(window: MainWindow) -> dict:
    """settings.toml as another process would read it now."""
    return tomllib.loads(window.settings.path.read_text(encoding="utf-8"))


def wait_for_save(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.save_timer.isActive(), timeout=SAVE_DELAY_MS * 5)


# -- saved while running ------------------------------------------------------------------------------
def test_a_filter_change_is_on_disk_a_second_later_with_the_window_open(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    wait_for_save(qtbot, window)
    window.filter_bar.search.setText("tariff")
    window.filter_bar.search.returnPressed.emit()
    assert window.save_timer.isActive()  # not written at once: a burst is coalesced
    assert on_disk(window).get("last_filter", {}).get("text") != "tariff"
    wait_for_save(qtbot, window)
    assert on_disk(window)["last_filter"]["text"] == "tariff"
    window.close()


def test_a_burst_of_changes_is_written_once(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    wait_for_save(qtbot, window)
    writes = []
    original = Settings.save
    monkeypatch.setattr(Settings, "save", lambda self: (writes.append(1), original(self))[1])
    for text in ("t", "ta", "tar", "tariff"):
        window.session.set_filter(origin="filter-bar", text=text)
    window.lanes_domain_action.trigger()
    window.session.set_comparison(indicator_id="goods_exports")
    qtbot.wait(SAVE_DELAY_MS // 4)
    assert writes == []
    wait_for_save(qtbot, window)
    assert writes == [1]
    saved = on_disk(window)
    assert saved["last_filter"]["text"] == "tariff" and saved["timeline_lanes"] == "domain"
    assert saved["last_comparison"]["indicator_id"] == "goods_exports"
    window.close()


def test_a_hidden_dock_is_remembered_without_quitting(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    wait_for_save(qtbot, window)
    window.table_dock.hide()
    wait_for_save(qtbot, window)
    state = on_disk(window)["window_state"]

    # A second window (as after a crash: the first never closed) restores that layout.
    other = MainWindow(Session(), Settings())
    qtbot.addWidget(other)
    other.show()
    assert other.settings.get("window_state") == state
    assert not other.table_dock.isVisible() and other.filter_dock.isVisible()
    other.close()
    window.close()


def test_sigterm_quits_cleanly_and_saves(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(1))  # keep the test's loop
    window.session.set_filter(origin="filter-bar", text="summit")
    assert window.save_timer.isActive()  # not yet on disk when the logout comes
    assert signal.getsignal(signal.SIGTERM) == window._on_terminate_signal
    os.kill(os.getpid(), signal.SIGTERM)  # as the session manager does at logout
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert quits == [1]
    assert on_disk(window)["last_filter"]["text"] == "summit"
    assert signal.getsignal(signal.SIGTERM) != window._on_terminate_signal  # handed back


# -- first-run layout for the screen ------------------------------------------------------------------
@pytest.mark.parametrize("area,side_by_side", [((1920, 1040), True), ((1600, 900), True),
                                               ((1366, 728), False), ((1280, 680), False)])
def test_the_first_layout_is_chosen_for_the_screen(qtbot, monkeypatch, area, side_by_side):
    monkeypatch.setattr(MainWindow, "available_area", lambda self: QRect(0, 0, *area))
    window = open_window(qtbot, size=(area[0], area[1] - 32))
    QApplication.processEvents()
    panels = window.visible_panels()
    assert ("compare" in panels and "events" in panels) == side_by_side
    assert (window.tabifiedDockWidgets(window.table_dock) == [window.compare_dock]) != side_by_side
    assert window.dockWidgetArea(window.compare_dock) == Qt.DockWidgetArea.BottomDockWidgetArea

    # View ▸ Reset layout follows the same rule after the user rearranged things.
    window.tabifyDockWidget(window.detail_dock, window.compare_dock)
    window.filter_dock.hide()
    window.reset_layout_action.trigger()
    QApplication.processEvents()
    assert window.visible_panels() == panels
    window.close()


# -- loading state ------------------------------------------------------------------------------------
def test_while_the_pack_loads_the_panels_say_loading_not_no_pack(qtbot):
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None)
        title = window.loading_text()
        assert title.startswith("Loading Japan between the US and Europe") and title.endswith("…")
        for cover in window.loading_covers:  # over the timeline, events, details and compare
            assert cover.isVisible() and cover.geometry() == cover.parentWidget().rect()
    assert window.loading_text() == ""
    assert not any(c.isVisible() for c in window.loading_covers)
    window.close()


def test_a_pack_that_fails_to_load_leaves_no_loading_cover(qtbot, tmp_path):
    bad = write_pack(tmp_path / "bad", {"events.csv": "id,title\nx,y\n"})
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_refused, timeout=30000):
        window.open_pack(str(bad))
        assert window.loading_text() == "Loading Test pack…"
    assert window.loading_text() == ""
    for box in window.findChildren(QWidget, "pack_refused_box"):
        box.close()
    window.close()


# -- a selection the filter hides ---------------------------------------------------------------------
def test_a_filter_that_hides_the_selected_event_says_so_and_can_show_it_again(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    window.table.view.selectRow(1)
    assert window.session.selected_event == "gcap"
    assert not window.show_hidden_button.isVisible()
    window.filter_bar.search.setText("tariff")
    window.filter_bar.search.returnPressed.emit()
    assert window.session.selected_event is None
    assert "GCAP" in window.statusBar().currentMessage()
    assert "hidden by the current filter" in window.statusBar().currentMessage()
    assert window.show_hidden_button.isVisible()
    window.show_hidden_button.click()
    assert window.session.filter.is_empty() and window.session.selected_event == "gcap"
    assert window.filter_bar.search.text() == ""
    assert not window.show_hidden_button.isVisible()

    # A filter the selection survives says nothing.
    window.filter_bar.search.setText("GCAP")
    window.filter_bar.search.returnPressed.emit()
    assert window.session.selected_event == "gcap" and not window.show_hidden_button.isVisible()
    window.close()


# -- Help and Preferences -----------------------------------------------------------------------------
@pytest.fixture
def fake_guide(monkeypatch):
    """Stands in for the user guide module: records the sections asked for."""
    asked: list[str] = []
    module = types.ModuleType("explorer.qt.views.user_guide")

    def show_user_guide(parent, section="getting-started"):
        asked.append(section)
        return None

    module.show_user_guide = show_user_guide
    monkeypatch.setitem(sys.modules, "explorer.qt.views.user_guide", module)
    return asked


@pytest.mark.parametrize("panel,section", [("timeline", "timeline"), ("filters", "filters"),
                                           ("compare", "compare"), ("briefing", "briefings-notes"),
                                           ("events", "timeline")])
def test_f1_opens_the_guide_at_the_section_of_the_panel_in_use(qtbot, fake_guide, panel, section):
    window = open_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.comparison.preset_buttons != []
                    and window.comparison.preset_buttons[0].isVisibleTo(window.comparison))
    window.panel_actions[panel].trigger()
    qtbot.waitUntil(lambda: window.current_panel() == panel)
    assert window.user_guide_action.shortcut().toString() == "F1"
    window.user_guide_action.trigger()
    assert fake_guide == [section]
    window.close()


def test_help_and_edit_menus_offer_guide_shortcuts_and_preferences(qtbot):
    window = open_window(qtbot)
    menus = {a.text(): [x.text() for x in a.menu().actions() if not x.isSeparator()]
             for a in window.menuBar().actions()}
    assert menus["&Help"][:2] == ["&User guide", "&Keyboard shortcuts…"]
    assert "&Preferences…" in menus["&Edit"]
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    actions = window.all_actions()
    assert window.reset_layout_action in actions and window.panel_actions["compare"] in actions
    assert len(actions) == len(set(actions))
    window.close()


def test_the_real_user_guide_opens_at_the_compare_section(qtbot):
    pytest.importorskip("explorer.qt.views.user_guide")
    window = open_window(qtbot)
    window.activateWindow()
    window.panel_actions["compare"].trigger()
    guide = window.show_context_help()
    assert guide is not None and guide.isVisible()
    guide.close()
    guide.deleteLater()
    window.close()


def test_the_shortcuts_dialog_lists_the_windows_actions(qtbot):
    pytest.importorskip("explorer.qt.views.shortcuts_dialog")
    window = open_window(qtbot)
    dialog = window.show_shortcuts()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    window.close()


def test_preferences_label_language_relabels_the_filters_at_once(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"))
    dialog = window.make_preferences_dialog()
    qtbot.addWidget(dialog)
    window.settings.set("label_language", "ja")
    dialog.sig_applied.emit({"label_language": "ja"})
    if hasattr(window.session, "label_language"):
        assert window.session.label_language == "ja"
        labels = [window.filter_bar.partners.item(i).text()
                  for i in range(window.filter_bar.partners.count())]
        assert labels[0] == "日本 (5)" and "欧州連合 (3)" in labels
    dialog.sig_applied.emit({"ui_language": "ja"})
    assert "next time" in window.statusBar().currentMessage()
    dialog.close()
    window.close()


def test_the_search_placeholder_is_not_cut_at_1280(qtbot, tmp_path):
    window = open_window(qtbot, write_pack(tmp_path / "pack"), size=(1280, 648))
    qtbot.waitUntil(lambda: not window._size_docks_on_show)
    QApplication.processEvents()
    search = window.filter_bar.search
    room = search.contentsRect().width() - 2 * search.style().pixelMetric(
        search.style().PixelMetric.PM_DefaultFrameWidth) - 24  # the clear button's room
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= room
    window.close()


def test_window_module_keeps_its_public_names():
    assert main_window_module.WIDE_SCREEN == (1600, 900)


# -- the same window in Japanese ------------------------------------------------------------------------
@pytest.fixture
def japanese(qapp):
    from explorer.qt import i18n

    installed = i18n.install_translators(qapp, "ja")
    assert not installed.problems
    yield
    i18n.remove_translators(qapp)


def test_in_japanese_menus_placeholder_and_hidden_selection_read_japanese(qtbot, tmp_path, japanese):
    window = open_window(qtbot, write_pack(tmp_path / "pack"), size=(1280, 648))
    qtbot.waitUntil(lambda: not window._size_docks_on_show)
    QApplication.processEvents()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["ファイル(&F)", "編集(&E)", "ブリーフィング(&B)", "表示(&V)", "ヘルプ(&H)"]
    assert window.compare_dock.windowTitle() == "比較"
    search = window.filter_bar.search
    assert search.placeholderText() == "表題・日本語・メモを検索…"
    room = search.contentsRect().width() - 2 * search.style().pixelMetric(
        search.style().PixelMetric.PM_DefaultFrameWidth) - 24
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= room
    assert window.filter_bar.count_label.text() == "5件中5件を表示"

    window.session.select_event("gcap")
    window.session.set_filter(origin="filter-bar", text="tariff")
    assert window.statusBar().currentMessage() == (
        "「GCAP」は現在の絞り込みで非表示になったため、選択が解除されました")
    assert window.show_hidden_button.text() == "再表示"
    window.close()
