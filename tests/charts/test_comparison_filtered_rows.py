"""The observation rows a filter keeps for the Compare chart: read from the indicator's own columns,
taken once per pack, and the very rows the whole observation table gives."""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.charts import comparison
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.state.filters import Filter
from tests.charts.test_comparison_conflicts import tier_s_pack
from tests.data.figure_days import figure_days


def _expected(pack, indicator_id: str, f: Filter | None) -> np.ndarray:
    """The rows as the whole table says: the indicator's, overlapping the dates, with a chosen
    partner as reporter or partner (an actor missing from a row, code -1, matches no partner)."""
    obs, f = pack.observations, f or Filter()
    reporter, partner, code = pack.observation_actor_codes
    start, end = figure_days(pack)
    keep = ((obs["indicator_id"] == indicator_id).to_numpy()
            & (end >= (-np.inf if f.day_from is None else f.day_from))
            & (start <= (np.inf if f.day_to is None else f.day_to)))
    if f.partners:
        chosen = [code[a] for a in f.partners if a in code]
        keep = keep & (np.isin(reporter, chosen) | np.isin(partner, chosen))
    return np.flatnonzero(keep)


def _filters(pack) -> list[Filter | None]:
    start, end = (d.astype(np.float64) for d in figure_days(pack))
    days = np.sort(start)
    actors = list(pack.event_parties["actor"].value_counts().index[:3])
    out: list[Filter | None] = [None, Filter(), Filter(partners=frozenset({"no such actor"}))]
    # a range that starts on the last day of some periods and ends on the first day of others
    edge_end, edge_start = int(np.median(end)), int(np.median(start))
    out += [Filter(day_from=edge_end), Filter(day_to=edge_start)]
    for i, lo in enumerate(np.quantile(days, [0.1, 0.4, 0.7])):
        hi = float(np.quantile(days, 0.9 - 0.1 * i))
        out.append(Filter(day_from=int(lo)))
        out.append(Filter(day_to=int(hi)))
        out.append(Filter(day_from=int(lo), day_to=int(hi), partners=frozenset({actors[i]})))
        out.append(Filter(day_from=int(lo), partners=frozenset(actors[:2] + ["no such actor"])))
    return out


def test_a_filter_keeps_the_rows_the_whole_table_gives():
    for pack in (load_pack(default_pack_path()), tier_s_pack()):
        for indicator_id in list(pack.indicators["id"])[:5]:
            for f in _filters(pack):
                got = comparison._filtered_rows(pack, indicator_id, f)
                want = _expected(pack, indicator_id, f)
                assert got.dtype == comparison._indicator_rows(pack, indicator_id).dtype
                assert np.array_equal(got, want), (indicator_id, f)


def test_a_row_missing_an_actor_is_kept_by_no_partner():
    pack = load_pack(default_pack_path())
    reporter, partner, code = pack.observation_actor_codes
    reporter, partner = reporter.copy(), partner.copy()
    indicator_id = str(pack.indicators["id"].iat[0])
    rows = comparison._indicator_rows(pack, indicator_id)
    reporter[rows[::2]] = -1  # no reporter in every other row, no partner in every third
    partner[rows[::3]] = -1
    pack.__dict__["observation_actor_codes"] = (reporter, partner, code)
    last = max(code, key=code.__getitem__)  # the code -1 would wrap to in an array of codes
    for actors in ({last}, set(code), {str(pack.observations["reporter"].iat[rows[1]])}):
        f = Filter(partners=frozenset(actors))
        got = comparison._filtered_rows(pack, indicator_id, f)
        assert np.array_equal(got, _expected(pack, indicator_id, f))
    assert not np.isin(rows[::6], comparison._filtered_rows(pack, indicator_id, Filter(
        partners=frozenset(code)))).any()  # neither actor: no partner keeps it


def test_a_filter_change_reads_no_column_of_the_observation_table(monkeypatch):
    """The indicator's dates and actors are taken from the table once per pack; each filter after
    reads them from there (pandas' column look-ups were most of this step's time)."""
    pack = tier_s_pack()
    indicator_id = str(pack.indicators["id"].iat[0])
    filters = _filters(pack)
    comparison._filtered_rows(pack, indicator_id, filters[3])
    kept = comparison._row_columns(pack, indicator_id)
    looked_up: list[object] = []
    original, table = pd.DataFrame.__getitem__, pack.observations

    def get(frame, key):  # (only this table's: other code may read other frames meanwhile)
        if frame is table:
            looked_up.append(key)
        return original(frame, key)

    monkeypatch.setattr(pd.DataFrame, "__getitem__", get)
    for f in filters:
        comparison._filtered_rows(pack, indicator_id, f)
    assert looked_up == []
    assert comparison._row_columns(pack, indicator_id) is kept
