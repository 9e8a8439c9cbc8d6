"""The last ``KEPT_SPECS`` comparisons kept per pack: a filter that comes back is served the spec
built for it (the very same figures and panels), never another filter's, setup's or language's,
and what is kept stays bounded."""

from __future__ import annotations

from explorer.charts import comparison
from explorer.charts.comparison import build_comparison, indicator_choices
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter


def _fresh(pack, setup, f, lang):
    for cached in (comparison._LAST_SPEC, comparison._RAW_ROWS, comparison._FIGURES,
                   comparison._INDICATOR_TEXTS):
        pack.__dict__.pop(cached, None)
    return build_comparison(pack, setup, f, lang=lang)


def _filters() -> list[Filter | None]:
    """Six filters that keep different figures of the default pack's indicators."""
    return [None, *(Filter(day_from=parse_bound(lo, upper=False), day_to=parse_bound(hi, upper=True))
                    for lo, hi in (("2000", "2030"), ("2023", "2023"), ("2024", "2030"),
                                   ("1990", "2023"), ("2024", "2024")))]


def test_filters_that_come_back_get_their_own_spec_and_no_other():
    pack = load_pack(default_pack_path())
    indicators = [i for _d, group in indicator_choices(pack) for i, _n, _desc in group][:4]
    requests = [(ComparisonSetup(indicator_id=ind, basis=basis), f, lang)
                for ind in indicators for basis in ("published", "index")
                for f in _filters() for lang in ("en", "ja")]
    expected = {i: _fresh(pack, s, f, lang) for i, (s, f, lang) in enumerate(requests)}
    pack.__dict__.pop(comparison._LAST_SPEC, None)
    # each request, then the one three before it again (found kept), then one far back (not kept)
    for i in range(len(requests)):
        for j in (i, max(i - 3, 0), max(i - 11, 0)):
            setup, f, lang = requests[j]
            assert build_comparison(pack, setup, f, lang=lang) == expected[j], requests[j]
    assert len(pack.__dict__[comparison._LAST_SPEC]) == comparison.KEPT_SPECS


def test_a_filter_taken_back_reuses_the_spec_built_for_it():
    pack = load_pack(default_pack_path())
    setup = ComparisonSetup(indicator_id="goods_exports")
    a, b = _filters()[1], _filters()[2]
    first = build_comparison(pack, setup, None)
    narrow = build_comparison(pack, setup, b)
    assert narrow.panels != first.panels
    build_comparison(pack, setup, a)
    assert build_comparison(pack, setup, None).panels is first.panels  # cleared: kept
    assert build_comparison(pack, setup, b).panels is narrow.panels  # taken back: kept


def test_kept_specs_beside_the_newest_stay_within_their_keys_size(monkeypatch):
    pack = load_pack(default_pack_path())
    setup = ComparisonSetup(indicator_id="goods_exports")
    monkeypatch.setattr(comparison, "_KEPT_KEYS_MAX", 1)  # any kept key is too large
    first = build_comparison(pack, setup, None)
    build_comparison(pack, setup, _filters()[2])
    assert len(pack.__dict__[comparison._LAST_SPEC]) == 1  # the newest only
    again = build_comparison(pack, setup, None)
    assert again == first and again.panels is not first.panels  # built afresh, equal
