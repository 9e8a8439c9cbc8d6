"""A pack reopened from the pack cache (its text columns' codes kept, ``Pack.factorized``; its
timeline source stored) shows what the same pack opened from its files shows: the events table's
cells and sort orders, the filter bar's choices with their counts, the timeline's lanes and items."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from explorer.data import pack_cache
from explorer.data.pack import KEPT_CODES_KEY, Pack
from explorer.data.pack_loader import load_pack
from explorer.qt.models import event_table_model as etm
from explorer.qt.views.filter_bar import FilterBar, facet_counts
from explorer.state.session import Session


@pytest.fixture(scope="module")
def tier_s_path() -> Path:
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(Path("build/benchmarks/packs"), "S")
    return folder


@pytest.fixture
def opened(tier_s_path, monkeypatch) -> tuple[Pack, Pack]:
    """(the pack parsed from its files, the same pack reopened from its cache entry)."""
    with monkeypatch.context() as m:
        m.setenv("BRIEFING_EXPLORER_PACK_CACHE", "off")
        parsed = load_pack(tier_s_path)
    from explorer.charts.timeline_layout import timeline_source
    from explorer.data.pack_schema import LoadLimits

    first = load_pack(tier_s_path)
    timeline_source(first)  # as the loader's worker builds it before the entry is complete
    pack_cache.wait_for_writes()
    pack_cache.write_entry(pack_cache.entry_path(first.meta.digest, LoadLimits()), first,
                           LoadLimits())  # with the source, whichever thread was first
    reopened = load_pack(tier_s_path)
    assert set(reopened.__dict__[KEPT_CODES_KEY]) == pack_cache.KEPT_CODES
    assert "timeline_source" in reopened.__dict__[pack_cache.EXTRAS_KEY]
    return parsed, reopened


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_events_table_shows_the_same_cells_and_orders(qtbot, opened, lang):
    tables = []
    for pack in opened:
        etm._warm_languages.add(lang)
        etm.warm_texts(pack)  # as the loader's worker does
        session = Session()
        session.set_label_language(lang, "test")
        model = etm.EventTableModel(session)
        session.open_pack(pack, origin="test")
        model.reset_pack()
        tables.append(([[model.data(model.index(r, c)) for c in range(model.columnCount())]
                        for r in range(model.rowCount())],
                       [model._column_order(c).tolist() for c in range(model.columnCount())]))
        model.deleteLater()
    assert tables[0] == tables[1]
    assert len(tables[0][0]) == len(opened[0].events) > 0
    from explorer.domain import labels

    ev = opened[1].events  # each row's date as the table wrote it before its texts were per pack
    dates = etm.labelled_columns(opened[1], lang)[0]
    assert [dates[i] for i in range(len(ev))] == [
        labels.format_date_span(s, e, lang) for s, e in zip(ev["start_date"], ev["end_date"])]


def test_the_filter_bar_lists_the_same_choices_and_counts(qtbot, opened):
    lists = []
    for pack in opened:
        session = Session()
        bar = FilterBar(session)
        qtbot.addWidget(bar)
        session.open_pack(pack, origin="test")
        lists.append([[w.item(i).text() for i in range(w.count())]
                      for w in (bar.partners, bar.domains, bar.kinds, bar.statuses)])
    assert lists[0] == lists[1]
    assert all(lists[0])
    reopened = opened[1]  # and the counts are pandas' value_counts, ties in order of first use
    counts = facet_counts(reopened)
    for key, column in (("parties", reopened.event_parties["actor"]),
                        ("domains", reopened.event_domains["domain"]),
                        ("kinds", reopened.events["kind"]), ("statuses", reopened.events["status"])):
        expected = column.value_counts()
        assert list(counts[key]) == list(expected.index), key
        assert list(counts[key].values()) == expected.tolist(), key


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("mode", ["partner", "domain"])
def test_the_timeline_places_the_same_items_in_the_same_lanes(opened, mode, lang):
    from explorer.charts.timeline_layout import timeline_source
    from explorer.charts.timeline_stored import stored_source

    assert stored_source(opened[1]) is not None  # the reopened pack's source is the stored one
    a, b = (timeline_source(pack).placements(mode, lang=lang) for pack in opened)
    assert a.lane_labels == b.lane_labels and a.palette_labels == b.palette_labels
    for name in ("event_row", "lane", "colour", "precision", "inexact", "kind", "extent_start"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    ta, tb = a.milestones, b.milestones
    assert np.array_equal(ta.event_row, tb.event_row) and np.array_equal(ta.stage, tb.stage)
