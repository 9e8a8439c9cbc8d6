"""Start-up: launch → first paint, and launch → pack visible, of ``python -m explorer PACK``.

Each sample is a fresh interpreter running ``benchmarks.app_probe`` (the real start path with
timestamps; see there), offscreen, with an empty user folder (a first run: no remembered pack or
filters). Baseline for the first paint: the floor, an empty QWidget shown by a fresh interpreter
that imports only PySide6.
"""

from __future__ import annotations

import statistics

from benchmarks.harness import Context

NAME = "startup"
TITLE = "Start-up"
ORDER = 10
MAX_LAUNCHES = 5  # each launch at tier L loads 10^6 observations


def run(ctx: Context) -> None:
    from benchmarks.launching import launches

    reps = min(ctx.reps, MAX_LAUNCHES)
    ours = launches(ctx, "startup", reps)
    bare = launches(ctx, "bare", reps)
    first = [r["seconds"]["first_paint"] for r in ours]
    ctx.record("startup.first_paint", "launch → first paint", first,
               baseline=[r["seconds"]["first_paint"] for r in bare],
               baseline_label="floor: an empty QWidget, fresh interpreter",
               baseline_competes=False)
    ctx.record("startup.pack_visible", "launch → pack visible", [r["seconds"]["pack_visible"] for r in ours])
    changed = statistics.median(r["seconds"]["pack_changed"] for r in ours)
    pandas_early = any(r["info"].get("pandas_loaded_at_first_paint") for r in ours)
    if ctx.cold:
        cold = launches(ctx, "startup", reps, cold=True)
        ctx.record("startup.first_paint.cold", "launch → first paint, cold page cache",
                   [r["seconds"]["first_paint"] for r in cold])
        ctx.record("startup.pack_visible.cold", "launch → pack visible, cold page cache",
                   [r["seconds"]["pack_visible"] for r in cold],
                   baseline=[r["seconds"]["pack_visible"] for r in ours],
                   baseline_label="the same launch, warm page cache", baseline_competes=False)
    ctx.note(f"median launch → pack opened in the Session {changed:.2f} s (loaded on a worker after "
             f"the first paint); pandas already imported at first paint: "
             f"{'yes' if pandas_early else 'no'}.")
