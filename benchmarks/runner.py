"""``python -m benchmarks``: generate (or reuse) the tier's pack, run each scenario in its own
process, and write the results as JSON and as a markdown table."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import generator, machine
from benchmarks.bytecode import compile_tree
from benchmarks.report import markdown_table, summarise_metric
from benchmarks.scenarios import discover

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "build" / "benchmarks"
QUICK_WARMUP, QUICK_REPS = 1, 2
TIMEOUT_S = {"quick": 180, "XS": 600, "S": 900, "M": 1800, "L": 5400}
_QT_NOISE = "This plugin does not support propagateSizeHints"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    names = list(discover())
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--tier", choices=sorted(generator.TIERS), default=None,
                   help="pack size: XS (the default pack, data/japan-eu-us), S (10^3 events / 10^4 observations), M (10^4 / 10^5), "
                        "L (10^5 / 10^6); default S")
    p.add_argument("--quick", action="store_true",
                   help=f"tier S, {QUICK_WARMUP} warm-up + {QUICK_REPS} repetitions: a smoke run")
    p.add_argument("--scenario", nargs="+", choices=names, metavar="NAME",
                   help=f"run only these ({', '.join(names)})")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT,
                   help="results and the pack cache go here (default: build/benchmarks)")
    p.add_argument("--reps", type=int, default=10, help="timed repetitions (default 10)")
    p.add_argument("--warmup", type=int, default=2, help="untimed warm-up calls (default 2)")
    p.add_argument("--seed", type=int, default=1, help="pack generator seed (default 1)")
    p.add_argument("--cold", action="store_true",
                   help="also measure start-up, pack_load and reopen with a cold page cache (the "
                        "pack's files and the cache entry dropped before each sample): 'cold' rows")
    p.add_argument("--timeout", type=float, default=None,
                   help="seconds one scenario may take before it is stopped")
    args = p.parse_args(argv)
    if args.quick and args.tier not in (None, "S"):
        p.error("--quick always runs tier S")
    args.tier = args.tier or "S"
    if args.quick:
        args.warmup, args.reps = QUICK_WARMUP, QUICK_REPS
    if args.reps < 1 or args.warmup < 0:
        p.error("--reps must be at least 1 and --warmup at least 0")
    return args


def _worker_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")
    env["BRIEFING_EXPLORER_HOME"] = str(home)  # never the user's own settings, notes or recents
    env.pop("BRIEFING_EXPLORER_DEFAULT_PACK", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    return env


def run_scenario(name: str, args: argparse.Namespace, pack: Path, run_dir: Path) -> dict:
    """Run one scenario in a fresh interpreter; its result dict (metrics, unavailable or error)."""
    work = run_dir / "work" / name
    home = work / "home"
    shutil.rmtree(work, ignore_errors=True)
    home.mkdir(parents=True)
    request = {"scenario": name, "pack": str(pack), "tier": args.tier, "quick": args.quick,
               "warmup": args.warmup, "reps": args.reps, "cold": args.cold,
               "scratch": str(work / "scratch"),
               "repo_root": str(REPO_ROOT), "result": str(work / "result.json")}
    (work / "request.json").write_text(json.dumps(request, indent=1), encoding="utf-8")
    timeout = args.timeout or TIMEOUT_S["quick" if args.quick else args.tier]
    # A scenario's first open imports modules inside its timed steps (the app loads them lazily):
    # from bytecode, as an installed app does, not compiled from source (PYTHONDONTWRITEBYTECODE,
    # set on these machines, left a worktree or an unpacked tree without any: timeline-20 measured
    # the default pack's open 10.3-11.4 ms from source, 6.1-6.3 ms from bytecode).
    compile_tree(REPO_ROOT)
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "benchmarks.worker", str(work / "request.json")],
                              cwd=REPO_ROOT, env=_worker_env(home), capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"scenario": name, "error": f"stopped after {timeout:.0f} s (--timeout)",
                "seconds": time.perf_counter() - started}
    (work / "stderr.txt").write_text(proc.stderr, encoding="utf-8")
    result_file = Path(request["result"])
    if result_file.is_file():
        result = json.loads(result_file.read_text(encoding="utf-8"))
    else:  # a crash: keep the end of stderr, without the offscreen plugin's notices
        stderr = "\n".join(line for line in proc.stderr.splitlines() if _QT_NOISE not in line)
        result = {"scenario": name, "error": f"worker exited with status {proc.returncode} "
                                             f"without a result:\n{stderr[-3000:]}"}
    result["seconds"] = time.perf_counter() - started
    if "metrics" in result:
        result["rows"] = [summarise_metric(m) for m in result["metrics"]]
    return result


def _markdown(results: dict) -> str:
    m = results["machine"]
    pack = results["pack"]
    lines = [
        f"## Tier {results['tier']}{' (quick)' if results['quick'] else ''}: "
        f"{results['started'][:10]}",
        "",
        f"- Run: `{results['command']}` ({results['warmup']} warm-up + {results['reps']} "
        f"repetitions per measurement; slow baselines stop early, see n), "
        f"started {results['started']}, took {results['seconds']:.0f} s.",
        f"- Machine: {machine.summary_line(m)}.",
        f"- Load average (1/5/15 min) at start {m['load_average_at_start']}, at end "
        f"{results['load_average_at_end']}: the machine is shared, so absolute numbers are noisy; "
        "ratios to the baselines, taken in the same process minutes apart, hold better.",
        *filter(None, [machine.speed_line(m, results.get("speed_probe_ms_at_end"))]),
        f"- Pack: {pack['events']:,} events, {pack['observations']:,} observations "
        + ("(the shipped default pack, data/japan-eu-us)." if results["tier"] in generator.SHIPPED
           else f"(generator v{pack['generator_version']}, seed {pack['seed']}; "
           + (f"generated in {pack['generated_s']:.1f} s" if pack["generated_s"] is not None
              else "cached") + ")."),
        "- ratio = baseline ÷ ours (above 1: ours is faster or smaller).",
        "",
        markdown_table(results["scenarios"]),
    ]
    notes = [(sc["scenario"], n) for sc in results["scenarios"] for n in sc.get("notes", [])]
    if notes:
        lines.append("Notes:")
        lines += [f"- {name}: {n}" for name, n in notes]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    now = _dt.datetime.now().astimezone()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    description = machine.describe()
    pack, generated_s = generator.ensure_pack(out, args.tier, args.seed)
    tier = generator.TIERS[args.tier]
    run_dir = out / "runs" / f"{now:%Y%m%d-%H%M%S}-{args.tier}{'-quick' if args.quick else ''}"
    run_dir.mkdir(parents=True, exist_ok=True)
    names = args.scenario or list(discover())
    scenarios = []
    for i, name in enumerate(names, start=1):
        print(f"[{i}/{len(names)}] {name} …", file=sys.stderr, flush=True)
        result = run_scenario(name, args, pack, run_dir)
        state = ("n/a" if "unavailable" in result else "error" if "error" in result else "done")
        print(f"      {state} in {result['seconds']:.1f} s", file=sys.stderr, flush=True)
        scenarios.append(result)
    command = "python -m benchmarks " + " ".join(
        (["--quick"] if args.quick else [f"--tier {args.tier}"])
        + (["--cold"] if args.cold else [])
        + ([f"--scenario {' '.join(args.scenario)}"] if args.scenario else []))
    results = {
        "tier": args.tier, "quick": args.quick, "cold": args.cold, "warmup": args.warmup, "reps": args.reps,
        "started": now.isoformat(timespec="seconds"), "command": command,
        "seconds": time.perf_counter() - started, "machine": description,
        "load_average_at_end": machine.load_average(),
        "speed_probe_ms_at_end": machine.speed_probe(),
        "pack": {"path": str(pack), "events": tier.events, "observations": tier.observations,
                 "generator_version": generator.GENERATOR_VERSION, "seed": args.seed,
                 "generated_s": generated_s},
        "scenarios": scenarios,
    }
    text = json.dumps(results, indent=1)
    md = _markdown(results)
    for folder, stem in ((run_dir, "results"), (out, f"latest-{args.tier}")):
        (folder / f"{stem}.json").write_text(text, encoding="utf-8")
        (folder / f"{stem}.md").write_text(md, encoding="utf-8")
    print(md)
    print(f"Results: {run_dir / 'results.json'} and results.md", file=sys.stderr)
    return 1 if any("error" in sc for sc in scenarios) else 0
