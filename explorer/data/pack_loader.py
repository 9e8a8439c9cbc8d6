"""Load a briefing pack, or refuse it with every problem listed.

Nothing is half-loaded: all files are parsed and checked first, problems are collected across the
whole pack, and a ``Pack`` is built only when there are none. Cell checks are vectorised over pandas
columns (dates and periods are parsed once per distinct value), so 10^6 observations stay cheap.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable
from itertools import repeat
from operator import is_
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

import numpy as np
import pandas as pd

from explorer.data import pack_cache
from explorer.data.csv_table import RawTable, TextColumn, decode_text, parse_table
from explorer.data.pack import PARSED_PERIODS_KEY, Pack, PackMeta, one_text, period_days
from explorer.data.pack_schema import (
    COLOUR_PATTERN,
    CURRENCY_PATTERN,
    FORMAT_VERSION,
    INVOLVED_FORMAT,
    LIST_SEPARATOR,
    LOAD_ORDER,
    NOTE_RESOURCES,
    NOTES_SPLIT_FORMAT,
    RESOURCE_BY_NAME,
    SCALE_RANGE,
    SLUG_PATTERN,
    Column,
    Kind,
    LoadLimits,
    Resource,
)
from explorer.data.pack_source import (
    DESCRIPTOR,
    FilesDigest,
    PackSource,
    SourceProblem,
    open_source,
    path_problem,
)
from explorer.data.problems import PackInvalid, Problem, ProblemLog
from explorer.data.text_scan import explode_lists, floats_of, fullmatch_unique
from explorer.domain.cell_safety import FORBIDDEN_TEXT_CHARACTERS
from explorer.domain.dates import MAX_YEAR, MIN_YEAR, PartialDate, Period
from explorer.domain.errors import ValueProblem
from explorer.domain.numbers import INTEGER_PATTERN, NUMBER_PATTERN, number_problem_hint

_QUALIFIER_ALIASES = {">=": "≥", "<=": "≤"}
# Text columns repeated over 10^6 figures, held as pandas Categorical (int codes into the sorted
# distinct texts, object categories): 83 MB of object pointers less at 10^6 figures, and filters
# compare integers. Built from the validated codes, never by ``dtype="category"`` at read time
# (which merges "01" and "1").
ACTOR_COLUMNS = ("reporter", "partner")  # the figures' columns with one shared vocabulary
CATEGORICAL_COLUMNS = {"observations": ("indicator_id", "reporter", "partner", "period", "unit",
                                        "qualifier", "price_basis", "source_id", "note", "note_ja")}
# Read as ``csv_table.FigureColumn``s: their short decimals keep no vocabulary of texts.
FIGURE_COLUMNS = {"observations": ("value",)}
_FORBIDDEN_CHARACTER = FORBIDDEN_TEXT_CHARACTERS  # XML (PPTX, SVG, DOCX) cannot hold them


def load_pack(path: str | Path, limits: LoadLimits | None = None,
              write_after: threading.Event | None = None) -> Pack:
    """Open the pack at ``path`` (folder, .zip, or its datapackage.json); PackInvalid if broken.
    ``write_after``: a first open's cache entry is written once it is set (``pack_cache``)."""
    limits = limits or LoadLimits()
    label = str(path)
    try:
        source = open_source(path, limits)
    except SourceProblem as e:
        raise PackInvalid(label, [Problem(e.file, None, None, e.message, e.found)]) from None
    try:
        # A large pack opened before reopens from the validated-pack cache (pack_cache): no parsing,
        # no validation; any change to its files, or any doubt about the entry, means a full load.
        return pack_cache.load_through(source, limits, lambda: _PackReader(source, limits).read(),
                                      write_after)
    finally:
        source.close()


_Parsed = TypeVar("_Parsed")  # what a cell parser returns (PartialDate, Period)


