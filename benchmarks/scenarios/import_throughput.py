"""Import: a user's treaty list (CSV and XLSX) through the real engine to a validated pack.

What is timed is the whole path a user waits for: read the file (encoding, delimiter and header
detection), map every row (messy dates, actor lookup, value maps), write the pack and validate it
with the real loader. Two sizes: the 5,000 rows issue 7 gives a 2 s budget, and a tier-sized file
reported as throughput (rows per second). Baselines, in the same run: ``pandas.read_csv`` of the
same CSV and openpyxl's read-only row iteration of the same XLSX — parsing alone, no checks.
"""

from __future__ import annotations

import csv
import random
import shutil

from benchmarks.harness import Context

NAME = "import"
TITLE = "Import throughput"
ORDER = 80

ROWS_BY_TIER = {"XS": 5_000, "S": 5_000, "M": 20_000, "L": 100_000}
BUDGET_ROWS = 5_000
_HEADER = ["Title", "Begin", "End", "Domain", "Parties", "Status"]
_DOMAINS = ["Trade", "Security", "Environment", "Trade,Environment", "NA"]
_PARTIES = ["Japan;United States", "JPN;EU", "日本;Germany", "Korea, Rep.;JP", "NA;GB", "France"]
_STATUS = ["in force", "signed", "Signed", "expired"]


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    if r < 0.6:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.75:
        return f"{y}-{m:02d}"
    if r < 0.85:
        return str(y)
    if r < 0.9:
        return f"{y}-{m:02d}-{d:02d}?"
    if r < 0.95:
        return f"{y}-XX-XX"
    return f"{y}-06-31"  # impossible: reported, not imported


def _rows(n: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        end = "9999-12-31" if rng.random() < 0.3 else ("NA" if rng.random() < 0.5 else _date(rng))
        rows.append([f"Agreement {i} between parties, on item {rng.randint(1, 999)}", _date(rng), end,
                     rng.choice(_DOMAINS), rng.choice(_PARTIES), rng.choice(_STATUS)])
    return rows


def _write_files(ctx: Context, n: int) -> tuple:
    import xlsxwriter

    rows = _rows(n)
    csv_path = ctx.scratch / f"treaties-{n}.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(_HEADER)
        w.writerows(rows)
    xlsx_path = ctx.scratch / f"treaties-{n}.xlsx"
    book = xlsxwriter.Workbook(str(xlsx_path), {"constant_memory": True})
    sheet = book.add_worksheet("Treaties")
    sheet.write_row(0, 0, _HEADER)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, row)
    book.close()
    return csv_path, xlsx_path


def _mapping():
    from explorer.importing.mapping import ImportMapping

    return ImportMapping(
        kind="events",
        columns={"title": ("Title",), "start": ("Begin",), "end": ("End",), "domains": ("Domain",),
                 "parties": ("Parties",), "status": ("Status",)},
        constants={"kind": "agreement"}, sentinels=("9999-12-31",),
        values={"domains": {"Trade": "trade", "Security": "defence", "Environment": "diplomacy",
                            "Trade,Environment": "trade;diplomacy"}})


def _import(path, out):
    from explorer.importing.engine import run_import
    from explorer.importing.pack_builder import write_import_pack
    from explorer.importing.source_table import read_table

    shutil.rmtree(out, ignore_errors=True)
    result = run_import(read_table(path), _mapping())
    write_import_pack(result, out)
    return result


def run(ctx: Context) -> None:
    import pandas as pd

    from benchmarks.harness import try_baseline

    sizes = [BUDGET_ROWS] if ctx.quick else sorted({BUDGET_ROWS, ROWS_BY_TIER[ctx.tier]})
    if ctx.quick:
        sizes = [2_000]
    for n in sizes:
        csv_path, xlsx_path = _write_files(ctx, n)
        out = ctx.scratch / "pack"
        result = _import(csv_path, out)
        ctx.info[f"rows_{n}"] = {"read": result.rows_read, "imported": len(result.records),
                                 "rejected": result.rejected_rows}
        reps = 1 if n > 20_000 else None
        for fmt, path in (("csv", csv_path), ("xlsx", xlsx_path)):
            seconds = ctx.measure(lambda p=path, out=out: _import(p, out), reps=reps,
                                  warmup=0 if reps else None, budget_s=120)
            if fmt == "csv":
                base, why = try_baseline(lambda csv_path=csv_path, reps=reps: ctx.measure(
                    lambda: pd.read_csv(csv_path, dtype=str, keep_default_na=False), reps=reps))
                base_label = "pandas.read_csv, parsing only"
            else:
                def openpyxl_rows(xlsx_path=xlsx_path):
                    import openpyxl

                    book = openpyxl.load_workbook(xlsx_path, read_only=True, data_only=True)
                    for _row in book.active.iter_rows(values_only=True):
                        pass
                    book.close()
                base, why = try_baseline(lambda reps=reps: ctx.measure(openpyxl_rows, reps=reps,
                                                                       warmup=0 if reps else None))
                base_label = "openpyxl read-only rows, parsing only"
            if n == BUDGET_ROWS or ctx.quick:
                ctx.record(f"import.{fmt}", f"{fmt.upper()} {n:,} rows → validated pack", seconds,
                           baseline=base, baseline_label=base_label, baseline_unavailable=why,
                           baseline_competes=False)
            ctx.record(f"import.{fmt}.rate_{n}", f"{fmt.upper()} {n:,} rows, throughput",
                       [n / s for s in seconds], unit="rows/s",
                       baseline=None if base is None else [n / s for s in base],
                       baseline_label=base_label, baseline_unavailable=why,
                       baseline_competes=False)
    ctx.note("Import: the user's wait from file to validated pack (read, detect, map every row, "
             "write, re-load to validate); the baselines only parse the file.")
