"""Loading packs off the GUI thread, on the one background runner (``explorer.qt.background``);
results are handed back to the main thread as the loader's signals.

Loads can be cancelled (``PackLoader.cancel``, when the window closes): a running job finishes the
stage it is in (reading a pack cannot be interrupted half-way) and then drops its result instead of
building the search text, computing a diff or handing anything back. The process does not wait for
it: ``app.run_window`` leaves without joining a worker still inside a stage. A load that fails is
in the log (the runner writes every failure there) and reaches the window as a signal.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from explorer import c_allocator
from explorer.qt import collector
from explorer.qt.background import Cancelled, Job, JobFailure, Progress, runner

if TYPE_CHECKING:
    from explorer.data.pack import Pack

_WARMERS: list[Callable[[object], None]] = []
_SHOWN_WAIT_S = 2.0  # the search text is built at the latest this long after the hand-over
# From this many events, the job that built the search text gives back the C heap's pages the
# building freed (tier L: ~17 MiB in the job's own arena, which the window's thread never reuses;
# malloc_trim: 1-8 ms, on the runner).
SEARCH_GIVE_BACK_FROM = 20_000


def warm_on_load(warm: Callable[[object], None]) -> Callable[[object], None]:
    """Register ``warm(pack)`` to run on the loader's worker once a pack has loaded, before it is
    handed to the window: for a per-pack cache a panel would otherwise build on the GUI thread when
    the pack opens (stored on the pack, e.g. in ``pack.__dict__``). Qt-free work only: no widget
    may be touched off the GUI thread. A warmer that fails is skipped (the panel builds it then)."""
    _WARMERS.append(warm)
    return warm


class PackLoader(QObject):
    """Loads packs on the application's runner. Lives on the main thread; so do its signals' slots."""

    sig_pack_loaded = Signal(object, str)
    """The pack at the given path loaded: (Pack, path)."""
    sig_pack_refused = Signal(object, str)
    """The pack broke the format: (PackInvalid with every problem, path)."""
    sig_load_failed = Signal(str, str)
    """Loading failed unexpectedly (a bug, not bad input): (message, path)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self.busy = 0
        self.diffs: dict[str, object] = {}  # path -> PackDiff against ``previous`` (see ``load``)
        self._cancelled = threading.Event()  # shared with the jobs: never touch a deleted loader
        self._running = _Counter()
        self._jobs: set[Job] = set()  # outcomes still to come
        self._shown: dict[int, threading.Event] = {}  # id(pack) -> set once the window painted it

    def load(self, path: str, previous=None, search_first: bool = False,
             label_language: str = "en") -> None:
        """Load ``path``; with ``previous`` (the version open now) the job also computes what
        changed, on the worker too, and leaves it in ``diffs[path]`` before ``sig_pack_loaded``.
        The search text is built after the hand-over, once the window has shown the pack
        (``shown``), unless ``search_first`` (the filter the pack opens with searches text).
        ``label_language``: the timeline's lanes are laid out in it on the worker."""
        if self._cancelled.is_set():  # closing: nothing new starts
            return
        from explorer.data.problems import PackInvalid  # no pandas: the pack's own modules wait

        self.busy += 1
        request = _LoadRequest(path, previous, search_first, label_language, threading.Event())
        job = self._submit(lambda progress, cancelled: _load(request, self._stopped(cancelled)),
                           name=f"loading {path}", expected=(PackInvalid,))
        job.sig_succeeded.connect(self._on_loaded)
        job.sig_failed.connect(lambda failure: self._on_failed(failure, path))

    def _submit(self, fn: Callable[[Progress, Cancelled], object], **kw) -> Job:
        counter = self._running
        counter.add(1)

        def counted(progress: Progress, cancelled: Cancelled) -> object:
            try:
                return fn(progress, cancelled)
            finally:
                counter.add(-1)
        job = runner().submit(counted, owner=self, **kw)
        self._jobs.add(job)
        job.sig_ended.connect(self._forget_job)
        return job

    def _forget_job(self, _how: str) -> None:
        self._jobs.discard(self.sender())

    def _stopped(self, cancelled: Cancelled) -> Cancelled:
        flag = self._cancelled
        return lambda: flag.is_set() or cancelled()

    def _on_loaded(self, loaded: _Loaded | None) -> None:
        if loaded is None or self._cancelled.is_set():  # stopped between two stages
            return
        if loaded.diff is not None:
            self.diffs[loaded.path] = loaded.diff
        elif loaded.diff_failed:  # the window computes it itself (and reports a bug) instead
            self.diffs.pop(loaded.path, None)
        pack = loaded.pack
        # The first keystroke in the search box must not pay for building the search text (~0.25 s
        # at 10^5 events); nor must the pack wait for it: built on the runner once the window has
        # painted the pack (holding the GIL meanwhile would slow that paint), or after _SHOWN_WAIT_S.
        shown = self._shown[id(pack)] = loaded.shown  # the cache's write waits for it too
        shown_events = self._shown
        stopped = self._stopped

        def search_when_shown(progress: Progress, cancelled: Cancelled) -> None:
            shown.wait(_SHOWN_WAIT_S)
            shown_events.pop(id(pack), None)
            if not stopped(cancelled)():
                from explorer.state.filtering import search_text

                search_text(pack)  # a search typed meanwhile built it on the GUI thread: a lookup
                if len(pack.events) >= SEARCH_GIVE_BACK_FROM:
                    c_allocator.give_back_freed()
        self._submit(search_when_shown, name="building the search text")
        self.sig_pack_loaded.emit(pack, loaded.path)

    def _on_failed(self, failure: JobFailure, path: str) -> None:
        if self._cancelled.is_set():
            return
        if failure.expected:
            self.sig_pack_refused.emit(failure.exception, path)
        else:
            e = failure.exception
            self.sig_load_failed.emit("".join(traceback.format_exception_only(type(e), e)).strip(),
                                      path)

    def shown(self, pack) -> None:
        """The window has painted ``pack``: its job may build what can wait (the search text)."""
        event = self._shown.pop(id(pack), None)
        if event is not None:
            event.set()

    def cancel(self) -> None:
        """Stop every load: running jobs end after their current stage and hand nothing back; no
        new load starts."""
        self._cancelled.set()
        collector.release(collector.PACK_LOAD)  # no outcome will come to end the hold
        for job in tuple(self._jobs):
            job.cancel()
        for event in tuple(self._shown.values()):  # a job waiting for a paint stops waiting
            event.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def running(self) -> int:
        """Jobs started and not yet ended (cancelled ones still inside a stage included)."""
        return self._running.value

    def wait(self, msecs: int = 30000) -> bool:
        """Block until running loads finish (used in tests and scripts)."""
        return self._pool.waitForDone(msecs)


