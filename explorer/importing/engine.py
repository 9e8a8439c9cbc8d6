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
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import Any

from explorer.data.pack_schema import (
    ACTOR_KINDS,
    CURRENCY_PATTERN,
    DOMAINS,
    MEASURES,
    SLUG_PATTERN,
    Column,
    Kind,
)
from explorer.domain.cell_safety import FORBIDDEN_TEXT_CHARACTERS
from explorer.domain.dates import PartialDate, Period, day_number
from explorer.domain.errors import ValueProblem
from explorer.domain.numbers import parse_integer
from explorer.importing.actor_lookup import ISO_NUMERIC, NUMERIC_SYSTEM_NAMES, ActorLookup
from explorer.importing.mapping import AUTO_FIELDS, WIDE_FIELDS, ImportMapping, MappingError
from explorer.importing.messy_dates import (
    AmbiguousDayOrder,
    DateOptions,
    MessyDate,
    date_from_parts,
    detect_day_order,
    month_days,
    parse_messy_date,
    parse_messy_period,
    plain_iso_parts,
    surely_no_numeric_dmy,
)
from explorer.importing.messy_numbers import DEFAULT_MISSING, NumberOptions, parse_messy_number
from explorer.importing.numeric_codes import AmbiguousCodes, CodeSystemFinding, as_number, decide
from explorer.importing.problems import FROM_LOOKUP, NOT_IN_LOOKUP, ProblemCode, hint_for
from explorer.importing.source_table import SourceTable, gc_paused

ACCEPTED, SKIPPED, REJECTED, NOTE = "accepted", "skipped", "rejected", "note"
_SLUG_RE = re.compile(SLUG_PATTERN)
_CURRENCY_RE = re.compile(CURRENCY_PATTERN)
_WB_PERIOD_SUFFIX = re.compile(r"\s*\[[A-Z]{2}\d{4}\]$")  # World Bank headers: "2001 [YR2001]"
CHECK_EVERY = 500  # rows between progress reports and cancel checks (and rows per column-wise block)
COLUMNWISE = True  # build records column by column where the mapping allows (False: row by row, for tests)
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


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class RowIssue:
    row: int  # the row number in the source file (1-based, as a spreadsheet shows it)
    column: str  # the source column ("" when none applies)
    field: str  # the pack field
    status: str  # rejected | skipped | note
    reason: str
    found: str
    code: str = ""  # a ProblemCode: what kind of problem (never match the reason's text)

    @property
    def hint(self) -> str:
        """What the user can do about it, one short line."""
        return hint_for(self.code)

    def line(self, file: str) -> str:
        where = f"{file}:{self.row}" + (f":{self.column}" if self.column else "")
        return f"{where}: {self.field}: {self.reason}" + (f" (found: {self.found!r})" if self.found else "")


@dataclass(frozen=True)
class ColumnFinding:
    """What the import made of missing-value tokens in one field's column(s)."""

    field: str
    column: str  # the source column(s), as in the report
    token: str  # the missing token ("NA")
    cells: int  # cells (list items) holding it
    cells_read: int  # rows read x columns of the field
    read_as_value: bool  # True: the token is a value here (NA = Namibia in a code column)
    why: str

    @property
    def mostly_missing(self) -> bool:
        return not self.read_as_value and self.cells * 2 >= self.cells_read > 0

    def line(self) -> str:
        return (f"column {self.column} ({self.field}): {self.cells:,} of {self.cells_read:,} cells hold "
                f"{self.token!r}: {self.why}")


@dataclass(frozen=True)
class CreatedRecord:
    resource: str  # "actors" | "indicators" | "sources"
    id: str
    name: str
    how: str  # "from the actor lookup", "not in the lookup: named after the text", ...
    origin: str = ""  # actors: problems.FROM_LOOKUP | problems.NOT_IN_LOOKUP (never match ``how``)


@dataclass
class ImportResult:
    table: SourceTable
    mapping: ImportMapping
    imported_at: str  # ISO timestamp (seconds)
    records: list[dict[str, str]]  # rows of the mapped resource, contract columns as text
    record_rows: list[int]  # source row of each record
    issues: list[RowIssue]
    actors: list[dict[str, str]]
    indicators: list[dict[str, str]]
    sources: list[dict[str, str]]
    created: list[CreatedRecord]
    domains: list[dict[str, str]]  # the new pack's own domains (declared, or created from the file)
    column_findings: list[ColumnFinding]
    code_systems: list[CodeSystemFinding]  # how numbers in country-code columns were read
    rows_read: int
    accepted_rows: int
    rejected_rows: int
    skipped_rows: int

    @property
    def kind(self) -> str:
        return self.mapping.kind

    @property
    def import_source_id(self) -> str:
        return self.sources[0]["id"]

    def rejected(self) -> list[RowIssue]:
        return [i for i in self.issues if i.status == REJECTED]

    def summary(self) -> str:
        name = self.table.path.name
        parts = [f"{name}: {self.rows_read} row{'s' * (self.rows_read != 1)} read",
                 f"{len(self.records)} {self.kind} row{'s' * (len(self.records) != 1)} imported"]
        if self.rejected_rows:
            parts.append(f"{self.rejected_rows} rejected")
        skipped = sum(1 for i in self.issues if i.status == SKIPPED)  # cells, in a wide table
        if skipped:
            parts.append(f"{skipped} skipped (no value)")
        made: dict[str, int] = {}
        for c in self.created:
            if c.resource != "sources":
                made[c.resource] = made.get(c.resource, 0) + 1
        for res, n in made.items():
            parts.append(f"{n} {res} created")
        return ", ".join(parts)


