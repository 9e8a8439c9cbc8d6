"""A reopened entry's large arrays are checksummed on a thread of their own (``pack_cache``'s
``_ChecksumsAside``); a damaged one is still caught before the pack is built, and the pack rebuilt.
The test packs' arrays are small: every array is sent aside here. No timing is asserted."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
from tests.data.test_pack_cache import (
    _categories_repeated,
    _codes_out_of_range,
    _flip_a_figure,
    _truncate_an_array,
    assert_same_pack,
    entries,
    fresh,
    read_array,
    write_array,
)
from tests.packs import write_pack


@pytest.fixture(autouse=True)
def every_array_aside(monkeypatch):
    monkeypatch.setattr(pack_cache, "MIN_PACK_BYTES", 0)
    monkeypatch.setattr(pack_cache, "ASIDE_MIN_BYTES", 0)


def _flip_a_date_part(entry: Path) -> None:
    """A date's year changed in the stored parts: well-formed, only the checksum can tell."""
    header = json.loads((entry / "header.json").read_text(encoding="utf-8"))
    col = next(c for c in header["tables"]["events"]["columns"] if c["name"] == "start_date")
    arr = read_array(entry, f"{col['file']}.parts")
    arr[0] += 1
    write_array(entry, f"{col['file']}.parts", arr)


def _flip_a_text(entry: Path) -> None:
    """One letter of the events' titles changed (same length, still UTF-8)."""
    header = json.loads((entry / "header.json").read_text(encoding="utf-8"))
    col = next(c for c in header["tables"]["events"]["columns"] if c["name"] == "title")
    arr = read_array(entry, f"{col['file']}.blob")
    i = int(np.flatnonzero((arr >= ord("a")) & (arr < ord("z")))[0])
    arr[i] += 1
    write_array(entry, f"{col['file']}.blob", arr)


def test_a_reopen_checks_its_arrays_aside_and_serves_the_same_pack(tmp_path, monkeypatch):
    folder = write_pack(tmp_path / "pack")
    expected = fresh(folder, monkeypatch)
    load_pack(folder)
    entries()
    sent: list[str] = []
    real = pack_cache._ChecksumsAside.add

    def add(self, name, arr, checksum):
        sent.append(name)
        return real(self, name, arr, checksum)

    monkeypatch.setattr(pack_cache._ChecksumsAside, "add", add)
    assert_same_pack(expected, load_pack(folder))
    assert sent  # the arrays went through the thread, not the reader


@pytest.mark.parametrize("damage", [_flip_a_figure, _flip_a_date_part, _flip_a_text,
                                    _truncate_an_array, _codes_out_of_range, _categories_repeated])
def test_an_array_damaged_in_the_entry_is_caught_and_the_pack_rebuilt(tmp_path, monkeypatch,
                                                                       damage):
    folder = write_pack(tmp_path / "pack")
    expected = fresh(folder, monkeypatch)
    load_pack(folder)
    [entry] = entries()
    damage(entry)
    assert_same_pack(expected, load_pack(folder))
    [again] = entries()
    assert again == entry and (again / "header.json").is_file()  # rewritten
    assert_same_pack(expected, load_pack(folder))
