"""Uncaught exceptions are never invisible: they go to a rotating log in the user's log folder."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from types import SimpleNamespace

import pytest

from explorer import app_log


@pytest.fixture
def hooks(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path))
    saved = sys.excepthook, threading.excepthook
    chained = []  # the hooks found before ours (Python's, a test harness's) are still called
    sys.excepthook = lambda *exc: chained.append(exc[0])
    threading.excepthook = lambda args: chained.append(args.exc_type)
    yield SimpleNamespace(home=tmp_path, chained=chained)
    sys.excepthook, threading.excepthook = saved
    if app_log._handler is not None:
        app_log.log.removeHandler(app_log._handler)
        app_log._handler.close()
        app_log._handler = None


def test_log_file_is_in_the_users_log_folder(hooks):
    path = app_log.configure_logging()
    assert path == hooks.home / "log" / "briefing-explorer.log"
    app_log.log.info("hello")
    assert "hello" in path.read_text(encoding="utf-8")
    assert app_log.configure_logging() == path  # configuring twice adds no second handler
    assert sum(isinstance(h, logging.FileHandler) for h in app_log.log.handlers) == 1


def test_an_uncaught_exception_is_logged_and_reported(hooks):
    seen = []
    path = app_log.configure_logging()
    app_log.install_excepthooks(lambda summary, details: seen.append((summary, details)))
    try:
        raise ValueError("the figure has no source")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    text = path.read_text(encoding="utf-8")
    assert "Uncaught exception in the main thread" in text
    assert "ValueError: the figure has no source" in text
    assert seen[0][0] == "ValueError: the figure has no source"
    assert "Traceback (most recent call last)" in seen[0][1]
    assert hooks.chained == [ValueError]


def test_a_worker_threads_exception_is_logged(hooks):
    seen = []
    path = app_log.configure_logging()
    app_log.install_excepthooks(lambda summary, details: seen.append(summary))

    def work():
        raise RuntimeError("worker failed")

    t = threading.Thread(target=work, name="pack-loader")
    t.start()
    t.join()
    text = path.read_text(encoding="utf-8")
    assert "Uncaught exception in pack-loader" in text and "RuntimeError: worker failed" in text
    assert seen == ["RuntimeError: worker failed"]
    assert hooks.chained == [RuntimeError]


def test_a_failing_reporter_is_logged_not_raised(hooks):
    path = app_log.configure_logging()

    def broken(summary, details):
        raise OSError("no display")

    app_log.install_excepthooks(broken)
    try:
        raise KeyError("x")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # must not raise
    assert "The error dialog could not be shown" in path.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_is_a_problem_not_a_crash(hooks):
    (hooks.home / "log").write_text("a file where the folder should be")
    assert app_log.configure_logging() is None
    assert "cannot be written" in app_log.logging_problem()


def test_the_log_rotates(hooks, monkeypatch):
    monkeypatch.setattr(app_log, "MAX_BYTES", 2000)
    path = app_log.configure_logging()
    for i in range(200):
        app_log.log.info("line %d %s", i, "x" * 40)
    rotated = sorted(p.name for p in path.parent.iterdir())
    assert rotated == ["briefing-explorer.log", "briefing-explorer.log.1", "briefing-explorer.log.2",
                       "briefing-explorer.log.3"]
    assert all(p.stat().st_size <= 2100 for p in path.parent.iterdir())


def test_a_deferred_log_writes_what_was_logged_before_it_was_opened_first_in_order(hooks):
    """The window opens its log after its first frame; nothing logged before is lost."""
    path = app_log.configure_logging(defer=True)
    assert path == hooks.home / "log" / "briefing-explorer.log"
    app_log.log.info("started with %s", "the default pack")
    try:
        raise KeyError("figure")
    except KeyError:
        app_log.log.warning("a figure was skipped", exc_info=True)
    app_log.log.debug("below the level")
    assert not path.exists()  # held, not written yet
    assert app_log.configure_logging() == path  # configuring again adds no second handler
    app_log.open_deferred_log()
    app_log.log.info("after the first frame")
    text = path.read_text(encoding="utf-8")
    assert text.index("started with the default pack") < text.index("a figure was skipped")
    assert text.index("KeyError: 'figure'") < text.index("after the first frame")
    assert "below the level" not in text
    assert text.count("INFO explorer [MainThread]") == 2
    assert len(app_log.log.handlers) == 1


def test_an_error_opens_a_deferred_log_at_once(hooks):
    """The error dialog says the details are in the log: they are, before it is shown."""
    path = app_log.configure_logging(defer=True)
    app_log.log.info("held")
    app_log.install_excepthooks()
    try:
        raise ValueError("the figure has no source")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    text = path.read_text(encoding="utf-8")
    assert text.index("held") < text.index("ValueError: the figure has no source")
    assert app_log.logging_problem() is None


def test_a_deferred_log_never_opened_is_written_at_exit(tmp_path):
    """A run that ends before its first frame still leaves what it logged."""
    script = ("from explorer import app_log\n"
              "app_log.configure_logging(defer=True)\n"
              "app_log.log.info('logged before any frame')\n")
    env = dict(os.environ, BRIEFING_EXPLORER_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "log" / "briefing-explorer.log").read_text(encoding="utf-8")
    assert "logged before any frame" in text


def test_a_deferred_log_in_an_unwritable_folder_is_a_problem_when_opened(hooks):
    (hooks.home / "log").write_text("a file where the folder should be")
    assert app_log.configure_logging(defer=True) is not None
    app_log.log.info("held")
    app_log.open_deferred_log()  # no crash
    assert "cannot be written" in app_log.logging_problem()
