"""A real ISO-8859-1 locale for console-encoding tests, compiled into a temporary folder with
localedef (no change to the system: LOCPATH points the C library at it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

LATIN1 = "en_US.ISO-8859-1"


def latin1_locale_env(folder: Path) -> tuple[dict[str, str] | None, str]:
    """({LOCPATH, LC_ALL} for a Latin-1 locale, "") or (None, why it cannot be made here)."""
    if shutil.which("localedef") is None or not Path("/usr/share/i18n/locales/en_US").exists():
        return None, "localedef or the en_US locale source is not installed (Debian: locales)"
    made = subprocess.run(["localedef", "-i", "en_US", "-f", "ISO-8859-1", str(folder / LATIN1)],
                          capture_output=True, text=True)
    if not (folder / LATIN1).is_dir():
        return None, f"localedef could not compile {LATIN1}: {made.stderr.strip()}"
    return {"LOCPATH": str(folder), "LC_ALL": LATIN1}, ""
