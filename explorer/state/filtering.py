"""Applying a ``Filter`` to a pack: numpy masks over precomputed columns.

Results are row positions. See ``explorer.state.filters`` for the semantics.

Free text is matched after NFKC folding and lower-casing on both sides, so full-width ``ＥＰＡ`` finds
"EPA" and half-width katakana find full-width. Events are searched in their texts (titles, summaries,
Japanese twins, id) and the Japanese names of their parties and involved actors (``日本`` finds
Japan's events). The folded text is computed once per pack (``search_text``), not per keystroke.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import cast

import numpy as np
import pandas as pd

from explorer.data.pack import Pack
from explorer.data.pack_union import PACK_COLUMN
from explorer.state.filters import Filter
from explorer.state.folded_texts import FoldedTexts

_CODES = "_filter_codes"  # cached on the pack instance: (table id, column) -> (codes, code of each value)


def _codes(pack: Pack, table: pd.DataFrame, column: str) -> tuple[np.ndarray, dict[str, int]]:
    """``table[column]`` as integer codes, computed once per pack: (codes, value -> code); a
    missing value is -1. Facets then compare integers, not strings, on every filter change."""
    cache = pack.__dict__.setdefault(_CODES, {})
    key = (id(table), column)
    hit = cache.get(key)
    if hit is None or hit[0] is not table:
        codes, uniques = pd.factorize(table[column].astype(object), use_na_sentinel=True)
        hit = cache[key] = (table, codes, {str(u): i for i, u in enumerate(uniques)})
    return hit[1], hit[2]


def _chosen(codes: np.ndarray, vocabulary: dict[str, int], chosen: frozenset[str]) -> np.ndarray:
    """Boolean per code: whether its value is one of ``chosen`` (a lookup, one gather per row)."""
    lookup = np.zeros(len(vocabulary) + 1, dtype=bool)  # the last slot answers -1 (missing)
    lookup[[vocabulary[c] for c in chosen if c in vocabulary]] = True
    picked: np.ndarray = lookup[codes]
    return picked


def _grouped(pack: Pack, exploded: pd.DataFrame, column: str) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """The exploded table's rows grouped by ``column``'s value, once per pack: (event row of each
    entry, sorted by code; where each code's entries start and end; value -> code)."""
    cache = pack.__dict__.setdefault(_CODES, {})
    key = (id(exploded), column, "grouped")
    hit = cache.get(key)
    if hit is None or hit[0] is not exploded:
        codes, vocabulary = _codes(pack, exploded, column)
        order = np.argsort(codes, kind="stable")  # missing values (-1) first
        rows = exploded["row"].to_numpy()[order]
        counts = np.bincount(codes[codes >= 0], minlength=len(vocabulary))
        bounds = np.concatenate([[int((codes < 0).sum())], np.cumsum(counts)]).astype(np.int64)
        bounds[1:] += bounds[0]
        hit = cache[key] = (exploded, rows, bounds, vocabulary)
    return hit[1], hit[2], hit[3]


def _members(pack: Pack, exploded: pd.DataFrame, column: str, chosen: frozenset[str],
             n: int) -> np.ndarray:
    """Boolean per event: whether one of its ``column`` values is chosen (a scatter of the chosen
    values' precomputed rows, no pass over the whole exploded table)."""
    mask = np.zeros(n, dtype=bool)
    rows, bounds, vocabulary = _grouped(pack, exploded, column)
    for value in chosen:
        code = vocabulary.get(value)
        if code is not None:
            mask[rows[bounds[code]:bounds[code + 1]]] = True
    return mask


def fold(text: str) -> str:
    """Text as searched: NFKC (full-width Latin and digits to ASCII, half-width kana to full-width),
    then lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def _fold_array(texts: Iterable[str | None]) -> np.ndarray:
    return np.array([fold(t) if t else "" for t in texts], dtype=object)


_EVENT_TEXT = "_search_text_events"  # cached on the pack instance (a Pack is rebuilt on change)
_OBSERVATION_TEXT = "_search_text_observations"


def search_text(pack: Pack) -> FoldedTexts:
    """One folded searchable text per event, computed once per pack: the pack's event haystack
    (id, titles, summaries, Japanese twins) and the Japanese names of the event's parties and
    involved actors; held as one blob (``FoldedTexts``: less than half the memory of 10^5 texts)."""
    cached = pack.__dict__.get(_EVENT_TEXT)
    if isinstance(cached, FoldedTexts):
        return cached
    extra = _event_names_ja(pack)
    # The haystack is lower case already: a text NFKC leaves alone folds to itself (quick check
    # in C, no copy), and text joined with "\n" folds part by part. Same text as fold(whole).
    normalized, normalize = unicodedata.is_normalized, unicodedata.normalize
    cached = FoldedTexts((hay if normalized("NFKC", hay) else normalize("NFKC", hay).lower())
                         + (names and "\n" + names)
                         for hay, names in zip(_event_haystack(pack), extra))
    pack.__dict__[_EVENT_TEXT] = cached
    return cached


_HAYSTACK_COLUMNS = ("id", "title", "title_ja", "summary", "summary_ja")


def _event_haystack(pack: Pack) -> Iterable[str]:
    """``pack.event_haystack`` when the pack has it, else the same texts made one event at a
    time: the search text is then the only copy kept (the cached property would keep ~26 MB
    more at 10^5 events, and its pandas string passes hold ~43 MB while the views first draw;
    this way ~3× faster too)."""
    cached = pack.__dict__.get("event_haystack")
    if cached is not None:
        return cast(Iterable[str], cached)
    ev = pack.events
    columns = [ev[c].to_numpy(dtype=object) for c in _HAYSTACK_COLUMNS]
    return ("\n".join(map(str, row)).lower() for row in zip(*columns))


def _event_names_ja(pack: Pack) -> list[str]:
    """Per event: the folded Japanese names of its parties, then of its involved actors, each once,
    joined by "\n" ("" for none). Vectorised: the names are looked up, de-duplicated and grouped by
    event in pandas; Python only joins each event's few names."""
    n = len(pack.events)
    name_ja = {a: fold(str(j).strip()) for a, j in zip(pack.actors["id"], pack.actors["name_ja"])
               if isinstance(j, str) and j.strip()}
    tables = [t for t in (pack.event_parties, pack.event_involved) if len(t)]
    out = [""] * n
    if not tables or not name_ja:
        return out
    rows = np.concatenate([t["row"].to_numpy(dtype=np.int64) for t in tables])
    names = pd.Series(np.concatenate([t["actor"].to_numpy(dtype=object) for t in tables])).map(name_ja)
    named = names.notna().to_numpy()
    pairs = pd.DataFrame({"row": rows[named], "name": names.to_numpy(dtype=object)[named]})
    pairs = pairs[~pairs.duplicated()]  # a name once per event, where it first appears
    order = np.argsort(pairs["row"].to_numpy(), kind="stable")  # parties first, then involved
    rows = pairs["row"].to_numpy()[order]
    names = pairs["name"].to_numpy(dtype=object)[order].tolist()
    if not len(rows):
        return out
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    ends = np.r_[starts[1:], len(rows)].tolist()
    for row, a, b in zip(rows[starts].tolist(), starts.tolist(), ends):
        out[row] = names[a] if b - a == 1 else "\n".join(names[a:b])
    return out


def _observation_search_text(pack: Pack) -> np.ndarray:
    cached = pack.__dict__.get(_OBSERVATION_TEXT)
    if cached is None:
        cached = pack.__dict__[_OBSERVATION_TEXT] = _fold_array(pack.observation_haystack)
    return cached


_WORD_HITS = "_search_word_hits"  # cached on the pack instance: (haystack id, word) -> _WordHits
_WORDS_KEPT = 32  # words remembered (two booleans per event each: 6.4 MB at 10^5 events)


class _WordHits:
    """What is known of one word in one haystack: which rows were searched, which of them hold it."""

    __slots__ = ("hit", "searched")

    def __init__(self, n: int) -> None:
        self.searched = np.zeros(n, dtype=bool)
        self.hit = np.zeros(n, dtype=bool)


def _word_hits(owner: object | None, haystack: np.ndarray | FoldedTexts, word: str,
               rows: np.ndarray) -> np.ndarray:
    """Boolean per row of ``rows``: whether its text contains ``word``.

    Each row is searched at most once per word and pack: the answer is remembered, so re-filtering
    with the same words (a partner ticked while a search is active) searches only rows not searched
    before, and a word typed one more letter ("mine" -> "miner") searches only rows that held a word
    it contains (a row without "mine" has no "miner"). A plain ``in`` per remaining row.
    """
    cache: dict[tuple[int, str], _WordHits] = owner.__dict__.setdefault(_WORD_HITS, {}) if owner is not None else {}
    key = (id(haystack), word)
    known = cache.pop(key, None)
    if known is None or len(known.hit) != len(haystack):
        known = _WordHits(len(haystack))
    cache[key] = known  # most recently used last
    todo = rows[~known.searched[rows]]
    if len(todo):
        for (hay_id, other), hits in list(cache.items()):  # a remembered word inside this one
            if hay_id == key[0] and other != word and other in word and len(hits.hit) == len(haystack):
                ruled_out = hits.searched[todo] & ~hits.hit[todo]
                known.searched[todo[ruled_out]] = True
                todo = todo[~ruled_out]
                if not len(todo):
                    break
        if len(todo):
            if isinstance(haystack, FoldedTexts):
                todo, held = haystack.rows_holding(word, todo)  # maybe every row
            else:
                held = np.fromiter((word in text for text in haystack[todo]), dtype=bool, count=len(todo))
            known.hit[todo] = held
            known.searched[todo] = True
    while len(cache) > _WORDS_KEPT:
        del cache[next(iter(cache))]
    found: np.ndarray = known.hit[rows]
    return found


def _folded_extra(extra_text: np.ndarray | None) -> tuple[np.ndarray, np.ndarray] | None:
    """The rows with extra text (most have none) and their folded text."""
    if extra_text is None:
        return None
    texts = np.asarray(extra_text, dtype=object)
    rows = np.flatnonzero(texts.astype(bool))
    return rows, np.array([fold(t) for t in texts[rows]], dtype=object)


def _narrow_by_text(mask: np.ndarray, haystack: np.ndarray | FoldedTexts, text: str,
                    owner: object | None = None, extra: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """``mask`` and'ed with "contains every word". Words are searched only in the rows the other
    facets kept, and each row once per word and pack (see ``_word_hits``). ``extra`` (rows and
    their folded text, e.g. the user's notes) counts as part of those rows' text: a word holds no
    white space, so it cannot span the two, and "in the text or in the extra" is the same as "in
    the two joined by a line break"."""
    rows = np.flatnonzero(mask)
    for word in fold(text).split():
        if not len(rows):
            break
        hits = _word_hits(owner, haystack, word, rows)
        if extra is not None and len(extra[0]):
            at = np.flatnonzero(np.isin(rows, extra[0], assume_unique=True) & ~hits)
            if len(at):
                texts = extra[1][np.searchsorted(extra[0], rows[at])]
                hits[at] = [word in t for t in texts]
        rows = rows[hits]
    out = np.zeros(len(mask), dtype=bool)
    out[rows] = True
    return out


def _in_packs(frame: pd.DataFrame, f: Filter) -> np.ndarray | None:
    """Rows of the chosen packs; None when that facet does not apply (nothing chosen, or a single
    pack, whose rows carry no pack column)."""
    if not f.packs or PACK_COLUMN not in frame.columns:
        return None
    chosen: np.ndarray = frame[PACK_COLUMN].isin(f.packs).to_numpy(dtype=bool)
    return chosen


def _overlap(start: np.ndarray, end: np.ndarray, f: Filter) -> np.ndarray:
    mask = np.ones(len(start), dtype=bool)
    if f.day_from is not None:
        mask &= end >= f.day_from
    if f.day_to is not None:
        mask &= start <= f.day_to
    return mask


_DAYS = "_filter_days"  # cached on the pack instance: (events frame, start days, end days)


def _event_days(pack: Pack) -> tuple[np.ndarray, np.ndarray]:
    """The events' first and last days as arrays, taken from the frame once per pack (two pandas
    column look-ups cost ~35 µs of every filter change at tier S)."""
    ev = pack.events
    hit = pack.__dict__.get(_DAYS)
    if hit is None or hit[0] is not ev:
        hit = pack.__dict__[_DAYS] = (ev, ev["start_day"].to_numpy(), ev["end_day"].to_numpy())
    return hit[1], hit[2]


def event_mask(pack: Pack, f: Filter, extra_text: np.ndarray | None = None) -> np.ndarray:
    """Boolean mask over ``pack.events``.

    ``extra_text`` (one string per event, e.g. the user's notes) is searched along with the pack text.
    """
    ev = pack.events
    n = len(ev)
    mask = _overlap(*_event_days(pack), f)
    if f.partners:
        chosen = _members(pack, pack.event_parties, "actor", f.partners, n)
        if f.partner_role == "involved":
            chosen |= _members(pack, pack.event_involved, "actor", f.partners, n)
        mask &= chosen
    if f.domains:
        mask &= _members(pack, pack.event_domains, "domain", f.domains, n)
    if f.kinds:
        mask &= _chosen(*_codes(pack, ev, "kind"), f.kinds)
    if f.statuses:
        mask &= _chosen(*_codes(pack, ev, "status"), f.statuses)
    in_packs = _in_packs(ev, f)
    if in_packs is not None:
        mask &= in_packs
    if f.text.strip():
        mask = _narrow_by_text(mask, search_text(pack), f.text, pack, _folded_extra(extra_text))
    return mask


def filter_events(pack: Pack, f: Filter, extra_text: np.ndarray | None = None) -> np.ndarray:
    """Row positions of the events ``f`` keeps, in chronological order (ties by title). When it
    keeps every event (no filter, a clear), the order itself (a copy: callers own the result), not
    its gather through the mask (0.3-0.5 ms at 10^5 events)."""
    order = chrono_order(pack)
    if f.is_empty():  # no facet, no words: nothing to mask
        nothing_hidden: np.ndarray = order.copy()
        return nothing_hidden
    mask = event_mask(pack, f, extra_text)
    if mask.all():
        everything: np.ndarray = order.copy()
        return everything
    # positions, then a take: a boolean index of a mask mixing kept and dropped events costs
    # up to ~5 times as much (0.3 against 0.12 ms for 14,000 of 10^5 events, measured)
    kept: np.ndarray = order[np.flatnonzero(mask[order])]
    return kept


_CHRONO_ORDER = "_chrono_order"  # cached on the pack instance


def chrono_order(pack: Pack) -> np.ndarray:
    """Every event row in chronological order (ties by title), computed once per pack: a filter's
    result is this order's kept rows, a gather instead of a sort per filter change."""
    order = pack.__dict__.get(_CHRONO_ORDER)
    if order is None:
        rank = pack.event_chrono_rank  # a permutation: its inverse by a scatter, not a sort
        order = pack.__dict__[_CHRONO_ORDER] = np.empty(len(rank), dtype=np.intp)
        order[rank] = np.arange(len(rank), dtype=np.intp)
    return order


def observation_mask(pack: Pack, f: Filter) -> np.ndarray:
    """Boolean mask over ``pack.observations``: partner matches reporter or partner; domain is the
    indicator's; packs the observation's own pack; kinds and statuses (event facets) do not apply."""
    obs = pack.observations
    codes, first, last = pack.observation_period_days  # overlap decided once per distinct period
    mask = (np.ones(len(codes), dtype=bool) if f.day_from is None and f.day_to is None
            else np.take(_overlap(first, last, f), codes))
    if f.partners:
        reporter, partner, code = pack.observation_actor_codes
        mask &= _chosen(reporter, code, f.partners) | _chosen(partner, code, f.partners)
    if f.domains:
        domain = obs["indicator_id"].map(dict(zip(pack.indicators["id"], pack.indicators["domain"])))
        mask &= domain.isin(f.domains).to_numpy()
    in_packs = _in_packs(obs, f)
    if in_packs is not None:
        mask &= in_packs
    if f.text.strip():
        # not remembered: two booleans per observation and word would weigh 2 MB per word at 10^6
        mask = _narrow_by_text(mask, _observation_search_text(pack), f.text)
    return mask


def filter_observations(pack: Pack, f: Filter) -> np.ndarray:
    """Row positions of the observations ``f`` keeps, ordered by indicator, period, reporter."""
    rows = np.flatnonzero(observation_mask(pack, f))
    obs = pack.observations.iloc[rows]
    order = np.lexsort((obs["reporter"].to_numpy(dtype=str), pack.observation_days(rows)[0],
                        obs["indicator_id"].to_numpy(dtype=str)))
    return rows[order]
