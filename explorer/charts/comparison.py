"""Building a comparison ChartSpec from a pack and a ComparisonSetup. Pure: no Qt, no I/O.

The honesty rules live here, once, for the screen and every export:
- different units are never on one axis (one Panel per unit);
- currencies are converted only with a rate for the figure's own period (explorer.domain.fx);
  a figure without one stays in its currency, flagged and warned about;
- qualifiers (">60 %") are kept on every figure, in the table, on hover and in footnotes;
- two sources disagreeing on the same figure are both shown, flagged, with the spread;
- compared figures from different periods get a warning naming each period;
- every figure carries a source marker, and every marker a full source line.

Series are (reporter, partner) pairs: ``"eu>jp"`` is the EU's figure about Japan, ``"jp>"`` Japan's
own. The filter applies its date range (by period overlap) and its partners (reporter or partner).
"""

from __future__ import annotations

import math
import operator
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from explorer.charts.chart_spec import (
    Basis,
    ChartKind,
    ChartSpec,
    EventMarker,
    Figure,
    FigureColumns,
    Flag,
    Panel,
    Series,
)
from explorer.charts.palette import OTHER_GREY, pack_actor_colours, series_colours
from explorer.domain.citation import citation
from explorer.domain.dates import PartialDate, Period
from explorer.domain.errors import ValueProblem
from explorer.domain.figures import (
    SCALE_WORDS,
    format_figure,
    format_figure_ja,
    format_value,
    ja_qualified,
    ja_unit_label,
)
from explorer.domain.fx import Conversion, Rate, RateTable
from explorer.domain.labels import format_date, list_separator, phrase, pick
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pandas as pd

    from explorer.data.pack import Pack

CONFLICT_TOLERANCE = 0.005  # relative: values closer than 0.5% are the same figure, rounded
QUALIFIER_WORDS = {">": "over", "<": "under", "~": "about", "≥": "at least", "≤": "at most"}
BASIS_WORDS = {
    Basis.PUBLISHED: "as published",
    Basis.CONVERTED: "converted to {currency}",
    Basis.INDEX: "index, {base} = 100",
    Basis.GROWTH: "% change on the previous period",
}


# -- choices offered to the user -----------------------------------------------------------------

