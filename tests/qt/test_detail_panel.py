"""The detail panel shows the selected event with sources and keeps the user's note."""

from __future__ import annotations

from explorer.qt.views.detail_panel import DetailPanel
from explorer.userdata.notes import NotesStore
from tests.qt.helpers import session_on_test_pack


def make_panel(qtbot, tmp_path, notes=None):
    session = session_on_test_pack(tmp_path, notes=notes)
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    panel.sig_note_edit_requested.connect(lambda eid, text: session.set_note(eid, text, "detail"))
    return session, panel


def test_selected_event_shows_dates_lifecycle_sources_and_indicators(qtbot, tmp_path):
    session, panel = make_panel(qtbot, tmp_path)
    assert "Select an event" in panel._browser.toPlainText()
    session.select_event("epa")
    text = panel._browser.toPlainText()
    assert "EU–Japan EPA" in text and "日EU経済連携協定" in text
    assert "1 Feb 2019" in text and "in force" in text
    assert "Signed: 17 Jul 2018" in text and "Entered into force: 1 Feb 2019" in text
    assert "Goods exports" in text and "68.8 bn EUR" in text
    assert "Article B. The Economy, 2025." in text


def test_urls_are_text_and_never_opened_automatically(qtbot, tmp_path):
    session, panel = make_panel(qtbot, tmp_path)
    session.select_event("summit-2025")
    assert "https://example.org/a" in panel._browser.toPlainText()
    assert not panel._browser.openLinks() and not panel._browser.openExternalLinks()


def test_pack_text_is_escaped(qtbot, tmp_path):
    session, panel = make_panel(qtbot, tmp_path)
    session.pack.events.loc[0, "summary"] = "<img src='http://evil.example/x.png'><b>bold</b>"
    session.select_event("epa")
    assert "<img src='http://evil.example/x.png'><b>bold</b>" in panel._browser.toPlainText()


def test_note_is_saved_debounced_and_on_selection_change(qtbot, tmp_path):
    store = NotesStore(tmp_path / "notes.sqlite3")
    session, panel = make_panel(qtbot, tmp_path, notes=store)
    session.select_event("gcap")
    qtbot.keyClicks(panel._note, "Call Rome")
    assert session.notes == {}  # not yet: debounced
    qtbot.waitUntil(lambda: session.notes.get("gcap") == "Call Rome", timeout=3000)
    qtbot.keyClicks(panel._note, " first")
    session.select_event("epa")  # moving on flushes at once
    assert store.notes_for("test-pack") == {"gcap": "Call Rome first"}
    assert panel._note.toPlainText() == ""
    session.select_event("gcap")
    assert panel._note.toPlainText() == "Call Rome first"


def test_related_indicator_can_be_shown_in_the_charts(qtbot, tmp_path):
    from PySide6.QtCore import QUrl

    session, panel = make_panel(qtbot, tmp_path)
    session.select_event("epa")
    assert "show in charts" in panel._browser.toPlainText()
    assert "indicator:goods_exports" in panel._browser.toHtml()
    with qtbot.waitSignal(panel.sig_indicator_show_requested) as blocker:
        panel._browser.anchorClicked.emit(QUrl("indicator:goods_exports"))
    assert blocker.args == ["goods_exports"]
