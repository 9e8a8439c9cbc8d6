"""Numbers as users publish them in spreadsheets, read honestly into a value and its decorations.

Pure functions over one cell's text (the import engine calls them per distinct text and caches the
result). What surrounds a number is kept apart from it: the qualifier (``over 60``, ``<5``, ``c. 5``),
footnote marks (``123a``, ``123 (p)``, ``123¹``), and a percent sign. Currency symbols and codes are
dropped (the unit is declared per column). Nothing is guessed: a decimal comma is only read as one
when the user says so, and scale words (``5 bn``) are refused rather than multiplied out.

Reading order: strip the cell, drop missing tokens, refuse non-finite and spreadsheet error texts and
scale words, then peel the tail (footnotes, percent, currency, ``or more``) and the head (qualifier,
currency, sign, accounting parentheses) until only the digits are left, and check their grouping.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from explorer.domain.errors import ValueProblem

DEFAULT_MISSING = frozenset({"", "...", "..", "n/a", "N/A", "NA", "na", "NULL", "null", "-", "—", "–", "x",
                             ":"})

_DECIMAL_COMMA_HINT = "decimal comma? say so with --decimal-comma"
_MISPLACED_GROUPS = "misplaced thousands separator"

# Look-alike characters from word processors and full-width input, mapped to what the grammar reads.
_TRANSLATION = str.maketrans({
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\uff0d": "-", "\uff0b": "+",
    "\uff05": "%", "\uff0c": ",", "\uff0e": ".", "\uff08": "(", "\uff09": ")", "\uff1e": ">",
    "\uff1c": "<", "\uff5e": "~", "\uffe5": "¥", "\uff04": "$", "\u2019": "'", "\u2032": "'",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ",
    **{chr(0xFF10 + i): str(i) for i in range(10)},
})

_NON_FINITE = frozenset({"nan", "-nan", "+nan", "inf", "-inf", "+inf", "infinity", "-infinity",
                         "+infinity", "∞", "-∞", "+∞"})
_SPREADSHEET_ERROR_RE = re.compile(
    r"#(?:N/A|DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)", re.I)
# Scale words multiply a value; "B" is only billions in capitals (lower-case b is a Eurostat flag).
_SCALE_RE = re.compile(
    r"(?<![A-Za-z])(?:(?i:thousands?|millions?|billions?|trillions?|mln|mio|mrd|mn|bn|tn|lakhs?|crores?|k|m)"
    r"|B)\.?(?![A-Za-z])|[千万億兆]")
_CURRENCY_CODES = (r"USD|EUR|JPY|GBP|CNY|RMB|CHF|CAD|AUD|NZD|HKD|SGD|KRW|INR|RUB|BRL|MXN|ZAR|TRY|SEK|"
                   r"NOK|DKK|PLN|CZK|HUF|ILS|TWD|THB|IDR|MYR|PHP|VND|SAR|AED")
_CURRENCY_PREFIX_RE = re.compile(
    r"(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₩|₹|₽|₺|(?:" + _CURRENCY_CODES + r")(?![A-Za-z]))\s*")
_CURRENCY_SUFFIX_RE = re.compile(
    r"\s*(?:\$|€|£|¥|₩|₹|₽|₺|円|ドル|元|(?<![A-Za-z])(?:" + _CURRENCY_CODES + r"))$")
_PERCENT_SUFFIX_RE = re.compile(r"(?i)\s*(?:%|per\s?cent|percent)$")
_QUALIFIER_SUFFIXES = (
    (re.compile(r"(?i)\s*(?:\+|or\s+more|and\s+over|and\s+above|以上)$"), "≥"),
    (re.compile(r"(?i)\s*(?:or\s+less|and\s+under|以下)$"), "≤"),
    (re.compile(r"\s*未満$"), "<"),
    (re.compile(r"\s*超$"), ">"),
)
_QUALIFIER_PREFIXES = (
    (re.compile(r"(?:>=|=>|≥|⩾)\s*"), "≥"),
    (re.compile(r"(?:<=|=<|≤|⩽)\s*"), "≤"),
    (re.compile(r"(?i)(?:>|over\b|more\s+than\b|above\b|greater\s+than\b|in\s+excess\s+of\b)\s*"), ">"),
    (re.compile(r"(?i)(?:<|under\b|less\s+than\b|below\b|fewer\s+than\b)\s*"), "<"),
    (re.compile(r"(?i)(?:at\s+least|not\s+less\s+than|no\s+less\s+than)\b\s*"), "≥"),
    (re.compile(r"(?i)(?:at\s+most|up\s+to|not\s+more\s+than|no\s+more\s+than)\b\s*"), "≤"),
    (re.compile(r"(?i)(?:~|≈|約|approximately\b|approx\.?|about\b|around\b|roughly\b|circa\b|"
                r"ca\.|c\.|ca\b|c\b)\s*"), "~"),
)
# One footnote mark at the end of the text; letters glued to a number only when they cannot be an
# exponent ("1e5" ends in a digit, so scientific notation wins).
_FOOTNOTE_TAIL_RE = re.compile(
    r"""(?:\s*\[\s*([^\[\]\s]{1,4})\s*\]
        |\s*\(\s*([A-Za-z*†‡§#]{1,4}|\d{1,2})\s*\)
        |\s*([*†‡§¶#]+)
        |\s*([⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᵖʳ]+)
        |\s+([A-Za-z]{1,3})
        |(?<=[\d%.)])([a-z]{1,3}|[A-Z])
       )$""", re.X)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᵖʳ", "0123456789abcdepr")
_MISSING_WITH_FLAG_RE = re.compile(r"(\S{1,3}?)\s*([a-z]{1,3})")
_SIGN_RE = re.compile(r"[+-]\s*")
_DIGIT_RE = re.compile(r"\d")

_PLAIN_DOT_RE = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_FAST_DOT_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_FAST_COMMA_RE = re.compile(r"[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?")
_GROUPED_DOT_RE = re.compile(r"\d{1,3}([,' ])\d{3}(?:\1\d{3})*(?:\.\d+)?")
_PLAIN_COMMA_RE = re.compile(r"(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?")
_GROUPED_COMMA_RE = re.compile(r"\d{1,3}([.' ])\d{3}(?:\1\d{3})*(?:,\d+)?")
_LOOKS_DECIMAL_COMMA_RE = re.compile(r"\d+,\d+|\d{1,3}(?:([.' ])\d{3})(?:\1\d{3})*,\d+")
_DIGITS_AND_SEPARATORS_RE = re.compile(r"[\d.,' ]*\d[\d.,' ]*")
_RANGE_RE = re.compile(r"\d[\d.,]*\s*(?:-|to|~)\s*\d[\d.,]*")


@dataclass(frozen=True)
class NumberOptions:
    """How a file writes its numbers, as the user said."""

    decimal_comma: bool = False  # "1.234,5" = 1234.5 only when the user says so
    missing: frozenset[str] = DEFAULT_MISSING


@dataclass(frozen=True)
class MessyNumber:
    """A value with what was published around it."""

    value: float
    qualifier: str = ""  # one of > < ~ ≥ ≤ when published ("over 60", ">60", "about 5")
    footnote: str = ""  # stripped footnote marks/flags ("a", "*", "1", "p", "e"), space-separated
    percent: bool = False  # "12.5%": value 12.5; the engine decides the unit


def parse_messy_number(text: str, options: NumberOptions = NumberOptions()) -> MessyNumber | None:
    """Read one cell as a number; None for the file's missing tokens, ValueProblem for anything else."""
    if not isinstance(text, str):
        raise ValueProblem("not a number", repr(text))
    s = text.strip()
    if s in options.missing:
        return None
    fast = (_FAST_COMMA_RE if options.decimal_comma else _FAST_DOT_RE).fullmatch(s)
    if fast is not None:  # most cells are bare numbers: skip the peeling
        value = float(s.replace(",", ".") if options.decimal_comma else s)
        if math.isfinite(value):
            return MessyNumber(value)
    s = s.translate(_TRANSLATION).strip()
    if s in options.missing:
        return None
    m = _MISSING_WITH_FLAG_RE.fullmatch(s)
    if m is not None and m[1] in options.missing:  # ": c" is Eurostat's "not available, confidential"
        return None
    _refuse_special(s, text)
    s, footnotes, percent, qualifier = _peel_tail(s, text)
    if s in options.missing:
        return None
    s, qualifier, negative = _peel_head(s, qualifier, text)
    value = _read_digits(s, options.decimal_comma, text)
    if not math.isfinite(value):
        raise ValueProblem("number too large", text)
    return MessyNumber(-value if negative else value, qualifier, " ".join(reversed(footnotes)), percent)


def _refuse_special(s: str, text: str) -> None:
    if s.lower() in _NON_FINITE:
        raise ValueProblem("not a number: NaN or infinity (name it as a missing token if it means no data)", text)
    if _SPREADSHEET_ERROR_RE.match(s):
        raise ValueProblem("spreadsheet error value (name it as a missing token if it means no data)", text)
    if _DIGIT_RE.search(s) and _SCALE_RE.search(s):
        raise ValueProblem("scale words: map the scale as a constant", text)


def _peel_tail(s: str, text: str) -> tuple[str, list[str], bool, str]:
    """Strip footnotes, percent, currency and ``or more`` from the end, in any order."""
    footnotes: list[str] = []
    percent = False
    qualifier = ""
    for _ in range(8):
        m = _CURRENCY_SUFFIX_RE.search(s)  # before footnotes, which would take "USD" for a flag
        if m is not None:
            s = s[:m.start()]
            continue
        m = _FOOTNOTE_TAIL_RE.search(s)
        if m is not None and _DIGIT_RE.search(s, 0, m.start()):
            mark = next(g for g in m.groups() if g is not None)
            footnotes.append(mark.translate(_SUPERSCRIPTS))
            s = s[:m.start()]
            continue
        m = _PERCENT_SUFFIX_RE.search(s)
        if m is not None and not percent:
            percent, s = True, s[:m.start()]
            continue
        for pattern, symbol in _QUALIFIER_SUFFIXES:
            m = pattern.search(s)
            if m is not None and _DIGIT_RE.search(s, 0, m.start()):
                if qualifier:
                    raise ValueProblem("two qualifiers: keep one", text)
                qualifier, s = symbol, s[:m.start()]
                break
        else:
            break
    return s.strip(), footnotes, percent, qualifier


def _peel_head(s: str, qualifier: str, text: str) -> tuple[str, str, bool]:
    """Strip qualifier, currency, sign and accounting parentheses from the front."""
    negative = signed = currency = False
    for _ in range(6):
        found = _match_qualifier_prefix(s)
        if found is not None:
            if qualifier:
                raise ValueProblem("two qualifiers: keep one", text)
            qualifier, s = found
            continue
        if not currency:
            m = _CURRENCY_PREFIX_RE.match(s)
            if m is not None:
                currency, s = True, s[m.end():]
                continue
        m = _SIGN_RE.match(s)
        if m is not None:
            if signed:
                raise ValueProblem("two signs", text)
            signed, negative, s = True, s[0] == "-", s[m.end():]
            continue
        if s.startswith("(") and s.endswith(")") and len(s) > 2:
            if signed:
                raise ValueProblem("two signs", text)
            signed, negative, s = True, True, s[1:-1].strip()  # accounting negative: (1,234)
            continue
        break
    else:
        raise ValueProblem("not a number", text)
    return s, qualifier, negative


def _match_qualifier_prefix(s: str) -> tuple[str, str] | None:
    for pattern, symbol in _QUALIFIER_PREFIXES:
        m = pattern.match(s)
        if m is not None and _DIGIT_RE.search(s, m.end()):
            return symbol, s[m.end():]
    return None


def _read_digits(s: str, decimal_comma: bool, text: str) -> float:
    """The bare number, with its grouping checked; any other text explains itself."""
    if decimal_comma:
        if _PLAIN_COMMA_RE.fullmatch(s):
            return float(s.replace(",", "."))
        m = _GROUPED_COMMA_RE.fullmatch(s)
        if m is not None:
            return float(s.replace(m[1], "").replace(",", "."))
    else:
        if _PLAIN_DOT_RE.fullmatch(s):
            return float(s)
        m = _GROUPED_DOT_RE.fullmatch(s)
        if m is not None:
            return float(s.replace(m[1], ""))
        if _LOOKS_DECIMAL_COMMA_RE.fullmatch(s):
            raise ValueProblem(_DECIMAL_COMMA_HINT, text)
    if _DIGITS_AND_SEPARATORS_RE.fullmatch(s):
        said = " (the file was said to use a decimal comma)" if decimal_comma else ""
        raise ValueProblem(_MISPLACED_GROUPS + said, text)
    if _RANGE_RE.fullmatch(s):
        raise ValueProblem("a range, not one number: give each end its own column", text)
    raise ValueProblem("not a number", text)
