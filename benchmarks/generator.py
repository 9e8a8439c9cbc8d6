"""Seeded synthetic briefing packs in three tiers, written in the real pack format.

The shape imitates a real pack grown large: one focus actor (``jp``) in most events, a few frequent
partners and a long tail, dates at day, month and year precision (some approximate or uncertain),
multi-domain events, milestone tracks on agreements, leaders' terms as eras, and observations as
monthly, quarterly, yearly and daily series per (reporter, partner). Text cells contain commas, so
CSV quoting is exercised.

Every column is built with numpy and written with the ``csv`` module; the descriptor comes from
``explorer.data.pack_writer.write_descriptor``, so the loader sees exactly what a pack author's tool
would write. Packs are cached by tier, seed and ``GENERATOR_VERSION`` (bump it whenever the output
changes).
"""

from __future__ import annotations

import csv
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from explorer.data.pack_schema import DOMAINS, EVENT_KINDS, EVENT_STATUSES, MEASURES
from explorer.data.pack_writer import write_descriptor

GENERATOR_VERSION = 2
COMPLETE_MARKER = ".generated"
FOCUS = "jp"
SEARCH_WORD = "minerals"  # appears in about one title in eight (the filter scenario searches it)


@dataclass(frozen=True)
class Tier:
    name: str
    events: int
    observations: int
    actors: int
    indicators: int
    series_per_indicator: int

    @property
    def points_per_series(self) -> int:
        return self.observations // (self.indicators * self.series_per_indicator)


TIERS: dict[str, Tier] = {
    # XS is not generated: it is the default pack the app ships (data/japan-eu-us), the size most
    # people open; its counts are the pack's own (59 events, 82 observations).
    "XS": Tier("XS", 59, 82, 37, 48, 1),
    "S": Tier("S", 1_000, 10_000, 40, 20, 5),
    "M": Tier("M", 10_000, 100_000, 80, 50, 8),
    "L": Tier("L", 100_000, 1_000_000, 150, 200, 10),
}

_NAMED_ACTORS = (  # id, name, name_ja, kind, iso3, member_of
    ("jp", "Japan", "日本", "state", "JPN", ""),
    ("eu", "European Union", "欧州連合", "bloc", "", ""),
    ("us", "United States", "米国", "state", "USA", ""),
    ("cn", "China", "中国", "state", "CHN", ""),
    ("kr", "South Korea", "韓国", "state", "KOR", ""),
    ("in", "India", "インド", "state", "IND", ""),
    ("au", "Australia", "オーストラリア", "state", "AUS", ""),
    ("gb", "United Kingdom", "英国", "state", "GBR", ""),
    ("de", "Germany", "ドイツ", "state", "DEU", "eu"),
    ("fr", "France", "フランス", "state", "FRA", "eu"),
    ("it", "Italy", "イタリア", "state", "ITA", "eu"),
    ("asean", "ASEAN", "東南アジア諸国連合", "bloc", "", ""),
    ("wto", "World Trade Organization", "", "organisation", "", ""),
    ("jogmec", "JOGMEC", "", "organisation", "", "jp"),
    ("co-minerals", "Minerals Trading Co., Ltd.", "", "company", "", ""),
)
_ADJECTIVES = ("Joint", "Strategic", "Bilateral", "Comprehensive", "Economic", "Enhanced",
               "Framework", "Interim", "Global", "Regional", "Digital", "Green")
_SUBJECTS = ("critical minerals", "semiconductor supply", "defence equipment", "energy security",
             "data flows", "investment screening", "LNG supply", "rare earth", "tariff",
             "export control", "shipbuilding", "hydrogen", "minerals processing", "space")
_NOUNS = ("partnership", "agreement", "dialogue", "memorandum", "statement", "initiative",
          "framework", "roadmap", "summit", "consultation")
_VERBS = ("Commits the parties to", "Sets out", "Launches talks on", "Reviews", "Extends",
          "Coordinates")
_OBJECTS = ("tariffs, quotas and standards", "supply chains, stockpiles and joint projects",
            "research, testing and certification", "financing, guarantees and insurance",
            "screening, controls and enforcement")
