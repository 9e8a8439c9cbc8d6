"""Noticing that the files of an open pack changed on disk, once per burst of writes.

``QFileSystemWatcher`` stops watching a file that is atomically replaced (written to a temp file,
then renamed over the old one: what most editors and our own writers do), known hazard 9. So the
pack's folder is watched too: any change in it, or to a watched file, (re)starts a debouncer;
when it fires, the pack's files are re-added to the watcher and their (size, mtime, inode) compared
with the last look. Only a real change to ``datapackage.json`` or a ``*.csv`` (or to the ``.zip``
of a zipped pack) is reported, so an editor's ``.~lock``/``.swp``/``~`` files (or a hidden
``.x.csv`` temp file) never trigger a reload.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

if TYPE_CHECKING:
    from explorer.qt.signal_tools import QSignalDebouncer

DESCRIPTOR = "datapackage.json"
DEFAULT_DEBOUNCE_MS = 500
_Stamp = tuple[int, int, int]  # size, mtime in ns, inode


@dataclass
class _Watch:
    location: str  # as the caller named it; what the signal carries
    folder: Path  # the folder whose entries are watched
    zip_name: str | None  # a zipped pack: the only file that counts
    subfolders: tuple[Path, ...] = ()  # folders of resources declared in subfolders
    stamps: dict[str, _Stamp] = field(default_factory=dict)
    forced: bool = False  # a watched file reported a change: reload even if its stamp looks equal
    debouncer: QSignalDebouncer = field(init=False)  # set by PackWatcher.watch

    def counts(self, path: Path) -> bool:
        """Whether a change to ``path`` is a change to the pack."""
        name = path.name
        if self.zip_name is not None:
            return path.parent == self.folder and name == self.zip_name
        if path.parent != self.folder and path.parent not in self.subfolders:
            return False
        if name.startswith((".", "~")):  # hidden temp files, Office's ~$lock files
            return False
        return name == DESCRIPTOR or name.lower().endswith(".csv")

    def files(self) -> list[Path]:
        """The pack's files as they are now on disk."""
        out: list[Path] = []
        for folder in (self.folder, *self.subfolders):
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            out.extend(Path(e.path) for e in entries if self.counts(Path(e.path)) and e.is_file())
        return out


def pack_folder_and_zip(location: str) -> tuple[Path, str | None]:
    """The folder to watch for a pack location, and the zip's name when the pack is a zip."""
    path = Path(location).expanduser().absolute()
    if path.is_dir():
        return path, None
    if path.name == DESCRIPTOR:
        return path.parent, None
    return path.parent, path.name


