"""``comparison._panels`` tightened (one divisor per panel, no note or flag lookups for figures
with none, a C-level sort key) builds the very specs the code before built: that code is kept
here as the reference and swapped in."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from explorer.charts import comparison
from explorer.charts.chart_spec import Basis, Figure, Panel, Series
from explorer.charts.comparison import build_comparison, indicator_choices
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter


def _reference_panels(pack, points, basis, setup, sources):
    """``_panels`` as it was before (5 December 2026, 03:40 UTC), with figures and notes written in
    the label language since (744.4億米ドル, note_ja) and each series its own colour since
    (``comparison.indicator_series_colours``)."""
    by_unit = defaultdict(list)
    for p in points:
        by_unit[p.unit].append(p)
    colours = comparison.indicator_series_colours(pack, setup.indicator_id)
    panels = []
    lang = comparison._lang(pack)
    for unit, ps in by_unit.items():
        transformed = basis in (Basis.INDEX, Basis.GROWTH)
        scale = 0 if transformed else comparison._display_scale([p.value for p in ps if p.value is not None])
        label = unit if transformed else comparison._unit_label(unit, scale, lang)
        series = defaultdict(list)
        for p in sorted(ps, key=lambda p: (p.raw.order, p.raw.key)):
            shown = None if p.value is None else p.value / 10 ** scale
            if shown is None:
                display = "—"
            elif lang == "ja" and transformed:
                core = f"{shown:+.1f}%" if basis is Basis.GROWTH else comparison._fmt(shown)
                display = comparison.ja_qualified(core, p.qualifier)
            elif transformed and basis is Basis.GROWTH:
                display = f"{p.qualifier}{shown:+.1f} %"
            elif transformed:
                display = f"{p.qualifier}{comparison._fmt(shown)}"
            else:
                display = comparison._shown(p.raw.qualifier, shown, unit, scale, label, lang)
            series[p.raw.key].append(Figure(
                p.raw.key, p.raw.period, p.raw.x, shown, display, comparison._published(p.raw, lang),
                p.raw.qualifier,
                p.raw.source_id, sources.marker(p.raw.source_id), tuple(sorted(p.flags)),
                comparison._join_notes(p.raw.note_in(lang), p.note), p.raw.editor_note))
        panels.append(Panel(label, tuple(
            Series(key, comparison.series_label(pack, key), key.partition(">")[0],
                   colours[key], tuple(figs))
            for key, figs in series.items())))
    return tuple(panels)


def _fresh(pack, setup, f, lang):
    for cached in (comparison._LAST_SPEC, comparison._RAW_ROWS, comparison._FIGURES):
        pack.__dict__.pop(cached, None)
    return build_comparison(pack, setup, f, None, lang=lang)


def _check(pack, indicators, monkeypatch):
    actors = list(dict.fromkeys(pack.observations["reporter"]))
    filters = [None, Filter(day_from=parse_bound("2010", upper=False), day_to=parse_bound("2022", upper=True)),
               Filter(partners=frozenset(actors[:1]))]
    built = 0
    for ind in indicators:
        for basis in ("published", "converted", "index", "growth"):
            for chart in ("line", "bar"):
                for lang in ("en", "ja"):
                    setup = ComparisonSetup(indicator_id=ind, basis=basis, chart=chart)
                    for f in filters:
                        ours = _fresh(pack, setup, f, lang)
                        with monkeypatch.context() as m:
                            m.setattr(comparison, "_panels", _reference_panels)
                            theirs = _fresh(pack, setup, f, lang)
                        assert ours == theirs, (ind, basis, chart, lang, f)
                        built += bool(ours.panels)
    assert built > 0


def test_panels_equal_the_code_before_on_the_default_pack(monkeypatch):
    pack = load_pack(default_pack_path())
    _check(pack, [i for _d, group in indicator_choices(pack) for i, _n, _desc in group][:8], monkeypatch)


def test_panels_equal_the_code_before_on_a_generated_pack(monkeypatch):
    generator = pytest.importorskip("benchmarks.generator")
    folder, _seconds = generator.ensure_pack(Path(__file__).parents[2] / "build" / "benchmarks"
                                             / "packs", "S")  # where the benchmarks keep it
    pack = load_pack(folder)
    _check(pack, list(pack.indicators["id"])[:3], monkeypatch)


@pytest.mark.parametrize("which", ["default", "generated"])
def test_unconverted_points_equal_what_convert_gives(which):
    if which == "default":
        pack = load_pack(default_pack_path())
    else:
        generator = pytest.importorskip("benchmarks.generator")
        pack = load_pack(generator.ensure_pack(Path(__file__).parents[2] / "build" / "benchmarks"
                                               / "packs", "S")[0])
    rates = comparison.rate_table(pack)
    checked = 0
    for ind in list(pack.indicators["id"]):
        raws = comparison._raw_figures(pack, ComparisonSetup(indicator_id=ind), None)
        ours = comparison._unconverted(raws)
        for basis in (Basis.PUBLISHED, Basis.INDEX, Basis.GROWTH):
            assert ours == [comparison._convert(r, basis, "USD", rates) for r in raws], (ind, basis)
        checked += sum(1 for p in ours if p.flags)
    assert checked > 0  # qualified figures were among them
