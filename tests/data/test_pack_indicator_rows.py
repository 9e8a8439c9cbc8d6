"""``Pack.observation_rows_by_indicator``: each indicator's observation rows, ascending, kept as
int32 positions (at tier L, 10^6 of them: half of int64) and read from the loader's categorical
codes. The Compare panel offers exactly the indicators with figures, and reads exactly their rows."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def _expected(obs) -> dict[str, np.ndarray]:
    column = obs["indicator_id"].astype(object)
    return {ind: np.flatnonzero((column == ind).to_numpy()) for ind in dict.fromkeys(column)}


@pytest.mark.parametrize("column", ["categorical", "unused category", "text", "indicator by indicator",
                                    "text, indicator by indicator"])
def test_each_indicators_rows_in_four_bytes_a_row(pack, column):
    obs = pack.observations.copy()
    if "indicator by indicator" in column:  # the figures written one indicator after another
        obs = obs.sort_values("indicator_id", kind="stable").reset_index(drop=True)
    if column.startswith("text"):
        obs["indicator_id"] = obs["indicator_id"].astype(object)
    if column == "unused category":  # an indicator no figure names is not offered
        obs["indicator_id"] = obs["indicator_id"].cat.add_categories(["zz-no-figures"])
    index = replace(pack, observations=obs).observation_rows_by_indicator
    expected = _expected(obs)
    assert set(index) == set(expected)
    for ind, rows in index.items():
        assert rows.dtype == np.int32 and np.array_equal(rows, expected[ind]), ind
    # rows already in indicator order keep no positions: each indicator's are a run, made when asked
    assert (index._order is None) == ("indicator by indicator" in column)
