"""An exception in a Qt slot of the running app is logged and shown, never silently lost."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent("""
    import sys, threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from explorer.qt import error_dialog
    from explorer import app_log

    app = QApplication([])
    reporter = error_dialog.install(app)

    def slot():
        raise ZeroDivisionError("growth rate over an empty period")

    def worker():
        raise RuntimeError("import worker stopped")

    QTimer.singleShot(0, slot)                      # an exception inside a Qt slot
    QTimer.singleShot(50, lambda: threading.Thread(target=worker, name="importer").start())
    QTimer.singleShot(50, slot)
    def check():
        box = reporter.dialog
        print("dialog", box is not None and box.isVisible())
        print("title", box.windowTitle())
        print("more", reporter.more)
        box.copy_button.click()
        print("clipboard-has-traceback", "ZeroDivisionError" in app.clipboard().text())
        print("still-open", box.isVisible())
        print("log", app_log.log_path())
        app.quit()
    QTimer.singleShot(600, check)
    app.exec()
""")


def test_exception_in_a_slot_is_logged_and_shown_with_copy_details(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_EXPLORER_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    out = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert out["dialog"] == "True"
    assert out["title"] == "Unexpected error"
    assert out["more"] == "2"  # the worker's and the second slot's errors counted into one dialog
    assert out["clipboard-has-traceback"] == "True"
    assert out["still-open"] == "True"
    log = Path(out["log"]).read_text(encoding="utf-8")
    assert log.count("ZeroDivisionError: growth rate over an empty period") == 2
    assert "Uncaught exception in importer" in log and "RuntimeError: import worker stopped" in log