class _PackReader:
    def __init__(self, source: PackSource, limits: LoadLimits) -> None:
        self.source = source
        self.limits = limits
        self.log = ProblemLog(limits.max_problems_per_kind)
        self.tables: dict[str, RawTable] = {}
        self.files: dict[str, str] = {}  # resource name -> pack-relative path
        self.parsed_dates: dict[str, dict[str, PartialDate]] = {}
        self.parsed_periods: dict[str, dict[str, Period]] = {}
        self.numbers: dict[tuple[str, str, str | None], np.ndarray] = {}  # (file, column, empty as) -> per distinct text
        self.matches: dict[tuple[str, str, str], np.ndarray] = {}  # (file, column, pattern) -> per distinct text
        self.parsed_texts: dict[Callable[[str], object], dict[str, object]] = {}  # dates parsed once per pack
        # The pack's fingerprint for export receipts: each file's name and bytes, in reading order.
        self.digest = FilesDigest()

    # -- entry ---------------------------------------------------------------------------------
    def read(self) -> Pack:
        try:
            return self._read()
        finally:
            self.digest.close()

    def _read(self) -> Pack:
        descriptor = self._read_descriptor()
        if descriptor is not None:
            self._read_resources(descriptor)
            for name in LOAD_ORDER:
                if name in self.tables:
                    self._check_cells(RESOURCE_BY_NAME[name], self.tables[name])
            # Keys and cross-column checks run on whatever parsed, so one round lists everything;
            # cells already reported as bad are skipped rather than reported twice.
            self._check_keys()
            self._check_rows()
        if self.log:
            raise PackInvalid(self.source.label, self.log.problems())
        assert descriptor is not None  # every way to no descriptor logs a problem, raised above
        return self._build(descriptor)

    # -- descriptor ----------------------------------------------------------------------------
    def _read_descriptor(self) -> dict[str, Any] | None:
        add = self.log.add
        try:
            data = self.source.read(DESCRIPTOR, self.limits.max_descriptor_bytes)
        except SourceProblem as e:
            msg = e.message
            if "missing" in msg:
                msg = "not a briefing pack: datapackage.json is missing"
            add(DESCRIPTOR, None, None, msg, e.found)
            return None
        self._fingerprint(DESCRIPTOR, data)
        text = decode_text(DESCRIPTOR, data, self.log)
        if text is None:
            return None

        def no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
            found = dict(pairs)
            if len(found) != len(pairs):  # linear: a descriptor of 10^5 keys is checked in milliseconds
                seen: set[str] = set()
                twice: dict[str, None] = {}
                for k, _ in pairs:
                    if k in seen:
                        twice[k] = None
                    seen.add(k)
                for k in twice:
                    add(DESCRIPTOR, None, k, "key appears twice in the same object", k)
            return found

        try:
            desc = json.loads(text, object_pairs_hook=no_duplicates)
        except json.JSONDecodeError as e:
            add(DESCRIPTOR, e.lineno, str(e.colno), f"not valid JSON: {e.msg}")
            return None
        except RecursionError:
            add(DESCRIPTOR, None, None, "JSON nested too deeply")
            return None
        if not isinstance(desc, dict):
            add(DESCRIPTOR, None, None, "must be a JSON object", type(desc).__name__)
            return None
        for where, text in _forbidden_strings(desc):
            hit = _FORBIDDEN_CHARACTER.search(text)
            assert hit is not None  # _forbidden_strings lists only the texts it matches
            char = hit[0]
            kind = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "the control character"
            add(DESCRIPTOR, None, where, f"contains {kind} U+{ord(char):04X} (an escape such as "
                "\\u0007), which slides, SVG and XML cannot hold; remove it", text)
        for key in ("name", "title"):
            if not isinstance(desc.get(key), str) or not desc[key].strip():
                add(DESCRIPTOR, None, key, "required text is missing or empty", _brief(desc.get(key)))
        if desc.get("title_ja") is not None and not isinstance(desc["title_ja"], str):
            add(DESCRIPTOR, None, "title_ja", "must be text (the Japanese title)",
                _brief(desc["title_ja"]))
        declared = desc.get("briefing_pack_format", 1)
        if isinstance(declared, bool) or not isinstance(declared, int) or declared < 1:
            add(DESCRIPTOR, None, "briefing_pack_format",
                "must be a whole number, the pack format version", _brief(declared))
        elif declared > FORMAT_VERSION:
            add(DESCRIPTOR, None, "briefing_pack_format",
                f"the pack is in a newer format than this Briefing Explorer reads ({FORMAT_VERSION}); "
                "update Briefing Explorer", str(declared))
        resources = desc.get("resources")
        if not isinstance(resources, list) or not resources:
            add(DESCRIPTOR, None, "resources", "must be a non-empty list", _brief(resources))
            return None
        return desc

    def _read_resources(self, desc: dict[str, Any]) -> None:
        add = self.log.add
        declared: dict[str, dict[str, Any]] = {}
        extra: list[str] = []
        for i, res in enumerate(desc["resources"]):
            where = f"resources[{i}]"
            if not isinstance(res, dict):
                add(DESCRIPTOR, None, where, "must be an object", _brief(res))
                continue
            name = res.get("name")
            if not isinstance(name, str) or not name:
                add(DESCRIPTOR, None, f"{where}.name", "resource has no name", _brief(name))
                continue
            if name in declared:
                add(DESCRIPTOR, None, f"{where}.name", "resource declared twice", name)
                continue
            if name not in RESOURCE_BY_NAME:
                extra.append(name)  # other resources are allowed and never read
                declared[name] = res
                continue
            path = res.get("path")
            reason = path_problem(path)
            if reason:
                add(DESCRIPTOR, None, f"{where}.path", reason, _brief(path))
                continue
            if not str(path).lower().endswith(".csv"):
                add(DESCRIPTOR, None, f"{where}.path", "resources must be .csv files", path)
                continue
            declared[name] = res
        self.extra_resources = tuple(extra)
        for name in LOAD_ORDER:
            spec = RESOURCE_BY_NAME[name]
            if name not in declared:
                if spec.required:
                    add(DESCRIPTOR, None, "resources", f"required resource '{name}' is not declared")
                continue
            path = declared[name]["path"]
            self.files[name] = path
            try:
                data = self.source.read(path)
            except SourceProblem as e:
                add(e.file, None, None, e.message, e.found)
                continue
            self._fingerprint(path, data)
            holder = [data]
            del data  # parse_table lets the bytes go once the rows are read
            table = parse_table(path, holder, self.log, self.limits, FIGURE_COLUMNS.get(name, ()))
            if table is None:
                continue
            table.resource = name
            self._check_declared_fields(declared[name], table)
            self.tables[name] = table

    def _fingerprint(self, name: str, data: bytes) -> None:
        self.digest.add(name, data)

    def _check_declared_fields(self, res: dict[str, Any], table: RawTable) -> None:
        schema = res.get("schema")
        if schema is None:
            return
        fields = schema.get("fields") if isinstance(schema, dict) else None
        if not isinstance(fields, list):
            self.log.add(DESCRIPTOR, None, f"{res['name']}.schema", "schema must hold a fields list")
            return
        names = [f.get("name") for f in fields if isinstance(f, dict)]
        spec = RESOURCE_BY_NAME.get(res["name"])
        required = {c.name for c in spec.required_columns} if spec else set()
        for n in names:
            if n not in table.header and n not in required:  # required ones are reported anyway
                self.log.add(table.file, 1, str(n),
                             "column declared in datapackage.json is missing from the header")

    # -- cells ---------------------------------------------------------------------------------
    # Every check below runs once per distinct text of a column (``TextColumn.uniques``) and is
    # spread to the rows by their integer codes; problems are reported in row order, as before.
    def _check_cells(self, spec: Resource, table: RawTable) -> None:
        cols = table.columns
        for col in spec.columns:
            if col.name not in cols:
                if col.required:
                    self.log.add(table.file, 1, col.name, "required column is missing from the header")
                cols[col.name] = TextColumn.constant("", len(table))  # absent: every cell empty
                table.absent.append(col.name)
        kinds = {c.name: c.kind for c in spec.columns}
        for name in list(cols):
            kind = kinds.get(name)
            pattern = _STRICT_PATTERNS.get(kind) if kind is not None else None
            if pattern is None:
                cols[name] = cols[name].stripped()
            else:  # texts that match an id or number pattern have no spaces to strip
                ok = fullmatch_unique(cols[name].uniques, pattern)
                stripped = cols[name].stripped(clean=ok)
                if stripped is cols[name]:
                    self.matches[(table.file, name, pattern)] = ok
                cols[name] = stripped
            self._check_characters(table, name)
        for col in spec.columns:
            self._check_column(spec, table, col)

    def _check_characters(self, table: RawTable, column: str) -> None:
        """Characters no export can hold (control characters pasted from slides, noncharacters):
        refused here with file:row:column, so nothing the loader accepts makes an export fail."""
        c = table.columns[column]
        bad: dict[int, str] = {}
        search = _FORBIDDEN_CHARACTER.search
        spec = RESOURCE_BY_NAME[table.resource].columns
        pattern = next((_STRICT_PATTERNS.get(k.kind) for k in spec if k.name == column), None)
        # A text a strict pattern accepts (an id, a number) is plain ASCII: no need to search it.
        todo = (np.flatnonzero(~self._matches(table, column, pattern)) if pattern
                else range(len(c.uniques)))
        # A line feed is allowed: the texts joined by line feeds are searched at once, and one by
        # one only when a forbidden character is among them (a few columns of a few packs).
        if search("\n".join(c.uniques[todo] if pattern else c.uniques)) is None:
            return
        for i in todo:
            text = c.uniques[i]
            m = search(text)
            if m:
                bad[int(i)] = (f"contains the control character U+{ord(m[0]):04X}, which slides, SVG and "
                          "XML cannot hold; remove it (tab and line breaks are allowed)")
        self._report_by_code(table, column, c, bad)

    def _report(self, table: RawTable, column: str, mask: np.ndarray, message: str,
                found: TextColumn | Callable[[np.ndarray], np.ndarray]) -> None:
        idx = np.flatnonzero(mask)
        if len(idx):
            founds = found.take(idx) if isinstance(found, TextColumn) else found(idx)
            self.log.add_rows(table.file, column, message, table.rows[idx], founds)

    def _report_by_code(self, table: RawTable, column: str, c: TextColumn,
                        bad: dict[int, str]) -> None:
        """Report the cells whose distinct text is in ``bad`` (code -> message), grouped by
        message in the order the messages first occur in the rows."""
        if not bad:
            return
        messages = list(dict.fromkeys(bad.values()))
        number = {m: k for k, m in enumerate(messages)}
        per_unique = np.full(len(c.uniques), -1, dtype=np.int32)
        for code, message in bad.items():
            per_unique[code] = number[message]
        per_row = c.spread(per_unique)
        for k in pd.unique(per_row[per_row >= 0]):
            self._report(table, column, per_row == k, messages[k], c)

    def _report_view(self, table: RawTable, column: str, view: _View, sel: np.ndarray,
                     message: str) -> None:
        """Report the cells (or list items) ``sel`` of a view, with their rows and texts."""
        if len(sel):
            self.log.add_rows(table.file, column, message, table.rows[view.pos[sel]],
                              view.uniques[view.codes[sel]])

    def _check_column(self, spec: Resource, table: RawTable, col: Column) -> None:
        c = table.columns[col.name]
        empty = c.empty()
        if col.required and empty.any():
            self._report(table, col.name, empty, "empty cell; a value is required", c)
        if empty.all():
            return
        filled = c.uniques != ""  # per distinct text
        kind = col.kind
        if kind is Kind.SLUG:
            self._check_pattern(table, col, _filled_view(c, empty), SLUG_PATTERN,
                                "not a valid id: use lowercase letters, digits, '_', '.' or '-'")
        elif kind is Kind.CURRENCY:
            self._check_pattern(table, col, _filled_view(c, empty), CURRENCY_PATTERN,
                                "not a currency code: expected three capital letters (ISO 4217)")
        elif kind is Kind.COLOUR:
            self._check_pattern(table, col, _filled_view(c, empty), COLOUR_PATTERN,
                                "not a colour: expected #RRGGBB, six hexadecimal digits (#0072B2)")
        elif kind is Kind.ENUM:
            self._check_enum(table, col, _filled_view(c, empty))
        elif kind in (Kind.SLUG_LIST, Kind.ENUM_LIST):
            items = self._items(table, col.name)
            if kind is Kind.SLUG_LIST:
                self._check_pattern(table, col, items, SLUG_PATTERN,
                                    "list item is not a valid id: lowercase letters, digits, '_', '.' or '-'")
            else:
                self._check_enum(table, col, items)
            if col.required:
                no_items = np.fromiter(
                    (bool(u) and not u.replace(LIST_SEPARATOR, "").strip() for u in c.uniques),
                    dtype=bool, count=len(c.uniques))
                self._report(table, col.name, c.spread(no_items), "list has no items", c)
        elif kind is Kind.DATE:
            self.parsed_dates[f"{spec.name}.{col.name}"] = self._parse_unique(
                table, col, c, PartialDate.parse)
        elif kind is Kind.PERIOD:
            self.parsed_periods[f"{spec.name}.{col.name}"] = self._parse_unique(
                table, col, c, Period.parse)
        elif kind is Kind.NUMBER:
            ok = self._matches(table, col.name, NUMBER_PATTERN) | ~filled
            self._report_by_code(table, col.name, c, {int(i): number_problem_hint(c.uniques[i])
                                                      for i in np.flatnonzero(~ok)})
            nums = self._numbers(table, col.name)
            too_large = ok & filled & ~np.isfinite(nums)
            self._report(table, col.name, c.spread(too_large), "number too large", c)
        elif kind is Kind.INTEGER:
            ok = self._matches(table, col.name, INTEGER_PATTERN)
            self._report(table, col.name, c.spread(filled & ~ok), "not a whole number", c)
            lo, hi = SCALE_RANGE
            vals = np.full(len(c.uniques), np.nan)
            if ok.any():
                vals[ok] = pd.to_numeric(c.uniques[ok], errors="coerce")
            with np.errstate(invalid="ignore"):
                out = filled & ok & ((vals < lo) | (vals > hi))
            self._report(table, col.name, c.spread(out),
                         f"scale must be a power of ten between {lo} and {hi}", c)

    def _numbers(self, table: RawTable, column: str, empty_as: str | None = None) -> np.ndarray:
        """Per distinct text of a column: its number, NaN where it is none (parsed once)."""
        key = (table.file, column, empty_as)
        if key not in self.numbers:
            uniques = table.columns[column].uniques
            # the texts the check found to be numbers (a filled one stays one if emptied)
            numbers = self.matches.get((table.file, column, NUMBER_PATTERN))
            if empty_as is not None:
                if numbers is not None:
                    numbers = numbers & (uniques != "")
                uniques = np.where(uniques == "", empty_as, uniques).astype(object)
            self.numbers[key] = floats_of(uniques, numbers)
        return self.numbers[key]

    def _row_numbers(self, table: RawTable, column: str, empty_as: str | None = None) -> np.ndarray:
        return table.columns[column].spread_numbers(self._numbers(table, column, empty_as))

    def _items(self, table: RawTable, column: str) -> _View:
        """A list column's items, one per row and item (empty items dropped), split once."""
        if column not in table.items:
            table.items[column] = _explode_column(table.columns[column])
        return cast(_View, table.items[column])  # only this method stores there

    def _matches(self, table: RawTable, column: str, pattern: str) -> np.ndarray:
        """Per distinct text of a column: whether it fully matches ``pattern`` (once per pack)."""
        key = (table.file, column, pattern)
        if key not in self.matches:
            self.matches[key] = fullmatch_unique(table.columns[column].uniques, pattern)
        return self.matches[key]

    def _check_pattern(self, table: RawTable, col: Column, view: _View, pattern: str,
                       message: str) -> None:
        bad = ~(self._matches(table, col.name, pattern) if view.uniques is table.columns[col.name].uniques
                else fullmatch_unique(view.uniques, pattern))
        if bad.any():
            self._report_view(table, col.name, view, np.flatnonzero(bad[view.codes]), message)

    def _check_enum(self, table: RawTable, col: Column, view: _View) -> None:
        allowed = col.choices + self._declared_ids(col.extended_by)
        allowed_set = set(allowed)
        bad_u = np.fromiter((u not in allowed_set for u in view.uniques), dtype=bool,
                            count=len(view.uniques))
        if not bad_u.any():
            return
        bad = bad_u[view.codes]
        if not bad.any():
            return
        choices = ", ".join(dict.fromkeys(allowed))
        if col.extended_by:
            declared = self.files.get(col.extended_by, f"{col.extended_by}.csv")
            choices += f" (or declare it in {declared})"
        for code in pd.unique(view.codes[bad]):
            text = view.uniques[code]
            hint = ""
            if text in _QUALIFIER_ALIASES:
                hint = f" (write {_QUALIFIER_ALIASES[text]})"
            elif text.lower() in col.choices or text.replace(" ", "_").lower() in col.choices:
                hint = " (values are lowercase, with '_' for spaces)"
            self._report_view(table, col.name, view, np.flatnonzero(view.codes == code),
                              f"unknown {col.name} value{hint}; expected one of: {choices}")

    def _parse_unique(self, table: RawTable, col: Column, c: TextColumn,
                      parse: Callable[[str], _Parsed]) -> dict[str, _Parsed]:
        parsed: dict[str, _Parsed] = {}
        bad: dict[int, str] = {}
        memo = self.parsed_texts.setdefault(parse, {})  # starts, ends and milestones share dates
        if parse == PartialDate.parse and len(c.uniques) >= _PLAIN_DATES_FROM:
            memo.update(_plain_dates(c.uniques if not memo else
                                    np.array([u for u in c.uniques if u not in memo], dtype=object)))
        texts = c.uniques.tolist()
        found_all = list(map(memo.get, texts))
        if ("" not in memo and sum(map(is_, found_all, repeat(None))) == ("" in texts)  # (most columns:
                and _Unparsed not in set(map(type, found_all))):  # every text parsed above but the empty one)
            parsed = dict(zip(texts, cast(list[_Parsed], found_all)))
            parsed.pop("", None)
            return parsed
        for i, text in enumerate(texts):
            if not text:
                continue
            found = memo.get(text)
            if found is None:
                try:
                    found = parse(text)
                except ValueProblem as e:
                    found = _Unparsed(e.message)  # the message only: no traceback kept
                memo[text] = found
            if isinstance(found, _Unparsed):
                bad[i] = found.message
            else:
                parsed[text] = cast(_Parsed, found)  # the memo is per ``parse``: what it returned
        self._report_by_code(table, col.name, c, bad)
        return parsed

    def _declared_ids(self, resource: str | None) -> tuple[str, ...]:
        """Ids a pack's own table adds to a column's allowed values (checked before: LOAD_ORDER)."""
        table = self.tables.get(resource) if resource else None
        if table is None:
            return ()
        return tuple(i for i in table.columns["id"].uniques if i)

    # -- keys ----------------------------------------------------------------------------------
    def _keys(self, resource: str) -> set[str]:
        table = self.tables.get(resource)
        spec = RESOURCE_BY_NAME[resource]
        if table is None or spec.primary_key is None:
            return set()
        return set(table.columns[spec.primary_key].uniques)

    def _check_keys(self) -> None:
        for name, table in self.tables.items():
            spec = RESOURCE_BY_NAME[name]
            key_cols = [spec.primary_key] if spec.primary_key else list(spec.unique_together)
            if key_cols:
                cols = [table.columns[c] for c in key_cols]
                keyed = np.ones(len(table), dtype=bool)
                for c in cols:
                    keyed &= ~c.empty()
                key = _combined_codes(cols)
                dup = _duplicated(key) & keyed
                if dup.any():
                    self._report_duplicates(table, key_cols, key, np.flatnonzero(dup))
            for col in spec.columns:
                if col.references is None:
                    continue
                target = col.references
                keys = self._keys(target)
                c = table.columns[col.name]
                view = (self._items(table, col.name) if col.kind is Kind.SLUG_LIST
                        else _filled_view(c, c.empty()))
                missing_u = np.fromiter((u not in keys for u in view.uniques), dtype=bool,
                                        count=len(view.uniques))
                missing = (np.flatnonzero(missing_u[view.codes]) if missing_u.any()
                           else np.empty(0, dtype=np.intp))
                if not len(missing):
                    continue
                what = "file is absent" if target not in self.tables else "has no such id"
                self._report_view(table, col.name, view, missing,
                                  f"refers to an unknown {target} id ({self.files.get(target, target + '.csv')} {what})")

    def _report_duplicates(self, table: RawTable, key_cols: list[str], key: np.ndarray,
                           dups: np.ndarray) -> None:
        """The first few duplicated keys with their rows and the row that first used them; the
        rest counted. Linear: 10^6 copies of one id are reported in a second, not minutes."""
        shown = dups[:self.limits.max_problems_per_kind]
        cols = [table.columns[c] for c in key_cols]
        message = f"duplicate {'/'.join(key_cols)}"
        for i in shown:
            first = int(np.argmax(key == key[i]))  # a first use is before its copy
            found = "/".join(c.uniques[c.codes[i]] for c in cols)
            self.log.add(table.file, int(table.rows[i]), key_cols[0],
                         f"{message}; first used in row {int(table.rows[first])}", found)
        if len(dups) > len(shown):
            self.log.add(table.file, None, key_cols[0],
                         f"... and {len(dups) - len(shown):,} more rows with: {message}")

    # -- cross-column checks ---------------------------------------------------------------------
    def _check_rows(self) -> None:
        for name, start_col, end_col in (("events", "start", "end"), ("eras", "start", "end")):
            table = self.tables.get(name)
            if table is None:
                continue
            starts = self.parsed_dates.get(f"{name}.{start_col}", {})
            ends = self.parsed_dates.get(f"{name}.{end_col}", {})
            s_col, e_col = table.columns[start_col], table.columns[end_col]
            rows = np.flatnonzero(~e_col.empty())
            if not len(rows):
                continue
            # Day numbers per distinct text (-1 / huge when unparsed: those cells are reported already)
            first_u = _day_spans(list(map(starts.get, s_col.uniques)), -(1 << 40))[0]
            last_u = _day_spans(list(map(ends.get, e_col.uniques)), 1 << 40)[1]
            first = first_u[s_col.codes[rows]]
            last = last_u[e_col.codes[rows]]
            for i in rows[last < first]:
                s = starts[s_col.uniques[s_col.codes[i]]]
                e = ends[e_col.uniques[e_col.codes[i]]]
                self.log.add(table.file, int(table.rows[i]), end_col, "ends before it starts",
                             f"{s.iso()} to {e.iso()}")
        self._check_party_or_involved()
        self._check_scaled_values()
        fx = self.tables.get("fx_rates")
        if fx is not None:
            rate = self._row_numbers(fx, "rate")
            with np.errstate(invalid="ignore"):
                self._report(fx, "rate", rate <= 0, "rate must be positive", fx.columns["rate"])
            same = fx.columns["base"].values() == fx.columns["quote"].values()
            self._report(fx, "quote", np.asarray(same, dtype=bool),
                         "quote is the same currency as base", fx.columns["quote"])

    def _check_scaled_values(self) -> None:
        """A value that overflows once scaled (1e300 at scale 15) cannot be charted or exported."""
        obs = self.tables.get("observations")
        if obs is None:
            return
        values = self._row_numbers(obs, "value")
        s = obs.columns["scale"]
        scales = self._numbers(obs, "scale", empty_as="0")  # per distinct text, spread once
        usable = np.isfinite(scales) & (np.abs(scales) <= 1000)
        with np.errstate(over="ignore", invalid="ignore"):
            scaled = s.spread(np.power(10.0, np.where(usable, scales, 0.0)))
            scaled *= values
        # Beyond 1e300 the sums, growth rates and unit conversions of a chart overflow as well.
        bad = ~(np.abs(scaled, out=scaled) < 1e300)
        bad &= np.isfinite(values)
        bad &= s.spread(usable)
        if bad.any():
            v = obs.columns["value"]
            self._report(obs, "value", bad, "number too large once scaled (value × 10^scale overflows)",
                         lambda idx: v.take(idx) + " × 10^" + s.take(idx))

    def _check_party_or_involved(self) -> None:
        """An actor is a formal party to an event or only involved in it, not both."""
        table = self.tables.get("events")
        if table is None or "involved" not in table.header:
            return
        parties, involved = table.columns["parties"], table.columns["involved"]
        rows = np.flatnonzero(~involved.empty())
        if not len(rows):
            return
        width = max(len(involved.uniques), 1)
        pairs, distinct = pd.factorize(parties.codes[rows].astype(np.int64) * width
                                       + involved.codes[rows])
        common: dict[int, str] = {}  # per distinct (parties, involved) pair: the actors in both
        for k, pair in enumerate(distinct):
            named = {a.strip() for a in parties.uniques[pair // width].split(LIST_SEPARATOR)}
            both = [a.strip() for a in involved.uniques[pair % width].split(LIST_SEPARATOR)
                    if a.strip() in named and a.strip()]
            if both:
                common[k] = ";".join(both)
        if not common:
            return
        hit = np.isin(pairs, np.fromiter(common, dtype=np.int64))
        for i, k in zip(rows[hit], pairs[hit]):
            self.log.add(table.file, int(table.rows[i]), "involved",
                         "also among parties: an actor is a party to an event or involved "
                         "in it, not both", common[int(k)])

    def _format_version(self, desc: dict[str, Any]) -> int:
        """The format the pack was written in: as declared, or the split format if any table
        already has an ``editor_note`` or ``note_ja`` column (its author wrote notes after the
        split: a Japanese reader's note beside an English one read as the editor's would show
        readers of one language a note the others never see)."""
        declared = int(desc.get("briefing_pack_format", 1))
        if "events" in self.tables and "involved" in self.tables["events"].header:
            declared = max(declared, INVOLVED_FORMAT)
        if any("editor_note" in t.header or "note_ja" in t.header for t in self.tables.values()):
            return max(declared, NOTES_SPLIT_FORMAT)
        return declared

    # -- build ---------------------------------------------------------------------------------
    def _build(self, desc: dict[str, Any]) -> Pack:
        format_version = self._format_version(desc)
        empty = TextColumn.constant("", 0)

        def column(name: str, col: str) -> TextColumn:
            table = self.tables.get(name)
            return table.columns[col] if table is not None else empty

        def dates(key: str, c: TextColumn) -> tuple[np.ndarray, np.ndarray]:
            """Per row: the PartialDate (None for an empty cell); and per distinct text."""
            lookup = self.parsed_dates.get(key, {})
            per_text = np.empty(len(c.uniques), dtype=object)
            per_text[:] = [lookup.get(t) if t else None for t in c.uniques]
            return c.spread(per_text), per_text

        def days(per_text: np.ndarray, attr: str, missing: int = -1) -> np.ndarray:
            first, last = _day_spans(per_text.tolist(), missing)
            return (first if attr == "start_day" else last).astype(np.int32)

        # Derived columns first, while the tables are still codes; then the frames, one at a time.
        derived: dict[str, dict[str, np.ndarray]] = {name: {} for name in RESOURCE_BY_NAME}
        s, e = column("events", "start"), column("events", "end")
        start_date, start_u = dates("events.start", s)
        end_date, end_u = dates("events.end", e)
        ev_end = s.spread(days(start_u, "end_day"))
        has_end = ~e.empty()
        ev_end[has_end] = e.spread(days(end_u, "end_day", -1))[has_end]
        derived["events"] = {"start_date": start_date, "end_date": end_date,
                             "start_day": s.spread(days(start_u, "start_day")), "end_day": ev_end}
        m = column("milestones", "date")
        date_value, date_u = dates("milestones.date", m)
        derived["milestones"] = {"date_value": date_value,
                                 "day_start": m.spread(days(date_u, "start_day")),
                                 "day_end": m.spread(days(date_u, "end_day"))}
        er_start = dates("eras.start", column("eras", "start"))[1]
        er_end = dates("eras.end", column("eras", "end"))[1]
        derived["eras"] = {"start_day": column("eras", "start").spread(days(er_start, "start_day")),
                           "end_day": column("eras", "end").spread(days(er_end, "end_day", -1))}
        # The figures' period days are kept per distinct period (``Pack.observation_days``), the
        # few exchange rates' per row.
        p = column("fx_rates", "period")
        first, last = period_days(p.uniques, self.parsed_periods.get("fx_rates.period", {}).__getitem__)
        derived["fx_rates"] = {"period_start": p.spread(first), "period_end": p.spread(last)}
        numbers: dict[str, dict[str, np.ndarray]] = {"observations": {}, "fx_rates": {}}
        if "observations" in self.tables:
            obs = self.tables["observations"]
            numbers["observations"] = {"value": self._row_numbers(obs, "value"),
                                       # a byte a figure: the checks keep it in SCALE_RANGE
                                       "scale": obs.columns["scale"].spread(
                                           self._numbers(obs, "scale", "0").astype(np.int8))}
        if "fx_rates" in self.tables:
            numbers["fx_rates"] = {"rate": self._row_numbers(self.tables["fx_rates"], "rate")}
        exploded = {}
        for key, col, item in (("event_parties", "parties", "actor"),
                               ("event_involved", "involved", "actor"),
                               ("event_domains", "domains", "domain")):
            view = (self._items(self.tables["events"], col) if "events" in self.tables
                    else _explode_column(empty))
            # An event's row in 4 bytes, not 8 (tier L: 3.4 * 10^5 rows, 1.4 MB less): readers
            # index or compare with it; events.csv is at most 512 MB (LoadLimits): far under 2^31 rows.
            exploded[key] = pd.DataFrame({"row": view.pos.astype(np.int32),
                                          item: view.uniques[view.codes]})
        self.numbers.clear()
        actors = _actor_vocabulary(self.tables.get("observations"))

        frames: dict[str, pd.DataFrame] = {}
        for name in RESOURCE_BY_NAME:
            table = self.tables.get(name)
            if table is None:
                cols = [c.name for c in RESOURCE_BY_NAME[name].columns]
                f = pd.DataFrame({c: pd.Series([], dtype=object) for c in cols})
            else:
                # Column by column: a DataFrame made from a dict stacks its object columns into
                # one block, a copy of every cell (80 MB more at 10^6 figures) for a moment.
                # Each column's codes are freed once it is built; numbers go in as numbers.
                f = pd.DataFrame(index=pd.RangeIndex(len(table)))
                typed = numbers.get(name, {})
                for c in list(table.columns):
                    text = table.columns.pop(c)
                    if c in typed:  # a Series around the array: assigned bare, it is copied
                        f[c] = pd.Series(typed[c], index=f.index, copy=False)
                    elif c in table.absent:
                        f[c] = _left_out(name, c, f.index)
                    elif c in CATEGORICAL_COLUMNS.get(name, ()):
                        f[c] = pd.Series(_categorical(text, actors if c in ACTOR_COLUMNS else None),
                                         index=f.index, copy=False)
                    else:
                        f[c] = pd.Series(text.values(), index=f.index, dtype=object, copy=False)
                    del text
                table.items = {}
            for c, values in derived.get(name, {}).items():
                f[c] = pd.Series(values, index=f.index, dtype=values.dtype, copy=False)
            frames[name] = f
        if format_version < NOTES_SPLIT_FORMAT:
            _read_notes_as_editorial(frames)
        obs, fx = frames["observations"], frames["fx_rates"]
        if "observations" not in self.tables:  # as a full load types its empty columns
            obs["value"] = pd.to_numeric(obs["value"]).astype(float)
            obs["scale"] = pd.to_numeric(obs["scale"].replace("", "0")).astype(np.int8)
        if "fx_rates" not in self.tables:
            fx["rate"] = pd.to_numeric(fx["rate"]).astype(float)

        meta = PackMeta(
            name=str(desc.get("name", "")),
            title=str(desc.get("title", "")),
            version=str(desc.get("version", "")),
            created=str(desc.get("created", "")),
            description=str(desc.get("description", "")),
            licenses=tuple(x for x in desc.get("licenses", []) or [] if isinstance(x, dict)),
            sources=tuple(x for x in desc.get("sources", []) or [] if isinstance(x, dict)),
            location=self.source.label,
            extra_resources=self.extra_resources,
            digest=self.digest.hexdigest(),
            format_version=format_version,
            title_ja=str(desc.get("title_ja") or "").strip(),
        )
        pack = Pack(
            meta=meta,
            **{name: frames[name] for name in Pack.RESOURCE_NAMES},
            present=frozenset(self.tables),
            event_parties=exploded["event_parties"],
            event_involved=exploded["event_involved"],
            event_domains=exploded["event_domains"],
        )
        pack.__dict__[PARSED_PERIODS_KEY] = self.parsed_periods.get("observations.period", {})
        _ = pack.observation_period_days  # the figures' period days, from the periods parsed above
        return pack


def _forbidden_strings(value: object) -> list[tuple[str, str]]:
    """(where, text) of every key or string in a JSON value holding a forbidden character."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[str, object]] = [("", value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                here = f"{where}.{key}" if where else str(key)
                if _FORBIDDEN_CHARACTER.search(key):
                    found.append((here, key))
                stack.append((here, child))
        elif isinstance(item, list):
            stack.extend((f"{where}[{i}]", child) for i, child in enumerate(item))
        elif isinstance(item, str) and _FORBIDDEN_CHARACTER.search(item):
            found.append((where, item))
    return found


def _actor_vocabulary(table: RawTable | None) -> np.ndarray | None:
    """The figures' reporters and partners, sorted: both columns' categories, so that their codes
    are the pack's actor codes themselves (``Pack.observation_actor_codes``: no copy, tier L 3.8
    MB). None when a column is left out (it holds "" alone)."""
    if table is None or not all(c in table.columns and c not in table.absent for c in ACTOR_COLUMNS):
        return None
    return np.unique(np.concatenate([np.asarray(table.columns[c].uniques, dtype=object)
                                     for c in ACTOR_COLUMNS]))


def _categorical(text: TextColumn, categories: np.ndarray | None = None) -> pd.Categorical:
    """The column as a Categorical over its sorted distinct texts (sorting it sorts as text), or
    over ``categories`` (sorted, holding them all)."""
    uniques = np.asarray(text.uniques, dtype=object)
    if categories is None:
        categories, inverse = np.unique(uniques, return_inverse=True)
    else:
        inverse = np.searchsorted(categories, uniques)
    if len(categories) == 1:
        return one_text(categories[0], len(text.codes))
    codes = inverse.astype(np.int32)[text.codes] if len(text.codes) else text.codes
    return pd.Categorical.from_codes(
        codes, dtype=pd.CategoricalDtype(pd.Index(categories, dtype=object)))


def _left_out(table: str, column: str, index: pd.RangeIndex) -> pd.Series | str:
    """An optional column the pack left out: every cell "". In the figures' table it is a
    Categorical of that one text (as their repeated texts are when present), its codes in no
    memory (``one_text``; a pack without ``editor_note`` held 8 MB more at 10^6 figures as text)."""
    if table not in CATEGORICAL_COLUMNS:
        return ""
    return pd.Series(one_text("", len(index)), index=index, copy=False)


def _read_notes_as_editorial(frames: dict[str, pd.DataFrame]) -> None:
    """A pack written before the reader/editor split: its ``note`` text may be working notes
    (slips found, "not seen directly"), so it is kept as the editor's and readers see none."""
    for name in NOTE_RESOURCES:
        f = frames[name]
        f["editor_note"] = f["note"]
        f["note"] = pd.Series([""] * len(f), index=f.index, dtype=object)


_STRICT_PATTERNS = {Kind.SLUG: SLUG_PATTERN, Kind.CURRENCY: CURRENCY_PATTERN,
                    Kind.COLOUR: COLOUR_PATTERN, Kind.NUMBER: NUMBER_PATTERN,
                    Kind.INTEGER: INTEGER_PATTERN}


_PLAIN_DATES_FROM = 64  # distinct dates in a column from which _plain_dates pays for its numpy set-up
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_DIGIT_AT = {4: [0, 1, 2, 3], 7: [0, 1, 2, 3, 5, 6], 10: [0, 1, 2, 3, 5, 6, 8, 9]}


def _plain_dates(texts: np.ndarray) -> dict[str, PartialDate]:
    """``PartialDate.parse`` of each text that is a plain ASCII ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``, perhaps marked ``~`` or ``?``, that it accepts (most dates of a large table),
    read with numpy rather than a regular expression and a calendar call each; other texts
    (spaced, non-ASCII digits, impossible dates) are left to ``PartialDate.parse``."""
    n = len(texts)
    length = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    sel = np.flatnonzero((length >= 4) & (length <= 11))
    if not len(sel):
        return {}
    texts, length = texts[sel], length[sel]
    cp = texts.astype("U11").view(np.uint32).reshape(len(sel), 11).astype(np.int64)
    last = cp[np.arange(len(sel)), length - 1]
    approximate, uncertain = last == ord("~"), last == ord("?")
    core = length - (approximate | uncertain)
    d = cp - ord("0")
    digit = (d >= 0) & (d <= 9)
    year = d[:, 0] * 1000 + d[:, 1] * 100 + d[:, 2] * 10 + d[:, 3]
    month = d[:, 5] * 10 + d[:, 6]
    day = d[:, 8] * 10 + d[:, 9]
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    in_year = (year >= MIN_YEAR) & (year <= MAX_YEAR)
    month_ok = (cp[:, 4] == ord("-")) & (month >= 1) & (month <= 12)
    month_days = _MONTH_DAYS[np.where(month_ok, month, 0)] + (leap & (month == 2))
    day_ok = month_ok & (cp[:, 7] == ord("-")) & (day >= 1) & (day <= month_days)
    out: dict[str, PartialDate] = {}
    for size, ok in ((4, in_year), (7, in_year & month_ok), (10, in_year & day_ok)):
        ok = ok & (core == size) & digit[:, _DIGIT_AT[size]].all(axis=1)
        for marks in ((False, False), (True, False), (False, True)):
            take = np.flatnonzero(ok & (approximate == marks[0]) & (uncertain == marks[1]))
            if len(take):
                months = month[take].tolist() if size > 4 else repeat(None)
                days = day[take].tolist() if size > 7 else repeat(None)
                out.update(zip(texts[take].tolist(), map(
                    _new_date, year[take].tolist(), months, days, repeat(marks[0]), repeat(marks[1]))))
    return out


def _day_spans(dates: list[PartialDate | None], missing: int) -> tuple[np.ndarray, np.ndarray]:
    """Each date's ``start_day`` and ``end_day`` (``missing`` for None), with numpy's calendar
    (proleptic Gregorian, as ``PartialDate``'s): ~0.1 µs a date instead of ~1.5 µs for the two
    properties, which make a ``datetime.date`` each (hundreds of thousands of dates at tier L)."""
    known = [d for d in dates if d is not None]
    year = np.array([d.year for d in known], dtype=np.int64)
    month = np.array([d.month or 0 for d in known], dtype=np.int64)
    day = np.array([d.day or 0 for d in known], dtype=np.int64)
    years = (year - 1970).astype("datetime64[Y]")
    months = years.astype("datetime64[M]") + np.maximum(month - 1, 0)
    first = months.astype("datetime64[D]") + np.maximum(day - 1, 0)
    last = np.where(day > 0, first, np.where(month > 0, (months + 1).astype("datetime64[D]") - 1,
                                             (years + 1).astype("datetime64[D]") - 1))
    if len(known) == len(dates):
        return first.astype(np.int64), last.astype(np.int64)
    where = np.fromiter((d is not None for d in dates), dtype=bool, count=len(dates))
    out_first = np.full(len(dates), missing, dtype=np.int64)
    out_last = out_first.copy()
    out_first[where], out_last[where] = first.astype(np.int64), last.astype(np.int64)
    return out_first, out_last


def _slot_setters() -> list[Callable[[PartialDate, Any], None]] | None:
    """The setters of PartialDate's five slots, in field order, while it is the plain frozen slots
    dataclass of five fields it is today (else None: the class's own constructor is used)."""
    names = [f.name for f in dataclasses.fields(PartialDate)]
    if (names != ["year", "month", "day", "approximate", "uncertain"] or hasattr(PartialDate, "__post_init__")
            or getattr(PartialDate, "__slots__", ()) != tuple(names)):
        return None
    return [PartialDate.__dict__[name].__set__ for name in names]


_SLOT_SETTERS = _slot_setters()


def _new_date(year: int, month: int | None, day: int | None, approximate: bool, uncertain: bool) -> PartialDate:
    """``PartialDate(year, month, day, approximate, uncertain)`` for values already checked, in half its
    time: written into the slots directly, not through the frozen class's ``object.__setattr__`` (a
    column of a few thousand distinct dates)."""
    if _SLOT_SETTERS is None:
        return PartialDate(year, month, day, approximate, uncertain)
    date = object.__new__(PartialDate)
    set_year, set_month, set_day, set_approximate, set_uncertain = _SLOT_SETTERS
    set_year(date, year)
    set_month(date, month)
    set_day(date, day)
    set_approximate(date, approximate)
    set_uncertain(date, uncertain)
    return date


class _Unparsed(NamedTuple):
    message: str


class _View(NamedTuple):
    """Cells (or list items) of a column: row positions, codes, and the texts the codes index."""

    pos: np.ndarray
    codes: np.ndarray
    uniques: np.ndarray


def _filled_view(c: TextColumn, empty: np.ndarray) -> _View:
    pos = np.flatnonzero(~empty)
    return _View(pos, c.codes[pos], c.uniques)


def _explode_column(c: TextColumn) -> _View:
    """List cells to one item per entry in row order, stripped, empty items dropped: each distinct
    cell text is split once (all at once, ``text_scan.explode_lists``), and the items are spread
    to the rows with integer arithmetic."""
    lengths, flat, uniques = explode_lists(c.uniques)
    starts = np.cumsum(lengths) - lengths
    row_lengths = lengths[c.codes] if len(c.codes) else np.empty(0, dtype=np.int64)
    total = int(row_lengths.sum())
    pos = np.repeat(np.arange(len(c.codes), dtype=np.int64), row_lengths)
    within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(row_lengths) - row_lengths,
                                                          row_lengths)
    codes = flat[np.repeat(starts[c.codes], row_lengths) + within] if total else flat[:0]
    return _View(pos, codes, uniques)


