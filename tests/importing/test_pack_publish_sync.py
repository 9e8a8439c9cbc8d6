"""A new pack's files are synced while the pack is checked (``atomic_write.FolderSync``), yet the
folder is still renamed into place only once every file and the folder itself are on disk: a power
cut never publishes a pack with empty files, and a failed sync publishes nothing."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import explorer.atomic_write as atomic_write
from benchmarks.scenarios.import_throughput import _HEADER, _mapping, _rows
from explorer.importing import pack_builder
from explorer.importing.engine import run_import
from explorer.importing.pack_builder import ImportWriteError, write_import_pack
from explorer.importing.source_table import read_table
from tests.importing.fixtures import write_rows

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"),
                                reason="names a descriptor's file from /proc/self/fd")


def _result(tmp_path: Path):
    path = write_rows(tmp_path, "treaties.csv", [_HEADER, *_rows(300)])
    return run_import(read_table(path), _mapping(), now=NOW)


def _watch_syncs(monkeypatch) -> list[tuple[str, object]]:
    """Record every fsync (by the path its descriptor names) and every rename, in order."""
    log: list[tuple[str, object]] = []
    real_fsync, real_rename = os.fsync, Path.rename

    def fsync(fd: int) -> None:
        real_fsync(fd)
        log.append(("synced", os.readlink(f"/proc/self/fd/{fd}")))

    def rename(self: Path, target):
        log.append(("renamed", str(self)))
        return real_rename(self, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(Path, "rename", rename)
    return log


def test_the_pack_is_renamed_into_place_only_after_its_files_and_folder_are_synced(tmp_path, monkeypatch):
    result = _result(tmp_path)
    log = _watch_syncs(monkeypatch)
    target = write_import_pack(result, tmp_path / "packs" / "new")
    renames = [i for i, (what, _) in enumerate(log) if what == "renamed"]
    assert len(renames) == 1
    staging = str(log[renames[0]][1])
    synced_before = {str(p) for what, p in log[:renames[0]] if what == "synced"}
    files = {p.name for p in target.iterdir()}
    assert {"datapackage.json", "events.csv", "actors.csv"} <= files
    # every file of the published folder and the staging folder itself were on disk before the rename
    assert {f"{staging}/{name}" for name in files} | {staging} <= synced_before
    # ... and the rename itself after it (the parent folder synced once more)
    assert ("synced", str(target.parent)) in log[renames[0]:]
    # one sync per file and one per folder: no file synced twice
    synced = [p for what, p in log if what == "synced"]
    assert len(synced) == len(set(synced)) == len(files) + 2


def test_a_file_that_cannot_be_synced_publishes_nothing(tmp_path, monkeypatch):
    result = _result(tmp_path)
    real_fsync = os.fsync

    def failing(fd: int) -> None:
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")) == "events.csv":
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing)
    target = tmp_path / "packs" / "new"
    with pytest.raises(ImportWriteError, match="cannot write the pack"):
        write_import_pack(result, target)
    assert not target.exists()
    assert list((tmp_path / "packs").iterdir()) == []  # no staging folder left either


def test_the_syncs_overlap_the_check_and_are_waited_for_before_the_rename(tmp_path, monkeypatch):
    """The check of the pack runs while the files are being synced (the point of it), and the
    rename waits for a sync still running when the check ends."""
    import threading

    result = _result(tmp_path)
    started, release = threading.Event(), threading.Event()
    real_fsync = os.fsync
    order: list[str] = []

    def slow_fsync(fd: int) -> None:
        if threading.current_thread() is not threading.main_thread():
            started.set()
            release.wait(10)  # held until the check has run
        real_fsync(fd)
        order.append("synced")

    real_check = pack_builder.check_pack_files

    def check(*args, **kwargs):
        real_check(*args, **kwargs)
        order.append("checked while syncing" if started.wait(5) else "checked, nothing syncing")
        release.set()

    real_rename = Path.rename

    def rename(self: Path, target):
        order.append("renamed")
        return real_rename(self, target)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    monkeypatch.setattr(pack_builder, "check_pack_files", check)
    monkeypatch.setattr(Path, "rename", rename)
    write_import_pack(result, tmp_path / "pack")
    first_rename = order.index("renamed")
    assert order.index("checked while syncing") < order.index("synced")  # held by the check
    assert order[:first_rename].count("synced") == len(list((tmp_path / "pack").iterdir())) + 1


def test_folder_sync_raises_what_a_file_sync_met_and_leaves_no_descriptor_open(tmp_path, monkeypatch):
    (tmp_path / "a.csv").write_bytes(b"x\n")
    (tmp_path / "b.csv").write_bytes(b"y\n")
    before = len(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space left")))
    sync = atomic_write.FolderSync(tmp_path)
    with pytest.raises(OSError, match="No space left"):
        sync.wait()
    assert len(os.listdir("/proc/self/fd")) == before


def test_without_threads_the_files_are_synced_before_the_rename_all_the_same(tmp_path, monkeypatch):
    """A process that can start no more threads still publishes a pack synced as before."""
    import threading

    result = _result(tmp_path)

    def no_thread(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    log = _watch_syncs(monkeypatch)
    monkeypatch.setattr(threading.Thread, "start", no_thread)
    target = write_import_pack(result, tmp_path / "packs" / "new")
    rename = next(i for i, (what, _) in enumerate(log) if what == "renamed")
    staging = str(log[rename][1])
    files = {p.name for p in target.iterdir()}
    assert {f"{staging}/{name}" for name in files} | {staging} <= {str(p) for what, p in log[:rename]
                                                                   if what == "synced"}
