"""The application's log: a rotating file in the user's log folder, and the hooks that put every
uncaught exception in it.

An exception in a Qt slot of the app started from its desktop entry has no terminal to print to;
without this it vanishes. Here it is written to ``<log folder>/briefing-explorer.log`` (1 MB, three
older files kept) and handed to a callback (the window shows it with "Copy details"). The log stays
on this machine: nothing here opens a socket or sends anything.

Qt-free: the window layer passes its dialog as ``on_error``.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from explorer.userdata.locations import log_dir

LOG_NAME = "briefing-explorer.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("explorer")

# The handler this module installed, so configuring twice (tests, a second window) adds no second.
_handler: logging.Handler | None = None
_problem: str | None = None


def log_path() -> Path:
    return log_dir() / LOG_NAME


def configure_logging(level: int = logging.INFO, *, defer: bool = False) -> Path | None:
    """Send the ``explorer`` loggers to the rotating file; return its path, or None when the folder
    cannot be written (the app runs on; ``logging_problem()`` says why).

    ``defer``: the file is opened by ``open_deferred_log`` (the window does it after its first frame:
    ``logging.handlers`` and what it imports cost ~6 ms before it); records made until then are
    held, and written first, in order. An error opens it at once, and so does the exit."""
    global _handler, _problem
    path = log_path()
    if _handler is not None and getattr(_handler, "baseFilename", None) == str(path):
        return path
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    handler = _HeldUntilOpened(path) if defer else _file_handler(path)
    if handler is None:  # the folder cannot be written
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    _handler, _problem = handler, None
    return path


def open_deferred_log() -> None:
    """Open the file ``configure_logging(defer=True)`` put off and write the records held."""
    if isinstance(_handler, _HeldUntilOpened):
        _handler.open()


def _file_handler(path: Path) -> logging.Handler | None:
    global _problem
    import logging.handlers

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                    encoding="utf-8", delay=True)
    except OSError as e:
        _problem = f"the log cannot be written to {path}: {e.strerror or e}"
        return None


class _HeldUntilOpened(logging.Handler):
    """The log file, opened on first need: until then each record is kept (its message made at
    once, as ``QueueHandler`` does), then everything goes to the rotating file. One handler for
    the whole run, so no record can fall between two."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = str(path)  # the file it is, as a FileHandler says
        self._held: list[logging.LogRecord] | None = []
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # under the handler's lock
        if self._held is None:
            if self._file is not None:
                self._file.handle(record)
            return
        record.msg, record.args = record.getMessage(), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.exc_info = None
        self._held.append(record)
        if record.levelno >= logging.ERROR:  # the error dialog says the details are in the log
            self.open()

    def open(self) -> None:
        with self.lock:  # type: ignore[union-attr]  # made by Handler.__init__
            if self._held is None:
                return
            held, self._held = self._held, None
            self._file = _file_handler(Path(self.baseFilename))
            if self._file is None:
                return
            self._file.setFormatter(self.formatter)
            for record in held:
                self._file.handle(record)

    def flush(self) -> None:  # logging.shutdown at exit: nothing held is lost
        self.open()
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        self.flush()
        if self._file is not None:
            self._file.close()
        super().close()


def logging_problem() -> str | None:
    return _problem


def describe(exc_type, exc, tb) -> str:
    """The text support needs: the traceback, as Python prints it."""
    return "".join(traceback.format_exception(exc_type, exc, tb))


ErrorCallback = Callable[[str, str], None]  # (one-line summary, details)


def install_excepthooks(on_error: ErrorCallback | None = None) -> None:
    """Log every uncaught exception (main thread, Qt slots, worker threads) and pass it on.

    ``on_error`` may be called from any thread; it must marshal to its own (the Qt layer emits a
    queued signal). A failing callback is logged, never raised: the hook is the last resort.
    """

    def report(exc_type, exc, tb, where: str) -> None:
        details = describe(exc_type, exc, tb)
        log.error("Uncaught exception in %s\n%s", where, details.rstrip())
        if on_error is not None:
            summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
            try:
                on_error(summary, details)
            except Exception:  # the error reporter itself must never raise
                log.exception("The error dialog could not be shown")

    # The hooks found are still called after ours: Python's own prints the traceback to a terminal
    # when there is one, and a test harness's records the failure.
    previous, previous_thread = sys.excepthook, threading.excepthook

    def excepthook(exc_type, exc, tb) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            report(exc_type, exc, tb, "the main thread")
        previous(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            name = args.thread.name if args.thread is not None else "a thread"
            report(args.exc_type, args.exc_value, args.exc_traceback, name)
        previous_thread(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
