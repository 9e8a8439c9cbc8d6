"""Everything the agreements timeline computes without Qt: lanes, placements, queries, stacking,
labels, ticks, density, milestone tracks and era bands.

The painter (``explorer.qt.views.timeline_view``) only turns these arrays into rectangles and text.
Work splits by how often it runs:

* once per pack: ``TimelineSource`` (counterparts, date precision, kinds, milestone tracks);
* once per lane mode: ``TimelineSource.placements`` (lanes, colours, one table of numpy arrays
  sorted by where each item starts; ``build_placements`` does both steps);
* once per filter change: an ``IntervalIndex`` over the kept placements;
* per zoom level: ``stack_rows`` (sub-rows, in pixels);
* per frame, over the visible items only: ``IntervalIndex.query``, ``item_extents``,
  ``allocate_lanes``, ``place_labels``, ``density_histogram`` (ticks: ``explorer.charts.time_axis``).

Lanes
-----
``"partner"`` mode puts an event in one lane by its counterpart relative to the *focus* actor (the
state or bloc appearing in most events; ``jp`` in the default pack). A party counts as a state or
bloc, a person or organisation counts as the state/bloc its ``member_of`` names, and anything that
does not resolve to a state or bloc (a company, an organisation or person without ``member_of``)
is ignored. With the focus among the parties: exactly one counterpart -> "Japan–European Union",
several -> "Multilateral", none -> "Japan (domestic)". Without the focus: a lane named after the
first resolved state/bloc ("China"), or "Other". Lanes are ordered by event count; past
``MAX_LANES`` the smallest merge into "Other", which always comes last.

``"domain"`` mode has one lane per domain, in the order of ``Pack.domain_ids`` (built-in, then declared). An event with
several domains is placed IN EACH of its domain lanes: several placements share one event row, and
the selection highlights every copy. Showing it once (say, in its first domain) would hide it from
the lanes a reader scans for that domain; duplicates are the honest picture of a multi-domain
event. Counts per lane are therefore placements, not distinct events. (An event without a known
domain gets an "Other" lane.)

Eras: one band row per office named in the label ("Abe (JP PM)" -> row "JP PM", band "Abe"),
else per state/bloc the era's actor is or belongs to, else per actor; ongoing eras run to the
right edge of the view.

Colours: by first domain in partner mode; by main counterpart (``actor_colours``) in domain mode.

Coordinates: day numbers as in ``explorer.domain.dates``; an inclusive day interval ``[a, b]``
covers the continuous range ``[a, b + 1)``, and a view ``(day0, day1)`` the range ``[day0, day1)``.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import numpy as np

from explorer.charts.palette import OTHER_GREY, pack_actor_colours, pack_domain_colours

# re-exported (the timeline's painters read them from here): `X as X` marks them so
from explorer.charts.time_axis import MIN_LABEL_SPACING_PX as MIN_LABEL_SPACING_PX
from explorer.charts.time_axis import Ticks as Ticks
from explorer.charts.time_axis import time_ticks as time_ticks
from explorer.data.pack_schema import EVENT_KINDS, LIST_SEPARATOR
from explorer.data.pack_schema import MILESTONE_STAGES as MILESTONE_STAGES  # re-exported
from explorer.domain.dates import Precision
from explorer.domain.labels import DOMAIN as _BUILTIN_DOMAINS
from explorer.domain.labels import builtin_domain_label, pick, timeline_phrase

if TYPE_CHECKING:  # the window imports this module before pandas (and any pack) is loaded
    from explorer.data.pack import Pack

LANE_MODES = ("partner", "domain")
MAX_LANES = 10
DENSITY_THRESHOLD = 2000  # more visible placements than this: histograms instead of markers
OTHER = "Other"
MULTILATERAL = "Multilateral"
GREY = OTHER_GREY
_STATE_KINDS = frozenset({"state", "bloc"})
_MAX_COUNTERPART_COLOURS = 8


def domain_label(domain: str) -> str:
    """``critical_minerals`` -> ``Critical minerals``."""
    return domain.replace("_", " ").capitalize()


def pack_domain_label(pack: Pack, domain: str, lang: str = "en") -> str:
    """A domain's label in the label language: the pack's own (``Pack.domain_label``; its
    Japanese label when it declares one), else the built-in vocabulary's."""
    en = pack.domain_label(domain)
    if lang == "en":
        return en
    ja = pack.domain_label(domain, ja=True)
    if ja == en and domain in _BUILTIN_DOMAINS and domain not in pack.declared_domain_labels:
        ja = builtin_domain_label(domain, "ja")
    return pick(en, ja, lang)


def actor_names_in(pack: Pack, lang: str = "en") -> dict[str, str]:
    """Actor id -> name in the label language (a missing Japanese name: the English one)."""
    if lang == "en":
        return pack.actor_names
    actors = pack.actors
    ja = actors["name_ja"] if "name_ja" in actors.columns else [""] * len(actors)
    return {i: pick(str(n), str(j) if isinstance(j, str) else "", lang)
            for i, n, j in zip(actors["id"], actors["name"], ja)}


# -- interval index -------------------------------------------------------------------------------
class IntervalIndex:
    """Intervals ``[start, end + 1)`` answering "which intersect ``[day0, day1)``" in O(log n + k).

    Intervals are bucketed by length (powers of two); within a bucket they are sorted by start, so
    two ``searchsorted`` calls bound the candidates (nothing starting before ``day0 - longest`` can
    reach the window) and one vectorised comparison finishes the job. A few decades-long spans
    therefore never make a query scan everything.
    """

    def __init__(self, start: np.ndarray, end: np.ndarray, ids: np.ndarray | None = None) -> None:
        start = np.asarray(start, dtype=np.float64)
        stop = np.asarray(end, dtype=np.float64) + 1.0  # exclusive
        ids = np.arange(len(start), dtype=np.int64) if ids is None else np.asarray(ids, np.int64)
        self.size = len(start)
        length = np.maximum(stop - start, 1.0)
        bucket = np.ceil(np.log2(length)).astype(np.int64)
        order = np.lexsort((start, bucket))
        bucket, start, stop, ids = bucket[order], start[order], stop[order], ids[order]
        bounds = np.flatnonzero(np.diff(bucket)) + 1
        self._set_buckets(start, stop, ids, np.r_[0, bounds] if len(bucket) else bounds)

    def _set_buckets(self, start: np.ndarray, stop: np.ndarray, ids: np.ndarray,
                     firsts: np.ndarray) -> None:
        """Buckets as views of one array each of starts, stops and ids, sorted by (bucket,
        start); ``firsts``: where each (non-empty) bucket begins."""
        self._flat = (start, stop, ids, firsts)
        longest = (np.maximum.reduceat(stop - start, firsts).tolist() if len(firsts) else [])
        edges = [*firsts.tolist(), len(start)]
        self._buckets = [(start[lo:hi], stop[lo:hi], ids[lo:hi], float(top))
                         for lo, hi, top in zip(edges, edges[1:], longest)]

    def subset(self, keep: np.ndarray) -> IntervalIndex:
        """The index of the intervals whose ids ``keep`` (a bool per id) holds: what building
        one over those intervals (their ids ascending) gives, bucket for bucket and in the same
        order (the buildings' sort is stable, ids break ties), by one pass over this index
        instead of a sort of the kept intervals (a filter keeping most of 10^5 events: ~1 ms
        a change at tier L, measured); one pass over all buckets at once, not one per bucket
        (0.25 → 0.1 ms for 8,000 of 10^4 at tier M)."""
        start, stop, ids, firsts = self._flat
        m = keep[ids]
        counts = np.add.reduceat(m, firsts, dtype=np.int64) if len(firsts) else firsts
        ends = np.cumsum(counts)
        out = IntervalIndex.__new__(IntervalIndex)
        out.size = int(ends[-1]) if len(ends) else 0
        at = np.flatnonzero(m)  # positions once, three takes: a boolean index of a mask
        # mixing kept and dropped rows costs ~5 times as much each (0.9 → 0.3 ms at tier L)
        out._set_buckets(start[at], stop[at], ids[at], (ends - counts)[counts > 0])
        return out

    def query(self, day0: float, day1: float, *, ordered: bool = True) -> np.ndarray:
        """Ids of intervals intersecting ``[day0, day1)``, ascending (any order if not
        ``ordered``: saves a sort when only counting)."""
        parts = []
        for s, e, ids, longest in self._buckets:
            lo = s.searchsorted(day0 - longest, "right")
            hi = s.searchsorted(day1, "left")
            if hi > lo:
                hit = e[lo:hi] > day0
                parts.append(ids[lo:hi][hit])
        if not parts:
            return np.empty(0, dtype=np.int64)
        out = np.concatenate(parts)
        if ordered:
            out.sort()
        return out

    def query_unless_crowded(self, day0: float, day1: float, threshold: int) -> np.ndarray | int:
        """``query(day0, day1)``, or only how many there are when ``is_crowded`` says that is
        too many to gather: ``count`` then ``query`` with one search per bucket, not two."""
        found = []
        n = 0
        for s, e, ids, longest in self._buckets:
            lo = s.searchsorted(day0 - longest, "right")
            hi = s.searchsorted(day1, "left")
            if hi > lo:
                hit = e[lo:hi] > day0
                n += int(np.count_nonzero(hit))
                found.append((ids[lo:hi], hit))
        if is_crowded(n, threshold):
            return n
        if not found:
            return np.empty(0, dtype=np.int64)
        out = np.concatenate([ids[hit] for ids, hit in found])
        out.sort()
        return out

    def count(self, day0: float, day1: float) -> int:
        """How many intervals intersect ``[day0, day1)``: ``len(query(...))`` without gathering
        their ids."""
        n = 0
        for s, e, _ids, longest in self._buckets:
            lo = s.searchsorted(day0 - longest, "right")
            hi = s.searchsorted(day1, "left")
            if hi > lo:
                n += int(np.count_nonzero(e[lo:hi] > day0))
        return n


