"""Running import work off the GUI thread, on the one background runner, with progress and cancel.

The wizard hands ``ImportWorker.start`` a task: a plain function of ``(progress, cancelled)`` that
calls the Qt-free import engine. The task runs on the application's runner
(``explorer.qt.background``, like the pack loader and the exports); its progress and outcome come
back as this object's signals, on the main thread. Cancelling sets a flag the engine polls every few
hundred rows; the engine then raises ``ImportCancelled`` before anything is written. A task that
fails is in the log (the runner writes every failure there) as well as shown by the wizard.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from explorer.domain.errors import ValueProblem
from explorer.importing.engine import ImportCancelled, ImportResult, run_import
from explorer.importing.mapping import ImportMapping, MappingError
from explorer.importing.pack_builder import ImportWriteError, write_import_pack
from explorer.importing.source_table import ReadOptions, SourceFileError, read_table
from explorer.importing.wizard_logic import Cancelled, Progress, Task
from explorer.qt.background import Job, runner

# Failures the user can act on (a file that cannot be read, a mapping that cannot work, a folder in
# the way): shown as their message. Anything else is a bug and is shown with its type.
EXPECTED_ERRORS = (SourceFileError, MappingError, ImportWriteError, ValueProblem, OSError)


class ImportWorker(QObject):
    """Runs one task at a time on the runner; lives on the main thread, as do its slots."""

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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._delete_when_ended = False

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, task: Task) -> None:
        if self._job is not None:
            raise RuntimeError("an import task is already running")
        job = self._job = runner().submit(task, name="import", expected=EXPECTED_ERRORS,
                                          cancelled_by=(ImportCancelled,))
        job.sig_progress.connect(self.sig_progress_changed)
        job.sig_ended.connect(self._on_task_ended)

    def cancel(self) -> None:
        """Ask the running task to stop at its next check (a few hundred rows at most). A task
        that has written its pack meanwhile reports it as finished: it happened."""
        if self._job is not None:
            self._job.cancel(drop=False)

    def dispose(self) -> None:
        """The owner is going away: cancel the running task, if any, and let the worker delete itself
        on the main thread once that task has ended. Until then the application owns it, so a last
        Python reference dropped elsewhere cannot destroy it while its task runs."""
        if self._job is None:
            return
        self.cancel()
        self.setParent(QCoreApplication.instance())
        self._delete_when_ended = True

    def is_cancel_requested(self) -> bool:
        return self._job is not None and self._job.is_cancel_requested()

    def _on_task_ended(self, how: str) -> None:
        # One call does both, on the main thread: whoever hears the outcome sees busy False.
        job, self._job = self._job, None
        if job is None:
            return
        if how == "succeeded":
            self.sig_task_finished.emit(job.value)
        elif how == "cancelled":
            self.sig_task_cancelled.emit()
        else:
            assert job.failure is not None
            e = job.failure.exception
            if job.failure.expected and isinstance(e, Exception):
                self.sig_task_failed.emit(_plain_message(e))
            else:  # a bug must not take the window down; report it instead
                detail = "".join(traceback.format_exception_only(type(e), e)).strip()
                self.sig_task_failed.emit(QCoreApplication.translate(
                    "import_worker", "Internal error (please report it): {detail}").format(
                    detail=detail))
        if self._delete_when_ended:
            self.deleteLater()


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
    """Reads a file's preview on the runner, so a slow or hostile file cannot freeze the window.

    ``start(fn)`` runs ``fn`` on the runner and returns its generation; ``sig_read(generation,
    value, error)`` comes back on the main thread. Only the newest generation counts: a newer
    ``start`` or ``discard`` makes an older result stale (the runner drops it; the owner may also
    compare ``generation``). ``close`` (the owner is going away) drops every later result without
    waiting for the read; a job ending after the reader was deleted reports nothing. The reader is
    parented to its wizard and goes with it.
    """

    sig_read = Signal(int, object, object)
    """(generation, value, error): what ``fn`` returned, or the exception it raised."""

    _keys = itertools.count(1)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.generation = 0
        self._key = f"preview-{next(PreviewReader._keys)}"
        self._closed = False
        self._running = _Counter()

    @property
    def running(self) -> int:
        """Jobs started and not yet ended (stale ones included)."""
        return self._running.value

    def start(self, fn: Callable[[], object]) -> int:
        self.generation += 1
        generation = self.generation
        counter = self._running
        counter.add(1)

        def read(_progress: Progress, _cancelled: Cancelled) -> object:
            try:
                return fn()
            finally:
                counter.add(-1)
        job = runner().submit(read, name="reading a preview", key=self._key,
                              expected=EXPECTED_ERRORS, owner=self)
        job.sig_succeeded.connect(lambda value: self._deliver(generation, value, None))
        job.sig_failed.connect(lambda failure: self._deliver(generation, None, failure.exception))
        return generation

    def _deliver(self, generation: int, value: object, error: object) -> None:
        if not self._closed:
            self.sig_read.emit(generation, value, error)

    def discard(self) -> None:
        """Whatever is being read now is no longer wanted."""
        self.generation += 1
        runner().discard(self._key)

    def close(self) -> None:
        """No result is handed back any more (the owner closes); nothing waits for the read."""
        self.generation += 1
        self._closed = True
        runner().discard(self._key)


class _Counter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self, n: int) -> None:
        with self._lock:
            self.value += n
