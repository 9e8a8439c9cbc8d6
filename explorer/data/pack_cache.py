"""A cache of validated packs, so a large pack reopens without parsing or validating its CSV files.

Keyed by the loader's own SHA-256 over the descriptor and every resource file it reads (plus the
load limits), in the user cache folder (``explorer.userdata.locations.cache_dir() / "packs"``).
An entry is one folder: ``header.json`` (cache format, app, pandas and numpy versions, the digest,
the pack's metadata, every table's columns with dtype, length and a SHA-256 of each array, and
where each array lies) and two files of arrays one after the other: ``arrays.bin``, what the pack
keeps (numeric columns, derived arrays), and ``texts.bin``, what is read once (a text or
categorical column's int32 codes plus its distinct texts as one NUL-joined UTF-8 blob with offsets,
dates' codes and parts). Each file opens memory-mapped once (copy-on-write), so unmodified pages
stay in the page cache rather than in the process, and ``texts.bin`` is unmapped once read; text columns are rebuilt from their codes,
sharing one Python string per distinct text. PartialDate columns are stored as codes plus the
parts of each distinct date. A Categorical column (the figures' repeated texts) is stored as its
codes and categories in the same blob form and rebuilt as the same Categorical. Per-pack arrays every
opening computes from the tables (``DERIVED_ARRAYS``: the events' chronological rank, their English
titles' rank) are stored too and checked to be permutations of the rows. A higher layer may store
arrays it computed from the opened pack (``register_extra``: the timeline's per-pack tables), which a
reopen hands back to it checksummed, for that layer to check before it uses them.

Never trusted: the header must match the versions (cache format, app, pandas, numpy, and a digest of
the loader's own code), the digest and the limits asked for; every file, dtype,
length, code range, offset and checksum is checked; on any doubt the entry is removed and the pack
loaded in full (then written again). Entries are written into a temporary folder and renamed into
place, and the least recently used are evicted beyond ``MAX_CACHE_BYTES``.

The key itself is the SHA-256 of every file: a folder pack whose files were not touched since they
were last hashed reuses that digest (a note per pack folder in ``.fingerprints``, matched on every
file's device, inode, size, modification and status-change times; see ``_noted_digest``).

``BRIEFING_EXPLORER_PACK_CACHE=off`` turns the cache off. Packs smaller than ``MIN_PACK_BYTES`` are
not cached: a reopen would save under ~10 ms, less than writing the entry costs once.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import hashlib
import itertools
import json
import logging
import os
import shutil
import sys
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from explorer import __version__, c_allocator
from explorer.data.csv_table import _Merger, decode_text
from explorer.data.pack import KEPT_CODES_KEY, Pack, PackMeta, narrowed_codes, one_text
from explorer.data.pack_schema import LOAD_ORDER, RESOURCE_BY_NAME, LoadLimits
from explorer.data.pack_source import DESCRIPTOR, FilesDigest, PackSource, path_problem
from explorer.data.problems import ProblemLog
from explorer.domain.dates import PartialDate

log = logging.getLogger(__name__)

CACHE_FORMAT = 10  # 2: the events' chronological rank stored; 3: Categorical columns; 4: one file
# for the arrays, one for the texts; 5: the events' English title rank stored; 6: texts NUL-joined;
# 7: sources and observations hold note_ja (an entry without it would show Japanese readers English);
# 8: a higher layer's arrays stored (``register_extra``: the timeline's per-pack tables); 9: the
# exploded list cells' event rows and the events' two ranks in int32 (an entry of 8 holds int64:
# rebuilt, as any older one); 10: the figures without per-row period days (kept per period,
# ``Pack.observation_days``) and their scale in int8
SEPARATOR = "\x00"  # between the distinct texts of a column in its blob (never inside one)
# Measured (docs/performance-log.md, 6 December): a 756 kB pack (tier S) loads in 78 ms in full and
# 21 ms from its entry; the 164 kB default pack in 27 and 18 ms, while writing an entry costs ~20 ms
# of CPU on the first open. Until then the threshold was 1 MB and tier S reopened in full.
MIN_PACK_BYTES = 256 << 10
MAX_CACHE_BYTES = 2 << 30
HEADER = "header.json"
ARRAYS = "arrays.bin"  # what the opened pack keeps, mapped
TEXTS = "texts.bin"  # what is decoded or narrowed once (texts, categories, dates), unmapped after
ALIGN = 64  # every array starts at a multiple of this many bytes in the arrays file
STALE_TMP_SECONDS = 3600
# The entry is written on a background thread once the pack is returned: the first open does not
# wait for it. False writes it before returning (measurements compare the two).
WRITE_IN_BACKGROUND = True
WRITE_AFTER_WAIT_S = 2.0  # a write held for the pack's first frame starts at the latest this long after the load
EXIT_WAIT_SECONDS = 20.0  # at interpreter exit, a write under way is given this long to finish

# Every table a Pack holds, in the order they are stored.
TABLES = Pack.RESOURCE_NAMES + ("event_parties", "event_involved", "event_domains")
# Columns of PartialDate objects (or None) (and the text column each is parsed from).
DERIVED_DATES = {("events", "start_date"): "start", ("events", "end_date"): "end",
                 ("milestones", "date_value"): "date"}
# Per-pack arrays (``Pack`` cached properties, permutations of the event rows) stored in an entry.
DERIVED_ARRAYS = ("event_chrono_rank", "event_title_rank")
# Text columns whose codes a reopen keeps beside the pack (``Pack.factorized``): the ones the
# loader's worker factorizes for the timeline, the filter bar and the events table (~50 ms of
# hashing 10^5 cells at tier L), a few MB of small integers.
KEPT_CODES = frozenset({("events", "kind"), ("events", "status"), ("events", "start"),
                        ("events", "end"), ("events", "parties"), ("events", "domains"),
                        ("event_parties", "actor"), ("event_involved", "actor"),
                        ("event_domains", "domain"), ("milestones", "stage"),
                        ("milestones", "event_id")})
_META_FIELDS = ("name", "title", "title_ja", "version", "created", "description", "licenses", "sources",
                "extra_resources", "digest", "format_version")


class Uncachable(Exception):
    """The pack holds something this cache format cannot store faithfully: it is not cached."""


class Damaged(Exception):
    """A cache entry that cannot be trusted."""


def enabled() -> bool:
    return os.environ.get("BRIEFING_EXPLORER_PACK_CACHE", "on").strip().lower() not in (
        "off", "0", "no", "false")


def cache_root() -> Path:
    from explorer.userdata.locations import cache_dir  # the only module that knows the folders
    return cache_dir() / "packs"


def entry_path(digest: str, limits: LoadLimits) -> Path:
    return cache_root() / f"{digest}-{_limits_tag(limits)}"


def _limits_tag(limits: LoadLimits) -> str:
    return hashlib.sha256(repr(limits).encode()).hexdigest()[:12]


# -- the key ---------------------------------------------------------------------------------------
def fingerprint(source: PackSource, limits: LoadLimits,
                keep: dict[tuple[str, int], bytes] | None = None) -> tuple[str, int] | None:
    """The digest the loader will compute for this pack (same files, same order, same framing),
    and the bytes read; None when the descriptor is unreadable (the full load reports why).
    ``keep``: filled with the bytes read, by (name, cap), for ``PackSource.handed``."""
    digest = FilesDigest()
    total = 0

    def read(name: str, cap: int | None = None) -> bytes:
        nonlocal total
        data = source.read(name, cap)
        digest.add(name, data)
        total += len(data)
        if keep is not None:
            keep[name, limits.max_file_bytes if cap is None else cap] = data
        return data

    data = read(DESCRIPTOR, limits.max_descriptor_bytes)
    text = decode_text(DESCRIPTOR, data, ProblemLog(1))
    if text is None:
        return None
    desc = json.loads(text)
    resources = desc.get("resources") if isinstance(desc, dict) else None
    if not isinstance(resources, list):
        return None
    paths: dict[str, str] = {}
    for res in resources:
        if not isinstance(res, dict):
            continue
        name, path = res.get("name"), res.get("path")
        if not isinstance(name, str) or name in paths or name not in RESOURCE_BY_NAME:
            continue
        if not isinstance(path, str) or path_problem(path) or not path.lower().endswith(".csv"):
            return None  # the pack is refused: nothing to cache
        paths[name] = path
    files = [paths[name] for name in LOAD_ORDER if name in paths]
    known = _noted_digest(source, data, files)
    if known is not None:
        return known
    before = _file_stats(source, files)
    try:
        for path in files:
            read(path)
        found = digest.hexdigest(), total
    finally:
        digest.close()  # (a file that cannot be read: the hashing under way is let finish)
    if before is not None and _file_stats(source, files) == before:
        _note_digest(source, data, files, before, found)
    return found


# -- the key without reading the files again -------------------------------------------------------
# Hashing a pack's files is most of a reopen's fixed cost at tier L (73 MB: ~0.22 s). A folder pack
# whose files have not been touched since they were hashed has the digest noted then: the note
# holds the descriptor's own bytes (read and compared every time) and each resource file's device,
# inode, size, modification and status-change times in nanoseconds. Any write to a file changes its
# status-change time (which no tool sets back), so a changed file misses the note and is hashed.
# Racy writes: a file changed within ``NOTE_SETTLE_NS`` of when it was noted could change again
# inside one tick of the file system's clock, so such files are never noted (git's "racy clean").
# Zipped packs are always hashed (one file; its members cannot be stat-ed apart).
NOTES_FOLDER = ".fingerprints"
NOTE_SETTLE_NS = 2_000_000_000


def _file_stats(source: PackSource, files: list[str]) -> list[list[int]] | None:
    from explorer.data.pack_source import FolderSource

    if not isinstance(source, FolderSource):
        return None
    try:
        stats = [os.stat(source._resolve(f)) for f in files]
    except Exception:
        return None
    return [[st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns] for st in stats]


def _note_path(source: PackSource) -> Path:
    key = hashlib.sha256(os.fsencode(str(getattr(source, "root", source.label)))).hexdigest()[:32]
    return cache_root() / NOTES_FOLDER / f"{key}.json"


def _noted_digest(source: PackSource, descriptor: bytes, files: list[str]) -> tuple[str, int] | None:
    """The digest noted for these files if none of them changed since (else None: hash them)."""
    stats = _file_stats(source, files)
    if stats is None:
        return None
    try:
        note = json.loads(_note_path(source).read_text(encoding="utf-8"))
        if (not isinstance(note, dict) or note.get("format") != CACHE_FORMAT
                or note.get("descriptor") != hashlib.sha256(descriptor).hexdigest()
                or note.get("files") != files or note.get("stats") != stats):
            return None
        digest, total = note["digest"], note["total"]
        if not (isinstance(digest, str) and len(digest) == 64 and isinstance(total, int)):
            return None
    except Exception:  # no note, or one that cannot be read: hash the files
        return None
    source.bytes_read += total  # as if read: the caller resets the count either way
    return digest, total


def _note_digest(source: PackSource, descriptor: bytes, files: list[str], stats: list[list[int]],
                 found: tuple[str, int]) -> None:
    now = time.time_ns()
    if any(now - max(st[3], st[4]) < NOTE_SETTLE_NS for st in stats):
        return  # changed a moment ago: it could change again unseen within one clock tick
    note = {"format": CACHE_FORMAT, "descriptor": hashlib.sha256(descriptor).hexdigest(),
            "files": files, "stats": stats,
            "digest": found[0], "total": found[1]}
    path = _note_path(source)
    tmp = path.with_name(f".tmp-{uuid.uuid4().hex}.json")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(note), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:  # the next open hashes the files again; no half-written note left behind
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


# -- entry point -----------------------------------------------------------------------------------
def load_through(source: PackSource, limits: LoadLimits, full_load: Callable[[], Pack],
                 write_after: threading.Event | None = None) -> Pack:
    """The pack from the cache when a trusted entry matches its files, else ``full_load()``
    (whose result is then cached: in the background, once ``write_after`` is set or after
    ``WRITE_AFTER_WAIT_S``). Errors of the cache never reach the caller."""
    if not enabled():
        return full_load()
    read: dict[tuple[str, int], bytes] = {}
    try:
        found = fingerprint(source, limits, read)
    except Exception:
        found = None
    source.bytes_read = 0  # the full load counts its own reads against the limits
    if found is None:
        return full_load()
    try:
        # A full load parses the very bytes just hashed: each file is read once (73 MB at tier L).
        source.handed = read
        del read
        return _cached_or_loaded(source, limits, full_load, write_after, found)
    finally:
        source.handed = {}


def _cached_or_loaded(source: PackSource, limits: LoadLimits, full_load: Callable[[], Pack],
                      write_after: threading.Event | None, found: tuple[str, int]) -> Pack:
    if found[1] < MIN_PACK_BYTES:
        return full_load()
    digest, _ = found
    try:
        entry = entry_path(digest, limits)
    except Exception:
        return full_load()
    wait_for_writes(entry)  # this process is writing this entry right now: read it once written
    if entry.is_dir():
        source.handed.clear()  # the files' bytes: not needed by a reopen (nor held through it)
        try:
            pack = read_entry(entry, digest, limits, source.label)
            _touch(entry)
            return pack
        except Exception as e:
            log.info("pack cache entry %s ignored and rebuilt: %s", entry.name, e)
            shutil.rmtree(entry, ignore_errors=True)
    pack = full_load()
    if pack.meta.digest == digest:
        if WRITE_IN_BACKGROUND:
            _start_write(entry, pack, limits, write_after)
        else:
            _write_and_evict(entry, pack, limits)
    return pack


# -- the write off the critical path ---------------------------------------------------------------
# A write under way, by entry folder. The entry is written into a temporary folder and renamed into
# place, so a reader (this process or another) sees either no entry or a whole one; a process that
# ends mid-write leaves only a ``.tmp-`` folder, which ``evict`` removes once stale.
_writes: dict[Path, threading.Thread] = {}
_writes_lock = threading.Lock()
_exit_hook = False


def _write_and_evict(entry: Path, pack: Pack, limits: LoadLimits) -> None:
    try:
        write_entry(entry, pack, limits)
        evict(keep=entry)
    except Uncachable as e:
        log.info("pack not cached: %s", e)
    except Exception as e:
        log.info("pack cache not written: %s", e)


def _start_write(entry: Path, pack: Pack, limits: LoadLimits,
                 after: threading.Event | None = None) -> None:
    """Write ``pack``'s entry on a daemon thread from the frames already built (no re-reading).
    The thread sees a shallow copy of each table, so a caller that later assigns a column does not
    change what is written."""
    global _exit_hook
    snapshot = Pack.__new__(Pack)  # only what write_entry reads: the tables, meta and present
    snapshot.__dict__.update({name: getattr(pack, name).copy(deep=False) for name in TABLES})
    snapshot.__dict__.update(meta=pack.meta, present=pack.present)
    # The derived arrays are taken from the opened pack once it has computed them (the window's
    # loader does so right after the load), not computed a second time on the snapshot: at 10^5
    # events the chronological rank's text sort holds ~20 MB while the views first draw.
    snapshot.__dict__[_DERIVED_FROM] = weakref.ref(pack)
    with _writes_lock:
        if entry in _writes:
            return  # the same entry is being written already
        thread = threading.Thread(target=_write_then_forget, args=(entry, snapshot, limits, after),
                                  name="pack-cache-write", daemon=True)
        _writes[entry] = thread
        if not _exit_hook:
            import atexit
            atexit.register(_wait_at_exit)
            _exit_hook = True
    thread.start()


def _write_then_forget(entry: Path, pack: Pack, limits: LoadLimits,
                       after: threading.Event | None = None) -> None:
    try:
        if after is not None:  # the window's first frame of the pack, not slowed by this write
            after.wait(WRITE_AFTER_WAIT_S)
        _write_and_evict(entry, pack, limits)
        # The first open's parsing and this write freed tens of MB on their threads that the
        # window's thread never reuses (glibc keeps them in those threads' arenas): given back.
        c_allocator.give_back_freed()
    except BaseException as e:
        log.info("pack cache not written: %s", e)
    finally:
        with _writes_lock:
            if _writes.get(entry) is threading.current_thread():
                del _writes[entry]


def wait_for_writes(entry: Path | None = None, timeout: float | None = None) -> bool:
    """Wait until the background write of ``entry`` (of every entry when None) has ended;
    True when none is left under way."""
    deadline = None if timeout is None else time.monotonic() + timeout
    with _writes_lock:
        threads = [t for e, t in _writes.items() if entry is None or e == entry]
    for thread in threads:
        if thread is threading.current_thread():
            continue
        thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
    return not any(t.is_alive() for t in threads)


def _wait_at_exit() -> None:
    """A window closed right after opening a large pack still leaves its entry for next time
    (bounded: a write that takes longer is abandoned; its temporary folder is removed later)."""
    wait_for_writes(timeout=EXIT_WAIT_SECONDS)


# -- writing ---------------------------------------------------------------------------------------
def write_entry(entry: Path, pack: Pack, limits: LoadLimits) -> None:
    """Store ``pack`` as ``entry``: written into a temporary folder, renamed into place."""
    root = entry.parent
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f".tmp-{entry.name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        with _ArrayWriter(tmp) as out:
            tables = {}
            for t, name in enumerate(TABLES):
                tables[name] = _write_table(out, f"t{t}", name, getattr(pack, name))
            # What every opening computes from the tables (0.1-0.4 s at 10^5 events): stored too.
            derived = {name: {"file": f"d{i}", "sha256": out.save(f"d{i}", np.asarray(
                _derived(pack, name)), kept=True)} for i, name in enumerate(DERIVED_ARRAYS)}
            extras = _write_extras(out, pack)
        meta = {f: getattr(pack.meta, f) for f in _META_FIELDS}
        header = _versions() | {
            "digest": pack.meta.digest, "limits": repr(limits), "meta": meta,
            "present": sorted(pack.present), "tables": tables, "derived": derived,
            "extras": extras,
            "arrays": out.index, "arrays_bytes": out.sizes,
            "bytes": sum(p.stat().st_size for p in tmp.iterdir()),
        }
        (tmp / HEADER).write_text(json.dumps(header, ensure_ascii=False), encoding="utf-8")
        try:
            os.replace(tmp, entry)
        except OSError:  # an entry appeared meanwhile (another window) or a damaged one is there
            shutil.rmtree(entry, ignore_errors=True)
            os.replace(tmp, entry)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


_DERIVED_FROM = "_cache_derived_from"  # on a background write's snapshot: the opened pack


def _derived(pack: Pack, name: str) -> Any:
    """``getattr(pack, name)``; for a background write's snapshot, the opened pack's value when
    it has one already (a cached property computed from the same tables)."""
    ref = pack.__dict__.get(_DERIVED_FROM)
    opened = ref() if ref is not None else None
    if opened is not None:
        if name in opened.__dict__:
            return opened.__dict__[name]
        for other in DERIVED_ARRAYS:  # one derived array built on another (the title rank's ties
            if other in opened.__dict__:  # are chronological): the other not computed twice
                pack.__dict__.setdefault(other, opened.__dict__[other])
    return getattr(pack, name)


# -- a higher layer's arrays -------------------------------------------------------------------------
# A layer above this one (the timeline's per-pack tables, ``explorer.charts.timeline_layout``: ~30 ms
# of the worker's reopen at tier L) stores what it computed from an opened pack in the pack's entry:
# ``register_extra(name, version, dump)``, ``dump(pack)`` -> (JSON-able info, {key: 1-D number
# array}) or None when the pack has none yet (nothing is computed for the entry: the write takes
# what the loader's worker has made by then). A reopened pack holds them, checksums verified, for
# ``stored_extra`` to hand back to the same name and version (that layer's code): the layer checks
# them before it trusts them, and computes them itself when they are absent or refused.
EXTRAS_KEY = "_pack_cache_extras"  # in a reopened pack's __dict__: name -> (version, info, arrays)
_extras: dict[str, tuple[str, Callable[[Pack], tuple[Any, dict[str, np.ndarray]] | None]]] = {}


def register_extra(name: str, version: str,
                   dump: Callable[[Pack], tuple[Any, dict[str, np.ndarray]] | None]) -> None:
    _extras[name] = (version, dump)


def stored_extra(pack: Pack, name: str, version: str) -> tuple[Any, dict[str, np.ndarray]] | None:
    """(info, arrays) that ``pack``'s cache entry stored for ``name`` at ``version``, else None."""
    got = pack.__dict__.get(EXTRAS_KEY, {}).get(name)
    return None if got is None or got[0] != version else (got[1], got[2])


