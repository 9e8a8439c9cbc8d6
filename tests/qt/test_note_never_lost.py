"""The note editor never says "Saved" when the note is not on disk, and never drops what was typed:
a full disk, a store that refuses writes, a note over the limit, a store from a newer app, a note
changed in another window, text typed before a crash (issue 15, finding 1 and the note half of 2).

Everything goes through the widgets: keys typed into the editor, the status line and buttons read
back, the store re-opened from its file."""

from __future__ import annotations

import errno
import json
import sqlite3

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from explorer.qt.views import detail_panel as dp
from explorer.qt.views.detail_panel import DetailPanel
from explorer.userdata import notes as notes_module
from explorer.userdata.notes import MAX_NOTE, NotesError, NotesStore
from explorer.userdata.store import StoreError, UserStore
from tests.qt.helpers import session_on_test_pack

PACK = "test-pack"


def make_panel(qtbot, session):
    panel = DetailPanel(session)
    qtbot.addWidget(panel)

    def save(eid, text):  # as the main window does: a refused save is shown, never raised
        try:
            session.set_note(eid, text, "detail")
        except NotesError as e:
            panel.show_note_error(str(e))

    panel.sig_note_edit_requested.connect(save)
    return panel


@pytest.fixture
def fast_retry(monkeypatch):
    monkeypatch.setattr(dp, "NOTE_RETRY_MS", 200)
    monkeypatch.setattr(dp, "NOTE_SAVE_DELAY_MS", 100)


