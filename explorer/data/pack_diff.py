"""What changed between two versions of a pack: events and figures row by row, counts for the rest.

Rows are matched on keys with pandas merges (event id; a figure's natural key
``indicator_id|reporter|partner|period|source_id``), so 10^5 events and 10^6 observations diff in
about a second; only the rows that differ become Python objects. Only the contract's columns are
compared, never the loader's derived ones. Text is compared as written (``jp;eu`` and ``jp; eu``
differ); numbers numerically (``68.8`` and ``68.80`` are the same figure), since the loader keeps
them as floats.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

import numpy as np
import pandas as pd

from explorer.data.pack import Pack
from explorer.data.pack_schema import RESOURCE_BY_NAME, Kind
from explorer.domain.cell_safety import safe_row

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
CHANGE_KINDS = (ADDED, REMOVED, CHANGED)
KEY_SEPARATOR = "|"
OBSERVATION_KEY = ("indicator_id", "reporter", "partner", "period", "source_id")
# The other resources, with the columns that identify one of their rows across versions.
OTHER_KEYS: dict[str, tuple[str, ...]] = {
    "domains": ("id",),
    "actors": ("id",),
    "sources": ("id",),
    "indicators": ("id",),
    "eras": ("id",),
    "milestones": ("event_id", "stage", "date"),
    "fx_rates": ("period", "base", "quote", "kind", "source_id"),
    "links": ("event_id", "indicator_id"),
}
# (singular, plural) for summaries.
NOUNS: dict[str, tuple[str, str]] = {
    "domains": ("domain", "domains"),
    "events": ("event", "events"),
    "observations": ("figure", "figures"),
    "actors": ("actor", "actors"),
    "sources": ("source", "sources"),
    "indicators": ("indicator", "indicators"),
    "eras": ("era", "eras"),
    "milestones": ("milestone", "milestones"),
    "fx_rates": ("exchange rate", "exchange rates"),
    "links": ("link", "links"),
}
CSV_HEADER = ("what", "kind", "key", "title", "field", "old", "new")
EMPTY_TEXT = "(empty)"


@dataclass(frozen=True)
class RowChange:
    key: str  # event id; for observations "indicator_id|reporter|partner|period|source_id"
    kind: str  # "added" | "removed" | "changed"
    title: str  # event title or "Goods exports · jp→eu · 2024" for figures
    fields: tuple[tuple[str, str, str], ...] = ()  # (field, old text, new text) for "changed"


@dataclass(frozen=True)
class PackDiff:
    old_label: str  # "name version (location)"
    new_label: str
    events: tuple[RowChange, ...]
    observations: tuple[RowChange, ...]
    other: dict[str, tuple[int, int, int]]  # per other resource: (added, removed, changed)
    notes: tuple[str, ...] = field(default=())  # caveats on the matching (duplicated keys)

    def is_empty(self) -> bool:
        return not self.events and not self.observations and not any(
            any(c) for c in self.other.values())

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """(added, removed, changed) per resource: events, observations, then the others."""
        return {"events": _count(self.events), "observations": _count(self.observations),
                **self.other}

    def summary(self) -> str:
        """``3 events added, 1 removed, 2 changed; 5 figures changed`` or ``no changes``."""
        groups = []
        for name, counts in self.counts().items():
            singular, plural = NOUNS.get(name, (name, name))
            bits = [(n, kind) for n, kind in zip(counts, CHANGE_KINDS) if n]
            if bits:
                (n0, k0), rest = bits[0], bits[1:]
                first = f"{n0} {singular if n0 == 1 else plural} {k0}"
                groups.append(", ".join([first, *(f"{n} {k}" for n, k in rest)]))
        return "; ".join(groups) or "no changes"

    # -- as rows and text (shared by the CLI and the What-changed view) ------------------------
    def rows(self) -> Iterator[tuple[str, str, str, str, str, str, str]]:
        """One row per field change (added/removed rows: one with no field), events then figures,
        laid out as ``CSV_HEADER``: (what, kind, key, title, field, old, new)."""
        for what, changes in (("event", self.events), ("figure", self.observations)):
            for ch in changes:
                if ch.fields:
                    for name, old, new in ch.fields:
                        yield what, ch.kind, ch.key, ch.title, name, old, new
                else:
                    yield what, ch.kind, ch.key, ch.title, "", "", ""

    def write_csv(self, out: TextIO) -> None:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(safe_row(row) for row in self.rows())  # a title "=HYPERLINK(…)" stays text

    def to_dict(self) -> dict[str, Any]:
        def change(ch: RowChange) -> dict[str, Any]:
            return {"key": ch.key, "kind": ch.kind, "title": ch.title,
                    "fields": [{"field": f, "old": o, "new": n} for f, o, n in ch.fields]}

        return {
            "old": self.old_label, "new": self.new_label, "summary": self.summary(),
            "events": [change(c) for c in self.events],
            "observations": [change(c) for c in self.observations],
            "other": {name: dict(zip(CHANGE_KINDS, counts)) for name, counts in self.other.items()},
            "notes": list(self.notes),
        }

    def to_text(self) -> str:
        lines = [f"{self.old_label} → {self.new_label}", self.summary()]
        for heading, changes, show_key in (("Events", self.events, False),
                                           ("Figures", self.observations, True)):
            for kind, mark in zip(CHANGE_KINDS, "+-~"):
                group = [c for c in changes if c.kind == kind]
                if not group:
                    continue
                lines.append(f"\n{heading} {kind} ({len(group)}):")
                for ch in group:
                    # Events are known by id; figures by title, with the key for grep.
                    lines.append(f"  {mark} {ch.title}  [{ch.key}]" if show_key
                                 else f"  {mark} {ch.key}  {ch.title}")
                    for name, old, new in ch.fields:
                        lines.append(f"      {name}: {old or EMPTY_TEXT} → {new or EMPTY_TEXT}")
        others = [(name, c) for name, c in self.other.items() if any(c)]
        if others:
            lines.append("\nOther resources:")
            for name, counts in others:
                bits = ", ".join(f"{n} {k}" for n, k in zip(counts, CHANGE_KINDS) if n)
                lines.append(f"  {name}: {bits}")
        lines.extend(f"\nNote: {note}" for note in self.notes)
        return "\n".join(lines) + "\n"


def pack_label(pack: Pack) -> str:
    """``name version (location)``: how a version of a pack is named in a diff."""
    meta = pack.meta
    name = " ".join(p for p in (meta.name, meta.version) if p)
    return f"{name} ({meta.location})"


def diff_packs(old: Pack, new: Pack) -> PackDiff:
    """Events and figures added, removed or changed from ``old`` to ``new``; counts for the rest."""
    notes: list[str] = []
    events = _diff_rows(old, new, "events", ("id",), notes, _event_titles)
    observations = _diff_rows(old, new, "observations", OBSERVATION_KEY, notes, _figure_titles)
    other: dict[str, tuple[int, int, int]] = {}
    for name, key in OTHER_KEYS.items():
        if not (old.has(name) or new.has(name)):
            continue
        m = _match(old.table(name), new.table(name), name, key)
        if m.duplicated:
            notes.append(_duplicate_note(name, m.duplicated))
        other[name] = (len(m.added), len(m.removed), len(m.changed_new))
    return PackDiff(pack_label(old), pack_label(new), events, observations, other, tuple(notes))


def _count(changes: tuple[RowChange, ...]) -> tuple[int, int, int]:
    kinds = [c.kind for c in changes]
    return kinds.count(ADDED), kinds.count(REMOVED), kinds.count(CHANGED)


# -- matching ------------------------------------------------------------------------------------
@dataclass
class _Matched:
    columns: list[str]  # the compared (non-key) contract columns
    added: np.ndarray  # row positions in new
    removed: np.ndarray  # row positions in old
    changed_old: np.ndarray  # paired row positions of rows whose content differs
    changed_new: np.ndarray
    differs: np.ndarray  # bool (len(changed), len(columns)): which columns differ per pair
    occurrence_old: np.ndarray  # per old row: 0, or its 1-based place among a duplicated key's rows
    occurrence_new: np.ndarray
    duplicated: list[str] = field(default_factory=list)  # a few duplicated keys, for the note


def _match(old: pd.DataFrame, new: pd.DataFrame, resource: str, key: tuple[str, ...]) -> _Matched:
    """Pair rows of two versions on ``key``; where a key repeats within a version, rows sharing
    it are paired in file order (the n-th with the n-th)."""
    spec = RESOURCE_BY_NAME[resource]
    numeric = {c.name for c in spec.columns if c.kind in (Kind.NUMBER, Kind.INTEGER)}
    columns = [c.name for c in spec.columns if c.name not in key]
    n_old = len(old)
    # Keys become one integer per row, coded jointly over both versions: merging and finding
    # duplicates on one int64 column is several times faster than on five text columns.
    codes = np.zeros(n_old + len(new), dtype=np.int64)
    for c in key:
        part, uniques = pd.factorize(_both(old, new, c, numeric))
        codes = pd.factorize(codes * max(len(uniques), 1) + part)[0].astype(np.int64)
    code_old, code_new = codes[:n_old], codes[n_old:]
    occ_old, dup_old = _occurrences(code_old)
    occ_new, dup_new = _occurrences(code_new)
    duplicated = []
    if dup_old.any() or dup_new.any():
        for frame, dup in ((old, dup_old), (new, dup_new)):
            if dup.any():
                duplicated += _key_text(frame[list(key)].iloc[np.flatnonzero(dup)[:3]]).tolist()
        # A key repeated in one version only: its lone row in the other is its first occurrence.
        occ_old, occ_new = np.maximum(occ_old, 1), np.maximum(occ_new, 1)
    merged = pd.merge(
        pd.DataFrame({"code": code_old, "occ": occ_old, "row_old": np.arange(n_old)}),
        pd.DataFrame({"code": code_new, "occ": occ_new, "row_new": np.arange(len(new))}),
        on=["code", "occ"], how="outer", sort=False)
    row_old = merged["row_old"].to_numpy(dtype=float, na_value=np.nan)
    row_new = merged["row_new"].to_numpy(dtype=float, na_value=np.nan)
    in_old, in_new = ~np.isnan(row_old), ~np.isnan(row_new)
    added = np.sort(row_new[~in_old].astype(np.int64))
    removed = np.sort(row_old[~in_new].astype(np.int64))
    both = in_old & in_new
    pair_old, pair_new = row_old[both].astype(np.int64), row_new[both].astype(np.int64)
    differs = np.zeros((len(pair_old), len(columns)), dtype=bool)
    for j, c in enumerate(columns):
        values = _both(old, new, c, numeric)  # floats compare as numbers, text as written
        differs[:, j] = values[pair_old] != values[n_old + pair_new]
    any_diff = differs.any(axis=1)
    order = np.argsort(pair_new[any_diff], kind="stable")
    return _Matched(
        columns=columns, added=added, removed=removed,
        changed_old=pair_old[any_diff][order], changed_new=pair_new[any_diff][order],
        differs=differs[any_diff][order],
        occurrence_old=np.where(dup_old, occ_old, 0), occurrence_new=np.where(dup_new, occ_new, 0),
        duplicated=list(dict.fromkeys(duplicated))[:3],
    )


def _both(old: pd.DataFrame, new: pd.DataFrame, column: str, numeric: set[str]) -> np.ndarray:
    """One column of both versions end to end: floats for numbers, text otherwise ("" if absent)."""
    parts = []
    for frame in (old, new):
        if column not in frame.columns:
            parts.append(np.full(len(frame), "", dtype=object))
        elif column in numeric:
            parts.append(pd.to_numeric(frame[column]).to_numpy(dtype=float))
        else:
            parts.append(frame[column].astype(str).to_numpy(dtype=object))
    return np.concatenate(parts)


def _occurrences(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row: its 1-based place among the rows sharing its key; and whether that key repeats."""
    s = pd.Series(codes)
    dup = s.duplicated(keep=False).to_numpy()
    if not dup.any():
        return np.zeros(len(codes), dtype=np.int64), dup
    return s.groupby(codes, sort=False).cumcount().to_numpy(dtype=np.int64) + 1, dup


