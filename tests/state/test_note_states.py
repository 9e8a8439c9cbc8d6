"""The Session reports where each note is (saved, saving, failed, conflict, read-only) and keeps text
the store refused until it is saved: what the note editor shows is read from here (issue 15)."""

from __future__ import annotations

import pytest

from explorer.data.pack_loader import load_pack
from explorer.state.session import NOTES, Session
from explorer.userdata.notes import NoteConflict, NotesError, NotesStore
from explorer.userdata.store import StoreError, UserStore
from tests.packs import write_pack


def _session(tmp_path, store):
    session = Session(notes=store)
    session.open_pack(load_pack(write_pack(tmp_path / "pack")))
    return session


def test_a_refused_save_is_reported_kept_and_retried(tmp_path, monkeypatch):
    path = tmp_path / "user.sqlite3"
    session = _session(tmp_path, NotesStore(path))
    changes = []
    session.subscribe(changes.append)
    assert session.type_note("gcap", "Call Rome").status == "saving"

    def refused(self):
        raise StoreError("disk full")

    with monkeypatch.context() as m:
        m.setattr(UserStore, "transaction", refused)
        with pytest.raises(NotesError, match="disk full"):
            session.set_note("gcap", "Call Rome", "detail")
        assert NOTES in changes[-1].what  # the failure is a change the editor hears
        state = session.note_state("gcap")
        assert state.status == "failed" and "disk full" in state.reason
        session.reload_notes()  # e.g. after an import: the unsaved text is not dropped
        assert session.note_text("gcap") == "Call Rome" and session.failed_note_count == 1
        assert session.retry_notes() == 1
    assert session.retry_notes() == 0
    assert session.note_state("gcap").status == "saved" and session.notes["gcap"] == "Call Rome"
    assert NotesStore(path).notes_for("test-pack") == {"gcap": "Call Rome"}


def test_a_conflict_keeps_both_texts_until_the_user_chooses(tmp_path):
    path = tmp_path / "user.sqlite3"
    a = _session(tmp_path / "a", NotesStore(path))
    other = NotesStore(path)
    other.notes_for("test-pack")
    other.save("test-pack", "gcap", "Theirs")
    with pytest.raises(NoteConflict):
        a.set_note("gcap", "Mine")
    state = a.note_state("gcap")
    assert state.status == "conflict" and state.theirs == "Theirs"
    assert a.note_text("gcap") == "Mine"
    a.resolve_note_conflict("gcap", "mine")
    assert NotesStore(path).notes_for("test-pack") == {"gcap": "Mine"}
    assert a.note_state("gcap").status == "saved"


def test_a_store_from_a_newer_app_makes_notes_read_only(tmp_path):
    import sqlite3

    path = tmp_path / "user.sqlite3"
    NotesStore(path).save("test-pack", "gcap", "Newer")
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    session = _session(tmp_path, NotesStore(path))
    assert session.notes == {"gcap": "Newer"} and session.notes_from_newer_app
    assert session.type_note("gcap", "Newer, edited").status == "read_only"
    assert session.note_state("gcap").status == "read_only"


def test_a_change_elsewhere_is_seen_even_on_a_clock_that_does_not_tick(tmp_path, monkeypatch):
    """Windows' clock moves in milliseconds: two saves may read the same time."""
    import explorer.userdata.notes as notes_module

    monkeypatch.setattr(notes_module.time, "time", lambda: 1_700_000_000.0)
    path = tmp_path / "user.sqlite3"
    mine, other = NotesStore(path), NotesStore(path)
    mine.save("test-pack", "gcap", "First")
    other.notes_for("test-pack")
    mine.notes_for("test-pack")
    other.save("test-pack", "gcap", "Theirs")
    with pytest.raises(NoteConflict):
        mine.save("test-pack", "gcap", "Mine")
