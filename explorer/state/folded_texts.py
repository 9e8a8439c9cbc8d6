"""Many rows' search texts held as UTF-8 bytes, a part many rows share held once, and words found in them.

One ``str`` per event held ~28 MB at 10^5 events (measured): nearly every event has a Japanese
text, which makes Python store its whole text two bytes a character, plus ~75 bytes per object.
A row's text is its parts (id, titles, summaries, names), one per line. A part met twice among
``_CHUNK`` rows (a summary, a Japanese title, a party's name) is kept once per chunk in a second
blob, each row holding it keeping a one-byte mark and its code; the rest stays in the rows' own
blob (tier L: 13.4 MiB in one blob, 7.2 so). A word is searched in the bytes: UTF-8 is
self-synchronising, so a word's encoding occurs in a text's bytes exactly where the word occurs in
the text. Each row or shared part ends in the byte 0xFF and a mark is the byte 0xFE, which no UTF-8
text holds, so no match spans two rows or a mark; a searched word holds no line break (a
``str.split`` word), so none spans two parts either (a text with one is looked for in each row's
text as read back).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator
from itertools import islice, repeat

import numpy as np
import pandas as pd

_ENCODING = "utf-8"
_ERRORS = "surrogatepass"  # any str round-trips; a lone surrogate only ever matches itself
_END = b"\xff"  # after each row and each shared part: never part of UTF-8
_MARK = b"\xfe"  # where a shared part stands in its row: never part of UTF-8
_LINE = b"\n"
# Searching a quarter of the rows or more, one pass over the whole blob costs less (measured at
# 10^5 events: ~0.45 µs a row searched alone; the pass ~4 ms plus ~0.4 µs a row holding the word).
_SCAN_ALL_FROM = 4
_SHARED_FROM = 4  # bytes: a shorter part costs less in its row than a mark and a code
_CHUNK = 4096  # rows whose parts are counted at once: a part met twice among them is shared


class FoldedTexts:
    """A read-only sequence of texts (``len``, index, iterate) that ``rows_holding`` searches."""

    __slots__ = ("_blob", "_ref_starts", "_refs", "_shared", "_shared_starts", "_starts")

    def __init__(self, texts: Iterable[str]) -> None:
        blob, shared = bytearray(), bytearray()  # grown in place: no list of 10^5 byte strings
        starts, shared_starts, refs, ref_starts = array("q", [0]), array("q", [0]), array("q"), array("q", [0])
        for chunk in _chunks(texts):  # the chunk's parts as objects: ~1 MB beside the blobs
            split = "\n".join(chunk).encode(_ENCODING, _ERRORS).split(_LINE)  # one split: no list per row
            parts = np.empty(len(split), dtype=object)
            parts[:] = split
            del split
            codes, distinct = pd.factorize(parts)  # hashed in C: no Python per part
            sizes = np.fromiter(map(len, distinct), np.int64, len(distinct))
            sharing = np.flatnonzero((np.bincount(codes) > 1) & (sizes >= _SHARED_FROM))
            code_of = np.full(len(distinct), -1, dtype=np.int64)
            code_of[sharing] = np.arange(len(sharing)) + len(shared_starts) - 1
            for part in distinct[sharing].tolist():
                shared += part
                shared += _END
                shared_starts.append(len(shared))
            held = code_of[codes]
            marked = held >= 0
            parts[marked] = _MARK
            refs.frombytes(held[marked].tobytes())
            lines = np.fromiter(map(str.count, chunk, repeat("\n")), np.int64, len(chunk))
            last = np.cumsum(lines + 1) - 1  # each row's last part
            ref_starts.frombytes((ref_starts[-1] + np.cumsum(marked)[last]).tobytes())
            sizes = np.where(marked, len(_MARK), sizes[codes]) + 1  # a part and the byte after it
            ends = len(blob) + np.cumsum(sizes)[last]  # each row's end, after its 0xFF
            blob += _LINE.join(parts.tolist())
            blob += _END
            np.frombuffer(blob, dtype=np.uint8)[ends - 1] = _END[0]  # a row's last line break
            starts.frombytes(ends.tobytes())
        self._blob, self._shared = blob, shared
        self._starts, self._shared_starts = _positions(starts), _positions(shared_starts)
        codes = np.frombuffer(refs, dtype=np.int64)  # a shared part's code in 1, 2 or 4 bytes
        self._refs = codes.astype(np.min_scalar_type(len(shared_starts) - 2) if len(codes) else np.uint8)
        self._ref_starts = _positions(ref_starts)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, row: int) -> str:
        if not -len(self) <= row < len(self):
            raise IndexError(row)
        row %= len(self)
        own = self._blob[int(self._starts[row]):int(self._starts[row + 1]) - 1]
        codes = self._refs[int(self._ref_starts[row]):int(self._ref_starts[row + 1])].tolist()
        if codes:
            pieces = own.split(_MARK)
            shared, bounds = self._shared, self._shared_starts
            own = pieces[0] + b"".join(shared[int(bounds[c]):int(bounds[c + 1]) - 1] + piece
                                       for c, piece in zip(codes, pieces[1:]))
        return own.decode(_ENCODING, _ERRORS)

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))

    def rows_holding(self, word: str, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the rows searched, whether each holds ``word``): ``rows`` when they are few, else every
        row, found in one pass over the blob."""
        needle, blob, starts = word.encode(_ENCODING, _ERRORS), self._blob, self._starts
        if not needle:
            raise ValueError("an empty word")
        if _LINE in needle:  # never a searched word (split at white space): may span a shared part
            return rows, np.fromiter((word in self[i] for i in rows.tolist()), dtype=bool, count=len(rows))
        if len(rows) * _SCAN_ALL_FROM < len(self):
            find, ends = blob.find, starts[rows + 1].tolist()
            held = np.fromiter((find(needle, a, b) >= 0 for a, b in zip(starts[rows].tolist(), ends)),
                               dtype=bool, count=len(rows))
        else:
            rows, held = np.arange(len(self)), _holding(needle, blob, starts)
        parts_held = _holding(needle, self._shared, self._shared_starts)
        if parts_held.any():  # the rows' shared parts holding it
            first, last = self._ref_starts[rows], self._ref_starts[rows + 1]
            counts = last - first
            at = np.repeat(first - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
            held[np.repeat(np.arange(len(rows)), counts)[parts_held[self._refs[at]]]] = True
        return rows, held


def _holding(needle: bytes, blob: bytearray, starts: np.ndarray) -> np.ndarray:
    """Boolean per text of ``blob``: whether it holds ``needle``, in one pass. One match per text
    holding it: the match runs on to the text's end."""
    at = [m.start() for m in re.finditer(re.escape(needle) + b"[^\xff]*", blob)]
    held = np.zeros(len(starts) - 1, dtype=bool)
    held[np.searchsorted(starts, np.asarray(at, dtype=np.int64), side="right") - 1] = True
    return held


def _chunks(texts: Iterable[str]) -> Iterator[list[str]]:
    it = iter(texts)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def _positions(values: array[int]) -> np.ndarray:
    """Non-negative integers in the narrowest of int32 and int64 that holds them."""
    wide = np.frombuffer(values, dtype=np.int64)
    return wide.astype(np.int32) if not len(wide) or wide.max() <= np.iinfo(np.int32).max else wide.copy()
