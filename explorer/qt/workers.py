"""Loading packs off the GUI thread; results are handed back to the main thread by queued signals."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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

    def load(self, path: str, previous=None) -> None:
        """Load ``path``; with ``previous`` (the version open now) the job also computes what
        changed, on the worker too, and leaves it in ``diffs[path]`` before ``sig_pack_loaded``."""
        self.busy += 1
        self._pool.start(_LoadJob(self, path, previous))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until running loads finish (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)


class _LoadJob(QRunnable):
    def __init__(self, loader: PackLoader, path: str, previous=None) -> None:
        super().__init__()
        self._loader = loader
        self._path = path
        self._previous = previous

    def run(self) -> None:
        # Imported here: pandas and the pack load on this worker, never before the first paint.
        from explorer.data.pack_loader import load_pack
        from explorer.data.problems import PackInvalid

        try:
            pack = load_pack(self._path)
        except PackInvalid as e:
            self._loader.sig_pack_refused.emit(e, self._path)
        except Exception as e:  # a bug must not take the window down; report it instead
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            self._loader.sig_load_failed.emit(detail, self._path)
        else:
            from explorer.state.filtering import search_text

            search_text(pack)  # the first keystroke in the search box must not pay for building it
            if self._previous is not None:  # a 10^6-row diff takes a second: not on the GUI thread
                from explorer.data.pack_diff import diff_packs

                try:
                    self._loader.diffs[self._path] = diff_packs(self._previous, pack)
                except Exception:  # the window computes it itself (and reports a bug) instead
                    self._loader.diffs.pop(self._path, None)
            self._loader.sig_pack_loaded.emit(pack, self._path)
