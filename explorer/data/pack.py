"""A loaded, validated briefing pack: pandas tables plus the precomputed arrays the views filter on."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from explorer.data.pack_schema import DOMAINS
from explorer.domain.dates import PartialDate, Period

# pack.__dict__ key: (table, column) -> (the column's cells, codes, distinct texts) as a reopen read
# them from the pack cache (``Pack.factorized``).
KEPT_CODES_KEY = "_kept_codes"
# pack.__dict__ key: period text -> Period, as a first open's checks parsed them (taken by
# ``Pack.observation_period_days``, so a first open does not parse the periods again).
PARSED_PERIODS_KEY = "_parsed_periods"
_V = TypeVar("_V")  # what a table's id maps to (``_ById``)


def period_days(texts: Iterable[str], parse: Callable[[str], Period] = Period.parse
                ) -> tuple[np.ndarray, np.ndarray]:
    """Each period's first and last day number (int32), in the order of ``texts``."""
    periods = [parse(t) for t in texts]
    return (np.array([p.start_day for p in periods], dtype=np.int32),
            np.array([p.end_day for p in periods], dtype=np.int32))


def one_text(text: str, n: int) -> pd.Categorical:
    """``n`` cells of one text as a Categorical whose codes take no memory: one read-only 0 seen
    ``n`` times (a zero stride). A figures' column holding one text (notes nobody wrote, a column
    the pack left out) was a byte a figure (tier L: 2 columns, 1.9 MB). pandas reads such codes
    as any others (take, comparisons, ``isin``, ``astype``, ``map``, groupby, concatenation) and
    copies them before any write."""
    return pd.Categorical.from_codes(np.broadcast_to(np.int8(0), (n,)),
                                     dtype=pd.CategoricalDtype(pd.Index([text], dtype=object)))


def narrowed_codes(codes: np.ndarray, k: int) -> np.ndarray:
    """A copy of ``codes`` (-1 for a missing cell) in the narrowest integers for ``k`` texts, as
    ``Pack.factorized`` gives them on a first open and on a reopen alike (int16 up to 32,767
    texts: a quarter of pd.factorize's int64, which the views keep for 10^5 events)."""
    return codes.astype(np.int16 if k <= np.iinfo(np.int16).max else np.int32)


class _ById(Mapping[str, _V]):
    """A read-only mapping keyed by a table's ids: a pandas Index's hash table over the table's own
    id array (no copy of the ids), a third of a dict's memory (10^5 ids: 2.0 MB against 6.7 MB of
    dict and int objects), a look-up ~0.3 µs. An id the table lacks is not in it; an id repeated
    in it answers its last row, as a dict built row by row would."""

    __slots__ = ("_index", "_rows")

    def __init__(self, ids: np.ndarray) -> None:
        index = pd.Index(ids, dtype=object, copy=False)
        self._rows: np.ndarray | None = None  # the kept rows' positions, where ids repeat
        if not index.is_unique:  # builds the hash table, here (on the loader's worker for events)
            last = ~index.duplicated(keep="last")
            self._rows, index = np.flatnonzero(last), index[last]
        self._index = index

    def _row(self, key: str) -> int:
        row = self._index.get_loc(key)  # KeyError for an id the table lacks
        assert isinstance(row, int)  # the index is unique
        return row if self._rows is None else int(self._rows[row])

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


class RowIndex(_ById[int]):
    """Id -> row position."""

    __slots__ = ()

    def __getitem__(self, key: str) -> int:
        return self._row(key)

    def rows_of(self, keys: np.ndarray) -> np.ndarray:
        """Each key's row (int64), -1 for a key the table lacks: one pass of the hash table in C
        (10^4 keys: ~3 ms, against ~16 ms through ``get`` one key at a time)."""
        found: np.ndarray = self._index.get_indexer(keys)
        if self._rows is None:
            return found.astype(np.int64, copy=False)
        return np.where(found >= 0, self._rows[found], -1).astype(np.int64, copy=False)


class RowRecords(_ById[dict[str, Any]]):
    """Id -> that row as a dict (column -> cell, as ``DataFrame.to_dict("records")`` gives it),
    each made when asked from the table's own columns (~2 µs; the frame's ``to_dict`` of one row
    took ~0.2 ms, several per step to the next event): no dict per row kept."""

    __slots__ = ("_columns",)

    def __init__(self, frame: pd.DataFrame, id_column: str) -> None:
        super().__init__(frame[id_column].to_numpy(dtype=object))
        # an object column's own array (no copy); any other column as its Series
        self._columns = [(str(name), column.to_numpy() if column.dtype == object else column)
                         for name, column in frame.items()]

    def __getitem__(self, key: str) -> dict[str, Any]:
        row = self._row(key)
        return {name: values[row] if isinstance(values, np.ndarray) else _native(values.iloc[row])
                for name, values in self._columns}


