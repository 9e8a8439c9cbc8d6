"""A reopened pack's timeline source comes from its pack cache entry (``pack_cache.register_extra``)
and is exactly the one computed from the tables: every per-event table, the milestone tracks and the
placements in both lane modes and label languages. A damaged entry is rebuilt; stored arrays that do
not fit the pack (checksums made right) are refused and the source computed. No timing is asserted."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from benchmarks.generator import TIERS, generate_pack
from explorer.charts import timeline_layout as tl
from explorer.charts.timeline_stored import stored_source
from explorer.data import pack_cache
from explorer.data.pack import Pack
from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import LoadLimits
from tests.data.test_pack_cache import _header, _write_header, entries, fresh, read_array, write_array

_SOURCE_ARRAYS = ("precision", "is_span", "inexact", "kind", "start_day", "end_day", "first_domain",
                  "has_track", "extent_start", "extent_end")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return generate_pack(tmp_path_factory.mktemp("source") / "S", TIERS["S"], seed=13)


def _stored(folder: Path) -> Path:
    """The pack's entry, written once its opened pack has a timeline source (as the loader's
    worker has by the time its background write gets there)."""
    first = load_pack(folder)
    tl.timeline_source(first)
    (entry,) = entries()
    pack_cache.write_entry(entry, first, LoadLimits())
    return entry


def _not_computed(monkeypatch) -> None:
    def refuse(self, pack, focus=None):
        raise AssertionError("the timeline source was computed, not read from the entry")

    monkeypatch.setattr(tl.TimelineSource, "__init__", refuse)


def assert_same_source(a: tl.TimelineSource, b: tl.TimelineSource) -> None:
    for name in _SOURCE_ARRAYS:
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and np.array_equal(x, y), name
    assert a.domain_ids == b.domain_ids and a.domains.cells == b.domains.cells
    assert np.array_equal(a.domains.cell, b.domains.cell)
    ca, cb = a.counterparts, b.counterparts
    assert (ca.focus, ca.actors) == (cb.focus, cb.actors)
    assert np.array_equal(ca.lane_code, cb.lane_code) and np.array_equal(ca.main, cb.main)
    for f in dataclasses.fields(tl.MilestoneTracks):
        assert np.array_equal(getattr(a.tracks, f.name), getattr(b.tracks, f.name)), f.name
    for mode in tl.LANE_MODES:
        for lang in ("en", "ja"):
            pa, pb = a.placements(mode, lang=lang), b.placements(mode, lang=lang)
            for f in dataclasses.fields(pa):
                x, y = getattr(pa, f.name), getattr(pb, f.name)
                if isinstance(x, np.ndarray):
                    assert x.dtype == y.dtype and np.array_equal(x, y), (mode, lang, f.name)
                elif f.name != "milestones":
                    assert x == y, (mode, lang, f.name)


def test_a_reopened_pack_reads_its_timeline_source_the_same_as_computed(folder, monkeypatch):
    parsed = fresh(folder, monkeypatch)
    expected = tl.TimelineSource(parsed)
    _stored(folder)
    with monkeypatch.context() as m:
        _not_computed(m)
        reopened = load_pack(folder)
        source = tl.timeline_source(reopened)
    assert source.pack is reopened and len(expected.tracks.event_row) > 0
    assert_same_source(source, expected)


def test_an_entry_written_before_the_source_was_made_reopens_and_computes_it(folder, monkeypatch):
    first = load_pack(folder)  # nothing asked for the source before the write
    (entry,) = entries()
    pack_cache.write_entry(entry, first, LoadLimits())
    assert _header(entry)["extras"] == {}
    reopened = load_pack(folder)
    assert_same_source(tl.timeline_source(reopened), tl.TimelineSource(fresh(folder, monkeypatch)))


def test_a_damaged_stored_source_means_the_entry_is_rebuilt(folder, monkeypatch):
    entry = _stored(folder)
    place = _header(entry)["extras"]["timeline_source"]["arrays"]["lane"]
    lane = read_array(entry, place["file"])
    write_array(entry, place["file"], lane[::-1].copy())  # the checksum no longer matches
    reopened = load_pack(folder)  # read in full
    assert "timeline_source" not in reopened.__dict__.get(pack_cache.EXTRAS_KEY, {})
    assert_same_source(tl.timeline_source(reopened), tl.TimelineSource(fresh(folder, monkeypatch)))


def _forged(entry: Path, key: str, change) -> None:
    """One stored array of the source changed, its checksum made right: the cache reads it."""
    header = _header(entry)
    place = header["extras"]["timeline_source"]["arrays"][key]
    arr = change(read_array(entry, place["file"]))
    write_array(entry, place["file"], arr)
    header = _header(entry)
    header["extras"]["timeline_source"]["arrays"][key]["sha256"] = pack_cache._checksum(arr)
    _write_header(entry, header)


@pytest.mark.parametrize("key, change", [
    ("lane", lambda a: np.r_[a[:-1], a.max() + 100]),  # a lane no actor has
    ("main", lambda a: np.r_[a[:-1], -2]),
    ("kind", lambda a: np.r_[a[:-1], 99].astype(a.dtype)),
    ("precision", lambda a: a[:-1].copy()),  # one event short
    ("track_row", lambda a: a[::-1].copy()),  # not ascending
    ("track_day", lambda a: np.r_[a[:-1], np.nan]),
    ("domain_item", lambda a: np.r_[a[:-1], 10_000]),
    ("inexact", lambda a: np.r_[a[:-1].view(np.uint8), 7].view(np.bool_)),
])
def test_stored_arrays_that_do_not_fit_the_pack_are_refused(folder, monkeypatch, key, change):
    expected = tl.TimelineSource(fresh(folder, monkeypatch))
    entry = _stored(folder)
    _forged(entry, key, change)
    reopened = load_pack(folder)
    assert "timeline_source" in reopened.__dict__[pack_cache.EXTRAS_KEY]  # read, then refused
    assert stored_source(reopened) is None
    assert_same_source(tl.timeline_source(reopened), expected)


def test_another_pack_or_another_version_of_the_code_is_not_used(folder, monkeypatch):
    entry = _stored(folder)
    header = _header(entry)
    header["extras"]["timeline_source"]["info"]["actors"].reverse()
    _write_header(entry, header)
    assert stored_source(load_pack(folder)) is None
    entry = _stored(folder)
    header = _header(entry)
    header["extras"]["timeline_source"]["version"] = "0" * 16
    _write_header(entry, header)
    reopened: Pack = load_pack(folder)
    assert stored_source(reopened) is None
    assert_same_source(tl.timeline_source(reopened), tl.TimelineSource(fresh(folder, monkeypatch)))


@pytest.mark.parametrize("cache_format", [7, pack_cache.CACHE_FORMAT])
def test_an_entry_from_before_stored_sources_is_read_again_and_rewritten(folder, cache_format):
    """An entry of cache format 7 (no stored arrays in its header) misses and is rebuilt; also
    with the format number made current, as a build whose code digest cannot tell them apart."""
    load_pack(folder)
    (entry,) = entries()
    header = _header(entry)
    header["cache_format"] = cache_format
    del header["extras"]
    _write_header(entry, header)
    reopened = load_pack(folder)
    assert pack_cache.EXTRAS_KEY not in reopened.__dict__  # read from the pack's files
    (entry,) = entries()
    assert _header(entry)["extras"] == {} and _header(entry)["cache_format"] == pack_cache.CACHE_FORMAT


def test_a_frozen_app_without_its_source_files_still_reopens_from_the_stored_source(folder,
                                                                                   monkeypatch):
    """A frozen build holds bytecode only: the version of the stored source cannot read the code's
    files and stands on the app's version instead; the pack still opens and reads what it stored."""
    from explorer.charts import timeline_stored

    expected = tl.TimelineSource(fresh(folder, monkeypatch))
    monkeypatch.setattr(tl, "__file__", "/nonexistent/timeline_layout.py")
    monkeypatch.setattr(timeline_stored, "__file__", "/nonexistent/timeline_stored.py")
    timeline_stored._stored_version.cache_clear()
    try:
        _stored(folder)
        with monkeypatch.context() as m:
            _not_computed(m)
            reopened = load_pack(folder)
            source = tl.timeline_source(reopened)
    finally:
        timeline_stored._stored_version.cache_clear()
    assert_same_source(source, expected)
