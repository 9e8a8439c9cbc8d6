"""A published figure as text: qualifier, value, scale word and unit, e.g. ``>10 bn USD``."""

from __future__ import annotations

from decimal import Decimal

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


# -- Japanese -------------------------------------------------------------------------------------
# A Japanese reader expects 万/億/兆 (10^4, 10^8, 10^12), the currency's Japanese name after the
# number and the qualifier as a word: "~550 bn USD" reads 約5,500億米ドル, ">60 %" 60%超.
JA_MYRIADS = ((12, "兆"), (8, "億"), (4, "万"))
# unit → (its power of ten over the Japanese unit, the Japanese unit); others stay as published
JA_UNITS: dict[str, tuple[int, str]] = {
    "USD": (0, "米ドル"), "EUR": (0, "ユーロ"), "JPY": (0, "円"), "GBP": (0, "英ポンド"),
    "CNY": (0, "人民元"), "KRW": (0, "ウォン"), "AUD": (0, "豪ドル"), "CAD": (0, "カナダドル"),
    "CHF": (0, "スイスフラン"), "INR": (0, "インドルピー"),
    "%": (0, "%"), "t": (0, "トン"), "kt": (3, "トン"), "Mt": (6, "トン"), "Mt/yr": (6, "トン/年"),
    "mi": (0, "マイル"), "km": (0, "km"), "days": (0, "日"), "years": (0, "年"), "ratio": (0, "倍"),
    "count": (0, ""), "USD/bbl": (0, "米ドル/バレル"), "USD/MMBtu": (0, "米ドル/百万BTU"),
}
JA_QUALIFIERS = {"~": ("約", ""), ">": ("", "超"), "<": ("", "未満"), "≥": ("", "以上"), "≤": ("", "以下")}


def ja_amount(value: float, power: int) -> tuple[str, str]:
    """(digits, myriad word) of ``value`` × 10^``power`` in Japanese: (744.4, 億) for 74.44 × 10^9,
    exact to the published digits (no rounding, no float noise)."""
    amount = Decimal(format_value(value).replace(",", "")).scaleb(power)
    for exponent, word in JA_MYRIADS:
        if abs(amount) >= Decimal(10) ** exponent:
            return _ja_digits(amount.scaleb(-exponent)), word
    return _ja_digits(amount), ""


def _ja_digits(amount: Decimal) -> str:
    text = f"{amount.normalize():,f}"
    return text if text not in ("-0", "") else "0"


def format_figure_ja(value: float, unit: str, scale: int = 0, qualifier: str = "") -> str:
    """A figure as a Japanese reader writes it: ``約5,500億米ドル``, ``60%超``, ``550万トン/年以下``.
    A unit without a Japanese name keeps its code after the number (``12 widgets``)."""
    extra, name = JA_UNITS.get(unit, (0, ""))
    known = unit in JA_UNITS or not unit
    if not known:  # an own unit: the published number and scale word, then the unit as written
        digits, word = (ja_amount(value, scale) if scale else (format_value(value), ""))
        core = f"{digits}{word} {unit}"
    elif unit == "%" or (not scale and not extra):
        core = f"{format_value(value)}{name}"
    else:
        core = f"{ja_compound(*ja_amount(value, scale + extra))}{name}"
    return ja_qualified(core, qualifier)


def ja_compound(digits: str, word: str) -> str:
    """``digits``+``word`` as a Japanese writer puts an amount finer than a tenth of its myriad:
    1.2345兆 → 1兆2,345億, 744.45億 → 744億4,500万; a tenth stays a decimal (1.1兆, 744.4億), as
    do amounts the next myriad cannot hold exactly (more than four decimals)."""
    whole, _, fraction = digits.partition(".")
    smaller = dict(zip((w for _, w in JA_MYRIADS), (w for _, w in JA_MYRIADS[1:]), strict=False))
    if not 2 <= len(fraction) <= 4 or word not in smaller:
        return f"{digits}{word}"
    rest = int(fraction.ljust(4, "0"))
    return f"{whole}{word}{rest:,}{smaller[word]}"


def ja_qualified(core: str, qualifier: str) -> str:
    """``core`` with its qualifier as a Japanese word: 約5,500億米ドル, 60%超 (an unknown mark stays
    in front, as written)."""
    before, after = JA_QUALIFIERS.get(qualifier, (qualifier, ""))
    return f"{before}{core}{after}"


def format_figure_in(value: float, unit: str, scale: int = 0, qualifier: str = "",
                     lang: str = "en") -> str:
    """The figure in the label language: Japanese for "ja"; as published (``~550 bn USD``) for
    "en" and for "both", where the Western form reads in either language."""
    if lang == "ja":
        return format_figure_ja(value, unit, scale, qualifier)
    return format_figure(value, unit, scale, qualifier)


def ja_unit_label(unit: str, scale: int) -> str:
    """An axis's unit in Japanese, as Japanese statistics head a column: 10億米ドル for bn USD,
    兆円 for tn JPY, 百万トン/年 for Mt/yr; "" for a plain count."""
    extra, name = JA_UNITS.get(unit, (0, unit))
    power = scale + extra
    if not power:
        return name
    for exponent, word in JA_MYRIADS:
        if power >= exponent:
            rest = power - exponent
            return f"{10 ** rest:,}{word}{name}" if rest else f"{word}{name}"
    return f"{10 ** power:,}{name}"


def unqualified(text: str, qualifier: str) -> str:
    """A figure's text without its qualifier, however it was written: ``>60 %`` → ``60 %``,
    ``60%超`` → ``60%``, ``約744.4億米ドル`` → ``744.4億米ドル`` (for a sentence that says it in words)."""
    if not qualifier:
        return text
    if text.startswith(qualifier):
        return text[len(qualifier):]
    before, after = JA_QUALIFIERS.get(qualifier, ("", ""))
    if before and text.startswith(before):
        text = text[len(before):]
    if after and text.endswith(after):
        text = text[: -len(after)]
    return text
