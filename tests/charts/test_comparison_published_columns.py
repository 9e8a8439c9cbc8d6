"""The published basis on a time axis built from the rows' columns (``comparison._published_lines``)
gives the very spec the points path gives: figures, flags, source markers, series and panel order,
scales, warnings (missing series, conflicts), footnotes (units, qualifiers, notes), sources; and
each series' ``FigureColumns`` say what its figures say."""

from __future__ import annotations

import dataclasses

import numpy as np

from explorer.charts import comparison
from explorer.charts.chart_spec import ChartKind, Flag
from explorer.charts.comparison import build_comparison, series_choices
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from tests.charts.test_comparison_conflicts import tier_s_pack
from tests.data.figure_days import figure_days


def _columns_match(spec) -> int:
    """Every series' columns (when it has them) equal its figures' fields, bit for bit; how
    many series had them."""
    n = 0
    for p in spec.panels:
        for s in p.series:
            c = s.figure_columns
            if c is None:
                continue
            n += 1
            figs = s.figures
            assert c.of is figs
            assert np.array_equal(c.x, np.array([f.x for f in figs], dtype=float))
            assert np.array_equal(c.value, np.array([f.value for f in figs], dtype=float))
            assert np.signbit(c.value).tolist() == [np.signbit(f.value) for f in figs]  # -0.0
            assert [(Flag.QUALIFIED in f.flags) + 2 * (Flag.CONFLICT in f.flags) for f in figs] \
                == c.flags.tolist()
            assert [f.flags for f in figs] == [tuple(sorted(
                {1: (Flag.QUALIFIED,), 2: (Flag.CONFLICT,), 3: (Flag.QUALIFIED, Flag.CONFLICT)}.get(k, ())))
                for k in c.flags.tolist()]
            assert [f.source_marker for f in figs] == [f"[{m}]" for m in c.source.tolist()]
            assert s.source_markers == "".join(dict.fromkeys(f.source_marker for f in figs
                                                             if f.source_marker))
            # other figures (an export renumbering the markers) leave the columns behind
            other = dataclasses.replace(s, figures=tuple(dataclasses.replace(f, source_marker="[99]")
                                                         for f in figs))
            assert other.figure_columns is None and other.source_markers == ("[99]" if figs else "")
    return n


def _build(pack, setup, f, lang, quick: bool, monkeypatch):
    pack.__dict__.pop(comparison._LAST_SPEC, None)
    monkeypatch.setattr(comparison, "quick_published", quick)
    return build_comparison(pack, setup, f, None, lang=lang)


def _check(pack, indicators, monkeypatch) -> dict[str, int]:
    monkeypatch.setattr(comparison, "QUICK_MIN_ROWS", 0)  # every size through the columns
    taken = []
    original = comparison._published_lines

    def counting(*args, **kwargs):
        spec = original(*args, **kwargs)
        taken.append(spec is not None)
        return spec

    monkeypatch.setattr(comparison, "_published_lines", counting)
    actors = list(dict.fromkeys(pack.observations["reporter"]))
    filters = [None,
               Filter(day_from=parse_bound("2010", upper=False), day_to=parse_bound("2022", upper=True)),
               Filter(day_from=parse_bound("2005", upper=False), day_to=parse_bound("2025", upper=True)),
               Filter(partners=frozenset(actors[:1])),
               Filter(partners=frozenset(actors[1:3]), day_from=parse_bound("2015", upper=False)),
               # one year: one period per series, twice in a series where sources disagree
               Filter(day_from=parse_bound("2016", upper=False), day_to=parse_bound("2016", upper=True)),
               Filter(day_from=parse_bound("2021", upper=False), day_to=parse_bound("2021", upper=True))]
    seen = {"specs": 0, "lines": 0, "conflicts": 0, "qualified": 0, "noted": 0, "units": 0,
            "missing": 0, "columns": 0}
    for ind in indicators:
        keys = [k for k, _label in series_choices(pack, ind)]
        for series in ((), tuple(keys[:2]), (*keys[-1:], "zz>nowhere")):
            for chart in ("auto", "line", "bar"):
                for lang in ("en", "ja", "both"):
                    setup = ComparisonSetup(indicator_id=ind, series=series, chart=chart)
                    for f in filters:
                        # twice each way: a second build reuses the figures the first made
                        ours = [_build(pack, setup, f, lang, True, monkeypatch) for _ in range(2)]
                        theirs = _build(pack, setup, f, lang, False, monkeypatch)
                        for spec in ours:
                            assert spec == theirs, (ind, series, chart, lang, f)
                            seen["columns"] += _columns_match(spec)
                            assert [[[(g.display, g.flags, g.source_marker, g.note) for g in s.figures]
                                     for s in p.series] for p in spec.panels] == \
                                   [[[(g.display, g.flags, g.source_marker, g.note) for g in s.figures]
                                     for s in p.series] for p in theirs.panels]
                        seen["specs"] += 1
                        if theirs.kind is ChartKind.LINE and not theirs.is_empty:
                            seen["lines"] += 1
                            figures = [g for p in theirs.panels for s in p.series for g in s.figures]
                            seen["conflicts"] += any(Flag.CONFLICT in g.flags for g in figures)
                            seen["qualified"] += any(Flag.QUALIFIED in g.flags for g in figures)
                            seen["noted"] += any(g.note for g in figures)
                            seen["units"] += len(theirs.panels) > 1
                            seen["missing"] += "zz>nowhere" in series
    seen["taken"] = sum(taken)
    return seen


