"""Loading packs off the GUI thread; results are handed back to the main thread by queued signals.

Loads can be cancelled (``PackLoader.cancel``, when the window closes): a running job finishes the
stage it is in (reading a pack cannot be interrupted half-way) and then drops its result instead of
building the search text, computing a diff or handing anything back. The process does not wait for
it: ``app.run_window`` leaves without joining a worker still inside a stage.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_WARMERS: list[Callable[[object], None]] = []
_SHOWN_WAIT_S = 2.0  # the search text is built at the latest this long after the hand-over


def warm_on_load(warm: Callable[[object], None]) -> Callable[[object], None]:
    """Register ``warm(pack)`` to run on the loader's worker once a pack has loaded, before it is
    handed to the window: for a per-pack cache a panel would otherwise build on the GUI thread when
    the pack opens (stored on the pack, e.g. in ``pack.__dict__``). Qt-free work only: no widget
    may be touched off the GUI thread. A warmer that fails is skipped (the panel builds it then)."""
    _WARMERS.append(warm)
    return warm


class PackLoader(QObject):
    """Loads a pack on the global thread pool. Lives on the main thread; so do its signals' slots."""

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
        self.busy += 1
        self._running.add(1)
        self._pool.start(_LoadJob(self, path, previous, search_first, label_language))

    def shown(self, pack) -> None:
        """The window has painted ``pack``: its job may build what can wait (the search text)."""
        event = self._shown.pop(id(pack), None)
        if event is not None:
            event.set()

    def cancel(self) -> None:
        """Stop every load: running jobs end after their current stage and hand nothing back; no
        new load starts."""
        self._cancelled.set()
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


class _LoadJob(QRunnable):
    def __init__(self, loader: PackLoader, path: str, previous=None, search_first: bool = False,
                 label_language: str = "en") -> None:
        super().__init__()
        self._label_language = label_language
        self._search_first = search_first
        self._shown = loader._shown
        self._loader = loader
        self._cancelled = loader._cancelled
        self._running = loader._running
        self._path = path
        self._previous = previous

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._running.add(-1)

    def _emit(self, signal_name: str, *args) -> None:
        """Hand a result back, unless the load was cancelled (the window may be gone)."""
        if self._cancelled.is_set():
            return
        try:
            getattr(self._loader, signal_name).emit(*args)
        except RuntimeError:  # the loader was deleted with its window between the check and here
            pass

    def _run(self) -> None:
        if self._cancelled.is_set():
            return
        # Imported here: pandas and the pack load on this worker, never before the first paint.
        from explorer.data.pack_loader import load_pack
        from explorer.data.problems import PackInvalid

        try:
            pack = load_pack(self._path)
        except PackInvalid as e:
            self._emit("sig_pack_refused", e, self._path)
            return
        except Exception as e:  # a bug must not take the window down; report it instead
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            self._emit("sig_load_failed", detail, self._path)
            return
        if self._cancelled.is_set():
            return
        from explorer.state.filtering import chrono_order, search_text

        if self._search_first:  # the pack opens with a text filter: needed at once
            search_text(pack)
        # What opening the pack computes anyway, once per pack, here rather than on the GUI thread
        # (at 10^5 events: the chronological order ~0.25 s, the filter bar's counts ~0.1 s).
        chrono_order(pack)
        from explorer.state.session import event_rows

        event_rows(pack)
        from explorer.charts.timeline_layout import timeline_source

        try:  # the timeline's per-pack tables (~0.2 s at 10^5 events) and its default lanes
            timeline_source(pack).placements("partner", lang=self._label_language)
        except Exception:  # the view builds them itself (and reports a bug) instead
            pack.__dict__.pop("_timeline_source", None)
        _ = pack.observation_rows_by_indicator  # the Compare panel's choices (~20 ms at 10^6 figures)
        for warm in tuple(_WARMERS):
            if self._cancelled.is_set():
                return
            try:
                warm(pack)
            except Exception:  # the GUI thread computes it itself when it needs it
                pass
        if self._previous is not None and not self._cancelled.is_set():
            # a 10^6-row diff takes a second: not on the GUI thread
            from explorer.data.pack_diff import diff_packs

            try:
                self._loader.diffs[self._path] = diff_packs(self._previous, pack)
            except Exception:  # the window computes it itself (and reports a bug) instead
                self._loader.diffs.pop(self._path, None)
        if self._cancelled.is_set():
            return
        shown = self._shown[id(pack)] = threading.Event()
        self._emit("sig_pack_loaded", pack, self._path)
        # The first keystroke in the search box must not pay for building the search text (~0.25 s
        # at 10^5 events); nor must the pack wait for it: built here once the window has painted
        # the pack (holding the GIL meanwhile would slow that paint), or after _SHOWN_WAIT_S.
        shown.wait(_SHOWN_WAIT_S)
        self._shown.pop(id(pack), None)
        if not self._cancelled.is_set():
            search_text(pack)  # a search typed meanwhile built it on the GUI thread: then a lookup
