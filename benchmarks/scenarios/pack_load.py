"""Pack load and validation: ``explorer.data.pack_loader.load_pack`` on the tier's pack.

Baseline: ``pandas.read_csv`` of every table as text with no checks at all, the floor any loader
that reads the same CSV files with pandas sits on; the gap is what validation and the derived
columns (day numbers, parsed dates, exploded lists) cost.
"""

from __future__ import annotations

from benchmarks.harness import Context

NAME = "pack_load"
TITLE = "Pack load and validation"
ORDER = 20
BUDGET_S = 150.0  # per side: at tier L one load takes seconds


def run(ctx: Context) -> None:
    import pandas as pd

    from explorer.data import pack_cache
    from explorer.data.pack_loader import load_pack

    csvs = sorted(ctx.pack_path.glob("*.csv"))

    def naive() -> None:
        for path in csvs:
            pd.read_csv(path, dtype=str, keep_default_na=False)

    warmup = min(ctx.warmup, 1)
    # A first open every time: the cache is emptied before each call (the reopen scenario
    # measures the cached open).
    ours = ctx.measure(lambda: load_pack(ctx.pack_path), setup=pack_cache.clear, warmup=warmup,
                       budget_s=BUDGET_S)
    base = ctx.measure(naive, warmup=warmup, budget_s=BUDGET_S)
    ctx.record("pack_load.load", "load_pack: read, validate, derive", ours, baseline=base,
               baseline_label="floor: pandas.read_csv of every table, no checks",
               baseline_competes=False)
    if ctx.cold:
        from benchmarks import page_cache

        def cold_setup() -> None:
            pack_cache.clear()
            page_cache.drop([ctx.pack_path])

        cold = ctx.measure(lambda: load_pack(ctx.pack_path), setup=cold_setup, warmup=0,
                           budget_s=BUDGET_S)
        cold_base = ctx.measure(naive, setup=lambda: page_cache.drop([ctx.pack_path]), warmup=0,
                                budget_s=BUDGET_S)
        ctx.record("pack_load.load.cold", "load_pack, cold page cache", cold, baseline=cold_base,
                   baseline_label="floor: pandas.read_csv of every table, cold page cache",
                   baseline_competes=False)
