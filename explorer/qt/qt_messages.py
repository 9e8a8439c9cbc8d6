"""Qt's messages on the terminal, less the one the offscreen platform prints for nothing.

The headless commands (``export``, ``deck``, ``note``) and ``--smoke-test`` draw on Qt's offscreen
platform, which warns "This plugin does not support propagateSizeHints()" whenever a window's size
limits change: several lines per run that mean nothing to the user and bury the command's own
one-line messages. Every other Qt message still reaches stderr as Qt prints it.
"""

from __future__ import annotations

import sys

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def drop_offscreen_noise(app_was_ours: bool) -> None:
    """Filter the offscreen platform's size-hint warning, in a process whose application we made.

    A test's application (pytest-qt captures Qt's messages with its own handler) is left alone, as
    is any platform but offscreen, where the warning does not occur.
    """
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    if not app_was_ours or QGuiApplication.platformName() != "offscreen":
        return
    previous = None

    def handler(mode, context, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:  # Qt's own format; a fatal message still aborts after this returns
            sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")
            sys.stderr.flush()

    previous = qInstallMessageHandler(handler)
