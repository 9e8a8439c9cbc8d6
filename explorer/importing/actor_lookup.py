"""The built-in table turning the country and bloc names in users' files into pack actor ids.

Spreadsheets name a country by ISO-2 (``JP``; ``NA`` is Namibia where the column holds codes, see
engine), ISO-3 (``JPN``), a number: ISO 3166-1 numeric (``392``, ``004`` or ``4``) or a Correlates
of War code (``740``; the two clash, so a column's numbers are read in one system, see numeric_codes),
an English name in any statistics office's spelling ("Korea, Rep.", "Cote d'Ivoire", "Turkiye") or
a Japanese one ("日本", "アメリカ合衆国"). Ids follow the default pack: the lowercase ISO-2 code,
except the United Kingdom, which is ``uk``; blocs have their own (``eu``, ``g7``, ``euro-area``).

The tables live in ``resources/lookup``: ``countries.csv`` is generated from pycountry by
``packaging/make_country_lookup.py`` (pycountry is never imported at run time), as is
``historical_states.csv``: Correlates of War states with no ISO code today (265 the German Democratic
Republic, ``cow-265``), found by their COW number only; ``blocs.csv`` is written by hand. A resolve
is one dict look-up after ``normalise_key``.
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from explorer.data.pack_schema import LIST_SEPARATOR, SLUG_PATTERN
from explorer.domain.errors import ValueProblem
from explorer.paths import resources_path

COUNTRIES_FILE = "countries.csv"
BLOCS_FILE = "blocs.csv"
HISTORICAL_FILE = "historical_states.csv"
HISTORICAL_COLUMNS = ("id", "cow", "name", "name_ja")
COUNTRY_COLUMNS = (
    "id", "iso2", "iso3", "name", "name_ja", "official_name", "common_name", "aliases", "numeric", "cow",
)
BLOC_COLUMNS = ("id", "kind", "name", "name_ja", "aliases")
LOOKUP_KINDS = ("state", "bloc", "organisation")
# What a built-in entry carries when the user maps a text to an id of their own: the import's
# own "actor.kind" setting decides the kind of an actor it creates.
UNKNOWN_KIND = ""

_SLUG = re.compile(SLUG_PATTERN)
_ISO2 = re.compile(r"[A-Z]{2}")
_ISO3 = re.compile(r"[A-Z]{3}")
_NUMERIC = re.compile(r"\d{3}")  # ISO 3166-1 numeric as the standard writes it ("004")
_DIGITS = re.compile(r"\d{1,3}")  # ... and as files write it ("4", "04", "004")
# The two number systems a column of country codes may use (740 is Japan in COW, Suriname in ISO).
ISO_NUMERIC, COW = "iso-numeric", "cow"
NUMERIC_SYSTEMS = (ISO_NUMERIC, COW)
NUMERIC_SYSTEM_NAMES = {ISO_NUMERIC: "ISO 3166-1 numeric", COW: "Correlates of War"}
_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile(r"['‘’ʼ`´]")
# Accents only: kana voicing marks (U+3099/309A) must survive, or ガーナ would equal カーナ.
_LATIN_ACCENTS = re.compile(r"[\u0300-\u036f]")
_WORD_SPELLINGS = {"st": "saint"}  # "St. Lucia" = "Saint Lucia"
_IGNORED_WORDS = frozenset({"the"})


class LookupTableInvalid(Exception):
    """A shipped lookup table is broken; the message names file, row and column."""


@dataclass(frozen=True)
class ActorEntry:
    id: str  # pack actor id, e.g. "jp", "uk", "eu"
    name: str  # English display name ("Japan")
    name_ja: str  # Japanese name or ""
    kind: str  # "state", "bloc" or "organisation"; "" for a user's own id (the import decides)
    iso3: str  # "" for blocs


def normalise_key(text: str) -> str:
    """The form names are compared in: case, accents, punctuation and spacing do not matter.

    "Côte d'Ivoire" = "COTE D’IVOIRE", "Korea, Rep." = "korea rep", "Antigua & Barbuda" =
    "Antigua and Barbuda", "St. Lucia" = "Saint Lucia", "Gambia, The" = "The Gambia" = "Gambia",
    "ボスニア・ヘルツェゴビナ" = "ボスニアヘルツェゴビナ", full-width letters = ASCII ones.
    """
    decomposed = unicodedata.normalize("NFKD", text)  # also folds full-width letters and "＆"
    folded = unicodedata.normalize("NFC", _LATIN_ACCENTS.sub("", decomposed)).casefold()
    folded = _APOSTROPHES.sub("", folded).replace("&", " and ")  # "d'Ivoire" is one word
    words = (_WORD_SPELLINGS.get(w, w) for w in _WORD.findall(folded))
    return "".join(w for w in words if w not in _IGNORED_WORDS)


def _code_form(text: str) -> str:
    """The text as an upper-case code candidate (full-width letters folded, spaces trimmed)."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def _split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]


