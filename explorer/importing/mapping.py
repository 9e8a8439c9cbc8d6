"""What an import does with a file: the mapping from source columns to a pack resource's fields.

The same ``ImportMapping`` comes from the wizard, from ``briefing-explorer import`` arguments or from a
``MAPPING.json`` file (format in docs/import.md); it is saved into the imported pack's sources so an
import can be repeated and audited. Parsing is strict: every problem names the key that holds it.
"""

from __future__ import annotations

import builtins
import fnmatch
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NoReturn

from explorer.data.pack_domains import Domain, domain_problems
from explorer.data.pack_schema import RESOURCE_BY_NAME, Kind, Resource

MAPPING_FORMAT = "briefing-explorer-import-mapping"
MAPPING_VERSION = 1
IMPORT_KINDS = ("events", "observations", "fx_rates", "actors")
DAY_ORDERS = ("auto", "day_first", "month_first")
PERIOD_PRECISIONS = ("", "year", "month")
# Numbers in a country-code column: "" decides per column (see numeric_codes), else the user's choice.
CODE_SYSTEMS = ("", "iso-numeric", "cow")

# Settings of the records an import creates for ids it meets (created indicators and actors),
# given like constant fields: ``--const indicator.domain=finance``.
EXTRA_CONSTANTS = {
    "observations": ("indicator.name", "indicator.description", "indicator.domain", "indicator.measure",
                     "actor.kind"),
    "events": ("actor.kind",),
    "fx_rates": (),
    "actors": (),
}
# Fields the engine fills itself when the mapping leaves them out (see engine.DEFAULTS_DOC).
AUTO_FIELDS = {
    "events": ("id", "summary", "source_ids"),
    "observations": ("source_id", "scale"),
    "fx_rates": ("source_id",),
    "actors": ("id", "name", "kind"),
}
# Fields that are derived from the header when a wide table is turned into long rows.
WIDE_FIELDS = {"observations": ("period", "value"), "fx_rates": ("period", "rate")}
RANGE_MARK = ".."  # "c1..c194": every column from c1 to c194, in the file's order
GLOB_CHARS = "*?["  # "c*": every column whose name matches


def is_pattern(spec: str) -> bool:
    """A column spec naming several columns (a range or a glob) rather than one."""
    return RANGE_MARK in spec.strip(".") or any(ch in spec for ch in GLOB_CHARS)


def expand_columns(specs: tuple[str, ...], header: list[str]) -> tuple[str, ...]:
    """Column names for ``specs`` in ``header``: a name the file has is itself (even one holding
    ``..`` or ``*``); ``A..B`` is A, B and every column between; a glob its matches in file order.
    Raises MappingError naming the spec that matches nothing."""
    out: list[str] = []
    for spec in specs:
        if spec in header:
            found = [spec]
        elif RANGE_MARK in spec.strip("."):
            first, _, last = spec.partition(RANGE_MARK)
            first, last = first.strip(), last.strip()
            for end in (first, last):
                if end not in header:
                    raise MappingError(f"{spec!r}: no column {end!r} in the file "
                                       f"(columns: {_brief_list(header)})")
            i, j = header.index(first), header.index(last)
            if j < i:
                raise MappingError(f"{spec!r}: {last!r} comes before {first!r} in the file")
            found = header[i:j + 1]
        elif any(ch in spec for ch in GLOB_CHARS):
            found = [h for h in header if fnmatch.fnmatchcase(h, spec)]
            if not found:
                raise MappingError(f"{spec!r}: no column name matches (columns: {_brief_list(header)})")
        else:
            raise MappingError(f"no column {spec!r} in the file (columns: {_brief_list(header)})")
        out += [h for h in found if h not in out]
    return tuple(out)


def compact_columns(columns: tuple[str, ...], header: list[str]) -> tuple[str, ...]:
    """The inverse for saving: runs of three or more adjacent columns written as ``A..B``."""
    pos = [header.index(c) if c in header else -1 for c in columns]
    out: list[str] = []
    k = 0
    while k < len(columns):
        m = k
        while m + 1 < len(columns) and pos[k] >= 0 and pos[m + 1] == pos[m] + 1:
            m += 1
        if m - k >= 2 and not any(is_pattern(c) for c in columns[k:m + 1]):
            out.append(f"{columns[k]}{RANGE_MARK}{columns[m]}")
        else:
            out += columns[k:m + 1]
        k = m + 1
    return tuple(out)


