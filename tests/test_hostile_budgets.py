"""Hostile inputs end in seconds within a memory budget, with a clear refusal naming the file
(issue 15, items 3, 4, 6 and 10).

Each input is small and written here; each command runs as a user would run it, in a subprocess
limited to 1.5 GB of address space and 30 s of CPU. Before the fixes these took minutes (a
descriptor of many keys 101 s, 10^5 columns 178 s, 10^6 duplicate ids 194 s), never ended (a row
numbered 10^12) or used 11 GB (a 480 MB styles part at 53:1).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.importing.fixtures import MAIN_NS, write_zip, xlsx_package
from tests.packs import VALID_FILES, write_pack

ROOT = Path(__file__).resolve().parent.parent
MEMORY_BYTES = 1536 << 20
CPU_SECONDS = 30
WALL_SECONDS = 60

_LIMITED = (
    "import resource, runpy, sys\n"
    f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_BYTES}, {MEMORY_BYTES}))\n"
    f"resource.setrlimit(resource.RLIMIT_CPU, ({CPU_SECONDS}, {CPU_SECONDS}))\n"
    "sys.argv = ['briefing-explorer', *sys.argv[1:]]\n"
    "runpy.run_module('explorer', run_name='__main__')\n"
)


def run_limited(*argv: str) -> tuple[int, str, float]:
    """Exit code, stdout+stderr and seconds of a headless command under the budget."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _LIMITED, *argv], capture_output=True, text=True,
                          timeout=WALL_SECONDS, cwd=ROOT, env=env)
    return done.returncode, done.stdout + done.stderr, time.perf_counter() - started


# -- the hostile inputs ---------------------------------------------------------------------------


def descriptor_of_many_keys(tmp_path: Path) -> Path:
    folder = write_pack(tmp_path / "pack")
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    desc.update({f"key{i}": i for i in range(55_000)})  # ~0.9 MB
    text = json.dumps(desc)[:-1] + ', "key1": 0}'  # and one duplicate, so that it is refused
    (folder / "datapackage.json").write_text(text, encoding="utf-8")
    return folder


def csv_of_a_hundred_thousand_columns(tmp_path: Path) -> Path:
    lines = VALID_FILES["actors.csv"].splitlines()
    lines[0] += "".join(f",x{i}" for i in range(100_000))
    lines[1:] = [line + "," * 100_000 for line in lines[1:]]
    return write_pack(tmp_path / "pack", {"actors.csv": "\n".join(lines) + "\n"})


def a_million_duplicate_ids(tmp_path: Path) -> Path:
    header, row = VALID_FILES["indicators.csv"].splitlines()[:2]
    return write_pack(tmp_path / "pack", {"indicators.csv": header + "\n" + (row + "\n") * 1_000_000})


def control_characters_from_slides(tmp_path: Path) -> Path:
    events = VALID_FILES["events.csv"].replace("Fighter programme.", "Fighter\x0b programme\x07.")
    return write_pack(tmp_path / "pack", {"events.csv": events})


def zip_with_a_member_leaving_the_folder(tmp_path: Path) -> Path:
    folder = write_pack(tmp_path / "pack")
    target = tmp_path / "pack.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(folder.iterdir()):
            zf.write(f, f.name)
        zf.writestr("../../.bashrc", b"echo owned\n")
    return target


def xlsx_with_a_row_numbered_ten_to_the_twelfth(tmp_path: Path) -> Path:
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>'
            '<row r="1000000000000"><c r="A1000000000000"><v>1</v></c></row>')
    return write_zip(tmp_path, "far.xlsx", xlsx_package({"S": rows}))


def xlsx_with_a_huge_styles_part(tmp_path: Path) -> Path:
    rng = random.Random(15)
    xfs = "".join(f'<xf numFmtId="{rng.randrange(1000)}" fontId="{rng.randrange(100)}"/>'
                  for _ in range(1_500_000))  # ~48 MB at well under 200:1
    parts = xlsx_package({"S": '<row r="1"><c r="A1"><v>1</v></c></row>'},
                         styles=f'<cellXfs count="1">{xfs}</cellXfs>')
    assert MAIN_NS in parts["xl/styles.xml"].decode()[:300]
    return write_zip(tmp_path, "styled.xlsx", parts)


PACKS = [
    (descriptor_of_many_keys, "datapackage.json:key1: key appears twice in the same object"),
    (csv_of_a_hundred_thousand_columns, "actors.csv:1:column 501: the header has more than 500 columns"),
    (a_million_duplicate_ids, "indicators.csv:3:id: duplicate id; first used in row 2"),
    (control_characters_from_slides, "events.csv:5:summary: contains the control character U+000B"),
    (zip_with_a_member_leaving_the_folder,
     "pack.zip: zip has a member whose name leaves the pack folder"),
]


@pytest.mark.parametrize("make, refusal", PACKS, ids=[m.__name__ for m, _ in PACKS])
def test_hostile_pack_is_refused_in_seconds_within_the_memory_budget(tmp_path, make, refusal):
    path = make(tmp_path)
    code, output, seconds = run_limited("validate", str(path))
    assert code == 1, output[-3000:]
    assert refusal in output, output[-3000:]
    assert "Traceback" not in output and "MemoryError" not in output
    assert seconds < 20, f"{seconds:.1f} s"


XLSX = [
    (xlsx_with_a_row_numbered_ten_to_the_twelfth, "far.xlsx: a row is numbered 1,000,000,000,000, "
                                                  "beyond Excel's last row (1,048,576)"),
    (xlsx_with_a_huge_styles_part, "styled.xlsx: part 'xl/styles.xml' would unpack to"),
]


@pytest.mark.parametrize("make, refusal", XLSX, ids=[m.__name__ for m, _ in XLSX])
def test_hostile_workbook_import_is_refused_in_seconds_within_the_memory_budget(tmp_path, make, refusal):
    path = make(tmp_path)
    code, output, seconds = run_limited("import", str(path), "--kind", "actors", "--map", "name=title",
                                        "--out", str(tmp_path / "out"))
    assert code == 2, output[-3000:]
    assert refusal in output, output[-3000:]
    assert "Traceback" not in output and "MemoryError" not in output
    assert seconds < 20, f"{seconds:.1f} s"
    assert not (tmp_path / "out").exists()
