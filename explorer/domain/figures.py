"""A published figure as text: qualifier, value, scale word and unit, e.g. ``>10 bn USD``."""

from __future__ import annotations

SCALE_WORDS = {3: "thousand", 6: "mn", 9: "bn", 12: "tn"}


def format_value(value: float) -> str:
    """The value without trailing zeros or float noise (68.8, 550, 0.5)."""
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def format_figure(value: float, unit: str, scale: int = 0, qualifier: str = "") -> str:
    """How a figure reads as published: ``>60 %``, ``~550 bn USD``, ``7.7 tn JPY``."""
    parts = [f"{qualifier}{format_value(value)}"]
    if scale:
        parts.append(SCALE_WORDS.get(scale, f"×10^{scale}"))
    if unit:
        parts.append(unit)
    return " ".join(parts)
