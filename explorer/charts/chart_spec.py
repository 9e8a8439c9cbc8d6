"""What a comparison chart shows, computed once and drawn by the screen and every export alike.

A ``ChartSpec`` holds numbers already transformed to the chosen basis, the text of every figure as
published, and the footnotes, warnings and source lines that must travel with it. Renderers never
recompute or reword: they lay this out.

Different units are never drawn on one axis: a spec has one ``Panel`` per unit (small multiples),
each with its own axis label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from explorer.domain.labels import phrase

if TYPE_CHECKING:
    import numpy as np


class Basis(str, Enum):
    PUBLISHED = "published"  # each figure in its own unit
    CONVERTED = "converted"  # currencies converted with the pack's fx_rates for the figure's period
    INDEX = "index"  # one base period (shared by every series) = 100
    GROWTH = "growth"  # % change on the previous period present, per series


class ChartKind(str, Enum):
    BAR = "bar"  # one period per series (latest, or the one chosen)
    LINE = "line"  # over time


class Flag(str, Enum):
    """Why a figure needs a second look; each flag also produces a warning or footnote."""

    CONFLICT = "conflict"  # another source gives a different value for the same key and period
    UNCONVERTED = "unconverted"  # no rate for its period: shown in its own currency
    NOT_CONVERTIBLE = "not_convertible"  # not a currency (%, Mt/yr): converted basis leaves it as is
    NO_BASE = "no_base"  # index basis: the series share no base period, so nothing is indexed
    NO_EARLIER = "no_earlier"  # growth basis: no earlier figure to compare with ("—")
    QUALIFIED = "qualified"  # the published figure is a bound or approximate (>, <, ~, ≥, ≤)
    CONTAINING_YEAR_RATE = "containing_year_rate"  # converted with its year's average (sub-year period)


@dataclass(frozen=True)
class Figure:
    """One number in the chart, with everything needed to show it honestly."""

    series_key: str  # e.g. "eu>jp"
    period: str  # as published: "2024", "FY2024", "2025-06"
    x: float  # day number of the middle of the period (time axes); bars use the series order
    value: float | None  # in the panel's unit after the basis transform; None: listed, not plotted
    display: str  # the value as shown in this basis, e.g. "74.44 bn USD", ">60 %", "107.5"
    published: str  # as published, e.g. "68.8 bn EUR", ">60 %"
    qualifier: str  # "", ">", "<", "~", "≥", "≤"
    source_id: str
    source_marker: str  # footnote marker, e.g. "[2]"
    flags: tuple[Flag, ...] = ()
    note: str = ""  # the observation's own note, and any conversion detail
    editor_note: str = ""  # the pack author's working note: CSV/XLSX exports only, never drawn

    @property
    def label(self) -> str:
        """The value label on a bar or point: the figure as shown and its source, "~3.8 bn USD [2]"."""
        return f"{self.display} {self.source_marker}".strip()

    @classmethod
    def of(cls, fields: tuple[object, ...]) -> Figure:
        """``Figure(*fields)``, every field given, without the frozen dataclass's
        ``object.__setattr__`` per field (0.34 against 1.19 µs: a partner's first sight in the
        chart makes 1,000 figures at tier M, measured 7 December 2026)."""
        figure = object.__new__(cls)
        own = figure.__dict__
        (own["series_key"], own["period"], own["x"], own["value"], own["display"], own["published"],
         own["qualifier"], own["source_id"], own["source_marker"], own["flags"], own["note"],
         own["editor_note"]) = fields
        return figure


@dataclass(frozen=True, eq=False)
class FigureColumns:
    """Some fields of a series' figures as arrays, in the figures' order, where the builder has
    them at hand (the published basis), so a chart update reads them without a pass over the
    figures in Python. Every one of ``of`` has a value; ``flags``: 1 qualified, 2 in conflict
    (their only flags); ``source``: the number in each one's source marker ("[n]")."""

    of: tuple[Figure, ...]  # the figures described (a series given other figures drops them)
    x: np.ndarray
    value: np.ndarray
    flags: np.ndarray
    source: np.ndarray


