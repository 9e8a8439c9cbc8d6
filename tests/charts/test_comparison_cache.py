"""A comparison reused across filter changes is the comparison built afresh: the per-pack row
cache and the last spec kept per pack never change what a chart shows, only what it costs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from explorer.charts import comparison
from explorer.charts.comparison import build_comparison, indicator_choices
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter


def _fresh(pack, setup, f, visible, lang):
    for cached in (comparison._LAST_SPEC, comparison._RAW_ROWS, comparison._FIGURES,
                   comparison._INDICATOR_TEXTS):
        pack.__dict__.pop(cached, None)
    return build_comparison(pack, setup, f, visible, lang=lang)


def _steps(pack):
    n = len(pack.events)
    some = np.arange(0, n, 2)
    actors = list(dict.fromkeys(pack.observations["reporter"]))
    wide = Filter(day_from=parse_bound("2000", upper=False), day_to=parse_bound("2030", upper=True))
    return [
        (None, None),
        (wide, None),
        (wide, some),  # the same figures, fewer events: markers change, figures are reused
        (wide, some[: len(some) // 2]),
        (Filter(day_from=parse_bound("2020", upper=False)), some),
        (Filter(partners=frozenset(actors[:1])), None),
        (Filter(partners=frozenset(actors[:1])), None),  # the very same again
        (None, np.arange(0)),
    ]


def _check(pack, indicators):
    built = 0
    for ind in indicators:
        for basis in ("published", "converted", "index", "growth"):
            for lang in ("en", "ja"):
                setup = ComparisonSetup(indicator_id=ind, basis=basis, chart="line")
                pack.__dict__.pop(comparison._LAST_SPEC, None)
                for f, visible in _steps(pack):
                    reused = build_comparison(pack, setup, f, visible, lang=lang)
                    assert reused == _fresh(pack, setup, f, visible, lang), (ind, basis, lang)
                    built += not reused.is_empty
    assert built > 0


def test_reused_comparisons_equal_fresh_ones_on_the_default_pack():
    pack = load_pack(default_pack_path())
    _check(pack, [i for _d, group in indicator_choices(pack) for i, _n, _desc in group][:6])


def test_reused_comparisons_equal_fresh_ones_on_a_generated_pack():
    generator = pytest.importorskip("benchmarks.generator")
    folder, _seconds = generator.ensure_pack(Path(__file__).parents[2] / "build" / "benchmarks"
                                             / "packs", "S")  # where the benchmarks keep it
    pack = load_pack(folder)
    _check(pack, list(pack.indicators["id"])[:2])


def test_a_changed_setup_or_language_is_never_served_the_last_spec():
    pack = load_pack(default_pack_path())
    ind = next(i for _d, group in indicator_choices(pack) for i, _n, _desc in group)
    a = build_comparison(pack, ComparisonSetup(indicator_id=ind), None, lang="en")
    b = build_comparison(pack, ComparisonSetup(indicator_id=ind, basis="index"), None, lang="en")
    c = build_comparison(pack, ComparisonSetup(indicator_id=ind, basis="index"), None, lang="ja")
    assert a.basis.value == "published" and b.basis.value == "index"
    assert c.label_language == "ja" and b.label_language == "en"
    # the same request twice: the same figures, the very same objects
    d = build_comparison(pack, ComparisonSetup(indicator_id=ind, basis="index"), None, lang="ja")
    assert d.panels is c.panels


def test_figures_formatted_once_read_as_when_formatted_afresh():
    # a value's text is kept across rebuilds; it must read as the direct formatting does
    import math

    import numpy as np

    from explorer.charts import comparison as cmp

    rng = np.random.default_rng(5)
    values = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 1e-9, 123456.789, 0.00012345]
    values += (rng.lognormal(3, 4, 300) * rng.choice([-1, 1], 300)).tolist()
    for _ in range(2):  # formatted, then read back from what was kept
        for v in values:
            assert cmp._fmt(v) == cmp._fmt_now(v)
