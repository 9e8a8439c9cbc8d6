"""Launching the app probe (``benchmarks.app_probe``) in a fresh interpreter and reading its marks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.app_probe import PREFIX
from benchmarks.bytecode import compile_tree
from benchmarks.harness import Context

LAUNCH_TIMEOUT_S = 900.0
def launch(ctx: Context, mode: str, run: int, home: Path | None = None, cold: bool = False) -> dict:
    """Start ``python -m benchmarks.app_probe MODE PACK`` with a fresh user folder (or ``home``,
    kept between launches to measure a reopen); its marks in seconds since launch, and its info.
    ``cold``: the pack's files and the user folder (its pack cache) are dropped from the page cache
    first (``benchmarks.page_cache``)."""
    home = home or ctx.scratch / f"home-{mode}-{run}{'-cold' if cold else ''}"
    home.mkdir(parents=True, exist_ok=True)
    if cold:
        from benchmarks import page_cache

        page_cache.drop([ctx.pack_path, home])
    compile_tree(ctx.repo_root)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_EXPLORER_HOME=str(home))
    cmd = [sys.executable, "-m", "benchmarks.app_probe", mode, str(ctx.pack_path)]
    launched = time.monotonic()
    proc = subprocess.run(cmd, cwd=ctx.repo_root, env=env, capture_output=True, text=True,
                          timeout=LAUNCH_TIMEOUT_S)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(PREFIX)]
    if proc.returncode != 0 or not lines:
        (ctx.scratch / f"probe-{mode}-{run}.stderr.txt").write_text(proc.stderr, "utf-8")
        raise RuntimeError(f"the {mode} probe exited with status {proc.returncode} and no result; "
                           f"stderr: {proc.stderr[-2000:]}")
    result = json.loads(lines[-1][len(PREFIX):])
    result["seconds"] = {k: v - launched for k, v in result["marks"].items()}
    return result


def launches(ctx: Context, mode: str, reps: int, cold: bool = False) -> list[dict]:
    """``ctx.warmup`` (at most one) untimed launches, then ``reps`` measured ones (--quick: one
    launch, no warm-up: a smoke run checks the path, not the number)."""
    if ctx.quick:
        return [launch(ctx, mode, 0, cold=cold)]
    for i in range(min(ctx.warmup, 1)):
        launch(ctx, mode, -1 - i)
    return [launch(ctx, mode, i, cold=cold) for i in range(reps)]
