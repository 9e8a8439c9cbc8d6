"""The harness's verdicts: a row behind its naive baseline fails, a floor does not count, issue 16's
"worst under twice the target" rule, throughput targets, the scaling table, the cold page cache
and the clock that runs to idle. No timing of the app is asserted."""

from __future__ import annotations

import json

from benchmarks import page_cache, scaling
from benchmarks.report import markdown_table, summarise_metric
from benchmarks.targets import target_for


def _metric(metric_id, ours, baseline=None, unit="s", competes=True):
    return {"id": metric_id, "label": metric_id, "unit": unit, "ours": ours, "baseline": baseline,
            "baseline_label": "naive", "baseline_unavailable": "", "note": "",
            "baseline_competes": competes}


def test_a_row_behind_its_naive_baseline_fails_even_within_its_target():
    row = summarise_metric(_metric("sort.title", [0.010, 0.011, 0.012], [0.005, 0.005, 0.006]))
    assert row["meets_target"] is True and row["ahead"] is False and row["pass"] is False
    table = markdown_table([{"scenario": "sort", "rows": [row]}])
    assert "| **no** |" in table and "**FAIL** (behind baseline)" in table


def test_a_floor_is_shown_but_never_fails_a_row():
    row = summarise_metric(_metric("startup.first_paint", [0.3], [0.1], competes=False))
    assert row["ratio"] < 1 and row["ahead"] is None and row["pass"] is True
    assert "(for information)" in markdown_table([{"scenario": "startup", "rows": [row]}])


def test_exports_fail_when_matplotlib_is_faster():
    row = summarise_metric(_metric("export.png", [0.100], [0.090]))
    assert row["meets_target"] is True and row["pass"] is False


def test_worst_sample_must_stay_under_twice_the_target():
    assert summarise_metric(_metric("timeline.whole", [0.004, 0.004, 0.015]))["pass"] is True
    assert summarise_metric(_metric("timeline.whole", [0.004, 0.004, 0.017]))["pass"] is False
    assert summarise_metric(_metric("timeline.whole", [0.009, 0.009, 0.009]))["pass"] is False


def test_csv_import_is_held_to_fifty_thousand_rows_a_second_at_any_size():
    assert target_for("import.csv.rate_100000").higher_is_better
    ok = summarise_metric(_metric("import.csv.rate_20000", [60_000.0, 55_000.0], unit="rows/s"))
    slow = summarise_metric(_metric("import.csv.rate_20000", [40_000.0, 45_000.0], unit="rows/s"))
    assert ok["pass"] is True and slow["pass"] is False
    assert target_for("import.xlsx.rate_20000") is None  # the issue sets no XLSX rate


def _run(tier, values):
    rows = [summarise_metric(_metric(k, [v], unit=u)) for k, (v, u) in values.items()]
    return {"tier": tier, "command": f"python -m benchmarks --tier {tier}", "started": "today",
            "machine": {"load_average_at_start": [0.1, 0.1, 0.1]},
            "scenarios": [{"scenario": "x", "rows": rows}]}


def test_scaling_table_gives_growth_per_tenfold_and_flags_what_grows_too_fast(tmp_path):
    runs = {"S": {"pack_load.load": (0.1, "s"), "timeline.whole": (0.004, "s"),
                  "import.csv.rate_5000": (100_000.0, "rows/s")},
            "M": {"pack_load.load": (0.9, "s"), "timeline.whole": (0.012, "s"),
                  "import.csv.rate_5000": (90_000.0, "rows/s")},
            "L": {"pack_load.load": (15.0, "s"), "timeline.whole": (0.013, "s")}}
    for tier, values in runs.items():
        (tmp_path / f"latest-{tier}.json").write_text(json.dumps(_run(tier, values)), "utf-8")
    assert scaling.main(["--out", str(tmp_path)]) == 0
    md = (tmp_path / "scaling.md").read_text("utf-8")
    lines = {ln.split(":")[0].strip("| "): ln for ln in md.splitlines() if ln.startswith("| ")}
    assert "| 9.0× | 16.7× | linear (≤ 12×) | **grows too fast** |" in lines["pack_load.load"]
    assert "| 3.0× | 1.1× | flat (≤ 2×) | **grows too fast** |" in lines["timeline.whole"]
    assert "| 1.1× | — |" in lines["import.csv.rate_5000"] and lines["import.csv.rate_5000"].endswith("| ok |")


