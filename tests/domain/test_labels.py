"""The shared vocabulary: picking a language, the effective label language, phrases."""

from __future__ import annotations

import pytest

from explorer.domain import labels


@pytest.mark.parametrize(("setting", "ui", "expected"), [
    ("en", "ja", "en"),       # an explicit setting wins over the interface
    ("ja", "en", "ja"),
    ("both", "ja", "both"),
    ("", "ja", "ja"),         # "" follows the interface language
    ("", "ja_JP", "ja"),
    ("", "ja-JP", "ja"),
    ("", "en", "en"),
    ("", "fr", "en"),         # an interface language without labels of its own reads English
    ("", "", "en"),
    ("klingon", "ja", "ja"),  # a bad value in the file: follow the interface
])
def test_effective_label_language(setting, ui, expected):
    assert labels.effective_label_language(setting, ui) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("2019-02-01", "en", "1 Feb 2019"),
    ("2019-02-01", "ja", "2019年2月1日"),
    ("2019-02-01", "both", "1 Feb 2019"),
    ("2025-07", "ja", "2025年7月"),
    ("2025~", "en", "c. 2025"),
    ("2025~", "ja", "2025年頃"),
    ("2025-07?", "en", "Jul 2025 (?)"),
    ("2025-07?", "ja", "2025年7月（?）"),
])
def test_format_partial_date(text, lang, expected):
    from explorer.domain.dates import PartialDate

    d = PartialDate.parse(text)
    assert labels.format_partial_date(d, lang) == expected
    if lang == "en":
        assert labels.format_partial_date(d, lang) == d.display()  # English reads as before


def test_format_date_span():
    from explorer.domain.dates import PartialDate

    start, end = PartialDate.parse("2023-12-14"), PartialDate.parse("2035")
    assert labels.format_date_span(start, end, "en") == "14 Dec 2023 – 2035"
    assert labels.format_date_span(start, end, "ja") == "2023年12月14日～2035年"
    assert labels.format_date_span(start, None, "ja") == "2023年12月14日"
    assert labels.format_date_span(PartialDate.parse("2019-05-01"), None, "ja", era=True) == \
        "2019年（令和元年）5月1日"