def _key_text(frame: pd.DataFrame) -> pd.Series:
    cols = [frame[c].astype(str) for c in frame.columns]
    return cols[0].str.cat(cols[1:], sep=KEY_SEPARATOR) if len(cols) > 1 else cols[0]


def _keys_at(frame: pd.DataFrame, key: tuple[str, ...], rows: np.ndarray,
             occurrence: np.ndarray) -> list[str]:
    """Key text of ``rows``; rows of a duplicated key get ``#n`` (their place in file order)."""
    texts = _key_text(frame[list(key)].iloc[rows]).tolist()
    occ = occurrence[rows]
    return [f"{t}#{k}" if k else t for t, k in zip(texts, occ.tolist())]


def _duplicate_note(resource: str, samples: list[str]) -> str:
    plural = NOUNS.get(resource, (resource, resource))[1]
    return (f"some {plural} share a key within one version (e.g. {samples[0]}); rows sharing a key "
            f"are matched in file order and shown as key#1, key#2, …")


def _diff_rows(old: Pack, new: Pack, resource: str, key: tuple[str, ...], notes: list[str],
               titles: Callable[[Pack, pd.DataFrame, np.ndarray], list[str]]) -> tuple[RowChange, ...]:
    old_frame, new_frame = old.table(resource), new.table(resource)
    m = _match(old_frame, new_frame, resource, key)
    if m.duplicated:
        notes.append(_duplicate_note(resource, m.duplicated))
    out: list[RowChange] = []
    for kind, frame, pack, rows, occurrence in (
            (ADDED, new_frame, new, m.added, m.occurrence_new),
            (REMOVED, old_frame, old, m.removed, m.occurrence_old)):
        keys = _keys_at(frame, key, rows, occurrence)
        out.extend(RowChange(k, kind, t) for k, t in zip(keys, titles(pack, frame, rows)))
    if len(m.changed_new):
        keys = _keys_at(new_frame, key, m.changed_new, m.occurrence_new)
        changed_titles = titles(new, new_frame, m.changed_new)
        old_cells = {c: _texts(old_frame[c], m.changed_old) for c in _changed_columns(m)}
        new_cells = {c: _texts(new_frame[c], m.changed_new) for c in old_cells}
        cols = np.asarray(m.columns, dtype=object)
        for i, (k, t) in enumerate(zip(keys, changed_titles)):
            fields = tuple((c, old_cells[c][i], new_cells[c][i]) for c in cols[m.differs[i]])
            out.append(RowChange(k, CHANGED, t, fields))
    return tuple(out)