def _write_extras(out: _ArrayWriter, pack: Pack) -> dict[str, Any]:
    ref = pack.__dict__.get(_DERIVED_FROM)  # a background write: the opened pack holds them
    opened = pack if ref is None else ref()
    stored: dict[str, Any] = {}
    for i, (name, (version, dump)) in enumerate(sorted(_extras.items())):
        try:
            got = None if opened is None else dump(opened)
            if got is None:
                continue
            info, arrays = got
            json.dumps(info)
            if not all(isinstance(k, str) and isinstance(a, np.ndarray) and a.ndim == 1
                       and a.dtype.kind in "biuf" and a.dtype.byteorder != ">"
                       for k, a in arrays.items()):
                raise Uncachable(f"{name}: arrays")
        except Exception as e:  # that layer computes them again on a reopen
            log.info("pack cache: %s not stored: %s", name, e)
            continue
        stored[name] = {"version": version, "info": info, "arrays": {
            key: {"file": f"x{i}a{j}", "sha256": out.save(f"x{i}a{j}", arr, kept=True)}
            for j, (key, arr) in enumerate(arrays.items())}}
    return stored


def _read_extras(arrays: _ArrayFile, extras: object) -> dict[str, tuple[str, Any, dict[str, Any]]]:
    if not isinstance(extras, dict):
        raise Damaged("extras")
    out = {}
    for name, spec in extras.items():
        if (not isinstance(spec, dict) or not isinstance(spec.get("version"), str)
                or not isinstance(spec.get("arrays"), dict)):
            raise Damaged(f"{name}: extra entry")
        loaded = {}
        for key, place in spec["arrays"].items():
            if not isinstance(place, dict) or not isinstance(place.get("file"), str):
                raise Damaged(f"{name}.{key}: extra array")
            loaded[key] = _load(arrays, place["file"], place.get("sha256"), None)
        out[name] = (spec["version"], spec.get("info"), loaded)
    return out


