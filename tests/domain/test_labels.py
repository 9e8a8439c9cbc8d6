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
