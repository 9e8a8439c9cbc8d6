"""The validated-pack cache writes its entries on a background thread: every test here ends only
once that write has ended, so no write outlives the test's user folder."""

from __future__ import annotations

import pytest

from explorer.data import pack_cache


@pytest.fixture(autouse=True)
def _cache_writes_end_with_the_test():
    yield
    pack_cache.wait_for_writes()


@pytest.fixture
def cache_every_pack(monkeypatch):
    """Small test packs are cached too (the app skips packs under a megabyte): the pack cache's
    test modules use it with ``pytestmark = pytest.mark.usefixtures("cache_every_pack")``."""
    monkeypatch.setattr(pack_cache, "MIN_PACK_BYTES", 0)
