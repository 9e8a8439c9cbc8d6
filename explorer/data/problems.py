"""Problems found in a pack, reported all at once as ``file:row:column: what is wrong (found: ...)``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a pack, located as precisely as the input allows.

    ``row`` counts records as a spreadsheet shows them: the header is row 1, the first data row 2.
    ``column`` is the column's header name where there is one.
    """

    file: str
    row: int | None
    column: str | None
    message: str
    found: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f":{self.row}"
        if self.column is not None:
            where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.found is not None:
            text += f" (found: {_show(self.found)})"
        return text


def _show(found: str, limit: int = 80) -> str:
    text = found if len(found) <= limit else found[: limit - 1] + "…"
    return repr(text)


class PackInvalid(Exception):
    """The pack breaks the contract; ``problems`` lists every problem found, in file order."""

    def __init__(self, pack_path: str, problems: list[Problem]) -> None:
        self.pack_path = pack_path
        self.problems = problems
        n = len(problems)
        super().__init__(f"{pack_path}: {n} problem{'s' if n != 1 else ''}")

    def report(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class ProblemLog:
    """Collects problems; after ``limit`` of one kind in one column, counts the rest instead.

    A million bad cells must not become a million lines: the first few are listed and a summary
    line says how many more rows share that problem.
    """

    def __init__(self, limit: int = 20) -> None:
        self.limit = limit
        self._problems: list[Problem] = []
        self._seen: Counter[tuple[str, str | None, str]] = Counter()

    def add(self, file: str, row: int | None, column: str | None, message: str,
            found: str | None = None) -> None:
        key = (file, column, message)
        self._seen[key] += 1
        if self._seen[key] <= self.limit:
            self._problems.append(Problem(file, row, column, message, found))

    def add_rows(self, file: str, column: str | None, message: str, rows: Any,
                 founds: Any) -> None:
        """The same problem in many rows: the first few listed, the rest only counted. ``rows``
        and ``founds`` are sliceable sequences of the same length (numpy arrays or lists)."""
        key = (file, column, message)
        room = max(self.limit - self._seen[key], 0)
        for row, found in zip(rows[:room], founds[:room]):
            self._problems.append(Problem(file, int(row), column, message, str(found)))
        self._seen[key] += len(rows)

    def __bool__(self) -> bool:
        return bool(self._problems)

    def __len__(self) -> int:
        return len(self._problems)

    def problems(self) -> list[Problem]:
        out = list(self._problems)
        for (file, column, message), count in self._seen.items():
            if count > self.limit:
                out.append(Problem(file, None, column,
                                   f"... and {count - self.limit:,} more rows with: {message}"))
        return out