# -- milestones ----------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class MilestoneTracks:
    """Each event's milestones in order (by day, then life-cycle order), flattened.

    ``day`` is where a stage's tick goes: the middle of its date (a day's middle for exact dates,
    the middle of the month/year for coarser ones, flagged by ``precise``).
    """

    event_row: np.ndarray  # int64, ascending
    stage: np.ndarray  # int8 index into MILESTONE_STAGES
    day: np.ndarray  # float64
    precise: np.ndarray  # bool
    first_day: np.ndarray  # per event: first day covered by a milestone (int64; huge if none)
    last_day: np.ndarray  # per event: last day covered (inclusive; -huge if none)

    def for_event(self, row: int) -> slice:
        lo = int(np.searchsorted(self.event_row, row, side="left"))
        hi = int(np.searchsorted(self.event_row, row, side="right"))
        return slice(lo, hi)

    def stages_of(self, row: int) -> list[tuple[str, float]]:
        """(stage, day) pairs of one event, in order: what the painter draws segments between."""
        sl = self.for_event(row)
        return [(MILESTONE_STAGES[int(s)], float(d)) for s, d in zip(self.stage[sl], self.day[sl])]


_NO_MILESTONE = np.iinfo(np.int32).max


def _codes(series: Any, mapping: dict[Any, int], default: int = -1,
           factorized: tuple[np.ndarray, Any] | None = None) -> np.ndarray:
    """``series`` mapped through ``mapping`` to int codes, hashing each distinct value once
    (``factorized``: ``series.factorize()`` when known, e.g. ``Pack.factorized``)."""
    codes, uniques = series.factorize() if factorized is None else factorized
    table = np.fromiter((mapping.get(u, default) for u in uniques), dtype=np.int64,
                        count=len(uniques))
    out: np.ndarray = np.r_[table, default][codes]
    return out  # code -1 (missing) picks the trailing default


def milestone_tracks(pack: Pack) -> MilestoneTracks:
    n = len(pack.events)
    ms = pack.milestones
    first = np.full(n, _NO_MILESTONE, dtype=np.int64)
    last = np.full(n, -_NO_MILESTONE, dtype=np.int64)
    if ms.empty:
        empty = np.empty(0)
        return MilestoneTracks(empty.astype(np.int64), empty.astype(np.int8), empty,
                               empty.astype(bool), first, last)
    from explorer.state.session import event_rows  # id -> row, built once per pack (and on the
    # loader's worker before this): no second hash table of 10^5 ids

    codes, ids = pack.factorized("milestones", "event_id")  # each distinct id looked up once
    rows = np.r_[event_rows(pack).rows_of(ids), -1][codes]
    ok = rows >= 0
    rows = rows[ok]
    stage = _codes(ms["stage"], {s: i for i, s in enumerate(MILESTONE_STAGES)},
                   factorized=pack.factorized("milestones", "stage"))[ok]
    stage = np.maximum(stage, 0).astype(np.int8)
    d0 = ms["day_start"].to_numpy()[ok].astype(np.int64)
    d1 = ms["day_end"].to_numpy()[ok].astype(np.int64)
    day = (d0 + d1 + 1) / 2.0
    order = _track_order(rows, d0 + d1 + 1, stage)
    np.minimum.at(first, rows, d0)
    np.maximum.at(last, rows, d1)
    return MilestoneTracks(rows[order], stage[order], day[order], (d0 == d1)[order], first, last)


def _track_order(rows: np.ndarray, twice_day: np.ndarray, stage: np.ndarray) -> np.ndarray:
    """``np.lexsort((stage, day, rows))`` (ties in row order): the three as one integer key,
    sorted stably (milestones come by event, so timsort's runs make it ~O(n): 4.7 → 0.1 ms at
    tier L); the lexsort where the key could overflow."""
    if not len(rows) or rows.min() < 0:
        return np.lexsort((stage, twice_day, rows))
    lo = int(twice_day.min())  # (stage < 16: MILESTONE_STAGES has 10)
    span = int(twice_day.max()) - lo + 1
    if (int(rows.max()) + 1) * span * 16 >= 1 << 62 or stage.min() < 0 or stage.max() >= 16:
        return np.lexsort((stage, twice_day, rows))
    return np.argsort((rows * span + (twice_day - lo)) * 16 + stage, kind="stable")


# -- lanes ---------------------------------------------------------------------------------------
def _resolution(pack: Pack) -> dict[str, str]:
    """Actor id -> the state/bloc it stands for (itself, or its first state/bloc ``member_of``)."""
    actors = pack.actors
    kind = dict(zip(actors["id"], actors["kind"]))
    out = {}
    for actor, k, member_of in zip(actors["id"], actors["kind"], actors["member_of"]):
        if k in _STATE_KINDS:
            out[actor] = actor
            continue
        for m in str(member_of or "").split(LIST_SEPARATOR):
            m = m.strip()
            if kind.get(m) in _STATE_KINDS:
                out[actor] = m
                break
    return out


@dataclass(frozen=True)
class _ListCells:
    """A list column (``eu;jp``) parsed once per distinct cell: ``cells[cell[row]]`` holds the
    row's items as codes (mapped, unknown items dropped, duplicates removed, in cell order)."""

    cell: np.ndarray  # int64 per row
    cells: list[tuple[int, ...]]

    def weights(self) -> np.ndarray:
        """How many rows use each distinct cell."""
        return np.bincount(self.cell, minlength=len(self.cells))

    def per_cell(self, values: list[Any]) -> np.ndarray:
        """A per-cell value list broadcast to rows."""
        out: np.ndarray = np.asarray(values)[self.cell]
        return out

    def explode(self) -> tuple[np.ndarray, np.ndarray]:
        """(row, code) for every item of every row, rows ascending."""
        lens = np.array([len(c) for c in self.cells], dtype=np.int64)
        flat = np.array([x for c in self.cells for x in c], dtype=np.int64)
        offset = np.r_[0, np.cumsum(lens)[:-1]]
        count = lens[self.cell]
        rows = np.repeat(np.arange(len(self.cell), dtype=np.int64), count)
        first = np.repeat(offset[self.cell], count)
        within = np.arange(len(rows)) - np.repeat(np.cumsum(count) - count, count)
        return rows, flat[first + within]


