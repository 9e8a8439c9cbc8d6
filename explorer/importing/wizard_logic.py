"""The import wizard's logic that needs no Qt: where the pack goes, the trial run of page 3 (texts the
engine would not recognise), the missing-token choices, and small text helpers. The wizard's pages
(``explorer/qt/views/import_wizard``) show what these compute; tests call them directly."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from explorer.data.pack_schema import SLUG_PATTERN, Kind
from explorer.data.pack_source import DESCRIPTOR
from explorer.importing.actor_lookup import ActorEntry, ActorLookup
from explorer.importing.engine import (
    REJECTED,
    ColumnFinding,
    ImportResult,
    run_import,
    slugify,
)
from explorer.importing.mapping import ImportMapping
from explorer.importing.numeric_codes import AmbiguousCodes, CodeSystemFinding
from explorer.importing.pack_builder import IMPORT_KEY
from explorer.importing.problems import NOT_IN_LOOKUP, ProblemCode
from explorer.importing.source_table import ReadOptions, SourceTable

_SLUG_RE = re.compile(SLUG_PATTERN)
TRIAL_PASSES = 4  # page 3 re-runs the engine to find texts hidden behind an earlier unknown one

# What a background task is given and returns (as explorer.qt.import_worker runs it).
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Task = Callable[[Progress, Cancelled], object]


def split_tokens(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in text.split() if t))


# -- where the pack goes --------------------------------------------------------------------------
def is_earlier_import_of(folder: Path, file_name: str) -> bool:
    """True if ``folder`` is a pack an import of a file called ``file_name`` wrote (safe to replace)."""
    try:
        desc = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    info = desc.get(IMPORT_KEY) if isinstance(desc, dict) else None
    return isinstance(info, dict) and info.get("file") == file_name


def destination_in(parent: Path, source: Path, pack_name: str) -> Path:
    """``parent/<pack name>``, made unique with -2, -3… unless the folder is empty or an earlier
    import of the same file (re-importing then updates it in place)."""
    name = pack_name or slugify(source.stem, 40) or "imported"
    candidate, n = parent / name, 2
    while candidate.exists() and not (candidate.is_dir() and not any(candidate.iterdir())) \
            and not is_earlier_import_of(candidate, source.name):
        candidate, n = parent / f"{name}-{n}", n + 1
    return candidate


def column_letter(i: int) -> str:
    """Spreadsheet column names: A…Z, AA…"""
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def detected_items(table: SourceTable) -> list[tuple[str, str]]:
    """The reader's explanations of what it detected, as (what, why) pairs."""
    detected = table.detected
    if isinstance(detected, dict):
        return [(str(k).replace("_", " ").capitalize(), str(v)) for k, v in detected.items()]
    out = []
    for item in detected or ():
        if isinstance(item, tuple) and len(item) == 2:
            out.append((str(item[0]).replace("_", " ").capitalize(), str(item[1])))
        else:
            out.append(("Detected", str(item)))
    return out


# -- page 3: values and actors ----------------------------------------------------------------------
@dataclass(frozen=True)
class TrialFindings:
    """What a trial run on the sample rows found: counts, enum texts and actor texts not recognised."""

    rows_read: int
    accepted: int
    rejected: int
    skipped: int
    unknown_values: dict[tuple[str, str], int]  # (field, text) -> rows
    unknown_actors: dict[str, list[ActorEntry]]  # text -> suggested actors
    columns: tuple[ColumnFinding, ...] = ()  # missing tokens read as values, or filling a column
    codes: tuple[CodeSystemFinding, ...] = ()  # how numbers in country-code columns were read
    codes_question: CodeSystemFinding | None = None  # numbers both systems read alike: the user must say


def trial_task(table: SourceTable, mapping: ImportMapping, lookup: ActorLookup) -> Task:
    """Run the engine on the sample rows; return TrialFindings.

    The engine stops at a row's first bad value, so a text in a later column of a row can hide behind
    an unknown one in an earlier column: after each pass the unknown texts are mapped to a stand-in
    value and the engine runs again, until nothing new turns up (at most TRIAL_PASSES times).
    """
    spec = mapping.resource
    enum_fields = {c.name: c.choices for c in spec.columns if c.kind in (Kind.ENUM, Kind.ENUM_LIST)}

    def task(progress: Progress, cancelled: Cancelled) -> TrialFindings:
        unknown: dict[tuple[str, str], int] = {}
        standins = {f: dict(m) for f, m in mapping.values.items()}
        first: ImportResult | None = None
        result: ImportResult | None = None
        for _ in range(TRIAL_PASSES):
            try:
                result = run_import(table, mapping.with_changes(values=standins), lookup=lookup,
                                    cancelled=cancelled)
            except AmbiguousCodes as e:  # nothing can be read until the user says which system
                return TrialFindings(len(table.rows), 0, 0, 0, {}, {}, codes_question=e.finding)
            first = first or result
            new = False
            for i in result.issues:
                if i.status == REJECTED and i.field in enum_fields and i.code == ProblemCode.NOT_IN_VOCABULARY:
                    key = (i.field, i.found.strip())
                    new = new or key not in unknown
                    unknown[key] = unknown.get(key, 0) + 1
                    standins.setdefault(i.field, {})[key[1]] = enum_fields[i.field][0]
            if not new:
                break
        assert first is not None and result is not None
        actors = {c.name: lookup.suggest(c.name) for c in result.created
                  if c.resource == "actors" and c.origin == NOT_IN_LOOKUP}
        return TrialFindings(first.rows_read, first.accepted_rows, first.rejected_rows, first.skipped_rows,
                             unknown, actors, tuple(first.column_findings), tuple(first.code_systems))
    return task


