"""Several packs open at once, combined into one ``Pack`` every view reads as it reads a single one.

The first (primary) pack keeps its ids. Every later pack gets a key (its name, made unique with
"~2", "~3" in open order) and its ids and every reference to them become ``"<key>:<id>"``: ":" is
never in a slug, so ids from different packs cannot collide and each row still cites its own
sources. Actors, indicators and declared domains are shared vocabulary: unioned by id, the first
definition wins, so "jp" or "goods_exports" in two packs compare together.

One pack is returned unchanged (the same object): single-pack behaviour never depends on this module.
Rows carry their pack key in a ``pack`` column (events, observations, sources, fx_rates) only when
combined; ``row_pack_keys`` hides that difference from callers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from explorer.data.pack import Pack, PackMeta
from explorer.data.pack_schema import LIST_SEPARATOR

NAMESPACE_SEPARATOR = ":"
PACK_COLUMN = "pack"  # the pack key of each row, in combined packs only
LOCAL_ID_COLUMN = "local_id"  # an event's id in its own pack, in combined packs only

# Per table: columns holding one id of this pack (namespaced), and list columns of such ids.
_ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": ("id",),
    "events": ("id",),
    "milestones": ("event_id", "source_id"),
    "eras": ("id", "source_id"),
    "observations": ("source_id",),
    "fx_rates": ("source_id",),
    "links": ("event_id",),
}
_ID_LIST_COLUMNS: dict[str, tuple[str, ...]] = {"events": ("source_ids",)}
_KEYED_TABLES = ("events", "observations", "sources", "fx_rates")  # get the ``pack`` column
_SHARED_TABLES = ("actors", "indicators", "domains")  # unioned by id


def unique_pack_keys(names: Sequence[str]) -> tuple[str, ...]:
    """Pack names made unique in open order: ("a", "a", "b") -> ("a", "a~2", "b")."""
    seen: set[str] = set()
    keys: list[str] = []
    for name in names:
        key, n = name, 1
        while key in seen:
            n += 1
            key = f"{name}~{n}"
        seen.add(key)
        keys.append(key)
    return tuple(keys)


def namespaced_id(key: str, local_id: str) -> str:
    """The id a later (non-primary) pack's row has in the combined pack."""
    return f"{key}{NAMESPACE_SEPARATOR}{local_id}"


def pack_components(pack: Pack) -> tuple[tuple[str, PackMeta], ...]:
    """(pack key, meta) of every pack ``pack`` is made of, primary first; a single pack is its own."""
    metas = pack.meta.components or (pack.meta,)
    return tuple(zip(unique_pack_keys([m.name for m in metas]), metas))


def pack_labels(pack: Pack) -> dict[str, str]:
    """Pack key -> what to call it on screen: its title, with the key when two titles are equal."""
    parts = pack_components(pack)
    titles = [meta.title or key for key, meta in parts]
    return {key: (title if titles.count(title) == 1 else f"{title} ({key})")
            for (key, _meta), title in zip(parts, titles)}


def row_pack_keys(pack: Pack, table: str) -> np.ndarray:
    """The pack key of every row of ``pack.table(table)`` (a single pack: its name on every row)."""
    frame = pack.table(table)
    if PACK_COLUMN in frame.columns:
        keys: np.ndarray = frame[PACK_COLUMN].to_numpy(dtype=object)
        return keys
    return np.full(len(frame), pack.meta.name, dtype=object)


