"""Text made safe for a spreadsheet cell, shared by every CSV/XLSX this application writes
(chart exports, import reports): a cell a spreadsheet would evaluate as a formula is prefixed."""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:[eE][+-]?\d+)?%?")


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet cell: a leading ``'`` if it could start a formula.

    Plain numbers ("-12.5", "+3", "1,234.5", "-2%") are left alone: a spreadsheet reads them as
    numbers, not formulas.
    """
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text
