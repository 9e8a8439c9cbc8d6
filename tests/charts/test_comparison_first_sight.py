"""A partner's first sight in the chart renumbers the sources and so remakes its figures: their
texts, made once per row and panel, are not made again, and every figure is the one a fresh build
makes (English, Japanese, both; the same rows in another language's panels after)."""

from __future__ import annotations

import dataclasses

import pytest

from explorer.charts import comparison
from explorer.charts.chart_spec import Figure, Flag
from explorer.charts.comparison import build_comparison
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from tests.charts.test_comparison_conflicts import tier_s_pack

_CACHES = (comparison._LAST_SPEC, comparison._RAW_ROWS, comparison._FIGURES, comparison._TABLES)


def _fresh(pack, setup, f, lang):
    for cached in _CACHES:
        pack.__dict__.pop(cached, None)
    return build_comparison(pack, setup, f, lang=lang)


def test_figure_of_is_the_figure_its_fields_make():
    fields = ("eu>jp", "2024", 19_000.5, 74.44, "~74.44 bn USD", "~68.8 bn EUR", "~", "src-1", "[2]",
              (Flag.QUALIFIED,), "a note", "an editor's note")
    assert len(fields) == len(dataclasses.fields(Figure))
    made, of = Figure(*fields), Figure.of(fields)
    assert of == made and hash(of) == hash(made) and vars(of) == vars(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        of.display = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_a_partners_first_sight_remakes_its_figures_without_their_texts(lang, monkeypatch):
    pack = tier_s_pack()  # (the harness's pack: its first indicator's four partners in turn)
    obs = pack.observations
    rows = obs[obs["indicator_id"] == pack.indicators["id"].iat[0]]
    partners = list(rows["partner"].value_counts().index[:4])
    setup = ComparisonSetup(indicator_id=str(pack.indicators["id"].iat[0]))
    monkeypatch.setattr(comparison, "QUICK_MIN_ROWS", 0)  # (every partner's figures by rows)
    real, counting, made = comparison._shown, [False], []
    monkeypatch.setattr(comparison, "_shown", lambda *a: (counting[0] and made.append(a)) or real(*a))
    for actor in partners:
        whole = _fresh(pack, setup, None, lang)  # every row's texts made (the window's first chart)
        f = Filter(partners=frozenset({actor}))
        counting[0] = True
        spec = build_comparison(pack, setup, f, lang=lang)
        counting[0] = False
        assert spec.panels
        markers = {(g.series_key, g.period, g.source_id): g.source_marker
                   for p in whole.panels for s in p.series for g in s.figures}
        labels = {p.unit for p in whole.panels}  # the panels whose rows' texts were made
        renumbered = [g for p in spec.panels if p.unit in labels for s in p.series for g in s.figures
                      if g.source_marker != markers[(g.series_key, g.period, g.source_id)]]
        assert renumbered, actor  # figures made anew in a panel drawn before ...
        assert {a[4] for a in made}.isdisjoint(labels), actor  # ... and no text of theirs
        made.clear()
        other = "en" if lang == "ja" else "ja"  # the same rows in other panels: other texts
        in_other = build_comparison(pack, setup, f, lang=other)
        assert spec == _fresh(pack, setup, f, lang), actor
        assert in_other == _fresh(pack, setup, f, other), actor