def _list_cells(series: Any, mapping: dict[str, int],
                factorized: tuple[np.ndarray, Any] | None = None) -> _ListCells:
    codes, uniques = series.factorize() if factorized is None else factorized
    cells = []
    for text in uniques:
        items = (i.strip() for i in str(text).split(LIST_SEPARATOR))
        cells.append(tuple(dict.fromkeys(mapping[i] for i in items if i in mapping)))
    cells.append(())  # code -1: an empty/missing cell
    return _ListCells(np.where(codes < 0, len(cells) - 1, codes).astype(np.int64), cells)


def _party_cells(pack: Pack) -> tuple[tuple[str, ...], _ListCells]:
    """The state/bloc ids (actors-table order) and each event's parties resolved to them."""
    resolve = _resolution(pack)
    actors = tuple(a for a in pack.actors["id"] if resolve.get(a) == a)
    code_of = {a: i for i, a in enumerate(actors)}
    return actors, _list_cells(pack.events["parties"], {a: code_of[r] for a, r in resolve.items()})


def _focus_code(n_actors: int, parties: _ListCells) -> int:
    weights = parties.weights()
    per_actor = np.zeros(max(n_actors, 1), dtype=np.int64)
    for cell, w in zip(parties.cells, weights.tolist()):
        for code in cell:
            per_actor[code] += w
    return int(np.argmax(per_actor)) if per_actor.any() else -1  # ties: first in the table


def focus_actor(pack: Pack) -> str | None:
    """The state or bloc taking part in most events (a member person or organisation counts for
    its state); ties go to the first in the actors table."""
    actors, parties = _party_cells(pack)
    code = _focus_code(len(actors), parties)
    return actors[code] if code >= 0 else None


@dataclass(frozen=True)
class Counterparts:
    """Per event: its partner-mode lane code and main counterpart, as codes into ``actors``.

    Lane codes, with ``A = len(actors)``: ``c`` the focus with actor c; ``A + c`` actor c without
    the focus; ``2A`` multilateral; ``2A + 1`` domestic; ``2A + 2`` other.
    """

    focus: str | None
    actors: tuple[str, ...]  # state/bloc ids by code
    lane_code: np.ndarray  # int64 per event
    main: np.ndarray  # int64 actor code per event, -1 for none

    @property
    def other_code(self) -> int:
        return 2 * len(self.actors) + 2

    def lane_label(self, code: int, names: dict[str, str], names_ja: dict[str, str] | None = None,
                   lang: str = "en") -> str:
        """A lane's name in the label language (``names_ja``: actors' Japanese names; a missing
        one falls back to the English)."""
        en = self._lane_label(code, names, "en")
        if lang == "en" or names_ja is None:
            return en
        ja_names = {k: (names_ja.get(k) or "").strip() or v for k, v in names.items()}
        return pick(en, self._lane_label(code, ja_names, "ja"), lang)

    def _lane_label(self, code: int, names: dict[str, str], lang: str) -> str:
        a = len(self.actors)
        focus_name = names.get(self.focus or "", self.focus or "")
        if code < a:
            return timeline_phrase("{focus}–{partner}", lang, focus=focus_name,
                                   partner=names.get(self.actors[code], self.actors[code]))
        if code < 2 * a:
            return names.get(self.actors[code - a], self.actors[code - a])
        if code == 2 * a:
            return timeline_phrase(MULTILATERAL, lang)
        if code == 2 * a + 1:
            return timeline_phrase("{focus} (domestic)", lang, focus=focus_name)
        return timeline_phrase(OTHER, lang)


def counterparts(pack: Pack, focus: str | None = None) -> Counterparts:
    """Each event's lane and main counterpart relative to ``focus`` (default: ``focus_actor``).

    Read from ``pack.event_parties`` (one row per event and party, in cell order) as integer
    arrays: its 10^2 distinct actors resolved once, never a parties cell split again (a tier-L
    reopen spent ~60 ms on the worker splitting 10^5 cells)."""
    resolve = _resolution(pack)
    actors = tuple(a for a in pack.actors["id"] if resolve.get(a) == a)
    a, n = len(actors), len(pack.events)
    code_of = {x: i for i, x in enumerate(actors)}
    items = pack.event_parties
    ids, names = pack.factorized("event_parties", "actor")  # NA: -1, the sentinel below
    resolved = np.array([code_of[resolve[x]] if x in resolve else -1 for x in names] + [-1],
                        dtype=np.int64)
    code = resolved[ids]
    row = items["row"].to_numpy(dtype=np.int64)
    if (row[1:] < row[:-1]).any():  # as loaded, rows ascend already
        order = np.argsort(row, kind="stable")  # rows ascending, each row's parties in cell order
        row, code = row[order], code[order]
    keep = (code >= 0) & (row >= 0) & (row < n)
    row, code = row[keep], code[keep]
    bits = max(a, 1).bit_length()  # (event, actor) as one integer: each pair once, sorted
    # (an event counts an actor once); sorted by row already, so timsort's runs make it ~O(n)
    pairs = np.sort((row << bits) | code, kind="stable")
    pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] if len(pairs) else pairs
    pair_row, pair_code = pairs >> bits, pairs & ((1 << bits) - 1)
    if focus is None:  # the state/bloc in most events; ties: the first in the actors table
        per_actor = np.bincount(pair_code, minlength=a)
        focus_code = int(np.argmax(per_actor)) if per_actor.any() else -1
        focus = actors[focus_code] if focus_code >= 0 else None
    else:
        focus_code = actors.index(focus) if focus in actors else -1
    lane = np.full(n, 2 * a + 2, dtype=np.int64)  # no resolved party: other
    main = np.full(n, -1, dtype=np.int64)
    if len(row):  # without the focus: the first resolved party names the lane
        first = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
        lane[row[first]] = a + code[first]
        main[row[first]] = code[first]
    with_focus = np.zeros(n, dtype=bool)
    with_focus[pair_row[pair_code == focus_code]] = True
    others = np.bincount(pair_row[pair_code != focus_code], minlength=n)  # distinct, per event
    lane[with_focus] = np.where(others[with_focus] == 0, 2 * a + 1,  # the focus alone: domestic
                                np.where(others[with_focus] == 1, -1, 2 * a))  # several: multi
    main[with_focus] = focus_code
    pick = (code != focus_code) & with_focus[row]
    row, code = row[pick], code[pick]
    if len(row):  # beside the focus, the first other party is the main counterpart; alone, the lane
        first = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
        main[row[first]] = code[first]
        alone = lane[row[first]] == -1
        lane[row[first][alone]] = code[first][alone]
    return Counterparts(focus, actors, lane, main)


def _rank_lanes(codes: np.ndarray, other: int, max_lanes: int) -> tuple[list[int], np.ndarray]:
    """Lane codes by count (descending, ties by code), the tail merged into ``other`` (always
    last); and each item's lane index."""
    counts = np.bincount(codes, minlength=other + 1)
    used = [int(c) for c in np.flatnonzero(counts) if c != other]
    used.sort(key=lambda c: (-counts[c], c))
    kept = used[: max_lanes - 1] if len(used) + (counts[other] > 0) > max_lanes else used
    lane_of = np.full(other + 1, len(kept), dtype=np.int16)
    lane_of[kept] = np.arange(len(kept), dtype=np.int16)
    lane = lane_of[codes]
    lanes = kept + ([other] if np.any(lane == len(kept)) else [])
    return lanes, lane