KEEP_REJECTED = ""  # values combo: no mapping (the rows are rejected and reported)
TOKEN_NO_VALUE, TOKEN_TEXT, TOKEN_DROP_COLUMN = "missing", "text", "drop"  # a mostly-"NA" column's choices
TOKEN_AS_DETECTED = "detected"  # a token read as a country code (NA among ISO-2 codes) left as detected


def set_token(by_field: dict[str, tuple[str, ...]], field: str, token: str, on: bool) -> None:
    """Add or remove ``token`` in ``by_field[field]``, dropping the field when none is left."""
    tokens = tuple(t for t in by_field.get(field, ()) if t != token) + ((token,) if on else ())
    if tokens:
        by_field[field] = tokens
    else:
        by_field.pop(field, None)


# -- page 3: the user's choices, as state changes (the page shows the result) ------------------------
def set_value(values: dict[str, dict[str, str]], field: str, text: str, value: str) -> None:
    """Import ``text`` in ``field`` as ``value`` ("" = no mapping: such rows are rejected and reported)."""
    m = values.setdefault(field, {})
    if value:
        m[text] = value
    else:
        m.pop(text, None)
        if not m:
            del values[field]


def update_new_domains(new_domains: dict[str, tuple[str, str, str, str]], values: dict[str, dict[str, str]],
                       builtin: frozenset[str] | set[str], text: str, value: str) -> None:
    """Declare a domain the user created from a text ("Environment") as (id, label, label_ja, colour);
    forget those no value map uses any more."""
    if value and value not in builtin and value not in new_domains:
        new_domains[value] = (value, text, "", "")
    used = {v for m in values.values() for v in m.values()}
    for domain_id in [d for d in new_domains if d not in used]:
        del new_domains[domain_id]


def actor_id_of_choice(value: str) -> str:
    """The id in what the user typed or picked (a suggestion reads "jp — Japan")."""
    return value.split(" — ", 1)[0].strip()


def bad_actor_ids(actors: dict[str, str]) -> list[str]:
    """The user's actor ids that are not valid pack ids, as "'text' → 'id'"."""
    return [f"{t!r} → {a!r}" for t, a in actors.items() if not _SLUG_RE.fullmatch(a)]


def choose_token(not_missing: dict[str, tuple[str, ...]], missing_in: dict[str, tuple[str, ...]],
                 finding: ColumnFinding, choice: str) -> None:
    """What a missing token ("NA") means in a column: a value (TOKEN_TEXT), no value (TOKEN_NO_VALUE),
    or as the import detected it; TOKEN_DROP_COLUMN is the page's to apply (the column is unmapped)."""
    field, token = finding.field, finding.token
    detected = finding.read_as_value and token not in not_missing.get(field, ())
    said_blank = token in missing_in.get(field, ())
    set_token(not_missing, field, token, choice == TOKEN_TEXT)
    # "no value" must be said in the mapping only where the import would otherwise read a value
    set_token(missing_in, field, token, choice == TOKEN_NO_VALUE and (detected or said_blank))


# -- page 4: where the pack goes ----------------------------------------------------------------------
DEST_NONE, DEST_EARLIER_IMPORT, DEST_TAKEN, DEST_NEW = "none", "earlier-import", "taken", "new"


def destination_state(folder: Path | None, source: Path | None) -> str:
    """What writing the pack to ``folder`` would do: DEST_NONE (no folder given), DEST_EARLIER_IMPORT
    (update an earlier import of ``source``), DEST_TAKEN (a file, or a folder holding something
    else: refused) or DEST_NEW."""
    if folder is None:
        return DEST_NONE
    if folder.exists() and source is not None and is_earlier_import_of(folder, source.name):
        return DEST_EARLIER_IMPORT
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return DEST_TAKEN
    return DEST_NEW


# -- the mapping the wizard runs ------------------------------------------------------------------------
@dataclass
class WizardChoices:
    """What pages 1, 3 and 4 add to page 2's mapping (the wizard holds one, the pages change it)."""

    values: dict[str, dict[str, str]]  # field -> {text in the file: pack value}
    actors: dict[str, str]  # text in the file -> actor id
    not_missing: dict[str, tuple[str, ...]]  # field -> tokens that are values there
    missing_in: dict[str, tuple[str, ...]]  # field -> tokens that are no value there
    codes: str  # number system of country-code columns ("" = decided per column)
    new_domains: dict[str, tuple[str, str, str, str]]  # id -> (id, label, label_ja, colour)
    pack_name: str
    pack_title: str


def with_choices(mapping: ImportMapping, read: ReadOptions, choices: WizardChoices) -> ImportMapping:
    """``mapping`` with the file's reading options and the user's value, actor and token choices
    (only for fields the mapping's resource has)."""
    fields = {c.name for c in mapping.resource.columns}
    return mapping.with_changes(
        values={f: dict(v) for f, v in choices.values.items() if f in fields and v},
        actors=dict(choices.actors),
        not_missing={f: t for f, t in choices.not_missing.items() if f in fields and t},
        missing_in={f: t for f, t in choices.missing_in.items() if f in fields and t},
        codes=choices.codes, new_domains=tuple(choices.new_domains.values()), encoding=read.encoding,
        delimiter=read.delimiter, header_row=read.header_row, sheet=read.sheet, pack_name=choices.pack_name,
        pack_title=choices.pack_title)
