"""A pack's own domains (``domains.csv``): declaring them, for importers and tools that write packs.

Packs that say nothing use the ten built-in domains (``pack_schema.DOMAINS``). A pack whose rows
belong elsewhere (2,278 "Environment" treaties) declares its domains here instead of mislabelling
them; the loader then accepts those ids in events' ``domains`` and indicators' ``domain``, and the
window shows their labels and colours (``Pack.domain_label``, ``Pack.domain_colour``).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from explorer.atomic_write import write_atomic
from explorer.data.pack_schema import COLOUR_PATTERN, RESOURCE_BY_NAME, SLUG_PATTERN

_SPEC = RESOURCE_BY_NAME["domains"]
COLUMNS = tuple(c.name for c in _SPEC.columns)


@dataclass(frozen=True)
class Domain:
    id: str
    label: str
    label_ja: str = ""
    colour: str = ""  # "#RRGGBB"; empty: the window picks one from its palette


def domain_id_for(label: str) -> str:
    """An id for a domain named ``label``: "Environment & Health" -> "environment_health".
    ValueError when nothing of the label can be spelt in the id's letters (a Japanese-only label):
    the caller then asks the user for an id."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")
    if not slug:
        raise ValueError(f"cannot make a domain id from {label!r}; give one (letters a-z, digits, '_')")
    return slug


def domain_problems(domains: Iterable[Domain]) -> list[str]:
    """What is wrong with these declarations, one line each (empty: nothing)."""
    problems: list[str] = []
    seen: set[str] = set()
    for d in domains:
        if not re.fullmatch(SLUG_PATTERN, d.id):
            problems.append(f"domain {d.id!r}: not a valid id: use lowercase letters, digits, "
                            "'_', '.' or '-'")
        if d.id in seen:
            problems.append(f"domain {d.id!r}: declared twice")
        seen.add(d.id)
        if not d.label.strip():
            problems.append(f"domain {d.id!r}: a label is required")
        if d.colour and not re.fullmatch(COLOUR_PATTERN, d.colour):
            problems.append(f"domain {d.id!r}: colour {d.colour!r} is not #RRGGBB")
    return problems


def read_domains(folder: Path) -> list[Domain]:
    """The domains ``folder/domains.csv`` declares (none if there is no such file)."""
    path = Path(folder) / _SPEC.filename
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [Domain(**{c: (row.get(c) or "").strip() for c in COLUMNS})
                for row in csv.DictReader(fh)]


def write_domains(folder: Path, domains: Iterable[Domain]) -> Path:
    """Declare ``domains`` in ``folder/domains.csv``, keeping those already declared there (an id
    already present keeps its row). Written atomically; call it before
    ``pack_writer.write_descriptor`` so the descriptor lists the table. ValueError (nothing
    written) when a declaration is invalid."""
    existing = read_domains(folder)
    known = {d.id for d in existing}
    new = [d for d in domains if d.id not in known]
    merged = existing + new
    problems = domain_problems(merged)
    if problems:
        raise ValueError("; ".join(problems))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for d in merged:
        writer.writerow([d.id, d.label, d.label_ja, d.colour])
    target = Path(folder) / _SPEC.filename
    write_atomic(target, out.getvalue().encode("utf-8"))
    return target
