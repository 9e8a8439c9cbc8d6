"""A description of the machine and software stack a run was measured on."""

from __future__ import annotations

import os
import platform
import sys
import time
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_bytes() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} ({platform.platform()})"
    except OSError:
        pass
    return platform.platform()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def load_average() -> list[float] | None:
    """1, 5 and 15 minute load averages: how busy the shared machine was."""
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except OSError:
        return None


SPEED_PROBE_LOOPS = 300_000
SPEED_PROBE_TRIES = 5


def speed_probe() -> float:
    """Milliseconds for a fixed pure-Python loop, the best of a few tries: how fast this machine
    runs the interpreter right now. The shared machine's speed drifts over hours (first paint
    read 241 ms at one hour and 340-353 ms a few hours later with nothing changed, 7 December
    2026), and the load average does not show it; two runs compare only where their probes
    agree."""
    best = float("inf")
    for _ in range(SPEED_PROBE_TRIES):
        t0 = time.perf_counter()
        total = 0
        for i in range(SPEED_PROBE_LOOPS):
            total += i
        best = min(best, time.perf_counter() - t0)
    return round(best * 1e3, 2)


def describe() -> dict:
    from PySide6.QtCore import qVersion  # no QApplication needed

    ram = _ram_bytes()
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": round(ram / 1e9, 1) if ram else None,
        "os": _os_name(),
        "python": sys.version.split()[0],
        "qt": qVersion(),
        "pyside6": _version("PySide6-Essentials"),
        "pyqtgraph": _version("pyqtgraph"),
        "numpy": _version("numpy"),
        "pandas": _version("pandas"),
        "matplotlib": _version("matplotlib"),
        "load_average_at_start": load_average(),
        "speed_probe_ms_at_start": speed_probe(),
    }


def speed_line(m: dict, at_end: float | None) -> str | None:
    """The run's speed probes as a line of its report; None for runs made before the probe."""
    start = m.get("speed_probe_ms_at_start")
    if start is None:
        return None
    end = "" if at_end is None else f", at end {at_end:.1f} ms"
    return (f"- Speed probe (a fixed pure-Python loop, best of {SPEED_PROBE_TRIES}; lower is faster): "
            f"at start {start:.1f} ms{end}. The machine's speed drifts over hours: absolute numbers "
            "of two runs compare only where their probes agree.")


def summary_line(m: dict) -> str:
    return (f"{m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM; {m['os']}; Python {m['python']}, "
            f"Qt {m['qt']} (PySide6 {m['pyside6']}), pyqtgraph {m['pyqtgraph']}, numpy {m['numpy']}, "
            f"pandas {m['pandas']}, matplotlib {m['matplotlib']}")
