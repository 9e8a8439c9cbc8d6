"""The pack cache's key without hashing the files again: a folder pack whose files were not touched
since they were hashed reopens with the digest noted then; any change to any file after that is
still seen (hashed again, the cache missed). No timing is asserted."""

from __future__ import annotations

import time

import pytest

from explorer.data import pack_cache, pack_source
from explorer.data.pack_loader import load_pack
from tests.data.test_pack_cache import FullLoads, assert_same_pack, fresh
from tests.packs import VALID_FILES, replace_line, write_pack


@pytest.fixture(autouse=True)
def cache_every_pack(monkeypatch):
    monkeypatch.setattr(pack_cache, "MIN_PACK_BYTES", 0)
    # The files of a test pack were written a moment ago; the app never notes such files (they
    # could change again within one tick of the file system's clock). The tests below change
    # files only after a pause longer than a tick.
    monkeypatch.setattr(pack_cache, "NOTE_SETTLE_NS", 0)


class Reads:
    """Counts reads of the pack's CSV files (the fingerprint's hashing and the full load's parse)."""

    def __init__(self, monkeypatch):
        self.names: list[str] = []
        real = pack_source.FolderSource._read

        def counted(source, name, cap):
            self.names.append(name)
            return real(source, name, cap)

        monkeypatch.setattr(pack_source.FolderSource, "_read", counted)

    def csv(self) -> int:
        return sum(name.endswith(".csv") for name in self.names)


def tick() -> None:
    time.sleep(0.05)  # past one tick of the file system's clock (1-10 ms)


def test_an_untouched_pack_reopens_without_reading_its_csv_files(tmp_path, monkeypatch):
    folder = write_pack(tmp_path / "pack")
    full_loads = FullLoads(monkeypatch)
    first = load_pack(folder)
    pack_cache.wait_for_writes()
    reads = Reads(monkeypatch)
    again = load_pack(folder)
    assert full_loads.count == 1
    assert reads.csv() == 0  # the descriptor is read; the CSV files are neither hashed nor parsed
    assert again.meta.digest == first.meta.digest
    assert_same_pack(fresh(folder, monkeypatch), again)


@pytest.mark.parametrize("file", ["datapackage.json", *sorted(VALID_FILES)])
def test_any_change_after_the_digest_was_noted_misses_the_cache(tmp_path, file, monkeypatch):
    folder = write_pack(tmp_path / "pack")
    load_pack(folder)
    pack_cache.wait_for_writes()
    full_loads = FullLoads(monkeypatch)
    load_pack(folder)  # served through the note
    assert full_loads.count == 0
    tick()
    path = folder / file
    path.write_bytes(path.read_bytes() + (b" " if file.endswith(".json") else b"\n"))
    changed = load_pack(folder)
    assert full_loads.count == 1
    assert_same_pack(fresh(folder, monkeypatch), changed)


def test_a_figure_changed_in_place_to_the_same_size_is_seen(tmp_path, monkeypatch):
    folder = write_pack(tmp_path / "pack")
    load_pack(folder)
    pack_cache.wait_for_writes()
    assert 68.8 in load_pack(folder).observations["value"].tolist()  # served through the note
    tick()
    path = folder / "observations.csv"
    size = path.stat().st_size
    text = replace_line("observations.csv", ",68.8,", ",68.9,")
    with path.open("r+b") as fh:  # same file, same size, same inode: only the times change
        fh.write(text.encode("utf-8"))
    assert path.stat().st_size == size
    reopened = load_pack(folder)
    assert 68.9 in reopened.observations["value"].tolist()
    assert 68.8 not in reopened.observations["value"].tolist()


def test_a_file_changed_a_moment_before_it_was_hashed_is_never_noted(tmp_path, monkeypatch):
    monkeypatch.setattr(pack_cache, "NOTE_SETTLE_NS", 60 * 1_000_000_000)
    folder = write_pack(tmp_path / "pack")
    load_pack(folder)
    pack_cache.wait_for_writes()
    reads = Reads(monkeypatch)
    load_pack(folder)
    assert reads.csv() == len(VALID_FILES)  # hashed again (every CSV; the cache still hit)
    assert not list((pack_cache.cache_root() / pack_cache.NOTES_FOLDER).glob("*.json"))


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"format": 3, "digest": 5}', b"[]"])
def test_a_damaged_note_is_ignored(tmp_path, monkeypatch, damage):
    folder = write_pack(tmp_path / "pack")
    load_pack(folder)
    pack_cache.wait_for_writes()
    notes = list((pack_cache.cache_root() / pack_cache.NOTES_FOLDER).glob("*.json"))
    assert len(notes) == 1
    notes[0].write_bytes(damage)
    reads = Reads(monkeypatch)
    again = load_pack(folder)
    assert reads.csv() == len(VALID_FILES)  # hashed, then served from the cache
    assert_same_pack(fresh(folder, monkeypatch), again)


def test_a_zipped_pack_is_always_hashed(tmp_path, monkeypatch):
    import shutil

    folder = write_pack(tmp_path / "pack")
    archive = shutil.make_archive(str(tmp_path / "pack"), "zip", folder)
    first = load_pack(archive)
    pack_cache.wait_for_writes()
    again = load_pack(archive)
    assert again.meta.digest == first.meta.digest
    assert not (pack_cache.cache_root() / pack_cache.NOTES_FOLDER).exists()