class _Reject(Exception):
    def __init__(self, field: str, column: str, reason: str, found: str, skip: bool = False, *,
                 code: ProblemCode) -> None:
        super().__init__(reason)
        self.field, self.column, self.reason, self.found, self.skip = field, column, reason, found, skip
        self.code = code


def _detached(e: _Reject) -> _Reject:
    """A refusal to keep (cached for every row with the same cells): without its traceback and
    context, whose frames lead back to the cache that holds it (a cycle of thousands of cached
    entries that only the cyclic collector could free, 5-10 ms after every import)."""
    e.__traceback__ = None
    e.__context__ = None
    return e


def slugify(text: str, limit: int = 48) -> str:
    """A pack id from any text: ASCII-folded, lowercase, runs of other characters to '-'."""
    if text.isascii():  # NFKD and the ASCII fold leave ASCII text as it is
        # _NOT_SLUG_RE.sub in C calls: every other character to "-", then the runs of "-" to one
        slug = text.lower().encode("ascii").translate(_NOT_SLUG_ASCII).decode("ascii")
        while "--" in slug:
            slug = slug.replace("--", "-")
    else:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
        slug = _NOT_SLUG_RE.sub("-", folded)
    return slug.strip("-._")[:limit].strip("-._")


_NOT_SLUG_RE = re.compile(r"[^a-z0-9_.]+")
_NOT_SLUG_ASCII = bytes(ord("-") if _NOT_SLUG_RE.fullmatch(chr(c)) else c for c in range(256))  # bytes.translate
_NOT_SLUG_ASCII_KEEP_NUL = b"\x00" + _NOT_SLUG_ASCII[1:]  # (NUL: the separator of _slugify_many)


def _slugify_many(texts: list[str], limit: int = 48) -> list[str]:
    """``[slugify(t, limit) for t in texts]``, the ASCII ones folded in a few C calls over all of them."""
    joined = "\x00".join(texts)
    if not joined.isascii():
        return [slugify(t, limit) for t in texts]
    folded = joined.lower().encode("ascii").translate(_NOT_SLUG_ASCII_KEEP_NUL).decode("ascii")
    parts = _DASHES_RE.sub("-", folded).split("\x00")
    if len(parts) != len(texts):  # a NUL in a text: one at a time
        return [slugify(t, limit) for t in texts]
    return [x.strip("-._")[:limit].strip("-._") for x in parts]


_DASHES_RE = re.compile("--+")


_CONTROL = FORBIDDEN_TEXT_CHARACTERS  # the characters the pack loader refuses