def combine_packs(packs: Sequence[Pack]) -> Pack:
    """One Pack holding the rows of every pack in ``packs`` (primary first); see the module doc."""
    if not packs:
        raise ValueError("combine_packs needs at least one pack")
    if len(packs) == 1:
        return packs[0]
    if any(p.meta.components for p in packs):
        raise ValueError("combine_packs takes packs as loaded, not packs already combined")
    keys = unique_pack_keys([p.meta.name for p in packs])
    parts = [_keyed_tables(p, key, primary=i == 0) for i, (p, key) in enumerate(zip(packs, keys))]
    tables = {name: _concat([part[name] for part in parts]) for name in _ID_COLUMNS}
    for name in _SHARED_TABLES:
        union = _concat([p.table(name) for p in packs])
        tables[name] = union[~union["id"].duplicated(keep="first").to_numpy()].reset_index(drop=True)
    offsets = np.cumsum([0] + [len(p.events) for p in packs[:-1]])
    exploded = {
        attr: _concat([getattr(p, attr).assign(row=getattr(p, attr)["row"].to_numpy() + int(offset))
                       for p, offset in zip(packs, offsets)])
        for attr in ("event_parties", "event_involved", "event_domains")
    }
    metas = tuple(p.meta for p in packs)
    digest = hashlib.sha256("\0".join(m.digest for m in metas).encode()).hexdigest()
    title_ja = (" + ".join(m.title_ja or m.title for m in metas)
                if any(m.title_ja for m in metas) else "")
    meta = replace(metas[0], title=" + ".join(m.title for m in metas), title_ja=title_ja,
                   digest=digest, components=metas)
    return Pack(meta=meta, **tables, present=frozenset().union(*(p.present for p in packs)),
                **exploded)


def _keyed_tables(pack: Pack, key: str, primary: bool) -> dict[str, pd.DataFrame]:
    """This pack's own tables with the ``pack`` column added and, unless primary, ids namespaced."""
    out: dict[str, pd.DataFrame] = {}
    for name, id_columns in _ID_COLUMNS.items():
        frame = pack.table(name)
        changes: dict[str, object] = {}
        if name == "events":
            changes[LOCAL_ID_COLUMN] = frame["id"].to_numpy(dtype=object)
        if name in _KEYED_TABLES:
            changes[PACK_COLUMN] = np.full(len(frame), key, dtype=object)
        if not primary:
            for column in id_columns:
                changes[column] = _namespace_cells(frame[column], key)
            for column in _ID_LIST_COLUMNS.get(name, ()):
                changes[column] = _namespace_lists(frame[column], key)
        out[name] = frame.assign(**changes)
    return out


def _namespace_cells(cells: pd.Series, key: str) -> np.ndarray:
    """``key:id`` for every non-empty cell (an empty optional reference stays empty)."""
    values = cells.to_numpy(dtype=object)
    prefixed = (key + NAMESPACE_SEPARATOR) + values
    return np.where(values == "", "", prefixed).astype(object)


def _namespace_lists(cells: pd.Series, key: str) -> np.ndarray:
    """Every item of ``a;b`` list cells namespaced (``k:a;k:b``); spaces around items dropped."""
    sep, prefix = LIST_SEPARATOR, key + NAMESPACE_SEPARATOR
    values = cells.astype(object)
    # Plain cells ("a;b") take a literal replace (fast at 10^5 rows); the rare ones with spaces or
    # empty items take a regex, so no item becomes a bare "key:".
    out: np.ndarray = (prefix + values.str.replace(sep, sep + prefix, regex=False)).to_numpy(
        dtype=object, copy=True)
    odd = values.str.contains(rf"\s|{sep}{sep}|^{sep}|{sep}$", regex=True).to_numpy(dtype=bool)
    if odd.any():
        template = prefix.replace("\\", "\\\\")  # a literal in the replacement
        tidy = values[odd].str.replace(rf"\s*{sep}\s*", sep, regex=True).str.strip()
        items = tidy.str.replace(rf"(^|{sep})(?=[^{sep}])", rf"\g<1>{template}", regex=True)
        out[odd] = items.to_numpy(dtype=object)
    out[(values == "").to_numpy(dtype=bool)] = ""
    return out


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Rows of every frame, renumbered; empty frames are left out so they cannot change dtypes."""
    filled = [f for f in frames if len(f)]
    if not filled:
        return frames[0].iloc[0:0].reset_index(drop=True)
    if len(filled) == 1:
        return filled[0].reset_index(drop=True)
    return pd.concat(filled, ignore_index=True)