def _versions() -> dict[str, str]:
    return {"cache_format": CACHE_FORMAT, "app": __version__, "pandas": pd.__version__,
            "numpy": np.__version__, "code": _code_digest()}


@functools.cache
def _code_digest() -> str:
    """The reading and checking code itself: between releases the version stays the same while
    the checks change, and a pack the new checks refuse must not be served from the cache."""
    from explorer.data import csv_table, pack, pack_loader, pack_schema
    from explorer.domain import cell_safety, dates, numbers
    return modules_digest(csv_table, pack, pack_loader, pack_schema, cell_safety, dates, numbers,
                          sys.modules[__name__])


def modules_digest(*modules: Any) -> str:
    """A digest of the modules' source files, a version for what they compute. A frozen app holds
    bytecode only (no source on disk): each module's name and the app's version stand for it."""
    digest = hashlib.sha256()
    for module in modules:
        try:
            digest.update(Path(module.__file__ or "").read_bytes())
        except OSError:
            digest.update(f"{module.__name__} {__version__}".encode())
    return digest.hexdigest()[:16]


def _write_table(out: _ArrayWriter, stem: str, table: str, frame: pd.DataFrame) -> dict[str, Any]:
    index = frame.index
    if not (isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1):
        raise Uncachable(f"{table}: index is not 0..n-1")
    columns: list[dict[str, Any]] = []
    for c, name in enumerate(frame.columns):
        if not isinstance(name, str):
            raise Uncachable(f"{table}: column name {name!r}")
        s = frame[name]
        file = f"{stem}c{c}"
        col: dict[str, Any] = {"name": name, "dtype": str(s.dtype), "file": file}
        if (table, name) in DERIVED_DATES:
            codes, parts, k = _date_parts(table, name, s)
            col |= {"kind": "date", "distinct": k,
                    "sha256": [out.save(f"{file}.codes", codes), out.save(f"{file}.parts", parts)]}
        elif s.dtype.kind in "biuf" and isinstance(s.dtype, np.dtype):
            arr = np.ascontiguousarray(s.to_numpy())
            col |= {"kind": "array", "sha256": out.save(file, arr, kept=True)}
        elif isinstance(s.dtype, pd.CategoricalDtype):  # its codes and categories as they are
            categories = s.cat.categories
            if s.cat.ordered or categories.dtype != object:
                raise Uncachable(f"{table}.{name}: categories {categories.dtype}")
            codes = np.asarray(s.cat.codes, dtype=np.int32)
            col |= {"kind": "category", "distinct": len(categories),
                    "sha256": _save_texts(out, file, table, name, codes, list(categories))}
        elif s.dtype == object or str(s.dtype) == "str":
            codes, uniques = _factorize_texts(s.to_numpy(dtype=object))
            col |= {"kind": "text", "distinct": len(uniques),
                    "sha256": _save_texts(out, file, table, name, codes.astype(np.int32),
                                          list(uniques))}
        else:
            raise Uncachable(f"{table}.{name}: dtype {s.dtype}")
        columns.append(col)
    return {"rows": len(frame), "columns": columns}


