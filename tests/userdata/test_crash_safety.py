"""Killed mid-save: a writer process saves in a tight loop and is SIGKILLed at random moments.

After each kill the store must pass ``PRAGMA integrity_check``, hold every edit the writer reported
as saved, and have lost at most the one edit in flight; the settings file must parse and be either
the last reported version or the one after it. The writer prints an edit's number only after the
save returned (committed), so "reported" means "the app told the user it was saved".
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from explorer.userdata.briefings import BriefingStore
from explorer.userdata.notes import NotesStore
from explorer.userdata.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

ROUNDS = 24
ROOT = Path(__file__).resolve().parents[2]

STORE_WRITER = r"""
import sys
from pathlib import Path
from explorer.export.view_state import ViewState
from explorer.userdata.briefings import Briefing, BriefingItem, BriefingStore
from explorer.userdata.notes import NotesStore

folder, i = Path(sys.argv[1]), int(sys.argv[2])
notes = NotesStore(folder / "user.sqlite3")
briefings = BriefingStore(folder)
view = ViewState(view="timeline")
print("ready", flush=True)
while True:
    i += 1
    if i % 2:  # odd edits: a note
        notes.save("pack", f"e{i % 7}", f"note {i} " + "x" * (i % 300))
    else:  # even edits: a whole briefing, its items rewritten (delete + insert in one transaction)
        items = tuple(BriefingItem(f"i{k}", view, f"item {k}", f"points {i}") for k in range(i % 5 + 1))
        briefings.save(Briefing(f"b{i % 3}", f"briefing {i}", items))
    print(i, flush=True)
"""

SETTINGS_WRITER = r"""
import sys
from pathlib import Path
from explorer.userdata.settings import Settings

s, i = Settings(Path(sys.argv[1])), int(sys.argv[2])
print("ready", flush=True)
while True:
    i += 1
    s.set("counter", i)
    s.set("payload", "y" * (i * 997 % 60_000))  # tens of KB: kills land mid-write too
    s.save()
    print(i, flush=True)
"""


def run_and_kill(script: str, target: Path, start: int, rng: random.Random) -> int:
    """Run a writer from ``start``, SIGKILL it after a random time; the last edit it reported."""
    proc = subprocess.Popen([sys.executable, "-c", script, str(target), str(start)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    assert ready == "ready\n", ready + proc.stderr.read()
    # Wait for the first save before timing the kill: on a loaded machine the writer may not
    # have saved anything within the random delay, and then the kill tests nothing.
    first = proc.stdout.readline()
    time.sleep(rng.uniform(0.01, 0.3))
    os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err
    numbers = [int(line) for line in (first + out).split()]
    assert numbers, f"the writer saved nothing before being killed: {err}"
    return numbers[-1]


def expected_store(m: int) -> tuple[dict, dict]:
    """Notes and briefings after edits 1..m, replayed."""
    notes, briefings = {}, {}
    for i in range(1, m + 1):
        if i % 2:
            notes[f"e{i % 7}"] = f"note {i} " + "x" * (i % 300)
        else:
            briefings[f"b{i % 3}"] = (f"briefing {i}", [f"points {i}"] * (i % 5 + 1))
    return notes, briefings


def last_edit(notes: dict, briefings: dict) -> int:
    numbers = [int(t.split()[1]) for t in notes.values()] + [int(t.split()[1]) for t, _ in briefings.values()]
    return max(numbers, default=0)


def test_killed_writers_never_damage_the_store_or_lose_a_committed_edit(tmp_path):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    path = tmp_path / "user.sqlite3"
    committed = 0
    for round_ in range(ROUNDS):
        reported = run_and_kill(STORE_WRITER, tmp_path, committed, rng)
        where = f"seed {seed}, round {round_}, last reported edit {reported}"
        db = sqlite3.connect(path)  # a plain connection: recovers the WAL like any reader would
        try:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
            assert db.execute("PRAGMA foreign_key_check").fetchall() == [], where
        finally:
            db.close()

        notes = NotesStore(path)
        store = BriefingStore(tmp_path)
        got_notes = notes.notes_for("pack")
        got_briefings = {b.id: (b.title, [i.talking_points for i in b.items]) for b in store.list()}
        assert notes.problems == [] and store.problems == [], where
        m = last_edit(got_notes, got_briefings)
        # Everything reported is there; at most the one edit in flight also made it.
        assert m in (reported, reported + 1), where
        assert (got_notes, got_briefings) == expected_store(m), where
        notes.close()
        store.close()
        committed = m
    assert committed > ROUNDS  # the writers did real work


def test_killed_settings_saves_leave_the_old_file_or_the_new_one(tmp_path):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    path = tmp_path / "settings.toml"
    committed = 0
    for round_ in range(ROUNDS):
        reported = run_and_kill(SETTINGS_WRITER, path, committed, rng)
        where = f"seed {seed}, round {round_}, last reported save {reported}"
        data = tomllib.loads(path.read_text(encoding="utf-8"))  # parses: never half a file
        counter = data["counter"]
        assert counter in (reported, reported + 1), where
        assert data["payload"] == "y" * (counter * 997 % 60_000), where  # and never a mix
        s = Settings(path)
        assert s.problem is None and s.get("counter") == counter, where
        committed = counter
    assert committed > ROUNDS