class _RowRuns(Mapping[str, np.ndarray]):
    """Key -> its rows (int32 positions, ascending): ``order[start:end]``, the rows sorted by key;
    without an order (rows already sorted by key), ``start..end - 1`` made when asked (~µs)."""

    __slots__ = ("_bounds", "_order")

    def __init__(self, bounds: dict[str, tuple[int, int]], order: np.ndarray | None) -> None:
        self._bounds, self._order = bounds, order

    def __getitem__(self, key: str) -> np.ndarray:
        start, end = self._bounds[key]
        return np.arange(start, end, dtype=np.int32) if self._order is None else self._order[start:end]

    def __contains__(self, key: object) -> bool:
        return key in self._bounds

    def __iter__(self) -> Iterator[str]:
        return iter(self._bounds)

    def __len__(self) -> int:
        return len(self._bounds)


def _native(cell: Any) -> Any:
    """A numpy scalar as the Python one (as ``to_dict`` boxes it); anything else as it is."""
    return cell.item() if isinstance(cell, np.generic) else cell


@dataclass(frozen=True)
class PackMeta:
    name: str
    title: str
    version: str
    created: str
    description: str
    licenses: tuple[dict[str, Any], ...]
    sources: tuple[dict[str, Any], ...]
    location: str  # the folder or zip it was opened from
    extra_resources: tuple[str, ...] = ()  # declared resources this format does not use
    digest: str = ""  # SHA-256 over the descriptor and every resource file read (see pack_loader)
    # The pack format it was written in (pack_schema.FORMAT_VERSION); before 2, ``note`` columns
    # were read as editors' notes (pack_loader), since readers and editors shared one column.
    format_version: int = 1
    # Only for packs combined from several (explorer.data.pack_union): the open packs, primary first.
    components: tuple[PackMeta, ...] = ()
    title_ja: str = ""  # the descriptor's optional Japanese title ("" if none)

    def title_in(self, lang: str) -> str:
        """The title in the label language (``title_ja`` for "ja", both for "both", English
        where the pack has no Japanese title)."""
        from explorer.domain.labels import pick

        return pick(self.title, self.title_ja, lang)


