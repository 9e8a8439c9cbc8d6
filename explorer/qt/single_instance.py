"""One running window per user, without a socket of any kind.

The product promises no socket, not even a local one (the offline tests and strace checks hold it
to that), so the instances meet in the file system instead of over ``QLocalServer``:

- **The lock.** The first window holds ``<config>/instance/running.lock`` (``QLockFile``: an
  exclusive ``flock``/``fcntl`` lock on Unix, an open handle without delete sharing on Windows).
  A lock left by a process that died (kill -9, a crash, a power cut) is stale: ``QLockFile`` sees
  its process is gone, and the native lock is free, so the next start removes it and takes over.
  A live holder's file can never be removed that way.
- **The hand-off.** A second launch that cannot take the lock writes its request (the pack path to
  open, absolute, or none) to a hidden temporary file in ``<config>/instance/requests/`` and renames
  it into place (atomic: the first window never reads half a request). The first window watches
  that folder (``QFileSystemWatcher``, with a slow poll for file systems that send no
  notifications), reads each request, deletes it, comes to the front and opens the pack.
- The second launch waits briefly until its request has been taken, then exits 0. If the first
  window quits meanwhile (the lock comes free) the second takes its request back and becomes the
  window itself; if the first does not answer in time (busy), the request stays for it and the
  second says so and exits.

Headless commands never look at any of this; ``--new-instance`` opens a separate window anyway.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QTimer, Signal

from explorer.bounded_read import read_at_most

LOCK_NAME = "running.lock"
REQUESTS = "requests"
REQUEST_LIMIT = 64 * 1024  # bytes: a request names one path; anything bigger is not ours
REQUEST_MAX_AGE_S = 60.0  # requests older than this, found at start, were for an earlier window
HANDOFF_WAIT_S = 3.0  # how long a second launch waits for the first window to take its request
POLL_MS = 2000  # the folder is also looked at this often (network homes may not notify)


def instance_folder() -> Path:
    """Where the lock and the requests live: per user (and per ``BRIEFING_EXPLORER_HOME``)."""
    from explorer.userdata.locations import config_dir

    return config_dir() / "instance"


class InstanceGuard(QObject):
    """Holds the per-user lock (the first window) or hands a launch to the holder (any other)."""

    sig_launch_received = Signal(object)
    """Another launch asked this window to come forward and open a pack: (absolute path or None)."""

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder) if folder is not None else instance_folder()
        self.requests = self.folder / REQUESTS
        self._lock: QLockFile | None = None
        self._watcher: QFileSystemWatcher | None = None
        self._poll: QTimer | None = None
        self.problem = ""  # why the lock could not be used (then the window runs unguarded)

    # -- either side ------------------------------------------------------------------------------
    def _prepare(self) -> bool:
        try:
            self.requests.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as e:
            self.problem = f"cannot create {self.requests}: {e.strerror or e}"
            return False
        return True

    def try_become_primary(self) -> bool:
        """Take the lock. False when another live window holds it. A folder that cannot be written
        (a read-only home) gives True with ``problem`` set: better two windows than none."""
        if self.is_primary:
            return True
        if not self._prepare():
            return True
        lock = QLockFile(str(self.folder / LOCK_NAME))
        if lock.tryLock(0):
            self._lock = lock
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            return False
        self.problem = f"cannot use {self.folder / LOCK_NAME} (lock error {lock.error().name})"
        return True

    @property
    def is_primary(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def holder_pid(self) -> int | None:
        """The process id written in the lock file (None when unknown)."""
        info = QLockFile(str(self.folder / LOCK_NAME)).getLockInfo()  # (pid, host, app) here
        pid = info[0] if isinstance(info, tuple) and info else None
        return pid if isinstance(pid, int) and pid > 0 else None

    def release(self) -> None:
        """Let go of the lock (at exit): the next launch becomes the window at once."""
        if self._poll is not None:
            self._poll.stop()
        if self._watcher is not None and self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- the second launch ----------------------------------------------------------------------
    def send(self, path: str | None) -> Path:
        """Write a request for the window holding the lock; returns the request's file."""
        import uuid  # (with platform, ~4 ms: only a second launch sends)

        body = json.dumps({"version": 1, "path": path, "pid": os.getpid(), "time": time.time()})
        stamp = f"{time.time_ns():020d}-{os.getpid()}"
        temp = self.requests / f".{stamp}-{uuid.uuid4().hex}.tmp"
        final = self.requests / f"{stamp}.json"
        temp.write_text(body, encoding="utf-8")
        os.replace(temp, final)
        return final

    def hand_off(self, path: str | None, wait_s: float = HANDOFF_WAIT_S) -> str:
        """Ask the running window to open ``path`` (or just to come forward).

        Returns "delivered" (the window took it), "pending" (it did not answer in time; the request
        stays for it) or "primary" (the window quit meanwhile: this launch now holds the lock and
        should open the window itself)."""
        request = self.send(path)
        deadline = time.monotonic() + wait_s
        while True:
            if not request.exists():
                return "delivered"
            if self.try_become_primary() and self.is_primary:
                try:
                    request.unlink()
                except FileNotFoundError:  # taken in the very last moment after all
                    self.release()
                    return "delivered"
                return "primary"
            if time.monotonic() >= deadline:
                return "pending"
            time.sleep(0.05)

    # -- the first window -----------------------------------------------------------------------
    def start_listening(self) -> None:
        """Watch for requests (the first window, once it can act on them). Requests written
        while it started are taken now; older leftovers are dropped."""
        if not self.is_primary or self._watcher is not None:
            return
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(self.requests))
        self._watcher.directoryChanged.connect(self.take_requests)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.take_requests)
        self._poll.start()
        self.take_requests(max_age_s=REQUEST_MAX_AGE_S)

    def take_requests(self, *_args, max_age_s: float | None = None) -> list[str | None]:
        """Read, delete and announce every waiting request, oldest first."""
        taken: list[str | None] = []
        if not self.is_primary:  # let go (closing): the requests are for whoever comes next
            return taken
        try:
            names = sorted(e.name for e in os.scandir(self.requests)
                           if e.name.endswith(".json") and not e.name.startswith("."))
        except OSError:
            return taken
        for name in names:
            request = self.requests / name
            path, ok = self._read(request, max_age_s)
            try:
                request.unlink()
            except OSError:
                continue  # someone else took it (or it cannot be removed): do not act twice
            if ok:
                taken.append(path)
        for path in taken:
            self.sig_launch_received.emit(path)
        return taken

    @staticmethod
    def _read(request: Path, max_age_s: float | None) -> tuple[str | None, bool]:
        """The request's path, and whether it is a valid request to act on."""
        try:
            raw = read_at_most(request, REQUEST_LIMIT)
            if len(raw) > REQUEST_LIMIT:
                return None, False
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError):
            return None, False
        if not isinstance(data, dict) or data.get("version") != 1:
            return None, False
        sent = data.get("time")
        if max_age_s is not None and (not isinstance(sent, (int, float))
                                      or time.time() - sent > max_age_s):
            return None, False
        path = data.get("path")
        if path is not None and (not isinstance(path, str) or not path or "\x00" in path):
            return None, False
        return path, True
