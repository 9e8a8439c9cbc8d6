# The former loader, verbatim but for this import: a reference for tests only.
"""Load a briefing pack, or refuse it with every problem listed.

Nothing is half-loaded: all files are parsed and checked first, problems are collected across the
whole pack, and a ``Pack`` is built only when there are none. Cell checks are vectorised over pandas
columns (dates and periods are parsed once per distinct value), so 10^6 observations stay cheap.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.data import pack_cache
from explorer.data.pack import Pack, PackMeta
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
from explorer.data.pack_source import DESCRIPTOR, PackSource, SourceProblem, open_source, path_problem
from explorer.data.problems import PackInvalid, Problem, ProblemLog
from explorer.domain.cell_safety import FORBIDDEN_TEXT_CHARACTERS
from explorer.domain.dates import PartialDate, Period
from explorer.domain.errors import ValueProblem
from explorer.domain.numbers import INTEGER_PATTERN, NUMBER_PATTERN, number_problem_hint
from tests.data.former_loader.csv_table import RawTable, decode_text, parse_table

_QUALIFIER_ALIASES = {">=": "≥", "<=": "≤"}
_FORBIDDEN_CHARACTER = FORBIDDEN_TEXT_CHARACTERS  # XML (PPTX, SVG, DOCX) cannot hold them


def load_pack(path: str | Path, limits: LoadLimits | None = None) -> Pack:
    """Open the pack at ``path`` (folder, .zip, or its datapackage.json); PackInvalid if broken."""
    limits = limits or LoadLimits()
    label = str(path)
    try:
        source = open_source(path, limits)
    except SourceProblem as e:
        raise PackInvalid(label, [Problem(e.file, None, None, e.message, e.found)]) from None
    try:
        # A large pack opened before reopens from the validated-pack cache (pack_cache): no parsing,
        # no validation; any change to its files, or any doubt about the entry, means a full load.
        return pack_cache.load_through(source, limits, lambda: _PackReader(source, limits).read())
    finally:
        source.close()


class _PackReader:
    def __init__(self, source: PackSource, limits: LoadLimits) -> None:
        self.source = source
        self.limits = limits
        self.log = ProblemLog(limits.max_problems_per_kind)
        self.tables: dict[str, RawTable] = {}
        self.files: dict[str, str] = {}  # resource name -> pack-relative path
        self.parsed_dates: dict[str, dict[str, PartialDate]] = {}
        self.parsed_periods: dict[str, dict[str, Period]] = {}
        # The pack's fingerprint for export receipts: each file's name and bytes, in reading order.
        self.digest = hashlib.sha256()

    # -- entry ---------------------------------------------------------------------------------
    def read(self) -> Pack:
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
        return self._build(descriptor)

    # -- descriptor ----------------------------------------------------------------------------
    def _read_descriptor(self) -> dict | None:
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

        def no_duplicates(pairs: list[tuple[str, object]]) -> dict:
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
            char = _FORBIDDEN_CHARACTER.search(text)[0]
            kind = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "the control character"
            add(DESCRIPTOR, None, where, f"contains {kind} U+{ord(char):04X} (an escape such as "
                "\\u0007), which slides, SVG and XML cannot hold; remove it", text)
        for key in ("name", "title"):
            if not isinstance(desc.get(key), str) or not desc[key].strip():
                add(DESCRIPTOR, None, key, "required text is missing or empty", _brief(desc.get(key)))
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

    def _read_resources(self, desc: dict) -> None:
        add = self.log.add
        declared: dict[str, dict] = {}
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
            table = parse_table(path, data, self.log, self.limits)
            if table is None:
                continue
            self._check_declared_fields(declared[name], table)
            self.tables[name] = table

    def _fingerprint(self, name: str, data: bytes) -> None:
        self.digest.update(f"{name}\0{len(data)}\0".encode())
        self.digest.update(data)

    def _check_declared_fields(self, res: dict, table: RawTable) -> None:
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
    def _check_cells(self, spec: Resource, table: RawTable) -> None:
        frame = table.frame
        known = {c.name for c in spec.columns}
        for col in spec.columns:
            if col.name not in frame.columns:
                if col.required:
                    self.log.add(table.file, 1, col.name, "required column is missing from the header")
                frame[col.name] = ""  # absent optional column: every cell empty
        for name in list(frame.columns):
            frame[name] = _strip(frame[name])
            self._check_characters(table, name)
        for col in spec.columns:
            if col.name in known:
                self._check_column(spec, table, col)

    def _check_characters(self, table: RawTable, column: str) -> None:
        """Characters no export can hold (control characters pasted from slides, noncharacters):
        refused here with file:row:column, so nothing the loader accepts makes an export fail."""
        values = table.frame[column]
        _codes, uniques = pd.factorize(values)
        bad: dict[str, str] = {}
        for text in uniques:
            m = _FORBIDDEN_CHARACTER.search(text)
            if m:
                bad[text] = (f"contains the control character U+{ord(m[0]):04X}, which slides, SVG and "
                             "XML cannot hold; remove it (tab and line breaks are allowed)")
        if not bad:
            return
        messages = values.map(bad)
        for message in pd.unique(messages.dropna()):
            idx = np.flatnonzero((messages == message).to_numpy())
            self.log.add_rows(table.file, column, message, table.rows[idx], values.to_numpy()[idx])

    def _report(self, table: RawTable, col: Column, mask: np.ndarray, message: str,
                values: pd.Series) -> None:
        idx = np.flatnonzero(mask)
        if len(idx):
            self.log.add_rows(table.file, col.name, message, table.rows[idx],
                              values.to_numpy()[idx])

    def _report_by_value(self, table: RawTable, col: Column, values: pd.Series,
                         bad: dict[str, str]) -> None:
        """Report cells whose text is in ``bad`` (text -> message), grouped by message."""
        if not bad:
            return
        messages = values.map(bad)
        for message in pd.unique(messages.dropna()):
            self._report(table, col, (messages == message).to_numpy(), message, values)

    def _check_column(self, spec: Resource, table: RawTable, col: Column) -> None:
        s: pd.Series = table.frame[col.name]
        empty = (s == "").to_numpy()
        if col.required and empty.any():
            self._report(table, col, empty, "empty cell; a value is required", s)
        filled = s[~empty]
        if filled.empty:
            return
        kind = col.kind
        if kind is Kind.SLUG:
            self._check_pattern(table, col, filled, SLUG_PATTERN,
                                "not a valid id: use lowercase letters, digits, '_', '.' or '-'")
        elif kind is Kind.CURRENCY:
            self._check_pattern(table, col, filled, CURRENCY_PATTERN,
                                "not a currency code: expected three capital letters (ISO 4217)")
        elif kind is Kind.COLOUR:
            self._check_pattern(table, col, filled, COLOUR_PATTERN,
                                "not a colour: expected #RRGGBB, six hexadecimal digits (#0072B2)")
        elif kind is Kind.ENUM:
            self._check_enum(table, col, filled)
        elif kind in (Kind.SLUG_LIST, Kind.ENUM_LIST):
            items = _explode(filled)
            if kind is Kind.SLUG_LIST:
                self._check_pattern(table, col, items, SLUG_PATTERN,
                                    "list item is not a valid id: lowercase letters, digits, '_', '.' or '-'")
            else:
                self._check_enum(table, col, items)
            if col.required:
                no_items = filled.str.replace(LIST_SEPARATOR, "", regex=False).str.strip() == ""
                self._report(table, col, _full_mask(s, no_items), "list has no items", s)
        elif kind is Kind.DATE:
            self.parsed_dates[f"{spec.name}.{col.name}"] = self._parse_unique(
                table, col, filled, PartialDate.parse)
        elif kind is Kind.PERIOD:
            self.parsed_periods[f"{spec.name}.{col.name}"] = self._parse_unique(
                table, col, filled, Period.parse)
        elif kind is Kind.NUMBER:
            bad = ~_fullmatch(filled, NUMBER_PATTERN)
            if bad.any():
                texts = pd.unique(filled[bad])
                self._report_by_value(table, col, s, {t: number_problem_hint(t) for t in texts})
            good = filled[~bad]
            nums = pd.to_numeric(good, errors="coerce").to_numpy(dtype=float)
            self._report(table, col, _full_mask(s, pd.Series(~np.isfinite(nums), good.index)),
                         "number too large", s)
        elif kind is Kind.INTEGER:
            ok = _fullmatch(filled, INTEGER_PATTERN)
            self._report(table, col, _full_mask(s, ~ok), "not a whole number", s)
            lo, hi = SCALE_RANGE
            vals = pd.to_numeric(filled[ok], errors="coerce")
            out = (vals < lo) | (vals > hi)
            self._report(table, col, _full_mask(s, out.reindex(filled.index, fill_value=False)),
                         f"scale must be a power of ten between {lo} and {hi}", s)

    def _check_pattern(self, table: RawTable, col: Column, values: pd.Series, pattern: str,
                       message: str) -> None:
        bad = ~_fullmatch(values, pattern)
        if bad.any():
            self._report_rows(table, col, values[bad], message)

    def _check_enum(self, table: RawTable, col: Column, values: pd.Series) -> None:
        allowed = col.choices + self._declared_ids(col.extended_by)
        bad = ~values.isin(allowed)
        if not bad.any():
            return
        choices = ", ".join(dict.fromkeys(allowed))
        if col.extended_by:
            declared = self.files.get(col.extended_by, f"{col.extended_by}.csv")
            choices += f" (or declare it in {declared})"
        for text in pd.unique(values[bad]):
            hint = ""
            if text in _QUALIFIER_ALIASES:
                hint = f" (write {_QUALIFIER_ALIASES[text]})"
            elif text.lower() in col.choices or text.replace(" ", "_").lower() in col.choices:
                hint = " (values are lowercase, with '_' for spaces)"
            self._report_rows(table, col, values[values == text],
                              f"unknown {col.name} value{hint}; expected one of: {choices}")

    def _report_rows(self, table: RawTable, col: Column, values: pd.Series, message: str) -> None:
        """Report cells by their frame index labels (exploded list items keep their row's label)."""
        positions = values.index.to_numpy()
        self.log.add_rows(table.file, col.name, message, table.rows[positions], values.to_numpy())

    def _parse_unique(self, table: RawTable, col: Column, filled: pd.Series,
                      parse: Callable[[str], object]) -> dict:
        parsed: dict[str, object] = {}
        bad: dict[str, str] = {}
        for text in pd.unique(filled):
            try:
                parsed[text] = parse(text)
            except ValueProblem as e:
                bad[text] = e.message
        self._report_by_value(table, col, table.frame[col.name], bad)
        return parsed

    def _declared_ids(self, resource: str | None) -> tuple[str, ...]:
        """Ids a pack's own table adds to a column's allowed values (checked before: LOAD_ORDER)."""
        table = self.tables.get(resource) if resource else None
        if table is None:
            return ()
        return tuple(i for i in table.frame["id"] if i)

    # -- keys ----------------------------------------------------------------------------------
    def _keys(self, resource: str) -> set[str]:
        table = self.tables.get(resource)
        spec = RESOURCE_BY_NAME[resource]
        if table is None or spec.primary_key is None:
            return set()
        return set(table.frame[spec.primary_key])

    def _check_keys(self) -> None:
        for name, table in self.tables.items():
            spec = RESOURCE_BY_NAME[name]
            frame = table.frame
            key_cols = [spec.primary_key] if spec.primary_key else list(spec.unique_together)
            if key_cols:
                keyed = (frame[key_cols] != "").all(axis=1).to_numpy()
                dup = frame.duplicated(subset=key_cols, keep="first").to_numpy() & keyed
                if dup.any():
                    self._report_duplicates(table, key_cols, np.flatnonzero(dup))
            for col in spec.columns:
                if col.references is None:
                    continue
                target = col.references
                keys = self._keys(target)
                values = frame[col.name]
                values = values[values != ""]
                if col.kind is Kind.SLUG_LIST:
                    values = _explode(values)
                missing = values[~values.isin(keys)]
                if missing.empty:
                    continue
                what = "file is absent" if target not in self.tables else "has no such id"
                self._report_rows(table, RESOURCE_BY_NAME[name].column(col.name), missing,
                                  f"refers to an unknown {target} id ({self.files.get(target, target + '.csv')} {what})")

    def _report_duplicates(self, table: RawTable, key_cols: list[str], dups: np.ndarray) -> None:
        """The first few duplicated keys with their rows and the row that first used them; the
        rest counted. Linear: 10^6 copies of one id are reported in a second, not minutes."""
        frame = table.frame
        shown = dups[:self.limits.max_problems_per_kind]
        keys = [tuple(frame[c].iat[i] for c in key_cols) for i in shown]
        wanted = set(keys)
        first_row: dict[tuple, int] = {}
        columns = [frame[c].to_numpy() for c in key_cols]
        for i in range(int(shown[-1]) + 1 if len(shown) else 0):  # a first use is before its copy
            key = tuple(col[i] for col in columns)
            if key in wanted and key not in first_row:
                first_row[key] = int(table.rows[i])
        message = f"duplicate {'/'.join(key_cols)}"
        for i, key in zip(shown, keys):
            self.log.add(table.file, int(table.rows[i]), key_cols[0],
                         f"{message}; first used in row {first_row[key]}", "/".join(key))
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
            frame = table.frame
            rows = np.flatnonzero((frame[end_col] != "").to_numpy())
            if not len(rows):
                continue
            # Day numbers per distinct text (-1 / huge when unparsed: those cells are reported already)
            first = _day_per_text(frame[start_col].to_numpy()[rows], starts, "start_day", -(1 << 40))
            last = _day_per_text(frame[end_col].to_numpy()[rows], ends, "end_day", 1 << 40)
            for i in rows[last < first]:
                s, e = starts[frame[start_col].iat[i]], ends[frame[end_col].iat[i]]
                self.log.add(table.file, int(table.rows[i]), end_col, "ends before it starts",
                             f"{s.iso()} to {e.iso()}")
        self._check_party_or_involved()
        self._check_scaled_values()
        fx = self.tables.get("fx_rates")
        if fx is not None:
            rate = pd.to_numeric(fx.frame["rate"], errors="coerce").to_numpy()
            col = RESOURCE_BY_NAME["fx_rates"].column("rate")
            self._report(fx, col, rate <= 0, "rate must be positive", fx.frame["rate"])
            same = (fx.frame["base"] == fx.frame["quote"]).to_numpy()
            self._report(fx, RESOURCE_BY_NAME["fx_rates"].column("quote"), same,
                         "quote is the same currency as base", fx.frame["quote"])

    def _check_scaled_values(self) -> None:
        """A value that overflows once scaled (1e300 at scale 15) cannot be charted or exported."""
        obs = self.tables.get("observations")
        if obs is None:
            return
        values = pd.to_numeric(obs.frame["value"], errors="coerce").to_numpy(dtype=float)
        scales = pd.to_numeric(obs.frame["scale"].replace("", "0"), errors="coerce").to_numpy(dtype=float)
        usable = np.isfinite(values) & np.isfinite(scales) & (np.abs(scales) <= 1000)
        with np.errstate(over="ignore", invalid="ignore"):
            scaled = values * np.power(10.0, np.where(usable, scales, 0.0))
        # Beyond 1e300 the sums, growth rates and unit conversions of a chart overflow as well.
        bad = usable & ~(np.abs(scaled) < 1e300)
        if bad.any():
            col = RESOURCE_BY_NAME["observations"].column("value")
            self._report(obs, col, bad, "number too large once scaled (value × 10^scale overflows)",
                         obs.frame["value"] + " × 10^" + obs.frame["scale"])

    def _check_party_or_involved(self) -> None:
        """An actor is a formal party to an event or only involved in it, not both."""
        table = self.tables.get("events")
        if table is None or "involved" not in table.header:
            return
        frame = table.frame
        col = RESOURCE_BY_NAME["events"].column("involved")
        for i in np.flatnonzero((frame["involved"] != "").to_numpy()):
            parties = {a.strip() for a in frame["parties"].iat[i].split(LIST_SEPARATOR)}
            both = [a.strip() for a in frame["involved"].iat[i].split(LIST_SEPARATOR)
                    if a.strip() in parties and a.strip()]
            if both:
                self.log.add(table.file, int(table.rows[i]), col.name,
                             "also among parties: an actor is a party to an event or involved "
                             "in it, not both", ";".join(both))

    def _format_version(self, desc: dict) -> int:
        """The format the pack was written in: as declared, or the split format if any table
        already has an ``editor_note`` column (its author wrote notes after the split)."""
        declared = int(desc.get("briefing_pack_format", 1))
        if "events" in self.tables and "involved" in self.tables["events"].header:
            declared = max(declared, INVOLVED_FORMAT)
        if any("editor_note" in t.header for t in self.tables.values()):
            return max(declared, NOTES_SPLIT_FORMAT)
        return declared

    # -- build ---------------------------------------------------------------------------------
    def _build(self, desc: dict) -> Pack:
        frames = {name: t.frame.reset_index(drop=True) for name, t in self.tables.items()}
        for name in RESOURCE_BY_NAME:
            if name not in frames:
                cols = [c.name for c in RESOURCE_BY_NAME[name].columns]
                frames[name] = pd.DataFrame({c: pd.Series([], dtype=object) for c in cols})

        def dates(key: str, s: pd.Series) -> pd.Series:
            lookup = self.parsed_dates.get(key, {})
            return s.map(lambda t: lookup.get(t) if t else None)

        ev = frames["events"]
        ev["start_date"] = dates("events.start", ev["start"])
        ev["end_date"] = dates("events.end", ev["end"])
        ev["start_day"] = np.array([d.start_day for d in ev["start_date"]], dtype=np.int32)
        ev["end_day"] = np.array(
            [(e or s).end_day for s, e in zip(ev["start_date"], ev["end_date"])], dtype=np.int32)

        ms = frames["milestones"]
        ms["date_value"] = dates("milestones.date", ms["date"])
        ms["day_start"] = np.array([d.start_day for d in ms["date_value"]], dtype=np.int32)
        ms["day_end"] = np.array([d.end_day for d in ms["date_value"]], dtype=np.int32)

        er = frames["eras"]
        er_start = dates("eras.start", er["start"])
        er_end = dates("eras.end", er["end"])
        er["start_day"] = np.array([d.start_day for d in er_start], dtype=np.int32)
        er["end_day"] = np.array([d.end_day if d else -1 for d in er_end], dtype=np.int32)

        for name in ("observations", "fx_rates"):
            f = frames[name]
            lookup = self.parsed_periods.get(f"{name}.period", {})
            codes, texts = pd.factorize(f["period"])  # a period's days are computed once per text
            starts = np.array([lookup[t].start_day for t in texts], dtype=np.int32)
            ends = np.array([lookup[t].end_day for t in texts], dtype=np.int32)
            f["period_start"] = starts[codes] if len(codes) else np.empty(0, dtype=np.int32)
            f["period_end"] = ends[codes] if len(codes) else np.empty(0, dtype=np.int32)
        format_version = self._format_version(desc)
        if format_version < NOTES_SPLIT_FORMAT:
            _read_notes_as_editorial(frames)
        obs = frames["observations"]
        obs["value"] = pd.to_numeric(obs["value"]).astype(float)
        obs["scale"] = pd.to_numeric(obs["scale"].replace("", "0")).astype(np.int16)
        fx = frames["fx_rates"]
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
        )
        return Pack(
            meta=meta,
            **{name: frames[name] for name in Pack.RESOURCE_NAMES},
            present=frozenset(self.tables),
            event_parties=_exploded_index(ev["parties"], "actor"),
            event_involved=_exploded_index(ev["involved"], "actor"),
            event_domains=_exploded_index(ev["domains"], "domain"),
        )


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


