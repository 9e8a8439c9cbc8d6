"""Scenarios: one module each, found by name; adding one is adding a small file here.

The interface (every module in this package that defines ``NAME`` is a scenario)::

    NAME = "timeline"          # what --scenario selects; also the prefix of its metric ids
    TITLE = "Timeline frame"   # a human title for the results
    ORDER = 30                 # position in a run (lower first)

    def run(ctx: benchmarks.harness.Context) -> None:
        ...  # measure with ctx.measure(...), then ctx.record(metric_id, label, samples, ...)

Rules:

* Import heavy things (Qt, pandas, the app) inside ``run``: the runner imports every module to
  list them, and each scenario runs in its own worker process anyway.
* Metric ids are ``"<NAME>.<what>"``; a target for one goes in ``benchmarks.targets.TARGETS``.
* Record the naive baseline in the same metric (``baseline=...``, ``baseline_label=...``), so the
  ratio compares two numbers taken seconds apart on the same machine.
* A scenario that cannot run here raises ``benchmarks.harness.ScenarioUnavailable("why")``; the
  runner reports it as ``n/a: why``. A baseline that cannot run (an optional package missing) is
  recorded with ``baseline_unavailable="why"`` instead, and ours is still reported.
* Use ``ctx.load_pack()`` for the tier's pack (real loader) and ``ctx.scratch`` for files.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def discover() -> dict[str, ModuleType]:
    """Every scenario module by NAME, in run order."""
    found: list[ModuleType] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            found.append(module)
    found.sort(key=lambda m: (getattr(m, "ORDER", 1000), m.NAME))
    return {m.NAME: m for m in found}
