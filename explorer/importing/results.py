"""What an import gives back: the outcome of each row (``RowIssue``), the findings per column, the
records it created and the ``ImportResult`` itself; ``_Reject``, a cell's refusal with its reason.
(Moved out of engine.py; engine re-exports the public names.)
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.importing.mapping import ImportMapping
from explorer.importing.numeric_codes import CodeSystemFinding
from explorer.importing.problems import ProblemCode, hint_for
from explorer.importing.source_table import SourceTable

ACCEPTED, SKIPPED, REJECTED, NOTE = "accepted", "skipped", "rejected", "note"


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class RowIssue:
    row: int  # the row number in the source file (1-based, as a spreadsheet shows it)
    column: str  # the source column ("" when none applies)
    field: str  # the pack field
    status: str  # rejected | skipped | note
    reason: str
    found: str
    code: str = ""  # a ProblemCode: what kind of problem (never match the reason's text)

    @property
    def hint(self) -> str:
        """What the user can do about it, one short line."""
        return hint_for(self.code)

    def line(self, file: str) -> str:
        where = f"{file}:{self.row}" + (f":{self.column}" if self.column else "")
        return f"{where}: {self.field}: {self.reason}" + (f" (found: {self.found!r})" if self.found else "")


def issue(row: int, column: str, field: str, status: str, reason: str, found: str, code: str) -> RowIssue:
    """``RowIssue(...)`` in a third of its time: the fields written into the new object's ``__dict__``
    rather than one by one through the frozen class's ``object.__setattr__`` (an import of a messy
    file reports thousands of rows)."""
    made = object.__new__(RowIssue)
    fields = made.__dict__
    fields["row"], fields["column"], fields["field"], fields["status"] = row, column, field, status
    fields["reason"], fields["found"], fields["code"] = reason, found, code
    return made


@dataclass(frozen=True)
class ColumnFinding:
    """What the import made of missing-value tokens in one field's column(s)."""

    field: str
    column: str  # the source column(s), as in the report
    token: str  # the missing token ("NA")
    cells: int  # cells (list items) holding it
    cells_read: int  # rows read x columns of the field
    read_as_value: bool  # True: the token is a value here (NA = Namibia in a code column)
    why: str

    @property
    def mostly_missing(self) -> bool:
        return not self.read_as_value and self.cells * 2 >= self.cells_read > 0

    def line(self) -> str:
        return (f"column {self.column} ({self.field}): {self.cells:,} of {self.cells_read:,} cells hold "
                f"{self.token!r}: {self.why}")


@dataclass(frozen=True)
class CreatedRecord:
    resource: str  # "actors" | "indicators" | "sources"
    id: str
    name: str
    how: str  # "from the actor lookup", "not in the lookup: named after the text", ...
    origin: str = ""  # actors: problems.FROM_LOOKUP | problems.NOT_IN_LOOKUP (never match ``how``)


@dataclass
class ImportResult:
    table: SourceTable
    mapping: ImportMapping
    imported_at: str  # ISO timestamp (seconds)
    records: list[dict[str, str]]  # rows of the mapped resource, contract columns as text
    record_rows: list[int]  # source row of each record
    issues: list[RowIssue]
    actors: list[dict[str, str]]
    indicators: list[dict[str, str]]
    sources: list[dict[str, str]]
    created: list[CreatedRecord]
    domains: list[dict[str, str]]  # the new pack's own domains (declared, or created from the file)
    column_findings: list[ColumnFinding]
    code_systems: list[CodeSystemFinding]  # how numbers in country-code columns were read
    rows_read: int
    accepted_rows: int
    rejected_rows: int
    skipped_rows: int

    @property
    def kind(self) -> str:
        return self.mapping.kind

    @property
    def import_source_id(self) -> str:
        return self.sources[0]["id"]

    def rejected(self) -> list[RowIssue]:
        return [i for i in self.issues if i.status == REJECTED]

    def summary(self) -> str:
        name = self.table.path.name
        parts = [f"{name}: {self.rows_read} row{'s' * (self.rows_read != 1)} read",
                 f"{len(self.records)} {self.kind} row{'s' * (len(self.records) != 1)} imported"]
        if self.rejected_rows:
            parts.append(f"{self.rejected_rows} rejected")
        skipped = sum(1 for i in self.issues if i.status == SKIPPED)  # cells, in a wide table
        if skipped:
            parts.append(f"{skipped} skipped (no value)")
        made: dict[str, int] = {}
        for c in self.created:
            if c.resource != "sources":
                made[c.resource] = made.get(c.resource, 0) + 1
        for res, n in made.items():
            parts.append(f"{n} {res} created")
        return ", ".join(parts)


class _Reject(Exception):
    def __init__(self, field: str, column: str, reason: str, found: str, skip: bool = False, *,
                 code: ProblemCode) -> None:
        super().__init__(reason)
        self.field, self.column, self.reason, self.found, self.skip = field, column, reason, found, skip
        self.code = code


def _detached(e: _Reject) -> _Reject:
    """A refusal to keep (cached for every row with the same cells): without its traceback and
    context, whose frames lead back to the cache that holds it (a cycle of thousands of cached
    entries that only the cyclic collector could free, 5-10 ms after every import)."""
    e.__traceback__ = None
    e.__context__ = None
    return e