def _combined_codes(columns: list[TextColumn]) -> np.ndarray:
    """One integer per row for the tuple of the columns' cells (equal tuples, equal integers)."""
    key = columns[0].codes.astype(np.int64)
    for c in columns[1:]:
        key = pd.factorize(key * max(len(c.uniques), 1) + c.codes)[0].astype(np.int64)
    return key


def _duplicated(key: np.ndarray) -> np.ndarray:
    """Per row: an earlier row has the same key."""
    dup = np.ones(len(key), dtype=bool)
    if len(key):
        dup[np.unique(key, return_index=True)[1]] = False
    return dup


def _brief(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


# -- validating files held in memory (an import checks the pack it is about to publish) -------------
class _MemorySource(PackSource):
    """A pack's files as bytes in memory, read under the same limits as a folder's."""

    def __init__(self, label: str, files: dict[str, bytes], limits: LoadLimits) -> None:
        super().__init__(label, limits)
        self.files = files

    def exists(self, name: str) -> bool:
        return path_problem(name) is None and name in self.files

    def _read(self, name: str, cap: int) -> bytes:
        data = self.files.get(name)
        if data is None:
            raise SourceProblem(name, "file is missing")
        if len(data) > cap:
            raise SourceProblem(name, f"file is larger than the {cap:,}-byte limit",
                                f"{len(data):,} bytes")
        return data


class _Passed(Exception):
    """Every check passed: ``_Checker`` stops where a load would build the pack."""


class _Checker(_PackReader):
    """``_PackReader.read`` exactly (every parse and check, problems in the same words) without
    building the ``Pack`` the caller does not need."""

    def _fingerprint(self, name: str, data: bytes) -> None:
        pass  # the digest names a loaded pack in export receipts; a check has no use for it

    def _build(self, desc: dict[str, object]) -> Pack:
        raise _Passed


def check_pack_files(label: str, files: dict[str, bytes], limits: LoadLimits | None = None) -> None:
    """Run every check ``load_pack`` runs on the pack whose files (pack-relative name -> bytes,
    ``datapackage.json`` included) are given, without reading them from disk, building the pack or
    touching the pack cache; PackInvalid (labelled ``label``) if a ``load_pack`` of the same bytes
    would refuse them. An import validates the bytes it writes this way."""
    limits = limits or LoadLimits()
    try:
        _Checker(_MemorySource(label, files, limits), limits).read()
    except _Passed:
        return
