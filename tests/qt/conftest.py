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


@pytest.fixture(scope="module")
def default_pack():
    """The shipped default pack, loaded once per test module (a module may define its own)."""
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path

    return load_pack(default_pack_path())


@pytest.fixture(scope="module")
def tier_s_pack():
    """The benchmarks' tier-S pack (10^3 events, 10^4 figures), generated once under
    build/benchmarks/packs where the harness keeps it, loaded once per test module."""
    from pathlib import Path

    from explorer.data.pack_loader import load_pack

    generator = pytest.importorskip("benchmarks.generator")
    folder, _seconds = generator.ensure_pack(Path(__file__).parents[2] / "build" / "benchmarks"
                                             / "packs", "S")  # where the benchmarks keep it
    return load_pack(folder)
