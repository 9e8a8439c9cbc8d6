"""A figures' column holding one text (a column the pack left out, notes every figure leaves empty)
is a Categorical whose codes take no memory (one read-only 0 seen once per figure): its cells read
as before wherever a reader takes them, on a first open and a reopen, and a reader that writes
gets its own copy. No byte count is asserted."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
from explorer.data.pack_union import combine_packs
from explorer.paths import default_pack_path
from tests.packs import VALID_FILES, write_pack

pytestmark = pytest.mark.usefixtures("cache_every_pack")


def _no_notes() -> str:
    """The test pack's figures with every note empty (the last column)."""
    head, *rows = VALID_FILES["observations.csv"].splitlines()
    return "\n".join([head, *(row.rsplit(",", 1)[0] + "," for row in rows)]) + "\n"


def test_a_column_of_one_text_reads_as_before_and_takes_no_memory(tmp_path):
    folder = write_pack(tmp_path / "pack", {"observations.csv": _no_notes()})
    for pack in (load_pack(folder), load_pack(folder)):  # the second from its cache entry
        pack_cache.wait_for_writes()
        obs = pack.observations
        for column in ("note", "note_ja", "editor_note"):  # empty, left out, left out
            cells = obs[column]
            assert cells.array.codes.strides == (0,), column
            assert cells.tolist() == [""] * 5 and (cells == "").all() and cells.isin([""]).all()
            assert cells.take([4, 0]).tolist() == ["", ""] and cells.astype(str).tolist() == [""] * 5
            assert cells.map(len).tolist() == [0] * 5
        assert obs.groupby("note", observed=True)["value"].sum().tolist() == [obs["value"].sum()]
        assert obs.iloc[[1]].to_dict("records")[0]["note"] == ""
        assert pack.observation_haystack[0].split("\n")[2] == ""  # the note's part of the search text
        mine = obs.copy()
        mine.loc[0, "note"] = ""  # a reader that writes: its own copy, the pack's untouched
        assert mine["note"].tolist() == obs["note"].tolist()


def test_a_column_of_one_text_joins_another_packs_in_a_union(tmp_path):
    folder = write_pack(tmp_path / "pack", {"observations.csv": _no_notes()})
    one, other = load_pack(folder), load_pack(default_pack_path())
    union = combine_packs([other, one])
    assert union.observations["note"].tolist() == other.observations["note"].tolist() + [""] * 5
    assert union.observations["note_ja"].tolist()[-5:] == [""] * 5
    assert np.isin(union.observations["editor_note"].to_numpy(dtype=object), [""]).sum() >= 5