FACTORIZE_CHUNK = 1 << 16  # rows a text column is factorized in while an entry is written


def _factorize_texts(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(cells, use_na_sentinel=True)``: the same codes and first-appearance texts, in
    chunks: one factorize over 10^6 cells sizes its hash table to the rows (63 MB for a column that
    holds one text), and the write runs on a thread while the views first draw. Chunks merge
    through the loader's ``_Merger`` (hash tables sized to the distinct texts)."""
    if len(cells) <= FACTORIZE_CHUNK or pd.isna(cells).any():  # NA (-1 codes): the plain way
        codes, uniques = pd.factorize(cells, use_na_sentinel=True)
        return np.asarray(codes), np.asarray(uniques, dtype=object)
    merger = _Merger()
    for i in range(0, len(cells), FACTORIZE_CHUNK):
        merger.add(cells[i:i + FACTORIZE_CHUNK])
    column = merger.column()
    return column.codes, column.uniques  # the narrowest integers; the caller makes them int32


def _save_texts(out: _ArrayWriter, file: str, table: str, name: str, codes: np.ndarray,
                texts: list[Any]) -> list[str]:
    """Codes and their distinct texts as one UTF-8 blob, the texts joined by NUL (the reader
    splits it in C rather than cutting a slice per text: ~50 ms at tier L), with the texts'
    character offsets (without the separators): the checksums."""
    if len(codes) and codes.min() < 0:
        raise Uncachable(f"{table}.{name}: missing values")
    if texts and set(map(type, texts)) != {str}:  # C-speed passes, not a Python loop
        raise Uncachable(f"{table}.{name}: not all text")
    joined = SEPARATOR.join(texts)
    if joined.count(SEPARATOR) != max(len(texts) - 1, 0):
        raise Uncachable(f"{table}.{name}: a text holds the separator")
    try:
        encoded = joined.encode("utf-8")
    except UnicodeEncodeError as e:
        raise Uncachable(f"{table}.{name}: {e}") from None
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)  # in characters, not bytes
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), out=offsets[1:])
    blob = np.frombuffer(encoded, dtype=np.uint8)
    return [out.save(f"{file}.codes", codes), out.save(f"{file}.offsets", offsets),
            out.save(f"{file}.blob", blob)]


