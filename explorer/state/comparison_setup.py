"""What the user is comparing: an indicator, which series, on which basis. Pure data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

BASES = ("published", "converted", "index", "growth")
CURRENCIES = ("EUR", "USD", "JPY")
CHART_KINDS = ("auto", "bar", "line")
MARKER_MODES = ("linked", "all", "none")


@dataclass(frozen=True)
class ComparisonSetup:
    indicator_id: str = ""  # "" = nothing chosen yet
    series: tuple[str, ...] = ()  # series keys "reporter>partner"; () = every series of the indicator
    basis: str = "published"
    currency: str = "USD"  # target of the converted basis
    base_period: str = ""  # index basis; "" = the latest period every series shares
    chart: str = "auto"  # auto: bars if every series has one period, else lines
    period: str = ""  # bar charts: the period to compare; "" = each series' latest
    markers: str = "linked"  # events on time axes: linked to the indicator, all filtered, or none

    def with_changes(self, **changes: Any) -> ComparisonSetup:
        if "series" in changes:
            changes["series"] = tuple(changes["series"])
        new = replace(self, **changes)
        new.check()
        return new

    def check(self) -> None:
        """ValueError for a value no control can produce (a programming error, not user input)."""
        for name, allowed in (("basis", BASES), ("currency", CURRENCIES), ("chart", CHART_KINDS),
                              ("markers", MARKER_MODES)):
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {allowed}, not {getattr(self, name)!r}")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["series"] = list(self.series)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ComparisonSetup:
        """Inverse of ``to_dict``; anything unusable falls back to the default."""
        out = cls()
        for key, default in asdict(out).items():
            value = d.get(key, default)
            if key == "series":
                value = tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()
            elif not isinstance(value, str):
                value = default
            try:
                out = out.with_changes(**{key: value})
            except ValueError:
                pass
        return out
