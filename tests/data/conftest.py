"""Fixtures of the data tests. The pack cache's background writes end with each test (tests/conftest.py)."""

from __future__ import annotations

import pytest

from explorer.data import pack_cache


@pytest.fixture
def cache_every_pack(monkeypatch):
    """Small test packs are cached too (the app skips packs under ``MIN_PACK_BYTES``): the pack cache's
    test modules use it with ``pytestmark = pytest.mark.usefixtures("cache_every_pack")``."""
    monkeypatch.setattr(pack_cache, "MIN_PACK_BYTES", 0)
