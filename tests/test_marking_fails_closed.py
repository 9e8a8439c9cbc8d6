"""The handling marking fails closed (issue 15, item 7): settings that cannot be read never turn
into unmarked output, a wrongly typed "marking required" counts as required, and a marking of
invisible characters is no marking."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VIEW = REPO / "docs" / "examples" / "view-trade-eu-us.json"


def _run(args, cwd: Path, home: Path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["BRIEFING_EXPLORER_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True,
                          text=True, timeout=300, env=env, cwd=cwd)


def _setup(tmp_path: Path, settings_text: str | None) -> tuple[Path, Path]:
    """A home whose settings.toml holds ``settings_text``, and a view file with no marking of its own."""
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    if settings_text is not None:
        (home / "config" / "settings.toml").write_text(settings_text, encoding="utf-8")
    view = json.loads(VIEW.read_text(encoding="utf-8"))
    view.pop("export")
    (tmp_path / "view.json").write_text(json.dumps(view), encoding="utf-8")
    return home, tmp_path / "view.json"


def test_damaged_settings_refuse_a_headless_export_unless_a_marking_is_given(tmp_path):
    damaged = 'schema_version = 1\nexport_marking = "SECRET"\nmarking_required = true\n[broken\n'
    home, view = _setup(tmp_path, damaged)
    settings = home / "config" / "settings.toml"
    for attempt in (1, 2):  # the second run must not find the file moved aside and pass
        result = _run(["export", "--view", str(view), "--out", "a.png", "--size", "1280x720"],
                      tmp_path, home)
        assert result.returncode == 1, (attempt, result.stderr)
        assert str(settings) in result.stderr and "cannot be read" in result.stderr
        assert "--marking" in result.stderr
        assert not (tmp_path / "a.png").exists()
        assert settings.read_text(encoding="utf-8") == damaged  # left where the user has it
    result = _run(["export", "--view", str(view), "--out", "a.png", "--size", "1280x720",
                   "--marking", "RESTRICTED"], tmp_path, home)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    assert QImage(str(tmp_path / "a.png")).text("Classification") == "RESTRICTED"


def test_a_wrongly_typed_marking_required_is_reported_and_treated_as_required(tmp_path):
    home, view = _setup(tmp_path, 'schema_version = 1\nmarking_required = "yes"\n')
    result = _run(["export", "--view", str(view), "--out", "a.png", "--size", "1280x720"],
                  tmp_path, home)
    assert result.returncode == 2 and not (tmp_path / "a.png").exists()
    assert "marking_required" in result.stderr and "treated as true" in result.stderr
    assert "add --marking" in result.stderr


@pytest.mark.parametrize("marking", ["   ", "\u200b\u200b", "\u00a0\u3000", "\u2060\ufeff"])
def test_a_marking_of_invisible_characters_is_refused_on_the_command_line(tmp_path, marking):
    home, view = _setup(tmp_path, None)
    result = _run(["export", "--view", str(view), "--out", "a.png", "--size", "1280x720",
                   "--marking", f"\u200b{marking}"], tmp_path, home)
    assert result.returncode == 2 and not (tmp_path / "a.png").exists()
    assert "no visible character" in result.stderr


def test_an_invisible_marking_in_the_settings_is_no_marking(tmp_path):
    home, view = _setup(tmp_path, 'schema_version = 1\nexport_marking = "\\u200b \\u00a0"\n'
                                  "marking_required = true\n")
    result = _run(["export", "--view", str(view), "--out", "a.png", "--size", "1280x720"],
                  tmp_path, home)
    assert result.returncode == 2 and "marking is required" in result.stderr
    assert not (tmp_path / "a.png").exists()
