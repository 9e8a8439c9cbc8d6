"""PowerPoint text measurement is cached and pagination measures each paragraph once (issue 16):
the pages, line counts and widths must be exactly those of the straightforward measurement."""

from __future__ import annotations

import random
import unicodedata

from explorer.export import pptx_writer as pw


def _naive_width(text: str, size_pt: float, bold: bool = False) -> float:
    return sum(pw._char_em.__wrapped__(c) for c in text) * size_pt * (1.12 if bold else 1.0)


def _naive_tokens(text: str) -> list[str]:
    out, cur = [], ""
    for ch in text:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            if cur:
                out.append(cur)
                cur = ""
            out.append(ch)
        else:
            cur += ch
            if ch == " ":
                out.append(cur)
                cur = ""
    if cur:
        out.append(cur)
    return out


def _naive_line_count(text: str, width_in: float, size_pt: float, bold: bool = False) -> int:
    width = width_in * 72
    lines = 0
    for para in text.split("\n"):
        lines += 1
        used = 0.0
        for tok in _naive_tokens(para):
            w = _naive_width(tok, size_pt, bold)
            if used and used + _naive_width(tok.rstrip(), size_pt, bold) > width:
                lines += 1
                used = 0.0
            while w > width:
                lines += 1
                w -= width
            used += w
    return lines


def _naive_paginate(paras, width, height, size, gap_pt):
    def h(ps):
        return sum(pw._height_in(_naive_line_count(p, width, size), size) + gap_pt / 72 for p in ps)

    def fill(limit):
        pages = [[]]
        for p in paras:
            if pages[-1] and h([*pages[-1], p]) > limit:
                pages.append([])
            pages[-1].append(p)
        return pages

    pages = fill(height)
    lo, hi = 0.0, height
    for _ in range(20):
        mid = (lo + hi) / 2
        if len(fill(mid)) <= len(pages):
            hi = mid
        else:
            lo = mid
    return fill(hi)


def _sources(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    words = ["Ministry", "of", "Foreign", "Affairs", "trade", "statistics", "2019", "外務省",
             "経済連携協定", "https://example.org/a/very/long/path/without/any/spaces/at/all", "—",
             "EU–Japan", "(revised)", "年次報告書"]
    return [f"[{i}] " + " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 40)))
            for i in range(1, n + 1)]


def test_line_counts_match_the_plain_measurement():
    for text in _sources(60, 1) + ["", "a\nb\n\nc", "日本語の長い文章" * 30, "x" * 500]:
        for width, size, bold in ((12.3, 12, False), (5.9, 14, True), (2.0, 28, False)):
            assert pw._line_count(text, width, size, bold) == _naive_line_count(text, width, size, bold)
            assert pw._text_width_pt(text, size, bold) == _naive_width(text, size, bold)


def test_many_sources_paginate_as_before():
    """A chart citing a hundred sources (tier L cites 104): the same pages, none dropped."""
    paras = _sources(150, 2)
    for width, height, size, gap in ((12.3, 4.2, 12, 4), (12.3, 2.5, 14, 6)):
        pages = pw._paginate(paras, width, height, size, gap)
        assert pages == _naive_paginate(paras, width, height, size, gap)
        assert [p for page in pages for p in page] == paras
