"""Which number system a column of country codes uses: ISO 3166-1 numeric or Correlates of War.

The two clash (740 is Japan in COW and Suriname in ISO; 2 is the United States in COW and nothing in
ISO), so a column's numbers are read in one system, decided on its distinct numbers: the system
under which clearly more of them are countries wins. When both read them about equally well (360,
380, 484 and 710 are countries in both) the import does not guess: it asks (``--codes`` on the
command line, ``"codes"`` in MAPPING.json, a choice on the wizard's values page).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from explorer.importing.actor_lookup import COW, ISO_NUMERIC, NUMERIC_SYSTEM_NAMES, ActorLookup
from explorer.importing.mapping import MappingError

MAX_DIGITS = 3  # country codes in both systems have at most three digits
# "About equally well": the winner must resolve at least this many more distinct numbers (and at
# least 2, so one number alone never settles it).
CLEAR_SHARE = 0.1


@dataclass(frozen=True)
class CodeSystemFinding:
    """How the numbers in one field's column(s) were read."""

    field: str
    column: str  # as in the report ("c1..c194")
    numbers: int  # distinct numbers in the column
    iso_hits: int  # of them, ISO 3166-1 numeric codes
    cow_hits: int  # of them, Correlates of War codes
    system: str  # ISO_NUMERIC | COW | "" (not decided: ambiguous and not given)
    given: bool = False  # the user said which

    @property
    def ambiguous(self) -> bool:
        return not self.given and _too_close(self.iso_hits, self.cow_hits, self.numbers)

    def counts(self) -> str:
        return (f"{self.iso_hits} of {self.numbers} distinct numbers are ISO 3166-1 numeric codes, "
                f"{self.cow_hits} Correlates of War codes")

    def line(self) -> str:
        if not self.system:
            return (f"column {self.column} ({self.field}): numbers could be ISO 3166-1 numeric or Correlates "
                    f"of War country codes ({self.counts()}); say which with --codes iso-numeric or "
                    "--codes cow")
        how = "as the mapping says" if self.given else "decided on the column's values"
        return (f"column {self.column} ({self.field}): numbers read as {NUMERIC_SYSTEM_NAMES[self.system]} "
                f"codes, {how} ({self.counts()})")


class AmbiguousCodes(MappingError):
    """A column's numbers are country codes in both systems about equally; the user must say which."""

    def __init__(self, finding: CodeSystemFinding) -> None:
        super().__init__(finding.line())
        self.finding = finding


def _too_close(iso_hits: int, cow_hits: int, numbers: int) -> bool:
    return abs(iso_hits - cow_hits) < max(2, math.ceil(CLEAR_SHARE * numbers))


def as_number(text: str) -> int | None:
    """``text`` as a country-code number ("740", "002", full-width digits), else None."""
    t = unicodedata.normalize("NFKC", text).strip()
    return int(t) if t.isascii() and t.isdigit() and len(t) <= MAX_DIGITS else None


def decide(field: str, column: str, numbers: Iterable[int], lookup: ActorLookup,
           given: str = "") -> CodeSystemFinding | None:
    """The system for a field's distinct ``numbers`` (None when it has no number that is a country in
    either system: there is nothing to decide). ``given`` is the user's choice, or "" to decide."""
    distinct = set(numbers)
    if not distinct:
        return None
    iso = sum(lookup.resolve_number(n, ISO_NUMERIC) is not None for n in distinct)
    cow = sum(lookup.resolve_number(n, COW) is not None for n in distinct)
    if given:
        return CodeSystemFinding(field, column, len(distinct), iso, cow, given, given=True)
    if iso == cow == 0:
        return None
    if _too_close(iso, cow, len(distinct)):
        return CodeSystemFinding(field, column, len(distinct), iso, cow, "")
    return CodeSystemFinding(field, column, len(distinct), iso, cow, ISO_NUMERIC if iso > cow else COW)
