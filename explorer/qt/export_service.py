"""The window's one export service: panels ask it for a file with a request object and learn the
outcome; they never run an export themselves.

``ExportService.request(DeckRequest(...) | NoteRequest(...))`` returns an ``ExportTicket`` at once;
its ``sig_finished(ExportOutcome)`` comes exactly once, on the GUI thread: "written" (the file is on
disk, ``paths``), "failed" (nothing was written; ``problem`` says why in one paragraph, ``details``
may add a report, ``error`` is the exception) or "cancelled". A requester shows only that outcome.

What touches widgets (reading packs for the slides, painting charts, laying a PDF out) runs on the
GUI thread; what does not (a note's content, assembling a PowerPoint or Word file, writing any file
atomically) runs on the background runner (``explorer.qt.background``), so the window stays
responsive while a large deck is written. Failures reach the log through the runner.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from explorer.qt.background import Job, JobFailure, runner

if TYPE_CHECKING:
    from explorer.data.pack import Pack
    from explorer.export.view_state import ViewState

log = logging.getLogger("explorer.exports")

Items = list[tuple["ViewState", str, str]]  # (view, item title, talking points)


@dataclass(frozen=True)
class DeckRequest:
    """A whole briefing as one .pptx or .pdf (by ``out``'s suffix)."""

    title: str
    items: Items
    out: Path
    marking: str = ""
    size: tuple[int, int] = (1920, 1080)


@dataclass(frozen=True)
class NoteRequest:
    """A one-page briefing note as .docx or .pdf (by ``out``'s suffix)."""

    title: str
    items: Items
    out: Path
    marking: str = ""
    paper: str = "a4"
    packs: dict[str, Pack] = field(default_factory=dict)
    label_language: str = "en"


ExportRequest = DeckRequest | NoteRequest


@dataclass(frozen=True)
class ExportOutcome:
    status: Literal["written", "failed", "cancelled"]
    paths: tuple[Path, ...] = ()
    problem: str = ""
    details: str = ""
    error: BaseException | None = None

    @property
    def written(self) -> Path | None:
        return self.paths[0] if self.status == "written" and self.paths else None


class ExportTicket(QObject):
    """One request on its way; ``sig_finished`` says how it ended (an ``ExportOutcome``)."""

    sig_finished = Signal(object)

    def __init__(self, request: ExportRequest) -> None:
        super().__init__()
        self.request = request
        self.outcome: ExportOutcome | None = None
        self._job: Job | None = None
        self._cancelled = False
        self._writing = False  # its file is being written on the runner

    @property
    def done(self) -> bool:
        return self.outcome is not None

    def cancel(self) -> None:
        """Stop before anything is written: the outcome will be "cancelled" — unless the file is
        being written already (that is never interrupted half-way): then it is "written"."""
        self._cancelled = True
        if self._job is not None:
            self._job.cancel()


class ExportService(QObject):
    """Runs export requests (see the module). Lives on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets: set[ExportTicket] = set()
        self._writing = _Writing()
        # GUI-thread parts, one at a time: painting processes events, and a second export's
        # slides must not be built inside the first's
        self._gui_queue: list[tuple[ExportTicket, Callable[[], Callable[[], Path]]]] = []
        self._in_gui_part = False

    def busy(self) -> int:
        """Requests whose outcome has not come yet."""
        return len(self._tickets)

    def writing(self) -> int:
        """Files being written on the runner now."""
        return self._writing.count

    def close(self, msecs: int) -> bool:
        """The window closes: requests not yet writing are cancelled; a file being written is
        waited for (up to ``msecs``), so what the user asked for is not cut off by the exit.
        True when nothing is being written any more."""
        for ticket in tuple(self._tickets):
            if not ticket._writing:  # a file being written is finished; this one never started
                log.info("%s not written: the window closed before it was", ticket.request.out)
            ticket.cancel()
        return self._writing.wait(msecs)

    def request(self, request: ExportRequest) -> ExportTicket:
        ticket = ExportTicket(request)  # the service keeps it until its outcome, then whoever asked
        self._tickets.add(ticket)
        # Started from the event loop, so the requester has connected to the ticket first and
        # sees its own "busy" state painted before the GUI-thread part of the work begins.
        QTimer.singleShot(0, self, lambda: self._start(ticket))
        return ticket

    # -- the steps ---------------------------------------------------------------------------------
    def _start(self, ticket: ExportTicket) -> None:
        if ticket._cancelled:
            self._finish(ticket, ExportOutcome("cancelled"))
            return
        request = ticket.request
        if isinstance(request, DeckRequest):
            self._on_gui(ticket, lambda: _prepare_deck(request))
        else:
            self._start_note(ticket, request)

    def _start_note(self, ticket: ExportTicket, request: NoteRequest) -> None:
        from explorer.data.problems import PackInvalid
        from explorer.export.view_state import ViewError
        from explorer.qt import exporting
        from explorer.qt.briefing_note import make_note, note_format

        try:
            note_format(request.out)
            marking = exporting.effective_marking(request.marking)
            exporting.require_marking_if_set(marking)
        except ViewError as e:
            self._finish(ticket, _failed(e, request.out))
            return

        def build(_progress, cancelled):  # on the runner: packs read, figures computed
            return make_note(request.title, request.items, marking=marking, paper=request.paper,
                             packs=dict(request.packs), label_language=request.label_language)

        job = runner().submit(build, name=f"preparing the note {request.out}",
                              expected=(ViewError, PackInvalid), owner=ticket)
        ticket._job = job
        job.sig_succeeded.connect(lambda note: self._on_gui(ticket, lambda: _prepare_note(note,
                                                                                           request)))
        job.sig_failed.connect(lambda failure: self._finish(ticket, _failed(
            failure.exception, request.out, failure)))
        job.sig_cancelled.connect(lambda: self._finish(ticket, ExportOutcome("cancelled")))

    def _on_gui(self, ticket: ExportTicket, prepare: Callable[[], Callable[[], Path]]) -> None:
        """Run ``prepare`` (widgets: GUI thread) once no other export's is running, then the
        writer it returns on the runner."""
        self._gui_queue.append((ticket, prepare))
        if not self._in_gui_part:
            self._in_gui_part = True
            try:
                while self._gui_queue:
                    self._gui_part(*self._gui_queue.pop(0))
            finally:
                self._in_gui_part = False

    def _gui_part(self, ticket: ExportTicket, prepare: Callable[[], Callable[[], Path]]) -> None:
        if ticket._cancelled:
            self._finish(ticket, ExportOutcome("cancelled"))
            return
        windows_before = set(QApplication.topLevelWidgets())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write = prepare()
        except Exception as e:
            # When an item fails, the hidden slide widgets built for the earlier items may be left
            # as top-level windows; nothing else would ever delete them.
            for w in set(QApplication.topLevelWidgets()) - windows_before:
                if not w.isVisible():
                    w.deleteLater()
            self._finish(ticket, _failed(e, ticket.request.out, log_it=True))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._write(ticket, write)

    def _write(self, ticket: ExportTicket, write: Callable[[], Path]) -> None:
        if ticket._cancelled:
            self._finish(ticket, ExportOutcome("cancelled"))
            return
        out = ticket.request.out
        # Not cancellable (``ticket._job`` stays None): a file half-written is never left, and a file
        # written is reported as written, whatever was asked meanwhile.
        writing = self._writing
        writing.add(1)
        ticket._writing = True

        def write_counted(_progress, _cancelled) -> Path:
            try:
                return write()
            finally:
                writing.add(-1)
        job = runner().submit(write_counted, name=f"writing {out}", expected=(OSError,))
        job.sig_succeeded.connect(lambda path: self._finish(ticket, ExportOutcome(
            "written", (Path(path),))))
        job.sig_failed.connect(lambda failure: self._finish(ticket, _failed(
            failure.exception, out, failure)))

    def _finish(self, ticket: ExportTicket, outcome: ExportOutcome) -> None:
        if ticket.outcome is not None:
            return
        ticket.outcome = outcome
        ticket._job = None
        self._tickets.discard(ticket)
        if outcome.status == "written":
            log.info("%s written", ", ".join(str(p) for p in outcome.paths))
        ticket.sig_finished.emit(outcome)


class _Writing:
    """How many files are being written, shared with the runner's threads (no Qt object)."""

    def __init__(self) -> None:
        self._idle = threading.Condition()
        self.count = 0

    def add(self, n: int) -> None:
        with self._idle:
            self.count += n
            self._idle.notify_all()

    def wait(self, msecs: int) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self.count == 0, msecs / 1000)