class MappingError(ValueError):
    """A mapping that cannot work; the message names the field or key at fault."""


@dataclass(frozen=True)
class ImportMapping:
    kind: str
    # field -> 1 column, 2-3 for y/m/d, or for a list field any number of columns, ranges and globs
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> {source text: pack value}
    actors: dict[str, str] = field(default_factory=dict)  # the user's lookup entries: text -> actor id
    sheet: str | None = None
    header_row: int | None = None  # 1-based
    encoding: str | None = None
    delimiter: str | None = None
    list_separator: str = ";"
    day_order: str = "auto"
    codes: str = ""  # number system of country-code columns: "iso-numeric", "cow" or "" (decided)
    sentinels: tuple[str, ...] = ()
    missing: tuple[str, ...] | None = None  # None: the default missing tokens (every column)
    # field -> missing tokens that are values there (the user said "NA" in this column is Namibia)
    not_missing: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # field -> tokens that mean "no value" there even where they would be read as a value (the user
    # said "NA" in this column is no party, not Namibia); JSON "missing", CLI --missing FIELD=TOKEN
    missing_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # date field -> a second column read where the first has no date (Begin empty: Signature)
    fallbacks: dict[str, str] = field(default_factory=dict)
    # domains the new pack declares (pack format 3): (id, label, label_ja, colour) each
    new_domains: tuple[tuple[str, str, str, str], ...] = ()
    create_domains: bool = False  # a domain text nothing maps becomes a new domain named after it
    decimal_comma: bool = False
    wide_periods: bool = False
    period_precision: str = ""
    pack_name: str = ""
    pack_title: str = ""

    @property
    def resource(self) -> Resource:
        return RESOURCE_BY_NAME[self.kind]

    def with_changes(self, **changes) -> ImportMapping:
        return replace(self, **changes)

    def with_columns_of(self, header: list[str]) -> ImportMapping:
        """This mapping with ranges and globs replaced by the column names they mean in ``header``."""
        columns = {}
        for f, cols in self.columns.items():
            try:
                columns[f] = expand_columns(cols, header)
            except MappingError as e:
                raise MappingError(f"map: {f}: {e}") from None
        return replace(self, columns=columns)

    def check(self, header: list[str] | None = None) -> None:
        """Raise MappingError if the mapping cannot produce valid rows (or names absent columns)."""
        if self.kind not in IMPORT_KINDS:
            raise MappingError(f"kind: {self.kind!r} is not one of {', '.join(IMPORT_KINDS)}")
        spec = self.resource
        names = {c.name for c in spec.columns}
        allowed_const = names | set(EXTRA_CONSTANTS[self.kind])
        for f, cols in self.columns.items():
            if f not in names:
                raise MappingError(f"map: {f!r} is not a field of {self.kind} "
                                   f"(fields: {', '.join(sorted(names))})")
            if not cols or any(not c for c in cols):
                raise MappingError(f"map: {f}: no column named")
            kind = spec.column(f).kind
            if kind not in (Kind.SLUG_LIST, Kind.ENUM_LIST):  # a list may come from any number
                if len(cols) > 1 and kind is not Kind.DATE and kind is not Kind.PERIOD:
                    raise MappingError(f"map: {f}: only a date or period (year, month, day columns) or a "
                                       "list (parties, domains, …) can be read from several columns")
                if len(cols) > 3:
                    raise MappingError(f"map: {f}: at most three columns (year, month, day)")
                if header is not None and any(c not in header and is_pattern(c) for c in cols):
                    raise MappingError(f"map: {f}: ranges (A..B) and globs (c*) name several columns; "
                                       "only a list field can be read from them")
            if header is not None:
                try:
                    expand_columns(cols, header)
                except MappingError as e:
                    raise MappingError(f"map: {f}: {e}") from None
        for f in self.constants:
            if f not in allowed_const:
                raise MappingError(f"const: {f!r} is not a field of {self.kind} "
                                   f"(fields: {', '.join(sorted(allowed_const))})")
            if f in self.columns:
                raise MappingError(f"{f}: both mapped to a column and given as a constant")
        for f in self.values:
            if f not in names:
                raise MappingError(f"values: {f!r} is not a field of {self.kind}")
        for f in self.not_missing:
            if f not in names:
                raise MappingError(f"not_missing: {f!r} is not a field of {self.kind}")
        for f, tokens in self.missing_in.items():
            if f not in names:
                raise MappingError(f"missing: {f!r} is not a field of {self.kind}")
            both = [t for t in tokens if t in self.not_missing.get(f, ())]
            if both:
                raise MappingError(f"missing: {f}: {both[0]!r} is also under not_missing.{f}; "
                                   "a token is either a value or no value in one field")
        problems = domain_problems(Domain(*d) for d in self.new_domains)
        if problems:
            raise MappingError(f"new_domains: {problems[0]}")
        for f, c in self.fallbacks.items():
            if f not in names or spec.column(f).kind not in (Kind.DATE, Kind.PERIOD):
                raise MappingError(f"fallback: {f!r} is not a date or period field of {self.kind}")
            if len(self.columns.get(f, ())) != 1:
                raise MappingError(f"fallback: {f}: map {f} to one column first; the fallback is read "
                                   "where that column has no date")
            if header is not None and c not in header:
                raise MappingError(f"fallback: {f}: no column {c!r} in the file "
                                   f"(columns: {_brief_list(header)})")
        if self.day_order not in DAY_ORDERS:
            raise MappingError(f"dates.order: {self.day_order!r} is not one of {', '.join(DAY_ORDERS)}")
        if self.codes not in CODE_SYSTEMS:
            raise MappingError(f"codes: {self.codes!r} is not one of iso-numeric, cow")
        if self.period_precision not in PERIOD_PRECISIONS:
            raise MappingError("period_precision: must be 'year', 'month' or empty")
        if self.header_row is not None and self.header_row < 1:
            raise MappingError("header_row: counts from 1")
        if not self.list_separator:
            raise MappingError("list_separator: must not be empty")
        wide = WIDE_FIELDS.get(self.kind, ())
        if self.wide_periods:
            if not wide:
                raise MappingError(f"wide_periods: only observations and fx_rates have periods to spread "
                                   f"(not {self.kind})")
            for f in wide:
                if f in self.columns or f in self.constants:
                    raise MappingError(f"wide_periods: {f} comes from the period columns; do not map it")
        missing = [c.name for c in spec.required_columns
                   if c.name not in self.columns and c.name not in self.constants
                   and c.name not in AUTO_FIELDS[self.kind]
                   and not (self.wide_periods and c.name in wide)]
        if missing:
            raise MappingError("required field" + "s" * (len(missing) > 1) + " not mapped: "
                               + ", ".join(missing) + " (map a column with --map FIELD=COLUMN or give a "
                               "value with --const FIELD=VALUE)")
        if self.kind == "observations" and "indicator.domain" not in self.constants:
            raise MappingError("the imported indicators need a domain: give --const indicator.domain=D "
                               "(or \"const\": {\"indicator.domain\": D} in the mapping file)")

    # -- JSON ---------------------------------------------------------------------------------
    def to_json_dict(self) -> dict:
        d: dict = {"format": MAPPING_FORMAT, "version": MAPPING_VERSION, "kind": self.kind,
                   "map": {f: (list(c) if len(c) > 1 else c[0]) for f, c in self.columns.items()}}
        not_missing = {f: list(t) for f, t in self.not_missing.items() if t}
        missing_in = {f: list(t) for f, t in self.missing_in.items() if t}
        for key, value in (("const", self.constants), ("values", self.values), ("actors", self.actors),
                           ("not_missing", not_missing), ("missing", missing_in),
                           ("fallback", self.fallbacks)):
            if value:
                d[key] = value
        read = {k: v for k, v in (("sheet", self.sheet), ("header_row", self.header_row),
                                  ("encoding", self.encoding), ("delimiter", self.delimiter)) if v is not None}
        if read:
            d["read"] = read
        dates: dict = {}
        if self.day_order != "auto":
            dates["order"] = self.day_order
        if self.sentinels:
            dates["sentinels"] = list(self.sentinels)
        if self.period_precision:
            dates["period_precision"] = self.period_precision
        if dates:
            d["dates"] = dates
        numbers: dict = {}
        if self.decimal_comma:
            numbers["decimal_comma"] = True
        if self.missing is not None:
            numbers["missing"] = list(self.missing)
        if numbers:
            d["numbers"] = numbers
        if self.list_separator != ";":
            d["list_separator"] = self.list_separator
        if self.codes:
            d["codes"] = self.codes
        if self.wide_periods:
            d["wide_periods"] = True
        if self.new_domains:
            d["new_domains"] = [{k: v for k, v in zip(("id", "label", "label_ja", "colour"), dom) if v}
                                for dom in self.new_domains]
        if self.create_domains:
            d["create_domains"] = True
        pack = {k: v for k, v in (("name", self.pack_name), ("title", self.pack_title)) if v}
        if pack:
            d["pack"] = pack
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_json_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json_dict(cls, d: object, where: str = "mapping") -> ImportMapping:
        reader = _Reader(where)
        top = reader.obj(d, "")
        reader.keys(top, "", {"format", "version", "kind", "map", "const", "values", "actors", "read",
                              "dates", "numbers", "list_separator", "wide_periods", "pack", "not_missing",
                              "fallback", "new_domains", "create_domains", "codes", "missing"})
        if top.get("format", MAPPING_FORMAT) != MAPPING_FORMAT:
            reader.fail("format", f"expected {MAPPING_FORMAT!r}")
        if top.get("version", MAPPING_VERSION) != MAPPING_VERSION:
            reader.fail("version", f"this version reads version {MAPPING_VERSION} mappings")
        kind = reader.str(top.get("kind"), "kind")
        columns: dict[str, tuple[str, ...]] = {}
        for f, c in reader.obj(top.get("map", {}), "map").items():
            if isinstance(c, str):
                columns[f] = (c,)
            elif isinstance(c, list) and c and all(isinstance(x, str) for x in c):
                columns[f] = tuple(c)
            else:
                reader.fail(f"map.{f}", "a column name or a list of column names (2-3 for a date, any "
                                        "number, ranges A..B and globs c* for a list)")
        constants = {f: reader.scalar(v, f"const.{f}")
                     for f, v in reader.obj(top.get("const", {}), "const").items()}
        values = {f: {k: reader.str(v, f"values.{f}.{k}")
                      for k, v in reader.obj(m, f"values.{f}").items()}
                  for f, m in reader.obj(top.get("values", {}), "values").items()}
        actors = {k: reader.str(v, f"actors.{k}")
                  for k, v in reader.obj(top.get("actors", {}), "actors").items()}
        new_domains: list[tuple[str, str, str, str]] = []
        for k, dom in enumerate(top.get("new_domains", []) if isinstance(top.get("new_domains", []), list)
                                else reader.fail("new_domains", "expected a list of domains")):
            where_k = f"new_domains[{k}]"
            reader.keys(reader.obj(dom, where_k), where_k, {"id", "label", "label_ja", "colour"})
            id_, label, label_ja, colour = (reader.str(dom.get(c, ""), f"{where_k}.{c}")
                                            for c in ("id", "label", "label_ja", "colour"))
            new_domains.append((id_, label, label_ja, colour))
        fallbacks = {f: reader.str(v, f"fallback.{f}")
                     for f, v in reader.obj(top.get("fallback", {}), "fallback").items()}
        not_missing = {f: tuple(reader.str_list(v, f"not_missing.{f}"))
                       for f, v in reader.obj(top.get("not_missing", {}), "not_missing").items()}
        missing_in = {f: tuple(reader.str_list(v, f"missing.{f}"))
                      for f, v in reader.obj(top.get("missing", {}), "missing").items()}
        read = reader.obj(top.get("read", {}), "read")
        reader.keys(read, "read", {"sheet", "header_row", "encoding", "delimiter"})
        dates = reader.obj(top.get("dates", {}), "dates")
        reader.keys(dates, "dates", {"order", "sentinels", "period_precision"})
        numbers = reader.obj(top.get("numbers", {}), "numbers")
        reader.keys(numbers, "numbers", {"decimal_comma", "missing"})
        pack = reader.obj(top.get("pack", {}), "pack")
        reader.keys(pack, "pack", {"name", "title"})
        header_row = read.get("header_row")
        if header_row is not None and (not isinstance(header_row, int) or isinstance(header_row, bool)):
            reader.fail("read.header_row", "a row number counting from 1")
        missing = numbers.get("missing")
        mapping = cls(
            kind=kind, columns=columns, constants=constants, values=values, actors=actors,
            not_missing=not_missing, missing_in=missing_in, fallbacks=fallbacks, new_domains=tuple(new_domains),
            create_domains=reader.bool(top.get("create_domains", False), "create_domains"),
            sheet=reader.opt_str(read.get("sheet"), "read.sheet"),
            header_row=header_row,
            encoding=reader.opt_str(read.get("encoding"), "read.encoding"),
            delimiter=reader.opt_str(read.get("delimiter"), "read.delimiter"),
            list_separator=reader.str(top.get("list_separator", ";"), "list_separator"),
            day_order=reader.str(dates.get("order", "auto"), "dates.order"),
            codes=reader.str(top.get("codes", ""), "codes"),
            sentinels=tuple(reader.str_list(dates.get("sentinels", []), "dates.sentinels")),
            period_precision=reader.str(dates.get("period_precision", ""), "dates.period_precision"),
            missing=None if missing is None else tuple(reader.str_list(missing, "numbers.missing")),
            decimal_comma=reader.bool(numbers.get("decimal_comma", False), "numbers.decimal_comma"),
            wide_periods=reader.bool(top.get("wide_periods", False), "wide_periods"),
            pack_name=reader.str(pack.get("name", ""), "pack.name"),
            pack_title=reader.str(pack.get("title", ""), "pack.title"),
        )
        try:
            mapping.check()
        except MappingError as e:
            raise MappingError(f"{where}: {e}") from None
        return mapping

    @classmethod
    def load(cls, path: str | Path) -> ImportMapping:
        p = Path(path)
        try:
            raw = p.read_bytes()
        except OSError as e:
            raise MappingError(f"{p}: cannot read ({e.strerror or e})") from None
        if len(raw) > 4 * 2**20:
            raise MappingError(f"{p}: larger than 4 MiB; not a mapping file")
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as e:
            raise MappingError(f"{p}: not UTF-8 (byte {e.start})") from None
        except json.JSONDecodeError as e:
            raise MappingError(f"{p}:{e.lineno}:{e.colno}: not valid JSON ({e.msg})") from None
        return cls.from_json_dict(data, str(p))

    def summary(self) -> str:
        """One line for the imported source's note."""
        return json.dumps(self.to_json_dict(), ensure_ascii=False, separators=(",", ":"))


