"""The one exception the pure parsers raise for bad input.

Parsers of cell values (dates, periods, numbers, slugs) raise ``ValueProblem`` and nothing else, so
the loader can turn every bad cell into a ``file:row:column`` message instead of a stack trace.
"""

from __future__ import annotations


class ValueProblem(ValueError):
    """A single value that breaks the pack contract: what is wrong, and the text that was found."""

    def __init__(self, message: str, found: str) -> None:
        super().__init__(f"{message} (found: {found!r})")
        self.message = message
        self.found = found
