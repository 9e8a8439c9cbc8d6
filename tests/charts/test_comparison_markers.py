"""The comparison's event markers, each made once per pack and label language and the events linked
to an indicator found once, are the markers read row by row from the pack as before (the old
reading is kept here as the reference)."""

from __future__ import annotations

import gc
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from explorer.charts import comparison
from explorer.charts.chart_spec import EventMarker
from explorer.charts.comparison import indicator_choices
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import PartialDate
from explorer.domain.labels import format_date, pick
from explorer.paths import default_pack_path
from explorer.state.comparison_setup import ComparisonSetup


def _reference(pack, setup, visible_events):
    """The markers as the builder read them before (row by row, every call)."""
    if setup.markers == "none":
        return ()
    ev = pack.events
    rows = np.arange(len(ev)) if visible_events is None else np.asarray(visible_events, dtype=np.int64)
    if setup.markers == "linked":
        linked = pack.links.loc[pack.links["indicator_id"] == setup.indicator_id, "event_id"]
        rows = rows[pd.Series(ev["id"].to_numpy()[rows]).isin(linked.to_numpy()).to_numpy()]
    lang = comparison._lang(pack)
    ids = ev["id"].take(rows).to_numpy()
    starts = ev["start_date"].take(rows).to_numpy()
    days = ev["start_day"].take(rows).to_numpy()
    titles = ev["title"].take(rows).to_numpy()
    titles_ja = (ev["title_ja"].take(rows).to_numpy() if lang != "en" and "title_ja" in ev.columns
                 else None)
    out = []
    for i in range(len(rows)):
        d: PartialDate = starts[i]
        title = titles[i] if titles_ja is None else pick(
            titles[i], titles_ja[i] if isinstance(titles_ja[i], str) else "", lang)
        date = (("約" if d.approximate else "") + format_date(d.year, d.month, d.day, "ja")
                + ("？" if d.uncertain else "")) if lang == "ja" else d.display()
        out.append(EventMarker(ids[i], float(days[i]), title, date))
    return tuple(sorted(out, key=lambda m: m.x))


def _check(pack):
    n = len(pack.events)
    rng = np.random.default_rng(3)
    shuffled = rng.permutation(n)
    visibles = [None, np.arange(0), np.arange(0, n, 3), shuffled, shuffled[: n // 2],
                np.sort(shuffled[: n // 4])]
    indicators = [i for _d, group in indicator_choices(pack) for i, _n, _desc in group][:5]
    marked = 0
    for lang in ("en", "ja", "both"):
        seen = comparison._labelled(pack, lang)
        for ind in indicators:
            for mode in ("linked", "all", "none"):
                setup = ComparisonSetup(indicator_id=ind, markers=mode, chart="line")
                for visible in visibles:
                    got = comparison._markers(seen, setup, visible)
                    assert got == _reference(seen, setup, visible), (lang, ind, mode)
                    marked += len(got)
    assert marked > 0


def test_markers_equal_the_row_by_row_reading_on_the_default_pack():
    _check(load_pack(default_pack_path()))


def test_markers_equal_the_row_by_row_reading_on_a_generated_pack():
    generator = pytest.importorskip("benchmarks.generator")
    folder, _seconds = generator.ensure_pack(Path(__file__).parents[2] / "build" / "benchmarks"
                                             / "packs", "S")  # where the benchmarks keep it
    _check(load_pack(folder))


def _markers_alive() -> int:
    gc.collect()
    return sum(isinstance(o, EventMarker) for o in gc.get_objects())


def test_a_chart_makes_markers_only_for_the_events_it_marks():
    # Every event's marker made up front held ~18 MB at 10^5 events for the few a chart shows.
    pack = load_pack(default_pack_path())
    indicator = next(i for _d, group in indicator_choices(pack) for i, _n, _desc in group
                     if comparison._linked_events(pack, i).sum())
    before = _markers_alive()
    setup = ComparisonSetup(indicator_id=indicator, markers="linked", chart="line")
    for lang in ("en", "ja"):
        got = comparison._markers(comparison._labelled(pack, lang), setup, None)
        assert 0 < len(got) < len(pack.events)
        assert _markers_alive() - before == len(got) * (1 if lang == "en" else 2)
    again = comparison._markers(comparison._labelled(pack, "en"), setup, None)
    assert _markers_alive() - before == 2 * len(got)  # made once: the same markers again
    assert again == comparison._markers(comparison._labelled(pack, "en"), setup, None)
