"""Peak memory: ``ru_maxrss`` of ``python -m explorer PACK`` (through ``benchmarks.app_probe``) once
the pack is visible, an indicator compared and every view drawn (timeline whole and zoomed, event
table, chart, filters), then a date + partner filter applied and the window let idle until the work
it defers (sort orders, texts prepared ahead, spare plots) and the pack cache's background write
are done (``app_probe.settle_as_used``): what a user's window holds a moment later, not only what
its first frames needed. Baseline: the floor, a fresh interpreter showing an empty QWidget.
"""

from __future__ import annotations

from benchmarks.harness import Context

NAME = "memory"
TITLE = "Peak memory"
ORDER = 90


def run(ctx: Context) -> None:
    from benchmarks.launching import launch

    ours = launch(ctx, "memory", 0)
    bare = launch(ctx, "bare", 0)
    ctx.record("memory.peak", "peak RSS, pack open, every view drawn, a filter, idle",
               [float(ours["info"]["maxrss_bytes"])], unit="bytes",
               baseline=[float(bare["info"]["maxrss_bytes"])],
               baseline_label="floor: an empty QWidget, fresh interpreter",
               baseline_competes=False)
    ctx.note(f"views drawn: {', '.join(ours['info'].get('views', []))}; then: "
             f"{', '.join(ours['info'].get('then', []))}.")
