"""The import engine: a raw source table plus a mapping become pack rows, and every row not taken
is reported with its reason. The wizard and ``briefing-explorer import`` both call ``run_import``.

Cells are read through per-field readers that cache by distinct text (a 10^5-row treaty list has a few
thousand distinct dates), so the cost is one parse per distinct value plus one dict lookup per cell.

Missing-value tokens (``NA``, ``N/A``, ``NULL``, ``..``, empty, and the user's own) mean "no value" in
every mapped column: a summary "NA" is no summary, a source "NA" no source, a list item "NA" no item.
The one exception is a column that evidently holds country codes (most of its other values resolve
through the actor lookup): there ``NA`` is Namibia. Each such decision, and each column that is
mostly a missing token, is a ``ColumnFinding`` in the result (and a note in the report).

Numbers in a column of country codes are ISO 3166-1 numeric or Correlates of War codes, decided per
column on its distinct numbers (numeric_codes); a column both systems read about equally well stops
the import with ``AmbiguousCodes`` until the mapping says which (``codes``).

Outcomes per source row: *accepted* (possibly with notes on how a value was read), *skipped* (its value
is one of the missing tokens the user named, e.g. ``..``: there is nothing to import) or *rejected*
(with the field, column, reason and text). Nothing is dropped without a line in the report.

Defaults the engine fills when the mapping leaves a field out (documented in docs/import.md):
events ``id`` from the title, ``summary`` "Imported from FILE, row N.", ``source_ids`` the imported
file; observations and fx_rates ``source_id`` the imported file, ``scale`` 0; actors ``id``/``name``/
``kind`` from the actor lookup.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from itertools import compress
from operator import not_

from explorer.data.pack_schema import (
    ACTOR_KINDS,
    DOMAINS,
    MEASURES,
    Kind,
)
from explorer.domain.errors import ValueProblem
from explorer.importing.actor_lookup import ActorLookup
from explorer.importing.columnwise import (
    _RowBuilder,
)
from explorer.importing.findings import (
    CODE_SHARE,
    _code_systems,
    _column,
    _missing_token_findings,
)
from explorer.importing.import_context import (
    Reader,
    _Context,
    _FieldPlan,
)
from explorer.importing.mapping import ImportMapping, MappingError
from explorer.importing.messy_dates import (
    DateOptions,
    detect_day_order,
    parse_messy_period,
    surely_no_numeric_dmy,
)
from explorer.importing.messy_numbers import DEFAULT_MISSING, NumberOptions
from explorer.importing.numeric_codes import AmbiguousCodes
from explorer.importing.problems import ProblemCode
from explorer.importing.record_builder import (
    _LAST_DAY_PAD,
    _SURELY_PLAIN_ISO,
    _brief,
    _quick_date_text,
    cells_text,
)
from explorer.importing.results import (
    ACCEPTED,
    NOTE,
    REJECTED,
    SKIPPED,
    ColumnFinding,
    CreatedRecord,
    ImportCancelled,
    ImportResult,
    RowIssue,
    _Reject,
    issue,
)
from explorer.importing.slugs import (
    _slugify_many,
    clean_text,
    slugify,
)
from explorer.importing.source_table import SourceTable, gc_paused

# The public API (the wizard, the CLI and pack_builder import these from here), and the helpers the
# tests reach for, which now live in the modules named above.
__all__ = [
    "ACCEPTED",
    "CHECK_EVERY",
    "CODE_SHARE",
    "COLUMNWISE",
    "NOTE",
    "REJECTED",
    "SKIPPED",
    "_LAST_DAY_PAD",
    "_SURELY_PLAIN_ISO",
    "AmbiguousCodes",
    "ColumnFinding",
    "CreatedRecord",
    "ImportCancelled",
    "ImportResult",
    "Reader",
    "RowIssue",
    "_Reject",
    "_RowBuilder",
    "_quick_date_text",
    "_slugify_many",
    "cells_text",
    "clean_text",
    "run_import",
    "slugify",
]

_WB_PERIOD_SUFFIX = re.compile(r"\s*\[[A-Z]{2}\d{4}\]$")  # World Bank headers: "2001 [YR2001]"
CHECK_EVERY = 500  # rows between progress reports and cancel checks (and rows per column-wise block)
COLUMNWISE = True  # build records column by column where the mapping allows (False: row by row, for tests)
QUICK_REFUSALS = True  # a column-wise row refused with no notes reported at once (False: the row path)


# -- the engine ------------------------------------------------------------------------------------
def _decide_day_order(table: SourceTable, mapping: ImportMapping, date_fields: list[_FieldPlan],
                      taken: dict[int, list[str]] | None = None) -> str:
    if mapping.day_order != "auto":
        return mapping.day_order
    samples: set[str] = set()  # distinct texts: the verdict is the same
    for p in date_fields:
        if len(p.indexes) == 1:
            samples.update(_column(table.rows, p.indexes[0], taken))
    if surely_no_numeric_dmy(samples):  # (most files) detect_day_order would say "none"
        return "auto"
    verdict = detect_day_order(samples)
    return verdict if verdict in ("day_first", "month_first") else "auto"


def run_import(table: SourceTable, mapping: ImportMapping, *, lookup: ActorLookup | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               now: _dt.datetime | None = None) -> ImportResult:
    """Map every row of ``table``; raise MappingError for a mapping that cannot work at all
    (unknown columns, bad constants), ImportCancelled if ``cancelled()`` turns true."""
    # The engine makes a few objects per cell and no reference cycles: the cyclic collector would only
    # re-walk the growing table and records (at 10^5 rows it cost about a third of the import).
    with _gc_paused():
        return _run_import(table, mapping, lookup=lookup, progress=progress, cancelled=cancelled, now=now)


_gc_paused = gc_paused  # (shared with the reader)


def _run_import(table: SourceTable, mapping: ImportMapping, *, lookup: ActorLookup | None,
                progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                now: _dt.datetime | None) -> ImportResult:
    mapping.check(table.header)
    mapping = mapping.with_columns_of(table.header)  # ranges and globs -> the columns they name
    now = now or _dt.datetime.now().astimezone()
    base_lookup = lookup or ActorLookup.builtin()
    missing = (DEFAULT_MISSING if mapping.missing is None else frozenset(mapping.missing)) | {""}
    ctx = _Context(mapping=mapping, lookup=base_lookup.with_entries(mapping.actors) if mapping.actors
                   else base_lookup, file_name=table.path.name,
                   dates=DateOptions(), numbers=NumberOptions(
                       decimal_comma=mapping.decimal_comma, missing=missing),
                   imported_on=now.date().isoformat(), missing=missing,
                   no_value={f: frozenset(t.strip() for t in ts) for f, ts in mapping.missing_in.items() if ts})
    spec = mapping.resource
    header_index = {h: i for i, h in enumerate(table.header)}
    plans = [_FieldPlan(c, mapping.columns.get(c.name, ()),
                        tuple(header_index[x] for x in mapping.columns.get(c.name, ())),
                        mapping.constants.get(c.name), mapping.fallbacks.get(c.name, ""),
                        header_index.get(mapping.fallbacks.get(c.name, ""), -1))
             for c in spec.columns]
    columns: dict[int, list[str]] = {}  # the file's columns, each taken from its rows once for these three
    order = _decide_day_order(table, mapping, [p for p in plans if p.col.kind in (Kind.DATE, Kind.PERIOD)], columns)
    ctx.dates = DateOptions(order=order, sentinels=frozenset(mapping.sentinels),  # type: ignore[arg-type]
                            missing=missing)
    code_systems = _code_systems(table, plans, ctx, columns)
    findings = _missing_token_findings(table, plans, ctx, columns)
    del columns

    import_source = _import_source(table, mapping, now)
    ctx.sources[import_source["id"]] = import_source
    for d in mapping.new_domains:
        ctx.domains[d[0]] = dict(zip(("id", "label", "label_ja", "colour"), d))
    if mapping.kind == "observations" and mapping.constants["indicator.domain"] not in (*DOMAINS, *ctx.domains):
        raise MappingError(f"const: indicator.domain: {mapping.constants['indicator.domain']!r} is not one "
                           f"of {', '.join((*DOMAINS, *ctx.domains))} (declare it under new_domains)")
    if mapping.constants.get("indicator.measure", "other") not in MEASURES:
        raise MappingError(f"const: indicator.measure: not one of {', '.join(MEASURES)}")
    if mapping.constants.get("actor.kind", "organisation") not in ACTOR_KINDS:
        raise MappingError(f"const: actor.kind: not one of {', '.join(ACTOR_KINDS)}")

    row_builder = _RowBuilder(ctx, table, plans)
    constants = row_builder.read_constants()

    wide_cols: list[tuple[int, str, str]] = []  # (index, header, period)
    if mapping.wide_periods:
        used = {i for p in plans for i in p.indexes}
        for i, h in enumerate(table.header):
            if i in used:
                continue
            try:
                period = parse_messy_period(_WB_PERIOD_SUFFIX.sub("", h), ctx.dates)
            except ValueProblem:
                continue
            if period:
                wide_cols.append((i, h, period))
        if not wide_cols:
            raise MappingError("wide_periods: no column header is a period (a year such as 2001, a month "
                               "such as 2001-10)")

    records: list[dict[str, str]] = []
    record_rows: list[int] = []
    issues: list[RowIssue] = [RowIssue(table.header_row, f.column, f.field, NOTE, f.why, f.token,
                                       ProblemCode.MISSING_TOKEN_READING) for f in findings]
    issues += [RowIssue(table.header_row, c.column, c.field, NOTE, c.line(), "", ProblemCode.CODE_SYSTEM)
               for c in code_systems]
    accepted = rejected = skipped = 0
    total = len(table.rows)
    seen_ids: dict[str, int] = {}
    width = len(table.header)
    by_columns = COLUMNWISE and not wide_cols and row_builder.columnwise
    pk = spec.primary_key
    block: list[dict[str, str] | _Reject | None] = []
    block_notes: dict[int, list[RowIssue]] = {}
    rows, numbers = table.rows, table.row_numbers
    for n0 in range(0, total, CHECK_EVERY):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(n0, total)
        if by_columns:  # the next block of rows, read column by column (see build_columns)
            block, block_notes = row_builder.build_columns(
                rows[n0:n0 + CHECK_EVERY], numbers[n0:n0 + CHECK_EVERY], constants)
            if QUICK_REFUSALS and not block_notes:
                taken = _take_block(block, numbers[n0:n0 + CHECK_EVERY], pk, seen_ids, records, record_rows,
                                    issues)
                if taken is not None:
                    accepted += taken[0]
                    rejected += taken[1]
                    skipped += taken[2]
                    continue
        for n in range(n0, min(n0 + CHECK_EVERY, total)):  # row by row
            cells, rowno = rows[n], numbers[n]
            at = n - n0
            if by_columns and not (block_notes and at in block_notes):
                out = block[at]
                if type(out) is dict:  # (most rows) a record with no notes and a new id: taken as it is
                    if not pk:
                        records.append(out)
                        record_rows.append(rowno)
                        accepted += 1
                        continue
                    key = out[pk]
                    if key not in seen_ids:
                        seen_ids[key] = rowno
                        records.append(out)
                        record_rows.append(rowno)
                        accepted += 1
                        continue
                elif QUICK_REFUSALS and isinstance(out, _Reject):  # a refusal with no notes: one report line
                    issues.append(RowIssue(rowno, out.column, out.field, SKIPPED if out.skip else REJECTED,
                                           out.reason, out.found, out.code))
                    if out.skip:
                        skipped += 1
                    else:
                        rejected += 1
                    continue
            if len(cells) != width:
                issues.append(RowIssue(rowno, "", "", REJECTED,
                                       f"row has {len(cells)} cells, the header has {width}",
                                       _brief(cells), ProblemCode.WRONG_CELL_COUNT))
                rejected += 1
                continue
            notes: list[RowIssue] = []
            if by_columns:
                outcomes: list[dict[str, str] | _Reject] = [block[at]]  # type: ignore[list-item]  # set for every row of the header's width
                notes = block_notes.get(at, notes)
            elif wide_cols:
                outcomes = []
                for i, h, period in wide_cols:
                    outcomes.append(row_builder.build(cells, rowno, constants, notes,
                                                      wide=(i, h, period)))
            else:
                outcomes = [row_builder.build_fast(cells, rowno, constants, notes)]
            row_rejected = row_skipped = False
            row_accepted = False
            for outcome in outcomes:
                if isinstance(outcome, _Reject):
                    issues.append(RowIssue(rowno, outcome.column, outcome.field,
                                           SKIPPED if outcome.skip else REJECTED, outcome.reason, outcome.found,
                                           outcome.code))
                    if outcome.skip:
                        row_skipped = True
                    else:
                        row_rejected = True
                    continue
                rec = outcome
                if spec.primary_key:
                    key = rec[spec.primary_key]
                    if key in seen_ids:
                        if spec.primary_key in mapping.columns:
                            issues.append(RowIssue(rowno, ",".join(mapping.columns[spec.primary_key]),
                                                   spec.primary_key, REJECTED,
                                                   f"duplicate id (first at row {seen_ids[key]})", key,
                                                   ProblemCode.DUPLICATE_ID))
                            row_rejected = True
                            continue
                        base, k = key[:44], 2
                        while f"{base}-{k}" in seen_ids:
                            k += 1
                        rec[spec.primary_key] = key = f"{base}-{k}"
                    seen_ids[key] = rowno
                records.append(rec)
                record_rows.append(rowno)
                row_accepted = True
            issues.extend(notes)
            if row_rejected:
                rejected += 1
            elif row_accepted:
                accepted += 1
            elif row_skipped:
                skipped += 1
    if progress is not None:
        progress(total, total)

    if mapping.kind == "actors":
        # The imported actors are the actors resource; referenced ones (member_of) are added after.
        imported = {rec["id"] for rec in records}  # (once: it was rebuilt for every created record)
        for actor_id in imported:
            ctx.actors.pop(actor_id, None)
        ctx.created = [c for c in ctx.created if not (c.resource == "actors" and c.id in imported)]
    return ImportResult(
        table=table, mapping=mapping, imported_at=now.isoformat(timespec="seconds"),
        records=records, record_rows=record_rows, issues=issues,
        actors=list(ctx.actors.values()), indicators=list(ctx.indicators.values()),
        sources=list(ctx.sources.values()), created=ctx.created, column_findings=findings,
        code_systems=code_systems,
        domains=list(ctx.domains.values()),
        rows_read=total, accepted_rows=accepted, rejected_rows=rejected, skipped_rows=skipped,
    )


def _take_block(block: list[dict[str, str] | _Reject | None], rownos: list[int], pk: str | None,
                seen_ids: dict[str, int], records: list[dict[str, str]], record_rows: list[int],
                issues: list[RowIssue]) -> tuple[int, int, int] | None:
    """A column-wise block with no notes taken whole, as the row loop takes it row by row: its
    records (their ids all new) and a report line per refusal, in row order. Returns (accepted,
    rejected, skipped), or None, taking nothing, when a row needs the loop (a cell count that
    differs from the header's, an id already seen or repeated in the block)."""
    is_rec = [type(out) is dict for out in block]
    recs: list[dict[str, str]] = list(compress(block, is_rec))  # type: ignore[arg-type]  # the dicts
    refusals = [(rowno, out) for rowno, out in compress(zip(rownos, block), map(not_, is_rec))
                if type(out) is _Reject]
    if len(recs) + len(refusals) != len(block):
        return None
    rec_rows = list(compress(rownos, is_rec))
    if pk:
        keys = [rec[pk] for rec in recs]
        if len(set(keys)) != len(keys) or not seen_ids.keys().isdisjoint(keys):
            return None
        seen_ids.update(zip(keys, rec_rows))
    records += recs
    record_rows += rec_rows
    skips = 0
    for rowno, out in refusals:
        skips += out.skip
        issues.append(issue(rowno, out.column, out.field, SKIPPED if out.skip else REJECTED, out.reason,
                            out.found, out.code))
    return len(recs), len(refusals) - skips, skips


def _import_source(table: SourceTable, mapping: ImportMapping, now: _dt.datetime) -> dict[str, str]:
    from explorer import __version__

    where = f", sheet {table.sheet!r}" if table.sheet else ""
    return {
        "id": "import-" + (slugify(table.path.stem, 40) or "file"),
        "title": table.path.name,
        "publisher": "the user's own file",
        "published": now.date().isoformat(),
        "url": "",
        # How the pack was made is the editor's concern, not a reader's (pack format 2).
        "editor_note": (f"Imported {now.isoformat(timespec='seconds')} by Briefing Explorer {__version__} from "
                 f"{table.path.name}{where} (SHA-256 {table.sha256}; {table.encoding}"
                 f"{', header row ' + str(table.header_row) if table.header_row else ''}). "
                 f"Mapping: {mapping.summary()}"),
    }
