"""Colours shared by the timeline, charts and exports: colour-blind-safe, stable per actor and domain.

Okabe & Ito's eight colours (distinguishable with the common colour-vision deficiencies), then
Paul Tol's muted set for more categories. Hex strings, so the Qt-free core and every renderer agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.data.pack_schema import DOMAINS

if TYPE_CHECKING:  # the window imports this module before pandas (and any pack) is loaded
    from explorer.data.pack import Pack

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
TOL_MUTED = ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
             "#AA4499", "#DDDDDD")
_CYCLE = OKABE_ITO[:7] + TOL_MUTED  # black kept for text and the axis

# Fixed so a domain looks the same in every pack.
DOMAIN_COLOURS: dict[str, str] = dict(zip(DOMAINS, _CYCLE))

# Well-known actors keep their colour across packs; others are assigned in order of first use.
_FIXED_ACTORS = {"jp": "#D55E00", "eu": "#0072B2", "us": "#E69F00", "uk": "#009E73", "cn": "#CC79A7"}


def domain_colour(domain: str) -> str:
    return DOMAIN_COLOURS.get(domain, "#777777")


def pack_domain_colours(pack: Pack) -> dict[str, str]:
    """The colour of every domain of a pack: its declared colour, else the built-in one, else the
    next palette colour no built-in domain uses (so a pack's own domains never look like trade)."""
    free = [c for c in _CYCLE if c not in DOMAIN_COLOURS.values()]
    declared = {d: pack.domain_colour(d) for d in pack.domain_ids}
    free = [c for c in free if c.upper() not in {v.upper() for v in declared.values() if v}] or free
    fixed = {**DOMAIN_COLOURS, **{d: c for d, c in declared.items() if c}}
    return _assign(list(pack.domain_ids), fixed, free)


def pack_actor_colours(pack: Pack) -> dict[str, str]:
    """The colour of every actor of a pack: the same in the timeline, the charts and exports."""
    return actor_colours(list(pack.actors_by_prominence))


def actor_colours(actor_ids: list[str]) -> dict[str, str]:
    """A colour per actor: fixed ones for the usual partners, the rest from the palette in order."""
    used = set(_FIXED_ACTORS.values())
    return _assign(actor_ids, _FIXED_ACTORS, [c for c in _CYCLE if c not in used])


def series_colours(keys: list[str], actor_colour: dict[str, str]) -> dict[str, str]:
    """A distinct colour per series key ("reporter>partner"), taken from its actors' colours.

    A series takes the colour of the side that tells the series apart: the reporter when the
    reporters differ (the EU's and the US's exports to Japan: blue and orange), the partner when
    one reporter faces several partners (Japan's investment in the EU and in the US: blue and
    orange again, not Japan's colour twice). A colour another series already took is replaced by
    the next one no actor uses (then no series), so no two series of an indicator look alike."""
    sides = [k.partition(">") for k in keys]
    by_partner = len({p for _r, _s, p in sides}) > len({r for r, _s, _p in sides})
    out: dict[str, str] = {}
    used: set[str] = set()
    taken = {v.upper() for v in actor_colour.values()}
    spare = [c for c in _CYCLE if c.upper() not in taken] + [c for c in _CYCLE if c.upper() in taken]
    for key, (reporter, _sep, partner) in zip(keys, sides):
        colour = actor_colour.get(partner if by_partner else reporter, OTHER_GREY)
        if colour.upper() in used:
            colour = next((c for c in spare if c.upper() not in used), colour)  # (17 and more)
        used.add(colour.upper())
        out[key] = colour
    return out


def _assign(ids: list[str], fixed: dict[str, str], free: list[str]) -> dict[str, str]:
    """Each id its fixed colour if it has one, else the next free colour in order (cycling)."""
    out: dict[str, str] = {}
    i = 0
    for key in ids:
        if key in fixed:
            out[key] = fixed[key]
        else:
            out[key] = free[i % len(free)]
            i += 1
    return out

# Eras (the timeline's bands of reigns or terms): soft tints, the same in every theme, like the data.
ERA_TINTS = ("#9DB4D3", "#E3B58C", "#A9CFA2", "#C9B2DC", "#D9C58F")

# The lane or legend entry that gathers what has no colour of its own ("Other", no domain).
OTHER_GREY = "#8C8C8C"

# A label written inside a bar of a dark data colour (a lighter one takes the theme's text).
LABEL_ON_DARK = "#FFFFFF"