def _refuse_writes(monkeypatch, reason: str, journal_too: bool) -> None:
    def refused(self):
        raise StoreError(f"{self.path}: cannot save ({reason})")

    monkeypatch.setattr(UserStore, "transaction", refused)
    if journal_too:
        def full(fd, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(notes_module.os, "write", full)


@pytest.mark.parametrize(("reason", "journal_too"), [
    ("database or disk is full", True),  # disk full: the journal cannot be written either
    ("attempt to write a readonly database", False),  # a read-only store file
])
def test_a_refused_save_is_shown_kept_and_saved_once_the_cause_clears(
        qtbot, tmp_path, monkeypatch, fast_retry, reason, journal_too):
    path = tmp_path / "user.sqlite3"
    session = session_on_test_pack(tmp_path, notes=NotesStore(path))
    panel = make_panel(qtbot, session)
    session.select_event("gcap")
    with monkeypatch.context() as m:
        _refuse_writes(m, reason, journal_too)
        qtbot.keyClicks(panel._note, "Call Rome")
        # At once (the first keystroke) when even the journal is refused, at the latest after the
        # debounced save: "Not saved" and the store's reason.
        assert "Saved" not in panel.note_status_text()
        qtbot.waitUntil(lambda: reason in panel.note_status_text(), timeout=3000)
        assert panel.note_status_text().startswith("Not saved:")
        assert not panel._retry_button.isHidden() and not panel._copy_button.isHidden()
        panel._copy_button.click()
        assert QApplication.clipboard().text() == "Call Rome"
        session.select_event("epa")  # moving on does not drop it
        assert panel._note.toPlainText() == ""
        session.select_event("gcap")
        assert panel._note.toPlainText() == "Call Rome"
        assert "Not saved" in panel.note_status_text()
        qtbot.wait(500)  # retried meanwhile, still refused, still said
        assert "Not saved" in panel.note_status_text()
    # The cause is gone: the next retry saves it, and only then the editor says so.
    qtbot.waitUntil(lambda: panel.note_status_text() == "Saved", timeout=3000)
    assert panel._retry_button.isHidden()
    assert NotesStore(path).notes_for(PACK) == {"gcap": "Call Rome"}
    assert session.notes_restored == 0


def test_a_note_saved_for_another_event_is_retried_while_elsewhere(qtbot, tmp_path, monkeypatch,
                                                                   fast_retry):
    path = tmp_path / "user.sqlite3"
    session = session_on_test_pack(tmp_path, notes=NotesStore(path))
    panel = make_panel(qtbot, session)
    session.select_event("gcap")
    with monkeypatch.context() as m:
        _refuse_writes(m, "database or disk is full", journal_too=False)
        qtbot.keyClicks(panel._note, "Ask about the engine")
        session.select_event("epa")  # flushed at once: refused
        assert session.note_state("gcap").status == "failed"
    qtbot.waitUntil(lambda: session.note_state("gcap").status == "saved", timeout=3000)
    assert NotesStore(path).notes_for(PACK) == {"gcap": "Ask about the engine"}


def test_a_note_over_the_limit_is_refused_visibly_and_kept_until_shortened(qtbot, tmp_path):
    path = tmp_path / "user.sqlite3"
    session = session_on_test_pack(tmp_path, notes=NotesStore(path))
    panel = make_panel(qtbot, session)
    session.select_event("gcap")
    panel._note.setPlainText("x" * (MAX_NOTE + 1))  # a runaway paste
    panel.flush_note()
    assert "too long" in panel.note_status_text() and "Saved" not in panel.note_status_text()
    session.select_event("epa")
    session.select_event("gcap")
    assert len(panel._note.toPlainText()) == MAX_NOTE + 1  # still there to shorten
    kept = [json.loads(p.read_text("utf-8"))["text"] for p in (tmp_path / "user.sqlite3.pending").iterdir()]
    assert kept == ["x" * (MAX_NOTE + 1)]  # on disk, in the journal
    panel._note.setPlainText("short")
    panel.flush_note()
    assert panel.note_status_text() == "Saved"
    assert NotesStore(path).notes_for(PACK) == {"gcap": "short"}


def test_a_store_from_a_newer_app_is_shown_read_only_with_a_notice(qtbot, tmp_path):
    path = tmp_path / "user.sqlite3"
    NotesStore(path).save(PACK, "gcap", "Written by the newer app")
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    session = session_on_test_pack(tmp_path, notes=NotesStore(path))
    panel = make_panel(qtbot, session)
    session.select_event("gcap")
    assert panel._note.toPlainText() == "Written by the newer app"
    assert not panel._note_banner.isHidden()
    assert "newer Briefing Explorer" in panel._note_banner.text()
    assert "read-only" in panel._note_banner.text()
    assert panel._note.isReadOnly()
    qtbot.keyClicks(panel._note, " and mine")
    panel.flush_note()
    assert panel._note.toPlainText() == "Written by the newer app"  # never accepted
    assert "Saved" not in panel.note_status_text()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT text FROM notes").fetchall() == [("Written by the newer app",)]


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_note_changed_in_another_window_is_not_overwritten(qtbot, tmp_path, keep):
    path = tmp_path / "user.sqlite3"
    NotesStore(path).save(PACK, "gcap", "Original")
    session_a = session_on_test_pack(tmp_path / "a", notes=NotesStore(path))
    session_b = session_on_test_pack(tmp_path / "b", notes=NotesStore(path))
    panel_a, panel_b = make_panel(qtbot, session_a), make_panel(qtbot, session_b)
    session_a.select_event("gcap")
    session_b.select_event("gcap")
    for panel in (panel_a, panel_b):
        panel._note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(panel_b._note, " from B")
    panel_b.flush_note()
    assert panel_b.note_status_text() == "Saved"
    qtbot.keyClicks(panel_a._note, " from A")  # A still shows the text B has replaced
    panel_a.flush_note()
    assert "another window" in panel_a.note_status_text()
    assert "Saved" not in panel_a.note_status_text()
    assert not panel_a._theirs_button.isHidden() and not panel_a._mine_button.isHidden()
    assert NotesStore(path).notes_for(PACK) == {"gcap": "Original from B"}  # B's is not lost
    assert panel_a._note.toPlainText() == "Original from A"  # nor is A's
    (panel_a._mine_button if keep == "mine" else panel_a._theirs_button).click()
    expected = "Original from A" if keep == "mine" else "Original from B"
    assert NotesStore(path).notes_for(PACK) == {"gcap": expected}
    assert panel_a._note.toPlainText() == expected
    assert panel_a.note_status_text() == "Saved" and panel_a._mine_button.isHidden()


def test_text_typed_before_a_crash_is_restored_and_the_user_told(qtbot, tmp_path):
    path = tmp_path / "user.sqlite3"
    crashed = NotesStore(path)
    crashed.notes_for(PACK)
    crashed.journal(PACK, "gcap", "Typed just before the crash")  # the debounced save never ran
    crashed.close()  # as good as a kill: nothing else is written (the kill -9 test does it for real)
    session = session_on_test_pack(tmp_path / "b", notes=NotesStore(path))
    panel = make_panel(qtbot, session)
    assert "Restored 1 unsaved note" in panel._note_banner.text()
    assert not panel._note_banner.isHidden()
    session.select_event("gcap")
    assert panel._note.toPlainText() == "Typed just before the crash"
    assert NotesStore(path).notes_for(PACK) == {"gcap": "Typed just before the crash"}


@pytest.mark.parametrize("ask", ["flush", "pause", "retry"])
def test_through_the_window_a_refused_save_is_never_shown_saved_and_is_saved_later(
        qtbot, tmp_path, monkeypatch, fast_retry, ask):
    """Issue 17: the window's save request fails (the store refuses writes): the details panel
    never says "Saved", the note stays unsaved (kept, retried), and once the store works again it
    is saved and only then said so."""
    from explorer.qt.main_window import MainWindow
    from explorer.state.session import Session
    from explorer.userdata.settings import Settings
    from tests.packs import write_pack

    pack = write_pack(tmp_path / "pack")
    path = tmp_path / "user.sqlite3"
    window = MainWindow(Session(notes=NotesStore(path)), Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(str(pack))
    panel = window.detail
    seen: list[str] = []
    try:
        window.table.view.selectRow(0)
        event_id = window.session.selected_event
        assert event_id is not None
        with monkeypatch.context() as m:
            _refuse_writes(m, "attempt to write a readonly database", journal_too=False)
            qtbot.keyClicks(panel._note, "Call Rome")
            if ask == "pause":  # the debounced save, after a pause in typing
                qtbot.waitUntil(lambda: panel.note_status_text().startswith("Not saved:"),
                                timeout=3000)
            else:
                panel.flush_note()  # the window's save request, at once
            if ask == "retry":  # the user presses Retry while the store still refuses
                seen.append(panel.note_status_text())
                panel._retry_button.click()
            seen.append(panel.note_status_text())
            assert panel.note_status_text() != "Saved"
            assert panel.note_status_text().startswith("Not saved:")
            assert "Note not saved" in window.statusBar().currentMessage()
            assert window.session.note_state(event_id).status == "failed"
            assert window.session.failed_note_count == 1
            for _ in range(3):  # retried meanwhile: still refused, still said, never "Saved"
                qtbot.wait(250)
                seen.append(panel.note_status_text())
            assert all(s != "Saved" for s in seen), seen
            assert panel._note.toPlainText() == "Call Rome"
            assert NotesStore(path).notes_for(window.session.packs[0].meta.name) == {}
        qtbot.waitUntil(lambda: panel.note_status_text() == "Saved", timeout=3000)
        assert window.session.note_state(event_id).status == "saved"
        assert NotesStore(path).notes_for(window.session.packs[0].meta.name) == {event_id: "Call Rome"}
    finally:
        window.close()
        window.session._notes_store.close()


def test_a_note_typed_just_before_another_pack_opens_is_saved_with_its_own_pack(qtbot, tmp_path):
    """Typing, then at once opening another pack (File ▸ Open, a recent pack) before the pause that
    saves: the note is saved under the pack it was typed in, not dropped with the old pack."""
    from explorer.qt.main_window import MainWindow
    from explorer.state.session import Session
    from explorer.userdata.settings import Settings
    from tests.packs import descriptor_of, write_pack

    first = write_pack(tmp_path / "first")
    other = write_pack(tmp_path / "other")
    write_pack(other, descriptor={**descriptor_of(other), "name": "other-pack"})
    path = tmp_path / "user.sqlite3"
    window = MainWindow(Session(notes=NotesStore(path)), Settings())
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
            window.start(str(first))
        window.table.view.selectRow(0)
        event_id = window.session.selected_event
        first_name = window.session.packs[0].meta.name
        qtbot.keyClicks(window.detail._note, "Call Rome")  # the save waits for a pause in typing
        with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
            window.open_pack(str(other))
        qtbot.waitUntil(lambda: window.session.packs[0].meta.name == "other-pack", timeout=5000)
        assert NotesStore(path).notes_for(first_name) == {event_id: "Call Rome"}
    finally:
        window.close()
        window.session._notes_store.close()
