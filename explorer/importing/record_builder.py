"""Building pack records from source rows: ``_RecordBuilder`` reads a row field by field (``build``,
the reference; ``build_fast``, each field read once per distinct text) and fills defaults and
cross-checks. The column-wise path is its subclass in columnwise.py. (Moved out of engine.py.)
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from typing import Any

from explorer.data.pack_schema import (
    Kind,
)
from explorer.domain.dates import PartialDate, Period, day_number
from explorer.domain.errors import ValueProblem
from explorer.importing.import_context import (
    Reader,
    _Context,
    _FieldPlan,
    _make_reader,
)
from explorer.importing.mapping import AUTO_FIELDS, WIDE_FIELDS, MappingError
from explorer.importing.messy_dates import (
    AmbiguousDayOrder,
    MessyDate,
    date_from_parts,
    month_days,
    parse_messy_date,
    parse_messy_period,
    plain_iso_parts,
    plain_iso_problem,
)
from explorer.importing.messy_numbers import parse_messy_number
from explorer.importing.problems import ProblemCode
from explorer.importing.results import (
    NOTE,
    RowIssue,
    _detached,
    _Reject,
)
from explorer.importing.slugs import (
    _CONTROL,
    clean_text,
    slugify,
)
from explorer.importing.source_table import SourceTable

_MISS = object()  # "not in the cache" (None is a cached result)
# What makes a plain ISO date's text an upper bound of its last day, by the text's length (a day past
# a short month's end still sorts before the next month's first day).
_LAST_DAY_PAD = {4: "-12-31", 7: "-31", 10: ""}
# A plain ISO date that is surely a real date (years 1000-2199, days up to 28): a subset of what
# messy_dates.plain_iso_parts reads, checked by one C call (the rest take the longer way).
_SURELY_PLAIN_ISO = re.compile(
    r"(?:1[0-9]{3}|2[01][0-9]{2})(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)?").fullmatch
# The other dates spreadsheets are full of, read as messy_dates does, without a note: such a date
# marked uncertain or approximate ("2019-02-01?", "2019~"), and unknown parts written as XX
# ("1983-XX-XX", "1983-05-XX"). The matching group is the pack text.
_SURELY_QUICK_DATE = re.compile(
    r"((?:1[0-9]{3}|2[01][0-9]{2})(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)?[?~])"
    r"|((?:1[0-9]{3}|2[01][0-9]{2}))(?:-XX-XX|-xx-xx)"
    r"|((?:1[0-9]{3}|2[01][0-9]{2})-(?:0[1-9]|1[0-2]))(?:-XX|-xx)").fullmatch


def _quick_date_text(t: str) -> str | None:
    """The pack text of a stripped date cell that surely reads without a note or a refusal (a plain
    ISO date, one marked ? or ~, one with XX parts), else None (messy_dates reads it)."""
    if _SURELY_PLAIN_ISO(t):
        return t
    m = _SURELY_QUICK_DATE(t)
    if m is None:
        return None
    return m[1] or m[2] or m[3]
# How the fast path turns a field's value into pack text (see _RowBuilder.build_fast).
_T_NONE, _T_DATE, _T_NUMBER, _T_TEXT, _T_OTHER = "none", "date", "number", "text", "other"


def _year_month_day(texts: tuple[str, ...]) -> tuple[str, str, str]:
    """A date's cells split over columns (year, month[, day]) as the three parts."""
    year, month, day = (*texts, "", "")[:3]
    return year, month, day


