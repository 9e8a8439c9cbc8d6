"""The user store: pragmas, migrations, the old notes file, damaged databases, the doctor's report."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from explorer.cli import main as cli_main
from explorer.export.view_state import ViewState
from explorer.userdata import store as st
from explorer.userdata.briefings import Briefing, BriefingItem, BriefingStore
from explorer.userdata.locations import config_dir, data_dir
from explorer.userdata.notes import NotesError, NotesStore
from explorer.userdata.store import SCHEMA_VERSION, StoreError, UserStore, store_report
from explorer.userdata.views import ViewStore

OLD_NOTES_SCHEMA = """CREATE TABLE IF NOT EXISTS notes (
    pack TEXT NOT NULL, event_id TEXT NOT NULL, text TEXT NOT NULL, updated REAL NOT NULL,
    PRIMARY KEY (pack, event_id))"""


def raw(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """A query through a separate, plain connection: what is really in the file."""
    db = sqlite3.connect(path)
    try:
        with db:
            return db.execute(sql, params).fetchall()
    finally:
        db.close()


def old_notes_file(path: Path, rows: list[tuple]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(OLD_NOTES_SCHEMA)
    with db:
        db.executemany("INSERT INTO notes VALUES (?, ?, ?, ?)", rows)
    db.close()
    return path


def aside(folder: Path, name: str = "user.sqlite3") -> list[Path]:
    return sorted(p for p in folder.glob(f"{name}.broken-*") if not p.name.endswith(("-wal", "-shm")))


# -- the database as created ------------------------------------------------------------------------

def test_a_new_store_has_the_schema_and_the_safe_pragmas(tmp_path):
    store = UserStore(tmp_path / "user.sqlite3")
    assert store.query("PRAGMA journal_mode") == [("wal",)]
    assert store.query("PRAGMA foreign_keys") == [(1,)]
    assert store.query("PRAGMA synchronous") == [(2,)]  # FULL
    assert store.query("PRAGMA user_version") == [(SCHEMA_VERSION,)]
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"notes", "views", "briefings", "briefing_items"} <= tables
    columns = {r[1] for r in store.query("PRAGMA table_info(briefing_items)")}
    assert columns == {"id", "briefing_id", "position", "title", "talking_points", "view_json"}
    (fk,) = store.query("PRAGMA foreign_key_list(briefing_items)")
    assert (fk[2], fk[3], fk[4], fk[6]) == ("briefings", "briefing_id", "id", "CASCADE")
    assert store.problems == []
    store.close()


def test_notes_views_and_briefings_share_one_file(tmp_path):
    path = tmp_path / "user.sqlite3"
    NotesStore(path).save("pack", "e1", "A note")
    ViewStore(path).save("My view", ViewState(view="timeline"))
    BriefingStore(tmp_path).save(Briefing("b1", "B", (BriefingItem("i", ViewState(view="table")),)))
    assert raw(path, "SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM views), "
                     "(SELECT count(*) FROM briefings)") == [(1, 1, 1)]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "user.sqlite3"]


# -- migrations -----------------------------------------------------------------------------------

def test_an_old_notes_file_opened_directly_is_upgraded_in_place(tmp_path):
    path = old_notes_file(tmp_path / "notes.sqlite3", [("p", "e1", "Kept", 1.0)])
    assert raw(path, "PRAGMA user_version") == [(0,)]
    store = NotesStore(path)
    assert store.notes_for("p") == {"e1": "Kept"}
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    store.close()


def test_each_migration_step_is_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "user.sqlite3"
    UserStore(path).close()
    broken_step = ("CREATE TABLE extra (x)", "INSERT INTO no_such_table VALUES (1)")
    monkeypatch.setattr(st, "MIGRATIONS", [*st.MIGRATIONS, broken_step])
    monkeypatch.setattr(st, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="no such table"):
        UserStore(path)
    # Nothing of the failed step stayed: no table, same version, and the file is not set aside.
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(path, "SELECT name FROM sqlite_master WHERE name = 'extra'") == []
    assert aside(tmp_path) == []
    monkeypatch.setattr(st, "MIGRATIONS", [*st.MIGRATIONS[:-1], ("CREATE TABLE extra (x)",)])
    UserStore(path).close()
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION + 1,)]
    assert raw(path, "SELECT name FROM sqlite_master WHERE name = 'extra'") == [("extra",)]


def test_a_store_from_a_newer_app_is_left_alone(tmp_path):
    path = tmp_path / "user.sqlite3"
    NotesStore(path).save("p", "e", "Mine")
    raw(path, "PRAGMA user_version = 99")
    notes = NotesStore(path)  # shown read-only: nothing migrated, nothing written, saves refused
    assert notes.newer and "newer Briefing Explorer" in notes.read_only
    assert notes.notes_for("p") == {"e": "Mine"}
    with pytest.raises(NotesError, match="newer Briefing Explorer"):
        notes.save("p", "e", "Mine, edited")
    notes.close()
    briefings = BriefingStore(tmp_path)
    assert briefings.list() == [] and "newer Briefing Explorer" in briefings.problems[0]
    assert raw(path, "SELECT text FROM notes") == [("Mine",)] and aside(tmp_path) == []


def test_the_old_notes_file_is_imported_once_and_newer_notes_win():
    legacy = old_notes_file(data_dir() / "notes.sqlite3", [
        ("p", "old-only", "From the old file", 100.0),
        ("p", "both", "Old text", 100.0),
        ("p", "blank", "   ", 100.0),
    ])
    # The new store already exists with a newer note for "both" (say, a view store opened first).
    store = UserStore()
    with store.transaction() as db:
        db.execute("INSERT INTO notes VALUES ('p', 'both', 'Newer text', 200.0)")
    store.close()

    notes = NotesStore()
    assert notes.notes_for("p") == {"old-only": "From the old file", "both": "Newer text"}
    assert not legacy.exists() and (data_dir() / "notes.sqlite3.migrated").is_file()
    assert notes.problems == []
    notes.save("p", "old-only", "Edited")
    notes.close()
    # A later start does not import again (the old file is gone) and keeps the edit.
    assert NotesStore().notes_for("p")["old-only"] == "Edited"


def test_a_damaged_old_notes_file_is_set_aside_and_the_store_still_opens():
    legacy = data_dir() / "notes.sqlite3"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"\x00garbage" * 512)
    notes = NotesStore()
    assert notes.notes_for("p") == {}
    (kept,) = aside(data_dir(), "notes.sqlite3")
    assert kept.read_bytes() == b"\x00garbage" * 512
    assert "old notes file is damaged" in notes.problems[0] and kept.name in notes.problems[0]


# -- damage -----------------------------------------------------------------------------------------

def _store_with_data(folder: Path, n: int = 400) -> Path:
    notes = NotesStore(folder / "user.sqlite3")
    for i in range(n):
        notes.save("pack", f"e{i}", f"note {i} " + "words " * 40)
    notes.close()
    return folder / "user.sqlite3"


def test_garbage_bytes_are_set_aside_and_the_app_starts_empty():
    path = data_dir() / "user.sqlite3"
    path.parent.mkdir(parents=True)
    garbage = bytes(range(256)) * 64
    path.write_bytes(garbage)
    notes = NotesStore()  # the window opens notes first...
    assert notes.notes_for("p") == {}
    notes.save("p", "e", "Works again")
    (kept,) = aside(data_dir())
    assert kept.read_bytes() == garbage  # nothing lost: the damaged file is kept for recovery
    assert kept.name.startswith("user.sqlite3.broken-20") and len(kept.name) == len(
        "user.sqlite3.broken-20261121T120501")
    (problem,) = notes.problems
    assert "was damaged" in problem and f"kept as {kept.name}" in problem and "new, empty" in problem
    # ...and the briefing panel, opened next on the fresh file, still hears about it.
    briefings = BriefingStore()
    assert briefings.list() == [] and briefings.problems == [problem]
    assert raw(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_truncated_database_is_set_aside(tmp_path):
    path = _store_with_data(tmp_path)
    size = path.stat().st_size
    assert size > 100_000
    with path.open("r+b") as fh:
        fh.truncate(size // 2)
    store = BriefingStore(tmp_path)
    assert store.list() == []
    assert "damaged" in store.problems[0] and "malformed" in store.problems[0]
    (kept,) = aside(tmp_path)
    assert kept.stat().st_size == size // 2
    assert NotesStore(path).notes_for("pack") == {}
    assert store.new("Fresh").title == "Fresh"
    assert raw(path, "PRAGMA integrity_check") == [("ok",)]


def test_the_wal_of_a_damaged_database_moves_with_it(tmp_path, monkeypatch):
    """A stale WAL left next to a fresh database would be replayed into it: it must go along."""
    path = _store_with_data(tmp_path, 5)
    path.with_name("user.sqlite3-wal").write_bytes(b"old wal")
    path.with_name("user.sqlite3-shm").write_bytes(b"old shm")
    real, calls = st._connect, []

    def first_call_finds_damage(p):
        calls.append(p)
        if len(calls) == 1:
            raise sqlite3.DatabaseError("file is not a database")
        return real(p)

    monkeypatch.setattr(st, "_connect", first_call_finds_damage)
    notes = NotesStore(path)
    assert notes.notes_for("pack") == {} and len(calls) == 2
    (kept,) = aside(tmp_path)
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"old wal"
    assert kept.with_name(kept.name + "-shm").read_bytes() == b"old shm"
    assert raw(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_store_set_aside_twice_in_one_second_keeps_both(tmp_path, monkeypatch):
    monkeypatch.setattr(st, "stamp_now", lambda: "20261121T120501")
    path = tmp_path / "user.sqlite3"
    for content in (b"first garbage" * 100, b"second garbage" * 100):
        path.write_bytes(content)
        NotesStore(path).close()
    assert [p.name for p in aside(tmp_path)] == ["user.sqlite3.broken-20261121T120501",
                                                "user.sqlite3.broken-20261121T120501-1"]
    assert (tmp_path / "user.sqlite3.broken-20261121T120501").read_bytes() == b"first garbage" * 100


def test_a_locked_or_unreadable_store_is_not_mistaken_for_damage(tmp_path):
    folder = tmp_path / "user.sqlite3"
    folder.mkdir()  # something that is not a file at all: cannot open, and not ours to move
    notes = NotesStore(folder)
    assert "cannot open" in notes.read_only and notes.notes_for("p") == {}
    with pytest.raises(NotesError, match="cannot open"):
        notes.save("p", "e", "text")
    assert folder.is_dir() and aside(tmp_path) == []


# -- the doctor's report ------------------------------------------------------------------------------

def test_report_before_anything_is_saved_creates_nothing():
    lines = store_report()
    assert any("user.sqlite3: not created yet" in line for line in lines)
    assert any("settings.toml: not created yet" in line for line in lines)
    assert not data_dir().exists() and not config_dir().exists()


def test_report_names_paths_versions_integrity_and_counts():
    notes = NotesStore()
    notes.save("p", "e1", "one")
    notes.save("p", "e2", "two")
    ViewStore().save("V", ViewState(view="timeline"))
    BriefingStore().save(Briefing("b1", "B", (BriefingItem("i", ViewState(view="table")),
                                             BriefingItem("j", ViewState(view="timeline")))))
    from explorer.userdata.settings import Settings

    Settings().save()
    lines = store_report()
    text = "\n".join(lines)
    assert f"{data_dir() / 'user.sqlite3'}: store version {SCHEMA_VERSION} (this app: {SCHEMA_VERSION})" in text
    assert f"{config_dir() / 'settings.toml'}: settings version 1 (this app: 1)" in text
    assert "integrity check: ok" in lines
    assert "2 notes, 1 saved views, 1 briefings, 2 briefing items" in lines
    assert "FAIL" not in text


def test_report_says_fail_for_a_damaged_store_and_moves_nothing(tmp_path):
    path = _store_with_data(tmp_path)
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    before = path.read_bytes()
    lines = store_report(path, tmp_path / "settings.toml")
    assert any("FAIL" in line for line in lines), lines
    assert path.read_bytes() == before and aside(tmp_path) == []


def test_doctor_shows_the_store_and_fails_on_damage():
    NotesStore().save("p", "e", "x")
    out = io.StringIO()
    assert cli_main(["doctor"], out, io.StringIO()) == 0, out.getvalue()
    assert "integrity check: ok" in out.getvalue() and "1 notes" in out.getvalue()
    (data_dir() / "user.sqlite3-wal").unlink(missing_ok=True)
    (data_dir() / "user.sqlite3").write_bytes(b"garbage" * 1000)
    out = io.StringIO()
    assert cli_main(["doctor"], out, io.StringIO()) == 1
    assert "FAIL" in out.getvalue()


def test_doctor_fails_on_a_store_from_a_newer_app():
    NotesStore().save("p", "e", "x")
    raw(data_dir() / "user.sqlite3", "PRAGMA user_version = 99")
    out = io.StringIO()
    assert cli_main(["doctor"], out, io.StringIO()) == 1
    text = out.getvalue()
    assert "FAIL written by a newer Briefing Explorer" in text and "read-only" in text
    assert "Everything looks fine" not in text


def test_report_fails_when_the_store_cannot_be_written_or_the_disk_is_full(tmp_path, monkeypatch):
    import os
    import shutil
    from collections import namedtuple

    path = _store_with_data(tmp_path)
    assert not any("FAIL" in line for line in store_report(path, tmp_path / "settings.toml"))
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode))
    lines = store_report(path, tmp_path / "settings.toml")
    assert any("FAIL the file is read-only" in line for line in lines), lines
    monkeypatch.setattr(os, "access", lambda p, mode: False)
    lines = store_report(path, tmp_path / "settings.toml")
    assert any("FAIL the folder cannot be written" in line for line in lines), lines
    monkeypatch.setattr(os, "access", real_access)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10 << 30, 10 << 30, 4096))
    lines = store_report(path, tmp_path / "settings.toml")
    assert any("FAIL the disk is almost full (4 KiB free)" in line for line in lines), lines


def test_report_counts_note_edits_not_yet_in_the_store(tmp_path):
    path = tmp_path / "user.sqlite3"
    notes = NotesStore(path)
    notes.journal("p", "e", "typed, not yet saved")
    lines = store_report(path, tmp_path / "settings.toml")
    assert any(line.startswith("1 note edit(s) typed but not yet in the store") for line in lines)
    notes.save("p", "e", "typed, not yet saved")
    assert not any("not yet in the store" in line for line in store_report(path, tmp_path / "settings.toml"))