def clean_text(text: str) -> str:
    """Control characters (a NUL from a damaged export, C1 controls, lone surrogates) removed: a
    pack refuses them."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _norm_key(text: str) -> str:
    return re.sub(r"[\s_-]+", " ", text.strip().lower())


# -- field readers ---------------------------------------------------------------------------------
@dataclass
class _Context:
    mapping: ImportMapping
    lookup: ActorLookup
    file_name: str
    dates: DateOptions
    numbers: NumberOptions
    actors: dict[str, dict[str, str]] = field(default_factory=dict)
    indicators: dict[str, dict[str, str]] = field(default_factory=dict)
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    source_by_text: dict[str, str] = field(default_factory=dict)
    created: list[CreatedRecord] = field(default_factory=list)
    imported_on: str = ""
    missing: frozenset[str] = frozenset({""})
    literal: dict[str, frozenset[str]] = field(default_factory=dict)  # field -> tokens that are values
    no_value: dict[str, frozenset[str]] = field(default_factory=dict)  # field -> the user's "no value" there
    domains: dict[str, dict[str, str]] = field(default_factory=dict)  # declared in the new pack: id -> row
    code_systems: dict[str, str] = field(default_factory=dict)  # field -> number system of its codes

    def resolve(self, text: str, fname: str):
        """The lookup's actor for ``text`` in ``fname``, numbers read in that field's system."""
        return self.lookup.resolve(text, self.code_systems.get(fname, ISO_NUMERIC))

    def blank(self, fname: str, text: str) -> bool:
        """True when ``text`` means "no value" in ``fname`` (a missing token not read as a value)."""
        t = text.strip()
        if t in self.no_value.get(fname, ()):  # the user's word beats any reading as a value
            return True
        return t in self.missing and t not in self.literal.get(fname, ())

    def __post_init__(self) -> None:
        # Value-map keys also match case-, space- and dash-insensitively ("In force" = "in_force").
        self._loose = {f: {_norm_key(k): v for k, v in m.items()} for f, m in self.mapping.values.items()}

    def mapped(self, fname: str, text: str) -> str:
        """``text`` through the user's value map for ``fname`` (unchanged when it has no entry)."""
        m = self.mapping.values.get(fname)
        if not m:
            return text
        if text in m:
            return m[text]
        return self._loose[fname].get(_norm_key(text), text)

    def no_country(self, text: str, fname: str, column: str) -> _Reject:
        """A number that names no country in the field's code system: rejected, never an actor
        named after the number."""
        system = self.code_systems.get(fname)
        where = (f"no country in {NUMERIC_SYSTEM_NAMES[system]} codes (this column's numbers are read so)"
                 if system else "no country code, in ISO 3166-1 numeric or Correlates of War")
        t = text.strip()
        return _Reject(fname, column, f"{where}; map it with --actor {t}=ID, or give --missing {fname}={t} "
                       "if it means none", text, code=ProblemCode.UNKNOWN_COUNTRY_CODE)

    def actor_id(self, text: str, fname: str, column: str) -> str:
        entry = self.resolve(text, fname)
        if entry is not None:
            if entry.id not in self.actors:
                kind = entry.kind or self.mapping.constants.get("actor.kind", "organisation")
                self.actors[entry.id] = {"id": entry.id, "name": entry.name, "name_ja": entry.name_ja,
                                         "kind": kind, "iso3": entry.iso3, "member_of": ""}
                how = ("from the actor lookup: a Correlates of War state with no ISO code today"
                       if entry.id.startswith("cow-") else "from the actor lookup")
                self.created.append(CreatedRecord("actors", entry.id, entry.name, how, FROM_LOOKUP))
            return entry.id
        if as_number(text) is not None:
            raise self.no_country(text, fname, column)
        slug = slugify(text)
        if not slug:
            raise _Reject(fname, column, "not an actor name or code", text, code=ProblemCode.NOT_AN_ACTOR)
        if slug not in self.actors:
            kind = self.mapping.constants.get("actor.kind", "organisation")
            # A name is one line: a cell's line breaks ("0\r0") would split the actors.csv record.
            name = " ".join(clean_text(text).split())
            self.actors[slug] = {"id": slug, "name": name, "name_ja": "", "kind": kind,
                                 "iso3": "", "member_of": ""}
            self.created.append(CreatedRecord(
                "actors", slug, name,
                f"not in the actor lookup: created as {kind!r}; add it to the lookup to merge it",
                NOT_IN_LOOKUP))
        return slug

    def new_domain(self, label: str, fname: str, column: str) -> str:
        """A domain for a text nothing maps ("Environment"), declared in the new pack."""
        from explorer.data.pack_domains import domain_id_for

        try:
            domain_id = domain_id_for(label)
        except ValueError as e:
            raise _Reject(fname, column, str(e), label, code=ProblemCode.BAD_DOMAIN_NAME) from None
        if domain_id not in self.domains:
            self.domains[domain_id] = {"id": domain_id, "label": clean_text(label).strip(), "label_ja": "",
                                       "colour": ""}
            self.created.append(CreatedRecord("domains", domain_id, label,
                                              "named in the imported file; give it a Japanese label and a "
                                              "colour under new_domains"))
        return domain_id

    def indicator_id(self, text: str, column: str) -> str:
        slug = slugify(text)
        if not slug:
            raise _Reject("indicator_id", column, "not an indicator name or id", text,
                          code=ProblemCode.NOT_AN_INDICATOR)
        if slug not in self.indicators:
            c = self.mapping.constants
            name = c.get("indicator.name") or (clean_text(text).strip() if column else slug)
            where = f", column {column!r}" if column else ""
            self.indicators[slug] = {
                "id": slug, "name": name,
                "description": c.get("indicator.description") or f"Imported from {self.file_name}{where}.",
                "domain": c.get("indicator.domain", ""), "measure": c.get("indicator.measure", "other"),
            }
            self.created.append(CreatedRecord("indicators", slug, name, "named in the imported file"))
        return slug

    def source_id(self, text: str) -> str:
        key = clean_text(text).strip()
        if key in self.source_by_text:
            return self.source_by_text[key]
        base = "src-" + (slugify(key, 40) or "unnamed")
        sid, n = base, 2
        while sid in self.sources:
            sid, n = f"{base}-{n}", n + 1
        self.sources[sid] = {"id": sid, "title": key, "publisher": f"as cited in {self.file_name}",
                             "published": self.imported_on, "url": "", "note": ""}
        self.source_by_text[key] = sid
        self.created.append(CreatedRecord("sources", sid, key, "cited in the imported file"))
        return sid


Reader = Callable[[str, str], str]  # (text, column) -> pack text, or raise _Reject


def _cached(read: Reader) -> Reader:
    cache: dict[tuple[str, str], tuple[bool, object]] = {}

    def wrapper(text: str, column: str) -> str:
        key = (text, column)
        hit = cache.get(key)
        if hit is None:
            try:
                hit = (True, read(text, column))
            except _Reject as e:
                hit = (False, e)
            cache[key] = hit
        if hit[0]:
            return hit[1]  # type: ignore[return-value]
        raise hit[1]  # type: ignore[misc]
    return wrapper


def _enum_value(ctx: _Context, col: Column, text: str, column: str) -> str:
    value = ctx.mapped(col.name, text).strip()
    choices = (*col.choices, *ctx.domains) if col.extended_by == "domains" else col.choices
    if value in choices:
        return value
    norm = re.sub(r"[\s-]+", "_", value.strip().lower())
    if norm in choices:
        return norm
    if not value:
        return ""
    if col.extended_by == "domains" and ctx.mapping.create_domains:
        return ctx.new_domain(value, col.name, column)
    raise _Reject(col.name, column, f"not one of {', '.join(choices)}; map it under values.{col.name}"
                  + (" or declare it (new_domains, --create-domains)" if col.extended_by == "domains" else ""),
                  text, code=ProblemCode.NOT_IN_VOCABULARY)


