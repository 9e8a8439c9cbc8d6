"""The date slider built after the pack is painted (as the window now builds it) shows what the
slider built before the pack showed: the pack's months, the handles at the filter's dates, the same
place in the form and in the tab order; building it asks for no filter change."""

from __future__ import annotations

import pytest

from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.qt.views.filter_bar import FilterBar
from explorer.state.session import Session

DATES = [(None, None), ("2019", None), (None, "2021-06"), ("2018-03", "2020")]


def bar_state(bar: FilterBar) -> tuple:
    slider = bar.date_slider
    form = bar._dates_form
    row, _role = form.getWidgetPosition(slider)
    return (slider.minimum(), slider.maximum(), tuple(slider.value()), row, slider.accessibleName(),
            slider.accessibleDescription(), bar.date_from.nextInFocusChain() is slider or
            bar.date_to.nextInFocusChain() is slider, bar._slider_stand_in)


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_path())


@pytest.mark.parametrize("dates", DATES)
def test_a_slider_built_after_the_pack_shows_what_one_built_before_it_showed(qtbot, pack, dates):
    states = []
    for before in (True, False):
        session = Session()
        bar = FilterBar(session)
        qtbot.addWidget(bar)
        requests: list = []
        bar.sig_filter_change_requested.connect(requests.append)
        if before:  # the former order: built right after the first paint, before the pack came
            bar.build_date_slider()
        day_from = None if dates[0] is None else parse_bound(dates[0], upper=False)
        day_to = None if dates[1] is None else parse_bound(dates[1], upper=True)
        session.open_pack(pack, origin="test")
        session.set_filter(origin="test", day_from=day_from, day_to=day_to)
        if not before:
            assert bar._date_slider is None  # the stand-in holds its place
            bar.build_date_slider()
        states.append(bar_state(bar))
        assert requests == []  # neither way asks for a filter change
        # ... and the slider follows the session afterwards all the same
        session.set_filter(origin="test", day_from=parse_bound("2020", upper=False), day_to=None)
        states[-1] += (tuple(bar.date_slider.value()),)
    assert states[0] == states[1]
    assert states[0][0] < states[0][1]
