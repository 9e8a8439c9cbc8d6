"""Writing the ``datapackage.json`` of a pack folder from the contract in ``pack_schema``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from explorer.atomic_write import write_atomic
from explorer.data.pack_schema import FORMAT_VERSION, RESOURCES, TABLE_SCHEMA_TYPE, Resource
from explorer.data.pack_source import DESCRIPTOR


def resource_descriptor(spec: Resource, header: list[str] | None = None) -> dict:
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
        f: dict = {"name": col.name, "type": TABLE_SCHEMA_TYPE[col.kind]}
        if col.description:
            f["description"] = col.description
        constraints: dict = {}
        if col.required:
            constraints["required"] = True
        if col.choices and col.kind.value == "enum":
            constraints["enum"] = list(col.choices)
        if constraints:
            f["constraints"] = constraints
        fields.append(f)
    schema: dict = {"fields": fields}
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
        "description": spec.description,
        "schema": schema,
    }


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh), [])


def write_descriptor(folder: Path, meta: dict) -> Path:
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
    target = folder / DESCRIPTOR
    write_atomic(target, (json.dumps(desc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return target