def _make_reader(ctx: _Context, col: Column) -> Reader:
    name, kind = col.name, col.kind

    def text_reader(text: str, column: str) -> str:
        return "" if ctx.blank(name, text) else ctx.mapped(name, text).strip()

    if kind is Kind.TEXT:
        return text_reader
    return _skip_blank(ctx, name, _item_reader(ctx, col))


def _skip_blank(ctx: _Context, name: str, read: Reader) -> Reader:
    def reader(text: str, column: str) -> str:
        return "" if ctx.blank(name, text) else read(text, column)
    return reader


def _item_reader(ctx: _Context, col: Column) -> Reader:
    name, kind = col.name, col.kind
    sep = ctx.mapping.list_separator

    if kind is Kind.ENUM:
        return _cached(lambda t, c: _enum_value(ctx, col, t, c))
    if kind is Kind.ENUM_LIST:
        def enum_list(text: str, column: str) -> str:
            items = ctx.mapped(name, text).split(sep)
            out: list[str] = []
            for item in items:
                if not ctx.blank(name, item):
                    v = _enum_value(ctx, col, item, column)
                    for part in v.split(";"):  # a value map may name several (e.g. "energy;trade")
                        if part and part not in out:
                            out.append(part)
            return ";".join(out)
        return _cached(enum_list)
    if kind is Kind.SLUG and col.references == "actors":
        def one_actor(text: str, column: str) -> str:
            t = ctx.mapped(name, text)
            return ctx.actor_id(t, name, column) if t.strip() else ""
        return _cached(one_actor)
    if kind is Kind.SLUG_LIST and col.references == "actors":
        def actor_list(text: str, column: str) -> str:
            ids: list[str] = []
            for item in text.split(sep):
                if not ctx.blank(name, item):
                    a = ctx.actor_id(ctx.mapped(name, item.strip()), name, column)
                    if a not in ids:
                        ids.append(a)
            return ";".join(ids)
        return _cached(actor_list)
    if kind is Kind.SLUG and col.references == "indicators":
        return _cached(lambda t, c: ctx.indicator_id(ctx.mapped(name, t), c) if t.strip() else "")
    if col.references == "sources":
        def sources(text: str, column: str) -> str:
            items = text.split(sep) if kind is Kind.SLUG_LIST else [text]
            return ";".join(dict.fromkeys(ctx.source_id(i) for i in items if not ctx.blank(name, i)))
        return _cached(sources)
    if kind is Kind.SLUG and ctx.mapping.kind == "actors" and name == "id":
        def actor_own_id(text: str, column: str) -> str:
            # A code column ("GB", "NAM", "NA") names the actor the lookup knows (uk, na), else a slug.
            t = ctx.mapped(name, text).strip()
            entry = ctx.resolve(t, name) if t else None
            if entry is None and as_number(t) is not None:
                raise ctx.no_country(t, name, column)
            s = entry.id if entry is not None else slugify(t)
            if t and not s:
                raise _Reject(name, column, "no letters or digits to make an id from", text,
                              code=ProblemCode.NO_ID_TEXT)
            return s
        return _cached(actor_own_id)
    if kind is Kind.SLUG:
        def slug(text: str, column: str) -> str:
            t = ctx.mapped(name, text).strip()
            if not t:
                return ""
            s = t if _SLUG_RE.fullmatch(t) else slugify(t)
            if not s:
                raise _Reject(name, column, "no letters or digits to make an id from", text,
                              code=ProblemCode.NO_ID_TEXT)
            return s
        return _cached(slug)
    if kind is Kind.CURRENCY:
        def currency(text: str, column: str) -> str:
            t = ctx.mapped(name, text).strip().upper()
            if t and not _CURRENCY_RE.fullmatch(t):
                raise _Reject(name, column, "not a three-letter currency code; map it under "
                              f"values.{name}", text, code=ProblemCode.NOT_A_CURRENCY)
            return t
        return _cached(currency)
    if kind is Kind.INTEGER:
        def integer(text: str, column: str) -> str:
            t = text.strip()
            if not t:
                return ""
            try:
                return str(parse_integer(t))
            except ValueProblem as e:
                raise _Reject(name, column, e.message, text, code=ProblemCode.UNPARSED_INTEGER) from None
        return _cached(integer)
    raise AssertionError(f"no reader for {name} ({kind})")


# -- the engine ------------------------------------------------------------------------------------
@dataclass
class _FieldPlan:
    col: Column
    columns: tuple[str, ...]  # source columns (empty for constants / wide / auto)
    indexes: tuple[int, ...]
    constant: str | None = None
    fallback: str = ""  # a date's second column, read where the first has no date
    fallback_index: int = -1