def _date_parts(table: str, name: str, s: pd.Series) -> tuple[np.ndarray, np.ndarray, int]:
    """PartialDate cells as codes (-1: no date) and, per distinct date, year, month, day (0:
    unknown), approximate, uncertain: rebuilt without parsing text."""
    codes, uniques = _factorize_by_identity(s.to_numpy(dtype=object))
    parts = np.zeros((len(uniques), 5), dtype=np.int32)
    for i, d in enumerate(uniques):
        if type(d) is not PartialDate:
            raise Uncachable(f"{table}.{name}: {type(d).__name__} among the dates")
        parts[i] = (d.year, d.month or 0, d.day or 0, bool(d.approximate), bool(d.uncertain))
    return codes.astype(np.int32), parts.reshape(-1), len(uniques)


def _factorize_by_identity(cells: np.ndarray) -> tuple[np.ndarray, list[object]]:
    """Codes (-1 for None) and the distinct objects, told apart by identity in first-use order:
    the loader shares one PartialDate per distinct text, and hashing a dataclass costs a Python
    call per cell. Equal dates that are distinct objects store equal parts twice; harmless."""
    ids = np.fromiter(map(id, cells), dtype=np.uint64, count=len(cells))
    codes, _ = pd.factorize(ids)
    objects = [cells[i] for i in np.unique(codes, return_index=True)[1]] if len(codes) else []
    none = next((k for k, o in enumerate(objects) if o is None), None)
    if none is not None:  # None is no date: code -1, and later codes close the gap
        objects.pop(none)
        codes = np.where(codes == none, -1, np.where(codes > none, codes - 1, codes))
    return codes, objects


class _ArrayWriter:
    """Every array of an entry into two files (``ARRAYS``: what the pack keeps; ``TEXTS``: what
    is decoded once), each at an offset aligned to ``ALIGN`` bytes, its place noted in ``index``
    (name -> [offset, dtype, length, file]) for the header. A reopen then maps two files instead
    of opening ~230 ``.npy`` files: each open gave the GIL up and, while the GUI thread builds the
    panels, waited up to a switch interval to get it back (0.13 s at tier L with a Python thread
    running beside it; docs/performance-log.md, reopen-5). What is decoded once lies apart so its
    pages leave the process with its mapping, as they did with a file each."""

    def __init__(self, folder: Path) -> None:
        self._files = {ARRAYS: (folder / ARRAYS).open("wb"), TEXTS: (folder / TEXTS).open("wb")}
        self.index: dict[str, list[Any]] = {}
        self.sizes = dict.fromkeys(self._files, 0)

    def save(self, name: str, arr: np.ndarray, kept: bool = False) -> str:
        arr = np.ascontiguousarray(arr)
        if (name in self.index or arr.ndim != 1 or arr.dtype.kind not in "biuf"
                or arr.dtype.byteorder == ">"):
            raise Uncachable(f"{name}: {arr.dtype} array of {arr.ndim} dimensions")
        file = ARRAYS if kept else TEXTS
        size, fh = self.sizes[file], self._files[file]
        pad = -size % ALIGN
        fh.write(bytes(pad))
        self.index[name] = [size + pad, arr.dtype.str, int(arr.shape[0]), file]
        fh.write(arr.data.cast("B"))
        self.sizes[file] = size + pad + arr.nbytes
        return _checksum(arr)

    def __enter__(self) -> _ArrayWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        for fh in self._files.values():
            fh.close()


