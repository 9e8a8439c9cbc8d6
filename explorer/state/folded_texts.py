"""Many rows' search texts held as one UTF-8 blob with each row's start, and words found in it.

One ``str`` per event held ~28 MB at 10^5 events (measured): nearly every event has a Japanese
text, which makes Python store its whole text two bytes a character, plus ~75 bytes per object.
The blob holds the same texts in ~13 MB. A word is searched in the bytes: UTF-8 is
self-synchronising, so a word's encoding occurs in a row's bytes exactly where the word occurs in
its text. Each row ends in the byte 0xFF, which no UTF-8 text holds, so no match spans two rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy as np

_ENCODING = "utf-8"
_ERRORS = "surrogatepass"  # any str round-trips; a lone surrogate only ever matches itself
_END = b"\xff"  # after each row: never part of UTF-8
# Searching a quarter of the rows or more, one pass over the whole blob costs less (measured at
# 10^5 events: ~0.45 µs a row searched alone; the pass ~4 ms plus ~0.4 µs a row holding the word).
_SCAN_ALL_FROM = 4


class FoldedTexts:
    """A read-only sequence of texts (``len``, index, iterate) that ``rows_holding`` searches."""

    __slots__ = ("_blob", "_starts")

    def __init__(self, texts: Iterable[str]) -> None:
        blob = bytearray()  # grown in place: no list of 10^5 byte strings beside it
        starts = [0]
        for text in texts:
            blob += text.encode(_ENCODING, _ERRORS)
            blob += _END
            starts.append(len(blob))
        self._blob = blob
        self._starts = np.asarray(starts, dtype=np.int64)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, row: int) -> str:
        if not -len(self) <= row < len(self):
            raise IndexError(row)
        row %= len(self)
        start, end = int(self._starts[row]), int(self._starts[row + 1]) - 1
        return self._blob[start:end].decode(_ENCODING, _ERRORS)

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))

    def rows_holding(self, word: str, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the rows searched, whether each holds ``word``): ``rows`` when they are few, else every
        row, found in one pass over the blob."""
        needle, blob, starts = word.encode(_ENCODING, _ERRORS), self._blob, self._starts
        if not needle:
            raise ValueError("an empty word")
        if len(rows) * _SCAN_ALL_FROM < len(self):
            find, ends = blob.find, starts[rows + 1].tolist()
            held = np.fromiter((find(needle, a, b) >= 0 for a, b in zip(starts[rows].tolist(), ends)),
                               dtype=bool, count=len(rows))
            return rows, held
        # One match per row holding the word: the match runs on to the row's end.
        at = [m.start() for m in re.finditer(re.escape(needle) + b"[^\xff]*", blob)]
        held = np.zeros(len(self), dtype=bool)
        held[np.searchsorted(starts, np.asarray(at, dtype=np.int64), side="right") - 1] = True
        return np.arange(len(self)), held
