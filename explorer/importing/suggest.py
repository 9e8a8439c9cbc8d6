"""Suggested mappings: which source column most likely holds each pack field, from the column's
name and from what its first cells look like. The wizard pre-fills its choices with these; the user
confirms or changes them. Pure, and cheap: only a sample of rows is looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.data.pack_schema import RESOURCE_BY_NAME, Kind
from explorer.domain.errors import ValueProblem
from explorer.importing.actor_lookup import ActorLookup
from explorer.importing.messy_dates import parse_messy_date, parse_messy_period
from explorer.importing.messy_numbers import parse_messy_number

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


def _content_score(kind: Kind, references: str | None, cells: list[str], lookup: ActorLookup) -> float:
    filled = [c for c in cells if c.strip()]
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
        return share(lambda c: lookup.resolve(c.split(";")[0]) is not None)
    if kind is Kind.CURRENCY:
        return share(lambda c: re.fullmatch(r"[A-Za-z]{3}", c.strip()) is not None)
    if kind is Kind.INTEGER:
        return share(lambda c: re.fullmatch(r"[+-]?\d{1,2}", c.strip()) is not None)
    if kind is Kind.TEXT:
        return 0.5 * share(lambda c: not re.fullmatch(r"[\d.,\s/-]+", c))
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
            if n == _norm(col.name) or n in words:
                name_score = 1.0
            elif any(w and (n.startswith(w) or n.endswith(w) or f" {w} " in f" {n} ") for w in words):
                name_score = 0.6
            content = _content_score(col.kind, col.references, cells, lookup)
            score = 0.55 * name_score + 0.45 * content
            if name_score == 0 and (content < 0.9 or not col.required):
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