def _decide_day_order(table: SourceTable, mapping: ImportMapping, date_fields: list[_FieldPlan]) -> str:
    if mapping.day_order != "auto":
        return mapping.day_order
    samples: set[str] = set()  # distinct texts: the verdict is the same
    for p in date_fields:
        if len(p.indexes) == 1:
            samples.update(_column(table.rows, p.indexes[0]))
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
    order = _decide_day_order(table, mapping, [p for p in plans if p.col.kind in (Kind.DATE, Kind.PERIOD)])
    ctx.dates = DateOptions(order=order, sentinels=frozenset(mapping.sentinels),  # type: ignore[arg-type]
                            missing=missing)
    code_systems = _code_systems(table, plans, ctx)
    findings = _missing_token_findings(table, plans, ctx)

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
    for n, (cells, rowno) in enumerate(zip(table.rows, table.row_numbers)):
        if n % CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(n, total)
            if by_columns:  # the next block of rows, read column by column (see build_columns)
                block, block_notes = row_builder.build_columns(
                    table.rows[n:n + CHECK_EVERY], table.row_numbers[n:n + CHECK_EVERY], constants)
        if by_columns:  # (most rows) a record with no notes and a new id: taken as it is
            out = block[n % CHECK_EVERY]
            if type(out) is dict and not (block_notes and n % CHECK_EVERY in block_notes):
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
        if len(cells) != width:
            issues.append(RowIssue(rowno, "", "", REJECTED,
                                   f"row has {len(cells)} cells, the header has {width}",
                                   _brief(cells), ProblemCode.WRONG_CELL_COUNT))
            rejected += 1
            continue
        notes: list[RowIssue] = []
        if by_columns:
            outcomes: list[dict[str, str] | _Reject] = [block[n % CHECK_EVERY]]  # type: ignore[list-item]  # set for every row of the header's width
            notes = block_notes.get(n % CHECK_EVERY, notes)
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


CODE_SHARE = 0.8  # share of a column's other values that must resolve for "NA" to be Namibia there
_CODE_FIELDS = {("actors", "id"), ("actors", "iso3")}


def _holds_codes(col: Column, kind: str) -> bool:
    return col.references == "actors" or (kind, col.name) in _CODE_FIELDS


def _report_column(columns: tuple[str, ...]) -> str:
    return ",".join(columns) if len(columns) <= 3 else f"{columns[0]}..{columns[-1]}"


def _code_systems(table: SourceTable, plans: list[_FieldPlan], ctx: _Context) -> list[CodeSystemFinding]:
    """Decide, per field holding country codes, whether its numbers are ISO 3166-1 numeric or
    Correlates of War codes (or take the mapping's word); sets ``ctx.code_systems``. Raises
    AmbiguousCodes for a column both systems read about equally well and the mapping leaves open."""
    mapping, sep = ctx.mapping, ctx.mapping.list_separator
    out: list[CodeSystemFinding] = []
    for p in plans:
        if not p.indexes or p.constant is not None or not _holds_codes(p.col, mapping.kind):
            continue
        is_list = p.col.kind in (Kind.SLUG_LIST, Kind.ENUM_LIST)
        texts: set[str] = set()
        for i in p.indexes:
            for cell in set(_column(table.rows, i)):  # distinct cells first
                texts.update(cell.split(sep) if is_list else (cell,))
        numbers = (as_number(ctx.mapped(p.col.name, t.strip())) for t in texts
                   if not ctx.blank(p.col.name, t))
        finding = decide(p.col.name, _report_column(p.columns), (n for n in numbers if n is not None),
                         ctx.lookup, mapping.codes)
        if finding is None:
            continue
        if finding.ambiguous:
            raise AmbiguousCodes(finding)
        ctx.code_systems[p.col.name] = finding.system
        out.append(finding)
    return out


def _column(rows: list[list[str]], i: int):
    """Column ``i`` of every row long enough to have it (in C when every row is)."""
    if rows and min(map(len, rows)) > i:
        return map(itemgetter(i), rows)
    return (cells[i] for cells in rows if i < len(cells))


def _row_groups(rows: list[list[str]], indexes: tuple[int, ...]):
    """The cells at ``indexes`` of every row (those a short row has), as (cells, how many rows
    hold exactly these): a field's column of 10^5 cells has a few thousand distinct values."""
    if len(indexes) == 1:
        counts = Counter(_column(rows, indexes[0]))
        return (((text,), n) for text, n in counts.items())
    return (([cells[i] for i in indexes if i < len(cells)], 1) for cells in rows)


