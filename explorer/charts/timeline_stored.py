"""A pack's timeline source (``timeline_layout.TimelineSource``) kept in its pack cache entry.

The loader's worker builds the default-focus source right after a load (~30 ms at tier L, 10^5
events); the entry's background write stores it once built (``pack_cache.register_extra``), versioned
by the code that computes and checks it. A reopen reads it back checksummed by the cache and checked
here (names, lengths, dtypes, every code in range, milestone rows ascending, days finite, the pack's
actors and domains the same); anything else is computed from the tables as before. Imported once a
pack is open (it needs pandas through the cache), never by the window at start.
"""

from __future__ import annotations

import functools
import itertools
import logging
import sys
from typing import Any

import numpy as np

from explorer.charts import timeline_layout
from explorer.charts.timeline_layout import (
    _SOURCE_KEY,
    Counterparts,
    MilestoneTracks,
    TimelineSource,
    _ListCells,
    _resolution,
)
from explorer.data import pack_cache
from explorer.data.pack import Pack
from explorer.data.pack_schema import EVENT_KINDS, MILESTONE_STAGES
from explorer.domain.dates import Precision

_log = logging.getLogger(__name__)

_STORED = "timeline_source"
_STORED_DTYPES = {
    "lane": np.int64, "main": np.int64, "domain_cell": np.int64, "domain_len": np.int64,
    "domain_item": np.int64, "precision": np.int8, "is_span": np.bool_, "inexact": np.bool_,
    "kind": np.int8, "track_row": np.int64, "track_stage": np.int8, "track_day": np.float64,
    "track_precise": np.bool_, "track_first": np.int64, "track_last": np.int64}


@functools.cache
def _stored_version() -> str:
    """The code that computes a source and this module's checks: a change to either ignores what
    entries stored before."""
    return pack_cache.modules_digest(timeline_layout, sys.modules[__name__])


def _source_arrays(pack: Pack) -> tuple[dict[str, Any], dict[str, np.ndarray]] | None:
    """What ``stored_source`` rebuilds ``pack``'s source from; None until it has one."""
    source = pack.__dict__.get(_SOURCE_KEY)
    if source is None:
        return None
    cps, cells, tracks = source.counterparts, source.domains.cells, source.tracks
    lens = np.fromiter(map(len, cells), dtype=np.int64, count=len(cells))
    items = np.fromiter(itertools.chain.from_iterable(cells), dtype=np.int64, count=int(lens.sum()))
    arrays = {"lane": cps.lane_code, "main": cps.main, "domain_cell": source.domains.cell,
              "domain_len": lens, "domain_item": items, "precision": source.precision,
              "is_span": source.is_span, "inexact": source.inexact, "kind": source.kind,
              "track_row": tracks.event_row, "track_stage": tracks.stage, "track_day": tracks.day,
              "track_precise": tracks.precise, "track_first": tracks.first_day,
              "track_last": tracks.last_day}
    info = {"n": source.n, "focus": cps.focus, "actors": list(cps.actors),
            "domain_ids": list(source.domain_ids)}
    return info, {k: np.asarray(a, dtype=_STORED_DTYPES[k]) for k, a in arrays.items()}


def stored_source(pack: Pack) -> TimelineSource | None:
    """``pack``'s source as its cache entry stored it, if it did and it checks out. Registers the
    source with the cache first (pandas is loaded once a pack is: not at this module's import)."""
    pack_cache.register_extra(_STORED, _stored_version(), _source_arrays)
    got = pack_cache.stored_extra(pack, _STORED, _stored_version())
    if got is None:
        return None
    try:
        return _rebuilt(pack, *got)
    except Exception as e:  # refused: computed from the tables
        _log.info("stored timeline source ignored: %s", e)
        return None


def _rebuilt(pack: Pack, info: Any, arrays: dict[str, np.ndarray]) -> TimelineSource:
    n = len(pack.events)
    resolve = _resolution(pack)
    actors = tuple(a for a in pack.actors["id"] if resolve.get(a) == a)
    focus = info["focus"]
    if (info["n"] != n or tuple(info["actors"]) != actors or (focus is not None and focus not in actors)
            or tuple(info["domain_ids"]) != tuple(pack.domain_ids)
            or set(arrays) != set(_STORED_DTYPES)):
        raise ValueError("another pack's")
    for key, dtype in _STORED_DTYPES.items():
        if arrays[key].dtype != np.dtype(dtype):
            raise ValueError(f"{key}: dtype")
        if dtype is np.bool_ and (arrays[key].view(np.uint8) > 1).any():
            raise ValueError(f"{key}: not true or false")
    lens, items, rows = arrays["domain_len"], arrays["domain_item"], arrays["track_row"]
    a, k, m = len(actors), len(lens), len(rows)
    if len(lens) and lens.min() < 0:
        raise ValueError("domain_len: negative")
    sizes = dict.fromkeys(("lane", "main", "domain_cell", "precision", "is_span", "inexact", "kind",
                           "track_first", "track_last"), n)
    sizes |= dict.fromkeys(("track_stage", "track_day", "track_precise"), m)
    sizes["domain_item"] = int(lens.sum())
    for key, size in sizes.items():
        if len(arrays[key]) != size:
            raise ValueError(f"{key}: length")
    for key, lo, hi in (("lane", 0, 2 * a + 3), ("main", -1, a), ("domain_cell", 0, k),
                        ("domain_item", 0, len(pack.domain_ids)),
                        ("precision", 0, int(Precision.DAY) + 1), ("kind", 0, len(EVENT_KINDS)),
                        ("track_row", 0, n), ("track_stage", 0, len(MILESTONE_STAGES))):
        values = arrays[key]
        if len(values) and (values.min() < lo or values.max() >= hi):
            raise ValueError(f"{key}: out of range")
    if (rows[1:] < rows[:-1]).any() or not np.isfinite(arrays["track_day"]).all():
        raise ValueError("milestone tracks")
    ends = np.cumsum(lens).tolist()
    flat = items.tolist()
    cells = [tuple(flat[lo:hi]) for lo, hi in zip([0, *ends[:-1]], ends)]
    source = TimelineSource.__new__(TimelineSource)
    source._assemble(
        pack, Counterparts(focus, actors, arrays["lane"], arrays["main"]),
        _ListCells(arrays["domain_cell"], cells), arrays["precision"], arrays["is_span"],
        arrays["inexact"], arrays["kind"],
        MilestoneTracks(rows, arrays["track_stage"], arrays["track_day"], arrays["track_precise"],
                        arrays["track_first"], arrays["track_last"]))
    return source
