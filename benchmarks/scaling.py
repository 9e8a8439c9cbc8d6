"""How each cost grows per 10× data: ``python -m benchmarks.scaling [--out DIR]``.

Reads the runs of each tier under ``DIR`` (``runs/*/results.json`` and ``latest-{XS,S,M,L}.json``,
default ``build/benchmarks``; each metric from the most recent run that measured it) and prints,
per metric, the median at each tier and the growth from one tier to the next 10× tier
(S→M, M→L: 10× events and 10× observations), as markdown; also written to ``DIR/scaling.md``.
Each metric is held to what its kind should do: loading, importing and memory at most linear
(growth ≤ 10×, with 20 % slack for noise), frames, filters, sorts, steps and exports nearly flat
(≤ 2× per 10× data: the work per frame should follow the pixels, not the pack). XS (the shipped
default pack) is shown for reference; it is not a 10× step from S. Tiers run on different days or
under different load are not comparable: the table names each run's start and load average.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.report import fmt

TIERS = ("XS", "S", "M", "L")
STEPS = (("S", "M"), ("M", "L"))
LINEAR_MAX = 12.0  # 10× data, 20 % slack
FLAT_MAX = 2.0
_LINEAR = ("pack_load.", "reopen.", "startup.pack_visible", "memory.", "import.", "timeline.build")


def expectation(metric_id: str) -> tuple[str, float]:
    """("linear" | "flat", the largest growth per 10× data that passes)."""
    if metric_id.startswith(_LINEAR):
        return "linear", LINEAR_MAX
    return "flat", FLAT_MAX


def load(out: Path, since: str = "") -> dict[str, list[dict]]:
    """Per tier, every full-size run found (``runs/*/results.json`` and ``latest-<tier>.json``;
    --quick runs left out), oldest first: a partial run (``--scenario``) overrides only the
    metrics it measured, so the table holds each metric's most recent measurement."""
    found: dict[str, dict[str, dict]] = {}
    paths = sorted(out.glob("runs/*/results.json")) + [out / f"latest-{t}.json" for t in TIERS]
    for path in paths:
        if not path.is_file():
            continue
        try:
            run = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if run.get("quick") or run.get("tier") not in TIERS or run.get("started", "") < since:
            continue
        found.setdefault(run["tier"], {})[f"{run.get('started', '')}|{run.get('command', '')}"] = run
    return {t: [runs[k] for k in sorted(runs)] for t, runs in found.items()}


def medians(runs: list[dict]) -> dict[str, tuple[float, str, str]]:
    """metric id → (median of ours, unit, label), the most recent run's that measured it."""
    found = {}
    for run in runs:
        for sc in run.get("scenarios", []):
            for row in sc.get("rows", []):
                if row.get("ours"):
                    found[row["id"]] = (row["ours"]["median"], row["unit"], row["label"])
    return found


def growth(a: float, b: float, unit: str) -> float:
    """How much the cost grew from ``a`` to ``b`` (for a throughput: the time per row grew)."""
    if unit.endswith("/s"):
        return a / b
    return b / a


def table(runs: dict[str, dict]) -> str:
    per_tier = {t: medians(r) for t, r in runs.items()}
    ids: list[str] = []
    for t in TIERS:
        for i in per_tier.get(t, {}):
            if i not in ids:
                ids.append(i)
    lines = ["## Scaling: growth per 10× data", ""]
    for t in TIERS:
        if t in runs:
            rs = runs[t]
            loads = [r.get("machine", {}).get("load_average_at_start", [None])[0] for r in rs]
            loads = [x for x in loads if x is not None]
            span = (f"{rs[0].get('started', '?')} to {rs[-1].get('started', '?')}" if len(rs) > 1
                    else rs[0].get("started", "?"))
            lines.append(f"- {t}: each metric from the most recent of {len(rs)} run(s), {span}"
                         + (f"; 1-min load average at start {min(loads):g}-{max(loads):g}"
                            if loads else "") + ".")
    lines += ["- growth = the cost at the larger tier ÷ at the smaller (throughputs: inverted, so "
              "above 1 is always slower); expected: linear ≤ 12×, flat ≤ 2× per 10× data.", "",
              "| metric | XS | S | M | L | S→M | M→L | expected | verdict |",
              "|---|---|---|---|---|---|---|---|---|"]
    for metric_id in ids:
        unit = next(per_tier[t][metric_id][1] for t in TIERS if metric_id in per_tier.get(t, {}))
        label = next(per_tier[t][metric_id][2] for t in reversed(TIERS)
                     if metric_id in per_tier.get(t, {}))  # sizes in labels: the largest tier's
        cells = [fmt(per_tier[t][metric_id][0], unit) if metric_id in per_tier.get(t, {}) else "—"
                 for t in TIERS]
        kind, limit = expectation(metric_id)
        grown, bad = [], False
        for a, b in STEPS:
            va = per_tier.get(a, {}).get(metric_id)
            vb = per_tier.get(b, {}).get(metric_id)
            if va and vb and va[0] > 0 and vb[0] > 0:
                g = growth(va[0], vb[0], unit)
                bad = bad or g > limit
                grown.append(f"{g:.1f}×")
            else:
                grown.append("—")
        measured = any(g != "—" for g in grown)
        verdict = "—" if not measured else ("**grows too fast**" if bad else "ok")
        lines.append(f"| {metric_id}: {label} | {' | '.join(cells)} | {' | '.join(grown)} "
                     f"| {kind} (≤ {limit:g}×) | {verdict} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.scaling", description=__doc__)
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "build" / "benchmarks",
                   help="where the latest-<tier>.json files are (default: build/benchmarks)")
    p.add_argument("--since", default="", metavar="ISO",
                   help="only runs started at or after this time, e.g. 2026-12-04T22:00 (runs of "
                        "an older harness measure differently)")
    args = p.parse_args(argv)
    runs = load(args.out, args.since)
    if not runs:
        print(f"no latest-<tier>.json in {args.out}: run python -m benchmarks --tier S (and M, L) "
              "first", file=sys.stderr)
        return 1
    md = table(runs)
    (args.out / "scaling.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