@dataclass(frozen=True)
class Series:
    key: str  # "reporter>partner" (partner may be empty: "jp>")
    label: str  # "European Union → Japan"
    actor: str  # the reporter (its colour: see ``colour``)
    colour: str  # hex: palette.series_colours (its actors' colour, none shared in the indicator)
    figures: tuple[Figure, ...]
    columns: FigureColumns | None = field(default=None, compare=False, repr=False)

    use_columns = True  # off: every reader takes the figures one by one (tests' reference)

    @property
    def figure_columns(self) -> FigureColumns | None:
        """The figures' columns, if the builder gave them for these very figures."""
        c = self.columns
        return c if c is not None and c.of is self.figures and Series.use_columns else None

    @property
    def source_markers(self) -> str:
        """The markers of the sources of its figures, in order: "[2]", or "[1][3]"."""
        c = self.figure_columns
        if c is not None:
            return "".join(f"[{n}]" for n in dict.fromkeys(c.source.tolist()))
        return "".join(dict.fromkeys(f.source_marker for f in self.figures if f.source_marker))

    @property
    def legend_label(self) -> str:
        """The series' name with its sources, for legends and chart series: "United States → Japan [2]"."""
        return f"{self.label} {self.source_markers}".strip()


@dataclass(frozen=True)
class Panel:
    """One axis: every series on it shares ``unit``."""

    unit: str  # axis label: "bn EUR", "%", "index (2023 = 100)", "% on previous period"
    series: tuple[Series, ...]


@dataclass(frozen=True)
class EventMarker:
    """An event drawn as a vertical line on time axes (line charts only)."""

    event_id: str
    x: float  # day number (start of the event)
    label: str  # title
    date: str  # as published


@dataclass(frozen=True)
class ChartSpec:
    title: str
    subtitle: str  # what is counted (the indicator's description)
    indicator_id: str
    kind: ChartKind
    basis: Basis
    panels: tuple[Panel, ...]
    sources: tuple[tuple[str, str], ...]  # (marker, full source line), in marker order
    footnotes: tuple[str, ...]  # conversion rates used, qualifiers, notes on separate axes
    warnings: tuple[str, ...]  # period mismatch, conflicts, unconverted figures, missing base
    markers: tuple[EventMarker, ...] = ()
    classification: str = ""  # marking printed on exports (set by the export, shown on screen)
    empty_reason: str = ""  # why there is nothing to draw, if so (also when figures are listed)
    index_base: str = ""  # index basis: the one base period every series is indexed on
    base_choices: tuple[str, ...] = ()  # index basis: the periods every series shares, oldest first
    label_language: str = "en"  # "en", "ja", "both": the language of its names and phrases

    @property
    def is_empty(self) -> bool:
        return not any(s.figures for p in self.panels for s in p.series)

    @property
    def drawable(self) -> bool:
        """Whether a chart may be drawn: figures with values and no reason to draw nothing (an
        index whose series share no base period lists its figures in the table, draws none)."""
        return not self.empty_reason and any(
            f.value is not None for p in self.panels for s in p.series for f in s.figures)

    def footer_lines(self) -> list[str]:
        """Everything that must be printed under the chart: warnings, footnotes, then sources."""
        return [*(f"⚠ {w}" for w in self.warnings), *self.footnotes,
                *(f"{m} {text}" for m, text in self.sources)]

    def table(self) -> tuple[list[str], list[list[str]]]:
        """The chart as a table: one row per series, one column per period (as shown + marker).

        The same cells the screen's data-table view and the exports' data sheets show.
        """
        # One pass over the figures (linear in figures, not periods × figures): each period's
        # earliest x orders the columns; cells are looked up by (series, period).
        first_x: dict[str, float] = {}
        cells_by: dict[tuple[int, int, str], list[Figure]] = {}
        for i, p in enumerate(self.panels):
            for j, s in enumerate(p.series):
                for f in sorted(s.figures, key=lambda f: f.x):
                    if f.period not in first_x or f.x < first_x[f.period]:
                        first_x[f.period] = f.x
                for f in s.figures:
                    cells_by.setdefault((i, j, f.period), []).append(f)
        # Periods in order of first appearance (series by series, by x), then stably by earliest x.
        periods = sorted(first_x, key=first_x.__getitem__)
        lang = self.label_language
        conflict = phrase(" (conflict)", lang)
        header = [phrase("Series", lang), phrase("Unit", lang), *periods]
        rows = []
        for i, p in enumerate(self.panels):
            for j, s in enumerate(p.series):
                cells = []
                for per in periods:
                    figs = cells_by.get((i, j, per), ())
                    cells.append(" / ".join(
                        f"{f.display} {f.source_marker}".strip()
                        + (conflict if Flag.CONFLICT in f.flags else "")
                        for f in figs))
                rows.append([s.label, p.unit, *cells])
        return header, rows
