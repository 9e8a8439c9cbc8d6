"""Writing the ``datapackage.json`` of a pack folder from the contract in ``pack_schema``."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from explorer.atomic_write import write_atomic
from explorer.data.pack_schema import FORMAT_VERSION, RESOURCES, TABLE_SCHEMA_TYPE, Resource
from explorer.data.pack_source import DESCRIPTOR

# Declared so that general tools need not guess: Frictionless sniffs an undeclared CSV and took a pack
# whose notes quote 'words'; with semicolons for ";"-separated. The loader itself ignores the dialect.
CSV_DIALECT = {"delimiter": ",", "doubleQuote": True, "quoteChar": '"', "header": True}
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def resource_descriptor(spec: Resource, header: list[str] | None = None) -> dict[str, Any]:
    """The Frictionless resource entry (with Table Schema) for one contract resource.

    With ``header`` (the CSV's column names), only the contract columns the file has are declared,
    in the file's order; optional columns may be absent from a CSV.
    """
    columns = spec.columns
    if header is not None:
        by_name = {c.name: c for c in spec.columns}
        columns = tuple(by_name[n] for n in header if n in by_name)
    fields = []
    for col in columns:
        f: dict[str, Any] = {"name": col.name, "type": TABLE_SCHEMA_TYPE[col.kind]}
        if col.description:
            f["description"] = col.description
        constraints: dict[str, Any] = {}
        if col.required:
            constraints["required"] = True
        # Not for columns a pack may extend (its own domains): the enum would refuse them.
        if col.choices and col.kind.value == "enum" and not col.extended_by:
            constraints["enum"] = list(col.choices)
        if constraints:
            f["constraints"] = constraints
        fields.append(f)
    schema: dict[str, Any] = {"fields": fields}
    if spec.primary_key:
        schema["primaryKey"] = [spec.primary_key]
    fks = [
        {"fields": [c.name], "reference": {"resource": c.references, "fields": ["id"]}}
        for c in spec.columns
        if c.references and c.kind.value == "slug"
    ]
    if fks:
        schema["foreignKeys"] = fks
    return {
        "name": spec.name,
        "path": spec.filename,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": dict(CSV_DIALECT),
        "description": spec.description,
        "schema": schema,
    }


def created_datetime(created: str) -> str:
    """The Data Package ``created`` as the RFC 3339 datetime the standard asks for: a bare date
    ("2026-11-21") becomes midnight UTC of that day; anything else is kept as given."""
    return f"{created}T00:00:00Z" if _DATE_ONLY.fullmatch(created) else created


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh), [])


def write_descriptor(folder: Path, meta: dict[str, Any]) -> Path:
    """Write ``folder/datapackage.json`` for the contract resources present as CSV files.

    ``meta`` supplies name, title, version, created, description, licenses and sources.
    Written atomically: a crash leaves the old descriptor, never half a new one.
    """
    resources = [resource_descriptor(r, _header(folder / r.filename))
                 for r in RESOURCES if (folder / r.filename).is_file()]
    desc = {
        "profile": "tabular-data-package",
        "briefing_pack_format": FORMAT_VERSION,
        **meta,
        "resources": resources,
    }
    if "created" in desc:
        desc["created"] = created_datetime(desc["created"])
    target = folder / DESCRIPTOR
    write_atomic(target, (json.dumps(desc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return target