class PackWatcher(QObject):
    """Watches pack folders (or zips) and says when one changed, once per burst of changes."""

    sig_pack_changed = Signal(str)
    """The files of the pack watched under this location changed (after the debounce)."""

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEFAULT_DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.debounce_ms = debounce_ms
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_q_directory_changed)
        self._watcher.fileChanged.connect(self._on_q_file_changed)
        self._watches: dict[str, _Watch] = {}
        self._inodes: dict[str, int] = {}  # watched file -> the inode its watch was put on

    # -- public ----------------------------------------------------------------------------------
    def watch(self, location: str) -> None:
        """Watch the pack at ``location``: a folder, a .zip, or a datapackage.json (its folder)."""
        if location in self._watches:
            return
        folder, zip_name = pack_folder_and_zip(location)
        w = _Watch(location, folder, zip_name)
        w.subfolders = _resource_subfolders(folder) if zip_name is None else ()
        # superqt's debouncer, without superqt (with qtpy ~0.3 s): packs are watched as they open.
        from explorer.qt.signal_tools import QSignalDebouncer

        w.debouncer = QSignalDebouncer(parent=self)
        w.debouncer.setTimeout(self.debounce_ms)
        w.debouncer.triggered.connect(lambda loc=location: self._on_q_settled(loc))
        self._watches[location] = w
        w.stamps = _stamps(w.files())
        self._sync_paths()

    def unwatch(self, location: str) -> None:
        w = self._watches.pop(location, None)
        if w is None:
            return
        w.debouncer.cancel()
        w.debouncer.deleteLater()
        self._sync_paths()

    def clear(self) -> None:
        """Stop watching every pack."""
        for location in list(self._watches):
            self.unwatch(location)

    def watched(self) -> tuple[str, ...]:
        return tuple(self._watches)

    def watched_paths(self) -> tuple[str, ...]:
        """What the file-system watcher is watching right now (folders and files)."""
        return tuple(self._watcher.directories()) + tuple(self._watcher.files())

    def set_debounce_ms(self, ms: int) -> None:
        self.debounce_ms = ms

    # -- file-system events ------------------------------------------------------------------------
    def _on_q_directory_changed(self, directory: str) -> None:
        d = Path(directory)
        for w in self._watches.values():
            if d == w.folder or d in w.subfolders:
                self._restart(w)

    def _on_q_file_changed(self, path: str) -> None:
        p = Path(path)
        for w in self._watches.values():
            if w.counts(p):
                w.forced = True
                self._restart(w)

    def _restart(self, w: _Watch) -> None:
        """(Re)start the watch's quiet period: it settles ``debounce_ms`` after the last change."""
        w.debouncer.setTimeout(self.debounce_ms)
        w.debouncer.throttle()

    def _on_q_settled(self, location: str) -> None:
        w = self._watches.get(location)
        if w is None:
            return
        if w.zip_name is None:  # the descriptor may now declare resources in other folders
            w.subfolders = _resource_subfolders(w.folder)
        self._sync_paths()  # files replaced by a rename are no longer watched: add them again
        stamps = _stamps(w.files())
        changed = w.forced or stamps != w.stamps
        w.stamps, w.forced = stamps, False
        if changed:
            self.sig_pack_changed.emit(location)

    # -- bookkeeping -------------------------------------------------------------------------------
    def _sync_paths(self) -> None:
        """Watch exactly the folders and files the current watches need (shared ones once)."""
        folders: set[str] = set()
        files: set[str] = set()
        for w in self._watches.values():
            folders.update(str(f) for f in (w.folder, *w.subfolders) if f.is_dir())
            files.update(str(p) for p in w.files())
        current_dirs = set(self._watcher.directories())
        current_files = set(self._watcher.files())
        inodes = {f: _inode(f) for f in files}
        # A file renamed over while another process held the old one open keeps a watch on the
        # old inode: watch its path afresh.
        moved = {f for f in files & current_files if inodes[f] != self._inodes.get(f)}
        stale = sorted((current_dirs - folders) | (current_files - files) | moved)
        if stale:
            self._watcher.removePaths(stale)
        fresh = sorted((folders - current_dirs) | (files - current_files) | moved)
        if fresh:
            self._watcher.addPaths(fresh)
        self._inodes = inodes


def _stamps(paths: list[Path]) -> dict[str, _Stamp]:
    out: dict[str, _Stamp] = {}
    for p in paths:
        try:
            st = p.stat()
        except OSError:  # gone between listing and looking: it counts as absent
            continue
        out[str(p)] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return out


def _inode(path: str) -> int:
    try:
        return os.stat(path).st_ino
    except OSError:
        return -1


def _resource_subfolders(folder: Path) -> tuple[Path, ...]:
    """Folders below ``folder`` holding resources the descriptor declares (``data/events.csv``).

    Best effort: an unreadable descriptor means none; the reload then says what is wrong with it.
    """
    try:
        desc = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8-sig"))
        paths = [r.get("path") for r in desc.get("resources", []) if isinstance(r, dict)]
    except (OSError, ValueError, AttributeError):
        return ()
    out: set[Path] = set()
    for p in paths:
        if isinstance(p, str) and "/" in p and ".." not in p and not p.startswith("/"):
            sub = (folder / p).parent
            if sub != folder:
                out.add(sub)
    return tuple(sorted(out))
