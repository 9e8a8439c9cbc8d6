"""Filter semantics shared by every view and the ``query`` command.

Within one facet the choices are alternatives (partner EU *or* US); facets combine with *and*. A date
range keeps whatever overlaps it: an event known only to "2019" overlaps a range starting in June 2019.
Free text keeps rows containing every word (case-insensitive, Japanese included).
Everything is a numpy mask over precomputed columns; results are row positions in pack order.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from explorer.data.pack import Pack


@dataclass(frozen=True)
class Filter:
    partners: frozenset[str] = field(default_factory=frozenset)
    domains: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    day_from: int | None = None  # inclusive day numbers (see explorer.domain.dates)
    day_to: int | None = None
    text: str = ""

    def is_empty(self) -> bool:
        return self == Filter()

    def with_changes(self, **changes) -> Filter:
        for key in ("partners", "domains", "kinds", "statuses"):
            if key in changes:
                changes[key] = frozenset(changes[key])
        return replace(self, **changes)


def _members(exploded: pd.DataFrame, column: str, chosen: frozenset[str], n: int) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    hit = exploded["row"].to_numpy()[exploded[column].isin(chosen).to_numpy()]
    mask[hit] = True
    return mask


def _text_mask(haystack: np.ndarray, text: str) -> np.ndarray:
    mask = np.ones(len(haystack), dtype=bool)
    series = pd.Series(haystack, dtype=object)
    for word in text.lower().split():
        mask &= series.str.contains(word, regex=False).to_numpy(dtype=bool)
    return mask


def _overlap(start: np.ndarray, end: np.ndarray, f: Filter) -> np.ndarray:
    mask = np.ones(len(start), dtype=bool)
    if f.day_from is not None:
        mask &= end >= f.day_from
    if f.day_to is not None:
        mask &= start <= f.day_to
    return mask


def event_mask(pack: Pack, f: Filter, extra_text: np.ndarray | None = None) -> np.ndarray:
    """Boolean mask over ``pack.events``.

    ``extra_text`` (one string per event, e.g. the user's notes) is searched along with the pack text.
    """
    ev = pack.events
    n = len(ev)
    mask = _overlap(ev["start_day"].to_numpy(), ev["end_day"].to_numpy(), f)
    if f.partners:
        mask &= _members(pack.event_parties, "actor", f.partners, n)
    if f.domains:
        mask &= _members(pack.event_domains, "domain", f.domains, n)
    if f.kinds:
        mask &= ev["kind"].isin(f.kinds).to_numpy()
    if f.statuses:
        mask &= ev["status"].isin(f.statuses).to_numpy()
    if f.text.strip():
        hay = pack.event_haystack
        if extra_text is not None:
            hay = hay + "\n" + np.char.lower(extra_text.astype(str)).astype(object)
        mask &= _text_mask(hay, f.text)
    return mask


def filter_events(pack: Pack, f: Filter, extra_text: np.ndarray | None = None) -> np.ndarray:
    """Row positions of the events ``f`` keeps, in chronological order (ties by title)."""
    rows = np.flatnonzero(event_mask(pack, f, extra_text))
    return rows[np.argsort(pack.event_chrono_rank[rows], kind="stable")]


def observation_mask(pack: Pack, f: Filter) -> np.ndarray:
    """Boolean mask over ``pack.observations``: partner matches reporter or partner; domain is the
    indicator's; kinds and statuses (event facets) do not apply."""
    obs = pack.observations
    mask = _overlap(obs["period_start"].to_numpy(), obs["period_end"].to_numpy(), f)
    if f.partners:
        mask &= (obs["reporter"].isin(f.partners) | obs["partner"].isin(f.partners)).to_numpy()
    if f.domains:
        domain = obs["indicator_id"].map(dict(zip(pack.indicators["id"], pack.indicators["domain"])))
        mask &= domain.isin(f.domains).to_numpy()
    if f.text.strip():
        mask &= _text_mask(pack.observation_haystack, f.text)
    return mask


def filter_observations(pack: Pack, f: Filter) -> np.ndarray:
    """Row positions of the observations ``f`` keeps, ordered by indicator, period, reporter."""
    rows = np.flatnonzero(observation_mask(pack, f))
    obs = pack.observations.iloc[rows]
    order = np.lexsort((obs["reporter"].to_numpy(dtype=str), obs["period_start"].to_numpy(),
                        obs["indicator_id"].to_numpy(dtype=str)))
    return rows[order]
