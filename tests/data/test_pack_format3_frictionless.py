"""Format 3's additions (events' ``involved``, a pack's own ``domains`` table, indicators in a
declared domain) keep a written pack readable by general data tools: the Frictionless validator
passes it and the application loads it."""

from __future__ import annotations

import csv
import io

from frictionless import validate

from explorer.data.pack_domains import Domain, write_domains
from explorer.data.pack_loader import load_pack
from explorer.data.pack_writer import write_descriptor
from tests.packs import META, VALID_FILES, replace_line, write_pack


def test_a_pack_with_involved_actors_and_its_own_domains_validates(tmp_path):
    rows = list(csv.reader(io.StringIO(VALID_FILES["events.csv"])))
    at = rows[0].index("parties") + 1
    for r in rows:
        involved = "involved" if r[0] == "id" else ""
        if r[0] == "minerals":
            r[at - 1], involved, r[at] = "jp;eu", "na", "critical_minerals;environment"
        r.insert(at, involved)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    folder = write_pack(tmp_path / "p", {
        "events.csv": out.getvalue(),
        "indicators.csv": replace_line("indicators.csv", "request,defence,budget", "request,health,budget"),
    })
    write_domains(folder, [Domain("environment", "Environment", "環境", "#117733"),
                           Domain("health", "Public health")])
    write_descriptor(folder, {**META, "created": "2026-11-21T00:00:00Z"})
    report = validate(str(folder / "datapackage.json"))
    problems = [e.message for e in report.errors] + [
        f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert problems == [] and report.valid
    pack = load_pack(folder)
    assert pack.domain_label("environment") == "Environment" and "na" in set(pack.event_involved["actor"])
