"""Checks and conversions over a column's distinct texts, in bulk.

The loader checks each distinct text of a column once (``csv_table.TextColumn``), which at tier L
is still 10^6 texts for the figures' ``value`` column: a regular expression and a number parser
called per text cost ~0.4 s and ~0.3 s of a first open. Here the usual case is answered for all
texts at once — plain decimals ("1234.5") found with numpy over the texts' bytes, numbers parsed
by one numpy cast — and only the rest goes one by one, with the same results.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from explorer.data.pack_schema import LIST_SEPARATOR
from explorer.domain.numbers import NUMBER_PATTERN

BULK_FROM = 2048  # fewer texts (every import, most packs): one by one, as before
# Texts scanned by ``plain_decimals`` at a time: its temporaries (~50 bytes a text) stay under the
# allocator's 1 MB mmap threshold (``c_allocator``), reused from the heap rather than mapped fresh
# for each chunk of figures read (65,536 texts at a time made ~50,000 page faults of a tier-L first
# open: docs/performance-log.md, "firstopen-2"); over tier L's 5 * 10^5 distinct figures at once
# they were the first open's peak ("memory-5").
SCAN_CHUNK = 1 << 13

_DIGIT = np.zeros(256, dtype=np.int8)
_DIGIT[ord("0"):ord("9") + 1] = 1


def fullmatch_unique(texts: np.ndarray, pattern: str) -> np.ndarray:
    """Per text: whether it fully matches ``pattern``."""
    if pattern == NUMBER_PATTERN and len(texts) >= BULK_FROM:
        plain = plain_decimals(texts)
        if plain.all():
            return plain
        rest = np.flatnonzero(~plain)
        plain[rest] = _fullmatch(texts[rest], pattern)
        return plain
    return _fullmatch(texts, pattern)


def _fullmatch(texts: np.ndarray, pattern: str) -> np.ndarray:
    match = re.compile(pattern).fullmatch
    return np.fromiter(map(bool, map(match, texts)), dtype=bool, count=len(texts))  # (in C)


def plain_decimals(texts: np.ndarray, longest: int | None = None) -> np.ndarray:
    """Per text: only ASCII digits and at most one full stop, with a digit (``12``, ``3.5``,
    ``.5``, ``7.``): a part of NUMBER_PATTERN's language, so True here means it matches. False
    says nothing (a sign, an exponent, anything else: ask the pattern). With ``longest``, only
    texts of at most that many characters are True."""
    n = len(texts)
    if n > SCAN_CHUNK:
        return np.concatenate([plain_decimals(texts[i:i + SCAN_CHUNK], longest)
                               for i in range(0, n, SCAN_CHUNK)])
    out = np.zeros(n, dtype=bool)
    if not n:
        return out
    # one byte per character: anything not ASCII becomes "?", which is no digit
    data = np.frombuffer("\n".join(texts.tolist()).encode("ascii", errors="replace"),
                         dtype=np.uint8)
    breaks = np.flatnonzero(data == ord("\n"))
    if len(breaks) == n - 1:  # no text holds a line feed: the texts lie between them
        start = np.empty(n, dtype=np.int64)
        start[0] = 0
        start[1:] = breaks + 1
        end = np.empty(n, dtype=np.int64)
        end[:-1] = breaks
        end[-1] = len(data)
    else:
        length = np.fromiter(map(len, texts), dtype=np.int64, count=n)
        start = np.cumsum(length + 1) - (length + 1)
        end = start + length
    length = end - start
    digit = _DIGIT[data]
    dot = (data == ord(".")).view(np.int8)
    # per text, sums over its bytes and the line feed after it (an empty last text starts past
    # the end: clamped onto the line feed before it, which is no digit)
    at = np.minimum(start, max(len(data) - 1, 0))
    n_digits = np.add.reduceat(digit, at, dtype=np.int64) if len(data) else np.zeros(n, np.int64)
    n_dots = np.add.reduceat(dot, at, dtype=np.int64) if len(data) else np.zeros(n, np.int64)
    np.logical_and(n_digits + n_dots == length, n_dots <= 1, out=out)
    out &= n_digits > 0
    if longest is not None:
        out &= length <= longest
    return out


SHORT_DECIMAL = 24  # characters: a plain decimal this short is under 10^24 (never overflows)


def short_decimals(texts: np.ndarray) -> np.ndarray:
    """Per text: a plain decimal (``plain_decimals``) of at most ``SHORT_DECIMAL`` characters."""
    return plain_decimals(texts, SHORT_DECIMAL)


def floats_of(texts: np.ndarray, numbers: np.ndarray | None = None) -> np.ndarray:
    """Per text: its number, NaN where it is none (``pd.to_numeric(errors="coerce")``).
    ``numbers``: per text, whether it matches NUMBER_PATTERN (known from the check); those are
    parsed by one numpy cast (Python's float, which gives pandas' numbers for this language:
    tested; a zero is always +0, where pandas gives -0 for "-0" only beside decimals), the rest
    by pandas."""
    if numbers is None or len(texts) < BULK_FROM:
        return pd.to_numeric(texts, errors="coerce").astype(float) + 0.0 if len(texts) else np.empty(0)
    out = np.full(len(texts), np.nan)
    good = np.flatnonzero(numbers)
    out[good] = texts[good].astype(np.float64) + 0.0  # (+ 0.0: "-0" is the figure 0)
    rest = np.flatnonzero(~numbers)
    if len(rest):
        out[rest] = pd.to_numeric(texts[rest], errors="coerce").astype(float) + 0.0
    return out


def explode_lists(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The items of list texts (``LIST_SEPARATOR``-separated, each stripped, empty items
    dropped): (items per text, their codes in text order, the distinct items in first-use
    order). Split all at once: the texts hold no NUL (the loader refuses it), so joined by NUL
    with the separators turned into NULs they split into every text's items in order."""
    n = len(texts)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.empty(0, dtype=object)
    listed = texts.tolist()
    per = np.fromiter(map(str.count, listed, [LIST_SEPARATOR] * n), dtype=np.int64, count=n) + 1
    items = "\0".join(listed).replace(LIST_SEPARATOR, "\0").split("\0")
    codes, vocabulary = pd.factorize(np.array(list(map(str.strip, items)), dtype=object))
    vocabulary = np.asarray(vocabulary, dtype=object)
    owner = np.repeat(np.arange(n), per)  # an empty text has one empty item: dropped below
    blank = np.flatnonzero(vocabulary == "")
    if len(blank):
        keep = codes != blank[0]
        codes = codes[keep] - (codes[keep] > blank[0])
        owner = owner[keep]
        vocabulary = np.delete(vocabulary, blank[0])
    return (np.bincount(owner, minlength=n).astype(np.int64), codes.astype(np.int64),
            vocabulary)
