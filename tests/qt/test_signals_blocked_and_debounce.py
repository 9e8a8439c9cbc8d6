"""Widgets set from the model are never left deaf by an error, and debounced work runs once after
a burst of typing (and at once on close where it did before). Driven through the panels' widgets."""

from __future__ import annotations

import pytest

from explorer.userdata.briefings import BriefingStore
from tests.qt.test_briefing_panel import THREE, make_panel, stored, with_items
from tests.qt.test_pack_changes_view import diff  # noqa: F401  (fixture)


class Boom(RuntimeError):
    pass


def _boom(*_args, **_kwargs):
    raise Boom("drawing failed")


def test_talking_points_still_save_after_an_error_while_they_were_being_filled(qtbot, tmp_path):
    """An error while the text box is filled from the briefing (signals blocked) must not leave
    the box deaf: what is typed next is still marked "Editing…" and saved."""
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, THREE[:2], show=True)
    row = panel.items.currentRow()
    panel.talking_points.setPlainText = _boom  # fails inside the blocked section
    with pytest.raises(Boom):
        panel._load_talking_points()
    del panel.talking_points.setPlainText
    assert not panel.talking_points.signalsBlocked()

    panel.talking_points.setFocus()
    qtbot.keyClicks(panel.talking_points, "Still heard")
    assert panel.talking_points_status.text() == "Editing…"
    qtbot.waitUntil(lambda: stored(folder).items[row].talking_points == "Still heard", timeout=3000)


def test_the_items_list_still_answers_after_an_error_while_it_was_being_filled(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, THREE[:2], show=True)
    panel.items.scrollToItem = _boom  # fails inside the blocked section of the list refill
    with pytest.raises(Boom):
        panel._fill_items(0)
    del panel.items.scrollToItem
    assert not panel.items.signalsBlocked()

    panel._load_talking_points()
    panel.talking_points.setPlainText("First item's points")
    panel.flush()
    panel.items.setCurrentRow(1)  # the list's signal reaches the panel: the box follows
    assert panel.talking_points.toPlainText() == ""
    panel.items.setCurrentRow(0)
    assert panel.talking_points.toPlainText() == "First item's points"


def test_the_briefing_list_still_switches_after_an_error_while_it_was_being_filled(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    store = BriefingStore(folder)
    first = store.new("First")
    store.new("Second")
    panel = make_panel(qtbot, folder)
    panel.briefing_combo.setCurrentIndex = _boom
    with pytest.raises(Boom):
        panel._update_combo()
    del panel.briefing_combo.setCurrentIndex
    assert not panel.briefing_combo.signalsBlocked()
    panel.briefing_combo.setCurrentIndex(panel.briefing_combo.findData(first.id))
    assert panel.current_briefing is not None and panel.current_briefing.id == first.id


def test_a_burst_of_typing_saves_talking_points_once_and_closing_saves_at_once(qtbot, tmp_path):
    folder = tmp_path / "briefings"
    panel = with_items(qtbot, folder, THREE[:1], show=True)
    saves = []
    real_save = panel._store.save

    def counting_save(*args, **kwargs):
        saves.append(args[0])
        return real_save(*args, **kwargs)

    panel._store.save = counting_save
    panel.talking_points.setFocus()
    qtbot.keyClicks(panel.talking_points, "Exports rose")  # twelve changes
    qtbot.wait(200)
    assert saves == []
    qtbot.waitUntil(lambda: stored(folder).items[0].talking_points == "Exports rose", timeout=3000)
    qtbot.wait(700)  # nothing more after the one save
    assert len(saves) == 1

    qtbot.keyClicks(panel.talking_points, " again")
    panel.close()  # closing saves at once, without waiting for the pause
    assert len(saves) == 2
    assert stored(folder).items[0].talking_points == "Exports rose again"
    qtbot.wait(700)  # and the pending pause does not save a second time
    assert len(saves) == 2


def test_a_burst_of_typing_in_the_changes_filter_filters_once(qtbot, diff):  # noqa: F811
    from explorer.qt.views.pack_changes_view import PackChangesView

    view = PackChangesView(diff)
    qtbot.addWidget(view)
    view.show()
    calls = []
    real = view.model.set_filter
    view.model.set_filter = lambda *a: (calls.append(a), real(*a))
    qtbot.keyClicks(view.filter_edit, "gcap status")
    assert calls == []  # not on every key press
    qtbot.waitUntil(lambda: view.count_label.text() == "1 of 6 rows", timeout=3000)
    qtbot.wait(400)
    assert calls == [("gcap status", "")]
    view.filter_edit.setText("gcap")
    view.filter_edit.returnPressed.emit()  # Return filters at once, and the pause adds nothing
    assert len(calls) == 2
    qtbot.wait(400)
    assert len(calls) == 2


def test_an_export_preview_is_drawn_once_after_a_burst_of_edits(qtbot):
    from PySide6.QtGui import QImage

    from explorer.qt import exporting
    from explorer.qt.views.export_dialog import ExportDialog
    from explorer.userdata.settings import Settings
    from tests.qt.test_export_dialog import CHART, ViewState

    drawn = []

    def preview(view, options):
        drawn.append(view.view)
        return QImage(160, 90, QImage.Format.Format_RGB32), "t", "s"

    views = {"chart": ("Chart: Goods exports", CHART), "timeline": ("Timeline", ViewState(view="timeline"))}
    dialog = ExportDialog(views, Settings(), exporting.export_view, preview=preview)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(drawn) == 1, timeout=3000)
    for _ in range(5):
        dialog.view_buttons["timeline"].setChecked(True)
        dialog.view_buttons["chart"].setChecked(True)
    dialog.view_buttons["timeline"].setChecked(True)
    qtbot.waitUntil(lambda: len(drawn) == 2, timeout=3000)
    qtbot.wait(400)
    assert drawn == ["chart", "timeline"]
    # an error while the title boxes are refilled leaves them heard: the preview follows typing
    dialog.title_edit.setText = _boom
    with pytest.raises(Boom):
        dialog._on_q_kind_changed()
    del dialog.title_edit.setText
    assert not dialog.title_edit.signalsBlocked() and not dialog.subtitle_edit.signalsBlocked()
    dialog.close()

