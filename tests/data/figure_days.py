"""Each figure's period days read the slow way, for tests: the figure's own period cell parsed, as
the figures' table held them per row (``period_start``, ``period_end``) before they were kept per
distinct period (``Pack.observation_days``)."""

from __future__ import annotations

import numpy as np

from explorer.data.pack import Pack
from explorer.domain.dates import Period


def figure_days(pack: Pack) -> tuple[np.ndarray, np.ndarray]:
    """(first day, last day) of every figure's period, int32, parsing each figure's period."""
    periods = [Period.parse(str(text)) for text in pack.observations["period"].tolist()]
    return (np.array([p.start_day for p in periods], dtype=np.int32),
            np.array([p.end_day for p in periods], dtype=np.int32))


def with_figure_days(pack: Pack):
    """The figures' table with ``period_start`` and ``period_end`` as it held them before."""
    start, end = figure_days(pack)
    return pack.observations.assign(period_start=start, period_end=end)
