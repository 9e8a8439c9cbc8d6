"""Figures found again by what they are made of (``comparison._FIGURES_BY_RAW``: the row's
``_Raw`` by identity and what the build adds to it): a walk through bases, chart kinds, label
languages and filters with every cache kept builds, step by step, the very spec a build with
no cache at all builds, on the default pack and a generated tier-S pack (which has conflicting
sources, so flags and source numbers change with the filter)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.charts import comparison
from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

_CACHES = (comparison._LAST_SPEC, comparison._RAW_ROWS, comparison._FIGURES,
           comparison._FIGURES_BY_RAW)


def _walk(pack, indicators) -> int:
    actors = list(dict.fromkeys(pack.observations["reporter"]))
    filters = [None, Filter(day_from=parse_bound("2010", upper=False), day_to=parse_bound("2022", upper=True)),
               Filter(partners=frozenset(actors[:1])), None,
               Filter(day_from=parse_bound("2005", upper=False), day_to=parse_bound("2025", upper=True)),
               Filter(partners=frozenset(actors[1:3]))]
    for cached in _CACHES:
        pack.__dict__.pop(cached, None)
    hits = 0
    for ind in indicators:
        for basis in ("published", "index", "growth", "converted"):
            for chart in ("line", "bar"):
                for lang in ("en", "ja"):
                    setup = ComparisonSetup(indicator_id=ind, basis=basis, chart=chart)
                    for f in filters:
                        before = len(pack.__dict__.get(comparison._FIGURES_BY_RAW, {}))
                        ours = build_comparison(pack, setup, f, None, lang=lang)
                        hits += len(pack.__dict__.get(comparison._FIGURES_BY_RAW, {})) == before
                        kept = {c: pack.__dict__.pop(c) for c in _CACHES if c in pack.__dict__}
                        fresh = build_comparison(pack, setup, f, None, lang=lang)
                        for c in _CACHES:
                            pack.__dict__.pop(c, None)
                        pack.__dict__.update(kept)
                        assert ours == fresh, (ind, basis, chart, lang, f)
    return hits


def test_figures_found_again_equal_a_build_without_caches_on_the_default_pack():
    pack = load_pack(default_pack_path())
    assert _walk(pack, list(pack.indicators["id"])[:5]) > 0


def test_figures_found_again_equal_a_build_without_caches_on_a_generated_pack():
    generator = pytest.importorskip("benchmarks.generator")
    folder, _seconds = generator.ensure_pack(Path(__file__).parents[2] / "build" / "benchmarks"
                                             / "packs", "S")  # where the benchmarks keep it
    pack = load_pack(folder)
    assert _walk(pack, list(pack.indicators["id"])[:3]) > 0
