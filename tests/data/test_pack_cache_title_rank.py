"""The events' English title rank (``Pack.event_title_rank``): the order the events table's Title
column sorts by in English — the order ``sort_rank`` of the titles gives, ties chronological — and
stored in the pack cache, so a reopened pack reads it instead of folding and sorting every title.
A damaged stored rank is refused and the pack read again. No timing is asserted."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.generator import TIERS, generate_pack
from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.models.event_table_model import sort_rank, sorted_rows
from explorer.state.filtering import chrono_order
from tests.data.test_pack_cache import (
    FullLoads,
    _header,
    _write_header,
    entries,
    fresh,
    read_array,
    write_array,
)

pytestmark = pytest.mark.usefixtures("cache_every_pack")


def former_title_order(pack) -> np.ndarray:
    """What the events table computed for the Title column in English before the rank was stored."""
    titles = np.array([t or "" for t in pack.events["title"]], dtype=object)
    return sorted_rows(sort_rank(titles), chrono_order(pack))


def order_of(rank: np.ndarray) -> np.ndarray:
    order = np.empty(len(rank), dtype=np.int64)
    order[rank] = np.arange(len(rank))
    return order


@pytest.fixture(scope="module")
def generated_s(tmp_path_factory) -> Path:
    return generate_pack(Path(tmp_path_factory.mktemp("S")) / "S", TIERS["S"], seed=17)


@pytest.mark.parametrize("which", ["default", "generated-S"])
def test_the_title_rank_is_the_tables_former_title_order(which, generated_s, monkeypatch):
    folder = default_pack_path() if which == "default" else generated_s
    pack = fresh(folder, monkeypatch)
    rank = pack.event_title_rank
    assert rank.dtype == np.int32 and sorted(rank.tolist()) == list(range(len(pack.events)))
    assert np.array_equal(order_of(rank), former_title_order(pack))


def test_titles_equal_once_folded_and_missing_titles_keep_chronological_order(monkeypatch):
    pack = fresh(default_pack_path(), monkeypatch)
    ev = pack.events.copy()
    n = len(ev)
    titles = ev["title"].astype(object).to_numpy().copy()
    titles[: n // 3] = "Straße"  # casefold: equal to "STRASSE" and "strasse"
    titles[n // 3: n // 2] = "STRASSE"
    titles[n // 2: n // 2 + 3] = None
    titles[n // 2 + 3: n // 2 + 6] = ""
    titles[-3:] = "Émile ÄÖ"
    ev["title"] = pd.Series(titles, index=ev.index, dtype=object)
    pack.events = ev
    pack.__dict__.pop("event_title_rank", None)
    assert np.array_equal(order_of(pack.event_title_rank), former_title_order(pack))


@pytest.mark.parametrize("which", ["default", "generated-S"])
def test_a_reopened_pack_reads_its_title_rank_from_the_cache(which, generated_s, monkeypatch):
    folder = default_pack_path() if which == "default" else generated_s
    expected = fresh(folder, monkeypatch).event_title_rank
    loads = FullLoads(monkeypatch)
    load_pack(folder)
    entries()
    again = load_pack(folder)
    assert loads.count == 1  # the second open came from the cache
    assert "event_title_rank" in again.__dict__  # stored, not computed
    assert np.array_equal(again.event_title_rank, expected)
    assert np.array_equal(order_of(again.event_title_rank), former_title_order(again))


def test_a_stored_title_rank_that_is_not_a_permutation_is_refused_and_rebuilt(monkeypatch, generated_s):
    expected = fresh(generated_s, monkeypatch).event_title_rank
    load_pack(generated_s)
    (entry,) = entries()
    name = _header(entry)["derived"]["event_title_rank"]["file"]
    arr = np.zeros_like(read_array(entry, name))
    write_array(entry, name, arr)
    header = _header(entry)
    header["derived"]["event_title_rank"]["sha256"] = pack_cache._checksum(arr)
    _write_header(entry, header)
    loads = FullLoads(monkeypatch)
    again = load_pack(generated_s)
    assert loads.count == 1  # not trusted: read from the files again
    assert np.array_equal(again.event_title_rank, expected)
    pack_cache.wait_for_writes()
    reopened = load_pack(generated_s)
    assert loads.count == 1 and np.array_equal(reopened.event_title_rank, expected)


@pytest.mark.parametrize("warmed", ["none", "chrono", "both"])
def test_a_background_write_takes_the_opened_packs_ranks_computing_each_once(tmp_path, monkeypatch,
                                                                           warmed):
    """The entry is written from the opened pack's ranks once it has them (the loader's worker
    computes both right after the load); what it has not, the write computes, each rank once."""
    import threading

    from explorer.data.pack import Pack

    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=19)
    expected = fresh(folder, monkeypatch)
    expected_ranks = {n: getattr(expected, n).copy() for n in pack_cache.DERIVED_ARRAYS}
    calls = dict.fromkeys(pack_cache.DERIVED_ARRAYS, 0)
    for name in pack_cache.DERIVED_ARRAYS:
        prop = Pack.__dict__[name]

        def counted(pack, real=prop.func, name=name):
            calls[name] += 1
            return real(pack)

        monkeypatch.setattr(prop, "func", counted)
    release = threading.Event()
    real_write = pack_cache._write_table

    def held(*args):
        assert release.wait(30)
        return real_write(*args)

    monkeypatch.setattr(pack_cache, "_write_table", held)
    opened = load_pack(folder)
    if warmed in ("chrono", "both"):
        _ = opened.event_chrono_rank
    if warmed == "both":
        _ = opened.event_title_rank
    release.set()
    pack_cache.wait_for_writes()
    assert calls == dict.fromkeys(pack_cache.DERIVED_ARRAYS, 1)
    again = load_pack(folder)
    for name, rank in expected_ranks.items():
        assert np.array_equal(again.__dict__[name], rank), name