# -- placements ----------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Placements:
    """One row per drawn item (an event in one lane), sorted by ``extent_start``.

    ``start_day``/``end_day`` are the event's own inclusive days (for an event without an end, the
    days its start date covers); ``extent_*`` also cover its milestone track.
    """

    mode: str
    focus: str | None
    lane_labels: tuple[str, ...]
    event_row: np.ndarray  # int32
    lane: np.ndarray  # int16
    start_day: np.ndarray  # int32
    end_day: np.ndarray  # int32
    precision: np.ndarray  # int8 (Precision of the start date)
    is_span: np.ndarray  # bool: the event has an end date
    inexact: np.ndarray  # bool: a date is approximate (~) or uncertain (?)
    kind: np.ndarray  # int8 index into EVENT_KINDS
    colour: np.ndarray  # int16 index into palette
    has_track: np.ndarray  # bool: the event has milestones
    extent_start: np.ndarray  # int32
    extent_end: np.ndarray  # int32
    palette: tuple[str, ...]  # hex colours
    palette_labels: tuple[str, ...]  # legend text per colour
    milestones: MilestoneTracks
    n_events: int
    _by_event: np.ndarray = field(repr=False)  # placement indices sorted by event row

    def __len__(self) -> int:
        return len(self.event_row)

    @property
    def n_lanes(self) -> int:
        return len(self.lane_labels)

    def of_event(self, row: int) -> np.ndarray:
        """Every placement of one event (several in domain mode)."""
        rows = self.event_row[self._by_event]
        lo, hi = np.searchsorted(rows, row, side="left"), np.searchsorted(rows, row, side="right")
        return self._by_event[lo:hi]

    def visible_mask(self, visible_events: Iterable[int] | np.ndarray) -> np.ndarray:
        """Which placements belong to the given event rows (e.g. ``Session.visible_events``)."""
        ev = np.zeros(self.n_events, dtype=bool)
        ev[np.asarray(visible_events, dtype=np.int64)] = True
        out: np.ndarray = ev[self.event_row]
        return out

    def index_for(self, visible_events: Iterable[int] | np.ndarray) -> IntervalIndex:
        """Interval index over the placements of the given event rows; build once per filter."""
        ids = np.flatnonzero(self.visible_mask(visible_events))
        return IntervalIndex(self.extent_start[ids], self.extent_end[ids], ids)

    def query(self, day0: float, day1: float, index: IntervalIndex | None = None) -> np.ndarray:
        """Placements intersecting ``[day0, day1)`` (all, or those ``index`` holds), ascending."""
        return (self.full_index() if index is None else index).query(day0, day1)

    def full_index(self) -> IntervalIndex:
        """The interval index of every placement, built once."""
        index: IntervalIndex | None = self.__dict__.get("_full_index")
        if index is None:
            index = IntervalIndex(self.extent_start, self.extent_end)
            object.__setattr__(self, "_full_index", index)
        return index

    def kept_index(self, kept: np.ndarray, keep: np.ndarray | None = None) -> IntervalIndex:
        """The interval index of the placements ``kept`` (ascending, distinct; ``keep``: the
        same as a bool per placement, if the caller has it). Many kept: taken from the full
        index in one pass (``IntervalIndex.subset``), no sort per filter change; few: built
        over them (a sort of a few is cheaper than a pass over all). Either way the index a
        build over ``kept`` gives."""
        n, k = len(self), len(kept)
        if k == n:
            return self.full_index()
        if k * KEPT_SHARE_FOR_SUBSET < n:
            return IntervalIndex(self.extent_start[kept], self.extent_end[kept], kept)
        if keep is None:
            keep = np.zeros(n, dtype=bool)
            keep[kept] = True
        return self.full_index().subset(keep)

    def middles_in_order(self, kept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The middle days of the placements ``kept`` (ascending, distinct), ascending, and
        their lanes: what a stable sort of the kept middles gives (ties in placement order),
        picked out of every placement's middles sorted once, by one pass (a new filter keeping
        8,000 of 10^4 placements: ~0.3 ms of sorting a change at tier M, measured)."""
        got = self.__dict__.get("_middles")
        if got is None:
            mid = (self.start_day + self.end_day + 1) / 2.0
            order = np.argsort(mid, kind="stable")
            got = (order, mid[order])
            object.__setattr__(self, "_middles", got)
        order, mid = got
        if len(kept) == len(self):
            return mid, self.lane[order]
        keep = np.zeros(len(self), dtype=bool)
        keep[kept] = True
        mine = np.flatnonzero(keep[order])  # (see IntervalIndex.subset)
        return mid[mine], self.lane[order[mine]]


def _date_flags(series: Any, factorized: tuple[np.ndarray, Any] | None = None,
                ) -> tuple[np.ndarray, np.ndarray]:
    """Precision and approximate/uncertain flag from dates in pack notation (``2019-02~``);
    each distinct text is looked at once, with numpy's string ufuncs (no Python loop per text).
    Empty cells give precision 0. ``factorized``: ``series.factorize()`` when known."""
    codes, uniques = series.factorize() if factorized is None else factorized
    texts = np.array([t if isinstance(t, str) else "" for t in uniques] + [""], dtype=str)
    if texts.dtype.kind != "U":  # no text at all (an empty pack): one empty dtype
        texts = texts.astype("U1")
    length = np.strings.str_len(np.strings.rstrip(texts, "~?"))
    prec = np.zeros(len(texts), dtype=np.int8)
    for n, p in ((4, Precision.YEAR), (7, Precision.MONTH), (10, Precision.DAY)):
        prec[length == n] = p
    inexact = np.strings.endswith(texts, "~") | np.strings.endswith(texts, "?")
    return prec[codes], inexact[codes]


def _date_flags_loop(series: Any) -> tuple[np.ndarray, np.ndarray]:
    """The former per-text loop of ``_date_flags``, kept for the tests that compare the two."""
    codes, uniques = series.factorize()
    texts = [t if isinstance(t, str) else "" for t in uniques]
    lengths = {4: Precision.YEAR, 7: Precision.MONTH, 10: Precision.DAY}
    prec = np.array([lengths.get(len(t.rstrip("~?")), 0) for t in texts] + [0], dtype=np.int8)
    inexact = np.array([t[-1:] in ("~", "?") for t in texts] + [False], dtype=bool)
    return prec[codes], inexact[codes]


KEPT_SHARE_FOR_SUBSET = 8  # a filter keeping more than 1/8 of the rows: one pass over orders kept
# per pack instead of a sort per change (``Placements.kept_index``, ``TimelineSource.in_order``)


class TimelineSource:
    """The lane-independent part of a pack's timeline, computed once per pack: counterparts, date
    flags, kinds, milestone tracks and domains. ``placements(mode)`` derives (and caches) the
    table for a lane mode, so switching modes does not redo the per-event parsing."""

    def __init__(self, pack: Pack, focus: str | None = None) -> None:
        ev = pack.events
        domain_ids = pack.domain_ids  # built-in then the pack's own
        # each column's codes as a reopen kept them (``Pack.factorized``), else hashed once here
        domains = _list_cells(ev["domains"], {d: i for i, d in enumerate(domain_ids)},
                              pack.factorized("events", "domains"))
        precision, start_inexact = _date_flags(ev["start"], pack.factorized("events", "start"))
        end_precision, end_inexact = _date_flags(ev["end"], pack.factorized("events", "end"))
        kind = _codes(ev["kind"], {k: i for i, k in enumerate(EVENT_KINDS)},
                      EVENT_KINDS.index("other"), pack.factorized("events", "kind")).astype(np.int8)
        self._assemble(pack, counterparts(pack, focus), domains, precision, end_precision > 0,
                       start_inexact | end_inexact, kind, milestone_tracks(pack))

    def _assemble(self, pack: Pack, cps: Counterparts, domains: _ListCells, precision: np.ndarray,
                  is_span: np.ndarray, inexact: np.ndarray, kind: np.ndarray,
                  tracks: MilestoneTracks) -> None:
        """The source from its parts (computed, or stored in the pack's cache entry)."""
        ev = pack.events
        self.pack = pack
        self.n = len(ev)
        self.counterparts = cps
        self.domain_ids = pack.domain_ids
        self.domains = domains
        no_domain = len(self.domain_ids)
        self.first_domain = self.domains.per_cell(
            [c[0] if c else no_domain for c in self.domains.cells]).astype(np.int32)
        self.precision, self.is_span, self.inexact, self.kind = precision, is_span, inexact, kind
        # Days in 4 bytes (the pack's own columns when they are, not copies), as every per-row
        # array kept here and in ``Placements``: no milestone is ±int32 max, which they hold.
        self.start_day = ev["start_day"].to_numpy().astype(np.int32, copy=False)
        self.end_day = ev["end_day"].to_numpy().astype(np.int32, copy=False)
        self.tracks = tracks
        self.has_track = self.tracks.first_day != _NO_MILESTONE
        self.extent_start = np.minimum(self.start_day, self.tracks.first_day).astype(np.int32)
        self.extent_end = np.maximum(self.end_day, self.tracks.last_day).astype(np.int32)
        self._cache: dict[tuple[str, int, str], Placements] = {}
        self._orders: dict[str, np.ndarray] = {}  # every row by first / last day, made on first use

    def in_order(self, by: str, rows: np.ndarray, keep: np.ndarray | None = None) -> np.ndarray:
        """``rows`` (distinct event rows) ordered by their first day (``by="start"``) or last
        day (``"end"``); ties in no set order. Rows already in that order (the session's
        visible events are chronological: by first day) come back as they are; many rows are
        picked out of every row's order, sorted once per pack, by ``keep`` (a bool per row:
        the same rows, made here if not given) instead of sorted per filter change (the last
        days of 80,000 events: 2.2 ms a sort at tier L, 0.36 ms picked, measured); few are
        sorted. Every row (a filter cleared): that order itself, read-only, without a look."""
        rows = np.asarray(rows, dtype=np.int64)
        day = self.start_day if by == "start" else self.end_day
        every = len(rows) == self.n
        if not every:
            days = day[rows]
            if not (days[1:] < days[:-1]).any():
                return rows
            if len(rows) * KEPT_SHARE_FOR_SUBSET < self.n:
                out: np.ndarray = rows[np.argsort(days, kind="stable")]
                return out
        orders: dict[str, np.ndarray] = self.__dict__.setdefault("_orders", {})  # a copy made
        order = orders.get(by)  # without __init__ (a cache entry) has none yet
        if order is None:
            order = orders[by] = np.argsort(day, kind="stable")
            order.flags.writeable = False
        if every:
            return order
        if keep is None:
            keep = np.zeros(self.n, dtype=bool)
            keep[rows] = True
        picked: np.ndarray = order[np.flatnonzero(keep[order])]  # (see IntervalIndex.subset)
        return picked

    def placements(self, mode: str = "partner", *, max_lanes: int = MAX_LANES,
                   lang: str = "en") -> Placements:
        """The table for a lane mode; ``lang``: the label language of lane and legend names."""
        if mode not in LANE_MODES:
            raise ValueError(f"lane mode must be one of {LANE_MODES}, not {mode!r}")
        key = (mode, max_lanes, lang)
        if key not in self._cache:
            self._cache[key] = self._build(mode, max_lanes, lang)
        return self._cache[key]

    def _build(self, mode: str, max_lanes: int, lang: str = "en") -> Placements:
        n, cps, names = self.n, self.counterparts, self.pack.actor_names
        names_ja = actor_names_in(self.pack, "ja") if lang != "en" else None
        shown = actor_names_in(self.pack, lang)
        other = timeline_phrase(OTHER, lang)
        ids, no_domain = self.domain_ids, len(self.domain_ids)
        colours = pack_domain_colours(self.pack)
        if mode == "partner":
            rows = np.arange(n, dtype=np.int32)
            lane_codes, lane = _rank_lanes(cps.lane_code, cps.other_code, max_lanes)
            lane_labels = tuple(cps.lane_label(c, names, names_ja, lang) for c in lane_codes)
            present = np.flatnonzero(np.bincount(self.first_domain, minlength=no_domain + 1))
            palette = tuple(colours[ids[d]] if d < no_domain else GREY for d in present)
            palette_labels = tuple(pack_domain_label(self.pack, ids[d], lang) if d < no_domain
                                   else other for d in present)
            colour_of = np.zeros(no_domain + 1, dtype=np.int16)
            colour_of[present] = np.arange(len(present), dtype=np.int16)
            colour = colour_of[self.first_domain]
        else:
            rows, dom_of = self.domains.explode()
            orphans = np.flatnonzero(np.bincount(rows, minlength=n) == 0)  # no domain: own lane
            rows = np.r_[rows, orphans].astype(np.int32)
            dom_of = np.r_[dom_of, np.full(len(orphans), no_domain)].astype(np.int64)
            present = np.flatnonzero(np.bincount(dom_of, minlength=no_domain + 1))
            lane_of = np.zeros(no_domain + 1, dtype=np.int16)
            lane_of[present] = np.arange(len(present), dtype=np.int16)
            lane = lane_of[dom_of]
            lane_labels = tuple(pack_domain_label(self.pack, ids[d], lang) if d < no_domain
                                else other for d in present)
            # Colour by main counterpart: the most frequent get colours, the rest share grey.
            a = len(cps.actors)
            counts = np.bincount(cps.main[cps.main >= 0], minlength=a)
            ranked = sorted(np.flatnonzero(counts).tolist(),
                            key=lambda c: (-counts[c], cps.actors[c]))[:_MAX_COUNTERPART_COLOURS]
            chosen = [cps.actors[c] for c in ranked]
            hexes = pack_actor_colours(self.pack)  # the same colour per actor as every chart
            colour_of = np.full(a + 1, len(chosen), dtype=np.int16)  # last slot: main == -1
            colour_of[ranked] = np.arange(len(chosen), dtype=np.int16)
            colour = colour_of[cps.main][rows]
            palette = tuple(hexes[c] for c in chosen)
            palette_labels = tuple(shown.get(c, c) for c in chosen)
            if np.any(colour == len(chosen)):
                palette, palette_labels = palette + (GREY,), palette_labels + (other,)

        order = _stable_argsort(self.extent_start[rows])
        rows, lane, colour = rows[order], lane[order], colour[order]
        return Placements(
            mode=mode,
            focus=cps.focus,
            lane_labels=lane_labels,
            event_row=rows,
            lane=lane.astype(np.int16),
            start_day=self.start_day[rows],
            end_day=self.end_day[rows],
            precision=self.precision[rows],
            is_span=self.is_span[rows],
            inexact=self.inexact[rows],
            kind=self.kind[rows],
            colour=colour.astype(np.int16),
            has_track=self.has_track[rows],
            extent_start=self.extent_start[rows],
            extent_end=self.extent_end[rows],
            palette=palette,
            palette_labels=palette_labels,
            milestones=self.tracks,
            n_events=n,
            _by_event=_by_event(rows, n, mode),
        )


def _stable_argsort(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")`` of integers: each made unique by its position
    (value·n + i) and sorted by numpy's quicksort (SIMD: 7.2 → 3.2 ms for 10^5 extents at tier L);
    the stable sort where that could overflow."""
    n = len(values)
    if not n:
        return np.argsort(values, kind="stable")
    lo = int(values.min())
    if (int(values.max()) - lo + 1) * n >= 1 << 62:
        return np.argsort(values, kind="stable")
    return np.argsort((values.astype(np.int64) - lo) * n + np.arange(n, dtype=np.int64))


def _by_event(rows: np.ndarray, n: int, mode: str) -> np.ndarray:
    """Placement indices sorted by event row: in partner mode every event is placed once, so the
    inverse permutation (a scatter, not a sort of 10^5 rows); else a stable sort."""
    if mode != "partner":
        return np.argsort(rows, kind="stable")
    out = np.empty(n, dtype=np.intp)
    out[rows] = np.arange(n, dtype=np.intp)
    return out


_SOURCE_KEY = "_timeline_source"  # cached on the pack instance (a Pack is rebuilt when it changes)


def timeline_source(pack: Pack) -> TimelineSource:
    """The pack's ``TimelineSource`` (default focus), built once per pack and kept in
    ``pack.__dict__``: the loader's worker builds it before the pack reaches the window
    (``explorer.qt.workers``), so the timeline does not parse 10^5 events on the GUI thread. A
    reopened pack's comes from its cache entry when stored there and sound (``timeline_stored``)."""
    source = pack.__dict__.get(_SOURCE_KEY)
    if source is None:
        from explorer.charts.timeline_stored import stored_source  # (needs pandas: a pack is open)

        source = stored_source(pack) or TimelineSource(pack)
        pack.__dict__[_SOURCE_KEY] = source
    return source


def build_placements(pack: Pack, mode: str = "partner", *, focus: str | None = None,
                     max_lanes: int = MAX_LANES) -> Placements:
    """The placements table for one pack and lane mode (see the module docstring for the rules).
    Views that switch modes keep a ``TimelineSource`` instead."""
    return TimelineSource(pack, focus).placements(mode, max_lanes=max_lanes)


# -- per-frame geometry --------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemExtents:
    """Pixel geometry of items along x: the drawn shape and the whole extent (with the track)."""

    shape_x0: np.ndarray
    shape_x1: np.ndarray
    extent_x0: np.ndarray
    extent_x1: np.ndarray
    is_point: np.ndarray  # drawn as a marker (exact day, no end)
    track_x0: np.ndarray  # milestone track (NaN when none)
    track_x1: np.ndarray

    def take(self, which: np.ndarray) -> ItemExtents:
        """The extents of a subset (boolean mask or indices)."""
        return ItemExtents(*(getattr(self, f.name)[which] for f in fields(self)))


def item_extents(p: Placements, idx: np.ndarray, x_origin: float, px_per_day: float, *,
                 marker_radius: float = 5.0, min_bar: float = 6.0, min_span: float = 3.0
                 ) -> ItemExtents:
    """Where placements ``idx`` go along x at a zoom: ``x = x_origin + day * px_per_day``.

    Exact days without an end are markers centred on the day; spans are bars at least ``min_span``
    wide; dates known to a month or year are bars across it, at least ``min_bar`` wide so they never
    shrink into something that looks like a precise point.
    """
    s = p.start_day[idx].astype(np.float64)
    e = p.end_day[idx].astype(np.float64) + 1.0
    span = p.is_span[idx]
    point = ~span & (p.precision[idx] == Precision.DAY)
    x0 = x_origin + s * px_per_day
    x1 = x_origin + e * px_per_day
    mid = (x0 + x1) / 2
    minw = np.where(span, min_span, min_bar)
    narrow = (x1 - x0) < minw
    x0 = np.where(narrow, mid - minw / 2, x0)
    x1 = np.where(narrow, mid + minw / 2, x1)
    x0 = np.where(point, mid - marker_radius, x0)
    x1 = np.where(point, mid + marker_radius, x1)
    has = p.has_track[idx]
    rows = p.event_row[idx]
    ms = p.milestones
    tf = np.where(has, ms.first_day[rows], 0).astype(np.float64)
    tl = np.where(has, ms.last_day[rows], 0).astype(np.float64) + 1.0
    tx0 = np.where(has, x_origin + tf * px_per_day, np.nan)
    tx1 = np.where(has, x_origin + tl * px_per_day, np.nan)
    ex0 = np.where(has, np.fmin(x0, tx0), x0)
    ex1 = np.where(has, np.fmax(x1, tx1), x1)
    return ItemExtents(x0, x1, ex0, ex1, point, tx0, tx1)


def stack_rows(lane: np.ndarray, x0: np.ndarray, x1: np.ndarray, *, gap: float = 3.0,
               max_rows: int = 32) -> np.ndarray:
    """Greedy first fit: each item (by lane, then x0) takes the lowest row of its lane whose last
    item ends at least ``gap`` px before it starts. Past ``max_rows`` rows (at least one) an item
    shares the row that frees up first, the lowest of equals (it will overlap; the painter caps
    rows anyway). Extents may be infinite, never NaN.

    Two heaps per lane: busy rows by (end, row), free rows by row. Starts only grow within a lane,
    so a row once free stays free until taken: each item moves the rows that have freed, then
    takes the lowest free one, a new one, or the busy one ending first. In a crowded window (a
    tier-M pan: 16 rows full after a lane's first items, 7 in 10 items share) that is half the
    time of scanning every row's end per item; as fast as that scan where rows stay free."""
    n = len(x0)
    rows = np.zeros(n, dtype=np.int32)
    if n == 0:
        return rows
    order = np.lexsort((x0, lane))
    out: list[int] = []
    put = out.append
    push, pop, replace = heapq.heappush, heapq.heappop, heapq.heapreplace
    cur = None
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    used = 0
    for ln, a, b in zip(lane[order].tolist(), x0[order].tolist(), x1[order].tolist()):
        if ln != cur:  # a lane's first item: its first row
            cur, busy, free, used = ln, [(b, 0)], [], 1
            put(0)
            continue
        limit = a - gap
        while busy and busy[0][0] <= limit:
            push(free, pop(busy)[1])
        if free:
            r = pop(free)
            push(busy, (b, r))
        elif used < max_rows:
            r = used
            used += 1
            push(busy, (b, r))
        else:  # every row busy: share the one that frees first (keeping the later end)
            end, r = busy[0]
            replace(busy, (b if b > end else end, r))
        put(r)
    rows[order] = out
    return rows


@dataclass(frozen=True)
class LaneGeometry:
    """Vertical layout of lanes inside the plot (pixels relative to its top)."""

    top: np.ndarray  # float per lane
    height: np.ndarray
    rows: np.ndarray  # rows shown per lane (items in deeper rows wrap)
    labelled: np.ndarray  # bool per lane: the stacking that leaves room for labels was used
    pitch: float  # px per row
    pad: float

    def row_centre(self, lane: np.ndarray, row: np.ndarray) -> np.ndarray:
        """y of a row's centre: the rows of a lane are centred vertically in it."""
        used = self.rows[lane] * self.pitch
        first = self.top[lane] + (self.height[lane] - used) / 2
        out: np.ndarray = first + (row + 0.5) * self.pitch
        return out


def allocate_lanes(rows_labelled: np.ndarray, rows_compact: np.ndarray, height: float, *,
                   pitch: float = 18.0, min_pitch: float = 15.0, hard_min_pitch: float = 8.0,
                   min_cap: int = 2, pad: float = 4.0) -> LaneGeometry:
    """Share ``height`` between lanes needing some rows each.

    Fallbacks in order, each only while the lanes still do not fit: the lane needing most rows
    switches from the stacking that leaves room for labels to its compact one (repeatedly); rows
    shrink to ``min_pitch`` (still tall enough for a label); deep rows wrap, down to ``min_cap``
    rows per lane; rows shrink to ``hard_min_pitch``; rows wrap further. Spare height is spread
    evenly over the lanes.
    """
    rows_labelled = np.maximum(np.asarray(rows_labelled, dtype=np.int64), 1)
    rows_compact = np.maximum(np.minimum(np.asarray(rows_compact, dtype=np.int64),
                                         rows_labelled), 1)
    n = len(rows_labelled)
    if n == 0:
        z = np.zeros(0)
        return LaneGeometry(z, z, z.astype(np.int64), z.astype(bool), pitch, pad)
    # A handful of lanes: the fallbacks below step a row or a lane at a time, in plain Python on
    # lists (numpy's calls on a few numbers cost more than the arithmetic), all integers but
    # the pitch; the same steps as one would take on arrays.
    labelled_l = [True] * n
    rows_l = rows_labelled.tolist()
    compact_l = rows_compact.tolist()
    labelled_rows = rows_labelled.tolist()

    def fits(r: list[int], p: float) -> bool:
        return float(sum(r)) * p + 2 * pad * n <= height

    def best_pitch(r: list[int], floor: float) -> float:
        return float(max(floor, min(pitch, (height - 2 * pad * n) / max(float(sum(r)), 1.0))))

    def capped(r: list[int], p: float, floor_cap: int) -> list[int]:
        """Rows capped at the highest cap that fits, down to ``floor_cap`` (used even if it does
        not fit). A lower cap never fits less, so bisection finds the cap that stepping down
        one at a time finds, in 4 tries instead of up to 16 (~0.1 ms a pan step at tier M)."""
        cap = max(r)
        if cap > floor_cap and not fits(r, p):
            lo, hi = floor_cap, cap - 1  # the cap: the highest in (lo, hi] that fits, else lo
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if fits([min(v, mid) for v in r], p):
                    lo = mid
                else:
                    hi = mid - 1
            cap = lo
        return [min(v, cap) for v in r]

    while not fits(rows_l, pitch):
        # the lane needing most rows among those whose compact stacking saves some
        gains = [r if lab and r - c > 0 else -1
                 for r, c, lab in zip(rows_l, compact_l, labelled_l)]
        if max(gains) < 0:
            break
        worst = gains.index(max(gains))
        labelled_l[worst] = False
        rows_l[worst] = compact_l[worst]
    if not fits(rows_l, pitch):
        pitch = best_pitch(rows_l, min_pitch)
    if not fits(rows_l, pitch):
        rows_l = capped(rows_l, pitch, min_cap)
    if not fits(rows_l, pitch):
        pitch = best_pitch(rows_l, hard_min_pitch)
    if not fits(rows_l, pitch):
        rows_l = capped(rows_l, pitch, 1)
    # A uniform cap leaves height unused (lanes needing fewer rows than the cap); give it, a row
    # at a time, to the lanes that still hide most rows, before anything says "+N more".
    need = [a if lab else b for a, b, lab in zip(labelled_rows, compact_l, labelled_l)]
    while True:
        short = [a - b for a, b in zip(need, rows_l)]
        most = max(short)
        if most <= 0:
            break
        grow = short.index(most)
        rows_l[grow] += 1
        if not fits(rows_l, pitch):
            rows_l[grow] -= 1
            break
    rows = np.array(rows_l, dtype=np.int64)
    labelled = np.array(labelled_l, dtype=bool)
    base = rows * pitch + 2 * pad
    spare = max(0.0, height - float(base.sum()))
    h = base + spare / n
    top = np.zeros(n)
    np.cumsum(h[:-1], out=top[1:])  # the same sums as cumsum(h)[:-1], without np.r_
    return LaneGeometry(top, h, rows, labelled, float(pitch), pad)


def place_labels(lane: np.ndarray, row: np.ndarray, x0: np.ndarray, x1: np.ndarray,
                 text_w: np.ndarray, *, left: float, right: float,
                 shape_x0: np.ndarray | None = None, shape_x1: np.ndarray | None = None,
                 anchor: np.ndarray | None = None, inside_ok: np.ndarray | None = None,
                 inside_fraction: np.ndarray | float = 1.0,
                 prefer_outside: np.ndarray | bool = False, pad: float = 4.0,
                 min_w: float = 36.0, inside_min: float = 80.0
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where each item's label goes: (x, width, inside), width 0 when hidden. Labels never
    overlap each other or another item of their row.

    ``x0``/``x1`` are the items' whole extents (what stacking kept apart); ``shape_*`` the drawn
    mark inside it (default: the extent). A mark at least ``inside_min`` px wide carries its
    label inside (where ``inside_ok``, and unless ``prefer_outside`` and its right has as much
    room), using at most ``inside_fraction`` of it; otherwise the
    label starts right of ``anchor`` (default: the mark's end; anywhere inside the extent) when
    the whole text fits there, else right of the mark, and runs up to the next item of its row.
    A label
    shows when at least ``min_w`` px (or its whole text) fits, elided to its room, and only if
    it starts after every earlier item of its row has ended (so rows that had to wrap stay
    legible). Vectorised over the items (up to ``LABELS_FEW`` of them, a plain loop).
    """
    n = len(x0)
    lx = np.zeros(n)
    lw = np.zeros(n)
    if n == 0:
        return lx, lw, np.zeros(0, dtype=bool)
    shape_x0 = x0 if shape_x0 is None else shape_x0
    shape_x1 = x1 if shape_x1 is None else shape_x1
    if n <= LABELS_FEW:
        few = _place_labels_few(lane, row, x0, x1, text_w, left, right, shape_x0, shape_x1,
                                anchor, inside_ok, inside_fraction, prefer_outside, pad, min_w,
                                inside_min)
        if few is not None:
            return few
    anchor = shape_x1 if anchor is None else np.clip(anchor, x0, x1)
    inside_ok = np.ones(n, dtype=bool) if inside_ok is None else inside_ok
    order = np.lexsort((x0, row, lane))
    ln, rw, a, b, tw = lane[order], row[order], x0[order], x1[order], text_w[order]
    sa, sb, ok, an = shape_x0[order], shape_x1[order], inside_ok[order], anchor[order]
    fr = np.broadcast_to(np.asarray(inside_fraction, dtype=np.float64), (n,))[order]
    po = np.broadcast_to(np.asarray(prefer_outside, dtype=bool), (n,))[order]
    # Shifted copies by slicing into new arrays, not ``np.r_`` (~10 µs a call, five a frame).
    same_next = np.zeros(n, dtype=bool)
    np.logical_and(ln[1:] == ln[:-1], rw[1:] == rw[:-1], out=same_next[:-1])
    next_x0 = np.full(n, np.inf)
    next_x0[:-1][same_next[:-1]] = a[1:][same_next[:-1]]
    # Running max of the ends of earlier items in the same (lane, row) group: offset each group
    # so that one accumulate never carries a maximum across groups.
    group_start = np.ones(n, dtype=bool)
    np.logical_not(same_next[:-1], out=group_start[1:])
    gid = np.cumsum(group_start) - 1
    prev = np.empty(n)
    prev[1:] = b[:-1]
    prev[group_start] = -np.inf
    span = float(np.maximum(np.abs(a).max(), np.abs(b).max())) * 4 + 1.0
    lifted = np.where(np.isfinite(prev), prev - np.min(a) + 1.0, 0.0) + gid * span
    prev_end = np.maximum.accumulate(lifted) - gid * span
    prev_end = np.where(prev_end > 0, prev_end + np.min(a) - 1.0, -np.inf)

    room_inside = np.minimum(sb, right) - np.maximum(sa, left)
    out_limit = np.minimum(next_x0 - pad, right)
    room_outside = out_limit - (sb + pad)
    better_outside = (room_outside >= tw) | (room_outside >= fr * room_inside - 2 * pad)
    inside = ok & (room_inside >= inside_min) & ~(po & better_outside)
    # Outside labels start after the anchor if the whole text fits there, else right after
    # the mark (more room; over the item's own track).
    outside_start = np.where(out_limit - (an + pad) >= tw, an + pad, sb + pad)
    start = np.where(inside, np.maximum(sa, left) + pad, outside_start)
    limit = np.where(inside, np.minimum(np.minimum(sb, right) - pad,
                                        start + fr * room_inside), out_limit)
    width = np.minimum(tw, limit - start)
    show = (width >= np.minimum(min_w, tw)) & (width > 0) & (start >= left) & (start >= prev_end)
    lx[order] = start
    lw[order] = np.where(show, width, 0.0)
    flags = np.zeros(n, dtype=bool)
    flags[order] = inside
    return lx, lw, flags


# Up to this many items ``place_labels`` works element by element in Python: its some forty numpy
# calls on a few dozen values cost ~2 µs each, more than the loop (a zoomed frame at tier XS and
# S draws 20-60 items). 0: numpy always (the tests, the same-run measurement).
LABELS_FEW = 40


def _place_labels_few(lane: np.ndarray, row: np.ndarray, x0: np.ndarray, x1: np.ndarray,
                      text_w: np.ndarray, left: float, right: float, shape_x0: np.ndarray,
                      shape_x1: np.ndarray, anchor: np.ndarray | None,
                      inside_ok: np.ndarray | None, inside_fraction: np.ndarray | float,
                      prefer_outside: np.ndarray | bool, pad: float, min_w: float,
                      inside_min: float) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """``place_labels``' numpy arithmetic, operation for operation on Python floats (the same
    IEEE doubles, so the same results); None for input that is not float64 or not finite
    (NaN's rules differ between ``max`` and ``np.maximum``): numpy's path then decides."""
    floats = (x0, x1, text_w, shape_x0, shape_x1) + (() if anchor is None else (anchor,))
    if any(getattr(v, "dtype", None) != np.float64 for v in floats):
        return None  # numpy would work in another precision
    n = len(x0)
    ln, rw = lane.tolist(), row.tolist()
    a_all, b_all, tw_all = x0.tolist(), x1.tolist(), text_w.tolist()
    sa_all, sb_all = shape_x0.tolist(), shape_x1.tolist()
    an_all = sb_all if anchor is None else anchor.tolist()
    ok_all = [True] * n if inside_ok is None else inside_ok.tolist()
    fr_all = (np.broadcast_to(np.asarray(inside_fraction, dtype=np.float64), (n,)).tolist())
    po_all = np.broadcast_to(np.asarray(prefer_outside, dtype=bool), (n,)).tolist()
    if not math.isfinite(sum(a_all) + sum(b_all) + sum(tw_all) + sum(sa_all) + sum(sb_all)
                         + sum(an_all) + sum(fr_all)):
        return None
    if anchor is not None:  # np.clip(anchor, x0, x1)
        an_all = [min(max(v, lo), hi) for v, lo, hi in zip(an_all, a_all, b_all)]
    order = sorted(range(n), key=lambda i: (ln[i], rw[i], a_all[i]))  # np.lexsort: stable
    group = [(ln[i], rw[i]) for i in order]
    a = [a_all[i] for i in order]
    b = [b_all[i] for i in order]
    min_a = min(a)
    span = float(max(max(map(abs, a)), max(map(abs, b)))) * 4 + 1.0
    lx, lw, flags = [0.0] * n, [0.0] * n, [False] * n
    gid = -1
    running = -math.inf
    two_pad = 2 * pad
    last = n - 1
    for k, i in enumerate(order):
        g = group[k]
        if k == 0 or group[k - 1] != g:  # the first of its lane's row
            gid += 1
            lifted = 0.0 + gid * span
        else:
            lifted = (b[k - 1] - min_a + 1.0) + gid * span
        if lifted > running or k == 0:
            running = lifted
        prev_end = running - gid * span
        prev_end = prev_end + min_a - 1.0 if prev_end > 0 else -math.inf
        next_x0 = a[k + 1] if k < last and group[k + 1] == g else math.inf
        sa, sb, tw, fr = sa_all[i], sb_all[i], tw_all[i], fr_all[i]
        sb_in = sb if sb < right else right
        room_inside = sb_in - (sa if sa > left else left)
        out_limit = next_x0 - pad
        if out_limit > right:
            out_limit = right
        room_outside = out_limit - (sb + pad)
        inside = (ok_all[i] and room_inside >= inside_min
                  and not (po_all[i] and (room_outside >= tw
                                          or room_outside >= fr * room_inside - two_pad)))
        if inside:
            start = (sa if sa > left else left) + pad
            limit = sb_in - pad
            cap = start + fr * room_inside
            if cap < limit:
                limit = cap
        else:
            an = an_all[i] + pad
            start = an if out_limit - an >= tw else sb + pad
            limit = out_limit
        width = limit - start
        if tw < width:
            width = tw
        if (width >= (tw if tw < min_w else min_w) and width > 0 and start >= left
                and start >= prev_end):
            lw[i] = width
        lx[i], flags[i] = start, inside
    return (np.array(lx, dtype=np.float64), np.array(lw, dtype=np.float64),
            np.array(flags, dtype=bool))


# -- density -------------------------------------------------------------------------------------
def density_histogram(lane: np.ndarray, x: np.ndarray, n_lanes: int, width: int) -> np.ndarray:
    """Counts per lane and pixel column: ``(n_lanes, width)``; ``x`` are columns (clipped)."""
    width = max(int(width), 1)
    col = np.clip(np.floor(x).astype(np.int64), 0, width - 1)
    flat = np.bincount(lane.astype(np.int64) * width + col, minlength=n_lanes * width)
    return flat[: n_lanes * width].reshape(n_lanes, width)


def is_crowded(n_visible: int, threshold: int = DENSITY_THRESHOLD) -> bool:
    return n_visible > threshold


# -- eras ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EraBands:
    """Eras as bands, one row per actor or office; ``end`` is exclusive, ``inf`` when ongoing."""

    row_labels: tuple[str, ...]
    row: np.ndarray  # int per era
    start: np.ndarray  # float64 day
    end: np.ndarray  # float64 day (exclusive; inf = ongoing)
    labels: tuple[str, ...]  # band text (the office suffix dropped when the row names it)
    ongoing: np.ndarray  # bool

    def __len__(self) -> int:
        return len(self.row)

    def clipped_end(self, right_day: float) -> np.ndarray:
        """Band ends with ongoing eras running to ``right_day`` (the view's right edge)."""
        return np.where(self.ongoing, np.maximum(right_day, self.start), self.end)


def _office(label: str) -> tuple[str, str]:
    """``"Abe (JP PM)"`` -> ``("Abe", "JP PM")``; ``"高市（日本の首相）"`` -> ``("高市", "日本の首相")``
    (full-width parentheses too); no trailing parenthesis -> ``(label, "")``."""
    text = label.strip()
    for opening, closing in (("(", ")"), ("（", "）")):
        if text.endswith(closing) and opening in text:
            i = text.rindex(opening)
            return text[:i].strip().rstrip(",、").strip(), text[i + 1:-1].strip()
    return text, ""


def era_bands(pack: Pack, lang: str = "en") -> EraBands:
    """Group eras into rows: by the office a label names ("Abe (JP PM)" -> row "JP PM"), else by
    the state/bloc the era's actor is or belongs to, else by the actor. Rows keep pack order."""
    er = pack.eras
    resolve = _resolution(pack)
    names = actor_names_in(pack, lang)
    row_keys: dict[str, int] = {}
    row_labels: list[str] = []
    rows, labels = [], []
    labels_ja = er["label_ja"].tolist() if "label_ja" in er.columns else [""] * len(er)
    for label, label_ja, actor in zip(er["label"].tolist(), labels_ja, er["actor"].tolist()):
        short, office = _office(str(label))
        short_ja, office_ja = _office(label_ja) if isinstance(label_ja, str) and label_ja.strip() \
            else ("", "")
        if office:  # rows are keyed by the English office, so both languages group alike
            key, row_label = "office:" + office, pick(office, office_ja, lang)
        else:
            owner = resolve.get(actor, actor)
            key, row_label = "actor:" + str(owner), names.get(owner, str(owner))
            short, short_ja = str(label), (label_ja.strip() if short_ja else "")
        if key not in row_keys:
            row_keys[key] = len(row_labels)
            row_labels.append(row_label)
        rows.append(row_keys[key])
        labels.append(pick(short or str(label), short_ja, lang))
    start = er["start_day"].to_numpy().astype(np.float64)
    end_day = er["end_day"].to_numpy().astype(np.float64)
    ongoing = end_day < 0
    end = np.where(ongoing, np.inf, end_day + 1.0)
    return EraBands(tuple(row_labels), np.asarray(rows, dtype=np.int64), start, end,
                    tuple(labels), ongoing)


def event_titles(pack: Pack, lang: str = "en") -> Any:
    """Event titles by row in the label language (``title_ja``; a missing one: the English)."""
    ev = pack.events
    if lang == "en" or "title_ja" not in ev.columns:
        return ev["title"]
    return ev["title"].combine(ev["title_ja"], lambda en, ja: pick(
        str(en), ja if isinstance(ja, str) else "", lang))
