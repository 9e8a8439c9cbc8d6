"""Text made safe for a spreadsheet cell, shared by every CSV/XLSX this application writes
(chart exports, import reports): a cell a spreadsheet would evaluate as a formula is prefixed."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def safe_row(values: Iterable[object]) -> list[object]:
    """Every cell of a row through ``safe_cell``: the one neutralisation for every CSV row written."""
    return [safe_cell(v) for v in values]


# Characters no export can hold (XML 1.0 in PPTX, SVG and DOCX): C0 and C1 controls other than tab
# and line breaks, DEL, lone surrogates and the noncharacters U+FFFE/U+FFFF. The pack loader refuses
# them with file:row:column; the importer removes them (with a note) before a pack is written.
FORBIDDEN_TEXT_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