_JA_TITLES = ("重要鉱物に関する協力", "経済安全保障対話", "防衛装備品協定", "エネルギー安全保障共同声明",
              "デジタル・パートナーシップ", "半導体サプライチェーン協力")
_PUBLISHERS = ("Ministry of Foreign Affairs", "European Commission", "Council of the EU",
               "Congressional Research Service", "ECFR", "JETRO", "Eurostat", "Census Bureau")
_UNITS_BY_MEASURE = {"flow": "money", "stock": "money", "budget": "money", "pledge": "money",
                     "price": "money", "share": "%", "rate": "%", "count": "count", "other": "Mt/yr"}
_CURRENCIES = ("USD", "EUR", "JPY")
_FIRST_YEAR, _LAST_YEAR = 1900, 2030


SHIPPED = {"XS": Path(__file__).resolve().parent.parent / "data" / "japan-eu-us"}


def pack_dir(out: Path, tier: str, seed: int) -> Path:
    """Where the pack for ``tier`` and ``seed`` is cached under the output folder."""
    return Path(out) / "packs" / f"{tier}-seed{seed}-gen{GENERATOR_VERSION}"


def ensure_pack(out: Path, tier: str, seed: int = 1) -> tuple[Path, float | None]:
    """The cached pack, generated first if missing: (folder, seconds spent generating or None)."""
    if tier in SHIPPED:
        return SHIPPED[tier], None
    folder = pack_dir(out, tier, seed)
    if (folder / COMPLETE_MARKER).is_file():
        return folder, None
    started = time.perf_counter()
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    generate_pack(tmp, TIERS[tier], seed)
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return folder, time.perf_counter() - started


# -- helpers -----------------------------------------------------------------------------------------

def _day(year: int, month: int = 1, day: int = 1) -> int:
    return int(np.datetime64(f"{year:04d}-{month:02d}-{day:02d}", "D").astype(np.int64))


