"""A CSV column read in chunks keeps pandas' hash table over them only when its first chunk holds
many distinct texts (``csv_table._Merger.TABLE_FROM``); a column of few distinct texts is
factorized chunk by chunk and merged once. Every way gives the same codes, texts and pack. No
timing is asserted."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.generator import TIERS, generate_pack
from explorer.data import csv_table
from explorer.paths import default_pack_path
from tests.data.test_pack_cache import assert_same_pack, fresh


def _read(chunks) -> tuple[csv_table._Merger, csv_table.TextColumn]:
    merger = csv_table._Merger()
    for chunk in chunks:
        merger.add(chunk)
    return merger, merger.column()


def _chunks(distinct: int, rows: int = 4000, n: int = 5, seed: int = 1) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [np.array([f"t{x}" for x in rng.integers(0, distinct, rows)] + ["", "日本"],
                     dtype=object) for _ in range(n)]


@pytest.mark.parametrize("distinct, table", [(30, False), (3000, True)])
def test_the_kept_table_only_for_a_column_of_many_distinct_texts(monkeypatch, distinct, table):
    monkeypatch.setattr(csv_table._Merger, "TABLE_FROM", 1000)
    chunks = _chunks(distinct)
    merger = csv_table._Merger()
    merger.add(chunks[0])
    merger.add(chunks[1])
    assert (merger.factorizer is not None) is table
    for chunk in chunks[2:]:
        merger.add(chunk)
    column = merger.column()
    assert column.values().tolist() == np.concatenate(chunks).tolist()


@pytest.mark.parametrize("distinct", [3, 300, 3000, 30000])
def test_every_way_of_reading_a_column_gives_the_same_codes_and_texts(monkeypatch, distinct):
    chunks = _chunks(distinct, seed=distinct)
    results = []
    for table_from, factorizer in ((1000, True), (-1, True), (10 ** 9, True), (1000, False)):
        with monkeypatch.context() as m:
            m.setattr(csv_table._Merger, "TABLE_FROM", table_from)
            if not factorizer:
                m.setattr(csv_table, "_object_factorizer", lambda: None)
            _, column = _read(chunks)
        results.append(column)
    first = results[0]
    assert first.values().tolist() == np.concatenate(chunks).tolist()
    for other in results[1:]:
        assert list(other.uniques) == list(first.uniques)
        assert other.codes.dtype == first.codes.dtype
        assert other.codes.tolist() == first.codes.tolist()


@pytest.mark.parametrize("which", ["default", "generated"])
def test_a_pack_read_in_small_chunks_is_the_same_whichever_columns_keep_a_table(
        tmp_path, monkeypatch, which):
    folder = (default_pack_path() if which == "default"
              else generate_pack(tmp_path / "S", TIERS["S"], seed=7))
    monkeypatch.setattr(csv_table, "CHUNK_ROWS", 256)  # several chunks per file, even here
    packs = []
    for table_from in (-1, 40, 10 ** 9):  # every column, those of many texts, none
        monkeypatch.setattr(csv_table._Merger, "TABLE_FROM", table_from)
        packs.append(fresh(folder, monkeypatch))
    for other in packs[1:]:
        assert_same_pack(packs[0], other)
