"""Regenerate docs/screenshot.png: the window on the default pack, an agreement selected.

Run from the project root:  QT_QPA_PLATFORM=offscreen .venv/bin/python docs/tools/make_screenshot.py
Uses a throw-away user folder, so your own settings and notes are neither used nor changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(out: Path = ROOT / "docs" / "screenshot.png", event_id: str = "eu-jp-epa") -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRIEFING_EXPLORER_HOME"] = tempfile.mkdtemp(prefix="be-shot-")
    from PySide6.QtWidgets import QApplication

    from explorer.qt.app import build_window

    app, window = build_window(None)
    window.resize(1600, 980)
    while window.session.pack is None:
        app.processEvents()
        window.loader.wait(50)
    window.session.select_event(event_id, origin="screenshot")
    for _ in range(5):
        app.processEvents()
    if not window.grab().save(str(out)):
        raise SystemExit(f"could not write {out}")
    window.close()
    QApplication.processEvents()
    print(f"wrote {out}")
    return out


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot.png")
