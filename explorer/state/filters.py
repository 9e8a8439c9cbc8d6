"""What the user is filtering on, shared by every view and the ``query`` command.

Within one facet the choices are alternatives (partner EU *or* US); facets combine with *and*. A date
range keeps whatever overlaps it: an event known only to "2019" overlaps a range starting in June 2019.
Free text keeps rows containing every word (case-insensitive, full-width and half-width alike, Japanese
included), searched in titles, summaries, Japanese twins, the Japanese names of the event's parties
and involved actors, and the user's notes. With several packs open, ``packs`` keeps the rows of
the chosen packs (by pack key, see ``explorer.data.pack_union``); with one pack it is ignored.
``partner_role`` says what "partner" means for events: formal parties only (``"party"``, the default)
or parties and the actors an event merely concerns or mentions (``"involved"``, the pack's
``involved`` column), so Australia chosen as a partner does not list a US-Japan agreement that
only names it as a place unless the user asks for that.

Pure data, no numpy or pandas, so the window can build its filter bar before any data is loaded;
``explorer.state.filtering`` applies a Filter to a pack.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

_SET_FACETS = ("partners", "domains", "kinds", "statuses", "packs")
PARTNER_ROLES = ("party", "involved")  # what a chosen partner must be of an event


@dataclass(frozen=True)
class Filter:
    partners: frozenset[str] = field(default_factory=frozenset)
    domains: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    day_from: int | None = None  # inclusive day numbers (see explorer.domain.dates)
    day_to: int | None = None
    text: str = ""
    packs: frozenset[str] = field(default_factory=frozenset)
    partner_role: str = "party"

    def __post_init__(self) -> None:
        if self.partner_role not in PARTNER_ROLES:
            raise ValueError(f"partner_role must be one of {PARTNER_ROLES}, not {self.partner_role!r}")

    def is_empty(self) -> bool:
        # The partner role alone filters nothing: it only qualifies chosen partners.
        return replace(self, partner_role="party") == Filter()

    def with_changes(self, **changes: Any) -> Filter:
        for key in _SET_FACETS:
            if key in changes:
                changes[key] = frozenset(changes[key])
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (for remembered settings). ``packs`` only when chosen and
        ``partner_role`` only when not the default, so the dicts (and receipts) written before
        either existed stay as they were."""
        d = asdict(self)
        for key in _SET_FACETS:
            d[key] = sorted(d[key])
        if not d["packs"]:
            del d["packs"]
        if d["partner_role"] == "party":
            del d["partner_role"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Filter:
        """Inverse of ``to_dict``; unknown keys and wrongly typed values are dropped, not fatal."""
        out = cls()
        changes: dict[str, Any] = {}
        for key in _SET_FACETS:  # a dict saved before a facet existed simply lacks it
            v = d.get(key)
            if isinstance(v, list) and all(isinstance(x, str) for x in v):
                changes[key] = v
        for key in ("day_from", "day_to"):
            v = d.get(key)
            if isinstance(v, int) and not isinstance(v, bool):
                changes[key] = v
        if isinstance(d.get("text"), str):
            changes["text"] = d["text"]
        if d.get("partner_role") in PARTNER_ROLES:
            changes["partner_role"] = d["partner_role"]
        return out.with_changes(**changes)
