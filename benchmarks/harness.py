"""What a scenario gets to work with: the pack, the repetition policy, timing and recording.

A scenario (see ``benchmarks.scenarios``) runs inside its own worker process and calls
``ctx.measure`` for samples and ``ctx.record`` for each metric; the worker writes what was recorded
as JSON and the runner turns it into medians, ratios and pass/fail.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


class ScenarioUnavailable(Exception):
    """Raised by a scenario (or one of its baselines) that cannot run here; the message says why.

    The runner reports the scenario as ``n/a: <why>`` instead of failing the run.
    """


@dataclass
class Metric:
    """One row of the results table: samples of ours and of the naive baseline, same run."""

    id: str  # key into benchmarks.targets.TARGETS, e.g. "timeline.zoomed"
    label: str  # what was measured, for the table
    unit: str  # "s", "bytes", "rows/s"
    ours: list[float]
    baseline: list[float] | None = None
    baseline_label: str = ""
    baseline_unavailable: str = ""  # why there is no baseline sample, when there is none
    note: str = ""
    # A baseline is the naive way of doing the same visible work, and ours must be ahead of it
    # (ratio ≥ 1) or the row fails. False for a floor (an empty QWidget, parsing with no checks:
    # nothing real can beat it) or a comparison for information (file sizes): ratio shown only.
    baseline_competes: bool = True


@dataclass
class Context:
    """Everything a scenario's ``run(ctx)`` needs; built by the worker from the runner's request."""

    scenario: str
    pack_path: Path
    tier: str
    quick: bool
    warmup: int
    reps: int
    scratch: Path  # a folder of the scenario's own for files it writes
    repo_root: Path
    cold: bool = False  # --cold: also measure with the pack's files out of the page cache
    metrics: list[Metric] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)
    _pack: Any = None

    # -- the pack ------------------------------------------------------------------------------
    def load_pack(self):
        """The tier's pack, loaded once per worker with the real loader. Each scenario has a
        fresh user folder, so this is a first open, and the loader writes the pack's cache entry
        on a thread; that write is waited for here, so a scenario's first samples are not taken
        beside it (at tier M it doubled the wall time of the timeline's first frames, not their
        CPU: engineer timeline-13, docs/performance-log.md). A user meets that write once, in the
        first second after a pack's first open."""
        if self._pack is None:
            from explorer.data import pack_cache
            from explorer.data.pack_loader import load_pack

            self._pack = load_pack(self.pack_path)
            pack_cache.wait_for_writes()
        return self._pack

    # -- timing --------------------------------------------------------------------------------
    def measure(self, action: Callable[[], object], *, setup: Callable[[], object] | None = None,
                warmup: int | None = None, reps: int | None = None,
                budget_s: float | None = None) -> list[float]:
        """Seconds per call of ``action`` after ``warmup`` untimed calls; ``setup`` runs untimed
        before each call. Stops early (keeping at least one sample) once ``budget_s`` seconds
        have been spent, so a naive baseline taking seconds per call cannot stall a run."""
        warmup = self.warmup if warmup is None else warmup
        reps = self.reps if reps is None else reps
        started = time.perf_counter()
        for _ in range(warmup):
            if setup is not None:
                setup()
            action()
            if budget_s is not None and time.perf_counter() - started > budget_s:
                break
        samples: list[float] = []
        gc.collect()
        for _ in range(reps):
            if setup is not None:
                setup()
            t0 = time.perf_counter()
            action()
            samples.append(time.perf_counter() - t0)
            if budget_s is not None and time.perf_counter() - started > budget_s:
                break
        return samples

    def record(self, metric_id: str, label: str, ours: list[float], *, unit: str = "s",
               baseline: list[float] | None = None, baseline_label: str = "",
               baseline_unavailable: str = "", note: str = "",
               baseline_competes: bool = True) -> Metric:
        metric = Metric(metric_id, label, unit, [float(v) for v in ours],
                        None if baseline is None else [float(v) for v in baseline],
                        baseline_label, baseline_unavailable, note, baseline_competes)
        self.metrics.append(metric)
        return metric

    def note(self, text: str) -> None:
        """A remark printed under the results table (what was measured, caveats)."""
        self.notes.append(text)

    def result(self) -> dict:
        return {"scenario": self.scenario, "metrics": [asdict(m) for m in self.metrics],
                "notes": self.notes, "info": self.info}


def try_baseline(measure: Callable[[], list[float]]) -> tuple[list[float] | None, str]:
    """Run a baseline measurement: (samples, "") or (None, why it is unavailable)."""
    try:
        return measure(), ""
    except ScenarioUnavailable as e:
        return None, str(e)
