"""``comparison._flag_conflicts`` groups only the figures that share a series, period and unit
with another (no list per figure), in the order of each group's first figure: the flags, the
warnings and the source numbering equal the code before, kept here as the reference and swapped
in, on a generated tier-S pack (which has conflicting sources), the default pack, and points made
so that groups start in one order and complete in another."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from explorer.charts import comparison
from explorer.charts.chart_spec import Flag
from explorer.charts.comparison import build_comparison
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter


def _reference_flag_conflicts(points, pack, warnings, sources) -> None:
    """``_flag_conflicts`` as it was before (5 December 2026, 04:10 UTC)."""
    groups = defaultdict(list)
    for p in points:
        if p.value is not None:
            groups[(p.raw.key, p.raw.period, p.unit)].append(p)
    for (key, period, unit), ps in groups.items():
        if len(ps) < 2:
            continue
        values = [p.value for p in ps if p.value is not None]
        lo, hi = min(values), max(values)
        if hi - lo <= comparison.CONFLICT_TOLERANCE * max(abs(hi), abs(lo), 1e-300):
            continue
        for p in ps:  # (as before; figures made without flags now share an empty frozenset)
            p.flags = {*p.flags, Flag.CONFLICT}
        scale = comparison._display_scale([abs(v) for v in values])
        spread = (hi - lo) / 10 ** scale
        rel = (hi - lo) / abs(lo) * 100 if lo else float("inf")
        lang = comparison._lang(pack)  # figures in the label language: 約5,500億米ドル
        listing = (" vs " if lang != "ja" else "／").join(
            f"{comparison._published(p.raw, lang)} {sources.marker(p.raw.source_id)}" for p in ps)
        warnings.append(comparison.phrase(
            "Sources disagree on {series} {period}: {listing} (spread {spread}, {rel} %). Both are "
            "shown.", lang, series=comparison.series_label(pack, key),
            period=period, listing=listing,
            spread=comparison._shown("", spread, unit, scale, comparison._unit_label(unit, scale, lang),
                                     lang),
            rel=comparison._fmt(rel)))


def _fresh(pack, setup, f, lang):
    for cached in (comparison._LAST_SPEC, comparison._RAW_ROWS, comparison._FIGURES):
        pack.__dict__.pop(cached, None)
    return build_comparison(pack, setup, f, None, lang=lang)


def _check(pack, indicators, monkeypatch) -> int:
    actors = list(dict.fromkeys(pack.observations["reporter"]))
    filters = [None, Filter(day_from=parse_bound("2010", upper=False), day_to=parse_bound("2022", upper=True)),
               Filter(partners=frozenset(actors[:1]))]
    conflicts = 0
    for ind in indicators:
        for basis in ("published", "converted", "index", "growth"):
            for chart in ("line", "bar"):
                for lang in ("en", "ja"):
                    setup = ComparisonSetup(indicator_id=ind, basis=basis, chart=chart)
                    for f in filters:
                        ours = _fresh(pack, setup, f, lang)
                        with monkeypatch.context() as m:
                            m.setattr(comparison, "_flag_conflicts", _reference_flag_conflicts)
                            theirs = _fresh(pack, setup, f, lang)
                        assert ours == theirs, (ind, basis, chart, lang, f)
                        conflicts += sum(Flag.CONFLICT in fig.flags for panel in ours.panels
                                         for s in panel.series for fig in s.figures)
    return conflicts


def tier_s_pack():
    """The generated tier-S pack where the benchmarks keep it (made once; skipped without the
    benchmarks' generator). Also used by test_comparison_published_columns."""
    generator = pytest.importorskip("benchmarks.generator")
    folder, _seconds = generator.ensure_pack(Path(__file__).parents[2] / "build" / "benchmarks"
                                             / "packs", "S")
    return load_pack(folder)


def test_conflicts_equal_the_code_before_on_a_generated_pack(monkeypatch):
    pack = tier_s_pack()
    assert _check(pack, list(pack.indicators["id"])[:3], monkeypatch) > 0


def test_conflicts_equal_the_code_before_on_the_default_pack(monkeypatch):
    pack = load_pack(default_pack_path())
    _check(pack, list(pack.indicators["id"])[:6], monkeypatch)


def test_groups_warned_in_the_order_of_their_first_figure():
    pack = load_pack(default_pack_path())

    def raw(key: str, period: str, source: str, published: str):
        return comparison._Raw(key=key, reporter=key.partition(">")[0], period=period, x=0.0,
                               amount=0.0, unit="USD", qualifier="", published=published,
                               source_id=source, note="", order=0.0)

    # group A starts first but is completed last; B is completed first; C agrees (no conflict);
    # D has a figure without a value among its three
    rows = [("jp>us", "2020", 1.0, "a1"), ("eu>us", "2021", 5.0, "b1"), ("eu>us", "2021", 9.0, "b2"),
            ("us>jp", "2019", 3.0, "c1"), ("us>jp", "2019", 3.0, "c2"), ("eu>jp", "2018", 2.0, "d1"),
            ("eu>jp", "2018", None, "d2"), ("jp>us", "2020", 4.0, "a2"), ("eu>jp", "2018", 7.0, "d3"),
            ("jp>us", "2020", 8.0, "a3")]

    def points():
        return [comparison._Point(raw(k, per, src, f"{v}"), v, "USD", 0) for k, per, v, src in rows]

    ours, theirs = points(), points()
    warned: tuple[list[str], list[str]] = ([], [])
    markers = (comparison._SourceMarkers(pack), comparison._SourceMarkers(pack))
    comparison._flag_conflicts(ours, pack, warned[0], markers[0])
    _reference_flag_conflicts(theirs, pack, warned[1], markers[1])
    assert warned[0] == warned[1] and len(warned[0]) == 3
    assert [p.flags for p in ours] == [p.flags for p in theirs]
    assert markers[0].lines() == markers[1].lines()
