"""Running import work off the GUI thread, with progress and cancel.

The wizard hands ``ImportWorker.start`` a task: a plain function of ``(progress, cancelled)`` that
calls the Qt-free import engine. The task runs on the global thread pool (like ``workers.PackLoader``);
its progress and outcome come back by signals, which Qt queues onto the main thread because this
object lives there. Cancelling sets a flag the engine polls every few hundred rows; the engine then
raises ``ImportCancelled`` before anything is written.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from explorer.domain.errors import ValueProblem
from explorer.importing.engine import ImportCancelled, ImportResult, run_import
from explorer.importing.mapping import ImportMapping, MappingError
from explorer.importing.pack_builder import ImportWriteError, write_import_pack
from explorer.importing.source_table import ReadOptions, SourceFileError, read_table
from explorer.importing.wizard_logic import Cancelled, Progress, Task

# Failures the user can act on (a file that cannot be read, a mapping that cannot work, a folder in
# the way): shown as their message. Anything else is a bug and is shown with its type.
EXPECTED_ERRORS = (SourceFileError, MappingError, ImportWriteError, ValueProblem, OSError)


class ImportWorker(QObject):
    """Runs one task at a time on the thread pool; lives on the main thread, as do its slots."""

    sig_progress_changed = Signal(int, int)
    """Rows done so far and rows in all: (done, total)."""
    sig_stage_changed = Signal(str)
    """What the task is doing now, in plain words ("Reading the file…")."""
    sig_task_finished = Signal(object)
    """The task returned this value."""
    sig_task_cancelled = Signal()
    """The task stopped because cancel() was asked; it wrote nothing."""
    sig_task_failed = Signal(str)
    """The task failed; the message says why in plain words."""
    _sig_task_ended = Signal(str, object)
    """From the pool thread: how the task ended ("finished", "cancelled", "failed") and its value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._running = False
        self._delete_when_ended = False
        self._sig_task_ended.connect(self._on_task_ended)

    @property
    def busy(self) -> bool:
        return self._running

    def start(self, task: Task) -> None:
        if self._running:
            raise RuntimeError("an import task is already running")
        self._running = True
        self._cancel.clear()
        self._pool.start(_TaskJob(self, task))

    def cancel(self) -> None:
        """Ask the running task to stop at its next check (a few hundred rows at most)."""
        self._cancel.set()

    def dispose(self) -> None:
        """The owner is going away: cancel the running task, if any, and let the worker delete itself
        on the main thread once that task has ended. Until then the application owns it, so a last
        Python reference dropped on the pool thread cannot destroy it there."""
        if not self._running:
            return
        self.cancel()
        self.setParent(QCoreApplication.instance())
        self._delete_when_ended = True

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _on_task_ended(self, how: str, value: object) -> None:
        # One queued call does both, on the main thread: whoever hears the outcome sees busy False.
        self._running = False
        if how == "finished":
            self.sig_task_finished.emit(value)
        elif how == "cancelled":
            self.sig_task_cancelled.emit()
        else:
            self.sig_task_failed.emit(str(value))
        if self._delete_when_ended:
            self.deleteLater()


class _TaskJob(QRunnable):
    def __init__(self, worker: ImportWorker, task: Task) -> None:
        super().__init__()
        self._worker = worker
        self._task = task

    def run(self) -> None:
        worker = self._worker
        try:
            value = self._task(worker.sig_progress_changed.emit, worker.is_cancel_requested)
        except ImportCancelled:
            worker._sig_task_ended.emit("cancelled", None)
        except EXPECTED_ERRORS as e:
            worker._sig_task_ended.emit("failed", _plain_message(e))
        except Exception as e:  # a bug must not take the window down; report it instead
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            worker._sig_task_ended.emit("failed", QCoreApplication.translate(
                "import_worker", "Internal error (please report it): {detail}").format(detail=detail))
        else:
            worker._sig_task_ended.emit("finished", value)