def indicator_choices(pack: Pack, lang: str = "en") -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Indicators that have figures, grouped by domain: [(domain, [(id, name, description)])],
    name and description in the label language ``lang``."""
    with_figures = pack.observation_rows_by_indicator.keys()  # the pack's index, not a pass over rows
    texts = _indicator_texts(pack, lang)
    groups: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for r in pack.indicators.itertuples():
        if r.id in with_figures:
            name, description = texts[r.id]
            groups[r.domain].append((r.id, name, description))
    return [(d, sorted(groups[d], key=lambda t: t[1].casefold())) for d in pack.domain_ids if d in groups]


def indicator_text(pack: Pack, indicator_id: str, lang: str = "en") -> tuple[str, str] | None:
    """(name, description) of an indicator in the label language ``lang``; None if unknown."""
    return _indicator_texts(pack, lang).get(indicator_id)


def indicator_names(pack: Pack, lang: str = "en") -> dict[str, str]:
    """Indicator id -> name in the label language ``lang``, as the Compare panel names them."""
    return {i: name for i, (name, _description) in _indicator_texts(pack, lang).items()}


def series_key(reporter: str, partner: str) -> str:
    return f"{reporter}>{partner}"


def actor_names(pack: Pack, lang: str = "en") -> dict[str, str]:
    """Actor id -> name in the label language (``name_ja`` for "ja", both for "both")."""
    if lang == "en" or "name_ja" not in pack.actors.columns:
        return pack.actor_names
    return {a: pick(en, ja if isinstance(ja, str) else "", lang)
            for a, en, ja in zip(pack.actors["id"], pack.actors["name"], pack.actors["name_ja"])}


class _Labelled:
    """A pack seen in a label language: ``actor_names`` in that language, everything else the
    pack's own; ``label_language`` says which. The builder's helpers all take one of these."""

    def __init__(self, pack: Pack, lang: str) -> None:
        self._pack = pack
        self.label_language = lang
        self.actor_names = actor_names(pack, lang)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pack, name)


def _labelled(pack: Pack, lang: str) -> Pack:
    """``pack`` seen in the label language ``lang``: a ``_Labelled`` view, which the builder's
    helpers take wherever they take a pack (it answers every attribute a pack does)."""
    return _Labelled(pack, lang)  # type: ignore[return-value]  # a stand-in for the Pack it wraps


def _lang(pack: object) -> str:
    return getattr(pack, "label_language", "en")


def series_label(pack: Pack, key: str, lang: str | None = None) -> str:
    """"European Union → Japan" (or Japan's own series, "Japan"), in the label language ``lang``
    (default: the one ``pack`` is seen in, English for a plain pack)."""
    reporter, _, partner = key.partition(">")
    names = pack.actor_names if lang is None or lang == _lang(pack) else actor_names(pack, lang)
    if partner:
        return f"{names.get(reporter, reporter)} → {names.get(partner, partner)}"
    return names.get(reporter, reporter)


def series_choices(pack: Pack, indicator_id: str, lang: str = "en") -> list[tuple[str, str]]:
    """[(series key, label)] of an indicator, sorted by label (in the label language ``lang``)."""
    rows = _indicator_rows(pack, indicator_id)
    obs = pack.observations
    keys = dict.fromkeys(series_key(r, p) for r, p in zip(obs["reporter"].take(rows),
                                                            obs["partner"].take(rows)))
    seen = _labelled(pack, lang)
    return sorted(((k, series_label(seen, k)) for k in keys), key=lambda kv: kv[1].casefold())


_SERIES_COLOURS = "_comparison_series_colours"  # cached on the pack instance: indicator -> colours


def indicator_series_colours(pack: Pack, indicator_id: str) -> dict[str, str]:
    """Series key -> its colour, for every series of the indicator (``palette.series_colours``
    over the keys in order): the chart, its legend, the series list and exports agree, and a
    series keeps its colour whichever others are shown. Kept on the pack, per indicator."""
    own = getattr(pack, "_pack", pack)
    kept: dict[str, dict[str, str]] = own.__dict__.setdefault(_SERIES_COLOURS, {})
    colours = kept.get(indicator_id)
    if colours is None:
        rows = _indicator_rows(own, indicator_id)
        obs = own.observations
        keys = sorted({series_key(r, p) for r, p in zip(obs["reporter"].take(rows),
                                                          obs["partner"].take(rows))})
        colours = kept[indicator_id] = series_colours(keys, pack_actor_colours(own))
    return colours


def periods_of(pack: Pack, indicator_id: str) -> list[str]:
    obs = pack.observations_with_days(_indicator_rows(pack, indicator_id))
    obs = obs.sort_values(["period_start", "period_end"])
    return list(dict.fromkeys(period_display(p) for p in obs["period"]))


def period_display(text: str) -> str:
    """A period as charts name it: a span reads "2018–2023" or "through 2035" (never "2035",
    which would make a cumulative total look like one year's value); a single period as written."""
    if "/" not in text:
        return text
    try:
        return Period.parse(text).display()
    except ValueProblem:
        return text


@dataclass(frozen=True)
class Preset:
    id: str
    question: str
    setup: dict[str, Any]  # ComparisonSetup fields
    needs: tuple[str, ...] = field(default=())  # indicator ids the pack must have


EU_US_TO_JAPAN = ("eu>jp", "us>jp")  # the two sides of the EU-vs-US questions

PRESETS: tuple[Preset, ...] = (
    Preset("trade-eu-us", "Trade: who sells more goods to Japan, the EU or the US? (in USD)",
           {"indicator_id": "goods_exports", "basis": "converted", "currency": "USD", "chart": "bar",
            "series": EU_US_TO_JAPAN}, ("goods_exports",)),
    Preset("trade-growth", "Trade: how fast are EU and US exports to Japan growing?",
           {"indicator_id": "goods_exports_growth", "series": EU_US_TO_JAPAN},
           ("goods_exports_growth",)),
    Preset("investment", "Investment: Japan's investment stock and pledges abroad",
           {"indicator_id": "fdi_stock"}, ("fdi_stock",)),
    Preset("investment-pledge", "Investment: Japan's pledge to the US under the 2025 deal",
           {"indicator_id": "investment_pledge"}, ("investment_pledge",)),
    Preset("energy", "Energy: what Japan pays for US LNG (yen and dollars)",
           {"indicator_id": "lng_imports_value"}, ("lng_imports_value",)),
    Preset("defence", "Defence: Japan's defence budget request (as published)",
           {"indicator_id": "defence_budget_request"}, ("defence_budget_request",)),
    Preset("defence-target", "Defence: the 2%-of-GDP target and when Japan reaches it",
           {"indicator_id": "defence_spending_gdp_target"}, ("defence_spending_gdp_target",)),
    Preset("minerals", "Critical minerals: how dependent is Japan on China for rare earths?",
           {"indicator_id": "rare_earth_import_share_china"}, ("rare_earth_import_share_china",)),
    Preset("minerals-eu", "Critical minerals: the EU's dependence on outside lithium",
           {"indicator_id": "lithium_external_dependence"}, ("lithium_external_dependence",)),
)


def presets_for(pack: Pack) -> list[Preset]:
    """The preset questions this pack can answer (its indicators have figures)."""
    have = pack.observation_rows_by_indicator.keys()
    return [p for p in PRESETS if all(n in have for n in p.needs)]


# -- the builder ---------------------------------------------------------------------------------

@dataclass
class _Raw:
    """One observation row, before the basis transform."""

    key: str
    reporter: str
    period: str
    x: float
    amount: float  # value * 10**scale, in ``unit``
    unit: str
    qualifier: str
    published: str
    source_id: str
    note: str
    order: float  # period start, for sorting
    editor_note: str = ""  # the pack author's working note (CSV/XLSX only)
    value: float = 0.0  # as published, before its scale (the Japanese text is made from it)
    scale: int = 0
    note_ja: str = ""  # the reader-facing note in Japanese ("": the English note in every language)

    def note_in(self, lang: str) -> str:
        """The reader-facing note in the label language, as titles are picked."""
        return pick(self.note, self.note_ja, lang).strip() if self.note_ja else self.note.strip()


_JA_PUBLISHED: dict[tuple[float, str, int, str], str] = {}  # the Japanese texts made so far


def _published(raw: _Raw, lang: str) -> str:
    """The figure as published, written in the label language: ``~550 bn USD`` / 約5,500億米ドル
    ("both" keeps the Western form, which reads in either)."""
    if lang != "ja":
        return raw.published
    key = (raw.value, raw.unit, raw.scale, raw.qualifier)
    text = _JA_PUBLISHED.get(key)
    if text is None:
        if len(_JA_PUBLISHED) > 100_000:
            _JA_PUBLISHED.clear()
        text = _JA_PUBLISHED[key] = format_figure_ja(raw.value, raw.unit, raw.scale, raw.qualifier)
    return text


def _shown(qualifier: str, shown: float, unit: str, scale: int, label: str, lang: str) -> str:
    """A figure's value as the chart shows it (its panel's scale): ``~74.44 bn USD`` / 約744.4億米ドル."""
    if lang == "ja":
        return format_figure_ja(float(_fmt(shown).replace(",", "")), unit, scale, qualifier)
    return f"{qualifier}{_fmt(shown)} {label}".strip()


@dataclass
class _Point:
    raw: _Raw
    value: float | None
    unit: str  # the panel unit this point belongs to (after conversion), e.g. "USD"
    scale: int  # the panel's display power of ten
    flags: set[Flag] | frozenset[Flag] = field(default_factory=set)  # _NO_FLAGS: see _flag
    note: str = ""
    conversion: Conversion | None = None
    qualifier: str = ""  # of the value shown (an index of "~3.8" is "~"): set by the transforms
    compared: str = ""  # growth: the period this figure is compared with
    compared_published: str = ""  # growth: that period's figure, as published


_NO_FLAGS: frozenset[Flag] = frozenset()  # a figure without flags (shared; see _flag)


def _flag(point: _Point, flag: Flag) -> None:
    """Add ``flag`` to ``point``: figures made without flags share one empty frozenset (no set
    per figure: 1,600 fewer objects a filter change at tier M, fewer garbage-collector passes)."""
    flags = point.flags
    if isinstance(flags, set):
        flags.add(flag)
    else:
        point.flags = {*flags, flag}


_RATE_TABLE = "_comparison_rate_table"  # cached on the pack instance (a Pack is rebuilt on change)


def rate_table(pack: Pack) -> RateTable:
    """The pack's exchange rates, built once per pack (every rebuild of a comparison reads them)."""
    own = getattr(pack, "_pack", pack)  # a _Labelled view caches on the pack it shows
    cached = own.__dict__.get(_RATE_TABLE)
    if cached is None:
        cached = own.__dict__[_RATE_TABLE] = _rate_table(own)
    return cached


def _rate_table(pack: Pack) -> RateTable:
    fx = pack.fx_rates
    return RateTable(Rate(r.period, r.base, r.quote, float(r.rate), r.kind, r.source_id)
                     for r in fx.itertuples())


def _is_currency(unit: str, rates: RateTable) -> bool:
    return len(unit) == 3 and unit.isalpha() and unit.isupper() and (unit in rates.currencies
                                                                     or unit in ("EUR", "USD", "JPY"))


def _unit_label(unit: str, scale: int, lang: str = "en") -> str:
    """A panel's unit on its axis: ``bn USD`` / 10億米ドル (as Japanese tables head a column)."""
    if lang == "ja":
        return ja_unit_label(unit, scale)
    if not scale:
        return unit
    return f"{SCALE_WORDS.get(scale, f'×10^{scale}')} {unit}"


def _display_scale(amounts: list[float]) -> int:
    """The power of ten (0, 3, 6, 9, 12) that keeps the largest amount readable."""
    biggest = max((abs(a) for a in amounts), default=0.0)
    for scale in (12, 9, 6):
        if biggest >= 10 ** scale:
            return scale
    return 0


def _display_scale_of(amounts: np.ndarray) -> int:
    """``_display_scale`` of an array of amounts, in one pass (the same scale: an amount that is
    not a number, which Python's ``max`` treats by its place, takes the list's way)."""
    if not len(amounts):
        return 0
    biggest = float(np.max(np.abs(amounts)))
    if biggest != biggest:
        return _display_scale(amounts.tolist())
    for scale in (12, 9, 6):
        if biggest >= 10 ** scale:
            return scale
    return 0


def _fmt_now(value: float) -> str:
    if value == 0 or not math.isfinite(value):
        return format_value(value)
    digits = max(0, 3 - math.floor(math.log10(abs(value))))
    return format_value(round(value, min(digits, 6)))


_FMT_KEPT: dict[float, str] = {}  # value -> its text: a pack's figures come back on every rebuild
_FMT_KEPT_MAX = 1 << 15


def _fmt(value: float) -> str:
    """Four significant digits, no float noise. Each value is formatted once (a filter change
    rebuilds thousands of figures whose values it formatted before: 2-4 ms at tier M)."""
    text = _FMT_KEPT.get(value)
    if text is None:
        text = _fmt_now(value)
        if value == value:  # NaN is never found again: not kept
            if len(_FMT_KEPT) >= _FMT_KEPT_MAX:
                _FMT_KEPT.clear()
            _FMT_KEPT[value] = text
    return text


_LAST_SPEC = "_comparison_last_spec"  # cached on the pack instance: key -> spec without markers
KEPT_SPECS = 4  # the last specs kept per pack (1: the last only; tests' and measurements' reference)
_KEPT_KEYS_MAX = 2 << 20  # ... as long as their keys (the rows, as bytes) come to at most this
_SpecKey = tuple[ComparisonSetup, str, str | None, bytes]  # setup, language, the span it words, rows


def build_comparison(pack: Pack, setup: ComparisonSetup, filter: Filter | None = None,
                     visible_events: Sequence[int] | np.ndarray | None = None,
                     lang: str = "en") -> ChartSpec:
    """The chart spec for ``setup`` on ``pack`` under ``filter`` (see the module docstring).

    ``visible_events`` (row positions, e.g. Session.visible_events) limits the event markers.
    ``lang`` is the label language ("en", "ja", "both"): actors' names, domain labels and the
    chart's own phrases follow it; indicator names, periods and figures stay as written.

    Everything but the event markers depends only on the figures the filter keeps: when a filter
    change keeps the same figures (a search, a domain, a kind ticked), an earlier spec's figures,
    notes and panels are reused (the very same objects, so views see nothing changed) and only
    the markers are read again. The last ``KEPT_SPECS`` specs are kept per pack, so that a filter
    cleared or taken back finds its spec too (tier M: 0.7–2 ms a change, measured). A spec that
    does not word the filter's date span (``_words_span``) is kept for its figures alone: a new
    date range that keeps the same figures finds it too (tier M, four partners in turn with new
    dates: 0.6–0.9 ms a change, measured).
    """
    own = getattr(pack, "_pack", pack)
    rows = _filtered_rows(own, setup.indicator_id, filter)
    kept: dict[_SpecKey, ChartSpec] = own.__dict__.setdefault(_LAST_SPEC, {})
    key: _SpecKey = (setup, lang, None, rows.tobytes())  # (None: the spec words no span)
    spec = kept.pop(key, None)
    if spec is None:
        key = (setup, lang, _filter_span(filter, lang), key[-1])
        spec = kept.pop(key, None)
    if spec is None:
        spec = _build_comparison(own, setup, filter, lang, rows)
        if not _words_span(spec, setup):
            key = (setup, lang, None, key[-1])
    kept[key] = spec  # the newest last
    _forget_oldest(kept)
    if spec.kind is ChartKind.LINE:  # as before: markers on time axes only
        markers = _markers(_labelled(own, lang), setup, visible_events)
        if markers != spec.markers:
            spec = replace(spec, markers=markers)
    return spec


def _words_span(spec: ChartSpec, setup: ComparisonSetup) -> bool:
    """Whether ``spec`` may word the filter's date span (``_filter_span``): where it has nothing
    to draw (its empty reason) or a side the question names has no figure (``_missing_series``).
    Any other spec is made of the rows the filter keeps alone."""
    if not spec.panels:
        return True
    drawn = {s.key for panel in spec.panels for s in panel.series}
    return any(key not in drawn for key in setup.series)


def _forget_oldest(kept: dict[_SpecKey, ChartSpec]) -> None:
    """At most ``KEPT_SPECS`` specs, and beside the newest only while their keys' rows stay
    within ``_KEPT_KEYS_MAX`` bytes (the figures are the builder's kept objects, shared)."""
    size = sum(len(key[-1]) for key in kept)
    while len(kept) > 1 and (len(kept) > KEPT_SPECS or size > _KEPT_KEYS_MAX):
        oldest = next(iter(kept))
        size -= len(oldest[-1])
        del kept[oldest]


def _build_comparison(pack: Pack, setup: ComparisonSetup, filter: Filter | None, lang: str,
                      rows: np.ndarray) -> ChartSpec:
    """``build_comparison`` for the observation ``rows`` the filter keeps, without markers."""
    pack = _labelled(pack, lang)
    basis = Basis(setup.basis)
    found = _indicator_texts(pack, lang).get(setup.indicator_id)
    if found is None:
        return ChartSpec(phrase("Choose an indicator", lang), "", "", ChartKind.BAR, basis, (), (),
                         (), (), empty_reason=phrase(
                             "Choose an indicator or a preset question to compare partners.", lang),
                         label_language=lang)
    info = {"name": found[0], "description": found[1]}
    rates = rate_table(pack)

    basis_words = phrase(BASIS_WORDS[basis], lang, currency=setup.currency,
                         base=phrase("base period", lang))
    if quick_published and basis is Basis.PUBLISHED and len(rows) >= QUICK_MIN_ROWS:
        quick = _published_lines(pack, setup, filter, lang, rows, info, basis_words)
        if quick is not None:
            return quick
    raws = _raw_figures(pack, setup, filter, rows)
    sources = _SourceMarkers(pack, lang)
    warnings: list[str] = []
    footnotes: list[str] = []

    if not raws:
        span = _filter_span(filter, lang)
        return ChartSpec(info["name"], _subtitle(info["description"], basis_words, lang),
                         setup.indicator_id, ChartKind.BAR, basis, (), (), (), (),
                         empty_reason=phrase("No figures for {name} in the current filter{span}.",
                                             lang, name=info["name"], span=span),
                         label_language=lang)

    # A question names the sides it compares: a side with no figure is said, never just absent
    # (one bar is not a comparison).
    warnings += _missing_series(pack, setup, list(dict.fromkeys(r.key for r in raws)), filter, lang)

    # 1. Units: convert currencies when asked, else keep each figure in its own unit.
    if basis is Basis.CONVERTED:
        points = [_convert(r, basis, setup.currency, rates, lang) for r in raws]
    else:
        points = _unconverted(raws)
    twin_notes: dict[tuple[str, str], str] = {}
    if basis is Basis.CONVERTED:
        points = _drop_reconverted_twins(points, setup.currency, twin_notes, lang)

    # 2. Chart kind and, for bars, the period of each series.
    by_series: dict[str, list[_Point]] = defaultdict(list)
    for p in points:
        by_series[p.raw.key].append(p)
    n_periods = {k: len({p.raw.period for p in ps}) for k, ps in by_series.items()}
    if setup.chart == "bar" or (setup.chart == "auto" and max(n_periods.values()) <= 1
                                and basis not in (Basis.INDEX, Basis.GROWTH)):
        kind = ChartKind.BAR
    else:
        kind = ChartKind.LINE

    # 3. Index: one base period for every series; growth: each figure on its series' previous one.
    index_base, empty_reason = "", ""
    base_choices: tuple[str, ...] = ()
    if basis is Basis.INDEX:
        index_base, base_choices, empty_reason = _index(points, setup.base_period, pack, warnings,
                                                        sources)
        basis_words = (phrase(BASIS_WORDS[basis], lang, currency="", base=index_base) if index_base
                       else phrase("index: the series share no base period", lang))
    elif basis is Basis.GROWTH:
        for ps in by_series.values():
            _growth(ps, lang)
    if kind is ChartKind.BAR:
        chosen = _bar_periods(by_series, setup.period, pack, warnings)
        points = [p for p in points if p.raw.period == chosen.get(p.raw.key)]
    # Footnotes and warnings about conversion describe only the figures that are shown (only
    # a converted basis converts: the other bases have neither, and skip the pass).
    for p in points if basis is Basis.CONVERTED else ():
        if p.conversion is not None and p.conversion.legs:
            markers = " ".join(sources.marker(s) for s in p.conversion.source_ids)
            footnotes.append(phrase("Converted at {rate} {markers}.", lang,
                                    rate=p.conversion.describe(lang), markers=markers))
        if Flag.UNCONVERTED in p.flags:
            warnings.append(phrase(
                "No {unit}→{currency} rate for {period} in this pack: {published} is shown "
                "unconverted, on its own axis.", lang, unit=p.raw.unit, currency=setup.currency,
                period=p.raw.period, published=_published(p.raw, lang)))
        if (p.raw.key, p.raw.period) in twin_notes:
            footnotes.append(twin_notes[(p.raw.key, p.raw.period)])
    # Figures numbered in the order the chart shows them, _BY_ORDER: the order ``points`` are
    # in already (``_raw_figures`` sorts the rows by the same keys, and every step since only
    # drops figures), so no sort of every figure here nor in ``_panels`` (M: 1,600 a change).
    for source_id in dict.fromkeys([p.raw.source_id for p in points]):
        sources.marker(source_id)
    if basis is Basis.GROWTH:
        basis_words = _growth_units(points, pack, footnotes, sources)
    subtitle = _subtitle(info["description"], basis_words, lang)

    # 4. Conflicts: several values for one series, period and unit.
    _flag_conflicts(points, pack, warnings, sources)

    # 5. Assemble panels, one per unit, each with a readable scale.
    panels = _panels(pack, points, basis, setup, sources)
    qualifiers = sorted({p.raw.qualifier for p in points if p.raw.qualifier}
                        | {p.qualifier for p in points if p.qualifier})
    footnotes += _units_and_qualifiers(panels, qualifiers, lang)
    footnotes.extend(_published_growth_notes(pack, setup, points, basis, sources))
    # Each figure's reader-facing note changes how it is read: a footnote tied to its source.
    footnotes += [_note_line(pack, p.raw, sources, lang) for p in points if p.raw.note_in(lang)]

    # A rate or an index is not the level: the title says so (a minister quotes titles).
    title = {Basis.GROWTH: phrase("{name}: % change", lang, name=info["name"]),
             Basis.INDEX: phrase("{name}, indexed", lang, name=info["name"])}.get(
        basis, str(info["name"]))
    return ChartSpec(
        title=title,
        subtitle=subtitle,
        indicator_id=setup.indicator_id,
        kind=kind,
        basis=basis,
        panels=panels,
        sources=sources.lines(),
        footnotes=tuple(dict.fromkeys(footnotes)),
        warnings=tuple(dict.fromkeys(warnings)),
        empty_reason=empty_reason,
        index_base=index_base,
        base_choices=base_choices,
        label_language=lang,
    )


def _missing_series(pack: Pack, setup: ComparisonSetup, present: list[str], f: Filter | None,
                    lang: str) -> list[str]:
    """A question names the sides it compares: a side with no figure is said, never just absent
    (one bar is not a comparison). ``present``: the series drawn, in the chart's order."""
    shown = set(present)
    missing = [k for k in setup.series if k not in shown]
    if not missing:
        return []
    sep = list_separator(lang)
    return [phrase(
        "No figure for {missing} in this pack{span}: the chart shows only {shown} and compares "
        "nothing with it.", lang, missing=sep.join(series_label(pack, k) for k in missing),
        span=_filter_span(f, lang), shown=sep.join(series_label(pack, k) for k in present))]


def _units_and_qualifiers(panels: list[Panel] | tuple[Panel, ...], qualifiers: list[str],
                          lang: str) -> list[str]:
    """The footnotes on separate axes and on qualified figures (``qualifiers``, sorted)."""
    out = []
    if len(panels) > 1:
        out.append(phrase("Figures in different units are drawn on separate axes, never on "
                          "one: {units}.", lang, units="; ".join(p.unit for p in panels)))
    if qualifiers:
        out.append(phrase(
            "Hatched bars and hollow diamonds mark figures published as a bound or an "
            "approximation: {qualifiers} (they mark the stated figure, not a measured value).",
            lang, qualifiers=list_separator(lang).join(
                f"{q} {phrase(QUALIFIER_WORDS.get(q, q), lang)}" for q in qualifiers)))
    return out


def _note_line(pack: Pack, raw: _Raw, sources: _SourceMarkers, lang: str) -> str:
    """A figure's reader-facing note as a footnote tied to its source."""
    return phrase("{series}, {period} {marker}: {note}", lang, series=series_label(pack, raw.key),
                  period=raw.period, marker=sources.marker(raw.source_id), note=raw.note_in(lang))


_INDICATOR_TEXTS = "_comparison_indicator_texts"  # cached on the pack instance


def _indicator_texts(pack: Pack, lang: str = "en") -> dict[str, tuple[str, str]]:
    """Indicator id -> (name, description) in the label language ``lang`` (``name_ja`` and
    ``description_ja`` for "ja", both for "both", English where a pack has no Japanese), read once
    per pack and language (indexing the indicators table on every rebuild cost ~0.6 ms)."""
    own = getattr(pack, "_pack", pack)
    kept: dict[str, dict[str, tuple[str, str]]] = own.__dict__.setdefault(_INDICATOR_TEXTS, {})
    texts = kept.get(lang)
    if texts is None:
        ind = own.indicators

        def column(name: str) -> list[str]:
            values = ind[name].tolist() if name in ind.columns else [""] * len(ind)
            return [v if isinstance(v, str) else "" for v in values]

        texts = kept[lang] = {
            i: (pick(n, n_ja, lang), pick(d, d_ja, lang))
            for i, n, n_ja, d, d_ja in zip(ind["id"].tolist(), column("name"), column("name_ja"),
                                           column("description"), column("description_ja"))}
    return texts


def _subtitle(description: str, basis_words: str, lang: str) -> str:
    return phrase("{description} ({basis})", lang, description=description, basis=basis_words)


def _filter_span(f: Filter | None, lang: str = "en") -> str:
    if f is None or (f.day_from is None and f.day_to is None):
        return ""
    from explorer.domain.dates import date_from_day_number

    lo = "…" if f.day_from is None else date_from_day_number(f.day_from).isoformat()
    hi = "…" if f.day_to is None else date_from_day_number(f.day_to).isoformat()
    return phrase(" ({lo} to {hi})", lang, lo=lo, hi=hi)


def _indicator_rows(pack: Pack, indicator_id: str) -> np.ndarray:
    """Row positions of the indicator's observations, ascending (the pack's cached index)."""
    rows = pack.observation_rows_by_indicator.get(indicator_id)
    return np.empty(0, dtype=np.intp) if rows is None else rows


_ROW_COLUMNS = "_comparison_row_columns"  # cached on the pack: indicator id -> _row_columns
_ROW_COLUMNS_MAX = 8  # indicators kept (24 bytes a row)


def _row_columns(pack: Pack, indicator_id: str) -> tuple[np.ndarray, ...]:
    """What a filter reads of an indicator's rows, taken once per pack: the rows, their periods'
    first and last days, their reporters' and partners' codes (``observation_actor_codes``)."""
    own = getattr(pack, "_pack", pack)
    kept: dict[str, tuple[np.ndarray, ...]] = own.__dict__.setdefault(_ROW_COLUMNS, {})
    found = kept.get(indicator_id)
    if found is None:
        if len(kept) >= _ROW_COLUMNS_MAX:
            kept.clear()
        rows = _indicator_rows(own, indicator_id)
        reporter, partner, _code = own.observation_actor_codes
        found = kept[indicator_id] = (rows, *own.observation_days(rows), reporter[rows], partner[rows])
    return found


def _filtered_rows(pack: Pack, indicator_id: str, f: Filter | None) -> np.ndarray:
    """The indicator's rows the filter keeps: its date range by period overlap, its partners as
    reporter or partner (compared as integer codes), read from the indicator's own columns
    (``_row_columns``: pandas' column look-ups and ``isin``'s set-up were ~0.15 ms of a filter
    change at tier M, for 2,000 rows)."""
    rows, start, end, reporter, partner = _row_columns(pack, indicator_id)
    if f is None or not len(rows):
        return rows
    keep = np.ones(len(rows), dtype=bool)
    if f.day_from is not None:
        keep &= end >= f.day_from
    if f.day_to is not None:
        keep &= start <= f.day_to
    if f.partners:
        code = pack.observation_actor_codes[2]
        # a chosen partner's code -> True; one place more, False, where a missing actor's -1 lands
        chosen = np.zeros(len(code) + 1, dtype=bool)
        chosen[[code[a] for a in f.partners if a in code]] = True
        keep &= chosen[reporter] | chosen[partner]
    return rows[keep]


_RAW_COLUMNS = ("reporter", "partner", "period", "value", "scale", "unit", "qualifier", "source_id",
                "note", "editor_note", "note_ja")


_RAW_ORDER = operator.attrgetter("order", "key")
_RAW_ROWS = "_comparison_raw_rows"  # cached on the pack instance: observation row -> _Raw


def _raw_figures(pack: Pack, setup: ComparisonSetup, f: Filter | None,
                 rows: np.ndarray | None = None) -> list[_Raw]:
    """The indicator's figures the filter keeps (``rows``, when the caller has them). Reads only
    the indicator's rows (the pack's per-indicator index), never a pass over every observation;
    each row is read and formatted once per pack (a filter change looks the rest up)."""
    if rows is None:
        rows = _filtered_rows(pack, setup.indicator_id, f)
    if not len(rows):
        return []
    own = getattr(pack, "_pack", pack)
    cache: dict[int, _Raw] = own.__dict__.setdefault(_RAW_ROWS, {})
    todo = [r for r in rows.tolist() if r not in cache]
    if todo:
        _read_raws(own, todo, cache)
    wanted = set(setup.series)
    out = [cache[r] for r in rows.tolist()]
    if wanted:
        out = [r for r in out if r.key in wanted]
    out.sort(key=_RAW_ORDER)
    return out


def _read_raws(own: Pack, todo: list[int], cache: dict[int, _Raw]) -> None:
    """Read the observation rows ``todo`` (not yet in ``cache``) into ``cache``."""
    if todo:
        obs = own.observations
        # Python lists, not numpy arrays: arithmetic on numpy scalars costs several times more
        # per row.
        cols = [obs[c].take(todo).to_numpy().tolist() for c in _RAW_COLUMNS]
        days = [d.tolist() for d in own.observation_days(np.asarray(todo))]
        for row, (reporter, partner, period, value, scale, unit, qualifier, source_id, note,
                  editor_note, note_ja), start, end in zip(todo, zip(*cols), *days):
            scale = int(scale)
            open_start = str(period).startswith("..")  # "through 2035": placed at its end
            cache[row] = _Raw(
                key=series_key(reporter, partner), reporter=reporter, period=period_display(period),
                x=float(end) if open_start else (int(start) + int(end) + 1) / 2.0,
                amount=float(value) * 10.0 ** scale, unit=unit, qualifier=qualifier,
                published=format_figure(float(value), unit, scale, qualifier),
                source_id=source_id, note=note,
                order=float(end) if open_start else float(start),
                editor_note=editor_note, value=float(value), scale=scale, note_ja=note_ja,
            )


def _unconverted(raws: list[_Raw]) -> list[_Point]:
    """What ``_convert`` gives each figure on a basis other than converted (each in its own unit,
    qualified when published with a qualifier), without a call per figure (1,600 a filter change
    at tier M)."""
    qualified = Flag.QUALIFIED
    # (every field by position: a keyword argument costs a quarter more per figure)
    none = _NO_FLAGS
    return [_Point(r, r.amount, r.unit, 0, {qualified} if r.qualifier else none, "", None,
                   r.qualifier) for r in raws]


def _convert(raw: _Raw, basis: Basis, currency: str, rates: RateTable, lang: str = "en") -> _Point:
    point = _Point(raw, raw.amount, raw.unit, 0, qualifier=raw.qualifier)
    if raw.qualifier:
        _flag(point, Flag.QUALIFIED)
    if basis is not Basis.CONVERTED:
        return point
    if not _is_currency(raw.unit, rates):
        _flag(point, Flag.NOT_CONVERTIBLE)
        return point
    conv: Conversion | None = rates.find(raw.unit, currency, raw.period)
    if conv is None:
        _flag(point, Flag.UNCONVERTED)
        return point
    point.conversion = conv
    if conv.legs:
        point.note = phrase("{published} converted at {rate}", lang, published=_published(raw, lang),
                            rate=conv.describe(lang))
        if conv.containing_year:
            _flag(point, Flag.CONTAINING_YEAR_RATE)
    point.value = raw.amount * conv.factor
    point.unit = currency
    return point


def _drop_reconverted_twins(points: list[_Point], currency: str,
                            twin_notes: dict[tuple[str, str], str], lang: str = "en") -> list[_Point]:
    """A figure the source itself gave in the target currency wins over our conversion of its twin
    (¥7.7tn ≈ $52.7bn): the twin is named in a footnote (``twin_notes``) instead of plotted twice."""
    published_in_target = {(p.raw.key, p.raw.period) for p in points
                           if p.raw.unit == currency and p.unit == currency}
    kept = []
    for p in points:
        twin = (p.raw.key, p.raw.period) in published_in_target
        if twin and p.raw.unit != currency and p.unit == currency:
            twin_notes[(p.raw.key, p.raw.period)] = phrase(
                "{period}: also published as {published}; the source's own {currency} figure is "
                "shown.", lang, period=p.raw.period, published=_published(p.raw, lang), currency=currency)
            continue
        kept.append(p)
    return kept


def _period_order(points: list[_Point]) -> list[str]:
    """The periods of ``points``, oldest first."""
    return [per for _, per in sorted({(p.raw.order, p.raw.period) for p in points})]


def _index(points: list[_Point], wanted: str, pack: Pack, warnings: list[str],
           sources: _SourceMarkers) -> tuple[str, tuple[str, ...], str]:
    """Index every series on one base period: ``wanted`` if every series has a figure for it,
    else the latest period they all share (a warning says so). With none shared, nothing is
    indexed: each series on its own base would put 100s side by side that mean different things.

    Returns (base period, the shared periods, why nothing is drawn or "").
    """
    groups: dict[tuple[str, str], list[_Point]] = defaultdict(list)  # one per series and unit
    for p in points:
        groups[(p.raw.key, p.unit)].append(p)
    have = [{p.raw.period for p in ps if p.value} for ps in groups.values()]
    shared = set.intersection(*have) if have else set()
    choices = tuple(per for per in _period_order(points) if per in shared)
    if not choices:
        by_key: dict[str, list[_Point]] = defaultdict(list)
        for p in points:
            by_key[p.raw.key].append(p)
        lang = _lang(pack)
        listing = "; ".join(f"{series_label(pack, key)}: {list_separator(lang).join(_period_order(ps))}"
                            for key, ps in sorted(by_key.items(),
                                                  key=lambda kv: series_label(pack, kv[0])))
        reason = phrase("No period is shared by every series ({listing}), so there is no common "
                        "base period and nothing is indexed: 100 would mean a different year for "
                        "each series. Compare fewer series, or choose another basis.", lang,
                        listing=listing)
        warnings.insert(0, reason)
        for p in points:
            _flag(p, Flag.NO_BASE)
            p.value = None
            p.unit = phrase("index (no common base period)", lang)
        return "", (), phrase("No index is drawn: the compared series share no period, so there "
                              "is no common base (= 100).", lang)
    lang = _lang(pack)
    base = wanted if wanted in shared else choices[-1]
    if wanted and wanted != base:
        missing = [series_label(pack, k) for (k, _u), ps in groups.items()
                   if wanted not in {p.raw.period for p in ps if p.value}]
        names = list_separator(lang).join(dict.fromkeys(missing))
        detail = (phrase("{names} has no figure for it" if len(missing) == 1 else
                         "{names} have no figure for it", lang, names=names) if missing
                  else phrase("it is not a period of these figures", lang))
        warnings.append(phrase("The base period {wanted} is not shared by every series ({detail}): "
                               "indexed on {base}, the latest period they all share.", lang,
                               wanted=wanted, detail=detail, base=base))
    unit = phrase("index ({base} = 100)", lang, base=base)
    for (key, _u), ps in groups.items():
        base_points = [p for p in ps if p.raw.period == base and p.value]
        ref = base_points[0]
        if len({p.value for p in base_points}) > 1:
            warnings.append(phrase(
                "{series} has {n} figures for the base period {base}: indexed on {published} "
                "{marker}.", lang, series=series_label(pack, key), n=len(base_points), base=base,
                published=_published(ref.raw, lang), marker=sources.marker(ref.raw.source_id)))
        base_value = ref.value  # read before the loop rebases ``ref`` itself
        assert base_value is not None  # base_points keep only figures with a value
        for p in ps:
            if p.value is not None:
                p.qualifier = _derived_qualifier(p.raw.qualifier, ref.raw.qualifier)
                p.value = p.value / base_value * 100.0
                if p.qualifier:
                    _flag(p, Flag.QUALIFIED)
            p.unit = unit
    return base, choices, ""


_FLIPPED = {">": "<", "<": ">", "≥": "≤", "≤": "≥", "~": "~", "": ""}


def _derived_qualifier(numerator: str, denominator: str) -> str:
    """The qualifier of a ratio of two positive figures: ">10" / 5 is ">2"; 10 / ">5" is "<2";
    two bounds that do not agree in direction leave only "about"."""
    flipped = _FLIPPED.get(denominator, "~")
    if not denominator:
        return numerator
    if not numerator or numerator == flipped:
        return flipped
    return "~"


GROWTH_UNIT = "% change on the previous period"


def _growth(points: list[_Point], lang: str = "en") -> None:
    """% change of each figure on its series' latest earlier period (within one unit)."""
    by_unit: dict[str, list[_Point]] = defaultdict(list)
    for p in points:
        by_unit[p.unit].append(p)
    for ps in by_unit.values():
        levels: dict[str, _Point] = {}  # period -> its first figure (a conflict is warned about)
        for p in sorted(ps, key=lambda p: p.raw.order):
            levels.setdefault(p.raw.period, p)
        order = _period_order(ps)
        values = {p.raw.period: p.value for p in levels.values()}
        for p in ps:
            i = order.index(p.raw.period)
            earlier = levels[order[i - 1]] if i > 0 else None
            earlier_value = values[earlier.raw.period] if earlier is not None else None
            if earlier is None or not earlier_value or p.value is None:
                p.value, p.compared = None, ""
                _flag(p, Flag.NO_EARLIER)
                detail = phrase("no earlier figure to compare with", lang)
            else:
                p.value = (p.value / earlier_value - 1.0) * 100.0
                p.compared, p.compared_published = earlier.raw.period, _published(earlier.raw, lang)
                p.qualifier = _derived_qualifier(p.raw.qualifier, earlier.raw.qualifier)
                if p.qualifier:
                    _flag(p, Flag.QUALIFIED)
                detail = (phrase("{now} vs {before}", lang, now=p.raw.period,
                                 before=earlier.raw.period)
                          + (f"（{_published(p.raw, lang)}／{_published(earlier.raw, lang)}）" if lang == "ja" else
                             f" ({p.raw.published} vs {earlier.raw.published})"))
            p.note = f"{p.note}; {detail}" if p.note else detail
            p.unit = phrase(GROWTH_UNIT, lang)


def _growth_units(points: list[_Point], pack: Pack, footnotes: list[str],
                  sources: _SourceMarkers) -> str:
    """Name the compared periods on the axis ("% change, 2024 vs 2023") when the figures shown all
    compare the same two, else in a footnote; "—" figures get a footnote saying why."""
    lang = _lang(pack)
    compared = list(dict.fromkeys((p.raw.period, p.compared) for p in points if p.compared))
    if len(compared) == 1:
        unit = phrase("% change, {now} vs {before}", lang, now=compared[0][0], before=compared[0][1])
    else:
        unit = phrase(GROWTH_UNIT, lang)
        if compared:
            pairs = list_separator(lang).join(phrase("{now} vs {before}", lang, now=a, before=b)
                                              for a, b in compared)
            footnotes.append(phrase("Growth compares each figure with its series' previous period "
                                    "in the pack: {pairs}.", lang, pairs=pairs))
    for p in points:
        p.unit = unit
    missing = [f"{series_label(pack, p.raw.key)} {p.raw.period} {sources.marker(p.raw.source_id)}"
               for p in points if Flag.NO_EARLIER in p.flags]
    if missing:
        footnotes.append(phrase("— no growth rate: no earlier figure in the pack to compare with "
                                "({missing}).", lang, missing="; ".join(dict.fromkeys(missing))))
    return unit


def _published_growth_notes(pack: Pack, setup: ComparisonSetup, points: list[_Point], basis: Basis,
                            sources: _SourceMarkers) -> list[str]:
    """Where a source publishes a growth rate (indicator ``<id>_growth``) that differs from the one
    its levels (``<id>``) give, say so: readers otherwise meet two numbers for one change."""
    ind = setup.indicator_id
    ids = set(pack.indicators["id"])
    if basis is Basis.GROWTH and f"{ind}_growth" in ids:
        level_id, rate_id, shown_is_rate = ind, f"{ind}_growth", False
    elif ind.endswith("_growth") and ind[: -len("_growth")] in ids and basis is not Basis.INDEX:
        level_id, rate_id, shown_is_rate = ind[: -len("_growth")], ind, True
    else:
        return []
    obs = pack.observations
    rates = obs.take(_indicator_rows(pack, rate_id))
    rates = rates[rates["unit"] == "%"]
    levels = pack.observations_with_days(_indicator_rows(pack, level_id)).sort_values("period_start")
    out = []
    for p in points:
        if shown_is_rate:
            published = [p.raw]
            match = levels[(levels["reporter"].astype(str) + ">" + levels["partner"].astype(str)) == p.raw.key]
        else:
            if not p.compared:
                continue
            reporter, _, partner = p.raw.key.partition(">")
            rows = rates[(rates["reporter"] == reporter) & (rates["partner"] == partner)
                         & (rates["period"] == p.raw.period)]
            published = [_Raw(p.raw.key, reporter, r.period, 0.0, float(r.value), "%", r.qualifier,
                              format_figure(float(r.value), "%", 0, r.qualifier), r.source_id, "", 0.0,
                              value=float(r.value))
                         for r in rows.itertuples()]
            match = levels
            if not _follows(p.compared, p.raw.period):
                continue  # a published rate is on the period just before; these levels span more
        computed = _level_growth(match, p.raw, _lang(pack)) if shown_is_rate else (
            p.value, _published(p.raw, _lang(pack)), p.compared_published)
        if computed is None:
            continue
        value, now, before = computed
        if value is None:
            continue
        for r in published:
            if r.qualifier or abs(r.amount - value) <= 0.5 * 10.0 ** -_decimals(r.amount) + 1e-9:
                continue
            out.append(phrase(
                "{series}, {period}: the source publishes {rate} % {marker}, but its levels give "
                "{value} % ({before} → {now}).", _lang(pack), series=series_label(pack, p.raw.key),
                period=p.raw.period, rate=f"{r.amount:+.{_decimals(r.amount)}f}",
                marker=sources.marker(r.source_id), value=f"{value:+.1f}", before=before, now=now))
    return out


def _level_growth(levels: pd.DataFrame, raw: _Raw, lang: str = "en") -> tuple[float, str, str] | None:
    """% change of a level series (rows of one reporter>partner, oldest first) into ``raw.period``
    on its previous period, with both levels as published; None without both."""
    periods = list(dict.fromkeys(levels["period"]))
    if raw.period not in periods or periods.index(raw.period) == 0:
        return None
    now = levels[levels["period"] == raw.period].iloc[0]
    before = levels[levels["period"] == periods[periods.index(raw.period) - 1]].iloc[0]
    if not _follows(before["period"], raw.period):
        return None  # the levels span more than the one period a published rate is on
    if now["unit"] != before["unit"] or not float(before["value"]):
        return None
    value = (float(now["value"]) * 10.0 ** int(now["scale"])
             / (float(before["value"]) * 10.0 ** int(before["scale"])) - 1.0) * 100.0
    fmt = [(format_figure_ja if lang == "ja" else format_figure)(
        float(r["value"]), r["unit"], int(r["scale"]), r["qualifier"]) for r in (now, before)]
    return value, fmt[0], fmt[1]


def _follows(before: str, now: str) -> bool:
    """Whether period ``now`` starts the day after ``before`` ends (2023 -> 2024, not 2022 -> 2024)."""
    try:
        a, b = Period.parse(before), Period.parse(now)
    except ValueProblem:
        return False
    return a.kind == b.kind and a.end_day + 1 == b.start_day


def _decimals(value: float) -> int:
    """Decimal places a published number carries (7.1 -> 1, 5 -> 0)."""
    text = repr(float(value))
    return 0 if "e" in text else len(text.partition(".")[2].rstrip("0"))


def _bar_periods(by_series: dict[str, list[_Point]], wanted: str, pack: Pack,
                 warnings: list[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for key, ps in by_series.items():
        periods = sorted({(p.raw.order, p.raw.period) for p in ps})
        names = [per for _, per in periods]
        chosen[key] = wanted if wanted in names else names[-1]
    if len(set(chosen.values())) > 1:
        lang = _lang(pack)
        detail = list_separator(lang).join(f"{series_label(pack, k)} {per}"
                                           for k, per in chosen.items())
        warnings.append(phrase("The compared figures are from different periods: {detail}.", lang,
                               detail=detail))
    return chosen


def _flag_conflicts(points: list[_Point], pack: Pack, warnings: list[str],
                    sources: _SourceMarkers) -> None:
    # Only figures sharing a series, period and unit with another are grouped (most share
    # none: no list per figure), the groups in the order of their first figure, as before.
    first: dict[tuple[str, str, str], int] = {}  # group -> its first figure's place
    shared: dict[tuple[str, str, str], list[_Point]] = {}
    for i, p in enumerate(points):
        if p.value is not None:
            group = (p.raw.key, p.raw.period, p.unit)
            j = first.setdefault(group, i)
            if j != i:
                ps = shared.get(group)
                if ps is None:
                    shared[group] = [points[j], p]
                else:
                    ps.append(p)
    for (key, period, unit), ps in sorted(shared.items(), key=lambda kv: first[kv[0]]):
        values = [p.value for p in ps if p.value is not None]  # (all of them: grouped so above)
        lo, hi = min(values), max(values)
        if hi - lo <= CONFLICT_TOLERANCE * max(abs(hi), abs(lo), 1e-300):
            continue
        for p in ps:
            _flag(p, Flag.CONFLICT)
        scale = _display_scale([abs(v) for v in values])
        spread = (hi - lo) / 10 ** scale
        rel = (hi - lo) / abs(lo) * 100 if lo else float("inf")
        lang = _lang(pack)
        listing = (" vs " if lang != "ja" else "／").join(
            f"{_published(p.raw, lang)} {sources.marker(p.raw.source_id)}" for p in ps)
        warnings.append(phrase(
            "Sources disagree on {series} {period}: {listing} (spread {spread}, {rel} %). Both are "
            "shown.", _lang(pack), series=series_label(pack, key), period=period, listing=listing,
            spread=_shown("", spread, unit, scale, _unit_label(unit, scale, lang), lang), rel=_fmt(rel)))


_BY_ORDER = operator.attrgetter("raw.order", "raw.key")  # (order, key): as the chart shows them
_FIGURES = "_comparison_figures"  # cached on the pack instance: Figure fields -> Figure
_FIGURES_MAX = 20_000  # under 10 MB (a Figure and its key: under 480 bytes, measured)
_FIGURES_BY_RAW = "_comparison_figures_by_raw"  # cached on the pack: what a figure is made of -> it


def _panels(pack: Pack, points: list[_Point], basis: Basis, setup: ComparisonSetup,
            sources: _SourceMarkers) -> tuple[Panel, ...]:
    by_unit: dict[str, list[_Point]] = defaultdict(list)
    for p in points:
        by_unit[p.unit].append(p)
    colours = indicator_series_colours(pack, setup.indicator_id)
    # The figures of earlier rebuilds, by their fields: a filter change rebuilds mostly figures it
    # built before, and an equal frozen Figure is the same figure (1.7 µs each to make, 16,000 at
    # tier M). Kept on the pack, bounded.
    own = getattr(pack, "_pack", pack)
    kept: dict[tuple[object, ...], Figure] = own.__dict__.setdefault(_FIGURES, {})
    # The same figures by what they are made of: the row's _Raw (by identity, kept beside it and
    # checked, since a dropped _Raw's id can be reused) and what the build adds to it; a figure
    # found here needs no display text formatted nor its twelve fields hashed (1,600 a filter
    # change at tier M).
    made: dict[tuple[object, ...], tuple[_Raw, Figure]] = own.__dict__.setdefault(_FIGURES_BY_RAW, {})
    if len(kept) > _FIGURES_MAX:
        kept.clear()
    if len(made) > _FIGURES_MAX:
        made.clear()
    panels = []
    lang = _lang(pack)
    for unit, ps in by_unit.items():
        transformed = basis in (Basis.INDEX, Basis.GROWTH)
        scale = 0 if transformed else _display_scale([p.value for p in ps if p.value is not None])
        label = unit if transformed else _unit_label(unit, scale, lang)
        series: dict[str, list[Figure]] = defaultdict(list)
        # Per distinct input, not per figure (tier M: 16,000 figures, a handful of notes, sources
        # and flag sets): the joined note, the source marker and the sorted flags.
        notes: dict[tuple[str, str], str] = {}
        markers: dict[str, str] = {}
        flag_sets: dict[frozenset[Flag], tuple[Flag, ...]] = {}
        divisor = 10 ** scale
        growth = transformed and basis is Basis.GROWTH
        for p in ps:  # in _BY_ORDER already (see _build_comparison)
            raw, value = p.raw, p.value
            marker = markers.get(raw.source_id)
            if marker is None:
                marker = markers[raw.source_id] = sources.marker(raw.source_id)
            if p.flags:
                flag_key = frozenset(p.flags)
                flags = flag_sets.get(flag_key)
                if flags is None:
                    flags = flag_sets[flag_key] = tuple(sorted(p.flags))
            else:
                flags = ()
            # (a zero or no value is made anew: 0.0 and -0.0 are one key but print apart)
            made_key = (id(raw), value, divisor, label, basis, p.qualifier, p.note, marker, flags,
                        lang)
            found = made.get(made_key) if value else None
            if found is not None and found[0] is raw:
                series[raw.key].append(found[1])
                continue
            shown = None if value is None else value / divisor
            if shown is None:
                display = "—"
            elif lang == "ja" and transformed:  # 約+3.2%, 107.5超
                display = ja_qualified(f"{shown:+.1f}%" if growth else _fmt(shown), p.qualifier)
            elif growth:
                display = f"{p.qualifier}{shown:+.1f} %"
            elif transformed:
                display = f"{p.qualifier}{_fmt(shown)}"
            else:
                display = _shown(raw.qualifier, shown, unit, scale, label, lang)
            raw_note = raw.note_in(lang) if raw.note_ja else raw.note  # (no call per figure)
            if raw_note or p.note:
                note_key = (raw_note, p.note)
                note = notes.get(note_key)
                if note is None:
                    note = notes[note_key] = _join_notes(raw_note, p.note)
            else:
                note = ""  # (what joining no notes gives)
            # Figure's fields in order: series_key, period, x, value, display, published,
            # qualifier, source_id, source_marker, flags, note, editor_note
            args = (raw.key, raw.period, raw.x, shown, display, _published(raw, lang),
                    raw.qualifier, raw.source_id, marker, flags, note, raw.editor_note)
            figure = kept.get(args)
            if figure is None:
                figure = kept[args] = Figure(*args)
            if value:
                made[made_key] = (raw, figure)
            series[raw.key].append(figure)
        panels.append(Panel(label, tuple(
            Series(key, series_label(pack, key), key.partition(">")[0],
                   colours.get(key, OTHER_GREY), tuple(figs))
            for key, figs in series.items())))
    return tuple(panels)


def _join_notes(*notes: str) -> str:
    out = ""
    for note in (n.strip() for n in notes if n and n.strip()):
        if out:
            out += "" if out[-1] in "。」）" else " " if out[-1] in ".!?'\")" else "; "
        out += note
    return out


# -- the published basis on a time axis, column by column -----------------------------------------

quick_published = True  # off: every basis through the points (tests' and measurements' reference)
QUICK_MIN_ROWS = 200  # fewer rows go through the points: numpy's fixed costs exceed the gain

_TABLES = "_comparison_indicator_tables"  # cached on the pack: indicator id -> _Table
_TABLES_MAX = 8  # indicators kept (a table holds ~60 bytes a row, and the figures it made)
_FLAG_SETS = ((), (Flag.QUALIFIED,), (Flag.CONFLICT,), tuple(sorted((Flag.QUALIFIED, Flag.CONFLICT))))


class _Table:
    """An indicator's rows as columns of integer codes (series, period, unit, source, qualifier),
    each row read once, and the figure each row last made with the context it was made in.

    The published basis on a time axis needs per figure only its row's fields, its panel's scale,
    its source's marker and two flags (qualified, in conflict): what the points path computes
    through a ``_Point`` per figure and five passes over them (2,000 figures a filter change at
    tier M) is here a few numpy operations over the rows' codes, and a figure is made again only
    when its context (panel scale and unit, marker, flags) changed."""

    def __init__(self, rows: np.ndarray) -> None:
        n = len(rows)
        self.rows = rows  # the indicator's observation rows, ascending
        self.read = np.zeros(n, dtype=bool)
        self.raws = np.empty(n, dtype=object)
        self.amount = np.zeros(n, dtype=float)
        self.x = np.zeros(n, dtype=float)  # the figure's x (day of the period's middle)
        self.order = np.zeros(n, dtype=float)
        self.key = np.zeros(n, dtype=np.int32)
        self.period = np.zeros(n, dtype=np.int32)
        self.unit = np.zeros(n, dtype=np.int32)
        self.source = np.zeros(n, dtype=np.int32)
        self.qualifier = np.zeros(n, dtype=np.int32)  # 0: none
        self.noted = np.zeros(n, dtype=bool)  # a reader-facing note (a footnote)
        self.codes: dict[str, dict[str, int]] = {c: {} for c in ("key", "period", "unit", "source")}
        self.codes["qualifier"] = {"": 0}
        self.names: dict[str, list[str]] = {c: list(d) for c, d in self.codes.items()}
        self.figures = np.empty(n, dtype=object)  # the figure a row last made
        self.context = np.full(n, -1, dtype=np.int64)  # ... in this context (-1: none kept)
        self.heads = np.empty(n, dtype=object)  # per row: (panel id, fields before, after marker)
        self.kept = 0
        self.contexts: dict[tuple[float, str, str], int] = {}  # (divisor, unit label, language) -> id

    def code(self, column: str, text: str) -> int:
        codes = self.codes[column]
        found = codes.get(text)
        if found is None:
            found = codes[text] = len(codes)
            self.names[column].append(text)
        return found

    def fill(self, own: Pack, pos: np.ndarray) -> None:
        """The rows at positions ``pos`` read (once per pack) and coded."""
        todo = pos[~self.read[pos]]
        if not len(todo):
            return
        cache: dict[int, _Raw] = own.__dict__.setdefault(_RAW_ROWS, {})
        rows = self.rows[todo].tolist()
        _read_raws(own, [r for r in rows if r not in cache], cache)
        code = self.code
        for p, row in zip(todo.tolist(), rows):
            raw = cache[row]
            self.raws[p] = raw
            self.amount[p] = raw.amount
            self.x[p] = raw.x
            self.order[p] = raw.order
            self.key[p] = code("key", raw.key)
            self.period[p] = code("period", raw.period)
            self.unit[p] = code("unit", raw.unit)
            self.source[p] = code("source", raw.source_id)
            self.qualifier[p] = code("qualifier", raw.qualifier) if raw.qualifier else 0
            self.noted[p] = bool(raw.note.strip() or raw.note_ja.strip())
        self.read[todo] = True

    def forget_figures(self) -> None:
        self.figures[:] = None
        self.heads[:] = None
        self.context[:] = -1
        self.kept = 0


def _figure(kept: dict[tuple[object, ...], Figure], table: _Table, p: int, panel_id: int,
            number: int, flags: int, panel: tuple[float, str, int, str, str]) -> Figure:
    """Row ``p``'s figure in panel ``panel_id`` (divisor, unit, scale, unit label, language) with
    source marker ``number`` and flag code ``flags``: the one made before with the same fields
    (``kept``). Its fields but the marker and flags are kept per row and panel (``_Table.heads``):
    a filter that numbers the sources anew (a partner's first sight) remakes 1,000 figures at
    tier M, and their texts were the larger part of that."""
    head = table.heads[p]
    if head is None or head[0] != panel_id:
        divisor, unit, scale, label, lang = panel
        raw: _Raw = table.raws[p]
        shown = raw.amount / divisor
        head = table.heads[p] = (
            panel_id,
            (raw.key, raw.period, raw.x, shown, _shown(raw.qualifier, shown, unit, scale, label, lang),
             _published(raw, lang), raw.qualifier, raw.source_id),
            (raw.note_in(lang) if raw.note or raw.note_ja else "", raw.editor_note))
    args = (*head[1], f"[{number}]", _FLAG_SETS[flags], *head[2])
    figure = kept.get(args)
    if figure is None:
        figure = kept[args] = Figure.of(args)
    return figure


def _table(own: Pack, indicator_id: str) -> _Table:
    tables: dict[str, _Table] = own.__dict__.setdefault(_TABLES, {})
    table = tables.get(indicator_id)
    if table is None:
        if len(tables) >= _TABLES_MAX:
            tables.clear()
        table = tables[indicator_id] = _Table(_indicator_rows(own, indicator_id))
    return table


def _runs(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``codes`` in a stable sort order, and where each run of equal codes starts in it (numpy's
    ``unique`` takes 40-130 µs for 2,000 codes, where a sort takes 10)."""
    order = np.argsort(codes, kind="stable")
    ordered = codes[order]
    starts = np.empty(len(ordered), dtype=bool)
    starts[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    return order, starts


def _first_seen(codes: np.ndarray) -> np.ndarray:
    """The distinct values of ``codes`` (small codes, from 0) in the order they first occur:
    each value's first place by ``minimum.at`` (8 µs for 2,000 codes; a sort, 44)."""
    n = len(codes)
    if not n:
        return codes
    first = np.full(int(codes.max()) + 1, n, dtype=np.int64)
    np.minimum.at(first, codes, np.arange(n, dtype=np.int64))
    present = np.flatnonzero(first < n)
    seen: np.ndarray = present[np.argsort(first[present])]
    return seen


def _repeated(codes: np.ndarray) -> np.ndarray:
    """The places, ascending, of the codes that occur more than once."""
    order, starts = _runs(codes)
    run = np.cumsum(starts) - 1
    counts = np.bincount(run)
    mask = np.zeros(len(codes), dtype=bool)
    mask[order[counts[run] > 1]] = True
    return np.flatnonzero(mask)


def _published_lines(pack: Pack, setup: ComparisonSetup, f: Filter | None, lang: str,
                     rows: np.ndarray, info: dict[str, str], basis_words: str) -> ChartSpec | None:
    """``_build_comparison`` on the published basis when the chart is a line chart, from the
    rows' columns (see ``_Table``); None where the points path is needed (nothing kept, bars, an
    indicator whose published growth rates are checked against its levels)."""
    if not len(rows) or setup.chart == "bar":
        return None
    ind = setup.indicator_id
    if ind.endswith("_growth") and ind[: -len("_growth")] in _indicator_texts(pack, lang):
        return None  # (_published_growth_notes applies)
    own = getattr(pack, "_pack", pack)
    table = _table(own, ind)
    pos = np.searchsorted(table.rows, rows)
    if not (len(table.rows) and bool(np.all(pos < len(table.rows)))
            and bool(np.array_equal(table.rows[np.minimum(pos, len(table.rows) - 1)], rows))):
        return None  # (rows not of this indicator: never, as the builder finds them)
    table.fill(own, pos)
    if setup.series:
        wanted = [table.codes["key"][k] for k in setup.series if k in table.codes["key"]]
        pos = pos[np.isin(table.key[pos], np.asarray(wanted, dtype=np.int64))]
        if not len(pos):
            return None
    # In the chart's order: by (period start, series key), as given within those (_RAW_ORDER).
    key_names = table.names["key"]
    rank = np.empty(len(key_names), dtype=np.int64)
    rank[sorted(range(len(key_names)), key=key_names.__getitem__)] = np.arange(len(key_names))
    keys = table.key[pos].astype(np.int64)
    pos = pos[np.lexsort((rank[keys], table.order[pos]))]
    keys, periods, units = (table.key[pos].astype(np.int64), table.period[pos].astype(np.int64),
                            table.unit[pos].astype(np.int64))
    # Line or bars: a series with more than one period draws lines (auto).
    pairs = keys * len(table.names["period"]) + periods
    order, starts = _runs(pairs)
    n_periods = np.bincount(pairs[order[starts]] // len(table.names["period"]),
                            minlength=len(key_names))
    if setup.chart == "auto" and int(n_periods.max()) <= 1:
        return None
    warnings: list[str] = []
    footnotes: list[str] = []
    warnings += _missing_series(pack, setup, [key_names[k] for k in _first_seen(keys).tolist()], f,
                                lang)
    sources = _SourceMarkers(pack, lang)
    source_names = table.names["source"]
    numbers = np.zeros(len(source_names), dtype=np.int64)
    for s in _first_seen(table.source[pos]).tolist():
        numbers[s] = int(sources.marker(source_names[s])[1:-1])
    subtitle = _subtitle(info["description"], basis_words, lang)

    # Conflicts: only the figures sharing a series, period and unit with another are looked at,
    # as points, by the points path's own check (most figures share none).
    group = (keys * len(table.names["period"]) + periods) * len(table.names["unit"]) + units
    shared = _repeated(group)
    flags = (table.qualifier[pos] > 0).astype(np.int64)  # 1: qualified, 2: in conflict
    if len(shared):
        points = _unconverted(table.raws[pos[shared]].tolist())
        _flag_conflicts(points, pack, warnings, sources)
        flags[shared[[Flag.CONFLICT in p.flags for p in points]]] += 2

    # Panels, one per unit in the order of its first figure, each with a readable scale.
    colours = indicator_series_colours(pack, setup.indicator_id)
    kept: dict[tuple[object, ...], Figure] = own.__dict__.setdefault(_FIGURES, {})
    if len(kept) > _FIGURES_MAX:
        kept.clear()
    if table.kept > _FIGURES_MAX:
        table.forget_figures()
    unit_names = table.names["unit"]
    panels = []
    for u in _first_seen(units).tolist():
        at = pos[units == u]
        amounts = table.amount[at]
        scale = _display_scale_of(amounts)
        label = _unit_label(unit_names[u], scale, lang)
        divisor = 10 ** scale
        panel_id = table.contexts.setdefault((divisor, label, lang), len(table.contexts))
        fl = flags[units == u]
        context = ((panel_id << 32) | (numbers[table.source[at]] << 2) | fl)
        # a zero or not-a-number value is made anew (0.0 and -0.0 are one key but print apart)
        made = (table.context[at] == context) & (amounts != 0) & ~np.isnan(amounts)
        todo = np.flatnonzero(~made)
        if len(todo):
            ps = at[todo]
            table.figures[ps] = np.fromiter(
                (_figure(kept, table, p, panel_id, c >> 2 & 0x3FFFFFFF, fc,
                         (divisor, unit_names[u], scale, label, lang))
                 for p, c, fc in zip(ps.tolist(), context[todo].tolist(), fl[todo].tolist())),
                dtype=object, count=len(todo))
            valued = (amounts[todo] != 0) & ~np.isnan(amounts[todo])
            table.kept += int(np.count_nonzero(table.context[ps[valued]] < 0))
            table.context[ps[valued]] = context[todo][valued]
        figures = table.figures[at]
        at_keys = keys[units == u]
        # The figures' fields the chart reads, as columns (see FigureColumns): each value as
        # its figure's (raw.amount / divisor), markers and flags from the context made above
        # (small integers: the spec keeps them as long as it lives, 21 bytes a figure in all).
        xs, values = table.x[at], amounts / divisor
        markers = ((context >> 2) & 0x3FFFFFFF).astype(np.int32)
        flag_codes = (context & 3).astype(np.int8)
        series = []
        for k in _first_seen(at_keys).tolist():
            key = key_names[k]
            actor = key.partition(">")[0]
            mine = at_keys == k
            its = tuple(figures[mine].tolist())
            columns = FigureColumns(its, xs[mine], values[mine], flag_codes[mine], markers[mine])
            series.append(Series(key, series_label(pack, key), actor, colours.get(key, OTHER_GREY),
                                 its, columns))
        panels.append(Panel(label, tuple(series)))
    qualifier_names = table.names["qualifier"]
    qualifiers = sorted(qualifier_names[q] for q in _first_seen(table.qualifier[pos]).tolist() if q)
    footnotes += _units_and_qualifiers(panels, qualifiers, lang)
    footnotes += [_note_line(pack, raw, sources, lang)
                  for raw in table.raws[pos[table.noted[pos]]].tolist() if raw.note_in(lang)]
    return ChartSpec(
        title=str(info["name"]),
        subtitle=subtitle,
        indicator_id=setup.indicator_id,
        kind=ChartKind.LINE,
        basis=Basis.PUBLISHED,
        panels=tuple(panels),
        sources=sources.lines(),
        footnotes=tuple(dict.fromkeys(footnotes)),
        warnings=tuple(dict.fromkeys(warnings)),
        label_language=lang,
    )


_EVENT_MARKERS = "_comparison_event_markers"  # cached on the pack: lang -> _EventMarkers
_LINKED_EVENTS = "_comparison_linked_events"  # cached on the pack: indicator id -> event rows mask


def _markers(pack: Pack, setup: ComparisonSetup, visible_events: Sequence[int] | np.ndarray | None
             ) -> tuple[EventMarker, ...]:
    """The event markers, by date (events of one day in row order): each event's marker made once
    per pack and label language, and the events linked to an indicator found once per indicator
    (read again on every filter change, they cost ~1.5 ms of a tier-S change, measured)."""
    if setup.markers == "none":
        return ()
    own = getattr(pack, "_pack", pack)
    made = _event_markers(pack)
    days = made.days
    rows = np.arange(len(days)) if visible_events is None else np.asarray(visible_events, dtype=np.int64)
    if setup.markers == "linked":
        rows = rows[_linked_events(own, setup.indicator_id)[rows]]
    rows = rows[np.argsort(days[rows], kind="stable")]  # by date, as given on one day
    return made.markers(pack, rows.tolist())


def _linked_events(pack: Pack, indicator_id: str) -> np.ndarray:
    """A mask over the pack's events: those linked to ``indicator_id``."""
    cache: dict[str, np.ndarray] = pack.__dict__.setdefault(_LINKED_EVENTS, {})
    mask = cache.get(indicator_id)
    if mask is None:
        linked = pack.links.loc[pack.links["indicator_id"] == indicator_id, "event_id"]
        # pandas' hash-based isin: numpy's sorts object arrays (0.34 s at 10^5 events, measured).
        # Imported here: the window imports this module before its first paint, pandas after.
        import pandas as pd

        mask = pd.Series(pack.events["id"].to_numpy()).isin(linked.to_numpy()).to_numpy()
        if len(cache) > 64:
            cache.clear()
        cache[indicator_id] = mask
    return mask


class _EventMarkers:
    """One pack's event markers in one label language: each made the first time a chart marks its
    event, then kept. A chart marks its indicator's or its filter's events, rarely all of a large
    pack: every marker made up front held ~18 MB at 10^5 events (measured) for a few hundred shown."""

    __slots__ = ("days", "made")

    def __init__(self, days: np.ndarray) -> None:
        self.days = days  # start day per event row, as float
        self.made: dict[int, EventMarker] = {}

    def markers(self, pack: Pack, rows: list[int]) -> tuple[EventMarker, ...]:
        """The markers of event ``rows`` (of ``pack``, seen in this label language), in that order."""
        made = self.made
        todo = [i for i in dict.fromkeys(rows) if i not in made]
        if todo:
            lang = _lang(pack)
            ev = pack.events
            ids, starts = ev["id"].to_numpy(), ev["start_date"].to_numpy()
            titles = ev["title"].to_numpy()
            titles_ja = ev["title_ja"].to_numpy() if lang != "en" and "title_ja" in ev.columns else None
            days = self.days
            for i in todo:
                d: PartialDate = starts[i]
                title = titles[i] if titles_ja is None else pick(
                    titles[i], titles_ja[i] if isinstance(titles_ja[i], str) else "", lang)
                date = (("約" if d.approximate else "") + format_date(d.year, d.month, d.day, "ja")
                        + ("？" if d.uncertain else "")) if lang == "ja" else d.display()
                made[i] = EventMarker(ids[i], float(days[i]), title, date)
        return tuple(made[i] for i in rows)


def _event_markers(pack: Pack) -> _EventMarkers:
    """``pack``'s event markers in its label language (kept on the pack it wraps)."""
    own = getattr(pack, "_pack", pack)
    lang = _lang(pack)
    cache: dict[str, _EventMarkers] = own.__dict__.setdefault(_EVENT_MARKERS, {})
    found = cache.get(lang)
    if found is None:
        cache[lang] = found = _EventMarkers(pack.events["start_day"].to_numpy(dtype=float))
    return found


class _SourceMarkers:
    """Numbers sources in order of first use: "[1]", "[2]", ... with a full line for each."""

    def __init__(self, pack: Pack, lang: str = "en") -> None:
        self._pack = pack
        self._lang = lang  # citation dates as the label language writes them
        self._markers: dict[str, str] = {}

    def marker(self, source_id: str) -> str:
        if source_id not in self._markers:
            self._markers[source_id] = f"[{len(self._markers) + 1}]"
        return self._markers[source_id]

    def lines(self) -> tuple[tuple[str, str], ...]:
        # Each source's line made once per pack and label language (a filter change at tier M
        # cites ~40 sources, each line parsing its date and joining its parts: ~0.5 ms).
        own = getattr(self._pack, "_pack", self._pack)
        kept: dict[tuple[str, str], str] = own.__dict__.setdefault(_CITATIONS, {})
        out = []
        for sid, marker in self._markers.items():
            line = kept.get((sid, self._lang))
            if line is None:
                src = self._pack.source_by_id.get(sid)
                line = sid if src is None else citation(src, lang=self._lang)
                kept[(sid, self._lang)] = line
            out.append((marker, line))
        return tuple(out)


_CITATIONS = "_comparison_citations"  # cached on the pack: (source id, label language) -> line