def test_published_lines_equal_the_points_path_on_a_generated_pack(monkeypatch):
    pack = tier_s_pack()
    seen = _check(pack, list(pack.indicators["id"])[:3], monkeypatch)
    # the columns were used, and for every kind of content the points path handles
    assert seen["taken"] > 0 and seen["taken"] >= seen["lines"]
    for what in ("conflicts", "qualified", "noted", "missing", "columns"):
        assert seen[what] > 0, what


def test_published_lines_equal_the_points_path_on_the_default_pack(monkeypatch):
    pack = load_pack(default_pack_path())
    seen = _check(pack, list(pack.indicators["id"])[:8], monkeypatch)
    assert seen["taken"] > 0
    assert seen["units"] > 0 and seen["qualified"] > 0 and seen["columns"] > 0


def test_small_comparisons_go_through_the_points(monkeypatch):
    """Under ``QUICK_MIN_ROWS`` rows numpy's fixed costs outweigh the gain: the points path."""
    pack = load_pack(default_pack_path())
    calls = []
    monkeypatch.setattr(comparison, "_published_lines", lambda *a, **k: calls.append(a) or None)
    ind = str(pack.indicators["id"].iat[0])
    rows = comparison._indicator_rows(pack, ind)
    assert 0 < len(rows) < comparison.QUICK_MIN_ROWS
    build_comparison(pack, ComparisonSetup(indicator_id=ind), None, None)
    assert calls == []
    monkeypatch.setattr(comparison, "QUICK_MIN_ROWS", 1)
    pack.__dict__.pop(comparison._LAST_SPEC, None)
    build_comparison(pack, ComparisonSetup(indicator_id=ind), None, None)
    assert len(calls) == 1


def test_a_source_line_is_cited_once_per_pack_and_language(monkeypatch):
    pack = load_pack(default_pack_path())
    ind = str(pack.indicators["id"].iat[0])
    made = []
    original = comparison.citation
    monkeypatch.setattr(comparison, "citation", lambda src, lang="en": made.append(lang) or original(src, lang=lang))
    first = build_comparison(pack, ComparisonSetup(indicator_id=ind), None, None)
    n = len(made)
    assert 0 < n <= len(first.sources)
    pack.__dict__.pop(comparison._LAST_SPEC, None)
    again = build_comparison(pack, ComparisonSetup(indicator_id=ind), None, None)
    assert again.sources == first.sources and len(made) == n
    ja = build_comparison(pack, ComparisonSetup(indicator_id=ind), None, None, lang="ja")
    assert len(made) == 2 * n and [m for m, _ in ja.sources] == [m for m, _ in first.sources]


def test_one_period_told_twice_is_still_one_period(monkeypatch):
    """A series with two figures for one period (sources disagree) and no other period in the
    filter is a bar chart on "auto", as the points path decides: periods are counted, not figures."""
    pack = tier_s_pack()
    monkeypatch.setattr(comparison, "QUICK_MIN_ROWS", 0)
    found = None
    for ind in list(pack.indicators["id"])[:6]:
        raws = comparison._raw_figures(pack, ComparisonSetup(indicator_id=ind), None)
        seen: dict[tuple[str, str], list] = {}
        for r in raws:
            seen.setdefault((r.key, r.period), []).append(r)
        twice = [rs for rs in seen.values() if len(rs) > 1]
        if twice:
            found = ind, twice[0]
            break
    assert found is not None
    ind, (first, *_rest) = found
    rows = comparison._indicator_rows(pack, ind)
    starts, ends = (days[rows] for days in figure_days(pack))
    keys = [comparison.series_key(a, b) for a, b in zip(pack.observations["reporter"].to_numpy()[rows],
                                                        pack.observations["partner"].to_numpy()[rows])]
    at = [i for i, k in enumerate(keys) if k == first.key
          and comparison.period_display(pack.observations["period"].iat[rows[i]]) == first.period]
    f = Filter(day_from=int(min(ends[at])), day_to=int(max(starts[at])))
    setup = ComparisonSetup(indicator_id=ind, series=(first.key,))
    ours = _build(pack, setup, f, "en", True, monkeypatch)
    theirs = _build(pack, setup, f, "en", False, monkeypatch)
    assert ours == theirs
    assert ours.kind is ChartKind.BAR and sum(len(s.figures) for p in ours.panels for s in p.series) >= 1