def _checksum(arr: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(arr).data.cast("B")).hexdigest()


# -- reading ---------------------------------------------------------------------------------------
def read_entry(entry: Path, digest: str, limits: LoadLimits, location: str) -> Pack:
    """The Pack stored in ``entry``; Damaged (or any error) when anything does not check out."""
    header = json.loads((entry / HEADER).read_text(encoding="utf-8"))
    if not isinstance(header, dict):
        raise Damaged("header is not an object")
    for key, value in _versions().items():
        if header.get(key) != value:
            raise Damaged(f"{key} {header.get(key)!r}, expected {value!r}")
    if header.get("digest") != digest or header.get("limits") != repr(limits):
        raise Damaged("another pack's entry")
    tables_h = header["tables"]
    if not isinstance(tables_h, dict) or set(tables_h) != set(TABLES):
        raise Damaged("tables")
    memo: dict[int, PartialDate] = {}
    kept: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    arrays = _ArrayFile(entry, header)
    with _ChecksumsAside() as checks:
        frames = {name: _read_table(arrays, name, tables_h[name], memo, kept) for name in TABLES}
        checks.verify()  # every array of the tables checked before anything is built on them
    for name in Pack.RESOURCE_NAMES:  # every column of the contract is there, as after a load
        if not {c.name for c in RESOURCE_BY_NAME[name].columns} <= set(frames[name].columns):
            raise Damaged(f"{name}: columns of the contract missing")
    if {"period_start", "period_end"} & set(frames["observations"].columns):
        raise Damaged("observations: period days per figure (an entry of format 9 or before)")
    m = header["meta"]
    if m.get("digest") != digest:
        raise Damaged("metadata digest")
    meta = PackMeta(
        name=str(m["name"]), title=str(m["title"]), version=str(m["version"]),
        created=str(m["created"]), description=str(m["description"]),
        licenses=tuple(_dicts(m["licenses"])), sources=tuple(_dicts(m["sources"])),
        location=location, extra_resources=tuple(str(x) for x in m["extra_resources"]),
        digest=digest, format_version=int(m["format_version"]), title_ja=str(m["title_ja"]))
    present = header["present"]
    if not isinstance(present, list) or not set(present) <= set(Pack.RESOURCE_NAMES):
        raise Damaged("present")
    pack = Pack(meta=meta, **{n: frames[n] for n in Pack.RESOURCE_NAMES},
                present=frozenset(present), event_parties=frames["event_parties"],
                event_involved=frames["event_involved"], event_domains=frames["event_domains"])
    derived = header["derived"]
    if not isinstance(derived, dict) or set(derived) != set(DERIVED_ARRAYS):
        raise Damaged("derived")
    n = len(pack.events)
    for i, name in enumerate(DERIVED_ARRAYS):
        spec = derived[name]
        if not isinstance(spec, dict) or spec.get("file") != f"d{i}":
            raise Damaged(f"{name}: entry")
        rank = _load(arrays, f"d{i}", spec.get("sha256"), (n,), np.int32)
        # a rank is a permutation of 0..n-1: anything else is not this pack's
        if n and (rank.min() < 0 or rank.max() >= n or np.bincount(rank, minlength=n).max() > 1):
            raise Damaged(f"{name}: not a permutation")
        pack.__dict__[name] = rank  # as the cached_property would have computed it
    pack.__dict__[EXTRAS_KEY] = _read_extras(arrays, header.get("extras"))
    _ = pack.observation_period_days  # the distinct periods parsed here, on the loader's worker
    pack.__dict__[KEPT_CODES_KEY] = {key: (frames[key[0]][key[1]].to_numpy(dtype=object), *codes)
                                     for key, codes in kept.items()}
    return pack


def _dicts(items: object) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
        raise Damaged("metadata list")
    return items


def _read_table(arrays: _ArrayFile, table: str, spec: dict[str, Any],
                memo: dict[int, PartialDate],
                kept: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]]) -> pd.DataFrame:
    """One table's frame; the codes of its ``KEPT_CODES`` columns into ``kept``."""
    n = spec["rows"]
    if not isinstance(n, int) or n < 0:
        raise Damaged(f"{table}: rows")
    data: dict[str, object] = {}  # column -> array or Series, in the stored order
    for col in spec["columns"]:
        name, kind, file = col["name"], col["kind"], col["file"]
        if not isinstance(name, str) or name in data or not isinstance(file, str) \
                or not file.isalnum():
            raise Damaged(f"{table}: column entry")
        if kind == "date":
            if (table, name) not in DERIVED_DATES or col["dtype"] != "object":
                raise Damaged(f"{table}.{name}: not a date column")
            data[name] = _read_dates(arrays, file, col, n, memo)
        elif kind == "array":
            arr = _load(arrays, file, col["sha256"], (n,))
            if str(arr.dtype) != col["dtype"] or arr.dtype.kind not in "biuf":
                raise Damaged(f"{table}.{name}: dtype {arr.dtype}")
            data[name] = arr
        elif kind in ("text", "category"):
            if col["dtype"] not in (("object", "str") if kind == "text" else ("category",)):
                raise Damaged(f"{table}.{name}: dtype {col['dtype']}")
            sums = col["sha256"]
            k = col["distinct"]
            if not isinstance(sums, list) or len(sums) != 3 or not isinstance(k, int) or k < 0:
                raise Damaged(f"{table}.{name}: text entry")
            codes = _load(arrays, f"{file}.codes", sums[0], (n,), np.int32)
            offsets = _load(arrays, f"{file}.offsets", sums[1], (k + 1,), np.int64)
            blob = _load(arrays, f"{file}.blob", sums[2], None, np.uint8)
            if offsets[0] != 0 or (np.diff(offsets) < 0).any():
                raise Damaged(f"{table}.{name}: offsets")
            if n and (k == 0 or codes.min() < 0 or codes.max() >= k):
                raise Damaged(f"{table}.{name}: codes")
            texts = _texts(blob, offsets, k)
            if kind == "text":
                data[name] = pd.Series(texts[codes], dtype=col["dtype"], copy=False)
                if (table, name) in KEPT_CODES and _factorize_order(codes, texts):
                    kept[(table, name)] = (narrowed_codes(codes, k), texts)  # a copy: the file is unmapped
            elif k == 1:  # one text (every code checked 0 above): codes in no memory
                data[name] = pd.Series(one_text(texts[0], n), copy=False)
            else:  # from_codes refuses repeated categories; it narrows the codes to 8 or 16
                # bits (a copy) up to 32,767 categories, else keeps them: copied here, so the
                # texts file is never kept mapped for them
                if k > np.iinfo(np.int16).max:
                    codes = np.array(codes)
                data[name] = pd.Series(pd.Categorical.from_codes(
                    codes, dtype=pd.CategoricalDtype(pd.Index(texts, dtype=object))), copy=False)
        else:
            raise Damaged(f"{table}.{name}: kind {kind!r}")
    frame = pd.DataFrame(data, index=pd.RangeIndex(n), copy=False)
    return frame


