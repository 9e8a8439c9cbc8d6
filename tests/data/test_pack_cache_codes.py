"""A reopened pack keeps the codes the pack cache stored for the text columns the views factorize
(``Pack.factorized``): the same codes and distinct texts as ``pd.factorize`` of the column, never
codes of a column no longer in the frame, and none from an entry whose codes are not in order of
first use. No timing is asserted."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.generator import TIERS, generate_pack
from explorer.data import pack_cache
from explorer.data.pack import KEPT_CODES_KEY, Pack
from explorer.data.pack_loader import load_pack
from tests.data.test_pack_cache import _header, _write_header, entries, fresh, read_array, write_array

pytestmark = pytest.mark.usefixtures("cache_every_pack")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return generate_pack(tmp_path_factory.mktemp("codes") / "S", TIERS["S"], seed=11)


def _reopened(folder: Path) -> Pack:
    load_pack(folder)
    entries()  # the entry written
    return load_pack(folder)


def _assert_factorized(pack: Pack, table: str, column: str) -> None:
    codes, uniques = pack.factorized(table, column)
    expected_codes, expected_uniques = pd.factorize(getattr(pack, table)[column].to_numpy(dtype=object))
    assert np.array_equal(codes, expected_codes), (table, column)
    assert list(uniques) == list(expected_uniques), (table, column)


def test_a_reopened_pack_answers_from_the_codes_it_kept_as_pandas_would(folder, monkeypatch):
    first = fresh(folder, monkeypatch)
    again = _reopened(folder)
    kept = again.__dict__[KEPT_CODES_KEY]
    assert set(kept) == pack_cache.KEPT_CODES  # every listed column, none hashed again
    assert KEPT_CODES_KEY not in first.__dict__  # a first open hashes them when asked
    for table, column in sorted(pack_cache.KEPT_CODES):
        _assert_factorized(again, table, column)
        _assert_factorized(first, table, column)
        assert again.factorized(table, column)[0] is kept[(table, column)][1]  # not hashed
        # a first open's codes are as narrow as a reopen's (the views keep them: not int64)
        assert first.factorized(table, column)[0].dtype == kept[(table, column)][1].dtype == np.int16
    _assert_factorized(again, "events", "id")  # a column not kept: hashed, the same answer


def test_a_column_replaced_after_the_reopen_is_factorized_anew(folder):
    again = _reopened(folder)
    kinds = again.events["kind"].to_numpy(dtype=object)[::-1].copy()
    again.events["kind"] = kinds
    codes, uniques = again.factorized("events", "kind")
    expected_codes, expected_uniques = pd.factorize(kinds)
    assert np.array_equal(codes, expected_codes)
    assert list(uniques) == list(expected_uniques)


def _reorder_kind_texts(entry: Path) -> None:
    """The events' kinds stored with their first two texts swapped and the codes to match: the
    same column, checksums right, but codes no longer in order of first use."""
    header = _header(entry)
    col = next(c for c in header["tables"]["events"]["columns"] if c["name"] == "kind")
    file = col["file"]
    codes = read_array(entry, f"{file}.codes")
    offsets = read_array(entry, f"{file}.offsets")
    blob = read_array(entry, f"{file}.blob").tobytes().decode("utf-8")
    texts = blob.split(pack_cache.SEPARATOR)
    assert len(texts) >= 2 and len(offsets) == len(texts) + 1
    texts[0], texts[1] = texts[1], texts[0]
    swapped = np.where(codes == 0, 1, np.where(codes == 1, 0, codes)).astype(codes.dtype)
    new_offsets = np.r_[0, np.cumsum([len(t) for t in texts])].astype(offsets.dtype)
    new_blob = np.frombuffer(pack_cache.SEPARATOR.join(texts).encode("utf-8"), dtype=np.uint8)
    write_array(entry, f"{file}.codes", swapped)
    write_array(entry, f"{file}.offsets", new_offsets)
    write_array(entry, f"{file}.blob", new_blob)
    header = _header(entry)
    col = next(c for c in header["tables"]["events"]["columns"] if c["name"] == "kind")
    col["sha256"] = [pack_cache._checksum(a) for a in (swapped, new_offsets, new_blob)]
    _write_header(entry, header)


def test_codes_out_of_first_use_order_are_not_kept_and_the_pack_reads_the_same(folder, monkeypatch):
    expected = fresh(folder, monkeypatch)
    load_pack(folder)
    (entry,) = entries()
    _reorder_kind_texts(entry)
    again = load_pack(folder)
    assert json.loads((entry / "header.json").read_text(encoding="utf-8"))  # still there: read
    pd.testing.assert_series_equal(again.events["kind"], expected.events["kind"])
    assert ("events", "kind") not in again.__dict__[KEPT_CODES_KEY]
    assert ("events", "status") in again.__dict__[KEPT_CODES_KEY]
    _assert_factorized(again, "events", "kind")


@pytest.mark.parametrize("codes, texts, expected", [
    ([0, 1, 0, 2], ["a", "b", "c"], True),
    ([], [], True),
    ([1, 0, 1], ["a", "b"], False),  # a later text first
    ([0, 2, 1], ["a", "b", "c"], False),  # a code skipped
    ([0, 0, 1], ["a", "b", "c"], False),  # a text no row uses
    ([0, 1, 0], ["a", "a"], False),  # the same text twice
])
def test_first_use_order_is_told_apart(codes, texts, expected):
    assert pack_cache._factorize_order(np.array(codes, dtype=np.int32),
                                       np.array(texts, dtype=object)) is expected
