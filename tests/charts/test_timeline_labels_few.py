"""``place_labels`` for a few items (``LABELS_FEW``: element by element in Python) gives what its
numpy path gives, bit for bit: the same doubles, flags and dtypes."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from explorer.charts import timeline_layout as tl


def _both(monkeypatch, *args, **kw) -> tuple[tuple, tuple]:
    monkeypatch.setattr(tl, "LABELS_FEW", 10**6)
    few = tl.place_labels(*args, **kw)
    monkeypatch.setattr(tl, "LABELS_FEW", 0)
    return few, tl.place_labels(*args, **kw)


def _same(few: tuple, full: tuple) -> bool:
    return all(u.dtype == v.dtype and np.array_equal(u, v)
               and np.array_equal(np.signbit(u), np.signbit(v)) for u, v in zip(few, full))


def test_a_few_items_get_the_places_numpy_gives(monkeypatch):
    """Items in a few lanes and rows, overlapping, sharing starts, cut by the view's edges, on
    whole pixels and fractions; each optional input given and left out; one item alone."""
    rng = np.random.default_rng(16)
    most = tl.LABELS_FEW
    shown = 0
    for trial in range(3000):
        n = 1 if trial % 40 == 0 else int(rng.integers(2, most + 1))
        lane, row = rng.integers(0, 6, n), rng.integers(0, 4, n)
        x0 = rng.uniform(-600, 2100, n).round(int(rng.integers(0, 3)))
        if trial % 3 == 0:
            x0[rng.integers(0, n, n // 2)] = x0[0]  # items of a row starting together
        x1 = x0 + rng.uniform(0, 400, n).round(int(rng.integers(0, 3)))
        kw: dict[str, Any] = {
            "left": float(rng.choice([100.0, 220.5, 157.64])), "right": 1500.0,
            "shape_x0": x0 + rng.uniform(0, 3, n), "shape_x1": x1 - rng.uniform(0, 3, n),
            "anchor": x1 - rng.uniform(-9, 9, n) if trial % 4 else None,
            "inside_ok": rng.random(n) < 0.7 if trial % 5 else None,
            "inside_fraction": np.where(rng.random(n) < 0.5, 1.0, 0.7) if trial % 2 else 1.0,
            "prefer_outside": rng.random(n) < 0.5 if trial % 3 else False,
            "inside_min": float(rng.choice([80.0, 30.0]))}
        text_w = rng.uniform(5, 250, n)
        if trial % 2:  # whole pixels everywhere: labels that fit exactly, rows that touch
            x0, x1, text_w = x0.round(), x1.round(), text_w.round()
            kw.update(left=100.0, shape_x0=x0, shape_x1=x1,
                      anchor=x1 - rng.integers(0, 40, n) if trial % 4 else None)
        few, full = _both(monkeypatch, lane, row, x0, x1, text_w, **kw)
        assert _same(few, full), f"trial {trial}"
        shown += int((full[1] > 0).sum())
    assert shown > 10000  # labels were placed, not only hidden


@pytest.mark.parametrize("odd", ["nan", "inf", "float32"])
def test_input_the_loop_cannot_match_goes_the_numpy_way(monkeypatch, odd):
    rng = np.random.default_rng(17)
    n = 12
    lane, row = rng.integers(0, 3, n), rng.integers(0, 2, n)
    x0: np.ndarray = rng.uniform(0, 1500, n)
    x1: np.ndarray = x0 + rng.uniform(0, 300, n)
    text_w: np.ndarray = rng.uniform(5, 250, n)
    if odd == "float32":  # fractions a float32 cannot hold
        x0, x1, text_w = (v.astype(np.float32) + np.float32(1 / 3) for v in (x0, x1, text_w))
    else:
        x1[3] = text_w[5] = np.nan if odd == "nan" else np.inf
    with np.errstate(all="ignore"):  # numpy's path warns of infinity times zero
        few, full = _both(monkeypatch, lane, row, x0, x1, text_w, left=100.0, right=1500.0)
    assert all(np.array_equal(u, v, equal_nan=True) for u, v in zip(few, full))