class _Reader:
    """Typed access to parsed JSON; every failure names the key path."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, key: str, message: str) -> NoReturn:
        raise MappingError(f"{self.where}: {key or 'top level'}: {message}")

    def obj(self, v: object, key: str) -> dict:
        if not isinstance(v, dict):
            self.fail(key, "expected an object")
        return v

    def keys(self, d: dict, key: str, allowed: set[str]) -> None:
        unknown = sorted(set(d) - allowed)
        if unknown:
            self.fail(key, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")

    def str(self, v: object, key: builtins.str) -> builtins.str:
        if not isinstance(v, str):
            self.fail(key, "expected text")
        return v

    def opt_str(self, v: object, key: builtins.str) -> builtins.str | None:
        return None if v is None else self.str(v, key)

    def scalar(self, v: object, key: builtins.str) -> builtins.str:
        if isinstance(v, bool) or not isinstance(v, (str, int, float)):
            self.fail(key, "expected text or a number")
        return v if isinstance(v, str) else format(v, "g")

    def bool(self, v: object, key: builtins.str) -> builtins.bool:
        if not isinstance(v, bool):
            self.fail(key, "expected true or false")
        return v

    def str_list(self, v: object, key: builtins.str) -> list[builtins.str]:
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            self.fail(key, "expected a list of texts")
        return v


def _brief_list(items: list[str], limit: int = 12) -> str:
    shown = ", ".join(repr(x) for x in items[:limit])
    return shown + (f", … {len(items) - limit} more" if len(items) > limit else "")

