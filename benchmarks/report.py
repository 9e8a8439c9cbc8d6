"""From recorded samples to rows: median, worst, ratio to the baseline, target, pass/fail; and the
markdown table."""

from __future__ import annotations

import statistics

from benchmarks.targets import target_for


def _better_high(unit: str) -> bool:
    return unit.endswith("/s")  # throughput: more is better


def _stats(samples: list[float] | None, unit: str) -> dict | None:
    if not samples:
        return None
    worst = min(samples) if _better_high(unit) else max(samples)
    return {"median": statistics.median(samples), "worst": worst, "n": len(samples)}


def summarise_metric(metric: dict) -> dict:
    """The row for one recorded metric (see ``harness.Metric``)."""
    unit = metric["unit"]
    ours = _stats(metric["ours"], unit)
    base = _stats(metric.get("baseline"), unit)
    ratio = None
    if ours and base and ours["median"] > 0 and base["median"] > 0:
        ratio = (ours["median"] / base["median"] if _better_high(unit)
                 else base["median"] / ours["median"])
    target = target_for(metric["id"])
    competes = bool(metric.get("baseline_competes", True))
    # Ahead of the naive baseline: None where there is no competing baseline (none, or a floor).
    ahead = None if (ratio is None or not competes) else ratio >= 1.0
    meets = None
    if target is not None and ours is not None:
        meets = target.passes(ours["median"], ours["worst"])
    passed = None if meets is None and ahead is None else (meets is not False and ahead is not False)
    return {"id": metric["id"], "label": metric["label"], "unit": unit, "ours": ours,
            "baseline": base, "baseline_label": metric.get("baseline_label", ""),
            "baseline_unavailable": metric.get("baseline_unavailable", ""),
            "baseline_competes": competes, "ratio": ratio, "ahead": ahead,
            "target": target.text if target else "", "meets_target": meets, "pass": passed,
            "note": metric.get("note", "")}


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1e3:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "bytes":
        if value >= 1e6:
            return f"{value / 1e6:.2f} MB"
        return f"{value / 1e3:.0f} kB"
    if unit == "rows/s":
        return f"{value:,.0f} rows/s"
    return f"{value:.3g} {unit}"


def _ratio(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}×" if value >= 10 else f"{value:.1f}×" if value >= 1 else f"{value:.2f}×"


def _cell(stats: dict | None, unit: str) -> str:
    if stats is None:
        return "—"
    if stats["n"] == 1:
        return fmt(stats["median"], unit)
    return f"{fmt(stats['median'], unit)} (worst {fmt(stats['worst'], unit)}, n={stats['n']})"


def markdown_table(scenarios: list[dict]) -> str:
    """One row per metric; a scenario that did not run gets one row saying why."""
    lines = ["| scenario | measured | ours: median (worst, n) | baseline: median (worst, n) | ratio "
             "| ahead of baseline | target | result |",
             "|---|---|---|---|---|---|---|---|"]
    for sc in scenarios:
        name = sc["scenario"]
        if "unavailable" in sc:
            lines.append(f"| {name} | n/a: {sc['unavailable']} | | | | | | n/a |")
            continue
        if "error" in sc:
            last = sc["error"].strip().splitlines()[-1] if sc["error"].strip() else "failed"
            lines.append(f"| {name} | error: {last.replace('|', '/')} | | | | | | error |")
            continue
        for row in sc["rows"]:
            unit = row["unit"]
            if row["baseline"] is not None:
                floor = "" if row.get("baseline_competes", True) else " (for information)"
                base = f"{_cell(row['baseline'], unit)}: {row['baseline_label']}{floor}"
            elif row["baseline_unavailable"]:
                base = f"n/a: {row['baseline_unavailable']}"
            else:
                base = "—"
            ratio = _ratio(row["ratio"])
            ahead = {True: "yes", False: "**no**", None: "—"}[row.get("ahead")]
            result = {True: "pass", False: "**FAIL**", None: "info"}[row["pass"]]
            if row["pass"] is False:
                why = [w for w, bad in (("target", row.get("meets_target") is False),
                                        ("behind baseline", row.get("ahead") is False)) if bad]
                result += f" ({', '.join(why)})"
            lines.append(f"| {name} | {row['label']} | {_cell(row['ours'], unit)} | {base} | {ratio} "
                         f"| {ahead} | {row['target'] or '—'} | {result} |")
    return "\n".join(lines) + "\n"
