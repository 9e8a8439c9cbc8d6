"""The details panel reads an event's life cycle, linked indicators and latest figures from a
per-pack index instead of comparing every milestone, link and observation row with the event's id:
the text it shows is the same as the former masks gave, on the shipped pack and a generated one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from explorer.data.pack_loader import load_pack
from explorer.qt.views import detail_panel
from explorer.qt.views.detail_panel import DetailPanel
from explorer.state.session import Session


class MaskIndex:
    """The former lookups, kept here as the reference: a boolean mask over every row per ask."""

    def __init__(self, pack) -> None:
        self._pack = pack
        self.indicator_name = pack.indicators.set_index("id")["name"]  # .get(id, default)

    def indicator_names(self, lang):
        from explorer.domain.labels import pick

        ind = self._pack.indicators.set_index("id")
        return {i: pick(ind.at[i, "name"], ind.at[i, "name_ja"], lang) for i in ind.index}

    def milestones(self, event_id):
        ms = self._pack.milestones[self._pack.milestones["event_id"] == event_id]
        return list(ms.sort_values(["day_start", "day_end"]).itertuples()) if len(ms) else []

    def linked_indicators(self, event_id):
        links = self._pack.links
        return links[links["event_id"] == event_id]["indicator_id"].tolist()

    def latest(self, indicator):
        rows = np.flatnonzero((self._pack.observations["indicator_id"] == indicator).to_numpy())
        return list(self._pack.observations_with_days(rows).sort_values("period_end").tail(3).itertuples())


@pytest.fixture(scope="module", params=["default", "generated-S"])
def pack(request, tmp_path_factory):
    if request.param == "default":
        from explorer.paths import default_pack_path

        return load_pack(default_pack_path())
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(Path(tmp_path_factory.mktemp("bench")), "S")
    return load_pack(folder)


def test_details_and_author_notes_read_as_the_former_masks_gave(qtbot, pack, monkeypatch):
    session = Session()
    session.open_pack(pack)
    panel = DetailPanel(session)
    qtbot.addWidget(panel)
    ids = [str(i) for i in pack.events["id"]]
    with_links = set(pack.links["event_id"]) & set(ids)
    with_milestones = set(pack.milestones["event_id"]) & set(ids)
    chosen = ids[:40] + sorted(with_links)[:40] + sorted(with_milestones)[:40]
    assert with_links and with_milestones
    for lang in ("en", "ja"):
        session.set_label_language(lang, origin="test")
        for event_id in chosen:
            session.select_event(event_id)
            shown = (panel._html(), panel._editor_entries())
            with monkeypatch.context() as m:
                m.setattr(detail_panel, "pack_index", MaskIndex)
                reference = (panel._html(), panel._editor_entries())
            assert shown == reference, event_id
    panel.detach()
