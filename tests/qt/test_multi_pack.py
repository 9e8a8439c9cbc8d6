"""Two packs open in the window: alongside, the Packs facet, the Pack column, closing, restarting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.qt.main_window import MainWindow
from tests.data.test_pack_union import SECOND_EPA_TITLE, SECOND_SOURCE_TITLE, write_colliding_pack
from tests.packs import write_pack
from tests.qt.test_main_window import close_window, open_window

DEFAULT_TITLE = "Japan between the US and Europe, 2019–2025"  # the default pack's


def _open_alongside(qtbot, window: MainWindow, path) -> None:
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.add_pack(str(path))


def _pack_item(window: MainWindow, key: str):
    packs = window.filter_bar.packs
    return next(packs.item(i) for i in range(packs.count())
                if packs.item(i).data(Qt.ItemDataRole.UserRole) == key)


def _shown_on_timeline(window: MainWindow) -> int:
    """Events the timeline accounts for: drawn, in "+N more", or counted at an edge (Zoom to fit
    leaves far outliers such as the 1902 alliance at the edge, one click away)."""
    window.timeline.zoom_to_fit()
    before, after = window.timeline.hidden_events()
    return (window.timeline.drawn_placement_count + window.timeline.overflow_count
            + len(before) + len(after))


def test_open_alongside_shows_both_packs_in_every_view(qtbot, qtmodeltester, tmp_path):
    window = open_window(qtbot)
    n_default = len(window.session.pack.events)
    assert not window.filter_bar.packs_box.isVisible()
    assert not window.close_pack_menu.menuAction().isEnabled()
    assert window.open_alongside_action.shortcut().toString() == "Ctrl+Shift+O"
    zoom = window.timeline.visible_range()

    _open_alongside(qtbot, window, write_colliding_pack(tmp_path / "second"))
    total = n_default + 6
    assert [p.meta.title for p in window.session.packs] == [DEFAULT_TITLE, "Test pack"]
    assert window.windowTitle().startswith(f"{DEFAULT_TITLE} + Test pack")
    assert window.timeline.visible_range() == zoom  # the user keeps their zoom
    assert window.filter_bar.count_label.text() == f"Showing {total} of {total} events"
    assert window.filter_bar.packs_box.isVisible()
    assert [window.filter_bar.packs.item(i).text() for i in range(2)] == [
        f"{DEFAULT_TITLE} ({n_default})", "Test pack (6)"]
    model = window.table.model
    assert model.rowCount() == total and model.columnCount() == 7
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Pack"
    qtmodeltester.check(model)
    assert _shown_on_timeline(window) == total

    # The second pack's eu-jp-epa is its own event, citing its own source.
    window.session.select_event("test-pack:eu-jp-epa")
    text = window.detail._browser.toPlainText()
    assert SECOND_EPA_TITLE in text and "From pack: Test pack" in text and SECOND_SOURCE_TITLE in text
    row = model.row_of_event("test-pack:eu-jp-epa")
    assert model.data(model.index(row, 6)) == "Test pack"
    window.session.select_event("eu-jp-epa")
    assert SECOND_SOURCE_TITLE not in window.detail._browser.toPlainText()
    close_window(window)


def test_unticking_a_pack_hides_its_events_and_closing_it_restores_one_pack(qtbot, tmp_path):
    window = open_window(qtbot)
    n_default = len(window.session.pack.events)
    _open_alongside(qtbot, window, write_colliding_pack(tmp_path / "second"))

    _pack_item(window, "test-pack").setCheckState(Qt.CheckState.Unchecked)
    assert window.session.filter.packs == {"japan-eu-us"}
    assert window.table.model.rowCount() == n_default
    assert _shown_on_timeline(window) == n_default
    assert window.pack_label.text() == f"{n_default} of {n_default + 6} events"
    # Unticking the last shown pack would leave nothing: every pack is shown again instead.
    _pack_item(window, "japan-eu-us").setCheckState(Qt.CheckState.Unchecked)
    assert window.session.filter.packs == frozenset()
    assert _pack_item(window, "test-pack").checkState() == Qt.CheckState.Checked
    assert window.table.model.rowCount() == n_default + 6
    _pack_item(window, "test-pack").setCheckState(Qt.CheckState.Unchecked)

    window._update_close_pack_menu()
    actions = window.close_pack_menu.actions()
    assert [a.text() for a in actions] == [DEFAULT_TITLE, "Test pack"]
    assert window.close_pack_menu.menuAction().isEnabled()
    actions[1].trigger()
    assert len(window.session.packs) == 1 and window.session.pack.meta.components == ()
    assert window.windowTitle().startswith(DEFAULT_TITLE) and "+" not in window.windowTitle()
    assert not window.filter_bar.packs_box.isVisible()
    assert window.table.model.columnCount() == 6 and window.table.model.rowCount() == n_default
    assert window.session.filter.is_empty()
    assert not window.close_pack_menu.menuAction().isEnabled()
    close_window(window)


def test_packs_open_alongside_come_back_after_a_restart_and_a_refused_one_changes_nothing(
        qtbot, tmp_path):
    second = write_colliding_pack(tmp_path / "second")
    window = open_window(qtbot, write_pack(tmp_path / "primary"))
    _open_alongside(qtbot, window, second)
    assert window.settings.get("open_alongside") == [str(second)]
    close_window(window)

    again = open_window(qtbot, None)  # no path: the last pack, then those open alongside
    qtbot.waitUntil(lambda: len(again.session.packs) == 2, timeout=30000)
    assert [p.meta.location for p in again.session.packs] == [str(tmp_path / "primary"), str(second)]
    rows = again.table.model.rowCount()

    bad = write_pack(tmp_path / "bad", {"events.csv": "id,title\nx,y\n"})
    with qtbot.waitSignal(again.loader.sig_pack_refused, timeout=30000):
        again.add_pack(str(bad))
    refusal = again._last_problem_box
    assert "Still open: Test pack + Test pack" in refusal.text()
    assert len(again.session.packs) == 2 and again.table.model.rowCount() == rows == 11
    assert again._load_modes == {}
    refusal.close()
    close_window(again)
