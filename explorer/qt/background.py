"""One background runner for packs, imports and exports.

``runner().submit(fn, ...)`` runs ``fn(progress, cancelled)`` — a plain, Qt-free function — on the
global thread pool and returns a ``Job`` at once. ``progress(done, total)`` may be called as often
as the function likes; ``cancelled()`` says whether ``Job.cancel`` was asked (the function polls it
and stops by raising ``JobCancelled``, or any exception named in ``cancelled_by``). The outcome
arrives on the GUI thread, exactly once, as one of the job's signals:

- ``sig_succeeded(value)``: what ``fn`` returned;
- ``sig_failed(JobFailure)``: the exception, its traceback and whether it was expected (a file that
  cannot be read is expected; anything else is a bug). Every failure is written to the log
  (``explorer.app_log``): expected ones as one line, others with their traceback;
- ``sig_cancelled()``: the job was cancelled: it stopped (raised ``JobCancelled``), or it was
  cancelled with ``drop`` (a computation whose value nobody wants) and what it still returned is
  dropped. A job with effects (writing a file) is cancelled with ``drop=False``: if it returns
  anyway, what it did happened, and the outcome says "succeeded".

``sig_ended(how)`` follows each of them ("succeeded", "failed", "cancelled") for whoever only
needs to know that the job is over. A bug (an unexpected failure) in a job nobody listens to
(neither ``sig_failed`` nor ``sig_ended`` connected) is shown by the application's error dialog
(``error_dialog``), as an uncaught exception is: it never vanishes.

Jobs submitted with a ``key`` carry a generation: a newer job with the same key (or
``discard(key)``) makes the older one stale, and a stale job's outcome is dropped — only logged
when it failed. A job whose ``owner`` (a QObject) is destroyed is cancelled and reports nothing.
``running()`` counts jobs started and not yet ended (the application does not wait for them at
exit, see ``app.run_window``); ``wait(msecs)`` blocks until none is running (tests, closing).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    SIGNAL,
    QCoreApplication,
    QMetaObject,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

log = logging.getLogger("explorer.background")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
JobFunction = Callable[[Progress, Cancelled], Any]


class JobCancelled(Exception):
    """Raised by a job function that saw ``cancelled()`` and stopped."""


@dataclass(frozen=True)
class JobFailure:
    """How a job failed: the exception, the traceback as Python prints it, and whether it was one of
    the job's ``expected`` errors (the user can act on it) or a bug."""

    name: str
    exception: BaseException
    traceback: str
    expected: bool

    def summary(self) -> str:
        """One line: the message of an expected error, "Type: message" for a bug."""
        e = self.exception
        if self.expected:
            return str(e) or type(e).__name__
        return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


@dataclass
class _Shared:
    """What a job shares with its worker thread (never a Qt object)."""

    cancel: threading.Event = field(default_factory=threading.Event)
    drop_value: bool = False  # cancelled as a computation: a value still returned is not wanted
    dropped: bool = False  # the owner went away: nothing is reported


class Job(QObject):
    """The handle of one submitted job; lives on the GUI thread, as do its signals' slots."""

    sig_progress = Signal(int, int)
    """(done, total), as the job function reported it."""
    sig_succeeded = Signal(object)
    sig_failed = Signal(object)
    """A ``JobFailure``."""
    sig_cancelled = Signal()
    sig_ended = Signal(str)
    """After the outcome: "succeeded", "failed" or "cancelled"."""

    def __init__(self, name: str, key: str | None, generation: int) -> None:
        super().__init__()
        self.name = name
        self.key = key
        self.generation = generation
        self.outcome: str | None = None  # set once the outcome is delivered
        self.value: object = None
        self.failure: JobFailure | None = None
        self._shared = _Shared()

    def cancel(self, drop: bool = True) -> None:
        """Ask the job to stop at its next check. ``drop``: a value it still returns is not wanted
        (the outcome is "cancelled" whatever it returns); ``drop=False`` for a job with effects,
        whose returned value means they happened (the outcome is then "succeeded")."""
        if drop:
            self._shared.drop_value = True
        self._shared.cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._shared.cancel.is_set()

    @property
    def done(self) -> bool:
        return self.outcome is not None


class _Relay(QObject):
    """Lives on the GUI thread; workers emit into it and Qt queues the calls there."""

    sig_ended = Signal(int, str, object)
    sig_progress = Signal(int, int, int)


