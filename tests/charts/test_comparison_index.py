"""The indexed comparison (per-indicator row index, integer actor codes, the linear data table)
gives the very spec a straightforward reading of the full observation table gives.

The reference below is the builder's former path: filter every observation row by the indicator,
the filter's dates and partners, then read the rows kept. It is checked on the default pack for
every indicator × basis, unfiltered and under filters by date and by partner.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from explorer.charts import comparison
from explorer.charts.chart_spec import Basis, Flag
from explorer.charts.comparison import build_comparison, indicator_choices, periods_of, series_choices
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.domain.figures import format_figure
from explorer.domain.labels import phrase
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from tests.data.figure_days import with_figure_days


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


def reference_raw_figures(pack, setup, f, rows=None):
    """Every observation row compared, as the builder did before it had an index (the rows the
    builder found are ignored: this reads them again from the whole table)."""
    obs = with_figure_days(pack)
    mask = (obs["indicator_id"] == setup.indicator_id).to_numpy(copy=True)
    if f is not None:
        if f.day_from is not None:
            mask &= obs["period_end"].to_numpy() >= f.day_from
        if f.day_to is not None:
            mask &= obs["period_start"].to_numpy() <= f.day_to
        if f.partners:
            mask &= (obs["reporter"].isin(f.partners) | obs["partner"].isin(f.partners)).to_numpy()
    wanted = set(setup.series)
    out = []
    for r in obs[mask].itertuples():
        key = comparison.series_key(r.reporter, r.partner)
        if wanted and key not in wanted:
            continue
        scale = int(r.scale)
        open_start = str(r.period).startswith("..")
        out.append(comparison._Raw(
            key=key, reporter=r.reporter, period=comparison.period_display(r.period),
            x=float(r.period_end) if open_start else (int(r.period_start) + int(r.period_end) + 1) / 2.0,
            amount=float(r.value) * 10.0 ** scale, unit=r.unit, qualifier=r.qualifier,
            published=format_figure(float(r.value), r.unit, scale, r.qualifier),
            source_id=r.source_id, note=r.note,
            order=float(r.period_end) if open_start else float(r.period_start),
            editor_note=r.editor_note))
    out.sort(key=lambda r: (r.order, r.key))
    return out


def reference_table(spec):
    """The data table as periods × figures: for each period, every figure searched."""
    periods, seen = [], set()
    for p in spec.panels:
        for s in p.series:
            for f in sorted(s.figures, key=lambda f: f.x):
                if f.period not in seen:
                    seen.add(f.period)
                    periods.append(f.period)
    periods.sort(key=lambda per: min(f.x for p in spec.panels for s in p.series
                                     for f in s.figures if f.period == per))
    lang = spec.label_language
    rows = []
    for p in spec.panels:
        for s in p.series:
            cells = [" / ".join(f"{f.display} {f.source_marker}".strip()
                                + (phrase(" (conflict)", lang) if Flag.CONFLICT in f.flags else "")
                                for f in s.figures if f.period == per) for per in periods]
            rows.append([s.label, p.unit, *cells])
    return [phrase("Series", lang), phrase("Unit", lang), *periods], rows


def _comparable(spec):
    """The spec as plain data, NaN made comparable (NaN != NaN would fail equal specs)."""
    def clean(v):
        if isinstance(v, float) and math.isnan(v):
            return "nan"
        if isinstance(v, tuple):
            return tuple(clean(x) for x in v)
        return v
    return repr(spec), clean(tuple(
        (f.series_key, f.period, f.x, f.value, f.display)
        for p in spec.panels for s in p.series for f in s.figures))


def _filters(pack):
    actors = list(dict.fromkeys(pack.observations["reporter"]))
    partners = [a for a in dict.fromkeys(pack.observations["partner"]) if isinstance(a, str) and a]
    return [
        None,
        Filter(),
        Filter(day_from=parse_bound("2020", upper=False), day_to=parse_bound("2023", upper=True)),
        Filter(partners=frozenset(actors[:1])),
        Filter(partners=frozenset(partners[:1] + ["no-such-actor"])),
        Filter(day_from=parse_bound("2015", upper=False), partners=frozenset(actors[1:3])),
    ]


def test_indexed_comparison_equals_the_full_table_reading(default_pack, monkeypatch):
    pack = default_pack
    indicators = [i for _d, group in indicator_choices(pack) for i, _n, _desc in group]
    assert len(indicators) > 5
    filters = _filters(pack)
    indexed = {}
    for ind in indicators:
        for basis in Basis:
            for n, f in enumerate(filters):
                setup = ComparisonSetup(indicator_id=ind, basis=basis.value)
                indexed[(ind, basis, n)] = build_comparison(pack, setup, f)
    monkeypatch.setattr(comparison, "_raw_figures", reference_raw_figures)
    drawn = 0
    for (ind, basis, n), spec in indexed.items():
        setup = ComparisonSetup(indicator_id=ind, basis=basis.value)
        for cached in (comparison._LAST_SPEC, comparison._RAW_ROWS):  # built afresh, no reuse
            pack.__dict__.pop(cached, None)
        reference = build_comparison(pack, setup, filters[n])
        assert _comparable(spec) == _comparable(reference), (ind, basis, n)
        assert spec.table() == reference_table(spec), (ind, basis, n)
        drawn += not spec.is_empty
    assert drawn > len(indexed) // 2  # the check compared real charts, not empty ones


def test_series_and_periods_read_from_the_index(default_pack):
    pack = default_pack
    obs = pack.observations
    for ind in dict.fromkeys(obs["indicator_id"]):
        mine = obs[obs["indicator_id"] == ind]
        keys = {f"{r}>{p}" for r, p in zip(mine["reporter"], mine["partner"])}
        assert {k for k, _label in series_choices(pack, ind)} == keys
        assert set(periods_of(pack, ind)) == {comparison.period_display(p) for p in mine["period"]}
        assert np.array_equal(pack.observation_rows_by_indicator[ind],
                              np.flatnonzero((obs["indicator_id"] == ind).to_numpy()))
    assert series_choices(pack, "no-such-indicator") == []
