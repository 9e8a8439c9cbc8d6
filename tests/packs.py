"""Small packs written on the fly: a valid one, and ways to break it one thing at a time."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from explorer.data.pack_writer import write_descriptor

VALID_FILES: dict[str, str] = {
    "actors.csv": (
        "id,name,name_ja,kind,iso3,member_of\n"
        "jp,Japan,日本,state,JPN,\n"
        "eu,European Union,欧州連合,bloc,,\n"
        "us,United States,,state,USA,\n"
        "it,Italy,,state,ITA,eu\n"
        "na,Namibia,,state,NAM,\n"
    ),
    "sources.csv": (
        "id,title,publisher,published,url,note\n"
        "src-a,Article A,ECFR,2025-11~,https://example.org/a,\n"
        "src-b,Article B,The Economy,2025,,\"cites A, B\"\n"
    ),
    "events.csv": (
        "id,title,title_ja,kind,status,start,end,parties,domains,summary,summary_ja,source_ids\n"
        "epa,EU–Japan EPA,日EU経済連携協定,agreement,in_force,2019-02-01,,jp;eu,trade,Free trade.,,src-b\n"
        "summit-2025,EU–Japan summit,,summit,announced,2025-07,,jp;eu,diplomacy;economic_security,"
        "Competitiveness alliance.,,src-a\n"
        "us-deal,US–Japan trade agreement,,agreement,signed,2025-07-22,,jp;us,trade;investment,"
        "15% tariff and investment pledge.,,src-a;src-b\n"
        "gcap,GCAP,,agreement,signed,2023-12-14,2035,jp;it,defence,Fighter programme.,,src-b\n"
        "minerals,Critical minerals corridor,,policy,proposed,2025~,,jp;eu;na,critical_minerals,"
        "Proposal.,,src-a\n"
    ),
    "milestones.csv": (
        "event_id,stage,date,source_id\n"
        "epa,signed,2018-07-17,src-b\n"
        "epa,entry_into_force,2019-02-01,src-b\n"
    ),
    "eras.csv": (
        "id,label,actor,start,end,source_id\n"
        "ishiba,Ishiba (JP PM),jp,2024-10-01,2025-10-21,src-b\n"
        "takaichi,Takaichi (JP PM),jp,2025-10-21,,src-a\n"
    ),
    "indicators.csv": (
        "id,name,description,domain,measure\n"
        "goods_exports,Goods exports,Exports of goods from reporter to partner,trade,flow\n"
        "defence_budget,Defence budget,Annual defence budget request,defence,budget\n"
    ),
    "observations.csv": (
        "indicator_id,reporter,partner,period,value,unit,scale,qualifier,price_basis,source_id,note\n"
        "goods_exports,eu,jp,2023,64,EUR,9,,nominal,src-b,\n"
        "goods_exports,eu,jp,2024,68.8,EUR,9,,nominal,src-b,\n"
        "goods_exports,us,jp,2024,79.7,USD,9,,nominal,src-b,price effects\n"
        "defence_budget,jp,,FY2024,7.7,JPY,12,,nominal,src-b,\n"
        "defence_budget,jp,,FY2024,52.7,USD,9,~,nominal,src-b,article's conversion\n"
    ),
    "fx_rates.csv": (
        "period,base,quote,rate,kind,source_id\n"
        "2024,USD,JPY,151.4551,annual_average,src-a\n"
        "2024,EUR,USD,1.082,annual_average,src-a\n"
        "FY2024,USD,JPY,146.1101,implied,src-b\n"
    ),
    "links.csv": "event_id,indicator_id\nepa,goods_exports\n",
}

META = {"name": "test-pack", "title": "Test pack", "version": "1.0", "created": "2026-11-21"}


def write_pack(folder: Path, overrides: dict[str, str | bytes | None] | None = None,
               descriptor: dict | str | None = None) -> Path:
    """Write the valid pack into ``folder`` with some files replaced (None deletes a file).

    ``descriptor`` replaces datapackage.json (a dict is dumped as JSON, a str written as is).
    """
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, str | bytes | None] = {**VALID_FILES, **(overrides or {})}
    for name, content in VALID_FILES.items():
        write_file(folder / name, content)
    write_descriptor(folder, META)
    for name, content in files.items():
        if content is None:
            (folder / name).unlink()
        else:
            write_file(folder / name, content)
    if descriptor is not None:
        text = descriptor if isinstance(descriptor, str) else json.dumps(descriptor)
        (folder / "datapackage.json").write_text(text, encoding="utf-8")
    return folder


def write_file(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")


def descriptor_of(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def replace_line(file: str, old: str, new: str) -> str:
    """VALID_FILES[file] with one exact substring replaced (asserting it was there)."""
    text = VALID_FILES[file]
    assert old in text, (file, old)
    return text.replace(old, new, 1)


def drop_column(file: str, column: str) -> str:
    """VALID_FILES[file] without one column, in the header and every row."""
    rows = list(csv.reader(io.StringIO(VALID_FILES[file])))
    i = rows[0].index(column)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([r[:i] + r[i + 1:] for r in rows])
    return out.getvalue()
