"""A column's distinct texts are stored NUL-joined and split back in one call: the same texts for
empty, one-text, non-ASCII and empty-string columns; a text holding the separator is not cached
(the pack opens from its files every time, the same pack); a blob whose separators do not match
the header is refused and the entry rebuilt. No timing is asserted."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from tests.data.test_pack_cache import (
    FullLoads,
    _header,
    _write_header,
    assert_same_pack,
    entries,
    fresh,
    read_array,
    write_array,
)

pytestmark = pytest.mark.usefixtures("cache_every_pack")


@pytest.mark.parametrize("texts", [[], [""], ["a"], ["", "b", ""], ["日本語", "é", "x" * 1000, "a b"],
                                   [f"OBS-{i:05d}" for i in range(3000)]])
def test_texts_round_trip(tmp_path, texts):
    codes = np.arange(len(texts), dtype=np.int32)
    with pack_cache._ArrayWriter(tmp_path) as out:
        pack_cache._save_texts(out, "c", "t", "n", codes, list(texts))
        index = out.index
    whole = (tmp_path / pack_cache.TEXTS).read_bytes()

    def array(name):
        offset, dtype, length, _file = index[name]
        dt = np.dtype(dtype)
        return np.frombuffer(whole[offset:offset + length * dt.itemsize], dtype=dt)

    got = pack_cache._texts(array("c.blob"), array("c.offsets"), len(texts))
    assert got.tolist() == texts


def test_a_text_holding_the_separator_is_not_cached(tmp_path):
    with pack_cache._ArrayWriter(tmp_path) as out, pytest.raises(pack_cache.Uncachable):
        pack_cache._save_texts(out, "c", "t", "n", np.arange(2, dtype=np.int32), ["a\x00b", "c"])


def test_a_pack_with_the_separator_in_a_title_opens_the_same_each_time(monkeypatch, tmp_path):
    pack = fresh(default_pack_path(), monkeypatch)
    ev = pack.events.copy()
    titles = ev["title"].astype(object).to_numpy().copy()
    titles[0] = "EPA\x00(draft)"
    ev["title"] = pd.Series(titles, index=ev.index, dtype=ev["title"].dtype)
    pack.events = ev
    with pytest.raises(pack_cache.Uncachable):
        pack_cache.write_entry(tmp_path / "entry", pack, pack_cache.LoadLimits())


def test_a_blob_with_a_separator_too_many_is_refused_and_rebuilt(monkeypatch):
    path = default_pack_path()
    expected = fresh(path, monkeypatch)
    load_pack(path)
    (entry,) = entries()
    header = _header(entry)
    col = {c["name"]: c for c in header["tables"]["events"]["columns"]}["kind"]
    offsets = read_array(entry, f"{col['file']}.offsets")
    whole = bytes(read_array(entry, f"{col['file']}.blob")).decode()
    texts = whole.split(pack_cache.SEPARATOR)
    texts[0] = texts[0][:1] + pack_cache.SEPARATOR + texts[0][2:]  # same length, one more cut
    new_blob = np.frombuffer(pack_cache.SEPARATOR.join(texts).encode(), dtype=np.uint8)
    assert len(new_blob) == len(read_array(entry, f"{col['file']}.blob"))
    write_array(entry, f"{col['file']}.blob", new_blob)
    header = _header(entry)
    col = {c["name"]: c for c in header["tables"]["events"]["columns"]}["kind"]
    col["sha256"][2] = pack_cache._checksum(new_blob)
    _write_header(entry, header)
    assert offsets[-1] > 0
    loads = FullLoads(monkeypatch)
    again = load_pack(path)
    assert loads.count == 1  # refused: read from the files
    assert_same_pack(expected, again)
    pack_cache.wait_for_writes()
    assert_same_pack(expected, load_pack(path))
    assert loads.count == 1  # the rebuilt entry serves the next open