def _missing_token_findings(table: SourceTable, plans: list[_FieldPlan],
                            ctx: _Context) -> list[ColumnFinding]:
    """Decide, per mapped field, whether missing tokens are values there, and report the columns
    where they are; sets ``ctx.literal``. One pass over the field's cells; look-ups per distinct text.

    A token is a value in a field when the user says so (``not_missing``, or a value or actor map
    naming it) or when the field holds country codes and the token is one (NA, Namibia's ISO-2):
    most of the field's other values resolve through the lookup.
    """
    mapping, sep = ctx.mapping, ctx.mapping.list_separator
    out: list[ColumnFinding] = []
    user_actor_keys = {k.strip() for k in mapping.actors}
    for p in plans:
        if not p.indexes or p.constant is not None:
            continue
        name = p.col.name
        said_blank = ctx.no_value.get(name, frozenset())  # the user: "no value" here, whatever it reads as
        tokens = (ctx.missing - {""}) | said_blank
        codes = _holds_codes(p.col, mapping.kind)
        is_list = p.col.kind in (Kind.SLUG_LIST, Kind.ENUM_LIST)
        said = set(mapping.not_missing.get(name, ())) | (set(mapping.values.get(name, {})) & tokens)
        if codes:
            said |= user_actor_keys & tokens
        said -= said_blank
        counts: dict[str, int] = {}
        repeated: set[str] = set()  # tokens twice in one row: fillers of empty slots, not a country
        resolved = unresolved = two_letter = 0
        seen: dict[str, bool] = {}
        if not codes and not is_list and len(p.indexes) == 1:
            # One plain cell per row: only the tokens are counted (in C, on the stripped cells); a
            # token cannot repeat within a row, and no code is resolved.
            stripped = Counter(map(str.strip, _column(table.rows, p.indexes[0])))
            counts = {t: stripped[t] for t in tokens if t in stripped}
            groups: Iterable[tuple[Any, int]] = ()
        else:
            groups = _row_groups(table.rows, p.indexes)
        for row_cells, times in groups:  # each distinct row once, counted
            in_row: set[str] = set()
            for cell in row_cells:
                for item in (cell.split(sep) if is_list else (cell,)):
                    item = item.strip()
                    if item in tokens:
                        counts[item] = counts.get(item, 0) + times
                        if item in in_row:
                            repeated.add(item)
                        in_row.add(item)
                    elif item and codes:
                        hit = seen.get(item)
                        if hit is None:
                            hit = seen[item] = ctx.resolve(item, name) is not None
                        resolved += hit * times
                        unresolved += (not hit) * times
                        two_letter += (hit and len(item) == 2 and item.isalpha()) * times
        cells_read = len(table.rows) * len(p.indexes)
        column = _report_column(p.columns)
        # Codes in the token's own form: "NA" is an ISO-2 code only among other ISO-2 codes (in a
        # column of names or of numeric codes it is the missing token).
        as_codes = (codes and two_letter > 0 and resolved >= CODE_SHARE * (resolved + unresolved))
        literal = set(said) | {t for t in counts if as_codes and t not in repeated and t not in said_blank
                               and ctx.lookup.resolve(t) is not None}
        if literal:
            ctx.literal[name] = frozenset(literal)
        for token, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if token in said_blank:
                why = f"{token!r} read as no value, as the mapping says"
            elif token in said:
                why = f"{token!r} read as a value, as the mapping says"
            elif token in literal:
                entry = ctx.lookup.resolve(token)
                assert entry is not None
                why = (f"{token!r} read as {entry.name} ({entry.id}): {resolved / (resolved + unresolved):.0%} "
                       f"of the other values are countries or blocs the lookup knows; if it means no value "
                       f"here, give --missing {name}={token}")
            elif n * 2 >= cells_read and p.col.kind in (Kind.DATE, Kind.PERIOD, Kind.NUMBER):
                why = f"mostly {token!r}, read as no value"
            elif n * 2 >= cells_read:
                why = (f"mostly {token!r}, read as no value; if it means something here, give "
                       f"--not-missing {name}={token}, or leave the column out")
            else:
                continue
            out.append(ColumnFinding(name, column, token, n, cells_read, token in literal, why))
    return out


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


def _year_month_day(texts: tuple[str, ...]) -> tuple[str, str, str]:
    """A date's cells split over columns (year, month[, day]) as the three parts."""
    year, month, day = (*texts, "", "")[:3]
    return year, month, day


