"""A citation line in the label language: only its date follows it; publisher and title are data."""

from __future__ import annotations

import pytest

from explorer.domain.citation import citation, published_text

SOURCE = {"publisher": "Council of the European Union",
          "title": "EU-Japan trade agreement will enter into force on 1 February 2019",
          "published": "2018-12-21", "url": "https://example.org/p"}


def test_english_citation_is_unchanged():
    assert citation(SOURCE) == ("Council of the European Union, “EU-Japan trade agreement will "
                                "enter into force on 1 February 2019”, 21 Dec 2018.")
    assert citation(SOURCE, with_url=True).endswith("21 Dec 2018. https://example.org/p")


def test_japanese_citation_dates_the_japanese_way_and_keeps_the_data_as_written():
    line = citation(SOURCE, lang="ja")
    assert line == ("Council of the European Union, “EU-Japan trade agreement will enter into "
                    "force on 1 February 2019”, 2018年12月21日.")
    assert citation(SOURCE, lang="both") == citation(SOURCE)  # a date reads English under both


@pytest.mark.parametrize(("published", "lang", "expected"), [
    ("2025-11~", "ja", "2025年11月頃"),
    ("2025?", "ja", "2025年（?）"),
    ("2024", "ja", "2024年"),
    ("2025-11~", "en", "c. Nov 2025"),
    ("not a date", "ja", "not a date"),  # as written when it is no date
])
def test_published_dates_keep_their_precision_in_either_language(published, lang, expected):
    assert published_text(published, lang) == expected


def test_an_untitled_source_is_untitled_in_japanese_too():
    assert "“無題”" in citation({"publisher": "X", "title": "[Title not in the copy]"}, lang="ja")
    assert "“Untitled”" in citation({"publisher": "X", "title": ""})
