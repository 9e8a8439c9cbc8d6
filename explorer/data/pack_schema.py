"""The briefing-pack contract (docs/data-pack.md), declared once.

The loader validates against these declarations and ``pack_writer`` derives the Table Schema in
``datapackage.json`` from them, so the documentation, the checks and the written descriptors cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

# 2: reader-facing ``note`` and pack author's ``editor_note`` split (sources, events, observations).
# 3: events' optional ``involved`` list apart from formal ``parties``; an optional ``domains`` table.
FORMAT_VERSION = 3
INVOLVED_FORMAT = 3
# Packs declaring an earlier format (or none) wrote ``note`` before the split: the loader reads it as
# the editor's (see ``pack_loader`` and docs/data-pack.md, "Notes for readers and for editors").
NOTES_SPLIT_FORMAT = 2
NOTE_RESOURCES = ("sources", "observations")  # resources with a ``note`` column before the split
SLUG_PATTERN = r"[a-z0-9][a-z0-9_.-]*"
CURRENCY_PATTERN = r"[A-Z]{3}"
COLOUR_PATTERN = r"#[0-9A-Fa-f]{6}"
LIST_SEPARATOR = ";"


class Kind(Enum):
    """How a cell is read and checked."""

    SLUG = "slug"
    TEXT = "text"
    ENUM = "enum"
    DATE = "date"  # reduced-precision calendar date
    PERIOD = "period"  # observation period (year, FY, quarter, month, day)
    NUMBER = "number"
    INTEGER = "integer"
    CURRENCY = "currency"
    COLOUR = "colour"  # #RRGGBB
    SLUG_LIST = "slug_list"
    ENUM_LIST = "enum_list"


# Table Schema types written into datapackage.json for each kind.
TABLE_SCHEMA_TYPE = {
    Kind.SLUG: "string",
    Kind.TEXT: "string",
    Kind.ENUM: "string",
    Kind.DATE: "string",  # reduced precision and markers are not Table Schema dates
    Kind.PERIOD: "string",
    Kind.NUMBER: "number",
    Kind.INTEGER: "integer",
    Kind.CURRENCY: "string",
    Kind.COLOUR: "string",
    Kind.SLUG_LIST: "string",
    Kind.ENUM_LIST: "string",
}

ACTOR_KINDS = ("state", "bloc", "organisation", "company", "person")
EVENT_KINDS = (
    "agreement", "summit", "policy", "statement", "election", "crisis", "negotiation", "other",
)
EVENT_STATUSES = (
    "announced", "proposed", "negotiating", "signed", "provisional", "in_force", "non_binding",
    "draft", "expired", "suspended",
)
DOMAINS = (
    "trade", "investment", "defence", "critical_minerals", "energy", "digital",
    "economic_security", "diplomacy", "finance", "technology",
)
MILESTONE_STAGES = (
    "announced", "negotiation_opened", "signed", "provisional_application", "ratified",
    "entry_into_force", "first_meeting", "review", "suspended", "terminated",
)
MEASURES = ("flow", "stock", "share", "rate", "price", "budget", "pledge", "count", "other")
QUALIFIERS = (">", "<", "~", "≥", "≤")
PRICE_BASES = ("nominal", "real", "ppp")
FX_KINDS = ("annual_average", "period_end", "implied")
SCALE_RANGE = (-12, 15)


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    required: bool = True  # must be in the header and non-empty in every row
    choices: tuple[str, ...] = ()
    references: str | None = None  # resource whose primary key this column (or each list item) cites
    # Resource whose ids are allowed besides ``choices`` (a pack's own domains, see ``domains``).
    extended_by: str | None = None
    description: str = ""


@dataclass(frozen=True)
class Resource:
    name: str
    required: bool
    columns: tuple[Column, ...]
    primary_key: str | None = None
    description: str = ""
    unique_together: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def required_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.required)


def _c(name: str, kind: Kind, required: bool = True, **kw: Any) -> Column:
    return Column(name, kind, required, **kw)


_READER_NOTE = "Reader-facing: shown with the row on screen, slides and images."
_READER_NOTE_JA = "The reader-facing note in Japanese, shown when data labels are Japanese; empty: note."
_EDITOR_NOTE = ("The pack author's working notes (slips, what could not be confirmed); shown only "
                "under 'Pack author's notes' and in CSV/XLSX, never on slides or images.")

_PARTIES = "The event's formal parties: who signed, decided, met or acted."
_INVOLVED = ("Actors the event concerns or mentions without being a party (places, targets, "
             "commentators); the partner filter includes them only when asked to.")


RESOURCES: tuple[Resource, ...] = (
    Resource(
        "domains", False,
        (
            _c("id", Kind.SLUG),
            _c("label", Kind.TEXT),
            _c("label_ja", Kind.TEXT, False),
            _c("colour", Kind.COLOUR, False, description="#RRGGBB; empty: one from the palette"),
        ),
        primary_key="id",
        description="The pack's own domains (besides the built-in ones) and labels; a built-in id "
                    "here relabels or recolours that domain.",
    ),
    Resource(
        "actors", True,
        (
            _c("id", Kind.SLUG),
            _c("name", Kind.TEXT),
            _c("name_ja", Kind.TEXT, False),
            _c("kind", Kind.ENUM, choices=ACTOR_KINDS),
            _c("iso3", Kind.TEXT, False),
            _c("member_of", Kind.SLUG_LIST, False, references="actors"),
        ),
        primary_key="id",
        description="States, blocs, organisations, companies and people.",
    ),
    Resource(
        "sources", True,
        (
            _c("id", Kind.SLUG),
            _c("title", Kind.TEXT),
            _c("publisher", Kind.TEXT),
            _c("published", Kind.DATE),
            _c("url", Kind.TEXT, False),
            _c("note", Kind.TEXT, False, description=_READER_NOTE),
            _c("note_ja", Kind.TEXT, False, description=_READER_NOTE_JA),
            _c("editor_note", Kind.TEXT, False, description=_EDITOR_NOTE),
        ),
        primary_key="id",
        description="Every document a row cites.",
    ),
    Resource(
        "events", True,
        (
            _c("id", Kind.SLUG),
            _c("title", Kind.TEXT),
            _c("title_ja", Kind.TEXT, False),
            _c("kind", Kind.ENUM, choices=EVENT_KINDS),
            _c("status", Kind.ENUM, choices=EVENT_STATUSES),
            _c("start", Kind.DATE),
            _c("end", Kind.DATE, False),
            _c("parties", Kind.SLUG_LIST, references="actors", description=_PARTIES),
            _c("involved", Kind.SLUG_LIST, False, references="actors", description=_INVOLVED),
            _c("domains", Kind.ENUM_LIST, choices=DOMAINS, extended_by="domains"),
            _c("summary", Kind.TEXT),
            _c("summary_ja", Kind.TEXT, False),
            _c("source_ids", Kind.SLUG_LIST, references="sources"),
            _c("editor_note", Kind.TEXT, False, description=_EDITOR_NOTE),
        ),
        primary_key="id",
        description="Agreements, summits, policies and other dated events.",
    ),
    Resource(
        "milestones", False,
        (
            _c("event_id", Kind.SLUG, references="events"),
            _c("stage", Kind.ENUM, choices=MILESTONE_STAGES),
            _c("date", Kind.DATE),
            _c("source_id", Kind.SLUG, references="sources"),
        ),
        description="The life cycle of an agreement.",
        unique_together=("event_id", "stage", "date"),
    ),
    Resource(
        "eras", False,
        (
            _c("id", Kind.SLUG),
            _c("label", Kind.TEXT),
            _c("label_ja", Kind.TEXT, False),
            _c("actor", Kind.SLUG, references="actors"),
            _c("start", Kind.DATE),
            _c("end", Kind.DATE, False),
            _c("source_id", Kind.SLUG, False, references="sources"),
        ),
        primary_key="id",
        description="Background periods such as leaders' terms.",
    ),
    Resource(
        "indicators", True,
        (
            _c("id", Kind.SLUG),
            _c("name", Kind.TEXT),
            _c("name_ja", Kind.TEXT, False),
            _c("description", Kind.TEXT),
            _c("description_ja", Kind.TEXT, False),
            _c("domain", Kind.ENUM, choices=DOMAINS, extended_by="domains"),
            _c("measure", Kind.ENUM, choices=MEASURES),
        ),
        primary_key="id",
        description="What a figure counts.",
    ),
    Resource(
        "observations", True,
        (
            _c("indicator_id", Kind.SLUG, references="indicators"),
            _c("reporter", Kind.SLUG, references="actors"),
            _c("partner", Kind.SLUG, False, references="actors"),
            _c("period", Kind.PERIOD),
            _c("value", Kind.NUMBER),
            _c("unit", Kind.TEXT),
            _c("scale", Kind.INTEGER, False),
            _c("qualifier", Kind.ENUM, False, choices=QUALIFIERS),
            _c("price_basis", Kind.ENUM, False, choices=PRICE_BASES),
            _c("source_id", Kind.SLUG, references="sources"),
            _c("note", Kind.TEXT, False, description=_READER_NOTE),
            _c("note_ja", Kind.TEXT, False, description=_READER_NOTE_JA),
            _c("editor_note", Kind.TEXT, False, description=_EDITOR_NOTE),
        ),
        description="One published figure per row.",
    ),
    Resource(
        "fx_rates", False,
        (
            _c("period", Kind.PERIOD),
            _c("base", Kind.CURRENCY),
            _c("quote", Kind.CURRENCY),
            _c("rate", Kind.NUMBER),
            _c("kind", Kind.ENUM, choices=FX_KINDS),
            _c("source_id", Kind.SLUG, references="sources"),
        ),
        description="Units of quote currency for one unit of base currency.",
    ),
    Resource(
        "links", False,
        (
            _c("event_id", Kind.SLUG, references="events"),
            _c("indicator_id", Kind.SLUG, references="indicators"),
        ),
        description="Which indicators an event bears on.",
        unique_together=("event_id", "indicator_id"),
    ),
)

RESOURCE_BY_NAME: dict[str, Resource] = {r.name: r for r in RESOURCES}
# Resources in an order where every referenced resource is checked before the ones citing it.
LOAD_ORDER = ("domains", "actors", "sources", "indicators", "events", "milestones", "eras", "observations",
              "fx_rates", "links")


@dataclass(frozen=True)
class LoadLimits:
    """Caps that keep a hostile or mistaken pack from exhausting memory before it is refused."""

    max_descriptor_bytes: int = 1 << 20
    max_file_bytes: int = 512 << 20
    max_total_bytes: int = 2 << 30  # all files of a pack, uncompressed
    max_zip_members: int = 1000
    max_compression_ratio: float = 200.0
    max_problems_per_kind: int = 20  # per file, column and kind of problem; the rest are counted
    max_columns: int = 500  # a pack table has about a dozen; 10^5 columns took minutes to refuse