@dataclass(frozen=True)
class _Table:
    """The built-in entries and their keys, as read from the resource files."""

    entries: tuple[ActorEntry, ...]
    by_iso2: dict[str, str]  # "NA" -> "na"
    by_iso3: dict[str, str]  # "GBR" -> "uk"
    by_key: dict[str, str]  # normalise_key(any name/alias) -> id
    by_numeric: dict[int, str]  # ISO 3166-1 numeric: 392 -> "jp"
    by_cow: dict[int, str]  # Correlates of War: 740 -> "jp"


class _TableBuilder:
    """Reads the resource files, refusing any row that would make a look-up ambiguous."""

    def __init__(self) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.by_iso2: dict[str, str] = {}
        self.by_iso3: dict[str, str] = {}
        self.by_key: dict[str, str] = {}
        self.by_numeric: dict[int, str] = {}
        self.by_cow: dict[int, str] = {}
        self.key_origin: dict[str, str] = {}  # key -> "file:row:column" that claimed it

    def read(self, path: Path, columns: tuple[str, ...],
             add_row: Callable[[dict[str, str], str], None]) -> None:
        try:
            with path.open(encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
        except (OSError, UnicodeDecodeError) as exc:
            raise LookupTableInvalid(f"{path.name}: cannot be read: {exc}") from exc
        if not rows or tuple(rows[0]) != columns:
            found = ",".join(rows[0]) if rows else ""
            raise LookupTableInvalid(
                f"{path.name}:1: header must be {','.join(columns)} (found: {found!r})")
        for line, cells in enumerate(rows[1:], start=2):
            if len(cells) != len(columns):
                raise LookupTableInvalid(
                    f"{path.name}:{line}: expected {len(columns)} fields, found {len(cells)}")
            add_row(dict(zip(columns, cells, strict=True)), f"{path.name}:{line}")

    def add_entry(self, entry: ActorEntry, where: str, names: bool = True) -> None:
        if not _SLUG.fullmatch(entry.id):
            raise LookupTableInvalid(f"{where}:id: not a valid actor id (found: {entry.id!r})")
        if entry.id in self.entries:
            raise LookupTableInvalid(f"{where}:id: duplicate id (found: {entry.id!r})")
        if entry.kind not in LOOKUP_KINDS:
            raise LookupTableInvalid(
                f"{where}:kind: must be one of {', '.join(LOOKUP_KINDS)} (found: {entry.kind!r})")
        if not entry.name:
            raise LookupTableInvalid(f"{where}:name: is empty")
        self.entries[entry.id] = entry
        for column, text in (("name", entry.name), ("name_ja", entry.name_ja)):
            if text and names:
                self.add_name(text, entry.id, f"{where}:{column}")

    def add_code(self, table: dict[str, str], pattern: re.Pattern[str], code: str, actor_id: str,
                 where: str) -> None:
        if not pattern.fullmatch(code):
            raise LookupTableInvalid(f"{where}: not an upper-case code (found: {code!r})")
        if table.get(code, actor_id) != actor_id:
            raise LookupTableInvalid(
                f"{where}: code already used by {table[code]!r} (found: {code!r})")
        table[code] = actor_id

    @staticmethod
    def add_number(table: dict[int, str], code: str, actor_id: str, where: str) -> None:
        number = int(code)
        if table.get(number, actor_id) != actor_id:
            raise LookupTableInvalid(f"{where}: code already used by {table[number]!r} (found: {code!r})")
        table[number] = actor_id

    def add_name(self, text: str, actor_id: str, where: str) -> None:
        key = normalise_key(text)
        if not key:
            raise LookupTableInvalid(f"{where}: a name with no letters or digits (found: {text!r})")
        claimed = self.by_key.setdefault(key, actor_id)
        if claimed != actor_id:
            raise LookupTableInvalid(
                f"{where}: {text!r} also names {claimed!r} ({self.key_origin[key]}); "
                "a name may stand for one actor only")
        self.key_origin.setdefault(key, where)

    def add_country(self, row: dict[str, str], where: str) -> None:
        name = row["common_name"] or row["name"]
        self.add_entry(ActorEntry(row["id"], name, row["name_ja"], "state", row["iso3"]), where)
        self.add_code(self.by_iso2, _ISO2, row["iso2"], row["id"], f"{where}:iso2")
        self.add_code(self.by_iso3, _ISO3, row["iso3"], row["id"], f"{where}:iso3")
        if row["numeric"]:  # Kosovo has none: ISO has not assigned it
            if not _NUMERIC.fullmatch(row["numeric"]):
                raise LookupTableInvalid(f"{where}:numeric: not a three-digit ISO 3166-1 numeric code "
                                         f"(found: {row['numeric']!r})")
            self.add_number(self.by_numeric, row["numeric"], row["id"], f"{where}:numeric")
        if row["cow"]:  # territories are not states in the COW system
            if not _DIGITS.fullmatch(row["cow"]) or row["cow"].startswith("0"):
                raise LookupTableInvalid(f"{where}:cow: not a Correlates of War code (found: {row['cow']!r})")
            self.add_number(self.by_cow, row["cow"], row["id"], f"{where}:cow")
        for column in ("name", "official_name", "common_name"):
            if row[column]:
                self.add_name(row[column], row["id"], f"{where}:{column}")
        for alias in _split_list(row["aliases"]):
            self.add_name(alias, row["id"], f"{where}:aliases")

    def add_historical(self, row: dict[str, str], where: str) -> None:
        """A COW state gone with no ISO code today: found by its number only (its name, such as
        COW's "Korea" before 1905, would take a name meaning a state of today)."""
        if not _DIGITS.fullmatch(row["cow"]) or row["cow"].startswith("0"):
            raise LookupTableInvalid(f"{where}:cow: not a Correlates of War code (found: {row['cow']!r})")
        if row["id"] != f"cow-{row['cow']}":
            raise LookupTableInvalid(f"{where}:id: must be cow-{row['cow']} (found: {row['id']!r})")
        self.add_entry(ActorEntry(row["id"], row["name"], row["name_ja"], "state", ""), where, names=False)
        self.add_number(self.by_cow, row["cow"], row["id"], f"{where}:cow")

    def add_bloc(self, row: dict[str, str], where: str) -> None:
        self.add_entry(ActorEntry(row["id"], row["name"], row["name_ja"], row["kind"], ""), where)
        for alias in _split_list(row["aliases"]):
            self.add_name(alias, row["id"], f"{where}:aliases")

    def shadowed_names(self) -> list[str]:
        """Names that a code of another actor would hide (codes are tried first)."""
        return [f"{self.key_origin[key]}: {key.upper()!r} is the code of {owner!r}"
                for key, actor_id in self.by_key.items()
                for owner in (self.by_iso2.get(key.upper()), self.by_iso3.get(key.upper()))
                if owner and owner != actor_id]

    def table(self) -> _Table:
        shadowed = self.shadowed_names()
        if shadowed:
            raise LookupTableInvalid(f"{shadowed[0]}; that name could never be found")
        return _Table(tuple(self.entries.values()), self.by_iso2, self.by_iso3, self.by_key,
                      self.by_numeric, self.by_cow)


def load_table(folder: Path) -> _Table:
    """Read ``countries.csv``, ``historical_states.csv`` and ``blocs.csv`` from ``folder``; raises
    LookupTableInvalid."""
    builder = _TableBuilder()
    builder.read(folder / COUNTRIES_FILE, COUNTRY_COLUMNS, builder.add_country)
    builder.read(folder / HISTORICAL_FILE, HISTORICAL_COLUMNS, builder.add_historical)
    builder.read(folder / BLOCS_FILE, BLOC_COLUMNS, builder.add_bloc)
    return builder.table()


@functools.cache
def _builtin_table(folder: Path) -> _Table:
    return load_table(folder)


class ActorLookup:
    """Text in a user's file -> pack actor; the user's own pairs win over the built-in table."""

    def __init__(self, table: _Table, user_keys: Mapping[str, str] | None = None,
                 user_entries: Iterable[ActorEntry] = ()) -> None:
        self._table = table
        self._user_keys = dict(user_keys or {})
        self._by_id = {e.id: e for e in table.entries}
        self._user_entries = tuple(user_entries)
        self._by_id.update((e.id, e) for e in self._user_entries)

    @classmethod
    def builtin(cls) -> ActorLookup:
        """The shipped tables, read once per process."""
        return cls(_builtin_table(resources_path() / "lookup"))

    @classmethod
    def from_folder(cls, folder: Path) -> ActorLookup:
        """Tables from another folder (tests, a regenerated table); not cached."""
        return cls(load_table(folder))

    def with_entries(self, user: Mapping[str, str]) -> ActorLookup:
        """A lookup where the user's "text -> actor id" pairs come before everything built in.

        An id the built-in table does not know becomes an entry named after the first text mapped
        to it. Raises ValueProblem for an id that is not a slug or a text with no letters or digits.
        """
        user_keys = dict(self._user_keys)
        new_entries = list(self._user_entries)
        known = set(self._by_id)
        for text, actor_id in user.items():
            if not _SLUG.fullmatch(actor_id):
                raise ValueProblem(f"{text!r}: not a valid actor id (lowercase letters, digits, "
                                   "'-', '_' or '.')", actor_id)
            key = normalise_key(text)
            if not key:
                raise ValueProblem("an actor name needs at least one letter or digit", text)
            user_keys[key] = actor_id
            if actor_id not in known:
                known.add(actor_id)
                new_entries.append(ActorEntry(actor_id, text.strip(), "", UNKNOWN_KIND, ""))
        return ActorLookup(self._table, user_keys, new_entries)

    def resolve(self, text: str, numbers: str = ISO_NUMERIC) -> ActorEntry | None:
        """The actor ``text`` names, or None. User pairs first, then codes (ISO-2, ISO-3, a number in
        ``numbers``: ISO 3166-1 numeric or Correlates of War), then names."""
        key = normalise_key(text)
        if not key:
            return None
        actor_id = self._user_keys.get(key)
        if actor_id is None:
            code = _code_form(text)
            if len(code) == 2:
                actor_id = self._table.by_iso2.get(code)
            elif len(code) == 3:
                actor_id = self._table.by_iso3.get(code)
            if actor_id is None and _DIGITS.fullmatch(code):
                actor_id = self.resolve_number(int(code), numbers)
        if actor_id is None:
            actor_id = self._table.by_key.get(key)
        return None if actor_id is None else self._by_id[actor_id]

    def resolve_number(self, number: int, numbers: str) -> str | None:
        """The actor id of a country ``number`` in the system ``numbers``, or None."""
        table = self._table.by_cow if numbers == COW else self._table.by_numeric
        return table.get(number)

    def entry(self, actor_id: str) -> ActorEntry | None:
        return self._by_id.get(actor_id)

    def entries(self) -> tuple[ActorEntry, ...]:
        """Built-in entries (countries, then blocs, as shipped) and then the user's new ids."""
        return self._table.entries + self._user_entries

    def suggest(self, text: str, limit: int = 5) -> list[ActorEntry]:
        """Likely actors for a text that did not resolve, best first (for the import wizard).

        An exact match comes first, then names containing the text ("Korea" -> both Koreas), then
        close spellings by difflib ("Jpan" -> Japan).
        """
        key = normalise_key(text)
        if not key or limit <= 0:
            return []
        names = {**self._table.by_key, **self._user_keys}
        found: list[str] = []
        exact = self.resolve(text)
        if exact is not None:
            found.append(exact.id)
        if len(key) >= 3 or not key.isascii():  # two kana/kanji already say a lot
            containing = sorted((k for k in names if key in k and k != key),
                                key=lambda k: (len(k), k))
            found += [names[k] for k in containing]
        found += [names[k] for k in difflib.get_close_matches(key, names, n=limit * 3, cutoff=0.7)]
        unique = list(dict.fromkeys(found))[:limit]
        return [self._by_id[actor_id] for actor_id in unique]
