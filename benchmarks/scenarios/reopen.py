"""Reopening a pack: the second open of the tier's pack, served by the validated-pack cache
(``explorer.data.pack_cache``), kept apart from the first open (parse and validate every CSV).

In process: ``reopen.first_open`` is ``load_pack`` with the cache emptied before each call;
``reopen.load`` is ``load_pack`` after one open has written the cache entry (baseline: the first
open, what every open cost without the cache). In a new process: ``reopen.pack_visible`` is
launch → pack visible of ``python -m explorer PACK`` (through ``benchmarks.app_probe``) on a user
folder (``BRIEFING_EXPLORER_HOME``) where one earlier launch opened the same pack; its baseline is
the same launch on an empty user folder each time (a first open).

Packs smaller than ``pack_cache.MIN_PACK_BYTES`` (256 KiB) are not cached by design (the default
pack, tier XS): there both sides do a full load, and the notes say so.
"""

from __future__ import annotations

from benchmarks.harness import Context

NAME = "reopen"
TITLE = "Reopening a pack"
ORDER = 25
BUDGET_S = 120.0  # per side: a first open at tier L takes seconds
MAX_LAUNCHES = 5


def _entries(home) -> int:
    """How many cache entries a user folder holds (each has one header.json)."""
    return sum(1 for _ in home.rglob("header.json"))


def run(ctx: Context) -> None:
    from benchmarks.launching import launch
    from explorer.data import pack_cache
    from explorer.data.pack_loader import load_pack

    path = ctx.pack_path
    first = ctx.measure(lambda: load_pack(path), setup=pack_cache.clear, warmup=min(ctx.warmup, 1),
                        budget_s=BUDGET_S)
    load_pack(path)  # the first open after an empty cache: writes the entry
    cached = pack_cache.enabled() and any(pack_cache.cache_root().glob("*/" + pack_cache.HEADER))
    again = ctx.measure(lambda: load_pack(path), warmup=min(ctx.warmup, 1), budget_s=BUDGET_S)
    ctx.record("reopen.first_open", "first open: load_pack with an empty cache", first)
    # A pack below the cache's threshold reopens exactly as it first opened: the same code twice,
    # so the ratio is noise around 1 and the baseline does not compete (it does when cached).
    ctx.record("reopen.load", "reopen: load_pack, cache written by an earlier open", again,
               baseline=first, baseline_label="the first open (parse and validate every CSV)",
               baseline_competes=cached)

    if ctx.cold:
        import gc

        from benchmarks import page_cache

        def drop() -> None:
            gc.collect()  # the previous sample's pack unmaps its arrays: their pages can go
            page_cache.drop([path, pack_cache.cache_root()])

        again_cold = ctx.measure(lambda: load_pack(path), setup=drop, warmup=0, budget_s=BUDGET_S)
        ctx.record("reopen.load.cold", "reopen: load_pack, cold page cache (pack and entry)",
                   again_cold, baseline=again, baseline_label="the same reopen, warm page cache",
                   baseline_competes=False)

    reps = 1 if ctx.quick else min(ctx.reps, MAX_LAUNCHES)
    home = ctx.scratch / "home-reopen"
    launch(ctx, "startup", 0, home=home)  # opens the pack once: the cache entry is written
    written = _entries(home)
    warm = [launch(ctx, "startup", i, home=home) for i in range(reps)]
    cold = [launch(ctx, "startup", i, home=ctx.scratch / f"home-first-{i}") for i in range(reps)]
    ctx.record("reopen.pack_visible", "reopen in a new process: launch → pack visible",
               [r["seconds"]["pack_visible"] for r in warm],
               baseline=[r["seconds"]["pack_visible"] for r in cold],
               baseline_label="the same launch on an empty user folder (first open)")
    if ctx.cold:
        colds = [launch(ctx, "startup", i, home=home, cold=True) for i in range(reps)]
        ctx.record("reopen.pack_visible.cold", "reopen in a new process, cold page cache",
                   [r["seconds"]["pack_visible"] for r in colds],
                   baseline=[r["seconds"]["pack_visible"] for r in warm],
                   baseline_label="the same reopen, warm page cache", baseline_competes=False)
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    if cached and written:
        ctx.note(f"the pack ({size / 1e6:.1f} MB) was served from the cache on reopen "
                 f"({written} entry in the launched user folder).")
    else:
        ctx.note(f"the pack ({size / 1e6:.2f} MB) is below the cache's "
                 f"{pack_cache.MIN_PACK_BYTES / 1e6:.2f} MB threshold (or the cache is off): "
                 "a reopen is a full load, by design.")
