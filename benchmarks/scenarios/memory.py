"""Peak memory: ``ru_maxrss`` of ``python -m explorer PACK`` (through ``benchmarks.app_probe``) once
the pack is visible, an indicator compared and every view drawn (timeline whole and zoomed, event
table, chart, filters). Baseline: the floor, a fresh interpreter showing an empty QWidget.
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
    ctx.record("memory.peak", "peak RSS, pack open, every view drawn",
               [float(ours["info"]["maxrss_bytes"])], unit="bytes",
               baseline=[float(bare["info"]["maxrss_bytes"])],
               baseline_label="floor: an empty QWidget, fresh interpreter",
               baseline_competes=False)
    ctx.note(f"views drawn: {', '.join(ours['info'].get('views', []))}.")