def _factorize_order(codes: np.ndarray, texts: np.ndarray) -> bool:
    """Whether ``codes`` and ``texts`` are what ``pd.factorize`` gives for ``texts[codes]``: the
    texts distinct, each code first used after every smaller one, every text used (as written;
    an entry that says otherwise is read, its codes not kept)."""
    if not len(codes):
        return not len(texts)
    top = np.maximum.accumulate(codes)
    return bool(codes[0] == 0 and top[-1] == len(texts) - 1 and (codes[1:] <= top[:-1] + 1).all()
                and len(set(texts.tolist())) == len(texts))


def _texts(blob: np.ndarray, offsets: np.ndarray, k: int) -> np.ndarray:
    """The distinct texts: the blob decoded once and split at its separators; as many texts as
    the header says, as many characters as their offsets say."""
    whole = blob.tobytes().decode("utf-8")  # strict: a damaged blob fails here
    if len(whole) != offsets[-1] + max(k - 1, 0):
        raise Damaged("text offsets")
    if not k:
        return np.empty(0, dtype=object)
    parts = whole.split(SEPARATOR)
    if len(parts) != k:
        raise Damaged("text separators")
    return _objects(parts, k)


def _objects(items: Iterable[Any], k: int) -> np.ndarray:
    """``k`` objects as an object array. ``np.fromiter`` stores each as it is; assigning a list to
    an array slice asks every item whether it is a sequence first (5 ms for 34,000 dates)."""
    out: np.ndarray = np.fromiter(items, dtype=object, count=k)
    return out


def _read_dates(arrays: _ArrayFile, file: str, col: dict[str, Any], n: int,
                memo: dict[int, PartialDate]) -> np.ndarray:
    """A PartialDate column; ``memo`` shares equal dates between the columns of a pack."""
    sums, k = col["sha256"], col["distinct"]
    if not isinstance(sums, list) or len(sums) != 2 or not isinstance(k, int) or k < 0:
        raise Damaged(f"{file}: date entry")
    codes = _load(arrays, f"{file}.codes", sums[0], (n,), np.int32)
    parts = _load(arrays, f"{file}.parts", sums[1], (5 * k,), np.int32).reshape(k, 5)
    if n and (codes.min() < -1 or codes.max() >= k):
        raise Damaged(f"{file}: date codes")
    _y, m, d, a, u = (parts[:, i] for i in range(5))
    if k and ((m < 0).any() or (m > 12).any() or (d < 0).any() or (d > 31).any()
              or ((d > 0) & (m == 0)).any() or (a & ~1).any() or (u & ~1).any()):
        raise Damaged(f"{file}: date parts")
    dates = np.empty(k + 1, dtype=object)  # the last one, None, for code -1
    dates[:k] = _new_dates(parts, memo)
    out: np.ndarray = dates[codes]
    return out


_DATE_FIELDS = ("year", "month", "day", "approximate", "uncertain")


@functools.cache
def _date_setters() -> tuple[Callable[[Any, Any], None], ...] | None:
    """The setters of ``PartialDate``'s five slots, while it is the frozen slotted dataclass of
    exactly these fields with nothing run after its ``__init__``: a date is then made as its
    ``__init__`` makes it, without the frozen class's ``object.__setattr__`` call per field (half
    the time: 42,000 dates at tier L). None otherwise: the constructor makes them."""
    fields = tuple(getattr(PartialDate, "__dataclass_fields__", ()))
    if (getattr(PartialDate, "__slots__", None) != _DATE_FIELDS or fields != _DATE_FIELDS
            or hasattr(PartialDate, "__post_init__")):
        return None
    try:
        setters = tuple(PartialDate.__dict__[n].__set__ for n in _DATE_FIELDS)
        probe = object.__new__(PartialDate)
        for setter, value in zip(setters, (2019, 5, 1, True, False), strict=True):
            setter(probe, value)
    except Exception:
        return None
    return setters if probe == PartialDate(2019, 5, 1, True, False) else None


def _date_keys(parts: np.ndarray) -> np.ndarray:
    """One integer per row of checked parts (month 0-12, day 0-31, flags 0-1), equal only for
    equal parts: the memo's keys, made in numpy rather than a tuple per date."""
    p = parts.astype(np.int64)
    keys: np.ndarray = (((p[:, 0] * 13 + p[:, 1]) * 32 + p[:, 2]) * 2 + p[:, 3]) * 2 + p[:, 4]
    return keys


def _new_dates(parts: np.ndarray, memo: dict[int, PartialDate]) -> np.ndarray:
    """One PartialDate per row (year, month, day, approximate, uncertain) of checked parts (0: no
    month or day), as an object array; equal parts share the date in ``memo``. The dates not in the
    memo are made field by field through C-level ``map`` calls (no Python bytecode per date: ~45,000
    dates at tier L)."""
    keys = _date_keys(parts)
    out = (_objects(map(memo.get, keys.tolist()), len(keys)) if memo  # (the first column
           else np.empty(len(keys), dtype=object))  # finds it empty)
    missing = np.flatnonzero(pd.isna(out))  # None: not in the memo
    if not len(missing):
        return out
    # one date per distinct key among the missing ones (a column may repeat parts)
    distinct, first, inverse = np.unique(keys[missing], return_index=True, return_inverse=True)
    new = parts[missing[first]]
    fields: list[list[Any]] = [new[:, 0].tolist()]
    for i in (1, 2):  # month, day: None where 0
        column = new[:, i].astype(object)
        column[new[:, i] == 0] = None
        fields.append(column.tolist())
    fields += [(new[:, 3] == 1).tolist(), (new[:, 4] == 1).tolist()]
    setters = _date_setters()
    if setters is None:
        made = _objects(map(PartialDate, *fields), len(distinct))
    else:
        dates = list(map(object.__new__, itertools.repeat(PartialDate, len(distinct))))
        for setter, values in zip(setters, fields, strict=True):
            collections.deque(map(setter, dates, values), maxlen=0)
        made = _objects(dates, len(distinct))
    out[missing] = made[inverse.reshape(-1)]
    memo.update(zip(distinct.tolist(), made.tolist(), strict=True))
    return out