def _changed_columns(m: _Matched) -> list[str]:
    return [c for j, c in enumerate(m.columns) if m.differs[:, j].any()]


def _texts(column: pd.Series, rows: np.ndarray) -> list[str]:
    """Cells as text: numbers without float noise (``68.8``, ``64``), text as written."""
    values = column.to_numpy()[rows]
    if column.dtype.kind in "fiu":
        return [_number_text(float(v)) for v in values]
    return [str(v) for v in values]


def _number_text(value: float) -> str:
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _event_titles(pack: Pack, frame: pd.DataFrame, rows: np.ndarray) -> list[str]:
    return [str(t) for t in frame["title"].to_numpy()[rows]]


def _figure_titles(pack: Pack, frame: pd.DataFrame, rows: np.ndarray) -> list[str]:
    """``Goods exports · jp→eu · 2024``: indicator name, reporter→partner, period."""
    names = dict(zip(pack.indicators["id"], pack.indicators["name"]))
    sub = frame.iloc[rows]
    out = []
    for ind, rep, par, per in zip(sub["indicator_id"], sub["reporter"], sub["partner"],
                                  sub["period"]):
        who = f"{rep}→{par}" if par else str(rep)
        out.append(f"{names.get(ind, ind)} · {who} · {per}")
    return out
