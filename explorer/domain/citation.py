"""A source as a reader sees it: one clean citation line, the same in every view and export.

Packs written before the reader/editor split sometimes put a working placeholder in a title
("[Title not in the copy] ..."); a citation never shows such a bracketed placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from explorer.domain.dates import PartialDate

# A leading "[...]" is an editor's placeholder ("[Title not in the copy]", "[untitled]"), not a title.
_PLACEHOLDER = re.compile(r"^\s*\[[^\]]{0,80}\]\s*")


def clean_title(title: str) -> str:
    """The title without an editor's leading bracketed placeholder; "Untitled" if nothing is left."""
    cleaned = _PLACEHOLDER.sub("", title or "").strip()
    return cleaned or "Untitled"


def published_text(published: str) -> str:
    """The publication date as readers read it ("28 Oct 2023", "c. Nov 2025"); as written if odd."""
    try:
        return PartialDate.parse(published).display()
    except (ValueError, TypeError):
        return (published or "").strip()


def citation(source: Mapping[str, str], *, with_url: bool = False) -> str:
    """``Publisher, “Title”, date.`` (and the URL on request): publisher, title and date always."""
    publisher = (source.get("publisher") or "").strip()
    title = clean_title(source.get("title") or "")
    date = published_text(source.get("published") or "")
    parts = [p for p in (publisher, f"“{title}”", date) if p]
    line = ", ".join(parts) + "."
    url = (source.get("url") or "").strip()
    if with_url and url:
        line += f" {url}"
    return line
