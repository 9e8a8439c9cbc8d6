"""Where the install keeps its read-only files (default pack, resources). Qt-free, no I/O at import.

Checked in order: an explicit environment override, a frozen app's bundle folder, the source tree
(editable installs and a clean clone), and the shared-data folder a wheel install writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_PACK_NAME = "japan-eu-us"
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _candidates(relative: str) -> list[Path]:
    out = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        out.append(Path(bundle) / relative)
    out.append(_SOURCE_ROOT / relative)
    out.append(Path(sys.prefix) / "share" / "briefing-explorer" / relative)
    return out


def install_path(relative: str) -> Path:
    """The first existing install location of ``relative`` (or the source-tree one if none exists)."""
    for p in _candidates(relative):
        if p.exists():
            return p
    return _SOURCE_ROOT / relative


def default_pack_path() -> Path:
    override = os.environ.get("BRIEFING_EXPLORER_DEFAULT_PACK")
    if override:
        return Path(override)
    return install_path(f"data/{DEFAULT_PACK_NAME}")


def resources_path() -> Path:
    return install_path("resources")
