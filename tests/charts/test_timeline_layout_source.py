"""The timeline's per-pack tables: built once per pack (on the loader's worker in the app) and the
same as built directly; date flags from numpy's string functions match the former per-text loop."""

from __future__ import annotations

from dataclasses import fields

import numpy as np
import pandas as pd
import pytest

from explorer.charts import timeline_layout as tl
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture(scope="module")
def tier_s_pack(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("packs"), "S")
    return load_pack(folder)


def _same_placements(a: tl.Placements, b: tl.Placements) -> None:
    for f in fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, np.ndarray):
            assert np.array_equal(x, y) and x.dtype == y.dtype, f.name
        elif f.name != "milestones":
            assert x == y, f.name


@pytest.mark.parametrize("which", ["default_pack", "tier_s_pack"])
def test_the_cached_source_is_built_once_and_lays_out_as_a_fresh_one(which, request):
    pack = request.getfixturevalue(which)
    pack.__dict__.pop(tl._SOURCE_KEY, None)
    source = tl.timeline_source(pack)
    assert tl.timeline_source(pack) is source  # once per pack
    fresh = tl.TimelineSource(pack)
    for mode in tl.LANE_MODES:
        for lang in ("en", "ja"):
            _same_placements(source.placements(mode, lang=lang), fresh.placements(mode, lang=lang))


@pytest.mark.parametrize("which", ["default_pack", "tier_s_pack"])
def test_date_flags_match_the_per_text_loop(which, request):
    ev = request.getfixturevalue(which).events
    for column in ("start", "end"):
        new, old = tl._date_flags(ev[column]), tl._date_flags_loop(ev[column])
        for x, y in zip(new, old, strict=True):
            assert np.array_equal(x, y) and x.dtype == y.dtype


def test_date_flags_of_every_notation_and_of_empty_cells():
    cells = pd.Series(["2019", "2019-02", "2019-02-01", "2019~", "2019-02?", "2019-02-01~",
                       None, "", "2019"], dtype=object)
    prec, inexact = tl._date_flags(cells)
    assert prec.tolist() == [1, 2, 3, 1, 2, 3, 0, 0, 1]
    assert inexact.tolist() == [False, False, False, True, True, True, False, False, False]
    assert [a.tolist() for a in tl._date_flags(cells)] == \
        [a.tolist() for a in tl._date_flags_loop(cells)]
    empty = tl._date_flags(pd.Series([], dtype=object))
    assert len(empty[0]) == len(empty[1]) == 0