def _date_text(days: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """Day numbers as pack dates at precision 0 (day), 1 (month) or 2 (year)."""
    d = days.astype("datetime64[D]")
    out = np.datetime_as_string(d, unit="D").astype(object)
    month = precision == 1
    out[month] = np.datetime_as_string(d[month].astype("datetime64[M]"), unit="M")
    year = precision == 2
    out[year] = np.datetime_as_string(d[year].astype("datetime64[Y]"), unit="Y")
    return out


def _pick(rng: np.random.Generator, choices: Sequence[str], n: int,
          p: Sequence[float] | None = None) -> np.ndarray:
    return np.asarray(choices, dtype=object)[rng.choice(len(choices), size=n, p=p)]


def _ids(prefix: str, n: int) -> np.ndarray:
    width = len(str(n))
    return np.array([f"{prefix}{i:0{width}d}" for i in range(1, n + 1)], dtype=object)


def _write_csv(folder: Path, name: str, columns: dict[str, Sequence]) -> None:
    with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(list(columns))
        cols = [c.tolist() if isinstance(c, np.ndarray) else list(c) for c in columns.values()]
        writer.writerows(zip(*cols))


def _zipf_weights(n: int, s: float = 1.1) -> np.ndarray:
    w = 1.0 / np.arange(1, n + 1) ** s
    return w / w.sum()


# -- tables ------------------------------------------------------------------------------------------

def _actors(n: int) -> dict[str, list]:
    rows = list(_NAMED_ACTORS)
    for i in range(1, n - len(rows) + 1):
        rows.append((f"st{i:03d}", f"State {i}", "", "state", f"X{i:02d}"[:3], ""))
    return {k: [r[j] for r in rows] for j, k in enumerate(("id", "name", "name_ja", "kind", "iso3",
                                                            "member_of"))}


def _sources(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    ids = _ids("src-", n)
    published = rng.integers(_day(1995), _day(2026), n)
    with_url = rng.random(n) < 0.5
    return {
        "id": ids,
        "title": np.array([f"Report {i}, on {s}" for i, s in
                           zip(range(1, n + 1), _pick(rng, _SUBJECTS, n))], dtype=object),
        "publisher": _pick(rng, _PUBLISHERS, n),
        "published": _date_text(published, rng.choice(3, n, p=[0.5, 0.4, 0.1])),
        "url": np.where(with_url, np.char.add("https://example.org/", ids.astype(str)), ""),
        "note": np.where(rng.random(n) < 0.1, "cited by another source", ""),
    }


def _events(rng: np.random.Generator, tier: Tier, partners: np.ndarray, source_ids: np.ndarray
            ) -> tuple[dict[str, np.ndarray], np.ndarray]:
    n = tier.events
    recent = rng.random(n) < 0.7
    start = np.where(recent, rng.integers(_day(1990), _day(_LAST_YEAR, 12, 31), n),
                     rng.integers(_day(_FIRST_YEAR), _day(1990), n))
    precision = rng.choice(3, n, p=[0.6, 0.25, 0.15])
    start_text = _date_text(start, precision)
    marker = rng.choice(np.array(["", "~", "?"], dtype=object), n, p=[0.93, 0.05, 0.02])
    start_text = start_text + marker
    has_end = rng.random(n) < 0.2
    end_day = np.minimum(start + rng.exponential(5 * 365.25, n).astype(np.int64) + 1, _day(2150))
    end_text = np.where(has_end, _date_text(end_day, rng.choice(3, n, p=[0.6, 0.3, 0.1])), "")

    weights = _zipf_weights(len(partners))
    others = rng.choice(len(partners), size=(n, 3), p=weights)
    n_others = rng.choice([1, 2, 3], n, p=[0.7, 0.2, 0.1])
    with_focus = rng.random(n) < 0.8
    parties = []
    for focus, k, row in zip(with_focus.tolist(), n_others.tolist(), others.tolist()):
        chosen = list(dict.fromkeys(partners[c] for c in row[:k]))
        parties.append(";".join(([FOCUS] if focus else []) + chosen))
    dom = rng.choice(len(DOMAINS), size=(n, 2))
    two = rng.random(n) < 0.3
    domains = [DOMAINS[a] if not t or a == b else f"{DOMAINS[a]};{DOMAINS[b]}"
               for a, b, t in zip(dom[:, 0].tolist(), dom[:, 1].tolist(), two.tolist())]
    kinds = _pick(rng, EVENT_KINDS, n, p=[0.3, 0.15, 0.15, 0.1, 0.05, 0.05, 0.15, 0.05])
    adj, subj, noun = (_pick(rng, v, n) for v in (_ADJECTIVES, _SUBJECTS, _NOUNS))
    titles = [f"{a} {s} {w} {i}" for a, s, w, i in zip(adj, subj, noun, range(1, n + 1))]
    summaries = [f"{v} {o}." for v, o in zip(_pick(rng, _VERBS, n), _pick(rng, _OBJECTS, n))]
    ja = rng.random(n) < 0.3
    src = rng.choice(len(source_ids), size=(n, 2))
    two_src = rng.random(n) < 0.4
    ids = _ids("ev-", n)
    columns = {
        "id": ids,
        "title": np.array(titles, dtype=object),
        "title_ja": np.where(ja, _pick(rng, _JA_TITLES, n), ""),
        "kind": kinds,
        "status": _pick(rng, EVENT_STATUSES, n),
        "start": start_text,
        "end": end_text,
        "parties": np.array(parties, dtype=object),
        "domains": np.array(domains, dtype=object),
        "summary": np.array(summaries, dtype=object),
        "summary_ja": np.where(ja, "概要。", ""),
        "source_ids": np.where(two_src & (src[:, 0] != src[:, 1]),
                               source_ids[src[:, 0]] + ";" + source_ids[src[:, 1]],
                               source_ids[src[:, 0]]),
    }
    return columns, start


def _milestones(rng: np.random.Generator, events: dict[str, np.ndarray], start: np.ndarray,
                source_ids: np.ndarray) -> dict[str, np.ndarray]:
    """Announced, talks opened, signed, in force: 2-4 consecutive stages for a third of agreements."""
    stages = np.array(["announced", "negotiation_opened", "signed", "entry_into_force"], dtype=object)
    agreements = np.flatnonzero((events["kind"] == "agreement") & (rng.random(len(start)) < 0.35))
    count = rng.integers(2, 5, len(agreements))
    event = np.repeat(agreements, count)
    step = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    gaps = rng.integers(30, 400, (len(agreements), 4)).cumsum(axis=1)
    day = np.minimum(start[event] + gaps[np.repeat(np.arange(len(agreements)), count), step],
                     _day(2150))
    return {
        "event_id": events["id"][event],
        "stage": stages[step],
        "date": _date_text(day, rng.choice(2, len(day), p=[0.8, 0.2])),
        "source_id": source_ids[rng.integers(0, len(source_ids), len(day))],
    }


def _eras(source_ids: np.ndarray) -> dict[str, list]:
    rows = []
    for actor, office, term in (("jp", "JP PM", 3), ("us", "US President", 4)):
        years = list(range(_FIRST_YEAR, _LAST_YEAR - 4, term))
        for i, y in enumerate(years, start=1):
            last = i == len(years)
            rows.append((f"{actor}-term-{i:03d}", f"Leader {i} ({office})", actor, f"{y}-04",
                         "" if last else f"{y + term}-03", source_ids[i % len(source_ids)]))
    return {k: [r[j] for r in rows] for j, k in enumerate(("id", "label", "actor", "start", "end",
                                                            "source_id"))}


def _indicators(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    subjects = _pick(rng, _SUBJECTS, n)
    return {
        "id": _ids("ind-", n),
        "name": np.array([f"{s.capitalize()} indicator {i}" for i, s in zip(range(1, n + 1), subjects)],
                         dtype=object),
        "description": np.array([f"Synthetic figures on {s}, by reporter and partner" for s in subjects],
                                dtype=object),
        "domain": _pick(rng, DOMAINS, n),
        "measure": _pick(rng, MEASURES, n),
    }


def _periods(freq: str, n: int) -> np.ndarray:
    """``n`` consecutive periods ending in 2025 at frequency ``freq``."""
    if freq == "day":
        days = np.arange(_day(2025, 12, 31) - n + 1, _day(2025, 12, 31) + 1)
        return np.datetime_as_string(days.astype("datetime64[D]"), unit="D").astype(object)
    if freq == "month":
        months = np.arange(2025 * 12 + 12 - n, 2025 * 12 + 12) - 1970 * 12
        return np.datetime_as_string(months.astype("datetime64[M]"), unit="M").astype(object)
    if freq == "quarter":
        q = np.arange(2025 * 4 + 4 - n, 2025 * 4 + 4)
        return np.array([f"{y}-Q{k + 1}" for y, k in zip((q // 4).tolist(), (q % 4).tolist())],
                        dtype=object)
    prefix = "FY" if freq == "fiscal" else ""
    return np.array([f"{prefix}{y}" for y in range(2025 - n + 1, 2026)], dtype=object)


def _observations(rng: np.random.Generator, tier: Tier, indicators: dict[str, np.ndarray],
                  reporters: np.ndarray, source_ids: np.ndarray) -> dict[str, np.ndarray]:
    k, per = tier.series_per_indicator, tier.points_per_series
    # yearly series only where they stay within the format's years (1800 onwards)
    freqs = ["month", "quarter", "day"] + (["year", "fiscal"] if per <= 200 else [])
    parts: dict[str, list] = {c: [] for c in ("indicator_id", "reporter", "partner", "period",
                                              "value", "unit", "scale", "price_basis", "source_id")}
    for i, (ind, measure) in enumerate(zip(indicators["id"], indicators["measure"])):
        periods = _periods(freqs[i % len(freqs)], per)
        pairs = rng.choice(len(reporters), size=(k, 2), p=_zipf_weights(len(reporters)))
        for r, p in pairs.tolist():
            money = _UNITS_BY_MEASURE[measure] == "money"
            unit = _CURRENCIES[rng.integers(0, 3)] if money else _UNITS_BY_MEASURE[measure]
            walk = np.exp(np.cumsum(rng.normal(0.0, 0.03, per)))
            values = np.round(rng.uniform(5, 500) * walk, 3)
            parts["indicator_id"].append(np.full(per, ind, dtype=object))
            parts["reporter"].append(np.full(per, reporters[r], dtype=object))
            parts["partner"].append(np.full(per, "" if r == p else reporters[p], dtype=object))
            parts["period"].append(periods)
            parts["value"].append(values.astype(str).astype(object))
            parts["unit"].append(np.full(per, unit, dtype=object))
            parts["scale"].append(np.full(per, "9" if money else "", dtype=object))
            parts["price_basis"].append(np.full(per, "nominal" if money else "", dtype=object))
            # a series comes from one statistical source; a few figures cite another document
            own = np.full(per, source_ids[rng.integers(0, len(source_ids))], dtype=object)
            other = rng.random(per) < 0.02
            own[other] = source_ids[rng.integers(0, len(source_ids), int(other.sum()))]
            parts["source_id"].append(own)
    cols = {c: np.concatenate(v) for c, v in parts.items()}
    n = len(cols["period"])
    cols["qualifier"] = rng.choice(np.array(["", "~", ">"], dtype=object), n, p=[0.975, 0.02, 0.005])
    cols["note"] = np.where(rng.random(n) < 0.01, "provisional, revised later", "")
    order = ("indicator_id", "reporter", "partner", "period", "value", "unit", "scale", "qualifier",
             "price_basis", "source_id", "note")
    return {c: cols[c] for c in order}


def _fx_rates(source_ids: np.ndarray) -> dict[str, list]:
    years = list(range(_FIRST_YEAR, _LAST_YEAR + 1))
    rows = []
    for y in years:
        wave = 1 + 0.2 * np.sin(y / 7.0)
        rows.append((str(y), "USD", "JPY", f"{110 * wave:.4f}", "annual_average", source_ids[0]))
        rows.append((str(y), "EUR", "USD", f"{1.1 / wave:.4f}", "annual_average", source_ids[0]))
    return {k: [r[j] for r in rows] for j, k in enumerate(("period", "base", "quote", "rate", "kind",
                                                            "source_id"))}


def generate_pack(folder: Path, tier: Tier, seed: int) -> Path:
    """Write the pack for ``tier`` into ``folder`` (created); the same seed gives the same pack."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    actors = _actors(tier.actors)
    actor_ids = np.array(actors["id"], dtype=object)
    state_like = np.array([k in ("state", "bloc") for k in actors["kind"]])
    partners = actor_ids[state_like & (actor_ids != FOCUS)]
    sources = _sources(rng, max(50, tier.events // 10))
    events, start = _events(rng, tier, partners, sources["id"])
    indicators = _indicators(rng, tier.indicators)
    n_links = tier.events // 10
    link_events = rng.choice(tier.events, n_links, replace=False)
    tables = {
        "actors": actors,
        "sources": sources,
        "events": events,
        "milestones": _milestones(rng, events, start, sources["id"]),
        "eras": _eras(sources["id"]),
        "indicators": indicators,
        "observations": _observations(rng, tier, indicators, actor_ids[state_like], sources["id"]),
        "fx_rates": _fx_rates(sources["id"]),
        "links": {"event_id": events["id"][link_events],
                  "indicator_id": indicators["id"][rng.integers(0, tier.indicators, n_links)]},
    }
    for name, columns in tables.items():
        _write_csv(folder, name, columns)
    write_descriptor(folder, {
        "name": f"synthetic-{tier.name.lower()}-{seed}",
        "title": f"Synthetic benchmark pack, tier {tier.name} (seed {seed})",
        "version": f"{GENERATOR_VERSION}.0",
        "created": "2026-01-01",
        "description": f"{tier.events} events, {tier.observations} observations; generated by "
                       f"benchmarks.generator version {GENERATOR_VERSION}.",
        "licenses": [{"name": "CC0-1.0", "title": "Synthetic data, no rights reserved"}],
    })
    (folder / COMPLETE_MARKER).write_text(f"generator {GENERATOR_VERSION}, seed {seed}\n",
                                         encoding="utf-8")
    return folder
