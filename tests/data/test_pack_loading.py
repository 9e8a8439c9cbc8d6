"""Valid packs load with their values, precision and derived columns intact."""

from __future__ import annotations

import codecs
import json
import zipfile

from explorer.data.pack_loader import load_pack
from explorer.domain.dates import Precision
from tests.packs import VALID_FILES, descriptor_of, replace_line, write_pack


def test_valid_pack_loads_every_resource(tmp_path):
    pack = load_pack(write_pack(tmp_path / "pack"))
    assert pack.meta.title == "Test pack"
    assert pack.counts() == {
        "actors": 5, "sources": 2, "events": 5, "milestones": 2, "eras": 2, "indicators": 2,
        "observations": 5, "fx_rates": 3, "links": 1, "domains": 0,
    }
    ev = pack.events.set_index("id")
    assert ev.loc["summit-2025", "start_date"].precision is Precision.MONTH
    assert ev.loc["summit-2025", "start_date"].display() == "Jul 2025"
    assert ev.loc["minerals", "start_date"].display() == "c. 2025"
    # A month-precision event covers the whole month, never just the 1st.
    assert ev.loc["summit-2025", "end_day"] - ev.loc["summit-2025", "start_day"] == 30
    assert ev.loc["gcap", "end_date"].iso() == "2035"
    obs = pack.observations
    assert obs["value"].tolist() == [64.0, 68.8, 79.7, 7.7, 52.7]
    assert obs["qualifier"].tolist() == ["", "", "", "", "~"]
    assert obs["scale"].tolist() == [9, 9, 9, 12, 9]


def test_namibia_is_not_missing_data(tmp_path):
    """'NA' (Namibia) is a value, never pandas' missing marker."""
    actors = replace_line("actors.csv", "na,Namibia,,state,NAM,", "na,NA,,state,NAM,")
    pack = load_pack(write_pack(tmp_path / "pack", {"actors.csv": actors}))
    assert pack.actor_names["na"] == "NA"


def test_utf8_bom_is_tolerated(tmp_path):
    data = codecs.BOM_UTF8 + VALID_FILES["events.csv"].encode("utf-8")
    pack = load_pack(write_pack(tmp_path / "pack", {"events.csv": data}))
    assert list(pack.events.columns[:2]) == ["id", "title"]
    assert pack.events["title_ja"].iloc[0] == "日EU経済連携協定"


def test_crlf_quoted_newlines_and_blank_lines(tmp_path):
    text = VALID_FILES["events.csv"].replace("Free trade.", '"Free\ntrade, in two lines."')
    text = text.replace("\n", "\r\n").replace('Free\r\ntrade', 'Free\ntrade') + "\r\n\r\n"
    pack = load_pack(write_pack(tmp_path / "pack", {"events.csv": text}))
    assert pack.events["summary"].iloc[0] == "Free\ntrade, in two lines."
    assert len(pack.events) == 5


def test_optional_resources_may_be_absent(tmp_path):
    folder = write_pack(tmp_path / "pack")
    for name in ("milestones.csv", "eras.csv", "fx_rates.csv", "links.csv"):
        (folder / name).unlink()
    from explorer.data.pack_writer import write_descriptor
    from tests.packs import META

    write_descriptor(folder, META)
    pack = load_pack(folder)
    assert not pack.has("fx_rates") and pack.has("events")
    assert pack.fx_rates.empty and "rate" in pack.fx_rates.columns


def test_optional_columns_may_be_absent_from_header(tmp_path):
    """A descriptor written by write_descriptor declares only the columns the CSV has."""
    from explorer.data.pack_writer import write_descriptor
    from tests.packs import META

    text = "id,name,kind\njp,Japan,state\neu,EU,bloc\nus,US,state\nit,Italy,state\nna,Namibia,state\n"
    folder = write_pack(tmp_path / "pack", {"actors.csv": text})
    write_descriptor(folder, META)
    pack = load_pack(folder)
    assert pack.actors["name_ja"].tolist() == [""] * 5


def test_other_resources_are_allowed_and_never_read(tmp_path):
    folder = write_pack(tmp_path / "pack")
    desc = descriptor_of(folder)
    desc["resources"].append({"name": "readme", "path": "README.md"})
    desc["resources"].append({"name": "remote", "path": "https://example.org/x.csv"})
    (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    pack = load_pack(folder)
    assert pack.meta.extra_resources == ("readme", "remote")


def test_zipped_pack_with_a_top_folder_loads(tmp_path):
    folder = write_pack(tmp_path / "pack")
    target = tmp_path / "pack.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(folder.iterdir()):
            zf.write(f, f"japan-pack/{f.name}")
    pack = load_pack(target)
    assert len(pack.events) == 5
    assert pack.meta.location == str(target)


def test_datapackage_json_path_opens_its_folder(tmp_path):
    folder = write_pack(tmp_path / "pack")
    assert len(load_pack(folder / "datapackage.json").events) == 5


def test_digest_identifies_the_pack_content(tmp_path):
    a = load_pack(write_pack(tmp_path / "a"))
    b = load_pack(write_pack(tmp_path / "b"))
    assert len(a.meta.digest) == 64 and a.meta.digest == b.meta.digest  # same content, other folder
    changed = replace_line("observations.csv", ",68.8,", ",68.9,")
    c = load_pack(write_pack(tmp_path / "c", {"observations.csv": changed}))
    assert c.meta.digest != a.meta.digest


def test_an_actor_is_a_party_or_involved_not_both(tmp_path):
    import pytest

    from explorer.data.problems import PackInvalid

    # The test pack's events (no quoted commas in them) with Namibia also "involved" in the corridor.
    rows = [r.split(",") for r in VALID_FILES["events.csv"].splitlines()]
    at = rows[0].index("parties") + 1
    lines = []
    for r in rows:
        involved = "involved" if r[0] == "id" else ("na;it" if r[0] == "minerals" else "")
        lines.append(",".join(r[:at] + [involved] + r[at:]))
    folder = write_pack(tmp_path / "pack", {"events.csv": "\n".join(lines) + "\n"})
    with pytest.raises(PackInvalid) as e:
        load_pack(folder)
    assert [str(p) for p in e.value.problems] == [
        "events.csv:6:involved: also among parties: an actor is a party to an event or involved in "
        "it, not both (found: 'na')"]
