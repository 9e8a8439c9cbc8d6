"""The time axis's tick labels, kept per tick, are the labels formatted afresh (timeline-10)."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.charts import time_axis as ta


@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_kept_tick_labels_are_the_labels_formatted_afresh(monkeypatch, lang):
    """Random ranges from a few days to centuries, panned and zoomed, every unit and step:
    the same ticks and the same texts (the first tick and each new year carry the year)."""
    rng = np.random.default_rng(16)
    cases = []
    for _ in range(400):
        span = float(10 ** rng.uniform(0.5, 4.8))
        d0 = float(rng.uniform(-20000, 30000))
        width = float(rng.uniform(200, 2400))
        cases.append((d0, d0 + span, width, float(rng.choice([70.0, 95.0, 140.0]))))
    units = set()
    for d0, d1, width, spacing in cases + [(d0 + 0.3, d1 + 0.3, w, s) for d0, d1, w, s in cases]:
        monkeypatch.setattr(ta, "TICK_LABELS_KEPT", True)
        kept = ta.time_ticks(d0, d1, width, min_spacing=spacing, lang=lang)
        monkeypatch.setattr(ta, "TICK_LABELS_KEPT", False)
        afresh = ta.time_ticks(d0, d1, width, min_spacing=spacing, lang=lang)
        assert kept.labels == afresh.labels
        assert np.array_equal(kept.major, afresh.major) and np.array_equal(kept.minor, afresh.minor)
        units.add((kept.unit, kept.step))
    assert {u for u, _ in units} == {"year", "month", "day"}


def test_a_kept_label_knows_the_first_tick_from_the_others():
    """The same day is "Feb 2019" first in a run and "Feb" after it (a pan makes a tick the
    first): the first tick is part of what is kept."""
    days = [17928, 17956]  # 1 Feb 2019, 1 Mar 2019
    assert ta.tick_labels(days, "month") == ("Feb 2019", "Mar")
    assert ta.tick_labels(days[1:], "month") == ("Mar 2019",)
    assert ta.tick_labels([17897, 17928], "month") == ("Jan 2019", "Feb")
