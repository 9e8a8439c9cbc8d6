"""A cold page cache without root: drop given files' pages with ``posix_fadvise(DONTNEED)``.

Before a "cold" sample the scenarios call ``drop(paths)`` on the pack's files and the pack cache's
entry (or the whole user folder a launch uses), so the next read comes from the disk, as on the
first open after a reboot. It is advice to the kernel: dirty pages are written first (``fsync``),
and pages another process still maps stay resident; the Python interpreter, Qt and the app's own
modules stay warm (dropping them would need root and would measure the disk, not the app).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def available() -> bool:
    return hasattr(os, "posix_fadvise") and hasattr(os, "POSIX_FADV_DONTNEED")


def _files(paths: Iterable[Path]):
    for path in paths:
        path = Path(path)
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from (p for p in path.rglob("*") if p.is_file())


def drop(paths: Iterable[Path]) -> int:
    """Ask the kernel to forget the cached pages of every file under ``paths``; bytes advised."""
    if not available():
        return 0
    advised = 0
    for path in _files(paths):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            try:
                os.fsync(fd)  # dirty pages cannot be dropped
            except OSError:
                pass
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            advised += os.fstat(fd).st_size
        finally:
            os.close(fd)
    return advised
