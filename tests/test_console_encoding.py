"""Command-line output never dies on a console or pipe that cannot encode it.

The default pack is full of Japanese names, en dashes and ellipses. Printed to a Latin-1 terminal
(or a pipe under PYTHONIOENCODING=latin-1 / ascii) they used to end the command in a
UnicodeEncodeError traceback half-way through; now what cannot be encoded is written as an escape
and the command finishes. Each case runs the real entry point in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.console_locales import latin1_locale_env

JAPAN_ESCAPED = "\\u65e5\\u672c"  # 日本 as backslashreplace writes it


def run(args: list[str], env_extra: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO", "PYTHONUTF8"))}
    env.pop("LANG", None)
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, env=env,
                          cwd=tmp_path, timeout=120)


def explain(done: subprocess.CompletedProcess) -> str:
    return (f"exit {done.returncode}\nstdout tail: {done.stdout[-500:]!r}\n"
            f"stderr: {done.stderr.decode('latin-1')[-2000:]}")


@pytest.fixture(scope="module")
def latin1_locale(tmp_path_factory) -> dict[str, str]:
    env, why = latin1_locale_env(tmp_path_factory.mktemp("locale"))
    if env is None:
        pytest.skip(why)
    return env


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_info_finishes_with_japanese_names_escaped(tmp_path, encoding):
    done = run(["info"], {"PYTHONIOENCODING": encoding}, tmp_path)
    assert done.returncode == 0, explain(done)
    assert b"Traceback" not in done.stderr, explain(done)
    text = done.stdout.decode(encoding)
    assert f"Japan / {JAPAN_ESCAPED} [state]" in text
    assert text.rstrip().endswith("]")  # the indicators list was printed to its end


def test_query_json_on_a_latin1_pipe_stays_valid_json_with_the_japanese_titles(tmp_path):
    done = run(["query", "events", "--format", "json"], {"PYTHONIOENCODING": "latin-1"}, tmp_path)
    assert done.returncode == 0, explain(done)
    events = json.loads(done.stdout.decode("latin-1"))  # \uXXXX escapes are JSON's own
    as_utf8 = run(["query", "events", "--format", "json"], {"PYTHONIOENCODING": "utf-8"}, tmp_path)
    assert events == json.loads(as_utf8.stdout.decode("utf-8"))  # nothing lost
    assert any("日本" in e["title_ja"] for e in events)


def test_query_table_and_validate_under_a_latin1_locale(tmp_path, latin1_locale):
    done = run(["query", "events", "--format", "table"], latin1_locale, tmp_path)
    assert done.returncode == 0, explain(done)
    assert b"Traceback" not in done.stderr
    lines = done.stdout.decode("latin-1").splitlines()
    assert lines[0].startswith("id") and any(line.startswith("eu-jp-epa ") for line in lines)
    done = run(["validate", str(Path(__file__).resolve().parents[1] / "data" / "japan-eu-us")],
               latin1_locale, tmp_path)
    assert done.returncode == 0, explain(done)
    assert done.stdout.startswith(b"OK "), explain(done)


def test_info_under_a_latin1_locale(tmp_path, latin1_locale):
    done = run(["info"], latin1_locale, tmp_path)
    assert done.returncode == 0, explain(done)
    assert f"Japan / {JAPAN_ESCAPED} [state]" in done.stdout.decode("latin-1")


def test_a_utf8_console_still_gets_the_real_characters(tmp_path):
    done = run(["info"], {"PYTHONIOENCODING": "utf-8"}, tmp_path)
    assert done.returncode == 0, explain(done)
    assert "Japan / 日本 [state]" in done.stdout.decode("utf-8")
