"""The pack watcher against real file writes: in place, atomic replaces, bursts, editor litter."""

from __future__ import annotations

import os
import zipfile

import pytest

from explorer.qt.pack_watcher import PackWatcher
from tests.packs import write_pack

DEBOUNCE_MS = 150
QUIET_MS = 4 * DEBOUNCE_MS  # long enough for a (wrong) signal to have arrived


@pytest.fixture
def watcher(qtbot):
    w = PackWatcher(debounce_ms=DEBOUNCE_MS)
    yield w
    for location in w.watched():
        w.unwatch(location)
    w.deleteLater()


@pytest.fixture
def pack(tmp_path):
    return write_pack(tmp_path / "pack")


def append_in_place(path, text="x\n"):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(text)


def replace_atomically(path, text):
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def test_in_place_write_is_reported_with_the_location(qtbot, watcher, pack):
    watcher.watch(str(pack))
    with qtbot.waitSignal(watcher.sig_pack_changed, timeout=5000) as blocker:
        append_in_place(pack / "events.csv")
    assert blocker.args == [str(pack)]


def test_atomic_replace_twice_in_a_row_stays_watched(qtbot, watcher, pack):
    watcher.watch(str(pack))
    events = pack / "events.csv"
    for i in range(2):
        with qtbot.waitSignal(watcher.sig_pack_changed, timeout=5000):
            replace_atomically(events, events.read_text(encoding="utf-8") + f"{i}\n")
        assert str(events) in watcher.watched_paths()
    # The new file (a new inode) is watched: an in-place write to it is still noticed.
    with qtbot.waitSignal(watcher.sig_pack_changed, timeout=5000):
        append_in_place(events)


def test_a_burst_of_writes_is_one_signal(qtbot, watcher, pack):
    watcher.watch(str(pack))
    seen = []
    watcher.sig_pack_changed.connect(seen.append)
    with qtbot.waitSignal(watcher.sig_pack_changed, timeout=5000):
        for name in ("events.csv", "observations.csv", "datapackage.json"):
            append_in_place(pack / name, "\n")
            replace_atomically(pack / name, (pack / name).read_text(encoding="utf-8"))
    qtbot.wait(QUIET_MS)
    assert seen == [str(pack)]


def test_editor_litter_and_unrelated_files_are_ignored(qtbot, watcher, pack):
    watcher.watch(str(pack))
    with qtbot.assertNotEmitted(watcher.sig_pack_changed, wait=QUIET_MS):
        (pack / ".~lock.events.csv#").write_text("lock", encoding="utf-8")
        (pack / ".events.csv.swp").write_text("swap", encoding="utf-8")
        (pack / "events.csv~").write_text("backup", encoding="utf-8")
        (pack / "~$events.csv").write_text("office lock", encoding="utf-8")
        (pack / ".events.csv.part.csv").write_text("temp", encoding="utf-8")
        (pack / "notes.txt").write_text("mine", encoding="utf-8")
        (pack / "notes.txt").unlink()
    # ... but a new CSV counts.
    with qtbot.waitSignal(watcher.sig_pack_changed, timeout=5000):
        (pack / "extra.csv").write_text("a,b\n", encoding="utf-8")


def test_descriptor_path_watches_its_folder(qtbot, watcher, pack):
    location = str(pack / "datapackage.json")
    watcher.watch(location)
    assert str(pack) in watcher.watched_paths()
    with qtbot.waitSignal(watcher.sig_pack_changed, timeout=5000) as blocker:
        replace_atomically(pack / "sources.csv", (pack / "sources.csv").read_text(encoding="utf-8"))
    assert blocker.args == [location]


def test_zipped_pack_reacts_to_the_zip_only(qtbot, watcher, pack, tmp_path):
    archive = tmp_path / "pack.zip"

    def zip_pack(target):
        with zipfile.ZipFile(target, "w") as z:
            for f in pack.iterdir():
                z.write(f, f.name)

    zip_pack(archive)
    watcher.watch(str(archive))
    with qtbot.assertNotEmitted(watcher.sig_pack_changed, wait=QUIET_MS):
        (tmp_path / "other.csv").write_text("a\n", encoding="utf-8")
    with qtbot.waitSignal(watcher.sig_pack_changed, timeout=5000):
        zip_pack(tmp_path / "pack.zip.part")
        os.replace(tmp_path / "pack.zip.part", archive)
    assert str(archive) in watcher.watched_paths()


def test_unwatched_pack_is_silent_and_forgotten(qtbot, watcher, pack):
    watcher.watch(str(pack))
    watcher.unwatch(str(pack))
    assert watcher.watched() == () and watcher.watched_paths() == ()
    with qtbot.assertNotEmitted(watcher.sig_pack_changed, wait=QUIET_MS):
        append_in_place(pack / "events.csv")


def test_resources_in_a_subfolder_are_watched(qtbot, watcher, tmp_path):
    pack = write_pack(tmp_path / "pack")
    (pack / "data").mkdir()
    os.replace(pack / "events.csv", pack / "data" / "events.csv")
    desc = (pack / "datapackage.json").read_text(encoding="utf-8")
    (pack / "datapackage.json").write_text(desc.replace('"events.csv"', '"data/events.csv"'),
                                           encoding="utf-8")
    watcher.watch(str(pack))
    with qtbot.waitSignal(watcher.sig_pack_changed, timeout=5000):
        replace_atomically(pack / "data" / "events.csv", "changed\n")
