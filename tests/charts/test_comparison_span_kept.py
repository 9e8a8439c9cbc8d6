"""A new date range that keeps the same figures finds the comparison built for them, unless the
comparison words the date range (what is missing "in this pack (… to …)", nothing "in the
current filter (… to …)"): then each range is worded as its own."""

from __future__ import annotations

from explorer.charts import comparison
from explorer.charts.comparison import build_comparison, indicator_choices
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter


def _span(first: str, last: str, **more) -> Filter:
    return Filter(day_from=parse_bound(first, upper=False), day_to=parse_bound(last, upper=True), **more)


def _fresh(pack, setup, f, lang="en"):
    for cached in (comparison._LAST_SPEC, comparison._RAW_ROWS, comparison._FIGURES):
        pack.__dict__.pop(cached, None)
    return build_comparison(pack, setup, f, lang=lang)


def _pack_and_indicator():
    pack = load_pack(default_pack_path())
    return pack, next(i for _d, group in indicator_choices(pack) for i, _n, _desc in group)


# Every figure of the default pack lies within each of these ranges: the same rows, new dates.
WIDE = [_span("1900", "2100"), _span("1950", "2090"), _span("1960", "2080")]


def test_a_new_date_range_that_keeps_the_same_figures_reuses_the_comparison():
    pack, ind = _pack_and_indicator()
    for lang in ("en", "ja"):
        setup = ComparisonSetup(indicator_id=ind)
        pack.__dict__.pop(comparison._LAST_SPEC, None)
        specs = [build_comparison(pack, setup, f, lang=lang) for f in WIDE]
        assert specs[0].panels and not specs[0].warnings
        # the very same panels: the chart redraws nothing of them
        assert all(spec.panels is specs[0].panels for spec in specs)
        for spec, f in zip(specs, WIDE):
            assert spec == _fresh(pack, setup, f, lang)


def test_a_comparison_that_words_the_date_range_words_each_range_as_its_own():
    pack, ind = _pack_and_indicator()
    present = build_comparison(pack, ComparisonSetup(indicator_id=ind), WIDE[0]).panels[0].series[0].key
    missing = ComparisonSetup(indicator_id=ind, series=(present, "zz>qq"))  # "zz>qq": no figure
    for lang in ("en", "ja"):
        pack.__dict__.pop(comparison._LAST_SPEC, None)
        for f in [*WIDE, *WIDE]:
            spec = build_comparison(pack, missing, f, lang=lang)
            span = comparison._filter_span(f, lang)
            assert spec.panels and any(span in w for w in spec.warnings), (lang, span)
            assert spec == _fresh(pack, missing, f, lang)
        # nothing kept: the empty reason names the range
        for f in [_span("1700", "1710"), _span("1720", "1730"), _span("1700", "1710")]:
            spec = build_comparison(pack, ComparisonSetup(indicator_id=ind), f, lang=lang)
            assert not spec.panels and comparison._filter_span(f, lang) in spec.empty_reason
            assert spec == _fresh(pack, ComparisonSetup(indicator_id=ind), f, lang)