@dataclass
class Pack:
    """Every resource as a DataFrame of the contract's columns (absent optional ones are empty).

    Derived columns the loader adds (never written back to a pack):
      events:       start_day, end_day (inclusive interval of days covered), start_date (PartialDate),
                    end_date (PartialDate or None)
      milestones:   day_start, day_end, date_value (PartialDate)
      eras:         start_day, end_day (end_day of an ongoing era is -1)
      observations: value (float), scale (int8: the checks keep it in -12..15); a figure's
                    period's days are ``observation_days`` (kept per distinct period, not per figure)
      fx_rates:     rate (float), period_start, period_end
    List cells keep their text; ``event_parties``/``event_involved``/``event_domains`` hold them
    exploded (one row per event and item, ``row`` being the event's position) for vectorised filtering.
    """

    meta: PackMeta
    actors: pd.DataFrame
    sources: pd.DataFrame
    events: pd.DataFrame
    milestones: pd.DataFrame
    eras: pd.DataFrame
    indicators: pd.DataFrame
    observations: pd.DataFrame
    fx_rates: pd.DataFrame
    links: pd.DataFrame
    present: frozenset[str]
    event_parties: pd.DataFrame = field(repr=False)
    event_domains: pd.DataFrame = field(repr=False)
    # Actors an event concerns or mentions without being a party (format 3; empty before).
    event_involved: pd.DataFrame = field(repr=False, default_factory=lambda: pd.DataFrame(
        {"row": pd.Series([], dtype="int32"), "actor": pd.Series([], dtype=object)}))

    # The pack's own domains (optional; format 3). Before the fields with defaults: no default.
    domains: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        {c: pd.Series([], dtype=object) for c in ("id", "label", "label_ja", "colour")}))

    RESOURCE_NAMES = ("actors", "sources", "events", "milestones", "eras", "indicators",
                      "observations", "fx_rates", "links", "domains")

    def has(self, resource: str) -> bool:
        """Whether the pack ships this resource (optional ones may be absent)."""
        return resource in self.present

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in self.RESOURCE_NAMES}

    def table(self, name: str) -> pd.DataFrame:
        if name not in self.RESOURCE_NAMES:
            raise KeyError(name)
        return getattr(self, name)

    def factorized(self, table: str, column: str) -> tuple[np.ndarray, np.ndarray]:
        """``pd.factorize`` of a text column: each row's code (in order of first use; -1 for a
        missing cell) and the distinct texts (an object array). A reopen keeps the codes the pack
        cache stored for a few columns (``pack_cache.KEPT_CODES``), so the views' per-pack tables
        do not hash 10^5 cells again; they answer while the frame still holds the column read."""
        values = self.table_values(table, column)
        kept = self.__dict__.get(KEPT_CODES_KEY, {}).get((table, column))
        if kept is not None and kept[0].ctypes.data == values.ctypes.data \
                and len(kept[0]) == len(values):
            return kept[1], kept[2]
        codes, uniques = pd.factorize(values)
        return narrowed_codes(codes, len(uniques)), np.asarray(uniques, dtype=object)

    def table_values(self, table: str, column: str) -> np.ndarray:
        """A column's cells as an object array (the column's own array where it is one)."""
        frame: pd.DataFrame = getattr(self, table)
        values: np.ndarray = frame[column].to_numpy(dtype=object)
        return values

    @cached_property
    def domain_ids(self) -> tuple[str, ...]:
        """Every domain this pack may use: the built-in ones, then those its domains table adds."""
        return DOMAINS + tuple(d for d in dict.fromkeys(self.domains["id"]) if d not in DOMAINS)

    def domain_label(self, domain: str, ja: bool = False) -> str:
        """What to call a domain: the pack's label if it declares one (``ja``: its Japanese label,
        falling back to the English), else the id as words (``critical_minerals`` -> "Critical
        minerals")."""
        row = self._domain_rows.get(domain)
        if row is not None:
            label: str = row["label_ja"] if ja and row["label_ja"] else row["label"]
            return label
        return domain.replace("_", " ").capitalize()

    def domain_colour(self, domain: str) -> str:
        """The ``#RRGGBB`` colour the pack declares for a domain, or "" (then the palette's)."""
        row = self._domain_rows.get(domain)
        return row["colour"] if row is not None else ""

    @cached_property
    def declared_domain_labels(self) -> dict[str, str]:
        """Domain id -> label, for the domains the pack's own table declares (or relabels)."""
        return {d: r["label"] for d, r in self._domain_rows.items()}

    @cached_property
    def _domain_rows(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self.domains.to_dict("records")}

    @cached_property
    def actor_names(self) -> dict[str, str]:
        return dict(zip(self.actors["id"], self.actors["name"]))

    @cached_property
    def source_by_id(self) -> Mapping[str, dict[str, Any]]:
        """Source id -> its row as a dict (column -> cell), made when asked: not a dict per source
        kept (tier L, 9,000 sources: 2.8 MB), since a view cites a few dozen."""
        return RowRecords(self.sources, "id")

    def event_span(self) -> tuple[PartialDate, PartialDate] | None:
        """Earliest start and latest end (or start) of the events, as published."""
        ev = self.events
        if ev.empty:
            return None
        first = ev["start_date"].iloc[int(np.argmin(ev["start_day"].to_numpy()))]
        last_row = int(np.argmax(ev["end_day"].to_numpy()))
        last = ev["end_date"].iloc[last_row] or ev["start_date"].iloc[last_row]
        return first, last

    @cached_property
    def actors_by_prominence(self) -> tuple[str, ...]:
        """Actor ids, most present first (events they are party to plus figures they report),
        ties by id. Colours are assigned in this order, the same for every view of the pack."""
        counts = (self.event_parties["actor"].value_counts()
                  .add(self.observations["reporter"].value_counts(), fill_value=0))
        weight = {a: float(counts.get(a, 0.0)) for a in self.actors["id"]}
        return tuple(sorted(weight, key=lambda a: (-weight[a], a)))

    @cached_property
    def event_chrono_rank(self) -> np.ndarray:
        """Rank of each event sorted by start (coarser dates first), then title (code points)."""
        ev = self.events
        n = len(ev)
        precision = np.fromiter(map(attrgetter("precision"), ev["start_date"].tolist()), dtype=np.int8,
                                count=n)
        titles = ev["title"].tolist()
        if all(type(t) is str for t in titles):
            # Each row's place among the titles by Python's stable sort (equal titles in row order,
            # as lexsort keeps them): 10^5 titles as fixed-width numpy text for lexsort cost twice.
            by_title: np.ndarray = np.empty(n, dtype=np.int32)
            by_title[sorted(range(n), key=titles.__getitem__)] = np.arange(n, dtype=np.int32)
        else:
            by_title = ev["title"].to_numpy(dtype=str)
        order = np.lexsort((by_title, precision, ev["start_day"].to_numpy()))
        rank = np.empty(n, dtype=np.int32)  # a row: 4 bytes (see ``event_parties``)
        rank[order] = np.arange(n)
        return rank

    @cached_property
    def event_title_rank(self) -> np.ndarray:
        """Position of each event when sorted by its English title, case-insensitive
        (``str.casefold``, then code points; a missing title as ""), equal folded titles in
        chronological order (``event_chrono_rank``): a permutation of the rows. The events table
        sorts its Title column in English by it; stored in the pack cache, a reopen does not fold
        and sort 10^5 titles again."""
        n = len(self.events)
        folded = [str(t or "").casefold() for t in self.events["title"].tolist()]
        codes, found = pd.factorize(np.asarray(folded, dtype=object))
        distinct: list[str] = list(found)
        rank_of_distinct = np.empty(len(distinct), dtype=np.int64)
        rank_of_distinct[sorted(range(len(distinct)), key=distinct.__getitem__)] = \
            np.arange(len(distinct))
        chrono = np.empty(n, dtype=np.int64)
        chrono[self.event_chrono_rank] = np.arange(n)  # rows in chronological order
        order = chrono[np.argsort(rank_of_distinct[codes][chrono], kind="stable")]
        rank = np.empty(n, dtype=np.int32)
        rank[order] = np.arange(n)
        return rank

    @cached_property
    def event_haystack(self) -> np.ndarray:
        """Lower-cased searchable text per event (titles, summaries, Japanese twins, id)."""
        ev = self.events
        parts = [ev[c].astype(str) for c in ("id", "title", "title_ja", "summary", "summary_ja")]
        joined = parts[0].str.cat(parts[1:], sep="\n")
        haystack: np.ndarray = joined.str.lower().to_numpy(dtype=object)
        return haystack

    @cached_property
    def observation_haystack(self) -> np.ndarray:
        """Lower-cased searchable text per observation (indicator name and note in English and,
        where the pack has them, Japanese; unit, source title)."""
        obs = self.observations
        ind = self.indicators.set_index("id")
        src = self.sources.set_index("id")["title"]
        names = ind["name"]
        if "name_ja" in ind.columns and (ind["name_ja"].astype(str) != "").any():
            # Japanese where given, so a search typed in Japanese keeps the figures it names.
            names = names.str.cat(ind["name_ja"].astype(str), sep="\n")
        parts = [
            obs["indicator_id"],
            obs["indicator_id"].map(names).fillna(""),
            obs["note"].astype(str),
            *([obs["note_ja"].astype(str)] if _has_text(obs, "note_ja") else []),
            obs["unit"].astype(str),
            obs["source_id"].map(src).fillna(""),
        ]
        haystack: np.ndarray = parts[0].str.cat(parts[1:], sep="\n").str.lower().to_numpy(dtype=object)
        return haystack


    # -- per-pack indexes (computed once, on first use; a Pack is rebuilt when its data changes) ----

    @cached_property
    def observation_rows_by_indicator(self) -> Mapping[str, np.ndarray]:
        """Indicator id -> the row positions of its observations, ascending (one stable argsort
        over integer codes), so a comparison reads only the rows of its indicator. The positions
        are int32 (the narrowest type holding 10^6 rows: tier L, 3.8 MB less than int64), taken
        from a categorical column's own codes where it is one (no factorizing, no int64 codes).
        Figures written indicator by indicator (their codes ascending) keep no positions at all
        (``_RowRuns``: tier L, 3.8 MB)."""
        column = self.observations["indicator_id"]
        if isinstance(column.dtype, pd.CategoricalDtype):
            codes, uniques = column.array.codes, column.cat.categories
        else:
            codes, uniques = pd.factorize(column, use_na_sentinel=True)
        order = None if (codes[1:] >= codes[:-1]).all() else np.argsort(codes, kind="stable").astype(np.int32)
        bounds = np.searchsorted(codes if order is None else codes[order], np.arange(len(uniques) + 1))
        return _RowRuns({str(u): (int(bounds[i]), int(bounds[i + 1]))
                         for i, u in enumerate(uniques) if bounds[i + 1] > bounds[i]}, order)

    @cached_property
    def observation_period_days(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(each figure's period code, each code's first day, its last day): the days kept per
        distinct period (int32), not per figure (tier L: 1,500 periods for 10^6 figures, 7.6 MB
        less); the codes are the period Categorical's own (no copy). A first open finds the days
        parsed by the loader's checks; a reopen parses the distinct periods (~6 ms at tier L)."""
        parsed = self.__dict__.pop(PARSED_PERIODS_KEY, None)
        column = self.observations["period"]
        if isinstance(column.dtype, pd.CategoricalDtype):
            codes, periods = column.array.codes, column.cat.categories  # (a read-only view)
        else:  # plain texts (a union of packs whose periods differ)
            found, periods = pd.factorize(column.to_numpy(dtype=object))
            codes = narrowed_codes(found, len(periods))
        return (codes, *period_days(periods, Period.parse if parsed is None else parsed.__getitem__))

    def observation_days(self, rows: Any = None) -> tuple[np.ndarray, np.ndarray]:
        """The first and last day of each figure's period (int32), for ``rows`` (positions) or
        every figure: what the observations' ``period_start`` and ``period_end`` held."""
        codes, first, last = self.observation_period_days
        if rows is not None:
            codes = np.take(codes, rows)
        return np.take(first, codes), np.take(last, codes)  # (take: twice fancy indexing's speed)

    def observations_with_days(self, rows: Any) -> pd.DataFrame:
        """The figures at ``rows`` (positions) with ``period_start`` and ``period_end`` columns
        added, for readers that sort or read a few figures by their period's days."""
        start, end = self.observation_days(rows)
        return self.observations.take(rows).assign(period_start=start, period_end=end)

    def last_observations(self, rows: Any, k: int) -> pd.DataFrame:
        """The ``k`` figures of ``rows`` whose periods end last, oldest first, with their days:
        ``observations_with_days(rows).sort_values("period_end").tail(k)`` (the same quicksort,
        so ties alike) without that sub-frame of every row (tier L, an indicator of 5,000
        figures: ~1.0 ms against ~1.8 ms)."""
        rows = np.asarray(rows, dtype=np.intp)
        start, end = self.observation_days(rows)
        last = np.argsort(end, kind="quicksort")[len(end) - min(k, len(end)):]
        return self.observations.take(rows[last]).assign(period_start=start[last], period_end=end[last])

    @cached_property
    def observation_actor_codes(self) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
        """Reporter and partner of every observation as integer codes over one vocabulary:
        (reporter codes, partner codes, actor id -> code); a missing actor is -1. Filters by
        partner compare these integers instead of strings."""
        obs = self.observations
        reporter, partner = obs["reporter"], obs["partner"]
        if isinstance(reporter.dtype, pd.CategoricalDtype) and isinstance(partner.dtype,
                                                                         pd.CategoricalDtype):
            if reporter.cat.categories.equals(partner.cat.categories):  # the loader's: one vocabulary
                # the columns' own codes (read-only views; tier L: 3.8 MB not copied)
                shared = {str(a): i for i, a in enumerate(reporter.cat.categories)}
                return reporter.array.codes, partner.array.codes, shared
            # The loader's columns are categorical: one vocabulary from their categories (a few
            # hundred actors) and each column's codes looked up in it. Factorizing both columns
            # as objects made an object array of every row and hashed each (tier L: a ~55 MB
            # peak at the first comparison, above the pack's own; measured).
            vocabulary: dict[str, int] = {}
            for actor in (*reporter.cat.categories, *partner.cat.categories):
                vocabulary.setdefault(str(actor), len(vocabulary))

            def coded(column: pd.Series) -> np.ndarray:  # a missing actor's -1: the last entry
                lookup = [vocabulary[str(a)] for a in column.cat.categories] + [-1]
                codes: np.ndarray = np.asarray(lookup, dtype=_code_type(vocabulary))[
                    column.cat.codes.to_numpy()]
                return codes

            return coded(reporter), coded(partner), vocabulary
        n = len(obs)
        both = pd.concat([reporter.astype(object), partner.astype(object)], ignore_index=True)
        codes, uniques = pd.factorize(both, use_na_sentinel=True)
        vocabulary = {str(u): i for i, u in enumerate(uniques)}
        codes = codes.astype(_code_type(vocabulary))
        return codes[:n], codes[n:], vocabulary


def _code_type(vocabulary: dict[str, int]) -> np.dtype:
    """The narrowest signed integer holding every code and a missing actor's -1: int16 for the
    few hundred actors of a pack (tier L: 2 * 10^6 codes, 3.8 MB less than int32), int8 below 128."""
    return np.dtype(np.min_scalar_type(-max(len(vocabulary), 1)))


def _has_text(frame: pd.DataFrame, column: str) -> bool:
    """Whether ``column`` (an optional text column, perhaps Categorical) holds any text."""
    if column not in frame.columns:
        return False
    values = frame[column]
    if isinstance(values.dtype, pd.CategoricalDtype):
        return any(str(c).strip() for c in values.cat.categories)
    return bool((values.astype(str).str.strip() != "").any())