def _prepare_deck(request: DeckRequest) -> Callable[[], Path]:
    from explorer.qt import exporting

    return exporting.prepare_deck(request.title, request.items, request.out,
                                  marking=request.marking, size=request.size)


def _prepare_note(note, request: NoteRequest) -> Callable[[], Path]:
    from explorer.qt.briefing_note import prepare_note

    return prepare_note(note, request.out)


def _failed(e: BaseException, out: Path, failure: JobFailure | None = None, *,
            log_it: bool = False) -> ExportOutcome:
    """Nothing was written: the reason in plain words (a bug is said to be one)."""
    from PySide6.QtCore import QCoreApplication

    from explorer.data.problems import PackInvalid
    from explorer.export.view_state import ViewError

    if isinstance(e, PackInvalid):
        return ExportOutcome("failed", problem=QCoreApplication.translate(
            "ExportService", "A pack this export uses cannot be opened: {problem}.").format(problem=e),
                             details=e.report(), error=e)
    if isinstance(e, ViewError):
        return ExportOutcome("failed", problem=str(e), error=e)
    if isinstance(e, OSError):
        return ExportOutcome("failed", problem=QCoreApplication.translate(
            "ExportService", "Cannot write {file}: {problem}").format(
            file=out, problem=e.strerror or e), error=e)
    details = failure.traceback if failure is not None else "".join(
        traceback.format_exception(type(e), e, e.__traceback__))
    if log_it:  # the runner logs its own jobs' failures; this one failed on the GUI thread
        log.error("An export failed with an unexpected error\n%s", details.rstrip())
    return ExportOutcome("failed", problem=QCoreApplication.translate(
        "ExportService", "Internal error while exporting ({problem}). Please report it.").format(
        problem=f"{type(e).__name__}: {e}"), details=details, error=e)


_service: ExportService | None = None


def export_service() -> ExportService:
    """The application's export service (the window's; panels built alone in tests use it too)."""
    global _service
    if _service is None:
        from PySide6.QtCore import QCoreApplication

        _service = ExportService(QCoreApplication.instance())
        _service.destroyed.connect(_forget)
    return _service


def _forget(*_: object) -> None:
    global _service
    _service = None
