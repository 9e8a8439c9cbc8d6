"""A first open reads each of the pack's files once: the cache key's hash and the full load share
the bytes (73 MB at tier L were read and hashed twice). The pack, its digest (export receipts)
and the cache entry written from it are the same as before. No timing is asserted."""

from __future__ import annotations

import hashlib
import json

import pytest

from explorer.data import pack_cache, pack_source
from explorer.data.pack_loader import load_pack
from explorer.data.problems import PackInvalid
from tests.data.test_pack_cache import FullLoads, assert_same_pack, fresh
from tests.data.test_pack_cache_notes import Reads
from tests.packs import write_pack


def files_digest(folder) -> str:
    """SHA-256 of the descriptor and each resource file (name, length, bytes) in loading order."""
    digest = hashlib.sha256()
    names = ["datapackage.json"]
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    paths = {res["name"]: res["path"] for res in desc["resources"]}
    names += [paths[name] for name in pack_cache.LOAD_ORDER if name in paths]
    for name in names:
        data = (folder / name).read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


@pytest.mark.parametrize("cached", [True, False], ids=["cached size", "under the cache's size"])
def test_a_first_open_reads_each_file_once(tmp_path, monkeypatch, cached):
    if cached:
        monkeypatch.setattr(pack_cache, "MIN_PACK_BYTES", 0)
    folder = write_pack(tmp_path / "pack")
    reads = Reads(monkeypatch)
    full_loads = FullLoads(monkeypatch)
    pack = load_pack(folder)
    pack_cache.wait_for_writes()
    assert full_loads.count == 1
    assert reads.csv() >= 5
    assert sorted(reads.names) == sorted(set(reads.names))  # not one file read twice
    assert pack.meta.digest == files_digest(folder)
    monkeypatch.undo()
    assert_same_pack(fresh(folder, monkeypatch), pack)


def test_the_entry_written_from_the_shared_bytes_serves_a_reopen(tmp_path, monkeypatch):
    monkeypatch.setattr(pack_cache, "MIN_PACK_BYTES", 0)
    monkeypatch.setattr(pack_source, "DIGEST_ASIDE_BYTES", 0)  # every file hashed on the side
    folder = write_pack(tmp_path / "pack")
    first = load_pack(folder)
    pack_cache.wait_for_writes()
    full_loads = FullLoads(monkeypatch)
    again = load_pack(folder)
    assert full_loads.count == 0
    assert first.meta.digest == again.meta.digest == files_digest(folder)
    assert_same_pack(first, again)


def test_a_pack_refused_after_its_files_were_hashed_is_refused_as_before(tmp_path, monkeypatch):
    monkeypatch.setattr(pack_cache, "MIN_PACK_BYTES", 0)
    folder = write_pack(tmp_path / "pack")
    path = folder / "events.csv"
    path.write_text(path.read_text(encoding="utf-8") + "one,field,short\n", encoding="utf-8")
    with pytest.raises(PackInvalid) as raised:
        load_pack(folder)
    monkeypatch.setenv("BRIEFING_EXPLORER_PACK_CACHE", "off")
    with pytest.raises(PackInvalid) as before:
        load_pack(folder)
    assert raised.value.report() == before.value.report()
    assert "fields but the header has" in raised.value.report()
    assert not any(p.is_dir() and not p.name.startswith(".") for p in pack_cache.cache_root().glob("*"))
