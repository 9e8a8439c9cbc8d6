"""Composition root: builds the QApplication and the main window. Nothing else wires things."""

from __future__ import annotations

import os
import sys


def _display_problem() -> str | None:
    """Why no window can be shown, before Qt aborts the process trying."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return ("no display available (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it on a "
                    "desktop, or use the headless commands: briefing-explorer --help")
    return None


def run_window(path: str | None) -> int:
    problem = _display_problem()
    if problem:
        print(f"briefing-explorer: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from explorer import __version__
    from explorer.paths import resources_path
    from explorer.qt.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing Explorer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("briefing-explorer")
    app.setWindowIcon(QIcon(str(resources_path() / "icons" / "briefing-explorer.svg")))
    window = MainWindow()
    window.show()
    window.open_pack(path)
    return app.exec()
