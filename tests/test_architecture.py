"""The core is Qt-free, provably: an import-linter contract and a fresh interpreter that checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CORE_PROBE = """
import sys, io
import explorer.domain.dates, explorer.domain.figures, explorer.domain.numbers
import explorer.data.pack_loader, explorer.data.pack_writer
import explorer.state.session, explorer.state.filters
import explorer.userdata.locations, explorer.cli, explorer.paths
import explorer.charts, explorer.export
from explorer.cli import main
out = io.StringIO()
code = main(["info", "--format", "json"], out, io.StringIO())
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
print(code, loaded)
"""


def test_core_never_loads_qt():
    result = subprocess.run([sys.executable, "-c", CORE_PROBE], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 []"


def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
