"""Qt tests: every widget a test creates must be gone once the test's fixtures are torn down."""

from __future__ import annotations

import pytest


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        leaked = [f"{type(w).__name__}({w.objectName()!r})" for w in app.topLevelWidgets()]
        if leaked:
            for w in app.topLevelWidgets():  # clean up so one leak does not fail every later test
                w.close()
                w.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            raise AssertionError(f"{item.nodeid} leaked top-level widgets: {', '.join(leaked)}")
    return result
