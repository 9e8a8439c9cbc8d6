"""Findings per column before any row is built: which number system a country-code column uses
(``_code_systems``) and where missing-value tokens are values (NA = Namibia) or fill most of a
column (``_missing_token_findings``). (Moved out of engine.py.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from explorer.data.pack_schema import (
    Column,
    Kind,
)
from explorer.importing.import_context import (
    _Context,
    _FieldPlan,
)
from explorer.importing.numeric_codes import AmbiguousCodes, CodeSystemFinding, as_number, decide
from explorer.importing.results import (
    ColumnFinding,
)
from explorer.importing.source_table import SourceTable

CODE_SHARE = 0.8  # share of a column's other values that must resolve for "NA" to be Namibia there
_CODE_FIELDS = {("actors", "id"), ("actors", "iso3")}


def _holds_codes(col: Column, kind: str) -> bool:
    return col.references == "actors" or (kind, col.name) in _CODE_FIELDS


def _report_column(columns: tuple[str, ...]) -> str:
    return ",".join(columns) if len(columns) <= 3 else f"{columns[0]}..{columns[-1]}"


def _code_systems(table: SourceTable, plans: list[_FieldPlan], ctx: _Context,
                  taken: dict[int, list[str]] | None = None) -> list[CodeSystemFinding]:
    """Decide, per field holding country codes, whether its numbers are ISO 3166-1 numeric or
    Correlates of War codes (or take the mapping's word); sets ``ctx.code_systems``. Raises
    AmbiguousCodes for a column both systems read about equally well and the mapping leaves open."""
    mapping, sep = ctx.mapping, ctx.mapping.list_separator
    out: list[CodeSystemFinding] = []
    for p in plans:
        if not p.indexes or p.constant is not None or not _holds_codes(p.col, mapping.kind):
            continue
        is_list = p.col.kind in (Kind.SLUG_LIST, Kind.ENUM_LIST)
        texts: set[str] = set()
        for i in p.indexes:
            for cell in set(_column(table.rows, i, taken)):  # distinct cells first
                texts.update(cell.split(sep) if is_list else (cell,))
        numbers = (as_number(ctx.mapped(p.col.name, t.strip())) for t in texts
                   if not ctx.blank(p.col.name, t))
        finding = decide(p.col.name, _report_column(p.columns), (n for n in numbers if n is not None),
                         ctx.lookup, mapping.codes)
        if finding is None:
            continue
        if finding.ambiguous:
            raise AmbiguousCodes(finding)
        ctx.code_systems[p.col.name] = finding.system
        out.append(finding)
    return out


def _column(rows: list[list[str]], i: int, taken: dict[int, list[str]] | None = None) -> list[str]:
    """Column ``i`` of every row long enough to have it (in C when every row is: a short row
    stops it, and only then are the rows' lengths looked at). ``taken``: the columns taken so far
    from these rows (the day order and the findings read the same ones), added to."""
    if taken is not None and i in taken:
        return taken[i]
    try:
        column = list(map(itemgetter(i), rows))
    except IndexError:
        column = [cells[i] for cells in rows if i < len(cells)]
    if taken is not None:
        taken[i] = column
    return column


def _row_groups(rows: list[list[str]], indexes: tuple[int, ...], taken: dict[int, list[str]] | None = None):
    """The cells at ``indexes`` of every row (those a short row has), as (cells, how many rows
    hold exactly these): a field's column of 10^5 cells has a few thousand distinct values."""
    if len(indexes) == 1:
        counts = Counter(_column(rows, indexes[0], taken))
        return (((text,), n) for text, n in counts.items())
    return (([cells[i] for i in indexes if i < len(cells)], 1) for cells in rows)


def _missing_token_findings(table: SourceTable, plans: list[_FieldPlan], ctx: _Context,
                            taken: dict[int, list[str]] | None = None) -> list[ColumnFinding]:
    """Decide, per mapped field, whether missing tokens are values there, and report the columns
    where they are; sets ``ctx.literal``. One pass over the field's cells; look-ups per distinct text.

    A token is a value in a field when the user says so (``not_missing``, or a value or actor map
    naming it) or when the field holds country codes and the token is one (NA, Namibia's ISO-2):
    most of the field's other values resolve through the lookup.
    """
    mapping, sep = ctx.mapping, ctx.mapping.list_separator
    out: list[ColumnFinding] = []
    user_actor_keys = {k.strip() for k in mapping.actors}
    for p in plans:
        if not p.indexes or p.constant is not None:
            continue
        name = p.col.name
        said_blank = ctx.no_value.get(name, frozenset())  # the user: "no value" here, whatever it reads as
        tokens = (ctx.missing - {""}) | said_blank
        codes = _holds_codes(p.col, mapping.kind)
        is_list = p.col.kind in (Kind.SLUG_LIST, Kind.ENUM_LIST)
        said = set(mapping.not_missing.get(name, ())) | (set(mapping.values.get(name, {})) & tokens)
        if codes:
            said |= user_actor_keys & tokens
        said -= said_blank
        counts: dict[str, int] = {}
        repeated: set[str] = set()  # tokens twice in one row: fillers of empty slots, not a country
        resolved = unresolved = two_letter = 0
        seen: dict[str, bool] = {}
        if not codes and not is_list and len(p.indexes) == 1:
            # One plain cell per row: only the tokens are counted (in C, on the stripped cells: a
            # set intersection finds the few present, a list count counts each); a token cannot
            # repeat within a row, and no code is resolved.
            stripped = list(map(str.strip, _column(table.rows, p.indexes[0], taken)))
            counts = {t: stripped.count(t) for t in tokens.intersection(stripped)}
            groups: Iterable[tuple[Any, int]] = ()
        else:
            groups = _row_groups(table.rows, p.indexes, taken)
        for row_cells, times in groups:  # each distinct row once, counted
            in_row: set[str] = set()
            for cell in row_cells:
                for item in (cell.split(sep) if is_list else (cell,)):
                    item = item.strip()
                    if item in tokens:
                        counts[item] = counts.get(item, 0) + times
                        if item in in_row:
                            repeated.add(item)
                        in_row.add(item)
                    elif item and codes:
                        hit = seen.get(item)
                        if hit is None:
                            hit = seen[item] = ctx.resolve(item, name) is not None
                        resolved += hit * times
                        unresolved += (not hit) * times
                        two_letter += (hit and len(item) == 2 and item.isalpha()) * times
        cells_read = len(table.rows) * len(p.indexes)
        column = _report_column(p.columns)
        # Codes in the token's own form: "NA" is an ISO-2 code only among other ISO-2 codes (in a
        # column of names or of numeric codes it is the missing token).
        as_codes = (codes and two_letter > 0 and resolved >= CODE_SHARE * (resolved + unresolved))
        literal = set(said) | {t for t in counts if as_codes and t not in repeated and t not in said_blank
                               and ctx.lookup.resolve(t) is not None}
        if literal:
            ctx.literal[name] = frozenset(literal)
        for token, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if token in said_blank:
                why = f"{token!r} read as no value, as the mapping says"
            elif token in said:
                why = f"{token!r} read as a value, as the mapping says"
            elif token in literal:
                entry = ctx.lookup.resolve(token)
                assert entry is not None
                why = (f"{token!r} read as {entry.name} ({entry.id}): {resolved / (resolved + unresolved):.0%} "
                       f"of the other values are countries or blocs the lookup knows; if it means no value "
                       f"here, give --missing {name}={token}")
            elif n * 2 >= cells_read and p.col.kind in (Kind.DATE, Kind.PERIOD, Kind.NUMBER):
                why = f"mostly {token!r}, read as no value"
            elif n * 2 >= cells_read:
                why = (f"mostly {token!r}, read as no value; if it means something here, give "
                       f"--not-missing {name}={token}, or leave the column out")
            else:
                continue
            out.append(ColumnFinding(name, column, token, n, cells_read, token in literal, why))
    return out
