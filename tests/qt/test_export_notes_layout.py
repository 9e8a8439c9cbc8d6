"""Notes and sources on a slide (issue 16): laid out from each line's height measured once per
column width instead of measuring every candidate column. The columns, the page break and what
continues on the next pages must be exactly those the column-by-column measurement chooses."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from explorer.export.slides import Slide
from explorer.qt.fonts import register_fonts
from explorer.qt.render import slide_render as sr

WORDS = ["Ministry", "of", "Foreign", "Affairs", "trade", "statistics", "2019", "外務省",
         "経済連携協定", "https://example.org/a/very/long/path/without/any/spaces/at/all/x", "—",
         "EU–Japan", "(revised)", "年次報告書", "Eurostat", "Comext", "DS-045409", "table"]


def _sources(n: int, seed: int) -> tuple[tuple[str, str], ...]:
    rnd = random.Random(seed)
    return tuple((f"[{i}]", " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(2, 45))))
                 for i in range(1, n + 1))


def _layout(slide: Slide, size: QSize, paged: bool):
    canvas = sr.SlideCanvas(slide, None, size, paged=paged)
    try:
        texts = [lab.text() for lab in canvas.findChildren(QLabel) if "<br>" in lab.text()]
        return texts, list(canvas.overflow), canvas.height()
    finally:
        canvas.close()
        canvas.deleteLater()


@pytest.mark.parametrize("n,seed", [(3, 1), (14, 2), (40, 3), (104, 4), (151, 5)])
def test_columns_and_page_break_are_those_of_the_exact_measurement(qapp, monkeypatch, n, seed):
    register_fonts()
    footnotes = tuple(f"Converted at rate {i}: provisional, revised later" for i in range(n // 10))
    slide = Slide(title="Export control indicator 1", subtitle="as published", kind="text",
                  sources=_sources(n, seed), footnotes=footnotes, marking="RESTRICTED")
    sizes = [QSize(1920, 1080), QSize(1280, 720), QSize(1600, 1200)]
    fast = [_layout(slide, size, paged) for size in sizes for paged in (True, False)]
    original = sr._NotesMeasure.__init__

    def exact_only(self, *args, **kwargs):  # every prediction "too close": measure every column
        original(self, *args, **kwargs)
        self.tolerance = float("inf")

    monkeypatch.setattr(sr._NotesMeasure, "__init__", exact_only)
    exact = [_layout(slide, size, paged) for size in sizes for paged in (True, False)]
    assert fast == exact
    if n >= 104:  # a long list does continue on further pages, none dropped
        _texts, overflow, _h = fast[0]
        assert overflow and len(overflow) < n + len(footnotes)
