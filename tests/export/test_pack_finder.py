"""Finding a receipt's pack: by digest, reading only the descriptors of packs with another name."""

from __future__ import annotations

import json
import shutil

import pytest

from explorer.data.pack_loader import load_pack
from explorer.export import pack_finder
from explorer.export.pack_finder import PackIdentity, find_pack
from explorer.export.view_state import ViewError
from explorer.paths import default_pack_path


def _copy(to, name):
    shutil.copytree(default_pack_path(), to)
    desc = to / "datapackage.json"
    data = json.loads(desc.read_text(encoding="utf-8"))
    data["name"] = name
    desc.write_text(json.dumps(data), encoding="utf-8")
    return to


def test_only_packs_of_the_receipts_name_are_loaded(tmp_path, monkeypatch):
    mine = _copy(tmp_path / "packs" / "mine", "mine")
    _copy(tmp_path / "packs" / "a-other", "other")  # searched first (sorted)
    identity = PackIdentity.of(load_pack(mine))
    loaded = []
    real = pack_finder.load_pack
    monkeypatch.setattr(pack_finder, "load_pack", lambda p: loaded.append(p) or real(p))
    pack, location, warning = find_pack(identity, search_dirs=[str(tmp_path / "packs")], known=[])
    assert location == str(mine) and warning == "" and pack.meta.digest == identity.sha256
    assert loaded == [str(mine)]  # "other" was judged by its descriptor alone


def test_no_pack_of_that_digest_or_name_says_where_to_point(tmp_path):
    _copy(tmp_path / "other", "other")
    with pytest.raises(ViewError, match="--pack-dir"):
        find_pack(PackIdentity("gone", "1", "0" * 64), search_dirs=[str(tmp_path)], known=[])


def test_a_huge_descriptor_among_the_candidates_is_not_read_whole(tmp_path, monkeypatch):
    """Issue 15: a folder with a 3 MB datapackage.json is skipped, read no further than 1 MiB."""
    from explorer.data import pack_source

    folder = tmp_path / "huge"
    folder.mkdir()
    (folder / "datapackage.json").write_text('{"name": "x", "pad": "' + "a" * (3 << 20) + '"}')
    largest = []
    real_read = pack_source.FolderSource._read

    def spy(self, name, cap):
        data = real_read(self, name, cap)
        largest.append(len(data))
        return data

    monkeypatch.setattr(pack_source.FolderSource, "_read", spy)
    assert pack_finder._descriptor_name(str(folder)) == ""
    assert not largest or max(largest) <= 1 << 20
