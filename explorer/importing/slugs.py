"""Pack ids and clean text from any cell: ``slugify`` (one text, or ``_slugify_many`` a column of them)
and ``clean_text`` (control characters a pack refuses removed). (Moved out of engine.py.)
"""

from __future__ import annotations

import re
import unicodedata

from explorer.domain.cell_safety import FORBIDDEN_TEXT_CHARACTERS


def slugify(text: str, limit: int = 48) -> str:
    """A pack id from any text: ASCII-folded, lowercase, runs of other characters to '-'."""
    if text.isascii():  # NFKD and the ASCII fold leave ASCII text as it is
        # _NOT_SLUG_RE.sub in C calls: every other character to "-", then the runs of "-" to one
        slug = text.lower().encode("ascii").translate(_NOT_SLUG_ASCII).decode("ascii")
        while "--" in slug:
            slug = slug.replace("--", "-")
    else:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
        slug = _NOT_SLUG_RE.sub("-", folded)
    return slug.strip("-._")[:limit].strip("-._")


_NOT_SLUG_RE = re.compile(r"[^a-z0-9_.]+")
_NOT_SLUG_ASCII = bytes(ord("-") if _NOT_SLUG_RE.fullmatch(chr(c)) else c for c in range(256))  # bytes.translate
_NOT_SLUG_ASCII_KEEP_NUL = b"\x00" + _NOT_SLUG_ASCII[1:]  # (NUL: the separator of _slugify_many)


def _slugify_many(texts: list[str], limit: int = 48) -> list[str]:
    """``[slugify(t, limit) for t in texts]``, the ASCII ones folded in a few C calls over all of them."""
    joined = "\x00".join(texts)
    if not joined.isascii():
        return [slugify(t, limit) for t in texts]
    folded = joined.lower().encode("ascii").translate(_NOT_SLUG_ASCII_KEEP_NUL).decode("ascii")
    parts = _DASHES_RE.sub("-", folded).split("\x00")
    if len(parts) != len(texts):  # a NUL in a text: one at a time
        return [slugify(t, limit) for t in texts]
    return [x.strip("-._")[:limit].strip("-._") for x in parts]


_DASHES_RE = re.compile("--+")


_CONTROL = FORBIDDEN_TEXT_CHARACTERS  # the characters the pack loader refuses


def clean_text(text: str) -> str:
    """Control characters (a NUL from a damaged export, C1 controls, lone surrogates) removed: a
    pack refuses them."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _norm_key(text: str) -> str:
    return re.sub(r"[\s_-]+", " ", text.strip().lower())
