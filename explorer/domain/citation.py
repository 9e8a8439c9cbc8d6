"""A source as a reader sees it: one clean citation line, the same in every view and export.

Packs written before the reader/editor split sometimes put a working placeholder in a title
("[Title not in the copy] ..."); a citation never shows such a bracketed placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from explorer.domain.dates import PartialDate
from explorer.domain.labels import format_partial_date

# A leading "[...]" is an editor's placeholder ("[Title not in the copy]", "[untitled]"), not a title.
_PLACEHOLDER = re.compile(r"^\s*\[[^\]]{0,80}\]\s*")


def clean_title(title: str) -> str:
    """The title without an editor's leading bracketed placeholder; "Untitled" if nothing is left."""
    cleaned = _PLACEHOLDER.sub("", title or "").strip()
    return cleaned or "Untitled"


def published_text(published: str, lang: str = "en") -> str:
    """The publication date as readers read it ("28 Oct 2023", "c. Nov 2025"; in Japanese
    "2023年10月28日", "2025年11月頃"); as written if odd."""
    try:
        date = PartialDate.parse(published)
    except (ValueError, TypeError):
        return (published or "").strip()
    return date.display() if lang != "ja" else format_partial_date(date, lang)


def citation(source: Mapping[str, str], *, with_url: bool = False, lang: str = "en") -> str:
    """``Publisher, “Title”, date.`` (and the URL on request): publisher, title and date always.
    ``lang`` (the label language) sets only the date: publisher and title are data, kept as
    written (a Japanese line reads ``Reuters, “…”, 2025年1月31日.``)."""
    publisher = (source.get("publisher") or "").strip()
    title = clean_title(source.get("title") or "")
    if title == "Untitled" and lang == "ja":
        title = "無題"
    date = published_text(source.get("published") or "", lang)
    parts = [p for p in (publisher, f"“{title}”", date) if p]
    line = ", ".join(parts) + "."
    url = (source.get("url") or "").strip()
    if with_url and url:
        line += f" {url}"
    return line