def _read_notes_as_editorial(frames: dict[str, pd.DataFrame]) -> None:
    """A pack written before the reader/editor split: its ``note`` text may be working notes
    (slips found, "not seen directly"), so it is kept as the editor's and readers see none."""
    for name in NOTE_RESOURCES:
        f = frames[name]
        f["editor_note"] = f["note"]
        f["note"] = pd.Series([""] * len(f), index=f.index, dtype=object)


# Per distinct text, not per cell: a million observations have a few thousand distinct ids,
# periods and units, and pandas' string methods run a Python function for every cell.
def _strip(values: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(values)
    stripped = np.array([u.strip() for u in uniques], dtype=object)
    if len(uniques) and not (stripped != uniques.to_numpy(dtype=object)).any():
        return values
    return pd.Series(stripped[codes] if len(codes) else stripped[:0], index=values.index,
                     dtype=values.dtype)


def _day_per_text(texts: np.ndarray, parsed: dict, attr: str, missing: int) -> np.ndarray:
    codes, uniques = pd.factorize(texts)
    days = np.array([getattr(parsed[u], attr) if u in parsed else missing for u in uniques],
                    dtype=np.int64)
    return days[codes] if len(codes) else days[:0]


def _fullmatch(values: pd.Series, pattern: str) -> pd.Series:
    rx = re.compile(pattern)
    codes, uniques = pd.factorize(values)
    ok = np.fromiter((rx.fullmatch(u) is not None for u in uniques), dtype=bool, count=len(uniques))
    return pd.Series(ok[codes] if len(codes) else ok[:0], index=values.index)


def _explode(values: pd.Series) -> pd.Series:
    """List cells to one item per entry, keeping each item's row label; empty items dropped."""
    items = values.str.split(LIST_SEPARATOR).explode().str.strip()
    return items[items.notna() & (items != "")]


def _full_mask(full: pd.Series, partial: pd.Series) -> np.ndarray:
    """A boolean mask over ``full`` from one over a subset of its labels."""
    mask = pd.Series(False, index=full.index)
    mask.loc[partial.index[partial.to_numpy(dtype=bool)]] = True
    return mask.to_numpy()


def _exploded_index(cells: pd.Series, name: str) -> pd.DataFrame:
    items = _explode(cells.reset_index(drop=True))
    return pd.DataFrame({"row": items.index.to_numpy(dtype=np.int64), name: items.to_numpy()})


def _brief(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:59] + "…"