class _Counter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self, n: int) -> None:
        with self._lock:
            self.value += n


@dataclass(frozen=True)
class _LoadRequest:
    path: str
    previous: Pack | None
    search_first: bool
    label_language: str
    shown: threading.Event  # set once the window has painted the pack (``PackLoader.shown``)


@dataclass(frozen=True)
class _Loaded:
    path: str
    pack: Pack
    shown: threading.Event
    diff: object = None
    diff_failed: bool = False


def _load(request: _LoadRequest, cancelled: Cancelled) -> _Loaded | None:
    """On the runner: the pack read and validated, then what opening it computes anyway. Raises
    PackInvalid for a pack that breaks the format; returns None once cancelled."""
    if cancelled():
        return None
    # Imported here: pandas and the pack load on this worker, never before the first paint.
    from explorer.data.pack_loader import load_pack

    pack = load_pack(request.path, write_after=request.shown)
    if cancelled():
        return None
    from explorer.state.filtering import chrono_order, search_text

    if request.search_first:  # the pack opens with a text filter: needed at once
        search_text(pack)
    # What opening the pack computes anyway, once per pack, here rather than on the GUI thread
    # (at 10^5 events: the chronological order ~0.25 s, the filter bar's counts ~0.1 s).
    chrono_order(pack)
    # The events table's Title order (~0.1 s at 10^5 events; a reopen's is stored): made on the
    # GUI thread, it ran before the pack's first frame was back, slowed by the cache's write.
    _ = pack.event_title_rank
    from explorer.state.session import event_rows

    event_rows(pack)
    from explorer.charts.timeline_layout import timeline_source

    try:  # the timeline's per-pack tables (~0.2 s at 10^5 events) and its default lanes
        timeline_source(pack).placements("partner", lang=request.label_language)
    except Exception:  # the view builds them itself (and reports a bug) instead
        pack.__dict__.pop("_timeline_source", None)
    _ = pack.observation_rows_by_indicator  # the Compare panel's choices (~20 ms at 10^6 figures)
    for warm in tuple(_WARMERS):
        if cancelled():
            return None
        try:
            warm(pack)
        except Exception:  # the GUI thread computes it itself when it needs it
            pass
    diff, diff_failed = None, False
    if request.previous is not None and not cancelled():
        # a 10^6-row diff takes a second: not on the GUI thread
        from explorer.data.pack_diff import diff_packs

        try:
            diff = diff_packs(request.previous, pack)
        except Exception:  # the window computes it itself (and reports a bug) instead
            diff_failed = True
    if cancelled():
        return None
    return _Loaded(request.path, pack, request.shown, diff, diff_failed)