class _RecordBuilder:
    """Builds one pack record from one source row (or one period cell of it)."""

    # build_fast's caches, set by _prepare_fast
    _static: list[tuple[Any, ...] | None] | None
    _static_values: dict[str, object]
    _required: list[bool]
    _simple: bool
    _rec_template: dict[str, str]

    def __init__(self, ctx: _Context, table: SourceTable, plans: list[_FieldPlan]) -> None:
        self.ctx = ctx
        self.table = table
        self.plans = plans
        self.kind = ctx.mapping.kind
        self.field_names = {p.col.name for p in plans}
        # Required field -> its source columns, for the fields no default fills (an event's id is
        # made from its title)
        self._required_columns = {p.col.name: ",".join(p.columns) for p in plans
                                  if p.col.required and p.col.name not in AUTO_FIELDS[self.kind]}
        self.readers: dict[str, Reader] = {}
        for p in plans:
            if p.col.kind not in (Kind.DATE, Kind.PERIOD, Kind.NUMBER):
                self.readers[p.col.name] = _make_reader(ctx, p.col)
        self._date_cache: dict[tuple[str, ...], object] = {}
        self._number_cache: dict[str, object] = {}
        wide = WIDE_FIELDS.get(self.kind, ())
        self.wide_period_field = wide[0] if wide else ""
        self.wide_value_field = wide[1] if wide else ""
        self._prepare_fast()

    def read_constants(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for p in self.plans:
            if p.constant is None:
                continue
            try:
                out[p.col.name] = self._read(p, (p.constant,), "")
            except _Reject as e:
                raise MappingError(f"const: {p.col.name}: {e.reason} (found: {e.found!r})") from None
        return out

    # dates, periods and numbers return structured values (notes, ranges, qualifiers)
    def _read(self, p: _FieldPlan, texts: tuple[str, ...], column: str) -> object:
        kind = p.col.kind
        own = self.ctx.no_value.get(p.col.name)
        if own and any(t.strip() in own for t in texts):  # this field's own "no value" tokens
            texts = tuple("" if t.strip() in own else t for t in texts)
        if kind is Kind.DATE or kind is Kind.PERIOD:
            key = (p.col.name, *texts)
            hit = self._date_cache.get(key, _MISS)
            if hit is _MISS:  # None (no date) is a result too: cached like the others
                try:
                    hit = self._read_date(p, texts, column)
                except _Reject as e:
                    hit = e
                self._date_cache[key] = hit
            if isinstance(hit, _Reject):
                raise hit
            return hit
        if kind is Kind.NUMBER:
            text = texts[0]
            hit = self._number_cache.get(text)
            if hit is None:
                try:
                    hit = parse_messy_number(text, self.ctx.numbers) or _Reject(
                        p.col.name, column, "no value", text, skip=True, code=ProblemCode.NO_VALUE)
                except ValueProblem as e:
                    hit = _Reject(p.col.name, column, e.message, text, code=ProblemCode.UNPARSED_NUMBER)
                self._number_cache[text] = hit
            if isinstance(hit, _Reject):
                raise _Reject(hit.field, column, hit.reason, hit.found, hit.skip, code=hit.code)
            return hit
        return self.readers[p.col.name](texts[0], column)

    def _read_date(self, p: _FieldPlan, texts: tuple[str, ...], column: str) -> object:
        opts = self.ctx.dates
        name = p.col.name
        try:
            if p.col.kind is Kind.PERIOD:
                if len(texts) == 1:
                    return parse_messy_period(texts[0], opts, as_precision=self.ctx.mapping.period_precision)
                d = date_from_parts(*_year_month_day(texts), options=opts)
                if d is None:
                    return None
                return parse_messy_period(d.start.iso().rstrip("~?"), opts,
                                          as_precision=self.ctx.mapping.period_precision)
            if len(texts) == 1:
                return parse_messy_date(texts[0], opts)
            return date_from_parts(*_year_month_day(texts), options=opts)
        except AmbiguousDayOrder as e:
            raise _Reject(name, column, "day and month could be either way round: choose day-first or "
                          "month-first for this file (--day-first / --month-first)", e.found,
                          code=ProblemCode.AMBIGUOUS_DAY_ORDER) from None
        except ValueProblem as e:
            raise _Reject(name, column, e.message, " / ".join(texts), code=ProblemCode.UNPARSED_DATE) from None

    def build(self, cells: list[str], rowno: int, constants: dict[str, object], notes: list[RowIssue],
              wide: tuple[int, str, str] | None = None) -> dict[str, str] | _Reject:
        rec: dict[str, str] = {}
        values: dict[str, object] = {}
        try:
            for p in self.plans:
                name = p.col.name
                if wide is not None and name == self.wide_period_field:
                    values[name] = wide[2]
                    continue
                if wide is not None and name == self.wide_value_field:
                    values[name] = self._read(p, (cells[wide[0]],), wide[1])
                    continue
                if p.constant is not None:
                    values[name] = constants[name]
                    continue
                if not p.indexes:
                    continue
                if len(p.indexes) > 1 and p.col.kind in (Kind.SLUG_LIST, Kind.ENUM_LIST):
                    values[name] = self._read_spread_list(p, cells)
                    continue
                texts = tuple(cells[i] for i in p.indexes)
                column = ",".join(p.columns)
                values[name] = self._read(p, texts, column)
                if values[name] is None and p.fallback_index >= 0 and cells[p.fallback_index].strip():
                    values[name] = self._read(p, (cells[p.fallback_index],), p.fallback)
                    if values[name] is not None:
                        notes.append(RowIssue(rowno, p.fallback, name, NOTE,
                                              f"no date in {column}: read from {p.fallback}",
                                              cells[p.fallback_index], ProblemCode.DATE_FROM_FALLBACK))
            return self._finish(values, rec, cells, rowno, notes, wide)
        except _Reject as e:
            return e

    # -- the per-row fast path: each field read once per distinct text ------------------------------
    # A row is read field by field in plan order, as ``build`` does (the first refusal wins, and an
    # actor, source or domain is created at its first accepted use), but each field's reading and
    # its conversion to pack text are cached by the cells the field reads: a 10^5-row file costs one
    # parse per distinct value plus a few dict look-ups per cell. ``build`` stays the reference (and
    # serves wide tables); tests/importing/test_engine_equivalence.py pins that both agree.
    def build_fast(self, cells: list[str], rowno: int, constants: dict[str, object],
                   notes: list[RowIssue]) -> dict[str, str] | _Reject:
        if self._static is None:
            self._init_static(cells, constants)
        assert self._static is not None
        if self._simple:
            return self._build_simple(cells, rowno, constants, notes)
        entries = self._static.copy()
        values = self._static_values.copy()
        for pos, name, i, idx, cache, p in self._steps:
            key = cells[i] if idx is None else tuple([cells[j] for j in idx])
            entry = cache.get(key)
            if entry is None:
                entry = cache[key] = self._field_entry(p, cells, constants)
            if entry[1]:  # a date read from the fallback column
                for note in entry[1]:
                    notes.append(RowIssue(rowno, *note))
            if entry[0] is not None:  # refused: the row's outcome
                return entry[0]
            if entry[2] is not _MISS:
                values[name] = entry[2]
            entries[pos] = entry
        try:
            return self._finish_fast(values, entries, cells, rowno, notes)  # type: ignore[arg-type]  # every slot is filled by now
        except _Reject as e:
            return e

    def _init_static(self, cells: list[str], constants: dict[str, object]) -> None:
        """Constants and unmapped fields: the same in every row (read with the first row's cells)."""
        self._static = [self._field_entry(p, cells, constants) if i not in self._dynamic else None
                        for i, p in enumerate(self.plans)]
        self._static_values = {p.col.name: e[2] for p, e in zip(self.plans, self._static)
                               if e is not None and e[2] is not _MISS}
        self._simple = self._simple and not any(
            req and e is not None and not e[4] for req, e in zip(self._required, self._static))
        self._rec_template = {p.col.name: (e[4] if e is not None else "")
                              for p, e in zip(self.plans, self._static)}

    def _build_simple(self, cells: list[str], rowno: int, constants: dict[str, object],
                      notes: list[RowIssue]) -> dict[str, str] | _Reject:
        """``build_fast`` for a resource without numbers (events, actors): no field changes
        another, so a record is its fields' cached pack texts, in plan order. Plain text fields
        cannot refuse a row and are read straight from the cell (titles are mostly distinct)."""
        got = []
        rec = self._rec_template.copy()  # every field, in plan order; the mapped ones filled below
        required = self._required
        attention = False  # a field's notes on its value, or a required field left empty
        for pos, name, i, idx, cache, p in self._read_steps:
            key = cells[i] if idx is None else tuple([cells[j] for j in idx])
            entry = cache.get(key)
            if entry is None:
                entry = cache[key] = self._simple_entry(pos, p, cells, constants)
            if entry[1]:  # a date read from the fallback column
                for note in entry[1]:
                    notes.append(RowIssue(rowno, *note))
            if entry[0] is not None:  # refused: the row's outcome
                return entry[0]
            rec[name] = entry[4]
            if entry[5] or (not entry[4] and required[pos]):
                attention = True
            got.append(entry)
        if not attention:  # (most rows) only the plain text fields are left, in plan order
            for pos, name, i, blank, p in self._text_steps:
                text = cells[i].strip()
                if text in blank:
                    text = ""
                rec[name] = text
                if not text and required[pos]:
                    return self._empty_refusal(p, cells, rec, name)
        else:  # the whole fill, field by field in plan order, as before
            entries = iter(got)
            for pos, name, i, blank, p in self._fill_steps:
                if blank is not None:  # plain text: the cell, stripped, or "" for a missing token
                    text = cells[i].strip()
                    if text in blank:
                        text = ""
                    rec[name] = text
                else:
                    entry = next(entries)
                    text = rec[name] = entry[4]
                    if entry[5]:
                        for note in entry[5]:
                            notes.append(RowIssue(rowno, *note))
                if not text and required[pos]:
                    if blank is None:  # the refusal depends on the field's cells only: made once per entry
                        refusal = self._empty_refusals.get(id(entry))
                        if refusal is None:
                            refusal = self._empty_refusals[id(entry)] = self._empty_refusal(p, cells, rec, name)
                        return refusal
                    return self._empty_refusal(p, cells, rec, name)
        try:
            self._remove_control_characters(rec, rowno, notes)
            if self.kind == "events":  # _defaults and _cross_checks of an event, inline
                if not rec["id"]:
                    rec["id"] = slugify(rec["title"]) or f"row-{rowno}"
                if not rec["summary"]:
                    rec["summary"] = f"Imported from {self.ctx.file_name}, row {rowno}."
                src = next(iter(self.ctx.sources))  # the imported file is always the first source
                cited = rec["source_ids"]  # the file's own source last, once
                rec["source_ids"] = cited + ";" + src if cited and cited != src else src
                if rec["end"]:
                    spans = self._day_span
                    start = spans.get(rec["start"]) or self._span(rec["start"])
                    end = spans.get(rec["end"]) or self._span(rec["end"])
                    if end[1] < start[0]:
                        self._cross_checks(rec, rowno)  # refuses, in its own words
            else:
                self._defaults(rec, rowno, fill=False)
                self._cross_checks(rec, rowno)
        except _Reject as e:
            return e
        return rec


    def _empty_refusal(self, p: _FieldPlan, cells: list[str], rec: dict[str, str], name: str) -> _Reject:
        try:
            self._refuse_empty(p, cells, rec, name)
        except _Reject as e:
            return _detached(e)
        raise AssertionError("_refuse_empty always refuses")

    def _simple_entry(self, pos: int, p: _FieldPlan, cells: list[str], constants: dict[str, object]) -> tuple:
        """``_field_entry``, with plain ISO dates (most of a file's) read without the general parser."""
        if pos in self._plain_dates:
            text = cells[p.indexes[0]]
            t = text.strip()
            if t not in self._plain_dates[pos]:
                if (parts := plain_iso_parts(t)) is not None:
                    self._iso_parts[t] = parts  # for _span, should the row have an end
                    # what parse_messy_date makes of it: the date as written, no notes (the value
                    # itself is not kept: a record without numbers needs only the text)
                    return (None, (), None, _T_DATE, t, ())
                if (problem := plain_iso_problem(t)) is not None:  # (2001-06-31) refused, in the same words
                    return (_Reject(p.col.name, ",".join(p.columns), problem, text, code=ProblemCode.UNPARSED_DATE),
                            (), _MISS, _T_NONE, "", ())
        return self._field_entry(p, cells, constants)

    def _prepare_simple(self) -> None:
        ctx = self.ctx
        self._read_steps: list[tuple[Any, ...]] = []
        self._fill_steps: list[tuple[Any, ...]] = []
        self._text_steps: list[tuple[Any, ...]] = []  # the plain text ones among them
        self._plain_dates: dict[int, frozenset[str]] = {}
        # id(cached entry) -> the refusal of a required field it leaves empty (the entries live as
        # long as the builder, so their ids stay theirs)
        self._empty_refusals: dict[int, _Reject] = {}
        for step in self._steps:
            pos, name, i, idx, _cache, p = step
            lone = idx is None and p.fallback_index < 0
            if lone and p.col.kind is Kind.TEXT and not ctx.mapping.values.get(name):
                # ctx.blank, as a set: the field's own "no value" words, and missing tokens not read as values
                blank = ctx.no_value.get(name, frozenset()) | (ctx.missing - ctx.literal.get(name, frozenset()))
                self._fill_steps.append((pos, name, i, frozenset(blank), p))
                self._text_steps.append((pos, name, i, frozenset(blank), p))
                continue
            if lone and p.col.kind is Kind.DATE:
                self._plain_dates[pos] = (ctx.dates.missing | ctx.dates.sentinels
                                          | ctx.no_value.get(name, frozenset()))
            self._read_steps.append(step)
            self._fill_steps.append((pos, name, i, None, p))
        # build_columns: the fields whose reading creates records (actors, sources, indicators, new
        # domains) are read in row order; it serves only mappings with at most one such field per
        # resource, so sorting the created list by (row, field) gives the row-by-row order exactly.
        self._creating: set[int] = set()
        makers: Counter[str] = Counter()
        for pos, _name, _i, _idx, _cache, p in self._read_steps:
            made = p.col.references if p.col.references in ("actors", "sources", "indicators") else (
                "domains" if p.col.extended_by == "domains" and ctx.mapping.create_domains else "")
            if made and not (self.kind == "actors" and p.col.name == "id"):  # (the own id creates nothing)
                self._creating.add(pos)
                makers[made] += 1
        self.columnwise = all(n <= 1 for n in makers.values())
        self._ok: dict[int, dict[Any, bool]] = {step[0]: {} for step in self._read_steps}
        self._text_of: dict[int, dict[Any, str]] = {step[0]: {} for step in self._read_steps}  # pack texts

    def _prepare_fast(self) -> None:
        steps: list[tuple[Any, ...]] = []
        for pos, p in enumerate(self.plans):
            if p.constant is not None or not p.indexes:
                continue
            idx = p.indexes + ((p.fallback_index,) if p.fallback_index >= 0 else ())
            steps.append((pos, p.col.name, idx[0], None if len(idx) == 1 else idx, {}, p))
        self._steps = steps
        self._dynamic = {s[0] for s in steps}
        self._static = None
        self._static_values = {}
        self._required = [p.col.required and p.col.name not in AUTO_FIELDS[self.kind] for p in self.plans]
        self._simple = not any(p.col.kind is Kind.NUMBER for p in self.plans)  # see _build_simple
        self.columnwise = False  # build_columns serves this mapping (set by _prepare_simple)
        if self._simple:
            self._prepare_simple()
        self._rec_template = {}
        self._day_span: dict[str, tuple[int, int]] = {}
        self._iso_parts: dict[str, tuple[int, int | None, int | None]] = {}  # plain ISO dates read

    def _field_entry(self, p: _FieldPlan, cells: list[str], constants: dict[str, object]) -> tuple:
        """(refusal or None, notes, value read (or _MISS), tag, pack text, notes on the value) for one
        field of one row; depends on the field's cells only, so it is cached by them."""
        name = p.col.name
        pre: list[tuple[str, str, str, str, str, str]] = []
        try:
            if p.constant is not None:
                v = constants[name]
            elif not p.indexes:
                return (None, (), _MISS, _T_NONE, "", ())
            elif len(p.indexes) > 1 and p.col.kind in (Kind.SLUG_LIST, Kind.ENUM_LIST):
                v = self._read_spread_list(p, cells)
            else:
                texts = tuple(cells[i] for i in p.indexes)
                column = ",".join(p.columns)
                v = self._read(p, texts, column)
                if v is None and p.fallback_index >= 0 and cells[p.fallback_index].strip():
                    v = self._read(p, (cells[p.fallback_index],), p.fallback)
                    if v is not None:
                        pre.append((p.fallback, name, NOTE, f"no date in {column}: read from {p.fallback}",
                                    cells[p.fallback_index], ProblemCode.DATE_FROM_FALLBACK))
        except _Reject as e:
            return (_detached(e), tuple(pre), _MISS, _T_NONE, "", ())
        if type(v) is str:  # most fields: the text is the pack text
            return (None, tuple(pre), v, _T_TEXT, v, ())
        column = ",".join(p.columns)
        if isinstance(v, MessyDate):
            post = []
            d: PartialDate = v.start
            if v.end is not None:
                d = v.end if name == "end" else v.start
                d = PartialDate(d.year, d.month, d.day, approximate=False, uncertain=True)
                post.append((column, name, NOTE, f"a range: read as {d.iso()} (uncertain)", _range_text(v),
                             ProblemCode.DATE_RANGE))
            if v.note:
                post.append((column, name, NOTE, v.note, cells_text(cells, p), ProblemCode.DATE_NOTE))
            return (None, tuple(pre), v, _T_DATE, d.iso(), tuple(post))
        if v is None:
            return (None, tuple(pre), v, _T_NONE, "", ())
        if hasattr(v, "value") and hasattr(v, "footnote"):  # MessyNumber
            return (None, tuple(pre), v, _T_NUMBER, format(v.value, ".15g"), ())
        return (None, tuple(pre), v, _T_TEXT, str(v), ())

    def _finish_fast(self, values: dict[str, object], entries: list[tuple], cells: list[str], rowno: int,
                     notes: list[RowIssue]) -> dict[str, str]:
        """``_finish`` over cached entries: the same branches in the same order."""
        rec: dict[str, str] = {}
        extra_note: list[str] = []
        for p, entry, required in zip(self.plans, entries, self._required):
            name = p.col.name
            v = values.get(name)
            tag = entry[3]
            if v is not entry[2] and not (v is None and entry[2] is _MISS):
                tag = _T_OTHER  # set by a number's qualifier or % (only those differ from the entry)
            if tag is _T_DATE:
                for note in entry[5]:
                    notes.append(RowIssue(rowno, *note))
                rec[name] = entry[4]
            elif v is None:
                rec[name] = ""
            elif tag is _T_NUMBER:
                rec[name] = entry[4]
                self._number_extras(v, values, rec, extra_note)
            else:
                if rec.get(name):  # already set from a number's qualifier or %
                    continue
                rec[name] = entry[4] if tag is _T_TEXT else str(v)
            if required and not rec.get(name):
                self._refuse_empty(p, cells, rec, name)
        self._remove_control_characters(rec, rowno, notes)
        self._defaults(rec, rowno, fill=False)
        if extra_note and "note" in rec:
            rec["note"] = "; ".join(x for x in [rec.get("note", ""), *extra_note] if x)
        self._cross_checks(rec, rowno)
        return rec

    def _number_extras(self, v: Any, values: dict[str, object], rec: dict[str, str],
                       extra_note: list[str]) -> None:
        """What a published number carries besides its value: its footnote (into the note), its
        qualifier (into ``qualifier`` unless one is mapped) and a % sign (the unit, or a note when
        another unit is mapped). ``v`` is a ``MessyNumber``."""
        if v.footnote:
            extra_note.append(f"footnote {v.footnote}")
        if v.qualifier and "qualifier" in self.field_names and not values.get("qualifier"):
            values["qualifier"] = v.qualifier
            rec["qualifier"] = v.qualifier
        if v.percent:
            if not values.get("unit"):
                values["unit"] = "%"
                rec["unit"] = "%"
            elif values.get("unit") != "%":
                extra_note.append("published with %")

    def _refuse_empty(self, p: _FieldPlan, cells: list[str], rec: dict[str, str], name: str,
                      column: str | None = None, found: str | None = None) -> None:
        """Reject the row: the required field ``name`` came out empty (``found``: the source text,
        ``column``: where it was read; by default the plan's columns)."""
        ctx = self.ctx
        column = ",".join(p.columns) if column is None else column
        if found is None:
            found = cells_text(cells, p) if p.indexes else ""
        skip = (p.col.kind is Kind.NUMBER and found.strip() != "")
        reason = "no value" if skip else (
            "empty; a value is required" if not found.strip() else
            f"{found.strip()!r} means no value; a value is required"
            if ctx.blank(name, found) else "open-ended or missing; a value is required")
        if p.col.kind is Kind.NUMBER and not found.strip():
            skip, reason = True, "no value"
        raise _Reject(name, column, reason, found, skip=skip, code=_empty_code(ctx, name, found, skip))

    def _read_spread_list(self, p: _FieldPlan, cells: list[str]) -> str:
        """A list whose items are spread over many columns (members in c1…c194): each cell read on
        its own, so a rejection names the column that holds the bad text."""
        read = self.readers[p.col.name]
        out: dict[str, None] = {}
        for i, column in zip(p.indexes, p.columns):
            for part in read(cells[i], column).split(";"):
                if part:
                    out[part] = None
        return ";".join(out)

    def _finish(self, values: dict[str, object], rec: dict[str, str], cells: list[str], rowno: int,
                notes: list[RowIssue], wide: tuple[int, str, str] | None) -> dict[str, str] | _Reject:
        extra_note: list[str] = []
        for p in self.plans:
            name = p.col.name
            v = values.get(name)
            column = wide[1] if (wide is not None and name == self.wide_value_field) else ",".join(p.columns)
            if isinstance(v, MessyDate):
                d: PartialDate = v.start
                if v.end is not None:  # a range "A..B": somewhere between A and B
                    d = v.end if name == "end" else v.start
                    d = PartialDate(d.year, d.month, d.day, approximate=False, uncertain=True)
                    notes.append(RowIssue(rowno, column, name, NOTE,
                                          f"a range: read as {d.iso()} (uncertain)", _range_text(v),
                                          ProblemCode.DATE_RANGE))
                if v.note:
                    notes.append(RowIssue(rowno, column, name, NOTE, v.note, cells_text(cells, p),
                                          ProblemCode.DATE_NOTE))
                rec[name] = d.iso()
            elif v is None:
                rec[name] = ""
            elif hasattr(v, "value") and hasattr(v, "footnote"):  # MessyNumber
                rec[name] = format(v.value, ".15g")
                self._number_extras(v, values, rec, extra_note)
            else:
                if rec.get(name):  # already set from a number's qualifier or %
                    continue
                rec[name] = str(v)
            if p.col.required and not rec.get(name) and name not in AUTO_FIELDS[self.kind]:
                wide_cell = wide is not None and name == self.wide_value_field
                self._refuse_empty(p, cells, rec, name, column=column,
                                   found=cells[wide[0]] if wide is not None and wide_cell else None)
        self._remove_control_characters(rec, rowno, notes)
        self._defaults(rec, rowno)
        if extra_note and "note" in rec:
            rec["note"] = "; ".join(x for x in [rec.get("note", ""), *extra_note] if x)
        self._cross_checks(rec, rowno)
        return rec

    def _remove_control_characters(self, rec: dict[str, str], rowno: int, notes: list[RowIssue]) -> None:
        """Control characters (the pack loader refuses them) taken out of every value, each cleaned
        value noted. One search over the whole record first: they are rare. A required value that
        held nothing else is left empty: the row is refused (the pack would not load)."""
        if not _CONTROL.search("".join(rec.values())):
            return
        for name, value in rec.items():
            cleaned = clean_text(value)
            if cleaned is not value:
                rec[name] = cleaned
                notes.append(RowIssue(rowno, "", name, NOTE, "control characters removed", repr(value),
                                      ProblemCode.CONTROL_CHARACTERS))
                if not cleaned.strip() and (column := self._required_columns.get(name)) is not None:
                    raise _Reject(name, column, "only control characters; a value is required", repr(value),
                                  code=ProblemCode.MISSING_REQUIRED)

    def _defaults(self, rec: dict[str, str], rowno: int, fill: bool = True) -> None:
        ctx, kind = self.ctx, self.kind
        src = next(iter(ctx.sources))  # the imported file is always the first source
        if fill:  # (the fast path's record already holds every field)
            for p in self.plans:
                rec.setdefault(p.col.name, "")
        if kind == "events":
            if not rec["id"]:
                rec["id"] = slugify(rec["title"]) or f"row-{rowno}"
            if not rec["summary"]:
                rec["summary"] = f"Imported from {ctx.file_name}, row {rowno}."
            cited = rec["source_ids"]  # the file's own source last, once
            rec["source_ids"] = cited + ";" + src if cited and cited != src else src
        elif kind in ("observations", "fx_rates"):
            if not rec["source_id"]:
                rec["source_id"] = src
            if kind == "observations" and not rec["scale"]:
                rec["scale"] = "0"
        elif kind == "actors":
            named = rec["id"] or rec["name"] or rec["name_ja"] or rec["iso3"]
            entry = ctx.resolve(named, "id") if named else None
            if not rec["id"]:
                rec["id"] = entry.id if entry else slugify(rec["name"])
            if not rec["name"]:
                rec["name"] = entry.name if entry else rec["id"]
            if not rec["kind"]:
                if entry is None:
                    raise _Reject("kind", "", "not in the actor lookup: map kind or give --const kind=",
                                  named, code=ProblemCode.UNKNOWN_ACTOR_KIND)
                rec["kind"] = entry.kind
            if entry is not None:
                rec["name_ja"] = rec["name_ja"] or entry.name_ja
                rec["iso3"] = rec["iso3"] or entry.iso3
            if not rec["id"]:
                raise _Reject("id", "", "no letters or digits to make an id from", rec["name"],
                              code=ProblemCode.NO_ID_TEXT)

    def _span(self, iso: str) -> tuple[int, int]:
        """First and last day of a pack date, parsed once per distinct text."""
        span = self._day_span.get(iso)
        if span is None:
            parts = self._iso_parts.get(iso) or plain_iso_parts(iso)
            if parts is None:  # a marked date (2019?, 2019~)
                d = PartialDate.parse(iso)
                span = (d.start_day, d.end_day)
            else:
                y, m, dd = parts
                first = _dt.date(y, m or 1, dd or 1)
                last = first if dd else _dt.date(y, m or 12, month_days(y, m) if m else 31)
                span = (day_number(first), day_number(last))
            self._day_span[iso] = span
        return span

    def _ends_before_start(self, rec: dict[str, str]) -> _Reject:
        return _Reject("end", ",".join(self.ctx.mapping.columns.get("end", ())), "ends before it starts",
                       f"{rec['start']} to {rec['end']}", code=ProblemCode.ENDS_BEFORE_START)

    def _cross_checks(self, rec: dict[str, str], rowno: int) -> None:
        if self.kind == "events" and rec["end"]:
            s, e = self._span(rec["start"]), self._span(rec["end"])
            if e[1] < s[0]:
                raise self._ends_before_start(rec)
        if self.kind == "fx_rates":
            if float(rec["rate"]) <= 0:
                raise _Reject("rate", ",".join(self.ctx.mapping.columns.get("rate", ())),
                              "rate must be positive", rec["rate"],
                              code=ProblemCode.RATE_NOT_POSITIVE)
            if rec["base"] == rec["quote"]:
                raise _Reject("quote", ",".join(self.ctx.mapping.columns.get("quote", ())),
                              "quote is the same currency as base", rec["quote"],
                              code=ProblemCode.SAME_CURRENCY)
        if self.kind in ("observations", "fx_rates"):
            Period.parse(rec["period"])  # readers only produce valid periods; a failure here is a bug


def _empty_code(ctx: _Context, name: str, found: str, skip: bool) -> ProblemCode:
    """The code of a required field left empty (the reason is chosen alongside, in the same order)."""
    if skip:
        return ProblemCode.NO_VALUE
    if found.strip() and ctx.blank(name, found):
        return ProblemCode.MISSING_TOKEN_REQUIRED
    return ProblemCode.MISSING_REQUIRED


def cells_text(cells: list[str], p: _FieldPlan) -> str:
    if len(p.indexes) > 3:  # a list over many columns: the filled ones
        return _brief([cells[i] for i in p.indexes if cells[i].strip()])
    return " / ".join(cells[i] for i in p.indexes)


def _range_text(v: MessyDate) -> str:
    return f"{v.start.iso()}..{v.end.iso() if v.end else ''}"


def _brief(cells: list[str]) -> str:
    text = ",".join(cells)
    return text if len(text) <= 80 else text[:79] + "…"
