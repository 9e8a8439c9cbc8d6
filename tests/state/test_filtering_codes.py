"""Facets compared as integer codes keep exactly the rows a string comparison keeps.

The reference is the plain reading: ``isin`` on the text columns of every row. Checked on the
default pack for each partner, domain, kind and status alone, in combinations, with the partner
role "involved", and with values the pack does not have.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.state.filtering import event_mask, observation_mask
from explorer.state.filters import Filter


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def reference_event_mask(pack, f: Filter) -> np.ndarray:
    ev = pack.events
    n = len(ev)

    def members(table, column, chosen):
        mask = np.zeros(n, dtype=bool)
        mask[table["row"].to_numpy()[table[column].isin(chosen).to_numpy()]] = True
        return mask

    mask = np.ones(n, dtype=bool)
    if f.partners:
        chosen = members(pack.event_parties, "actor", f.partners)
        if f.partner_role == "involved":
            chosen |= members(pack.event_involved, "actor", f.partners)
        mask &= chosen
    if f.domains:
        mask &= members(pack.event_domains, "domain", f.domains)
    if f.kinds:
        mask &= ev["kind"].isin(f.kinds).to_numpy()
    if f.statuses:
        mask &= ev["status"].isin(f.statuses).to_numpy()
    return mask


def reference_observation_mask(pack, f: Filter) -> np.ndarray:
    obs = pack.observations
    mask = np.ones(len(obs), dtype=bool)
    if f.partners:
        mask &= (obs["reporter"].isin(f.partners) | obs["partner"].isin(f.partners)).to_numpy()
    if f.domains:
        domain = obs["indicator_id"].map(dict(zip(pack.indicators["id"], pack.indicators["domain"])))
        mask &= domain.isin(f.domains).to_numpy()
    return mask


def _filters(pack):
    actors = list(dict.fromkeys(pack.event_parties["actor"]))
    domains = list(dict.fromkeys(pack.event_domains["domain"]))
    kinds = list(dict.fromkeys(pack.events["kind"]))
    statuses = list(dict.fromkeys(pack.events["status"]))
    out = [Filter(partners=frozenset({a})) for a in actors]
    out += [Filter(partners=frozenset({a}), partner_role="involved") for a in actors]
    out += [Filter(domains=frozenset({d})) for d in domains]
    out += [Filter(kinds=frozenset({k})) for k in kinds]
    out += [Filter(statuses=frozenset({s})) for s in statuses]
    out += [Filter(partners=frozenset(pair)) for pair in itertools.combinations(actors[:5], 2)]
    out += [Filter(partners=frozenset(actors[:2]), domains=frozenset(domains[:2]),
                   kinds=frozenset(kinds[:2]), statuses=frozenset(statuses[:1]))]
    out += [Filter(partners=frozenset({"no-such-actor"}), kinds=frozenset({"no-such-kind"})),
            Filter(partners=frozenset({"no-such-actor", actors[0]}))]
    return out


def test_coded_facets_keep_the_rows_string_facets_keep(pack):
    kept_some = 0
    for f in _filters(pack):
        mine = event_mask(pack, f)
        assert np.array_equal(mine, reference_event_mask(pack, f)), f
        assert np.array_equal(observation_mask(pack, f), reference_observation_mask(pack, f)), f
        kept_some += bool(mine.any())
    assert kept_some > 10  # the comparison covered filters that keep events, not only empty ones


def test_a_new_table_is_coded_afresh_and_a_missing_value_matches_nothing(pack):
    """Codes are cached per table: a pack sharing the cache but holding other tables never reuses
    the old codes; a missing reporter or partner (coded -1) matches no chosen partner."""
    import copy

    other = copy.copy(pack)  # shares the cached codes of ``pack``
    other.events = pack.events.iloc[::-1].reset_index(drop=True)
    obs = pack.observations.copy()
    obs.loc[obs.index[:5], "partner"] = None
    other.observations = obs
    other.__dict__.pop("observation_actor_codes", None)
    kind = str(pack.events["kind"].iat[0])
    f = Filter(kinds=frozenset({kind}))
    event_mask(pack, f)  # warm the shared cache with the original table
    assert np.array_equal(event_mask(other, f), (other.events["kind"] == kind).to_numpy())
    for actor in dict.fromkeys(obs["reporter"]):
        f = Filter(partners=frozenset({actor}))
        assert np.array_equal(observation_mask(other, f), reference_observation_mask(other, f))


def test_dates_are_read_from_the_packs_own_events(pack):
    """The events' first and last days are kept per pack: a date range keeps the rows whose span
    overlaps it, and a pack sharing that cache but holding other events (here in reverse order)
    is filtered by its own days, never by the rows kept for the first."""
    import copy

    days = pack.events["start_day"].to_numpy()
    low, high = int(np.quantile(days, 0.3)), int(np.quantile(days, 0.6))
    f = Filter(day_from=low, day_to=high)

    def overlapping(p):
        ev = p.events
        return ((ev["end_day"] >= low) & (ev["start_day"] <= high)).to_numpy()

    mine = event_mask(pack, f)  # keeps the days of ``pack``
    assert np.array_equal(mine, overlapping(pack))
    assert 0 < mine.sum() < len(mine)  # a range that keeps some rows and hides others
    other = copy.copy(pack)  # shares what ``pack`` keeps
    other.events = pack.events.iloc[::-1].reset_index(drop=True)
    assert not np.array_equal(overlapping(other), mine)
    assert np.array_equal(event_mask(other, f), overlapping(other))
    assert np.array_equal(event_mask(pack, f), mine)
