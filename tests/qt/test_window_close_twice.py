"""Closing the main window twice (a never-shown window, as a script or a failed start leaves it)
once crashed the interpreter (segfault in the second closeEvent). Run in a subprocess: a crash
must fail this test, not end the test run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings
window = MainWindow(Session(), Settings())
if sys.argv[1] == "shown":
    window.show()
    app.processEvents()
print("first", window.close(), flush=True)
print("second", window.close(), flush=True)
app.processEvents()
window.deleteLater()
app.processEvents()
print("still alive", flush=True)
"""


@pytest.mark.parametrize("how", ["never-shown", "shown"])
def test_a_window_closed_twice_does_not_crash(tmp_path, how):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_EXPLORER_HOME=str(tmp_path),
               PYTHONPATH=str(ROOT), PYTHONFAULTHANDLER="1")
    done = subprocess.run([sys.executable, "-c", SCRIPT, how], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "second True" in done.stdout and "still alive" in done.stdout
    assert "Traceback" not in done.stderr, done.stderr
