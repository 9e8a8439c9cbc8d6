"""What one import reads with: ``_Context`` (the mapping, the lookup, the records created so far, the
missing tokens per field) and the per-field readers that turn a cell's text into pack text, cached
by distinct text; ``_FieldPlan``, where each field's cells come from. (Moved out of engine.py.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from explorer.data.pack_schema import (
    CURRENCY_PATTERN,
    SLUG_PATTERN,
    Column,
    Kind,
)
from explorer.domain.errors import ValueProblem
from explorer.domain.numbers import parse_integer
from explorer.importing.actor_lookup import ISO_NUMERIC, NUMERIC_SYSTEM_NAMES, ActorLookup
from explorer.importing.mapping import ImportMapping
from explorer.importing.messy_dates import (
    DateOptions,
)
from explorer.importing.messy_numbers import NumberOptions
from explorer.importing.numeric_codes import as_number
from explorer.importing.problems import FROM_LOOKUP, NOT_IN_LOOKUP, ProblemCode
from explorer.importing.results import (
    CreatedRecord,
    _Reject,
)
from explorer.importing.slugs import (
    _norm_key,
    clean_text,
    slugify,
)

_SLUG_RE = re.compile(SLUG_PATTERN)
_CURRENCY_RE = re.compile(CURRENCY_PATTERN)


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


@dataclass
class _FieldPlan:
    col: Column
    columns: tuple[str, ...]  # source columns (empty for constants / wide / auto)
    indexes: tuple[int, ...]
    constant: str | None = None
    fallback: str = ""  # a date's second column, read where the first has no date
    fallback_index: int = -1