class _Mailbox:
    """Whether the relay may still be emitted into (it is gone at application exit), and how many
    jobs run, under one lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle = threading.Condition(self.lock)
        self.closed = False
        self.running = 0

    def close(self) -> None:
        with self.lock:
            self.closed = True


class Runner(QObject):
    """Runs job functions on the global thread pool; see the module."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.sig_ended.connect(self._on_ended)
        self._relay.sig_progress.connect(self._on_progress)
        self._mailbox = _Mailbox()
        mailbox = self._mailbox
        self._relay.destroyed.connect(lambda *_: mailbox.close())
        self._jobs: dict[int, Job] = {}
        self._owner_links: dict[int, QMetaObject.Connection] = {}  # let go when the job ends
        self._generations: dict[str, int] = {}
        self._next_id = 0

    # -- submitting --------------------------------------------------------------------------------
    def submit(self, fn: JobFunction, *, name: str = "job", key: str | None = None,
               expected: tuple[type[BaseException], ...] = (),
               cancelled_by: tuple[type[BaseException], ...] = (),
               owner: QObject | None = None) -> Job:
        """Start ``fn(progress, cancelled)`` on the pool and return its handle (see the module).

        ``expected``: exceptions the user can act on (logged as one line, ``JobFailure.expected``);
        ``cancelled_by``: exceptions that mean the function stopped because it was cancelled;
        ``key``: a newer job with the same key makes this one stale; ``owner``: when it is
        destroyed the job is cancelled and reports nothing."""
        generation = 0
        if key is not None:
            generation = self._generations.get(key, 0) + 1
            self._generations[key] = generation
        job = Job(name, key, generation)
        self._next_id += 1
        job_id = self._next_id
        self._jobs[job_id] = job
        if owner is not None:
            shared = job._shared

            def owner_gone(*_: object) -> None:
                shared.dropped = shared.drop_value = True
                shared.cancel.set()
            self._owner_links[job_id] = owner.destroyed.connect(owner_gone)
        with self._mailbox.lock:
            self._mailbox.running += 1
        self._pool.start(_RunJob(self._relay, self._mailbox, job_id, job._shared, fn, name,
                                 tuple(expected), tuple(cancelled_by)))
        return job

    def discard(self, key: str) -> None:
        """Whatever runs under ``key`` now is no longer wanted: its outcome will be dropped."""
        self._generations[key] = self._generations.get(key, 0) + 1

    def is_current(self, job: Job) -> bool:
        return job.key is None or self._generations.get(job.key, 0) == job.generation

    # -- waiting -----------------------------------------------------------------------------------
    def running(self) -> int:
        """Jobs started and not yet ended (cancelled and stale ones still working included)."""
        with self._mailbox.lock:
            return self._mailbox.running

    def wait(self, msecs: int = 30000) -> bool:
        """Block until no job is running (their outcomes arrive later, on the event loop)."""
        with self._mailbox.idle:
            return self._mailbox.idle.wait_for(lambda: self._mailbox.running == 0, msecs / 1000)

    def pending(self) -> int:
        """Jobs whose outcome has not been delivered yet."""
        return len(self._jobs)

    # -- on the GUI thread -------------------------------------------------------------------------
    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        job = self._jobs.get(job_id)
        if job is not None and not job._shared.dropped and self.is_current(job):
            job.sig_progress.emit(done, total)

    def _on_ended(self, job_id: int, how: str, value: object) -> None:
        job = self._jobs.pop(job_id, None)
        link = self._owner_links.pop(job_id, None)
        if link is not None and not (job is None or job._shared.dropped):
            QObject.disconnect(link)  # the owner lives on: one connection per job would pile up
        if job is None:
            return
        if job._shared.dropped:
            return
        if not self.is_current(job):
            log.debug("%s: stale outcome dropped (%s)", job.name, how)
            return
        if how == "succeeded" and job._shared.drop_value:
            how, value = "cancelled", None  # asked to stop: what it still returned is not wanted
        job.outcome = how
        if how == "succeeded":
            job.value = value
            job.sig_succeeded.emit(value)
        elif how == "failed":
            assert isinstance(value, JobFailure)
            job.failure = value
            if not value.expected and not _listened_to(job):
                _report_unheard(value)
            job.sig_failed.emit(value)
        else:
            job.sig_cancelled.emit()
        job.sig_ended.emit(how)


def _listened_to(job: Job) -> bool:
    return bool(job.receivers(SIGNAL("sig_failed(PyObject)"))
                or job.receivers(SIGNAL("sig_ended(QString)")))


def _report_unheard(failure: JobFailure) -> None:
    """The application's error dialog, as for an uncaught exception (logged already)."""
    reporter = getattr(QCoreApplication.instance(), "error_reporter", None)
    if reporter is not None:
        reporter.report(f"{failure.name}: {failure.summary()}", failure.traceback)


class _RunJob(QRunnable):
    def __init__(self, relay: _Relay, mailbox: _Mailbox, job_id: int, shared: _Shared,
                 fn: JobFunction, name: str, expected: tuple[type[BaseException], ...],
                 cancelled_by: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self._relay: _Relay | None = relay  # let go once delivered
        self._mailbox, self._id, self._shared, self._fn = mailbox, job_id, shared, fn
        self._name, self._expected, self._cancelled_by = name, expected, cancelled_by

    def _progress(self, done: int, total: int) -> None:
        with self._mailbox.lock:
            if not self._mailbox.closed and self._relay is not None:
                self._relay.sig_progress.emit(self._id, int(done), int(total))

    def run(self) -> None:
        how: str
        value: object
        try:
            value = self._fn(self._progress, self._shared.cancel.is_set)
            how = "succeeded"
        except BaseException as e:  # every failure is reported, never lost
            if isinstance(e, (JobCancelled, *self._cancelled_by)):
                how, value = "cancelled", None
            else:
                how, value = "failed", self._failure(e)
        with self._mailbox.lock:
            self._mailbox.running -= 1
            if not self._mailbox.closed and self._relay is not None:
                self._relay.sig_ended.emit(self._id, how, value)
            self._mailbox.idle.notify_all()
        self._relay = None

    def _failure(self, e: BaseException) -> JobFailure:
        """The failure, written to the log: one line when expected, with its traceback if a bug."""
        expected = isinstance(e, self._expected)
        details = "".join(traceback.format_exception(type(e), e, e.__traceback__))
        failure = JobFailure(self._name, e, details, expected)
        if expected:
            log.warning("%s failed: %s", self._name, failure.summary())
        else:
            log.error("%s failed with an unexpected error\n%s", self._name, details.rstrip())
        return failure


_runner: Runner | None = None


def runner() -> Runner:
    """The application's one runner (made on first use, owned by the application object)."""
    global _runner
    if _runner is None:
        app = QCoreApplication.instance()
        _runner = Runner(app)
        _runner.destroyed.connect(_forget)
    return _runner


def _forget(*_: object) -> None:
    global _runner
    _runner = None
