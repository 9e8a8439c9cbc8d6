"""Reading a small file the user (or anyone) may have replaced with something hostile.

Settings, briefings, user-data transfers, export READMEs and launch requests are all small files
read whole. The one way they are read: opening never blocks (a FIFO put in the file's place would
hang the open), anything but a regular file is refused, and at most ``limit + 1`` bytes are read, so
the caller sees that a file is too large without reading it all (and says so in its own words).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotARegularFile(OSError):
    """A pipe, device or socket where a file was expected."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a pipe or a device?)", str(path))


def read_at_most(path: str | Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the regular file ``path``: more than ``limit`` means too large.

    Raises ``OSError`` (``FileNotFoundError``, ``PermissionError``, ``NotARegularFile``, …).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(path)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        return fh.read(limit + 1)
