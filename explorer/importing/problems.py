"""What kind of problem an import row has: a stable code and a short hint on what to do.

The engine's ``reason`` text says what it found, in words shared with the command line; the code
says which kind of problem it is, so the wizard and the report never match message text. Qt-free.
"""

from __future__ import annotations

from enum import StrEnum


class ProblemCode(StrEnum):
    """Every kind of row problem (rejected, skipped) and note the import engine reports."""

    # rows rejected
    WRONG_CELL_COUNT = "wrong-cell-count"  # "row has 3 cells, the header has 5"
    DUPLICATE_ID = "duplicate-id"  # "duplicate id (first at row 4)"
    NOT_IN_VOCABULARY = "not-in-vocabulary"  # "not one of in_force, signed, ...; map it under values.status"
    NOT_A_CURRENCY = "not-a-currency"  # "not a three-letter currency code; map it under values.base"
    UNKNOWN_COUNTRY_CODE = "unknown-country-code"  # "no country in ISO 3166-1 numeric codes ..."
    NOT_AN_ACTOR = "not-an-actor"  # "not an actor name or code"
    NOT_AN_INDICATOR = "not-an-indicator"  # "not an indicator name or id"
    NO_ID_TEXT = "no-id-text"  # "no letters or digits to make an id from"
    BAD_DOMAIN_NAME = "bad-domain-name"  # a domain label no id can be made from
    UNPARSED_DATE = "unparsed-date"  # a date or period the reader cannot read ("31 Jun 1972", "soon")
    AMBIGUOUS_DAY_ORDER = "ambiguous-day-order"  # "day and month could be either way round ..."
    UNPARSED_NUMBER = "unparsed-number"  # a number the reader cannot read
    UNPARSED_INTEGER = "unparsed-integer"  # a whole number the reader cannot read
    MISSING_REQUIRED = "missing-required"  # "empty; a value is required", "open-ended or missing; ..."
    MISSING_TOKEN_REQUIRED = "missing-token-required"  # "'NA' means no value; a value is required"
    UNKNOWN_ACTOR_KIND = "unknown-actor-kind"  # "not in the actor lookup: map kind or give --const kind="
    ENDS_BEFORE_START = "ends-before-start"  # "ends before it starts"
    RATE_NOT_POSITIVE = "rate-not-positive"  # "rate must be positive"
    SAME_CURRENCY = "same-currency"  # "quote is the same currency as base"
    # rows skipped
    NO_VALUE = "no-value"  # "no value" (an observation with no number)
    # notes on how a value was read (the row is taken)
    DATE_FROM_FALLBACK = "date-from-fallback"  # "no date in Begin: read from Signature"
    DATE_RANGE = "date-range"  # "a range: read as 2019-05 (uncertain)"
    DATE_NOTE = "date-note"  # the date reader's own note ("read as day-first", "two-digit year ...")
    CONTROL_CHARACTERS = "control-characters"  # "control characters removed"
    MISSING_TOKEN_READING = "missing-token-reading"  # how a missing token ("NA") was read in a column
    CODE_SYSTEM = "code-system"  # how numbers in a country-code column were read


# One short line each: what the user can do about it (English, like the engine's reasons).
HINTS: dict[ProblemCode, str] = {
    ProblemCode.WRONG_CELL_COUNT: "Check the delimiter and quoting, or repair the line in the file.",
    ProblemCode.DUPLICATE_ID: "Give each row its own id, or map no id column so ids are made from titles.",
    ProblemCode.NOT_IN_VOCABULARY: "Map the text to one of the allowed values.",
    ProblemCode.NOT_A_CURRENCY: "Map the text to a three-letter ISO 4217 code such as JPY.",
    ProblemCode.UNKNOWN_COUNTRY_CODE: "Map the number to an actor, or say it means no value.",
    ProblemCode.NOT_AN_ACTOR: "Map the text to an actor, or say it means no value.",
    ProblemCode.NOT_AN_INDICATOR: "Give the indicator a name with letters or digits.",
    ProblemCode.NO_ID_TEXT: "Give the row an id or a name with letters or digits.",
    ProblemCode.BAD_DOMAIN_NAME: "Map the text to an existing domain.",
    ProblemCode.UNPARSED_DATE: "Correct the date in the file, or choose another date column.",
    ProblemCode.AMBIGUOUS_DAY_ORDER: "Say whether the file writes the day or the month first.",
    ProblemCode.UNPARSED_NUMBER: "Correct the number in the file, or check the decimal mark.",
    ProblemCode.UNPARSED_INTEGER: "Correct the whole number in the file.",
    ProblemCode.MISSING_REQUIRED: "Fill the cell, map another column, or give a value for every row.",
    ProblemCode.MISSING_TOKEN_REQUIRED: "Say the token is a value in this column, or fill the cell.",
    ProblemCode.UNKNOWN_ACTOR_KIND: "Map a kind column, or give one kind for every row.",
    ProblemCode.ENDS_BEFORE_START: "Check the start and end dates (day order, year).",
    ProblemCode.RATE_NOT_POSITIVE: "Correct the rate: it must be above zero.",
    ProblemCode.SAME_CURRENCY: "Check the base and quote columns: they must differ.",
    ProblemCode.NO_VALUE: "Nothing to do: a row without a number is left out.",
    ProblemCode.DATE_FROM_FALLBACK: "Nothing to do, unless the fallback date is not the one meant.",
    ProblemCode.DATE_RANGE: "Nothing to do: the date is kept as uncertain.",
    ProblemCode.DATE_NOTE: "Check the date was read as meant.",
    ProblemCode.CONTROL_CHARACTERS: "Nothing to do: invisible characters were removed.",
    ProblemCode.MISSING_TOKEN_READING: "Check the token was read as meant in this column.",
    ProblemCode.CODE_SYSTEM: "Check the numbers were read in the right code system.",
}


def hint_for(code: str) -> str:
    """The hint for ``code`` ("" for an unknown code)."""
    try:
        return HINTS[ProblemCode(code)]
    except ValueError:
        return ""


# How an actor was created by an import (``CreatedRecord.origin``).
FROM_LOOKUP = "from-lookup"
NOT_IN_LOOKUP = "not-in-lookup"
