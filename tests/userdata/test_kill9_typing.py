"""Killed while typing a note: nothing typed is lost (issue 15, finding 1).

A child process opens the real note editor (``DetailPanel``, offscreen) on a Session with the user
store, and types into it key by key, pausing now and then long enough for the debounced save to
run. After each key it prints how long the note is: a key counts as typed once the call that
handled it returned. The parent SIGKILLs the child at a random moment (often inside the 600 ms
debounce window, sometimes during a save), re-opens the store the way the app does at start, and
checks that the note holds every character typed before the last acknowledged key, in order, and
nothing else. The next child continues the note from what was restored, so every round also checks
that a restored note is saved and typed on.

The test process itself never imports Qt; only the child does.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.userdata.notes import NotesStore
from tests.packs import write_pack

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

ROUNDS = int(os.environ.get("KILL9_TYPING_ROUNDS", "30"))
ROOT = Path(__file__).resolve().parents[2]
ALPHABET = "Call Rome about GCAP, 日本語も。\n"


def expected(n: int) -> str:
    return "".join(ALPHABET[i % len(ALPHABET)] for i in range(n))


TYPIST = r"""
import random, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from explorer.data.pack_loader import load_pack
from explorer.qt.views.detail_panel import DetailPanel
from explorer.state.session import Session
from explorer.userdata.notes import NotesError, NotesStore

folder, seed, alphabet = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
app = QApplication([])
session = Session(notes=NotesStore(folder / "user.sqlite3"))
session.open_pack(load_pack(folder / "pack"))
panel = DetailPanel(session)

def save(eid, text):  # as the main window does
    try:
        session.set_note(eid, text, "detail")
    except NotesError as e:
        print("refused", e, file=sys.stderr, flush=True)

panel.sig_note_edit_requested.connect(save)
session.select_event("gcap")
note = panel._note
note.moveCursor(QTextCursor.MoveOperation.End)
n = len(note.toPlainText())
print("ready", n, flush=True)
rng = random.Random(seed)

def type_key(ch):
    if ch == "\n":
        QTest.keyClick(note, Qt.Key.Key_Return)
    elif ch.isascii():
        QTest.keyClicks(note, ch)
    else:  # as a Japanese input method commits a character
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(note, event)

while True:
    type_key(alphabet[n % len(alphabet)])
    n += 1
    assert len(note.toPlainText()) == n
    print(n, flush=True)
    app.processEvents()
    if rng.random() < 0.03:  # a pause: the debounced save runs (or is killed while it runs)
        end = time.monotonic() + rng.uniform(0.5, 0.8)
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)
    else:
        time.sleep(rng.uniform(0, 0.01))
"""


def test_no_character_typed_before_a_kill_is_lost(tmp_path):
    write_pack(tmp_path / "pack")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "BRIEFING_EXPLORER_HOME": str(tmp_path / "home")}
    rng = random.Random(15)
    longest = 0
    for round_no in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", TYPIST, str(tmp_path), str(round_no), ALPHABET],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 encoding="utf-8", env=env, cwd=ROOT)
        try:
            first = child.stdout.readline().split()
            assert first[:1] == ["ready"], child.stderr.read()
            assert int(first[1]) == longest  # the last round's text, restored whole
            acked = longest
            deadline = time.monotonic() + rng.uniform(0.2, 2.5)
            while time.monotonic() < deadline:
                line = child.stdout.readline()
                if not line:
                    break
                acked = int(line)
            assert child.poll() is None, f"round {round_no}: the typist died: {child.stderr.read()}"
            child.send_signal(signal.SIGKILL)
            # Keys acknowledged after the deadline, before the kill landed, count too.
            rest = child.stdout.read()
            acked = max([acked, *(int(x) for x in rest.split())])
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
            child.stderr.close()
        store = NotesStore(tmp_path / "user.sqlite3")  # as the app opens it: the journal replayed
        text = store.notes_for("test-pack").get("gcap", "")
        store.close()
        assert len(text) >= acked, f"round {round_no}: {acked} typed, {len(text)} kept"
        assert len(text) <= acked + 1, f"round {round_no}: more than was typed"
        assert text == expected(len(text)), f"round {round_no}: the note is not what was typed"
        longest = len(text)
    assert longest > 0
    print(f"{ROUNDS} kills, the note grew to {longest} characters")
