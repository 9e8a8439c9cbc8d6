"""Free-text search finds events by their Japanese text and their actors' Japanese names, and
full-width or half-width spellings find the same events (default pack, and the query command)."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest

from explorer.cli import main
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.state.filtering import filter_events, search_text
from explorer.state.filters import Filter
from explorer.state.session import Session


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


def found(pack, text: str) -> set[str]:
    return set(pack.events["id"].iloc[filter_events(pack, Filter(text=text))])


def test_japanese_party_names_find_their_events(pack):
    # 日本 is in few titles: the name of the party Japan finds every event Japan is party to.
    japan_rows = set(pack.event_parties["row"][pack.event_parties["actor"] == "jp"])
    japan = set(pack.events["id"].iloc[sorted(japan_rows)])
    assert japan <= found(pack, "日本")
    eu_rows = set(pack.event_parties["row"][pack.event_parties["actor"] == "eu"])
    assert set(pack.events["id"].iloc[sorted(eu_rows)]) <= found(pack, "欧州連合")
    assert "eu-jp-epa" in found(pack, "欧州連合 日本")  # every word, each from a name


def test_involved_actors_japanese_names_are_searched(pack):
    inv = pack.event_involved
    if inv.empty:
        pytest.skip("the default pack names no involved actors")
    names = dict(zip(pack.actors["id"], pack.actors["name_ja"]))
    row, actor = next((r, a) for r, a in zip(inv["row"], inv["actor"]) if names.get(a))
    assert pack.events["id"].iat[int(row)] in found(pack, names[actor])


def test_japanese_titles_and_width_variants(pack):
    assert "eu-jp-epa" in found(pack, "日EU")
    assert found(pack, "ＥＰＡ") == found(pack, "EPA") == found(pack, "epa")
    assert "eu-jp-epa" in found(pack, "ＥＰＡ")
    # Half-width katakana (ｴﾈﾙｷﾞｰ) finds what full-width エネルギー finds.
    assert found(pack, "ｴﾈﾙｷﾞｰ") == found(pack, "エネルギー") != set()


def test_search_text_is_computed_once_per_pack(pack):
    first = search_text(pack)
    assert search_text(pack) is first
    assert len(first) == len(pack.events)
    assert all(isinstance(t, str) and t == t.lower() for t in first)


def test_notes_are_folded_too(pack):
    session = Session()
    session.open_pack(pack)
    session.notes = {"eu-jp-epa": "ＰＬＵＧＨ for the minister"}
    session.set_filter(text="plugh")
    assert list(pack.events["id"].iloc[np.asarray(session.visible_events)]) == ["eu-jp-epa"]


def test_query_command_finds_japanese_names(pack):
    out, err = io.StringIO(), io.StringIO()
    code = main(["query", "events", "--pack", str(default_pack_path()), "--text", "欧州連合",
                 "--format", "json"], out, err)
    assert code == 0, err.getvalue()
    assert {r["id"] for r in json.loads(out.getvalue())} == found(pack, "欧州連合")
    assert "eu-jp-epa" in found(pack, "欧州連合")


def test_a_search_in_japanese_keeps_the_figures_of_the_indicator_it_names(pack):
    from explorer.state.filtering import filter_observations

    def indicators(text: str) -> set[str]:
        return set(pack.observations["indicator_id"].iloc[filter_observations(pack, Filter(text=text))])

    # indicators.name_ja: 財の輸出額 and 財の輸出額の伸び率, as "goods exports" finds their English names
    assert indicators("財の輸出額") == {"goods_exports", "goods_exports_growth"} == indicators("goods exports")
    assert "lng_imports_value" in indicators("LNG輸入額") and "goods_exports" not in indicators("LNG輸入額")
