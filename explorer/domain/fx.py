"""Currency conversion with the pack's own rates, for the figure's own period, never another's.

Rules, in order:
1. The same currency: no conversion.
2. A rate for exactly the figure's period: direct (base → quote), inverse (1 / rate), or across
   one pivot currency (EUR → USD → JPY), all legs of the same period. Where several kinds exist
   for one period, ``annual_average`` is preferred to ``period_end``, then ``implied`` (a source's
   own conversion), so figures of one year are converted consistently.
3. A month, quarter or day without a rate of its own may use the average of its calendar year; the
   result is flagged ``containing_year`` and says so. A fiscal year never borrows a calendar year.
4. Otherwise: no conversion. The caller shows the figure unconverted and flags it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from explorer.domain.dates import Period, PeriodKind
from explorer.domain.errors import ValueProblem

KIND_PREFERENCE = {"annual_average": 0, "period_end": 1, "implied": 2}
KIND_LABELS = {"annual_average": "annual average", "period_end": "period end",
               "implied": "implied by the source's own conversion"}
KIND_LABELS_JA = {"annual_average": "年平均", "period_end": "期末値",
                  "implied": "出典自身の換算から算出"}


@dataclass(frozen=True)
class Rate:
    period: str
    base: str
    quote: str
    rate: float  # units of quote for one unit of base
    kind: str
    source_id: str


@dataclass(frozen=True)
class Conversion:
    """How to turn an amount of ``src`` into ``dst`` for one period."""

    src: str
    dst: str
    period: str  # the figure's period
    factor: float  # multiply an amount in src by this to get dst
    legs: tuple[Rate, ...]  # the rates used, in order; empty for src == dst
    containing_year: bool = False  # a sub-year figure converted with its year's rate

    def describe(self, lang: str = "en") -> str:
        """One line for a footnote: ``1 EUR = 1.0820 USD (2024 annual average)``; in Japanese
        ``1ユーロ＝1.0820米ドル（2024年の年平均）``."""
        if lang == "ja" and self.legs:
            return self._describe_ja()
        if not self.legs:
            return f"{self.src} needs no conversion"
        kinds = sorted({leg.kind for leg in self.legs}, key=KIND_PREFERENCE.__getitem__)
        used = self.legs[0].period
        where = f"{used} {' / '.join(KIND_LABELS.get(k, k) for k in kinds)}"
        if self.containing_year:
            where += f", used for {self.period}"
        via = f" via {self.legs[0].quote if self.legs[0].base == self.src else self.legs[0].base}" \
            if len(self.legs) > 1 else ""
        return f"1 {self.src} = {_rate_text(self.factor)} {self.dst}{via} ({where})"

    def _describe_ja(self) -> str:
        from explorer.domain.figures import JA_UNITS

        def name(code: str) -> str:
            return JA_UNITS.get(code, (0, code))[1]

        def year(period: str) -> str:
            return f"{period}年" if period.isdigit() else period

        kinds = sorted({leg.kind for leg in self.legs}, key=KIND_PREFERENCE.__getitem__)
        where = f"{year(self.legs[0].period)}の{'／'.join(KIND_LABELS_JA.get(k, k) for k in kinds)}"
        if self.containing_year:
            where += f"、{year(self.period)}に適用"
        if len(self.legs) > 1:
            leg = self.legs[0]
            where += f"、{name(leg.quote if leg.base == self.src else leg.base)}経由"
        return f"1{name(self.src)}＝{_rate_text(self.factor)}{name(self.dst)}（{where}）"

    @property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(leg.source_id for leg in self.legs))


def _rate_text(x: float) -> str:
    return f"{x:,.4f}" if x < 1000 else f"{x:,.2f}"


class RateTable:
    def __init__(self, rates: Iterable[Rate]) -> None:
        # (period, base, quote) -> best rate by kind preference
        self._best: dict[tuple[str, str, str], Rate] = {}
        for r in rates:
            key = (r.period, r.base, r.quote)
            current = self._best.get(key)
            if current is None or KIND_PREFERENCE.get(r.kind, 9) < KIND_PREFERENCE.get(current.kind, 9):
                self._best[key] = r
        self.currencies = frozenset(c for (_, b, q) in self._best for c in (b, q))

    def __bool__(self) -> bool:
        return bool(self._best)

    def _leg(self, period: str, src: str, dst: str) -> tuple[float, Rate] | None:
        direct = self._best.get((period, src, dst))
        inverse = self._best.get((period, dst, src))
        options = []
        if direct is not None:
            options.append((direct.rate, direct))
        if inverse is not None:
            options.append((1.0 / inverse.rate, inverse))
        if not options:
            return None
        return min(options, key=lambda o: KIND_PREFERENCE.get(o[1].kind, 9))

    def _in_period(self, period: str, src: str, dst: str) -> tuple[float, tuple[Rate, ...]] | None:
        leg = self._leg(period, src, dst)
        if leg is not None:
            return leg[0], (leg[1],)
        best: tuple[float, tuple[Rate, ...], int] | None = None
        for pivot in sorted(self.currencies - {src, dst}):
            a, b = self._leg(period, src, pivot), self._leg(period, pivot, dst)
            if a is None or b is None:
                continue
            worst_kind = max(KIND_PREFERENCE.get(a[1].kind, 9), KIND_PREFERENCE.get(b[1].kind, 9))
            if best is None or worst_kind < best[2]:
                best = (a[0] * b[0], (a[1], b[1]), worst_kind)
        return None if best is None else (best[0], best[1])

    def find(self, src: str, dst: str, period: str) -> Conversion | None:
        """How to convert ``src`` to ``dst`` for ``period``, or None when the pack has no rate."""
        if src == dst:
            return Conversion(src, dst, period, 1.0, ())
        found = self._in_period(period, src, dst)
        if found is not None:
            return Conversion(src, dst, period, found[0], found[1])
        try:
            p = Period.parse(period)
        except ValueProblem:
            return None
        if p.kind in (PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.DAY):
            found = self._in_period(str(p.year), src, dst)
            if found is not None:
                return Conversion(src, dst, period, found[0], found[1], containing_year=True)
        return None
