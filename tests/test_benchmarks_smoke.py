"""The benchmark harness itself works: ``python -m benchmarks --quick`` runs every scenario and writes
its results. No timing is asserted: the numbers belong in docs/performance.md, not in a test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from benchmarks.scenarios import discover
from benchmarks.scenarios.filtering import NEW_FILTER_PARTNERS
from benchmarks.scenarios.timeline import ZOOMED_NAIVE, ZOOMED_OURS

ROOT = Path(__file__).resolve().parent.parent


def test_quick_run_writes_json_and_markdown_for_every_scenario(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--tier", "S", "--quick",
                           "--out", str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=280)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]

    results = json.loads((tmp_path / "latest-S.json").read_text(encoding="utf-8"))
    markdown = (tmp_path / "latest-S.md").read_text(encoding="utf-8")
    assert results["tier"] == "S" and results["quick"]
    assert results["machine"]["cores"] >= 1 and results["machine"]["qt"].startswith("6.")
    # the machine's speed at both ends of the run, so two runs' absolute numbers can be weighed
    assert results["machine"]["speed_probe_ms_at_start"] > 0 and results["speed_probe_ms_at_end"] > 0
    assert "- Speed probe (a fixed pure-Python loop" in markdown
    by_name = {sc["scenario"]: sc for sc in results["scenarios"]}
    assert list(by_name) == list(discover())  # every scenario, in order, none silently dropped
    for name, sc in by_name.items():
        assert "error" not in sc, f"{name}: {sc.get('error')}"
        if "unavailable" in sc:  # only the import slot may be waiting for its engine
            assert name == "import" and f"| {name} | n/a: " in markdown
            continue
        assert sc["rows"], name
        for row in sc["rows"]:
            assert row["ours"]["median"] > 0 and row["ours"]["worst"] > 0, (name, row["id"])
            # quick: 2 repetitions at most; a new filter's row takes one whole turn of its partners
            most = NEW_FILTER_PARTNERS if row["id"] == "filter.new" else 2
            assert 1 <= row["ours"]["n"] <= most, (name, row["id"])
            if row["baseline"] is not None:
                assert row["baseline"]["median"] > 0, (name, row["id"])
            assert f"| {name} | {row['label']} |" in markdown
    rows = {row["id"]: row for sc in by_name.values() for row in sc.get("rows", [])}
    assert rows["filter.repainted"]["target"] == "≤ 16 ms (worst < 2×)"
    # issue 16: the expensive filters, the step, linked axes; every row says if it is ahead
    for metric_id in ("filter.broad", "filter.search_enter", "filter.search_typing", "step.next",
                      "step.previous", "linked.pan", "linked.zoom"):
        assert rows[metric_id]["target"], metric_id
    for row in rows.values():
        assert row["ahead"] in (True, False, None) and "meets_target" in row
        if row["baseline"] is not None and row["baseline_competes"]:
            assert row["ahead"] == (row["ratio"] >= 1), row["id"]
    assert "| ahead of baseline |" in markdown
    assert "paint events per change" in " ".join(by_name["filter"]["notes"])
    assert "the selection moved on every key press" in " ".join(by_name["step"]["notes"])
    # the peak counts what the window holds after a filter and its idle work, not its first frames
    assert ("then: a date + partner filter applied, idle work done, cache entry written"
            in " ".join(by_name["memory"]["notes"]))
    assert any(p.name.startswith("S-seed1-gen") for p in (tmp_path / "packs").iterdir())
    # the timeline's first zoomed frame of each side, saved to be looked at (they differ)
    frames = [next((tmp_path / "runs").glob(f"*/work/timeline/scratch/{name}"))
              for name in (ZOOMED_OURS, ZOOMED_NAIVE)]
    ours, naive = (QImage(str(path)) for path in frames)
    assert not ours.isNull() and ours.size() == naive.size() and ours != naive
    assert f"scratch/{ZOOMED_OURS}" in " ".join(by_name["timeline"]["notes"])


def test_unknown_scenario_is_refused_with_the_list_of_names(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--scenario", "nope",
                           "--out", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2
    assert "invalid choice: 'nope'" in proc.stderr and "timeline" in proc.stderr


def test_tier_xs_measures_the_default_pack_and_a_reopen(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--tier", "XS", "--reps", "1",
                           "--warmup", "0", "--scenario", "reopen", "--out", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=200)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]

    results = json.loads((tmp_path / "latest-XS.json").read_text(encoding="utf-8"))
    markdown = (tmp_path / "latest-XS.md").read_text(encoding="utf-8")
    assert Path(results["pack"]["path"]) == ROOT / "data" / "japan-eu-us"  # shipped, not generated
    assert not (tmp_path / "packs").exists()
    assert "the shipped default pack" in markdown
    (reopen,) = results["scenarios"]
    assert "error" not in reopen, reopen.get("error")
    rows = {row["id"]: row for row in reopen["rows"]}
    assert set(rows) == {"reopen.first_open", "reopen.load", "reopen.pack_visible"}
    for row in rows.values():  # measured, with a target, no timing asserted
        assert row["ours"]["median"] > 0 and row["ours"]["n"] == 1 and row["target"]
    assert rows["reopen.pack_visible"]["baseline"]["median"] > 0  # the first-open launch
    assert "| reopen | reopen in a new process: launch → pack visible |" in markdown
