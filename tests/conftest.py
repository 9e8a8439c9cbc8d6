"""Test-wide guards: offscreen Qt, isolated user folders, and no network at all."""

from __future__ import annotations

import gc
import os
import socket
import sys

import pytest

# Before anything imports Qt: no display is needed, and none is used even when one exists.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")


class NetworkAccessError(AssertionError):
    """A test (or the code under test) tried to open a network connection."""


def _refuse(*args, **kwargs):
    raise NetworkAccessError(f"network access attempted: {args!r}")


@pytest.fixture(autouse=True, scope="session")
def _collector_between_events():
    """As in the app (``explorer.qt.collector``): no automatic cyclic collection, which could run
    inside a Qt call holding a mutex and deadlock the test run; a timer collects between events
    once a QApplication exists, and each test's end is a safe point to collect too."""
    from explorer.qt import collector

    collector.install()
    yield


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    from explorer.qt import collector

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            collector.start(app)
    automatic = gc.isenabled()
    gc.disable()
    assert not automatic, "automatic collection was left on: it can deadlock inside Qt calls"
    for reason in collector.held():  # a test's window that never painted or finished a load:
        collector.release(reason)  # it is gone with its test
    collector.collect_due()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Every socket connection fails: offline is tested, not promised."""
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket.socket, "sendto", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    yield


@pytest.fixture(autouse=True)
def _fresh_user_home(tmp_path_factory, monkeypatch):
    """User config/data/cache live in a fresh temp folder for each test."""
    home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(home))
    monkeypatch.delenv("BRIEFING_EXPLORER_DEFAULT_PACK", raising=False)
    yield home
    # A pack over the cache's threshold is cached on a background thread: it ends with the test,
    # so no write outlives the test's user folder.
    pack_cache = sys.modules.get("explorer.data.pack_cache")
    if pack_cache is not None:
        pack_cache.wait_for_writes()
