"""Whatever bytes a user's pack holds, loading ends in a Pack or PackInvalid, never anything else."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.data.pack_loader import load_pack
from explorer.data.problems import PackInvalid
from tests.packs import VALID_FILES, write_pack

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_csv_chars = st.sampled_from(list(',;"\n\r~?-.0123456789abcdejpuENA日\x00\ufeff \t') + ["2019-02-30", "jp;eu"])


def _load_with(overrides: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_pack(Path(tmp) / "pack", overrides)
        try:
            load_pack(folder)
        except PackInvalid as e:
            assert e.problems and all(str(p) for p in e.problems)


@FUZZ
@given(st.sampled_from(sorted(VALID_FILES)), st.binary(max_size=400))
def test_random_bytes_in_any_file(name, data):
    _load_with({name: data})


@FUZZ
@given(st.sampled_from(sorted(VALID_FILES)), st.integers(0, 2000), st.lists(_csv_chars, max_size=20))
def test_valid_files_with_text_spliced_in(name, at, pieces):
    text = VALID_FILES[name]
    at = at % (len(text) + 1)
    _load_with({name: text[:at] + "".join(pieces) + text[at:]})


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(["name", "title", "resources", "licenses", "sources"]), _json))
def test_arbitrary_descriptors(desc):
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_pack(Path(tmp) / "pack", descriptor=json.dumps(desc))
        try:
            load_pack(folder)
        except PackInvalid:
            pass


@FUZZ
@given(st.lists(_json, max_size=4))
def test_arbitrary_resource_entries(entries):
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_pack(Path(tmp) / "pack")
        desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        desc["resources"] = desc["resources"][:3] + entries
        (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
        try:
            load_pack(folder)
        except PackInvalid:
            pass
