"""``Pack.observation_actor_codes``: every observation's reporter and partner as integer codes over
one vocabulary, which the partner filters compare. Taken from the loader's categorical columns
without an object column of every row (at tier L, factorizing both columns as objects was a
~55 MB peak at the first comparison); the codes name the same actors, missing ones as -1."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from explorer.data import pack as pack_module
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path


def _decoded(codes: np.ndarray, vocabulary: dict[str, int]) -> list:
    names = {code: actor for actor, code in vocabulary.items()}
    return [names[c] if c >= 0 else None for c in codes.tolist()]


def _actors(column: pd.Series) -> list:
    return [None if pd.isna(a) else str(a) for a in column.tolist()]


def _with_observations(pack, observations: pd.DataFrame):
    return replace(pack, observations=observations)


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def _odd_observations(pack) -> pd.DataFrame:
    """The default pack's observations with a missing partner, an actor only one column has and
    categories no row uses."""
    obs = pack.observations.copy()
    partner = obs["partner"].cat.add_categories(["zz-unused", "xx-partner-only"])
    partner.iloc[0] = None
    partner.iloc[1] = "xx-partner-only"
    obs["partner"] = partner
    obs["reporter"] = obs["reporter"].cat.add_categories(["yy-unused"])
    return obs


@pytest.mark.parametrize("odd", [False, True])
def test_the_codes_name_each_rows_reporter_and_partner(pack, odd):
    if odd:
        pack = _with_observations(pack, _odd_observations(pack))
    reporter, partner, vocabulary = pack.observation_actor_codes
    obs = pack.observations
    # the narrowest signed integer holding every code and -1: int8 for the default pack's actors
    assert reporter.dtype == partner.dtype == np.int8
    assert _decoded(reporter, vocabulary) == _actors(obs["reporter"])
    assert _decoded(partner, vocabulary) == _actors(obs["partner"])
    assert sorted(vocabulary.values()) == list(range(len(vocabulary)))  # one code per actor


def test_the_same_codes_as_factorizing_the_text_columns(pack):
    """A pack whose columns are plain text (not the loader's) takes the general way; both ways
    name the same actors."""
    odd = _odd_observations(pack)
    texts = odd.assign(reporter=odd["reporter"].astype(object), partner=odd["partner"].astype(object))
    r1, p1, v1 = _with_observations(pack, odd).observation_actor_codes
    r2, p2, v2 = _with_observations(pack, texts).observation_actor_codes
    assert _decoded(r1, v1) == _decoded(r2, v2) and _decoded(p1, v1) == _decoded(p2, v2)


def test_categorical_columns_are_coded_without_an_object_column_of_every_row(pack, monkeypatch):
    def no_concat(*_args, **_kwargs):
        raise AssertionError("an object column of every row was made")

    monkeypatch.setattr(pack_module.pd, "concat", no_concat)
    reporter, partner, _vocabulary = _with_observations(pack, pack.observations.copy()).observation_actor_codes
    assert len(reporter) == len(partner) == len(pack.observations)


@pytest.mark.parametrize("categorical", [True, False])
def test_a_few_hundred_actors_take_two_bytes_a_code_and_keep_missing_as_minus_one(pack, categorical):
    """Past 127 actors the codes widen to int16 (not int32: 2 * 10^6 of them at tier L), and a
    missing partner is still -1, which the partner filter's look-up reads as "no actor"."""
    obs = pack.observations.iloc[np.arange(300) % len(pack.observations)].reset_index(drop=True)
    reporter = pd.Series([f"zz-{i:03d}" for i in range(300)], dtype=object)
    partner = obs["partner"].astype(object)
    partner.iloc[0] = None
    obs["reporter"], obs["partner"] = reporter, partner
    if categorical:
        obs["reporter"], obs["partner"] = reporter.astype("category"), partner.astype("category")
    r, p, vocabulary = _with_observations(pack, obs).observation_actor_codes
    assert r.dtype == p.dtype == np.int16
    assert _decoded(r, vocabulary) == _actors(obs["reporter"])
    assert _decoded(p, vocabulary) == _actors(obs["partner"]) and p[0] == -1


@pytest.mark.usefixtures("cache_every_pack")
def test_a_loaded_packs_actor_codes_are_its_columns_own(tmp_path):
    """The loader gives reporter and partner one vocabulary (both columns' actors, sorted), so the
    actor codes are the columns' own codes, not a copy of them (tier L: 3.8 MB), on a first open
    and a reopen; each row still names its actors, a missing partner as ""."""
    from explorer.data import pack_cache
    from tests.packs import write_pack

    folder = write_pack(tmp_path / "pack")
    for pack in (load_pack(folder), load_pack(folder)):  # the second from its cache entry
        pack_cache.wait_for_writes()
        obs = pack.observations
        reporter, partner, vocabulary = pack.observation_actor_codes
        assert _decoded(reporter, vocabulary) == _actors(obs["reporter"]) == ["eu", "eu", "us", "jp", "jp"]
        assert _decoded(partner, vocabulary) == _actors(obs["partner"]) == ["jp", "jp", "jp", "", ""]
        assert list(obs["reporter"].cat.categories) == list(obs["partner"].cat.categories) \
            == ["", "eu", "jp", "us"]
        assert np.shares_memory(reporter, obs["reporter"].array.codes)
        assert np.shares_memory(partner, obs["partner"].array.codes)
