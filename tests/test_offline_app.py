"""Offline, proven: our code never imports networking, the app never opens a socket, and the smoke
test passes in a network namespace with no interfaces at all."""

from __future__ import annotations

import ast
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
NETWORK_MODULES = ("socket", "ssl", "http", "urllib.request", "urllib.error", "ftplib", "smtplib",
                   "imaplib", "poplib", "telnetlib", "asyncio", "socketserver", "xmlrpc", "requests",
                   "urllib3", "httpx", "aiohttp", "webbrowser", "PySide6.QtNetwork",
                   "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_no_module_of_ours_imports_networking():
    offenders = []
    for path in sorted((ROOT / "explorer").rglob("*.py")):
        for name in _imports(path):
            if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def _env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", BRIEFING_EXPLORER_HOME=str(tmp_path / "home"))
    return env


NO_SOCKETS = """
import socket, sys
class _NoSocket(socket.socket):
    def __init__(self, *a, **k):
        raise OSError("briefing-explorer tried to open a socket")
socket.socket = _NoSocket
socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("connection attempted"))
from explorer.qt.smoke_test import run
code = run()
print("QtNetwork loaded:", "PySide6.QtNetwork" in sys.modules)
sys.exit(code)
"""


def test_smoke_test_passes_and_never_opens_a_socket(tmp_path):
    result = subprocess.run([sys.executable, "-c", NO_SOCKETS], capture_output=True, text=True,
                            timeout=300, env=_env(tmp_path), cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test passed" in result.stdout
    assert "QtNetwork loaded: False" in result.stdout
    for step in ("load the default pack", "render the timeline", "export a PNG", "export a PowerPoint"):
        assert f"ok  {step}" in result.stdout


def test_smoke_test_runs_in_a_network_namespace_without_interfaces(tmp_path):
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("unshare -n is not permitted here (needs root or user namespaces)")
    result = subprocess.run([unshare, "-n", sys.executable, "-m", "explorer", "--smoke-test"],
                            capture_output=True, text=True, timeout=300, env=_env(tmp_path), cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test passed" in result.stdout


def test_smoke_test_reports_a_failing_step(tmp_path):
    env = _env(tmp_path)
    env["BRIEFING_EXPLORER_DEFAULT_PACK"] = str(tmp_path / "missing-pack")
    result = subprocess.run([sys.executable, "-m", "explorer", "--smoke-test"], capture_output=True,
                            text=True, timeout=300, env=env, cwd=ROOT)
    assert result.returncode == 1
    assert "smoke test FAILED at 'load the default pack'" in result.stderr
    assert "Traceback" not in result.stderr


def test_doctor_reports_versions_folders_fonts_and_packs():
    out = io.StringIO()
    code = cli_main(["doctor"], out, io.StringIO())
    text = out.getvalue()
    assert code == 0, text
    assert "PySide6-Essentials  6.10.3" in text
    assert "BriefingSansJP-Regular.otf" in text
    assert "OK      japan-eu-us v1.4.0  sha256 " in text
    assert "Everything looks fine." in text
