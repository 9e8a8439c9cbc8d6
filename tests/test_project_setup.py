"""The project's own promises: CI runs the README's test command, and every pin is exact."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = text.split("```sh\n", 1)[0]
    assert first_block.strip() == "# Briefing Explorer"
    run, test = _readme_commands()
    assert run.endswith(".venv/bin/briefing-explorer")
    assert "QT_QPA_PLATFORM=offscreen" in test and test.endswith("-m pytest")


def test_ci_runs_the_readme_test_command_and_nothing_else():
    lines = [ln for ln in (ROOT / ".ci" / "run").read_text().splitlines()
             if ln.strip() and not ln.startswith("#")]
    commands = [ln for ln in lines if not ln.startswith(("set ", "cd "))]
    assert commands == [_readme_commands()[1]]
    assert "|| true" not in "\n".join(lines)


def test_every_locked_requirement_is_pinned_exactly_with_hashes():
    lock = (ROOT / "requirements.lock").read_text()
    reqs = re.findall(r"^([A-Za-z0-9_.-]+)(\S*) \\$", lock, flags=re.M)
    assert len(reqs) >= 15
    for name, spec in reqs:
        assert spec.startswith("=="), name
    assert lock.count("--hash=sha256:") >= len(reqs)
    pins = {n.lower(): s[2:] for n, s in reqs}
    assert pins["pyside6-essentials"] == "6.10.3"  # see docs/dependencies.md before moving it
    assert pins["pyqtgraph"] == "0.14.0"
    assert "pyarrow" not in pins  # +160 MB in a frozen app; Parquet is not offered