def test_scaling_without_results_says_what_to_run(tmp_path, capsys):
    assert scaling.main(["--out", str(tmp_path)]) == 1
    assert "python -m benchmarks --tier S" in capsys.readouterr().err


def test_cold_page_cache_advises_every_file_under_a_folder(tmp_path):
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "events.csv").write_bytes(b"x" * 5000)
    (tmp_path / "entry.npy").write_bytes(b"y" * 3000)
    expected = 8000 if page_cache.available() else 0
    assert page_cache.drop([tmp_path / "pack", tmp_path / "entry.npy", tmp_path / "gone"]) == expected
    assert (tmp_path / "pack" / "events.csv").read_bytes() == b"x" * 5000  # advice, not deletion


def test_the_clock_runs_until_deferred_work_and_named_timers_are_done(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel

    from benchmarks.qt_support import IdleWatcher

    label = QLabel("before")
    qtbot.addWidget(label)
    label.show()
    watcher = IdleWatcher({"label": label})
    try:
        watcher.to_idle()
        zero = QTimer(label)  # a deferred rebuild: zero-time, single shot
        zero.setSingleShot(True)
        zero.setInterval(0)
        zero.timeout.connect(lambda: label.setText("rebuilt"))
        debounce = QTimer(label)  # a typing delay: waited for only when named
        debounce.setSingleShot(True)
        debounce.setInterval(30)
        debounce.timeout.connect(lambda: label.setText("searched"))

        watcher.reset_paints()
        zero.start()
        watcher.to_idle()
        assert label.text() == "rebuilt" and watcher.paints["label"] >= 1

        debounce.start()
        watcher.to_idle()
        assert label.text() == "rebuilt" and debounce.isActive()  # not named: not waited for
        watcher.to_idle([debounce])
        assert label.text() == "searched" and not debounce.isActive()
    finally:
        watcher.close()


def test_the_clock_sees_a_zero_time_timer_made_after_it_last_looked_in_any_window(qtbot):
    """The clock keeps its list of timers between turns (walking every widget each turn was ~1 ms
    per change): a zero-time timer made later, in the measured window or in a new one, still holds
    it, and a window deleted with its timers does not break it."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QLabel, QWidget

    from benchmarks.qt_support import IdleWatcher

    label = QLabel("before")
    qtbot.addWidget(label)
    label.show()
    watcher = IdleWatcher({"label": label})
    try:
        watcher.to_idle()  # the timers are listed now
        assert watcher.pending_zero_timers() == []
        rebuild = QTimer(label)  # made after the list: a deferred rebuild that runs five times
        rebuild.setInterval(0)
        runs = []
        rebuild.timeout.connect(lambda: runs.append(1) if len(runs) < 4 else (runs.append(1),
                                                                               rebuild.stop()))
        rebuild.start()
        assert watcher.pending_zero_timers() == [rebuild]
        watcher.to_idle()
        assert len(runs) == 5 and not rebuild.isActive()  # the clock waited for all five

        other = QWidget()  # a new top-level window, with a zero-time timer started but not run
        later = QTimer(other)
        later.setInterval(0)
        later.start()
        assert watcher.pending_zero_timers() == [later]
        later.stop()
        other.deleteLater()  # deleted by Qt, timer and all
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert watcher.pending_zero_timers() == []
        watcher.to_idle()
    finally:
        watcher.close()


def test_launches_run_from_bytecode_as_an_installed_app_does(tmp_path, monkeypatch):
    """The harness writes our packages' bytecode before it launches the app, so a launch does not
    compile the tree (PYTHONDONTWRITEBYTECODE=1 on these machines), as no installed app does."""
    import sys
    from pathlib import Path

    from benchmarks import bytecode

    package = tmp_path / "explorer" / "views"
    package.mkdir(parents=True)
    for folder in (package.parent, package):
        (folder / "__init__.py").write_text("", "utf-8")
    (package / "panel.py").write_text("SHOWN = True\n", "utf-8")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(bytecode, "_COMPILED", set())
    bytecode.compile_tree(tmp_path)
    tag = sys.implementation.cache_tag
    assert (package / "__pycache__" / f"panel.{tag}.pyc").is_file()
    assert (package.parent / "__pycache__" / f"__init__.{tag}.pyc").is_file()
    assert Path(tmp_path).resolve() in bytecode._COMPILED


def test_every_scenario_runs_from_bytecode_too(monkeypatch, tmp_path):
    """In-process scenarios import lazily loaded modules inside their timed steps (the first
    frame of a pack): the runner writes the bytecode before it starts a scenario's worker."""
    import argparse
    import subprocess

    from benchmarks import runner

    order = []
    monkeypatch.setattr(runner, "compile_tree", lambda root: order.append(("compiled", root)))

    def worker(cmd, **kw):
        order.append(("worker", cmd[2]))
        return subprocess.CompletedProcess(cmd, 1, "", "")

    monkeypatch.setattr(runner.subprocess, "run", worker)
    args = argparse.Namespace(tier="XS", quick=True, warmup=0, reps=1, cold=False, timeout=5)
    result = runner.run_scenario("timeline", args, tmp_path / "pack", tmp_path / "run")
    assert "error" in result  # the fake worker wrote nothing
    assert order == [("compiled", runner.REPO_ROOT), ("worker", "benchmarks.worker")]


def test_a_new_filters_samples_weigh_each_partner_in_turn_alike():
    """The row "a filter never applied before" takes partners in turn, each with its own cost:
    its samples are whole turns, so its median does not depend on which partners a run's
    warm-up left with a sample more (ten samples of four partners moved it by ±2 ms)."""
    from benchmarks.scenarios.filtering import new_filters, whole_turns
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path

    pack = load_pack(default_pack_path())
    turn = len({f["partners"] for f in new_filters(pack, 40)})
    assert turn > 1
    for reps in (1, 2, 10, 12):
        n = whole_turns(reps, pack)
        assert n >= reps and n % turn == 0
        for warmup in (0, 1, 2):  # every partner gets the same number of samples
            sampled = [f["partners"] for f in new_filters(pack, warmup + n)[warmup:]]
            assert len({sampled.count(p) for p in set(sampled)}) == 1


def test_a_new_filter_is_the_date_and_partner_filter_it_says_whatever_came_before():
    """The row "a date + partner filter never applied before" follows the narrow row, whose
    filters carry a search word; the session changes only the facets it is given, so each new
    filter must give every facet it sets, the word emptied: the same filter the naive window
    applies (it kept a tenth of the events at tier M instead of ~70 %)."""
    from benchmarks.scenarios.filtering import filters, new_filters
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path
    from explorer.state.filters import Filter

    pack = load_pack(default_pack_path())
    for narrow in filters(pack):
        assert narrow["text"]
        for new in new_filters(pack, 8):
            after = Filter().with_changes(**narrow).with_changes(**new)
            assert after == Filter().with_changes(**new)
            assert after.text == "" and after.partners == new["partners"]


def test_a_run_made_before_the_speed_probe_reports_without_it():
    from benchmarks import machine

    assert machine.speed_line({"load_average_at_start": [0.1, 0.1, 0.1]}, None) is None
    line = machine.speed_line({"speed_probe_ms_at_start": 13.64}, 15.0)
    assert line is not None and "at start 13.6 ms, at end 15.0 ms" in line


def test_the_timeline_frames_move_through_more_ranges_than_the_painter_keeps_frames_of():
    """A frame the painter finds again is not a frame worked out: the whole and zoomed rows
    must not come back to a range it still keeps (with two ranges in turn, every one did)."""
    from benchmarks.scenarios.timeline import _ranges
    from explorer.qt.render.timeline_painter import FRAMES_KEPT

    whole, zoomed, pans = _ranges((0.0, 10_000.0), 5_000.0)
    for frames in (whole, zoomed, pans):
        assert all(frames[i] not in frames[i - FRAMES_KEPT:i] for i in range(1, len(frames)))
