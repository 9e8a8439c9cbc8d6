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


def safe_cell(value: object) -> object:
    """One cell for a CSV/XLSX the application writes: text neutralised, numbers and None as they are."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return neutralise(str(value))


def safe_row(values) -> list:
    """Every cell of a row through ``safe_cell``: the one neutralisation for every CSV row written."""
    return [safe_cell(v) for v in values]
