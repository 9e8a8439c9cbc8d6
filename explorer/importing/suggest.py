"""Suggested mappings: which source column most likely holds each pack field, from the column's
name and from what its first cells look like. The wizard pre-fills its choices with these; the user
confirms or changes them. Pure, and cheap: only a sample of rows is looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.data.pack_schema import RESOURCE_BY_NAME, Kind
from explorer.domain.errors import ValueProblem
from explorer.importing.actor_lookup import NUMERIC_SYSTEMS, ActorLookup
from explorer.importing.mapping import AUTO_FIELDS
from explorer.importing.messy_dates import parse_messy_date, parse_messy_period
from explorer.importing.messy_numbers import DEFAULT_MISSING, parse_messy_number

SAMPLE_ROWS = 200
_WB_SUFFIX = re.compile(r"\s*\[[A-Z]{2}\d{4}\]$")

# Header words that point at a field (lower case, compared after removing punctuation).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "code", "key", "identifier"),
    "title": ("title", "name", "agreement", "treaty", "event", "subject"),
    "title_ja": ("title ja", "japanese title", "件名", "名称"),
    "name": ("name", "country", "country name", "actor", "economy"),
    "name_ja": ("name ja", "japanese", "日本語", "国名", "value"),
    "kind": ("kind", "type", "category"),
    "status": ("status", "state", "stage"),
    "start": ("start", "begin", "date", "signature", "signed", "from", "year", "开始", "開始", "日付"),
    "end": ("end", "until", "to", "expiry", "termination", "term", "終了"),
    "parties": ("parties", "party", "partners", "countries", "members", "signatories"),
    "domains": ("domain", "domains", "sector", "topic", "subject", "area", "typedomain"),
    "summary": ("summary", "description", "abstract", "notes", "comments"),
    "reporter": ("reporter", "country", "country code", "economy", "reporter code", "iso3", "geo"),
    "partner": ("partner", "counterpart", "partner country", "destination"),
    "period": ("period", "year", "date", "time", "month", "quarter", "fiscal year"),
    "value": ("value", "amount", "obs value", "figure", "total"),
    "unit": ("unit", "currency", "units", "unit of measure"),
    "scale": ("scale", "multiplier", "unit mult"),
    "note": ("note", "notes", "footnote", "flag", "comment"),
    "indicator_id": ("indicator", "series", "indicator code", "series code", "measure", "variable"),
    "base": ("base", "from currency", "base currency"),
    "quote": ("quote", "to currency", "currency", "country"),
    "rate": ("rate", "exchange rate", "fx", "value"),
    "iso3": ("iso3", "iso 3", "alpha 3", "iso3166 1 alpha 3", "country code"),
    "member_of": ("member of", "memberships", "groups"),
    "source_ids": ("source", "sources", "reference", "citation"),
    "source_id": ("source", "reference", "citation"),
}


@dataclass(frozen=True)
class Suggestion:
    field: str
    column: str
    score: float  # 0..1
    why: str


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z\u3040-\u9fff]+", " ", text.lower()).strip()


def period_columns(header: list[str]) -> list[str]:
    """Columns whose header is itself a period (wide tables: one column per year or month)."""
    out = []
    for h in header:
        try:
            if parse_messy_period(_WB_SUFFIX.sub("", h)):
                out.append(h)
        except ValueProblem:
            continue
    return out


_MISSING = {t.lower() for t in DEFAULT_MISSING}
_PERSON = re.compile(r"[^\W\d_][^\W\d_'.-]+,\s*[^\W\d_][^\W\d_'.-]+(?:,\s*[^\W\d_].*)?")


def _filled(cells: list[str]) -> list[str]:
    """Cells with a value: a column that is mostly "NA" is judged by what else it holds."""
    return [c for c in cells if c.strip() and c.strip().lower() not in _MISSING]


def looks_like_people(cells: list[str]) -> bool:
    """Cells such as "Crisina, Moral" or "Moral, Evrard" (coders, authors): people, never an id."""
    filled = _filled(cells)
    return bool(filled) and sum(bool(_PERSON.fullmatch(c.strip())) for c in filled) >= 0.5 * len(filled)


def _content_score(kind: Kind, references: str | None, cells: list[str], lookup: ActorLookup) -> float:
    filled = _filled(cells)
    if not filled:
        return 0.0

    def share(test) -> float:
        ok = 0
        for c in filled:
            try:
                ok += bool(test(c))
            except ValueProblem:
                pass
        return ok / len(filled)

    if kind is Kind.DATE:
        return share(lambda c: parse_messy_date(c) is not None)
    if kind is Kind.PERIOD:
        return share(lambda c: parse_messy_period(c) is not None)
    if kind is Kind.NUMBER:
        return share(lambda c: parse_messy_number(c) is not None)
    if references == "actors":
        # A number may be an ISO numeric or a Correlates of War code; the import decides which
        return share(lambda c: any(lookup.resolve(c.split(";")[0], system) is not None
                                   for system in NUMERIC_SYSTEMS))
    if kind is Kind.CURRENCY:
        return share(lambda c: re.fullmatch(r"[A-Za-z]{3}", c.strip()) is not None)
    if kind is Kind.INTEGER:
        return share(lambda c: re.fullmatch(r"[+-]?\d{1,2}", c.strip()) is not None)
    if kind is Kind.TEXT:
        return 0.5 * share(lambda c: not re.fullmatch(r"[\d.,\s/-]+", c))
    if kind is Kind.SLUG and references is None:  # an id: one token per cell, mostly distinct
        distinct = len(set(filled)) / len(filled)
        return distinct * share(lambda c: re.fullmatch(r"[\w.:/-]+", c.strip()) is not None)
    return 0.3


def suggest_mapping(header: list[str], rows: list[list[str]], kind: str,
                    lookup: ActorLookup | None = None) -> list[Suggestion]:
    """The best column for each field of ``kind`` (each column suggested once), best first."""
    lookup = lookup or ActorLookup.builtin()
    spec = RESOURCE_BY_NAME[kind]
    sample = rows[:SAMPLE_ROWS]
    columns = {h: [r[i] if i < len(r) else "" for r in sample] for i, h in enumerate(header)}
    wide = set(period_columns(header)) if len(period_columns(header)) >= 3 else set()
    candidates: list[Suggestion] = []
    for col in spec.columns:
        words = SYNONYMS.get(col.name, (col.name.replace("_", " "),))
        for h, cells in columns.items():
            if h in wide:
                continue
            n = _norm(h)
            name_score = 0.0
            if n == _norm(col.name) or (words and n == words[0]):
                name_score = 1.0  # the field's own name ("End") beats a synonym ("Term")
            elif n in words:
                name_score = 0.85
            elif any(w and (n.startswith(w) or n.endswith(w) or f" {w} " in f" {n} ") for w in words):
                name_score = 0.6
            if col.kind is Kind.SLUG and col.references is None and looks_like_people(cells):
                continue  # "Coder: Crisina, Moral" names people, not the row
            content = _content_score(col.kind, col.references, cells, lookup)
            score = 0.55 * name_score + 0.45 * content
            if name_score == 0 and (content < 0.9 or not col.required or col.name in AUTO_FIELDS[kind]):
                continue  # an optional field (a partner) is only suggested when its name says so
            if score >= 0.35:
                why = ("name and content" if name_score and content > 0.5 else
                       "name" if name_score else "content")
                candidates.append(Suggestion(col.name, h, round(score, 3), why))
    candidates.sort(key=lambda s: -s.score)
    taken_fields: set[str] = set()
    taken_columns: set[str] = set()
    out = []
    for s in candidates:
        if s.field in taken_fields or s.column in taken_columns:
            continue
        taken_fields.add(s.field)
        taken_columns.add(s.column)
        out.append(s)
    return out


def suggest_fallbacks(header: list[str], rows: list[list[str]], kind: str,
                      chosen: dict[str, str]) -> dict[str, Suggestion]:
    """For each date field read from one column (``chosen``: field -> column), a second column to
    read where that one has no date: a column whose name is another of the field's words
    ("Signature" for start) and that holds a date in rows where the chosen column holds none."""
    spec = RESOURCE_BY_NAME[kind]
    sample = rows[:SAMPLE_ROWS]
    index = {h: i for i, h in enumerate(header)}
    used = set(chosen.values())
    out: dict[str, Suggestion] = {}

    def has_date(text: str) -> bool:
        try:
            return parse_messy_date(text) is not None
        except ValueProblem:
            return False

    for col in spec.columns:
        first = chosen.get(col.name)
        if col.kind is not Kind.DATE or first not in index:
            continue
        empty_rows = [r for r in sample if not has_date(r[index[first]] if index[first] < len(r) else "")]
        if not empty_rows:
            continue
        words = SYNONYMS.get(col.name, ())
        best: Suggestion | None = None
        for h, i in index.items():
            if h in used or _norm(h) not in words:
                continue
            filled = sum(has_date(r[i]) for r in empty_rows if i < len(r))
            if filled and (best is None or filled / len(empty_rows) > best.score):
                best = Suggestion(col.name, h, round(filled / len(empty_rows), 3),
                                  f"has a date in {filled} of the {len(empty_rows)} sample rows where "
                                  f"{first!r} has none")
        if best is not None:
            out[col.name] = best
            used.add(best.column)
    return out


_NUMBERED = re.compile(r"(.*?)(\d+)$")


def numbered_run(header: list[str], column: str) -> list[str]:
    """The columns numbered like ``column`` (c1, c2, … c194 for c1): one list spread over them."""
    m = _NUMBERED.fullmatch(column)
    if m is None:
        return [column]
    stem, present = m.group(1), set(header)
    run, n = [], int(m.group(2))
    while f"{stem}{n}" in present:
        run.append(f"{stem}{n}")
        n += 1
    return run or [column]
