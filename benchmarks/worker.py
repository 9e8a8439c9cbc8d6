"""Runs one scenario in a process of its own: ``python -m benchmarks.worker REQUEST.json``.

The request (written by the runner) names the scenario, the pack and the repetition policy; the
result JSON goes to ``request["result"]``: the recorded metrics, ``{"unavailable": why}`` or
``{"error": traceback}``.
"""

from __future__ import annotations

import faulthandler
import json
import os
import sys
import traceback
from pathlib import Path

from benchmarks.harness import Context, ScenarioUnavailable
from benchmarks.scenarios import discover


def run_request(request: dict) -> dict:
    module = discover()[request["scenario"]]
    ctx = Context(scenario=request["scenario"], pack_path=Path(request["pack"]),
                  tier=request["tier"], quick=request["quick"], warmup=request["warmup"],
                  reps=request["reps"], scratch=Path(request["scratch"]),
                  repo_root=Path(request["repo_root"]), cold=bool(request.get("cold", False)))
    ctx.scratch.mkdir(parents=True, exist_ok=True)
    try:
        module.run(ctx)
    except ScenarioUnavailable as e:
        return {"scenario": ctx.scenario, "unavailable": str(e)}
    return ctx.result()


def main(argv: list[str]) -> int:
    faulthandler.enable()  # a crash in Qt leaves a Python stack in the scenario's stderr.txt
    request = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    try:
        result = run_request(request)
        code = 0
    except Exception:  # reported in the results table, with the traceback in the JSON
        result = {"scenario": request["scenario"], "error": traceback.format_exc()}
        code = 1
    Path(request["result"]).write_text(json.dumps(result, indent=1), encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip teardown: widgets are left open, and Qt destroying them after Python's own finalisation
    # can crash a process whose result is already written (it would read as a failed scenario).
    os._exit(code)


if __name__ == "__main__":
    main(sys.argv[1:])