class _RowBuilder:
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
            if _CONTROL.search("".join(rec.values())):  # rare: find the values that hold them
                for name, value in rec.items():
                    cleaned = clean_text(value)
                    if cleaned is not value:
                        rec[name] = cleaned
                        notes.append(RowIssue(rowno, "", name, NOTE, "control characters removed",
                                              repr(value), ProblemCode.CONTROL_CHARACTERS))
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

    # -- column by column: a block of rows at once ----------------------------------------------------
    # The same records, refusals and notes as ``build_fast`` row by row (the tests compare both), with
    # the per-row Python replaced by a pass per field over the block's column: each field's entries
    # are looked up for the whole column at once, fields that create records are read in row order
    # over the rows still standing (those no earlier field refused), and the records of the rows that
    # need nothing more (most) are put together from the columns. A row with a refusal, a note, an
    # empty required field, a control character or an end before its start is built by
    # ``_build_simple``, from the entries already cached (so it creates nothing a second time).
    def build_columns(self, rows: list[list[str]], rownos: list[int], constants: dict[str, object]
                      ) -> tuple[list[dict[str, str] | _Reject | None], dict[int, list[RowIssue]]]:
        """Outcomes of a block of rows (None for a row whose cell count differs from the header's:
        the caller reports it) and the notes of each row that has any, by position in the block."""
        width = len(self.table.header)
        outcomes: list[dict[str, str] | _Reject | None] = [None] * len(rows)
        notes_of: dict[int, list[RowIssue]] = {}
        good = [r for r, cells in enumerate(rows) if len(cells) == width]
        if not good:
            return outcomes, notes_of
        grows = rows if len(good) == len(rows) else [rows[r] for r in good]
        grownos = rownos if len(good) == len(rows) else [rownos[r] for r in good]
        if self._static is None:
            self._init_static(grows[0], constants)
        m = len(grows)
        decided: dict[int, _Reject] = {}  # rows refused, with nothing else to report
        if not self._simple:  # a required constant left empty: every row refused, row by row
            clean = [False] * m
        else:
            clean, cols, first_empty = self._column_pass(grows, constants, decided)
            sel = [r for r in range(m) if clean[r]]
            if sel:
                self._column_records(sel, grownos, cols, clean, outcomes, good, decided)
            for r, (pos, entry) in first_empty.items():  # a required field left empty
                p = self.plans[pos]
                if entry is None:  # a plain text field
                    decided[r] = self._empty_refusal(p, grows[r], {}, p.col.name)
                else:  # depends on the field's cells only: made once per entry
                    refusal = self._empty_refusals.get(id(entry))
                    if refusal is None:
                        refusal = self._empty_refusals[id(entry)] = self._empty_refusal(
                            p, grows[r], {}, p.col.name)
                    decided[r] = refusal
        for r, refusal in decided.items():
            outcomes[good[r]] = refusal
        for r in range(m):
            if not clean[r] and r not in decided:
                notes: list[RowIssue] = []
                out = self.build_fast(grows[r], grownos[r], constants, notes)
                outcomes[good[r]] = _detached(out) if isinstance(out, _Reject) else out
                if notes:
                    notes_of[good[r]] = notes
        return outcomes, notes_of

    def _column_pass(self, grows: list[list[str]], constants: dict[str, object], decided: dict[int, _Reject]
                     ) -> tuple[list[bool], dict[str, list[str]], dict[int, tuple[int, Any]]]:
        """Read every field of the block, column by column in plan order. Returns which rows are
        clean (nothing to report, nothing refused), each field's pack texts by row (for the clean
        ones) and, for rows whose only trouble is a required field left empty, the first such field
        in plan order (and its entry); fills ``decided`` with the rows a field refused (and nothing
        before it noted). Rows in none of these need ``_build_simple``."""
        m = len(grows)
        alive = [True] * m  # no field so far refused the row
        clean = [True] * m
        noted: set[int] = set()  # a field carries notes: the row path reports them
        first_empty: dict[int, tuple[int, Any]] = {}
        cols: dict[str, list[str]] = {}
        created = self.ctx.created
        tail = len(created)
        tags: list[tuple[int, int]] = []  # (row, field) of each record created in this block
        for pos, name, i, idx, cache, p in self._read_steps:
            keys: list[Any] = ([c[i] for c in grows] if idx is None
                               else [tuple([c[j] for j in idx]) for c in grows])
            ok = self._ok[pos]
            text_of = self._text_of[pos]
            req = self._required[pos]
            if pos in self._creating:  # in row order, over the rows this field is read in
                for r in range(m):
                    if alive[r]:
                        k = keys[r]
                        if k not in cache:
                            before = len(created)
                            e = cache[k] = self._simple_entry(pos, p, grows[r], constants)
                            ok[k] = e[0] is None and not e[1] and not e[5] and (bool(e[4]) or not req)
                            text_of[k] = e[4]
                            tags.extend([(r, pos)] * (len(created) - before))
            else:  # reading it creates nothing: once per distinct cell text, in any order
                todo = [(k, cells) for k, cells in dict(zip(keys, grows)).items() if k not in cache]
                plain = self._plain_dates.get(pos)
                for k, cells in todo:
                    if plain is not None:  # a lone date column: most of its dates are plain ISO dates
                        t = k.strip()
                        if t not in plain and (text := _quick_date_text(t)) is not None:
                            cache[k] = (None, (), None, _T_DATE, text, ())  # what _simple_entry makes of it
                            ok[k] = True
                            text_of[k] = text
                            continue
                    e = cache[k] = self._simple_entry(pos, p, cells, constants)
                    ok[k] = e[0] is None and not e[1] and not e[5] and (bool(e[4]) or not req)
                    text_of[k] = e[4]
            flags = list(map(ok.get, keys))
            if not all(flags):
                for r in [r for r, f in enumerate(flags) if not f]:
                    if not alive[r]:  # refused by an earlier field: nothing later counts
                        continue
                    e = cache[keys[r]]
                    clean[r] = False
                    if e[1] or e[5]:
                        noted.add(r)
                    if e[0] is not None:  # the read refuses the row: the first refusal wins
                        alive[r] = False
                        if r not in noted:
                            decided[r] = e[0]
                    elif not e[4] and req and r not in first_empty:
                        first_empty[r] = (pos, e)
            cols[name] = list(map(text_of.get, keys))  # type: ignore[arg-type]  # (None: a row not clean, never used)
        if len({t[1] for t in tags}) > 1:  # two resources created in this block: back to row order
            order = sorted(range(len(tags)), key=tags.__getitem__)
            created[tail:] = [created[tail + j] for j in order]
        for pos, name, i, blank, _p in self._text_steps:
            col = [c[i].strip() for c in grows]
            col = ["" if t in blank else t for t in col]
            if self._required[pos] and not all(col):
                for r, t in enumerate(col):
                    if not t and alive[r]:
                        clean[r] = False
                        if r not in first_empty or first_empty[r][0] > pos:
                            first_empty[r] = (pos, None)
            cols[name] = col
        for r in noted:
            first_empty.pop(r, None)
        for r in [r for r in first_empty if not alive[r]]:
            del first_empty[r]
        return clean, cols, first_empty

    def _column_records(self, sel: list[int], grownos: list[int], cols: dict[str, list[str]],
                        clean: list[bool], outcomes: list[dict[str, str] | _Reject | None],
                        good: list[int], decided: dict[int, _Reject]) -> None:
        """The records of the clean rows ``sel`` from the columns. A row refused by the cross-checks
        (an event ending before it starts) goes to ``decided``; a row with a control character is
        marked not clean (the row path removes it and notes it)."""
        everyone = len(sel) == len(clean)
        columns: dict[str, Any] = {}
        for name, value in self._rec_template.items():
            col = cols.get(name)
            if col is None:
                columns[name] = value  # a constant's text, or "" for a field left out
            else:
                columns[name] = col if everyone else [col[r] for r in sel]
        rownos = grownos if everyone else [grownos[r] for r in sel]
        n = len(sel)
        keep = [True] * n
        # control characters: rare, so whole columns are searched at once
        if _CONTROL.search("".join(v for v in columns.values() if isinstance(v, str))):
            keep = [False] * n
        else:
            for col in columns.values():
                if isinstance(col, list) and _CONTROL.search("".join(col)):
                    for r, v in enumerate(col):
                        if _CONTROL.search(v):
                            keep[r] = False
        filled = {name: (col if isinstance(col, list) else repeat(col, n)) for name, col in columns.items()}
        refused: dict[int, _Reject] = {}
        if self.kind == "events":  # _defaults of an event, over the columns
            ids = filled["id"]
            if isinstance(columns["id"], list) or not columns["id"]:
                titles = columns["title"] if isinstance(columns["title"], list) else [columns["title"]] * n
                slugs = _slugify_many(titles)
                filled["id"] = [i or s or f"row-{rn}" for i, s, rn in zip(ids, slugs, rownos)]
            if isinstance(columns["summary"], list) or not columns["summary"]:
                file_name = self.ctx.file_name
                filled["summary"] = [s or f"Imported from {file_name}, row {rn}."
                                     for s, rn in zip(filled["summary"], rownos)]
            src = next(iter(self.ctx.sources))  # the imported file is always the first source
            filled["source_ids"] = [c + ";" + src if c and c != src else src for c in filled["source_ids"]]
            records = list(map(dict, map(zip, repeat(list(filled)), zip(*filled.values()))))
            ends = filled["end"]
            if isinstance(ends, list):  # _cross_checks of an event: an end before its start
                starts = filled["start"]
                starts = starts if isinstance(starts, list) else [columns["start"]] * n
                spans = self._day_span
                span = self._span
                last = _LAST_DAY_PAD
                for r in [r for r, e in enumerate(ends) if e]:
                    s, e = starts[r], ends[r]
                    if len(e) in last and len(s) in last and e[-1].isdigit() and s[-1].isdigit():
                        # plain ISO dates: the end's last day ("2001" -> "2001-12-31") sorts before the
                        # start's text exactly when it is before its first day
                        before = e + last[len(e)] < s
                    else:  # marked dates (2001?, 2001~): their spans
                        before = (spans.get(e) or span(e))[1] < (spans.get(s) or span(s))[0]
                    if before and keep[r]:
                        refused[r] = self._ends_before_start(records[r])
            elif columns["end"]:  # (a constant end: every row checked as the row path does)
                for r, rec in enumerate(records):
                    if keep[r]:
                        try:
                            self._cross_checks(rec, rownos[r])
                        except _Reject as x:
                            refused[r] = _detached(x)
        else:
            records = list(map(dict, map(zip, repeat(list(filled)), zip(*filled.values()))))
            for r, (rec, rowno) in enumerate(zip(records, rownos)):
                if keep[r]:
                    try:
                        self._defaults(rec, rowno, fill=False)
                        self._cross_checks(rec, rowno)
                    except _Reject as x:
                        refused[r] = _detached(x)
        for j, (r, rec, k) in enumerate(zip(sel, records, keep)):
            if not k:
                clean[r] = False
            elif j not in refused:  # (refused: indexes into sel)
                outcomes[good[r]] = rec
        for j, refusal in refused.items():
            clean[sel[j]] = False
            decided[sel[j]] = refusal

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
            if t not in self._plain_dates[pos] and (parts := plain_iso_parts(t)) is not None:
                self._iso_parts[t] = parts  # for _span, should the row have an end
                # what parse_messy_date makes of it: the date as written, no notes (the value itself
                # is not kept: a record without numbers needs only the text)
                return (None, (), None, _T_DATE, t, ())
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
        if _CONTROL.search("".join(rec.values())):  # rare: find the values that hold them
            for name, value in rec.items():
                cleaned = clean_text(value)
                if cleaned is not value:
                    rec[name] = cleaned
                    notes.append(RowIssue(rowno, "", name, NOTE, "control characters removed", repr(value),
                                          ProblemCode.CONTROL_CHARACTERS))
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

    def _refuse_empty(self, p: _FieldPlan, cells: list[str], rec: dict[str, str], name: str) -> None:
        ctx = self.ctx
        column = ",".join(p.columns)
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
        ctx = self.ctx
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
                found = cells_text(cells, p) if p.indexes else ""
                if wide is not None and name == self.wide_value_field:
                    found = cells[wide[0]]
                skip = (p.col.kind is Kind.NUMBER and found.strip() != "")
                reason = "no value" if skip else (
                    "empty; a value is required" if not found.strip() else
                    f"{found.strip()!r} means no value; a value is required"
                    if ctx.blank(name, found) else "open-ended or missing; a value is required")
                if p.col.kind is Kind.NUMBER and not found.strip():
                    skip, reason = True, "no value"
                raise _Reject(name, column, reason, found, skip=skip, code=_empty_code(ctx, name, found, skip))
        for name, value in rec.items():
            cleaned = clean_text(value)
            if cleaned is not value:
                rec[name] = cleaned
                notes.append(RowIssue(rowno, "", name, NOTE, "control characters removed", repr(value),
                                          ProblemCode.CONTROL_CHARACTERS))
        self._defaults(rec, rowno)
        if extra_note and "note" in rec:
            rec["note"] = "; ".join(x for x in [rec.get("note", ""), *extra_note] if x)
        self._cross_checks(rec, rowno)
        return rec

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
