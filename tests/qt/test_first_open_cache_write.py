"""A first open's pack cache entry is written once the window has shown the pack (its write's
pandas work held the GIL while the worker and the window made the pack's first frame), and a
reopen is then served from that entry."""

from __future__ import annotations

from explorer.data import pack_cache
from explorer.paths import default_pack_path


def test_the_entry_is_written_after_the_pack_is_shown_and_serves_the_reopen(qtbot, tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path))
    monkeypatch.setattr(pack_cache, "MIN_PACK_BYTES", 0)  # the default pack is small
    monkeypatch.setattr(pack_cache, "WRITE_AFTER_WAIT_S", 60.0)
    from explorer.data import pack_loader
    from explorer.qt.workers import PackLoader

    loader = PackLoader()
    with qtbot.waitSignal(loader.sig_pack_loaded, timeout=30000) as loaded:
        loader.load(str(default_pack_path()))
    pack = loaded.args[0]
    assert not pack_cache.wait_for_writes(timeout=0.5)  # held while the pack is not shown
    assert [p for p in pack_cache.cache_root().glob("*") if not p.name.startswith(".")] == []
    loader.shown(pack)
    assert pack_cache.wait_for_writes(timeout=30)
    full_loads = []
    real = pack_loader._PackReader.read
    monkeypatch.setattr(pack_loader._PackReader, "read",
                        lambda self: (full_loads.append(1), real(self))[1])
    reopened = pack_loader.load_pack(default_pack_path())
    assert full_loads == [] and reopened.meta.digest == pack.meta.digest
    assert len(reopened.events) == len(pack.events)
    assert loader.wait(30000)
    loader.deleteLater()
