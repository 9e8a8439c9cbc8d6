"""Numbers as a pack states them: plain decimals, never locale-formatted, never NaN or infinite."""

from __future__ import annotations

import math
import re

from explorer.domain.errors import ValueProblem

# Shared with the vectorised column check in explorer.data so both paths accept exactly the same text.
# ASCII digits only: Python's \d also matches full-width and other scripts' digits, which pandas
# then cannot convert (a "１２３" typed with a Japanese input method was reported as "too large").
NUMBER_PATTERN = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?"
INTEGER_PATTERN = r"[+-]?[0-9]{1,6}"
_NUMBER_RE = re.compile(NUMBER_PATTERN)
_INTEGER_RE = re.compile(INTEGER_PATTERN)


def number_problem_hint(text: str) -> str:
    """Why a text is not a number, phrased for the person who typed it."""
    s = text.strip()
    if not s:
        return "empty; a number is required"
    if any(c.isdigit() and not c.isascii() for c in s):
        return ("not a number: write the digits as ASCII 0-9 (full-width or other digits, as a "
                "Japanese input method types them, are not read)")
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", s):
        return "not a number: remove the thousands separators"
    if re.fullmatch(r"[+-]?\d+,\d+", s):
        return "not a number: use a dot as the decimal mark"
    if s.endswith("%"):
        return "not a number: put the % in the unit column"
    if s[:1] in "<>~≥≤":
        return "not a number: put the qualifier in the qualifier column"
    if s.lower() in {"nan", "inf", "-inf", "+inf", "infinity", "na", "n/a", "null", "none"}:
        return "not a number: leave the row out rather than writing a placeholder"
    return "not a number"


def parse_number(text: str) -> float:
    """Parse a finite decimal number or raise ValueProblem."""
    if not isinstance(text, str):
        raise ValueProblem("not a number", repr(text))
    s = text.strip()
    if not _NUMBER_RE.fullmatch(s):
        raise ValueProblem(number_problem_hint(s), text)
    value = float(s)
    if not math.isfinite(value):
        raise ValueProblem("number too large", text)
    return value


def parse_integer(text: str) -> int:
    """Parse a small integer (such as a power-of-ten scale) or raise ValueProblem."""
    if not isinstance(text, str):
        raise ValueProblem("not an integer", repr(text))
    s = text.strip()
    if not _INTEGER_RE.fullmatch(s):
        raise ValueProblem("not a whole number", text)
    return int(s)