# The tables' checksums (SHA-256 over ~83 MB at tier L: ~70 ms) are computed on one thread of their
# own while the reader decodes texts and dates: hashlib releases the GIL, so they run on the other
# core. ``read_entry`` waits for every one of them, and raises Damaged on any mismatch, before it
# builds the Pack: nothing unchecked leaves the reader, as before.
_aside = threading.local()
ASIDE_MIN_BYTES = 1 << 20


class _ChecksumsAside:
    def __enter__(self) -> _ChecksumsAside:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pack-cache-checksums")
        self._checks: list[tuple[str, object, Any]] = []
        _aside.checks = self
        return self

    def add(self, name: str, arr: np.ndarray, checksum: object) -> None:
        if arr.nbytes < ASIDE_MIN_BYTES:  # each hash handed back waits for the GIL: few, large ones
            if _checksum(arr) != checksum:
                raise Damaged(f"{name}: checksum")
            return
        self._checks.append((name, checksum, self._pool.submit(_checksum, arr)))

    def verify(self) -> None:
        for name, checksum, future in self._checks:
            if future.result() != checksum:
                raise Damaged(f"{name}: checksum")

    def __exit__(self, *exc: object) -> None:
        _aside.checks = None
        self._pool.shutdown(wait=True, cancel_futures=True)


class _ArrayFile:
    """An entry's two arrays files, each mapped once (copy-on-write: pages stay shared with the
    page cache until something writes to one), each array a view of one where the header's index
    places it: within the file, aligned, a plain little-endian number type; else Damaged."""

    def __init__(self, entry: Path, header: dict[str, Any]) -> None:
        index, sizes = header.get("arrays"), header.get("arrays_bytes")
        if (not isinstance(index, dict) or not isinstance(sizes, dict)
                or set(sizes) != {ARRAYS, TEXTS} or any(type(v) is not int for v in sizes.values())):
            raise Damaged("arrays index")
        self.files: dict[str, np.ndarray] = {}
        for file, size in sizes.items():
            path = entry / file
            if path.stat().st_size != size:
                raise Damaged(f"{file}: {path.stat().st_size} bytes, expected {size}")
            self.files[file] = (np.memmap(path, dtype=np.uint8, mode="c") if size
                                else np.zeros(0, dtype=np.uint8))
        self.index: dict[str, Any] = index

    def get(self, name: str) -> np.ndarray:
        place = self.index.get(name)
        if not isinstance(place, list) or len(place) != 4:
            raise Damaged(f"{name}: not in the arrays files")
        offset, dtype, length, file = place
        if (type(offset) is not int or type(length) is not int or not isinstance(dtype, str)
                or offset < 0 or length < 0 or offset % ALIGN or file not in self.files):
            raise Damaged(f"{name}: place {place!r}")
        try:
            dt = np.dtype(dtype)
        except TypeError:
            raise Damaged(f"{name}: dtype {dtype!r}") from None
        if dt.kind not in "biuf" or dt.str != dtype or dt.byteorder == ">":
            raise Damaged(f"{name}: dtype {dtype!r}")
        end = offset + length * dt.itemsize
        whole = self.files[file]
        if end > len(whole):
            raise Damaged(f"{name}: beyond the end of {file}")
        return whole[offset:end].view(dt)


def _load(arrays: _ArrayFile, name: str, checksum: object, shape: tuple[int, ...] | None,
          dtype: type | None = None) -> np.ndarray:
    arr = arrays.get(name)
    if shape is not None and arr.shape != shape:
        raise Damaged(f"{name}: shape {arr.shape}")
    if dtype is not None and arr.dtype != np.dtype(dtype):
        raise Damaged(f"{name}: dtype {arr.dtype}")
    aside = getattr(_aside, "checks", None)
    if aside is not None:
        aside.add(name, arr, checksum)
    elif _checksum(arr) != checksum:
        raise Damaged(f"{name}: checksum")
    plain: np.ndarray = arr.view(np.ndarray)
    return plain  # still mapped, but a plain array to pandas and to the views


# -- housekeeping ----------------------------------------------------------------------------------
def _touch(entry: Path) -> None:
    try:
        os.utime(entry / HEADER)
    except OSError:
        pass


def evict(keep: Path | None = None, limit: int | None = None) -> None:
    """Remove the least recently used entries beyond ``limit`` bytes (and stale temporary folders)."""
    limit = MAX_CACHE_BYTES if limit is None else limit
    root = cache_root()
    entries: list[tuple[float, int, Path]] = []
    now = time.time()
    for child in root.iterdir():
        try:
            if child.name.startswith(".tmp-"):
                if now - child.stat().st_mtime > STALE_TMP_SECONDS:
                    shutil.rmtree(child, ignore_errors=True)
                continue
            size = sum(p.stat().st_size for p in child.iterdir())
            used = (child / HEADER).stat().st_mtime if (child / HEADER).exists() else 0.0
            entries.append((used, size, child))
        except OSError:
            continue
    total = sum(size for _, size, _ in entries)
    for _used, size, child in sorted(entries):
        if total <= limit:
            break
        if keep is not None and child == keep:
            continue
        shutil.rmtree(child, ignore_errors=True)
        total -= size


def clear() -> None:
    """Remove every cached pack (they are rebuilt on the next open)."""
    wait_for_writes()  # else a write under way would put an entry back right after
    shutil.rmtree(cache_root(), ignore_errors=True)


__all__ = [
    "Damaged",
    "Uncachable",
    "cache_root",
    "clear",
    "enabled",
    "entry_path",
    "evict",
    "fingerprint",
    "load_through",
    "modules_digest",
    "read_entry",
    "register_extra",
    "stored_extra",
    "wait_for_writes",
    "write_entry",
]
