"""Help ▸ Keyboard shortcuts lists the timeline's own keys and gestures (arrows, Shift+arrows, + and
−, Home, wheel, drag), not only the menus' actions; in Japanese under a Japanese interface."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QKeySequence

from explorer.qt.main_window import MainWindow
from explorer.qt.views import timeline_view
from explorer.qt.views.shortcuts_dialog import ShortcutsDialog
from explorer.state.session import Session
from explorer.userdata.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PARTS = [ROOT / "resources" / "i18n" / "explorer_ja.ts"]  # the catalogue, compiled afresh


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


@pytest.fixture
def japanese(qapp, tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    found = lrelease if lrelease.exists() else shutil.which("pyside6-lrelease")
    if not found:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "polish_ja.qm"
    subprocess.run([str(found), *map(str, PARTS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_shortcuts_dialog_lists_the_timelines_own_keys(qtbot):
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    dialog = window.show_shortcuts()
    rows = dialog.rows()
    timeline = [(what, keys) for group, what, keys in rows if group == "Timeline"]
    assert ("Previous event", native("Left")) in timeline
    assert ("Go to the nearest event after the view", native("Shift+Right")) in timeline
    assert ("Zoom to fit the filtered events", native("Home")) in timeline
    assert ("Zoom in", f"{native('+')}, {native('=')}") in timeline
    assert ("Pan", "Drag") in timeline and ("Zoom in or out around the pointer", "Mouse wheel") in timeline
    assert ("File", "Open pack…", native("Ctrl+O")) in rows  # the menus' keys are still there
    dialog.filter_edit.setText("shift")
    assert {what for _g, what, _k in dialog.rows()} >= {
        "Go to the nearest event before the view", "Go to the nearest event after the view"}
    dialog.close()
    window.close()


def test_every_listed_key_does_what_it_says(qtbot):
    """The table is the view's own: each key listed moves the view or asks for a step."""
    import tempfile

    from tests.qt.helpers import session_on_test_pack

    with tempfile.TemporaryDirectory() as tmp:
        session = session_on_test_pack(Path(tmp))
    view = timeline_view.TimelineView(session)
    qtbot.addWidget(view)
    view.resize(900, 400)
    steps = []
    view.sig_step_requested.connect(steps.append)
    for text, keys in timeline_view.KEY_BINDINGS:
        for k in keys:
            view.set_visible_range(18000, 18400)
            before, n = view.visible_range(), len(steps)
            seq = QKeySequence(k)[0]
            qtbot.keyClick(view, seq.key(), seq.keyboardModifiers())
            assert view.visible_range() != before or len(steps) == n + 1, (text, k)
    view.close()


def test_the_timelines_keys_read_japanese(qtbot, japanese):
    dialog = ShortcutsDialog([], None, extra=timeline_view.key_bindings())
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert rows and all(group == "年表" for group, _w, _k in rows)
    whats = {what for _g, what, _k in rows}
    assert "前の出来事" in whats and "絞り込んだ出来事の全体を表示" in whats
    assert ("ドラッグ" in {keys for _g, _w, keys in rows})
    assert not [w for w in whats if any("a" <= c.lower() <= "z" for c in w)]
    dialog.close()
