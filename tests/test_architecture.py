"""The core is Qt-free, provably: an import-linter contract and a fresh interpreter that checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CORE_PROBE = """
import importlib, io, pkgutil, sys
import explorer

# Every module outside explorer.qt (and the package entry point, which starts the window when no
# command is given), found by walking the package rather than listed, so a new module is covered.
core = sorted(m.name for m in pkgutil.walk_packages(explorer.__path__, "explorer.")
              if not m.name.startswith("explorer.qt") and m.name != "explorer.__main__")
for name in core:
    importlib.import_module(name)
from explorer.cli import main
out = io.StringIO()
code = main(["info", "--format", "json"], out, io.StringIO())
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
print(code, len(core), loaded)
"""


def test_core_never_loads_qt():
    result = subprocess.run([sys.executable, "-c", CORE_PROBE], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    code, count, loaded = result.stdout.strip().split(" ", 2)
    assert (code, loaded) == ("0", "[]")
    assert int(count) >= 60  # every core module was imported, not a sample of them


def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
