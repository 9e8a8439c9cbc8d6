"""Memory at a pack's opening (issue 16, engineer "memory-1"): the cache entry's text columns are
factorized in chunks, and a CSV's bytes are let go before its columns' last merge. What a user
sees must not change: the same pack after a reopen, the same tables parsed. No memory figure or
timing is asserted."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.generator import TIERS, generate_pack
from explorer.data import pack_cache
from explorer.data.csv_table import parse_table
from explorer.data.pack import Pack
from explorer.data.pack_loader import load_pack
from explorer.data.problems import ProblemLog
from explorer.paths import default_pack_path
from tests.data.test_pack_cache import assert_same_pack, entries, fresh

pytestmark = pytest.mark.usefixtures("cache_every_pack")


@pytest.mark.parametrize("cells", [
    [""] * 5000,
    [f"t{i % 37}" for i in range(5000)],
    [f"t{i}" for i in range(5000)],
    [f"t{(i * 7919) % 1200}" for i in range(5000)] + ["新しい", "", "t1"],
    ["a", None, "b", "a"] * 40,  # missing values: the plain factorize, codes -1
])
def test_text_columns_are_factorized_in_chunks_to_the_same_codes(monkeypatch, cells):
    monkeypatch.setattr(pack_cache, "FACTORIZE_CHUNK", 64)
    values = np.array(cells, dtype=object)
    want_codes, want_texts = pd.factorize(values, use_na_sentinel=True)
    codes, texts = pack_cache._factorize_texts(values)
    assert codes.tolist() == want_codes.tolist()
    assert list(texts) == list(want_texts)


@pytest.mark.parametrize("which", ["default", "generated"])
def test_a_pack_reopens_unchanged_when_its_texts_are_written_in_chunks(tmp_path, monkeypatch,
                                                                      which):
    monkeypatch.setattr(pack_cache, "FACTORIZE_CHUNK", 97)  # every long column goes in chunks
    folder = (default_pack_path() if which == "default"
              else generate_pack(tmp_path / "S", TIERS["S"], seed=5))
    expected = fresh(folder, monkeypatch)
    load_pack(folder)
    assert entries(), "the entry was written"
    again = load_pack(folder)
    assert_same_pack(expected, again)


def test_a_table_parsed_from_a_list_lets_go_of_the_bytes_and_is_the_same(tmp_path):
    folder = Path(generate_pack(tmp_path / "S", TIERS["S"], seed=7))
    for name in ("observations.csv", "events.csv"):
        data = (folder / name).read_bytes()
        holder = [data]
        a = parse_table(name, data, ProblemLog(100))
        b = parse_table(name, holder, ProblemLog(100))
        assert holder == []  # taken: the caller no longer holds the file's bytes
        assert a is not None and b is not None
        assert a.header == b.header and np.array_equal(a.rows, b.rows)
        for col in a.header:
            assert a.columns[col].values().tolist() == b.columns[col].values().tolist(), col
            assert a.columns[col].codes.dtype == b.columns[col].codes.dtype


class _RankCalls:
    """Counts the computations of ``Pack.event_chrono_rank`` (a cached property)."""

    def __init__(self, monkeypatch):
        self.count = 0
        prop = Pack.__dict__["event_chrono_rank"]
        real = prop.func

        def counted(pack):
            self.count += 1
            return real(pack)

        monkeypatch.setattr(prop, "func", counted)


@pytest.mark.parametrize("ranked_first", [True, False])
def test_a_background_write_takes_the_opened_packs_rank_once_it_has_one(tmp_path, monkeypatch,
                                                                       ranked_first):
    import threading

    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=11)
    expected = fresh(folder, monkeypatch)
    expected_rank = expected.event_chrono_rank.copy()
    release = threading.Event()
    real = pack_cache._write_table

    def held(*args):
        assert release.wait(30)
        return real(*args)

    monkeypatch.setattr(pack_cache, "_write_table", held)
    calls = _RankCalls(monkeypatch)
    opened = load_pack(folder)
    if ranked_first:  # as the window's loader does right after the load
        assert np.array_equal(opened.event_chrono_rank, expected_rank)
    release.set()
    pack_cache.wait_for_writes()
    assert calls.count == 1  # computed once: by the opened pack, or else by the write
    again = load_pack(folder)
    assert np.array_equal(again.__dict__["event_chrono_rank"], expected_rank)  # from the entry
    assert_same_pack(expected, again)


def test_the_search_text_does_not_keep_the_event_haystack_beside_it(tmp_path, monkeypatch):
    from explorer.state.filtering import fold, search_text

    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=13)
    monkeypatch.setenv("BRIEFING_EXPLORER_PACK_CACHE", "off")
    pack = load_pack(folder)
    text = search_text(pack)
    assert "event_haystack" not in pack.__dict__  # not built: only the search text is kept
    again = load_pack(folder)
    haystack = again.event_haystack
    assert all(t.startswith(h) for h, t in zip(haystack, text))  # NFKC leaves the S pack alone
    assert list(text) == [fold(h) + t[len(h):] for h, t in zip(haystack, text)]
    default = load_pack(default_pack_path())
    assert [t.split("\n")[:5] for t in search_text(default)] == [
        fold(h).split("\n") for h in load_pack(default_pack_path()).event_haystack]
    assert list(search_text(again)) == list(text)
    assert again.__dict__.get("event_haystack") is haystack  # a caller's own haystack is kept


def test_columns_read_through_one_hash_table_are_those_merged_chunk_by_chunk(monkeypatch):
    from explorer.data import csv_table

    monkeypatch.setattr(csv_table._Merger, "TABLE_FROM", 0)  # the table for every column here
    rng = np.random.default_rng(3)
    chunks = [np.array([f"v{x}" for x in rng.integers(0, n, 3000)] + ["", "日本", "NA"],
                       dtype=object) for n in (5, 5000, 40, 100000, 2)]

    def read() -> csv_table.TextColumn:
        merger = csv_table._Merger()
        for chunk in chunks:
            merger.add(chunk)
        return merger.column()

    one_table = read()
    monkeypatch.setattr(csv_table, "_object_factorizer", lambda: None)
    merged = read()
    assert list(one_table.uniques) == list(merged.uniques)
    assert one_table.codes.dtype == merged.codes.dtype
    assert one_table.codes.tolist() == merged.codes.tolist()
    assert one_table.values().tolist() == np.concatenate(chunks).tolist()


def test_a_pandas_whose_private_factorizer_moved_or_changed_still_opens_packs(monkeypatch):
    """The one hash table is pandas' private ObjectFactorizer: an upgrade that removes it, or one
    whose factorizer answers differently, must fall back to the public path, the pack the same."""
    import pandas._libs.hashtable as hashtable

    from explorer.data import csv_table

    expected = load_pack(default_pack_path())

    class Changed:  # an upgrade's factorizer that takes other arguments
        def __init__(self, size):
            pass

        def factorize(self, values, na_sentinel):
            raise AssertionError("never called with one argument")

    for replacement in (Changed, None):
        csv_table._factorizer_answers.cache_clear()
        if replacement is None:
            monkeypatch.delattr(hashtable, "ObjectFactorizer")
        else:
            monkeypatch.setattr(hashtable, "ObjectFactorizer", replacement)
        assert csv_table._object_factorizer() is None
        with monkeypatch.context() as m:
            m.setattr(pack_cache, "enabled", lambda: False)
            assert_same_pack(load_pack(default_pack_path()), expected)
    monkeypatch.undo()
    csv_table._factorizer_answers.cache_clear()
    assert csv_table._object_factorizer() is not None


def test_a_one_chunk_column_is_read_without_the_hash_table_a_longer_one_with_it(monkeypatch):
    """The kept hash table pays only over several chunks; for one (every import, most packs)
    pd.factorize is quicker, so none is made."""
    from explorer.data import csv_table

    monkeypatch.setattr(csv_table._Merger, "TABLE_FROM", 0)  # (few distinct texts: see reopen-5)
    merger = csv_table._Merger()
    merger.add(np.array(["a", "b", "a"], dtype=object))
    assert merger.factorizer is None
    merger.add(np.array(["c", "a"], dtype=object))
    assert merger.factorizer is not None
    column = merger.column()
    assert column.values().tolist() == ["a", "b", "a", "c", "a"]


def test_a_figures_column_the_pack_leaves_out_is_one_byte_a_figure_and_stays_so_reopened(tmp_path):
    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=13)  # its figures have no editor_note
    opened = load_pack(folder)
    pack_cache.wait_for_writes()
    reopened = load_pack(folder)
    assert len(entries()) == 1
    for pack in (opened, reopened):
        notes = pack.observations["editor_note"]
        assert (notes == "").all() and notes.astype(object).tolist() == [""] * len(notes)
        assert notes.memory_usage(index=False, deep=True) < 2 * len(notes)  # was 8 bytes a figure
    assert_same_pack(opened, reopened)


@pytest.mark.parametrize("table_from", [0, 10 ** 9])  # through the kept hash table, or merged
def test_a_column_being_read_keeps_its_chunks_codes_in_the_narrowest_integers(monkeypatch,
                                                                             table_from):
    """While a file is read, every chunk's codes wait for the end (engineer "memory-2"): as int32
    they were 44 MB at 10^6 figures, the peak of a tier-L first open. A chunk's codes take the
    narrowest integers that hold them, and the column read is the same."""
    from explorer.data import csv_table

    monkeypatch.setattr(csv_table._Merger, "TABLE_FROM", table_from)
    monkeypatch.setattr(csv_table._Merger, "FLOOR", 100)  # merges come often
    few = [np.array([f"u{i % 5}" for i in range(2000)], dtype=object) for _ in range(4)]
    more = [np.array([f"p{(i * 31 + k) % 900}" for i in range(2000)], dtype=object)
            for k in range(4)]
    for chunks, itemsize in ((few, 1), (more, 2)):
        merger = csv_table._Merger()
        for chunk in chunks:
            merger.add(chunk)
        waiting = list(merger.codes) + [codes for codes, _ in merger.pending]
        assert waiting and all(c.dtype.itemsize <= itemsize for c in waiting)
        column = merger.column()
        assert column.codes.dtype.itemsize == itemsize
        assert column.values().tolist() == np.concatenate(chunks).tolist()


def test_a_chunk_of_missing_cells_only_keeps_its_codes_negative(monkeypatch):
    """Through the kept hash table a missing cell's code is -1: a chunk of nothing else must not
    be narrowed to unsigned bytes (where -1 would read as 255)."""
    from explorer.data import csv_table

    monkeypatch.setattr(csv_table._Merger, "TABLE_FROM", 0)
    chunks = [np.array([f"t{i}" for i in range(200)], dtype=object),  # 16-bit codes in the end
              np.array([None, None], dtype=object), np.array(["a", None, "b"], dtype=object)]
    merger = csv_table._Merger()
    for chunk in chunks:
        merger.add(chunk)
    column = merger.column()
    assert column.codes.tolist() == pd.factorize(np.concatenate(chunks))[0].tolist()
    assert list(column.uniques) == [f"t{i}" for i in range(200)] + ["a", "b"]


def test_an_events_parties_and_domains_are_held_by_4_byte_rows_and_filter_the_same(tmp_path):
    """The exploded list cells (one row per event and party, involved actor or domain) name their
    event by its row, and the events' chronological and title ranks are rows: 4 bytes, not 8
    (engineer "memory-3"), opened and reopened, with the same rows the cells give, so a partner
    or domain filter keeps the same events."""
    from explorer.state.filtering import event_mask
    from explorer.state.filters import Filter

    folder = generate_pack(tmp_path / "S", TIERS["S"], seed=17)
    opened = load_pack(folder)
    pack_cache.wait_for_writes()
    reopened = load_pack(folder)
    assert len(entries()) == 1
    for pack in (opened, reopened):
        assert pack.event_chrono_rank.dtype == pack.event_title_rank.dtype == np.int32
        for table, cells, item in (("event_parties", "parties", "actor"),
                                   ("event_involved", "involved", "actor"),
                                   ("event_domains", "domains", "domain")):
            exploded = getattr(pack, table)
            assert exploded["row"].dtype == np.int32
            want = [(row, x.strip()) for row, cell in enumerate(pack.events[cells].fillna(""))
                    for x in str(cell).split(";") if x.strip()]
            assert list(zip(exploded["row"].tolist(), exploded[item].tolist())) == want
        partner = str(pack.event_parties["actor"].iat[0])
        domain = str(pack.event_domains["domain"].iat[0])
        for f, column in ((Filter(partners=frozenset({partner})), "parties"),
                          (Filter(domains=frozenset({domain})), "domains")):
            value = partner if column == "parties" else domain
            want = pack.events[column].fillna("").map(
                lambda c, v=value: v in [x.strip() for x in str(c).split(";")]).to_numpy()
            got = event_mask(pack, f)
            assert got.any() and got.tolist() == want.tolist()
    assert_same_pack(opened, reopened)