def _plain_message(e: Exception) -> str:
    if isinstance(e, ValueProblem):
        return (QCoreApplication.translate("import_worker", "{message} (found: {found})").format(
            message=e.message, found=repr(e.found)) if e.found else e.message)
    if isinstance(e, OSError) and not isinstance(e, (SourceFileError, ImportWriteError)):
        where = f"{e.filename}: " if e.filename else ""
        return f"{where}{e.strerror or e}"
    return str(e)


def import_file_task(path: str | Path, read: ReadOptions, mapping: ImportMapping, folder: str | Path,
                     stage: Callable[[str], None]) -> Task:
    """A task that reads the whole file, maps every row and writes the pack to ``folder``.

    Returns ``(ImportResult, pack folder)``. A cancel before the pack is written leaves nothing
    behind; the writer itself stages the pack in a temporary folder and renames it at the end.
    """
    def task(progress: Progress, cancelled: Cancelled) -> tuple[ImportResult, Path]:
        stage(QCoreApplication.translate("import_worker", "Reading the file…"))
        table = read_table(path, read)
        if cancelled():
            raise ImportCancelled()
        stage(QCoreApplication.translate("import_worker", "Mapping {rows} rows…").format(
            rows=f"{len(table.rows):,}"))
        result = run_import(table, mapping, progress=progress, cancelled=cancelled)
        if cancelled():  # the last rows were mapped, but the user said stop: write nothing
            raise ImportCancelled()
        stage(QCoreApplication.translate("import_worker", "Writing the pack…"))
        written = write_import_pack(result, folder, cancelled=cancelled)
        return result, written
    return task


class PreviewReader(QObject):
    """Reads a file's preview on the thread pool, so a slow or hostile file cannot freeze the window.

    ``start(fn)`` runs ``fn`` on the pool and returns its generation; ``sig_read(generation, value,
    error)`` comes back on the main thread. Only the newest generation counts: a newer ``start`` or
    ``discard`` makes an older result stale (the owner compares ``generation``). ``close`` (the owner
    is going away) drops every later result without waiting for the read; a job ending after the
    reader was deleted touches nothing Qt. The reader is parented to its wizard and goes with it.
    """

    sig_read = Signal(int, object, object)
    """(generation, value, error): what ``fn`` returned, or the exception it raised."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.generation = 0
        self._mailbox = _Mailbox()
        mailbox = self._mailbox
        # on the deleting thread, before the object is gone: a job mid-emit finishes first
        self.destroyed.connect(lambda *_: mailbox.close())

    @property
    def running(self) -> int:
        """Jobs started and not yet ended (stale ones included)."""
        return self._mailbox.running

    def start(self, fn: Callable[[], object]) -> int:
        self.generation += 1
        self._mailbox.add(1)
        QThreadPool.globalInstance().start(_PreviewJob(self, self._mailbox, self.generation, fn))
        return self.generation

    def discard(self) -> None:
        """Whatever is being read now is no longer wanted."""
        self.generation += 1

    def close(self) -> None:
        """No result is handed back any more (the owner closes); nothing waits for the read."""
        self.generation += 1
        self._mailbox.close()


class _Mailbox:
    """Shared by a reader and its jobs: whether results may still be emitted, under a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.closed = False
        self.running = 0

    def add(self, n: int) -> None:
        with self._lock:
            self.running += n

    def close(self) -> None:
        with self._lock:
            self.closed = True

    def deliver(self, reader: PreviewReader, generation: int, value: object, error: object) -> None:
        with self._lock:
            self.running -= 1
            if not self.closed:
                reader.sig_read.emit(generation, value, error)


class _PreviewJob(QRunnable):
    def __init__(self, reader: PreviewReader, mailbox: _Mailbox, generation: int,
                 fn: Callable[[], object]) -> None:
        super().__init__()
        self._reader: PreviewReader | None = reader  # let go once delivered
        self._mailbox, self._generation, self._fn = mailbox, generation, fn

    def run(self) -> None:
        try:
            value, error = self._fn(), None
        except Exception as e:  # handed to the GUI thread, which shows it
            value, error = None, e
        if self._reader is not None:
            self._mailbox.deliver(self._reader, self._generation, value, error)
        self._reader = None
