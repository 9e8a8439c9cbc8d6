"""Writing a user's file so that a crash leaves either the old content or the new, never half."""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path


class OutputRefused(OSError):
    """An output path that must not be written: not a regular file, or an input of the same command."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path}: {why}")
        self.path = path
        self.why = why

    def __str__(self) -> str:
        return f"{self.path}: {self.why}"


def check_output_path(path: str | Path, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse (``OutputRefused``) an output that exists as anything but a regular file (a folder,
    a device node, a FIFO, a socket; a symlink is judged by what it points to), or that is one of
    ``inputs`` (the same file, however named): the output would replace or feed what was read."""
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise OutputRefused(path, f"cannot be checked ({e.strerror or e})") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = ("a folder" if stat.S_ISDIR(st.st_mode) else "a device" if stat.S_ISBLK(st.st_mode)
                or stat.S_ISCHR(st.st_mode) else "a pipe (FIFO)" if stat.S_ISFIFO(st.st_mode)
                else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise OutputRefused(path, f"is {kind}; outputs are written to regular files only")
    target = _identity(path, st)
    for source in inputs:
        source = Path(source)
        try:
            source_st = source.stat()
        except OSError:
            source_st = None
        if _identity(source, source_st) == target:
            raise OutputRefused(path, f"is an input of this command ({source}); choose another file "
                                      "for the output")


def _identity(path: Path, st: os.stat_result | None) -> object:
    if st is not None:
        return (st.st_dev, st.st_ino)
    try:
        return str(path.expanduser().resolve())
    except OSError:
        return str(path.absolute())


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a synced temp file in the same folder and ``os.replace``.

    Regular files only: a folder, device node or FIFO at ``path`` raises ``OutputRefused`` (an
    ``OSError``) and is left as it is."""
    check_output_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain save would: the old
        # file's, or what the user's umask allows.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_dir(path.parent)  # make the rename itself durable


def sync_dir(folder: Path) -> None:
    """A folder's entries on disk (after a rename into it); best effort where a folder cannot be
    opened or synced (Windows, some network file systems)."""
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def sync_folder(folder: Path) -> None:
    """Every file directly in ``folder`` and the folder itself on disk: call it before renaming a
    staged folder into place, so the rename never publishes files a power cut would leave empty."""
    for child in folder.iterdir():
        if child.is_file():
            fd = os.open(child, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    sync_dir(folder)


class FolderSync:
    """``sync_folder(folder)`` started now and finished by ``wait()``: what the caller does in the
    meantime (checking what it wrote) overlaps the disk's waits. Each file's fsync runs on a thread
    of its own (an fsync releases the GIL; one thread walking the files would wait up to a switch
    interval for the GIL after each of them while the caller computes), and concurrent fsyncs can
    share the file system's journal commits. The files must not change until ``wait()`` returns."""

    def __init__(self, folder: Path) -> None:
        self._errors: list[OSError] = []
        self._fds: list[int] = []
        try:
            for child in folder.iterdir():
                if child.is_file():
                    self._fds.append(os.open(child, os.O_RDONLY))
        except BaseException:
            self._close()
            raise
        self._folder = folder
        self._threads: list[threading.Thread] = []
        self._later: list[int] = []  # files no thread could be started for: synced by wait()
        for fd in self._fds:
            thread = threading.Thread(target=self._fsync, args=(fd,), name="fsync", daemon=True)
            try:
                thread.start()
            except RuntimeError:  # ("can't start new thread")
                self._later.append(fd)
            else:
                self._threads.append(thread)

    def _fsync(self, fd: int) -> None:
        try:
            os.fsync(fd)
        except OSError as e:
            self._errors.append(e)

    def _close(self) -> None:
        for fd in self._fds:
            os.close(fd)
        self._fds = []

    def join(self) -> None:
        """Wait for the file syncs to end, whatever they met (before the files are removed)."""
        for t in self._threads:
            t.join()
        self._close()

    def wait(self) -> None:
        """Every file and the folder on disk (as ``sync_folder``), or the OSError a file's sync met."""
        try:
            for fd in self._later:
                os.fsync(fd)
        finally:
            self.join()
        if self._errors:
            raise self._errors[0]
        sync_dir(self._folder)


def publish_folder(staging: Path, target: Path, synced: FolderSync | None = None) -> None:
    """Rename the synced ``staging`` folder to ``target`` and make the rename itself durable.
    ``synced``: a ``FolderSync`` of ``staging`` already started (waited for here), else the folder
    is synced now."""
    if synced is None:
        sync_folder(staging)
    else:
        synced.wait()
    staging.rename(target)
    sync_dir(target.parent)
