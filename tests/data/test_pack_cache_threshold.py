"""Which packs the app caches, with its own threshold (no ``cache_every_pack`` here): a pack of the
size people build for a briefing (tier S, ~0.75 MB) reopens from the cache; the small default pack
is read in full each time. No timing is asserted."""

from __future__ import annotations

from benchmarks.generator import TIERS, generate_pack
from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from tests.data.test_pack_cache import FullLoads, assert_same_pack


def _size(folder) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_a_tier_s_pack_reopens_from_the_cache(tmp_path, monkeypatch):
    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=3)
    assert _size(folder) < 1 << 20  # under the former 1 MB threshold, which read it in full
    loads = FullLoads(monkeypatch)
    first = load_pack(folder)
    pack_cache.wait_for_writes()
    again = load_pack(folder)
    assert loads.count == 1
    assert_same_pack(first, again)
    assert list(pack_cache.cache_root().glob("*/header.json"))


def test_the_default_pack_is_read_in_full_and_leaves_no_entry(monkeypatch):
    loads = FullLoads(monkeypatch)
    load_pack(default_pack_path())
    pack_cache.wait_for_writes()
    load_pack(default_pack_path())
    assert loads.count == 2
    assert not list(pack_cache.cache_root().glob("*/header.json"))
